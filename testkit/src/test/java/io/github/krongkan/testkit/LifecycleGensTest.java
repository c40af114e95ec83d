package io.github.krongkan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.lifecycle.History;
import io.github.krongkan.lifecycle.Outcome;
import io.github.krongkan.lifecycle.Replay;
import io.github.krongkan.lifecycle.Stage;
import io.github.krongkan.lifecycle.Transition;
import io.github.krongkan.lifecycle.Workflow;
import io.github.krongkan.project.Project;
import io.github.krongkan.time.FiscalYear;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Generated lives replay under the workflow they were made for, the same for the same choices. */
class LifecycleGensTest {
    private static final Project CLEAN = Project.builder()
            .name("โครงการ")
            .fiscalYear(FiscalYear.ofBuddhistEra(2564))
            .build();

    @Test
    void everyGeneratedLifeReplaysUnderItsWorkflow() {
        for (Workflow workflow : List.of(Workflow.bma(), Workflow.obec())) {
            Gen<List<Transition>> lives = LifecycleGens.transitions(workflow);
            Property.forAll(Replayed.of(lives))
                    .named("every " + workflow.name() + " life replays")
                    .examples(300)
                    .check(replayed -> {
                        List<Transition> life = replayed.value();
                        assertThat(replayed.again()).isEqualTo(life);
                        Replay replay = workflow.replay(CLEAN, life);
                        assertThat(replay).as("%s", replay).isInstanceOf(Replay.Replayed.class);
                        assertThat(replay.history().transitions()).isEqualTo(life);
                    });
        }
    }

    @Test
    void livesFromAStageMidLifeReplayFromThatStage() {
        for (Workflow workflow : List.of(Workflow.bma(), Workflow.obec())) {
            for (Stage from : Stage.values()) {
                if (from == Stage.CLOSED) {
                    assertThatThrownBy(() -> LifecycleGens.transitions(workflow, from))
                            .isInstanceOf(IllegalArgumentException.class);
                    continue;
                }
                PropertyResult result = Property.forAll(LifecycleGens.transitions(workflow, from))
                        .named(workflow.name() + " from " + from)
                        .examples(100)
                        .classify("moves on", life -> !life.isEmpty())
                        .check(life -> {
                            History history = History.startingAt(from);
                            for (Transition t : life) {
                                Outcome outcome = workflow.apply(CLEAN, history, t);
                                assertThat(outcome.accepted()).as("%s", outcome).isTrue();
                                history = outcome.history();
                            }
                            assertThat(history.transitions()).isEqualTo(life);
                            assertThat(history.initialStage()).isEqualTo(from);
                        });
                assertThat(result.count("moves on"))
                        .as("%s from %s", workflow.name(), from)
                        .isPositive();
            }
        }
    }

    @Test
    void livesReachEveryStage() {
        List<List<Transition>> lives = LifecycleGens.transitions().samples(7, 500);
        for (Stage stage : Stage.values()) {
            assertThat(lives)
                    .as("a life through %s", stage)
                    .anyMatch(life ->
                            life.stream().anyMatch(t -> t.target().orElse(null) == stage) || stage == Stage.DRAFT);
        }
        assertThat(lives).anyMatch(List::isEmpty);
    }
}
