package io.github.krongkan.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.krongkan.project.Project;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties of {@link Workflow#apply} and {@link Workflow#replay} over random walks through the
 * default workflows and a two-level one: valid histories replay, refusals change nothing, the
 * stage is the last target and dates never go backwards.
 */
class WorkflowPropertiesTest {
    private static final Project PROJECT = WorkflowTest.PROJECT;
    private static final List<Workflow> WORKFLOWS = List.of(
            Workflow.bma(),
            Workflow.obec(),
            Workflow.builder()
                    .name("three levels")
                    .addAllMoves(Workflow.standardMoves())
                    .addEndorsementLevels(ReviewLevel.SCHOOL, ReviewLevel.NETWORK, ReviewLevel.DISTRICT_OFFICE)
                    .addAllReasonRequired(Workflow.standardReasonRequired())
                    .build());
    private static final LocalDate START = LocalDate.of(2020, 10, 1);

    /**
     * A valid history built without {@link Workflow#apply}: each step is a move of the workflow from
     * the current stage, endorsements at the next level due, approval only when every level has
     * endorsed and by someone else than the proposer, a reason where one is needed, dates that
     * never go back.
     */
    static List<Transition> validWalk(Workflow workflow, Random random, int steps) {
        List<Transition> walk = new ArrayList<>();
        Stage stage = Stage.DRAFT;
        List<ReviewLevel> endorsed = new ArrayList<>();
        LocalDate date = START;
        for (int i = 0; i < steps; i++) {
            List<Action> possible = new ArrayList<>();
            for (Action action : workflow.actionsFrom(stage)) {
                boolean allEndorsed =
                        endorsed.size() == workflow.endorsementLevels().size();
                if ((action != Action.ENDORSE || !allEndorsed) && (action != Action.APPROVE || allEndorsed)) {
                    possible.add(action);
                }
            }
            if (possible.isEmpty()) {
                break;
            }
            Action action = possible.get(random.nextInt(possible.size()));
            date = date.plusDays(random.nextInt(40));
            Transition.Builder t = Transition.builder()
                    .action(action)
                    .date(date)
                    .actor(Actor.of(action == Action.PROPOSE ? "ผู้เสนอ " + random.nextInt(3) : "ผู้พิจารณา"));
            if (action == Action.ENDORSE) {
                ReviewLevel level = workflow.endorsementLevels().get(endorsed.size());
                t.level(level);
                endorsed.add(level);
            } else if (action == Action.APPROVE) {
                workflow.approvalLevel().ifPresent(t::level);
            } else if (action == Action.PROPOSE) {
                endorsed.clear();
            }
            if (workflow.reasonRequired().contains(action) || random.nextInt(4) == 0) {
                t.reason("เหตุผล " + i);
            }
            walk.add(t.build());
            stage = action.target().orElse(stage);
        }
        return walk;
    }

    /** Any transition at all: random action, actor, level, reason and a date near {@code after}. */
    static Transition anyTransition(Random random, LocalDate after) {
        Action[] actions = Action.values();
        ReviewLevel[] levels = ReviewLevel.values();
        Transition.Builder t = Transition.builder()
                .action(actions[random.nextInt(actions.length)])
                .actor(Actor.of(random.nextBoolean() ? "ผู้เสนอ " + random.nextInt(3) : "ผู้พิจารณา"))
                .date(after.plusDays(random.nextInt(11) - 5));
        if (random.nextBoolean()) {
            t.level(levels[random.nextInt(levels.length)]);
        }
        if (random.nextBoolean()) {
            t.reason("เหตุผล");
        }
        return t.build();
    }

    @Test
    void everyGeneratedValidHistoryReplays() {
        qt().forAll(
                        integers().between(0, WORKFLOWS.size() - 1),
                        longs().all(),
                        integers().between(0, 30))
                .checkAssert((w, seed, steps) -> {
                    Workflow workflow = WORKFLOWS.get(w);
                    List<Transition> walk = validWalk(workflow, new Random(seed), steps);
                    Replay replay = workflow.replay(PROJECT, walk);
                    assertThat(replay).as("%s", replay).isInstanceOf(Replay.Replayed.class);
                    assertThat(replay.history().transitions()).isEqualTo(walk);
                });
    }

    @Test
    void theStageIsTheLastTargetAndGivesTheStatusAtEveryStep() {
        qt().forAll(
                        integers().between(0, WORKFLOWS.size() - 1),
                        longs().all(),
                        integers().between(0, 30))
                .checkAssert((w, seed, steps) -> {
                    Workflow workflow = WORKFLOWS.get(w);
                    History history = History.empty();
                    for (Transition t : validWalk(workflow, new Random(seed), steps)) {
                        Stage before = history.stage();
                        history = workflow.apply(PROJECT, history, t).history();
                        assertThat(history.stage()).isEqualTo(t.target().orElse(before));
                        assertThat(history.last()).contains(t);
                        History now = history;
                        assertThat(now.status())
                                .isEqualTo(now.stage()
                                        .status()
                                        .orElseGet(() -> now.transitions()
                                                .get(now.transitions().size() - 2)
                                                .target()
                                                .flatMap(Stage::status)
                                                .orElseThrow()));
                    }
                });
    }

    @Test
    void aRefusedTransitionLeavesTheHistoryUnchangedAnAcceptedOneAddsItself() {
        qt().forAll(
                        integers().between(0, WORKFLOWS.size() - 1),
                        longs().all(),
                        integers().between(0, 30))
                .checkAssert((w, seed, steps) -> {
                    Workflow workflow = WORKFLOWS.get(w);
                    Random random = new Random(seed);
                    History history = workflow.replay(PROJECT, validWalk(workflow, random, steps))
                            .history();
                    List<Transition> before = List.copyOf(history.transitions());
                    for (int i = 0; i < 10; i++) {
                        Transition t = anyTransition(random, history.lastDate().orElse(START));
                        Outcome outcome = workflow.apply(PROJECT, history, t);
                        if (outcome instanceof Outcome.Refused refused) {
                            assertThat(refused.history()).isSameAs(history);
                            assertThat(history.transitions()).isEqualTo(before);
                        } else {
                            List<Transition> longer = new ArrayList<>(before);
                            longer.add(t);
                            assertThat(outcome.history().transitions()).isEqualTo(longer);
                            assertThat(outcome.history().stage())
                                    .isEqualTo(t.target().orElse(history.stage()));
                        }
                    }
                });
    }

    @Test
    void datesNeverGoBackwardsInAnAcceptedHistory() {
        qt().forAll(
                        integers().between(0, WORKFLOWS.size() - 1),
                        longs().all(),
                        integers().between(0, 80))
                .checkAssert((w, seed, tries) -> {
                    Workflow workflow = WORKFLOWS.get(w);
                    Random random = new Random(seed);
                    History history = History.empty();
                    for (int i = 0; i < tries; i++) {
                        history = workflow.apply(
                                        PROJECT,
                                        history,
                                        anyTransition(random, history.lastDate().orElse(START)))
                                .history();
                    }
                    List<Transition> ts = history.transitions();
                    for (int i = 1; i < ts.size(); i++) {
                        assertThat(ts.get(i).date())
                                .isAfterOrEqualTo(ts.get(i - 1).date());
                    }
                    assertThat(workflow.replay(PROJECT, ts)).isInstanceOf(Replay.Replayed.class);
                });
    }
}
