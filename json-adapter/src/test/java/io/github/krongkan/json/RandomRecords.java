package io.github.krongkan.json;

import io.github.krongkan.lifecycle.Actor;
import io.github.krongkan.lifecycle.ProjectRecord;
import io.github.krongkan.lifecycle.ReviewLevel;
import io.github.krongkan.lifecycle.Transition;
import io.github.krongkan.lifecycle.Version;
import io.github.krongkan.lifecycle.VersionKind;
import io.github.krongkan.lifecycle.Workflow;
import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.LifecycleGens;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Random project records as a testkit generator ({@link #gen()}), covering every member of the record form:
 * versions of every kind with {@link RandomProjects} projects, a valid life from the testkit's
 * {@link LifecycleGens} (sometimes with actors, levels, written dates and versions changed), and
 * now and then children.
 */
final class RandomRecords {
    private static final VersionKind[] KINDS = VersionKind.values();

    private final RandomGenerator random;
    private final RandomProjects projects;

    /** Records drawn from {@code random} (the runner's recorded source). */
    RandomRecords(RandomGenerator random) {
        this.random = random;
        this.projects = new RandomProjects(random);
    }

    /** Random records covering every member of the record form. */
    static Gen<ProjectRecord> gen() {
        return (random, size) -> new RandomRecords(random).next();
    }

    ProjectRecord next() {
        return record(random.nextInt(4) == 0 ? 1 : 0);
    }

    private ProjectRecord record(int childDepth) {
        ProjectRecord.Builder b = ProjectRecord.builder();
        if (random.nextBoolean()) {
            b.id(projects.text());
        }
        boolean obec = random.nextBoolean();
        if (random.nextBoolean()) {
            b.workflow(random.nextInt(5) == 0 ? projects.text() : obec ? "obec" : "bma");
        }
        if (random.nextInt(3) == 0) {
            b.networkId(String.valueOf(1 + random.nextInt(99)));
        }
        if (random.nextInt(4) == 0) {
            // any stage a record may begin in: all but CLOSED, the last constant
            b.initialStage(
                    io.github.krongkan.lifecycle.Stage.values()[
                            random.nextInt(io.github.krongkan.lifecycle.Stage.values().length - 1)]);
        }
        int count = 1 + random.nextInt(3);
        int number = 0;
        for (int i = 0; i < count; i++) {
            number += 1 + (random.nextInt(4) == 0 ? random.nextInt(3) : 0);
            b.addVersions(version(number));
        }
        int last = number;
        List<Transition> life = LifecycleGens.transitions(obec ? Workflow.obec() : Workflow.bma())
                .next(random, random.nextInt(12));
        for (Transition t : life) {
            b.addHistory(vary(t, last));
        }
        if (childDepth > 0) {
            for (int i = random.nextInt(3); i > 0; i--) {
                ProjectRecord child = record(childDepth - 1);
                b.addChildren(ProjectRecord.builder().from(child).id("net-" + i).build());
            }
        }
        return b.build();
    }

    private Version version(int number) {
        VersionKind kind = KINDS[random.nextInt(KINDS.length)];
        Version.Builder v = Version.builder().number(number).kind(kind).project(projects.next());
        if (random.nextBoolean()) {
            v.date(LocalDate.of(1990 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28)));
        }
        if (random.nextBoolean()) {
            v.title(projects.text());
        }
        if (kind == VersionKind.REVISION || random.nextInt(4) == 0) {
            v.reason(projects.text());
        }
        if (random.nextBoolean()) {
            v.source(projects.text());
        }
        return v.build();
    }

    /** The transition, sometimes with its actor dropped or enriched, a written date, a level, a version. */
    private Transition vary(Transition t, int versions) {
        Transition.Builder b = Transition.builder().from(t);
        switch (random.nextInt(5)) {
            case 0 -> b.actor(Optional.empty());
            case 1 ->
                b.actor(Actor.builder()
                        .name(projects.text())
                        .position(projects.text())
                        .role(projects.text())
                        .unit(projects.text())
                        .build());
            default -> {}
        }
        if (random.nextInt(3) == 0) {
            b.dateAsWritten(projects.text());
        }
        if (t.level().isEmpty() && random.nextInt(4) == 0) {
            b.level(ReviewLevel.values()[random.nextInt(ReviewLevel.values().length)]);
        }
        if (random.nextInt(3) == 0) {
            b.version(versions);
        }
        return b.build();
    }
}
