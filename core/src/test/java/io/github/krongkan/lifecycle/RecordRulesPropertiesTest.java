package io.github.krongkan.lifecycle;

import static io.github.krongkan.lifecycle.RecordCheckTest.recordFindings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.krongkan.check.Finding;
import io.github.krongkan.project.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The history rules over random walks through the default workflows ({@link
 * WorkflowPropertiesTest#validWalk}): a valid history gives no record finding, and one bad step
 * planted in it gives exactly the finding of that step, however the history goes on.
 */
class RecordRulesPropertiesTest {
    private static final List<String> WORKFLOWS = List.of("bma", "obec");

    private static ProjectRecord record(String workflow, List<Transition> history) {
        ProjectRecord draft = ProjectRecord.builder()
                .workflow(workflow)
                .addVersions(Version.of(1, VersionKind.PROPOSAL, WorkflowTest.PROJECT))
                .addAllHistory(history)
                .build();
        Project stated = Project.builder()
                .from(WorkflowTest.PROJECT)
                .status(draft.status())
                .build();
        return ProjectRecord.builder()
                .from(draft)
                .versions(List.of(Version.of(1, VersionKind.PROPOSAL, stated)))
                .build();
    }

    @Test
    void everyValidWalkGivesNoRecordFinding() {
        qt().forAll(integers().between(0, 1), longs().all(), integers().between(0, 30))
                .checkAssert((w, seed, steps) -> {
                    String workflow = WORKFLOWS.get(w);
                    List<Transition> walk =
                            WorkflowPropertiesTest.validWalk(Workflow.named(workflow), new Random(seed), steps);
                    assertThat(recordFindings(record(workflow, walk))).isEmpty();
                });
    }

    /** What a planted step is expected to give: its code and pointer. */
    private record Planted(List<Transition> history, String code, String path) {}

    private static Planted plant(Workflow workflow, List<Transition> walk, Random random) {
        List<Transition> history = new ArrayList<>(walk);
        List<Integer> signed = new ArrayList<>();
        List<Integer> reasoned = new ArrayList<>();
        for (int i = 0; i < walk.size(); i++) {
            Action action = walk.get(i).action();
            if (action == Action.ENDORSE
                    || action == Action.RETURN
                    || action == Action.APPROVE
                    || action == Action.WITHDRAW) {
                signed.add(i);
            }
            if (workflow.reasonRequired().contains(action)) {
                reasoned.add(i);
            }
        }
        int kind = random.nextInt(4);
        if (kind == 0 && !signed.isEmpty()) {
            int i = signed.get(random.nextInt(signed.size()));
            Transition t = walk.get(i);
            history.set(
                    i,
                    Transition.builder()
                            .action(t.action())
                            .date(t.date())
                            .level(t.level())
                            .reason(t.reason())
                            .build());
            return new Planted(history, "APPROVAL_WITHOUT_APPROVER", "/history/" + i);
        }
        if (kind == 1 && !reasoned.isEmpty()) {
            int i = reasoned.get(random.nextInt(reasoned.size()));
            Transition t = walk.get(i);
            history.set(
                    i,
                    Transition.builder()
                            .action(t.action())
                            .date(t.date())
                            .actor(t.actor())
                            .level(t.level())
                            .build());
            return new Planted(history, "TRANSITION_REFUSED", "/history/" + i);
        }
        if (kind == 2 && walk.size() >= 2) {
            int i = 1 + random.nextInt(walk.size() - 1);
            Transition t = walk.get(i);
            history.set(
                    i,
                    Transition.builder()
                            .from(t)
                            .date(walk.get(i - 1).date().minusDays(1 + random.nextInt(5)))
                            .build());
            return new Planted(history, "TRANSITION_REFUSED", "/history/" + i + "/date");
        }
        // A step at the end that the workflow does not allow from where the walk ended.
        Stage stage = workflow.replay(WorkflowTest.PROJECT, walk).history().stage();
        List<Action> refused = new ArrayList<>();
        for (Action action : Action.values()) {
            if (!workflow.actionsFrom(stage).contains(action)) {
                refused.add(action);
            }
        }
        Action action = refused.get(random.nextInt(refused.size()));
        history.add(Transition.builder()
                .action(action)
                .actor(Actor.of("ผู้พิจารณา"))
                .date(
                        walk.isEmpty()
                                ? java.time.LocalDate.of(2020, 10, 1)
                                : walk.get(walk.size() - 1).date().plusDays(1))
                .reason("เหตุผล")
                .build());
        Stage target = action.target().orElse(stage);
        return new Planted(
                history,
                HistoryRules.rank(target) < HistoryRules.rank(stage)
                        ? "STATUS_MOVED_BACKWARDS"
                        : "TRANSITION_NOT_ALLOWED",
                "/history/" + walk.size() + "/action");
    }

    @Test
    void oneBadStepGivesExactlyItsFinding() {
        qt().forAll(integers().between(0, 1), longs().all(), integers().between(0, 30))
                .checkAssert((w, seed, steps) -> {
                    String name = WORKFLOWS.get(w);
                    Workflow workflow = Workflow.named(name);
                    Random random = new Random(seed);
                    List<Transition> walk = WorkflowPropertiesTest.validWalk(workflow, random, steps);
                    Planted planted = plant(workflow, walk, random);
                    List<Finding> findings = recordFindings(record(name, planted.history()));
                    assertThat(findings)
                            .as("%s planted in %s", planted.code(), planted.history())
                            .extracting(f -> f.code() + " " + f.path())
                            .containsExactly(planted.code() + " " + planted.path());
                });
    }
}
