package io.github.krongkan.testkit;

import io.github.krongkan.lifecycle.ProjectRecord;
import io.github.krongkan.lifecycle.Stage;
import io.github.krongkan.lifecycle.Transition;
import io.github.krongkan.lifecycle.Version;
import io.github.krongkan.lifecycle.VersionKind;
import io.github.krongkan.lifecycle.Workflow;
import io.github.krongkan.network.Network;
import io.github.krongkan.project.Project;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Generators of {@link ProjectRecord project records}: one to three versions numbered upwards, each
 * a {@link ProjectGens#projects()} project, with a revision's reason where one is needed, and a
 * valid life from {@link LifecycleGens} under the workflow the record follows ({@code obec} named,
 * {@code bma} named or left to the default). The versions and the life are independent: a generated record reads and writes, and its
 * history follows the workflow's moves, but the guards (no ERROR findings before approval) are not
 * consulted. About one record in four begins mid-life: its {@link ProjectRecord#initialStage()}
 * is a stage other than draft and closed, and its life starts there ({@link
 * LifecycleGens#transitions(Workflow, Stage)}). About one record in four has one to three network
 * sub-projects ({@link ProjectRecord#children()}): each a record of one version with a life of its
 * own, naming a network of the parent's current version (else a network of its own), without
 * children of its own.
 */
public final class RecordGens {
    private static final List<String> REASONS = List.of(
            "ปรับลดงบประมาณตามที่ได้รับจัดสรร", "ปรับแผนการดำเนินงานเนื่องจากสถานการณ์โควิด 19", "เพิ่มกลุ่มเป้าหมาย");

    /** The kinds a version after the first may have. */
    private static final List<VersionKind> LATER_KINDS =
            List.of(VersionKind.APPROVED, VersionKind.REVISION, VersionKind.RESULT_REPORT);

    private static final List<Stage> MID_LIFE = Arrays.stream(Stage.values())
            .filter(s -> s != Stage.DRAFT && s != Stage.CLOSED)
            .toList();

    private RecordGens() {}

    /**
     * Records with one to three versions and a valid life.
     *
     * @return the generator
     */
    public static Gen<ProjectRecord> records() {
        return (random, size) -> {
            boolean obec = random.nextBoolean();
            Workflow workflow = obec ? Workflow.obec() : Workflow.bma();
            ProjectRecord.Builder b = ProjectRecord.builder();
            if (obec || random.nextBoolean()) {
                // Without a name a record follows bma, so an obec life must name its workflow.
                b.workflow(workflow.name());
            }
            if (random.nextBoolean()) {
                b.id("record-" + random.nextInt(1000));
            }
            int count = 1 + random.nextInt(3);
            LocalDate date = LocalDate.of(2020, 10, 1).plusDays(random.nextInt(365));
            for (int number = 1; number <= count; number++) {
                VersionKind kind =
                        number == 1 ? VersionKind.PROPOSAL : LATER_KINDS.get(random.nextInt(LATER_KINDS.size()));
                Project project = ProjectGens.projects().next(random, size);
                Version.Builder v = Version.builder().number(number).kind(kind).project(project);
                if (random.nextBoolean()) {
                    date = date.plusDays(random.nextInt(90));
                    v.date(date);
                }
                if (kind == VersionKind.REVISION) {
                    v.reason(REASONS.get(random.nextInt(REASONS.size())));
                }
                b.addVersions(v.build());
            }
            Stage from = Stage.DRAFT;
            if (random.nextInt(4) == 3) {
                // a record that begins mid-life: any stage but draft (the default) and closed (final)
                from = MID_LIFE.get(random.nextInt(MID_LIFE.size()));
                b.initialStage(from);
            }
            List<Transition> life = LifecycleGens.transitions(workflow, from).next(random, size);
            b.addAllHistory(life);
            ProjectRecord record = b.build();
            if (random.nextInt(4) == 3) {
                List<String> networks = record.current().project().networks().stream()
                        .map(Network::id)
                        .toList();
                int children = 1 + random.nextInt(3);
                for (int i = 0; i < children; i++) {
                    String network = networks.isEmpty()
                            ? "net-" + (1 + random.nextInt(50))
                            : networks.get(random.nextInt(networks.size()));
                    b.addChildren(child(random, size / 2, workflow, network, record.id(), i));
                }
                record = b.build();
            }
            return record;
        };
    }

    /** A network's sub-project: one version, a life under the parent's workflow, the network named. */
    private static ProjectRecord child(
            RandomGenerator random, int size, Workflow workflow, String network, Optional<String> parent, int index) {
        ProjectRecord.Builder b = ProjectRecord.builder().networkId(network);
        if (!workflow.name().equals(Workflow.bma().name())) {
            b.workflow(workflow.name());
        }
        if (random.nextBoolean()) {
            b.id(parent.orElse("record") + "-" + network + "-" + (index + 1));
        }
        b.addVersions(Version.of(1, VersionKind.PROPOSAL, ProjectGens.projects().next(random, size)));
        b.addAllHistory(LifecycleGens.transitions(workflow).next(random, size));
        return b.build();
    }
}
