package io.github.krongkan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.lifecycle.History;
import io.github.krongkan.lifecycle.Outcome;
import io.github.krongkan.lifecycle.ProjectRecord;
import io.github.krongkan.lifecycle.Stage;
import io.github.krongkan.lifecycle.Transition;
import io.github.krongkan.lifecycle.Version;
import io.github.krongkan.lifecycle.VersionKind;
import io.github.krongkan.lifecycle.Workflow;
import io.github.krongkan.project.Project;
import io.github.krongkan.time.FiscalYear;
import org.junit.jupiter.api.Test;

/** Generated records are valid, the same for the same choices, and their lives follow their workflow. */
class RecordGensTest {
    private static final Project CLEAN = Project.builder()
            .name("โครงการ")
            .fiscalYear(FiscalYear.ofBuddhistEra(2564))
            .build();

    @Test
    void everyGeneratedRecordHasNumberedVersionsAndALifeItsWorkflowAccepts() {
        Property.forAll(Replayed.of(RecordGens.records())).examples(200).check(replayed -> {
            ProjectRecord record = replayed.value();
            assertThat(replayed.again()).isEqualTo(record);
            assertThat(record.versions()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
            assertThat(record.versions().get(0).kind()).isEqualTo(VersionKind.PROPOSAL);
            for (int i = 0; i < record.versions().size(); i++) {
                Version v = record.versions().get(i);
                assertThat(v.number()).isEqualTo(i + 1);
                if (v.kind() == VersionKind.REVISION) {
                    assertThat(v.reason()).isPresent();
                }
            }
            Workflow workflow = Workflow.named(record.workflow().orElse("bma"));
            Stage from = record.initialStage().orElse(Stage.DRAFT);
            assertThat(from).isNotEqualTo(Stage.CLOSED);
            History history = History.startingAt(from);
            for (Transition t : record.history()) {
                Outcome outcome = workflow.apply(CLEAN, history, t);
                assertThat(outcome.accepted()).as("%s", outcome).isTrue();
                history = outcome.history();
            }
        });
    }

    @Test
    void someRecordsBeginMidLife() {
        PropertyResult result = Property.forAll(RecordGens.records())
                .examples(200)
                .classify("mid-life", r -> r.initialStage().isPresent())
                .check(r -> assertThat(r.initialStage().filter(s -> s == Stage.DRAFT || s == Stage.CLOSED))
                        .isEmpty());
        assertThat(result.count("mid-life")).isBetween(20L, 120L);
    }
}
