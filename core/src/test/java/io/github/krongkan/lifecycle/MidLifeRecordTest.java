package io.github.krongkan.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectStatus;
import io.github.krongkan.time.FiscalYear;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Records that begin with the project already in a stage, as tracking records do. */
class MidLifeRecordTest {
    private static final Project TRACKING = Project.builder()
            .name("พัฒนาคุณภาพเครือข่ายโรงเรียน")
            .fiscalYear(FiscalYear.ofBuddhistEra(2564))
            .status(ProjectStatus.IN_PROGRESS)
            .build();
    private static final Transition DELAY = Transition.builder()
            .action(Action.DELAY)
            .date(LocalDate.of(2021, 6, 29))
            .reason("ขอชะลอโครงการฯ เนื่องจากสถานการณ์โควิด 19")
            .build();

    @Test
    void aHistoryStartedInProgressAcceptsADelayAndGivesItsStatus() {
        History start = History.startingAt(Stage.IN_PROGRESS);
        assertThat(start.stage()).isEqualTo(Stage.IN_PROGRESS);
        assertThat(start.status()).isEqualTo(ProjectStatus.IN_PROGRESS);
        assertThat(start.transitions()).isEmpty();
        Outcome outcome = Workflow.bma().apply(TRACKING, start, DELAY);
        assertThat(outcome.accepted()).isTrue();
        assertThat(outcome.history().stage()).isEqualTo(Stage.DELAYED);
        assertThat(outcome.history().initialStage()).isEqualTo(Stage.IN_PROGRESS);
    }

    @Test
    void fromTheEmptyHistoryTheSameDelayIsRefusedAsTheWrongStage() {
        Outcome outcome = Workflow.bma().apply(TRACKING, History.empty(), DELAY);
        assertThat(outcome)
                .isInstanceOfSatisfying(
                        Outcome.Refused.class,
                        r -> assertThat(r.refusal().kind()).isEqualTo(RefusalKind.WRONG_STAGE));
    }

    @Test
    void historiesWithDifferentStartsDiffer() {
        assertThat(History.startingAt(Stage.DRAFT)).isEqualTo(History.empty());
        assertThat(History.startingAt(Stage.APPROVED)).isNotEqualTo(History.empty());
        assertThatThrownBy(() -> History.startingAt(Stage.CLOSED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot start closed");
    }

    @Test
    void aRecordWithAnInitialStageReplaysFromIt() {
        ProjectRecord record = ProjectRecord.builder()
                .initialStage(Stage.IN_PROGRESS)
                .addVersions(Version.of(1, VersionKind.APPROVED, TRACKING))
                .addHistory(DELAY)
                .build();
        assertThat(record.replay(Workflow.bma())).isInstanceOf(Replay.Replayed.class);
        assertThat(record.stage()).isEqualTo(Stage.DELAYED);
        assertThat(record.status()).isEqualTo(ProjectStatus.DELAYED);
        ProjectRecord without = ProjectRecord.builder()
                .from(record)
                .initialStage(java.util.Optional.empty())
                .build();
        assertThat(without.replay(Workflow.bma()))
                .isInstanceOfSatisfying(
                        Replay.Stopped.class, s -> assertThat(s.index()).isZero());
    }

    @Test
    void aRecordWithOnlyAnInitialStageHasItsStatus() {
        ProjectRecord record = ProjectRecord.builder()
                .initialStage(Stage.APPROVED)
                .addVersions(Version.of(1, VersionKind.APPROVED, TRACKING))
                .build();
        assertThat(record.stage()).isEqualTo(Stage.APPROVED);
        assertThat(record.status()).isEqualTo(ProjectStatus.APPROVED);
        assertThatThrownBy(() -> ProjectRecord.builder()
                        .from(record)
                        .initialStage(Stage.CLOSED)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("initialStage");
    }
}
