package io.github.krongkan.testkit;

import io.github.krongkan.check.RuleCode;
import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.document.Fields;
import io.github.krongkan.lifecycle.Action;
import io.github.krongkan.lifecycle.Actor;
import io.github.krongkan.lifecycle.ProjectRecord;
import io.github.krongkan.lifecycle.RecordFigures;
import io.github.krongkan.lifecycle.ReviewLevel;
import io.github.krongkan.lifecycle.Stage;
import io.github.krongkan.lifecycle.Transition;
import io.github.krongkan.lifecycle.Version;
import io.github.krongkan.lifecycle.VersionKind;
import io.github.krongkan.lifecycle.Workflow;
import io.github.krongkan.network.Network;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * The planters of {@link Plant#record(RuleCode)}: records whose versions are clean projects
 * ({@link ProjectGens#clean()}), whose life follows the workflow except for the planted step, and
 * whose stated status agrees with the life, so that only the planted finding occurs.
 */
final class RecordPlant {
    /** The planters of the record rules. */
    static final Map<RuleCode, Planter> PLANTERS = planters();

    private static final int MIN_SIZE = 10;
    private static final int ATTEMPTS = 40;

    private RecordPlant() {}

    /** Plants one finding: the record under construction and the pointer of the finding. */
    @FunctionalInterface
    interface Planter {
        PlantedRecord plant(Ctx c, RuleCode code);
    }

    /** The randomness, the size, the workflow and the life under construction. */
    static final class Ctx {
        final RandomGenerator r;
        final int size;
        final Workflow workflow;
        final boolean named;
        final List<Transition> life = new ArrayList<>();
        final Actor proposer;
        final Actor approver;
        Stage stage = Stage.DRAFT;
        LocalDate date;

        Ctx(RandomGenerator r, int size) {
            this.r = r;
            this.size = Math.max(MIN_SIZE, size);
            boolean obec = r.nextBoolean();
            this.workflow = obec ? Workflow.obec() : Workflow.bma();
            this.named = obec || r.nextBoolean();
            this.date = LocalDate.of(2020, 10, 1).plusDays(r.nextInt(365));
            this.proposer = Actor.builder()
                    .name("ผู้เสนอโครงการ " + r.nextInt(10))
                    .role("ผู้เสนอโครงการ")
                    .build();
            this.approver = Actor.builder()
                    .name("ผู้อนุมัติโครงการ " + r.nextInt(10))
                    .role("ผู้อนุมัติโครงการ")
                    .build();
        }

        /** A clean project, a version's content. */
        Project clean() {
            return ProjectGens.clean().next(r, size);
        }

        /** A clean project the predicate accepts, drawn up to {@value #ATTEMPTS} times, else empty. */
        Optional<Project> cleanWith(Predicate<Project> wanted) {
            for (int i = 0; i < ATTEMPTS; i++) {
                Project p = clean();
                if (wanted.test(p)) {
                    return Optional.of(p);
                }
            }
            return Optional.empty();
        }

        /** Dates the life after the project's last progress report, so that a closure follows them all. */
        Project startAfter(Project project) {
            project.progressReports().stream()
                    .map(ProgressReport::date)
                    .max(Comparator.naturalOrder())
                    .filter(d -> !d.isBefore(date))
                    .ifPresent(d -> date = d.plusDays(1 + r.nextInt(30)));
            return project;
        }

        /** The date of the next step: the same day now and then, else up to 45 days later. */
        LocalDate next() {
            if (r.nextDouble() >= Gen.EDGE_CASE_RATE) {
                date = date.plusDays(1 + r.nextInt(45));
            }
            return date;
        }

        /** Adds a step and moves to its target. */
        Transition.Builder step(Action action) {
            Transition.Builder t = Transition.builder().action(action).date(next());
            if (workflow.reasonRequired().contains(action) || r.nextInt(5) == 0) {
                t.reason("ปรับแผนตามนโยบาย");
            }
            return t;
        }

        void add(Transition t) {
            life.add(t);
            stage = t.target().orElse(stage);
        }

        void propose() {
            add(step(Action.PROPOSE).actor(proposer).build());
        }

        void endorseAll() {
            for (ReviewLevel level : workflow.endorsementLevels()) {
                add(step(Action.ENDORSE)
                        .actor(Actor.builder()
                                .name("ผู้ให้ความเห็นชอบ " + r.nextInt(10))
                                .position("ผู้อำนวยการเขต")
                                .build())
                        .level(level)
                        .build());
            }
        }

        Transition.Builder approval() {
            Transition.Builder t = step(Action.APPROVE).actor(approver);
            workflow.approvalLevel().ifPresent(t::level);
            return t;
        }

        /** Walks the ordinary way, proposal to closure, until the stage is reached. */
        void walkTo(Stage target) {
            List<Stage> way = List.of(Stage.PROPOSED, Stage.APPROVED, Stage.IN_PROGRESS, Stage.COMPLETED, Stage.CLOSED);
            for (Stage s : way) {
                if (way.indexOf(s) > way.indexOf(target)) {
                    return;
                }
                switch (s) {
                    case PROPOSED -> propose();
                    case APPROVED -> {
                        endorseAll();
                        add(approval().build());
                    }
                    case IN_PROGRESS -> add(step(Action.START).build());
                    case COMPLETED -> add(step(Action.COMPLETE).build());
                    default -> add(step(Action.CLOSE).build());
                }
            }
        }

        /** Picks one of the values. */
        @SafeVarargs
        final <T> T pick(T... values) {
            return values[r.nextInt(values.length)];
        }

        /** The record: the versions, the life, and each version stating the status the life gives. */
        ProjectRecord record(List<Project> projects, List<ProjectRecord> children) {
            ProjectRecord.Builder b = ProjectRecord.builder();
            if (named) {
                b.workflow(workflow.name());
            }
            b.addAllHistory(life);
            ProjectStatus status = life.isEmpty()
                    ? null
                    : ProjectRecord.builder()
                            .addVersions(Version.of(1, VersionKind.PROPOSAL, projects.get(0)))
                            .addAllHistory(life)
                            .build()
                            .status();
            for (int i = 0; i < projects.size(); i++) {
                Project p = projects.get(i);
                if (status != null) {
                    p = Project.builder().from(p).status(status).build();
                }
                b.addVersions(Version.of(i + 1, i == 0 ? VersionKind.PROPOSAL : VersionKind.APPROVED, p));
            }
            b.addAllChildren(children);
            return b.build();
        }

        String history(int index, String field) {
            DocumentPath path = DocumentPath.root().field(Fields.HISTORY).index(index);
            return (field == null ? path : path.field(field)).toString();
        }
    }

    private static Map<RuleCode, Planter> planters() {
        Map<RuleCode, Planter> m = new EnumMap<>(RuleCode.class);
        m.put(RuleCode.STATUS_MOVED_BACKWARDS, RecordPlant::movedBackwards);
        m.put(RuleCode.TRANSITION_NOT_ALLOWED, RecordPlant::notAllowed);
        m.put(RuleCode.APPROVAL_WITHOUT_APPROVER, RecordPlant::withoutApprover);
        m.put(RuleCode.REVIEW_LEVEL_SKIPPED, RecordPlant::levelSkipped);
        m.put(RuleCode.TRANSITION_REFUSED, RecordPlant::refused);
        m.put(RuleCode.REPORT_AFTER_CLOSURE, RecordPlant::reportAfterClosure);
        m.put(RuleCode.REVISION_NOT_APPROVED, RecordPlant::revisionNotApproved);
        m.put(RuleCode.STATUS_DISAGREES_WITH_HISTORY, RecordPlant::statusDisagrees);
        m.put(RuleCode.SUBPROJECTS_NOT_DONE, RecordPlant::subProjectsNotDone);
        m.put(RuleCode.SUBPROJECT_NETWORK_UNKNOWN, RecordPlant::networkUnknown);
        return m;
    }

    /** A step back the workflow has no move for: proposing again while in progress, starting again when completed. */
    private static PlantedRecord movedBackwards(Ctx c, RuleCode code) {
        boolean completed = c.r.nextBoolean();
        c.walkTo(completed ? Stage.COMPLETED : Stage.IN_PROGRESS);
        int at = c.life.size();
        c.add(
                completed
                        ? c.step(Action.START).build()
                        : c.step(Action.PROPOSE).actor(c.proposer).build());
        return new PlantedRecord(c.record(List.of(c.clean()), List.of()), code, c.history(at, Fields.ACTION));
    }

    /** A jump ahead the workflow has no move for: starting before approval, closing while in progress. */
    private static PlantedRecord notAllowed(Ctx c, RuleCode code) {
        Project project = c.startAfter(c.clean());
        int how = c.r.nextInt(3);
        c.walkTo(how == 0 ? Stage.PROPOSED : how == 1 ? Stage.APPROVED : Stage.IN_PROGRESS);
        int at = c.life.size();
        Action jump = how == 0 ? c.pick(Action.START, Action.COMPLETE) : how == 1 ? Action.COMPLETE : Action.CLOSE;
        c.add(c.step(jump).build());
        return new PlantedRecord(c.record(List.of(project), List.of()), code, c.history(at, Fields.ACTION));
    }

    /** An approval that names nobody. */
    private static PlantedRecord withoutApprover(Ctx c, RuleCode code) {
        c.walkTo(Stage.PROPOSED);
        c.endorseAll();
        int at = c.life.size();
        Transition.Builder t = c.step(Action.APPROVE);
        c.workflow.approvalLevel().ifPresent(t::level);
        c.add(t.build());
        if (c.r.nextBoolean()) {
            c.add(c.step(Action.START).build());
        }
        return new PlantedRecord(c.record(List.of(c.clean()), List.of()), code, c.history(at, null));
    }

    /** An approval before the endorsement every workflow asks for. */
    private static PlantedRecord levelSkipped(Ctx c, RuleCode code) {
        c.walkTo(Stage.PROPOSED);
        int at = c.life.size();
        c.add(c.approval().build());
        return new PlantedRecord(c.record(List.of(c.clean()), List.of()), code, c.history(at, Fields.LEVEL));
    }

    /** A step dated before the one before it, a self-approval, or a delay without its reason. */
    private static PlantedRecord refused(Ctx c, RuleCode code) {
        int how = c.r.nextInt(3);
        String field;
        int at;
        if (how == 0) {
            c.walkTo(Stage.APPROVED);
            at = c.life.size();
            LocalDate earlier = c.date.minusDays(1 + c.r.nextInt(30));
            c.add(Transition.builder().action(Action.START).date(earlier).build());
            field = Fields.DATE;
        } else if (how == 1) {
            c.walkTo(Stage.PROPOSED);
            c.endorseAll();
            at = c.life.size();
            Transition.Builder t = c.step(Action.APPROVE).actor(c.proposer);
            c.workflow.approvalLevel().ifPresent(t::level);
            c.add(t.build());
            field = Fields.ACTOR;
        } else {
            c.walkTo(Stage.IN_PROGRESS);
            at = c.life.size();
            c.add(Transition.builder().action(Action.DELAY).date(c.next()).build());
            field = null;
        }
        return new PlantedRecord(c.record(List.of(c.clean()), List.of()), code, c.history(at, field));
    }

    /** A closure dated before the last progress report, which is the one after it. */
    private static PlantedRecord reportAfterClosure(Ctx c, RuleCode code) {
        Project project = c.cleanWith(p -> !p.progressReports().isEmpty()).orElseGet(() -> withOneReport(c));
        List<ProgressReport> reports = project.progressReports();
        ProgressReport last =
                reports.stream().max(Comparator.comparing(ProgressReport::date)).orElseThrow();
        LocalDate before = reports.stream()
                .map(ProgressReport::date)
                .filter(d -> d.isBefore(last.date()))
                .max(Comparator.naturalOrder())
                .orElse(last.date().minusDays(1));
        LocalDate closed = before.isBefore(last.date().minusDays(1)) && c.r.nextBoolean()
                ? last.date().minusDays(1)
                : before;
        c.date = closed.minusDays(200 + c.r.nextInt(100));
        c.walkTo(Stage.COMPLETED);
        c.add(Transition.builder().action(Action.CLOSE).date(closed).build());
        int index = reports.indexOf(last);
        String pointer = DocumentPath.root()
                .field(Fields.VERSIONS)
                .index(0)
                .field(Fields.PROJECT)
                .field(Fields.PROGRESS_REPORTS)
                .index(index)
                .toString();
        return new PlantedRecord(c.record(List.of(project), List.of()), code, pointer);
    }

    private static Project withOneReport(Ctx c) {
        Project p = c.clean();
        LocalDate date = p.fiscalYear().start().plusDays(30 + c.r.nextInt(300));
        return Project.builder()
                .from(p)
                .addProgressReports(ProgressReport.builder()
                        .date(date)
                        .progress(BigDecimal.valueOf(c.r.nextInt(0, 101)))
                        .build())
                .build();
    }

    /** A later version that changes the approved name without an approval of its own. */
    private static PlantedRecord revisionNotApproved(Ctx c, RuleCode code) {
        Project approved = c.clean();
        Project changed = Project.builder()
                .from(approved)
                .name(approved.name() + " (ปรับปรุง)")
                .build();
        ProjectRecord.Builder b = ProjectRecord.builder();
        if (c.named) {
            b.workflow(c.workflow.name());
        }
        b.addVersions(Version.of(1, VersionKind.APPROVED, approved));
        b.addVersions(Version.builder()
                .number(2)
                .kind(VersionKind.REVISION)
                .reason("ปรับแผนการดำเนินงาน")
                .project(changed)
                .build());
        String pointer = DocumentPath.root().field(Fields.VERSIONS).index(1).toString();
        return new PlantedRecord(b.build(), code, pointer);
    }

    /** A version that states a status its life does not give. */
    private static PlantedRecord statusDisagrees(Ctx c, RuleCode code) {
        Stage stage = c.pick(Stage.PROPOSED, Stage.APPROVED, Stage.IN_PROGRESS, Stage.COMPLETED);
        c.walkTo(stage);
        ProjectRecord record = c.record(List.of(c.clean()), List.of());
        List<ProjectStatus> others = new ArrayList<>(List.of(
                ProjectStatus.PROPOSED, ProjectStatus.APPROVED, ProjectStatus.IN_PROGRESS, ProjectStatus.COMPLETED));
        others.remove(record.status());
        Project stated = Project.builder()
                .from(record.current().project())
                .status(others.get(c.r.nextInt(others.size())))
                .build();
        ProjectRecord planted = ProjectRecord.builder()
                .from(record)
                .versions(List.of(Version.of(1, VersionKind.PROPOSAL, stated)))
                .build();
        String pointer = DocumentPath.root()
                .field(Fields.VERSIONS)
                .index(0)
                .field(Fields.PROJECT)
                .field(Fields.STATUS)
                .toString();
        return new PlantedRecord(planted, code, pointer);
    }

    /** A completed project with one sub-project still a draft, among sub-projects that are done. */
    private static PlantedRecord subProjectsNotDone(Ctx c, RuleCode code) {
        Project parent = Project.builder()
                .from(c.clean())
                .status(ProjectStatus.COMPLETED)
                .build();
        Project draft =
                Project.builder().from(c.clean()).status(ProjectStatus.DRAFT).build();
        ProjectRecord child = ProjectRecord.builder()
                .id("sub-" + c.r.nextInt(100))
                .addVersions(Version.of(1, VersionKind.PROPOSAL, draft))
                .build();
        ProjectRecord record = ProjectRecord.builder()
                .addVersions(Version.of(1, VersionKind.APPROVED, parent))
                .addChildren(child)
                .build();
        String pointer = DocumentPath.root().field(Fields.CHILDREN).index(0).toString();
        return new PlantedRecord(record, code, pointer);
    }

    /** A sub-project that names a network its parent does not list, while the parent is not done. */
    private static PlantedRecord networkUnknown(Ctx c, RuleCode code) {
        Project parent = c.cleanWith(p -> !p.networks().isEmpty()
                        && p.status() != ProjectStatus.COMPLETED
                        && RecordFigures.of(ProjectRecord.of(Version.of(1, VersionKind.PROPOSAL, p)))
                                .progress()
                                .filter(x -> x.compareTo(BigDecimal.valueOf(100)) >= 0)
                                .isEmpty())
                .orElseGet(() -> Project.builder()
                        .name("โครงการพัฒนาเครือข่ายโรงเรียน")
                        .fiscalYear(c.clean().fiscalYear())
                        .addNetworks(NetworkGens.networks("office-0", "net-1").next(c.r, c.size))
                        .build());
        List<String> ids = parent.networks().stream().map(Network::id).toList();
        String unknown = "net-" + (ids.size() + 1 + c.r.nextInt(50));
        ProjectRecord child = ProjectRecord.builder()
                .networkId(unknown)
                .addVersions(Version.of(1, VersionKind.PROPOSAL, c.clean()))
                .build();
        ProjectRecord record = ProjectRecord.builder()
                .addVersions(Version.of(1, VersionKind.PROPOSAL, parent))
                .addChildren(child)
                .build();
        String pointer = DocumentPath.root()
                .field(Fields.CHILDREN)
                .index(0)
                .field(Fields.NETWORK_ID)
                .toString();
        return new PlantedRecord(record, code, pointer);
    }
}
