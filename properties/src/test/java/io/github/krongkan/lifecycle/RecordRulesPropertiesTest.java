package io.github.krongkan.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.check.Finding;
import io.github.krongkan.check.RuleCode;
import io.github.krongkan.project.Project;
import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.LifecycleGens;
import io.github.krongkan.testkit.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The history rules over random walks through the default workflows ({@link
 * LifecycleGens#transitions(Workflow)}) of projects with a name and a fiscal year ({@link
 * WorkflowPropertiesTest#projects()}): a valid history gives no record finding, and one bad step planted in it
 * gives exactly the finding of that step, however the history goes on.
 */
class RecordRulesPropertiesTest {
    private static final int EXAMPLES = 1000;
    private static final List<String> WORKFLOWS = List.of("bma", "obec");

    /** A workflow's name, a project and a valid life under the workflow. */
    private record Walk(String workflow, Project project, List<Transition> life) {}

    /** A default workflow, a project and a valid life of up to 30 steps. */
    private static Gen<Walk> walks() {
        Gen<String> workflows = Gen.oneOf(WORKFLOWS);
        Gen<Project> projects = WorkflowPropertiesTest.projects();
        return (random, size) -> {
            String workflow = workflows.next(random, size);
            Project project = projects.next(random, size);
            List<Transition> life =
                    LifecycleGens.transitions(Workflow.named(workflow)).next(random, Math.min(size, 30));
            return new Walk(workflow, project, life);
        };
    }

    /** The findings of the record rules only (the versions' own findings left out). */
    private static List<Finding> recordFindings(ProjectRecord record) {
        return RecordCheck.standard().check(record).stream()
                .filter(f ->
                        RuleCode.find(f.code()).filter(RuleCode::recordRule).isPresent())
                .toList();
    }

    private static ProjectRecord record(String workflow, Project project, List<Transition> history) {
        ProjectRecord draft = ProjectRecord.builder()
                .workflow(workflow)
                .addVersions(Version.of(1, VersionKind.PROPOSAL, project))
                .addAllHistory(history)
                .build();
        Project stated = Project.builder().from(project).status(draft.status()).build();
        return ProjectRecord.builder()
                .from(draft)
                .versions(List.of(Version.of(1, VersionKind.PROPOSAL, stated)))
                .build();
    }

    @Test
    void everyValidWalkGivesNoRecordFinding() {
        Property.forAll(walks())
                .examples(EXAMPLES)
                .check(w -> assertThat(recordFindings(record(w.workflow(), w.project(), w.life())))
                        .isEmpty());
    }

    /** What a planted step is expected to give: its code and pointer. */
    private record Planted(List<Transition> history, String code, String path) {}

    private static Planted plant(Workflow workflow, Project project, List<Transition> walk, RandomGenerator random) {
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
        Stage stage = workflow.replay(project, walk).history().stage();
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

    /** A valid walk and the walk with one bad step planted in it. */
    private record Spoilt(Walk walk, Planted planted) {}

    @Test
    void oneBadStepGivesExactlyItsFinding() {
        Gen<Walk> walks = walks();
        Gen<Spoilt> spoilt = (random, size) -> {
            Walk walk = walks.next(random, size);
            return new Spoilt(walk, plant(Workflow.named(walk.workflow()), walk.project(), walk.life(), random));
        };
        Property.forAll(spoilt).examples(EXAMPLES).check(c -> {
            Planted planted = c.planted();
            List<Finding> findings =
                    recordFindings(record(c.walk().workflow(), c.walk().project(), planted.history()));
            assertThat(findings)
                    .as("%s planted in %s", planted.code(), planted.history())
                    .extracting(f -> f.code() + " " + f.path())
                    .containsExactly(planted.code() + " " + planted.path());
        });
    }
}
