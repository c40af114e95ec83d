package io.github.krongkan.lifecycle;

import static io.github.krongkan.lifecycle.WorkflowTest.DEPARTMENT;
import static io.github.krongkan.lifecycle.WorkflowTest.PROJECT;
import static io.github.krongkan.lifecycle.WorkflowTest.SECTION;
import static io.github.krongkan.lifecycle.WorkflowTest.approved;
import static io.github.krongkan.lifecycle.WorkflowTest.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ProjectRecord}: its validation, the version a step concerns, its stage and status, replay. */
class ProjectRecordTest {
    private static final LocalDate DAY = LocalDate.of(2020, 10, 1);

    private static Project stated(ProjectStatus status) {
        return Project.builder().from(PROJECT).status(status).build();
    }

    private static Version dated(int number, VersionKind kind, int day) {
        return Version.builder()
                .number(number)
                .kind(kind)
                .date(DAY.plusDays(day))
                .project(PROJECT)
                .build();
    }

    @Test
    void aRecordNeedsVersionsNumberedUpwards() {
        assertThatThrownBy(() -> ProjectRecord.builder().build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ProjectRecord must hold at least one version (ฉบับ)");
        assertThatThrownBy(() -> ProjectRecord.builder()
                        .addVersions(Version.of(2, VersionKind.PROPOSAL, PROJECT))
                        .addVersions(Version.of(2, VersionKind.RESULT_REPORT, PROJECT))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ProjectRecord versions must be numbered upwards: version 2 follows version 2");
        assertThatThrownBy(() -> ProjectRecord.builder()
                        .addVersions(Version.of(1, VersionKind.PROPOSAL, PROJECT))
                        .addHistory(Transition.builder()
                                .from(step(Action.PROPOSE, SECTION, 0))
                                .version(3)
                                .build())
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ProjectRecord history 0 names version 3, which the record does not hold");
        ProjectRecord child = ProjectRecord.builder()
                .id("net-1")
                .addVersions(Version.of(1, VersionKind.PROPOSAL, PROJECT))
                .build();
        assertThatThrownBy(() -> ProjectRecord.builder()
                        .addVersions(Version.of(1, VersionKind.PROPOSAL, PROJECT))
                        .addChildren(child, child)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ProjectRecord children must not repeat an id: net-1");
        assertThatThrownBy(() -> ProjectRecord.builder()
                        .id(" ")
                        .addVersions(Version.of(1, VersionKind.PROPOSAL, PROJECT))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ProjectRecord id");
        assertThatThrownBy(() -> Version.builder()
                        .number(2)
                        .kind(VersionKind.REVISION)
                        .project(PROJECT)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must give its reason");
    }

    @Test
    void aStepConcernsTheVersionItNamesElseTheOneOfItsDate() {
        ProjectRecord record = ProjectRecord.builder()
                .addVersions(
                        dated(1, VersionKind.PROPOSAL, 0),
                        dated(2, VersionKind.APPROVED, 10),
                        dated(3, VersionKind.RESULT_REPORT, 300))
                .build();
        assertThat(record.versionAt(step(Action.PROPOSE, SECTION, 0)).number()).isEqualTo(1);
        assertThat(record.versionAt(step(Action.START, SECTION, 20)).number()).isEqualTo(2);
        assertThat(record.versionAt(step(Action.COMPLETE, SECTION, 400)).number())
                .isEqualTo(3);
        assertThat(record.versionAt(step(Action.PROPOSE, SECTION, -5)).number())
                .as("before every version: the first")
                .isEqualTo(1);
        assertThat(record.versionAt(Transition.builder()
                                .from(step(Action.COMPLETE, SECTION, 400))
                                .version(1)
                                .build())
                        .number())
                .isEqualTo(1);
        assertThat(record.current().number()).isEqualTo(3);
        assertThat(record.version(2)).map(Version::kind).contains(VersionKind.APPROVED);
        assertThat(record.version(4)).isEmpty();
    }

    @Test
    void theStatusIsDerivedFromTheHistoryElseStated() {
        ProjectRecord statedOnly =
                ProjectRecord.of(Version.of(1, VersionKind.RESULT_REPORT, stated(ProjectStatus.DELAYED)));
        assertThat(statedOnly.status()).isEqualTo(ProjectStatus.DELAYED);
        assertThat(statedOnly.stage()).isEqualTo(Stage.DELAYED);
        List<Transition> life = new ArrayList<>(approved());
        life.add(step(Action.START, SECTION, 20));
        life.add(Transition.builder()
                .from(step(Action.CANCEL, SECTION, 40))
                .reason("โควิด 19")
                .build());
        life.add(step(Action.CLOSE, DEPARTMENT, 50));
        ProjectRecord closed = ProjectRecord.builder()
                .addVersions(Version.of(1, VersionKind.PROPOSAL, stated(ProjectStatus.IN_PROGRESS)))
                .addAllHistory(life)
                .build();
        assertThat(closed.stage()).isEqualTo(Stage.CLOSED);
        assertThat(closed.status())
                .as("closed keeps the status it was closed in")
                .isEqualTo(ProjectStatus.CANCELLED);
        ProjectRecord revised = ProjectRecord.builder()
                .from(closed)
                .history(List.of(
                        approved().get(0),
                        approved().get(1),
                        approved().get(2),
                        Transition.builder()
                                .from(step(Action.APPROVE_REVISION, DEPARTMENT, 30))
                                .build()))
                .build();
        assertThat(revised.stage()).as("approving a revision leaves the stage").isEqualTo(Stage.APPROVED);
        assertThat(revised.status()).isEqualTo(ProjectStatus.APPROVED);
    }

    @Test
    void replayStopsAtTheFirstRefusalWhereTheCheckGoesOn() {
        List<Transition> life = new ArrayList<>(approved());
        life.add(step(Action.COMPLETE, SECTION, 20));
        life.add(step(Action.CLOSE, DEPARTMENT, 30));
        ProjectRecord record = ProjectRecord.builder()
                .addVersions(Version.of(1, VersionKind.PROPOSAL, PROJECT))
                .addAllHistory(life)
                .build();
        assertThat(record.replay(Workflow.bma())).isInstanceOfSatisfying(Replay.Stopped.class, s -> {
            assertThat(s.index()).isEqualTo(3);
            assertThat(s.refusal().kind()).isEqualTo(RefusalKind.WRONG_STAGE);
            assertThat(s.history().stage()).isEqualTo(Stage.APPROVED);
        });
        assertThat(RecordCheckTest.recordFindings(record))
                .extracting(f -> f.code() + " " + f.path())
                .containsExactly("TRANSITION_NOT_ALLOWED /history/3/action");
        assertThat(ProjectRecord.builder()
                        .addVersions(Version.of(1, VersionKind.PROPOSAL, PROJECT))
                        .addAllHistory(approved())
                        .build()
                        .replay(Workflow.bma()))
                .isInstanceOf(Replay.Replayed.class);
    }
}
