package io.github.krongkan.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.project.Project;
import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.LifecycleGens;
import io.github.krongkan.testkit.Property;
import io.github.krongkan.testkit.TextGens;
import io.github.krongkan.time.FiscalYear;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Properties of {@link Workflow#apply} and {@link Workflow#replay} over random walks through the
 * default workflows and a three-level one ({@link LifecycleGens#transitions(Workflow)}), of projects
 * without findings ({@link #projects()}, which the guards let through): valid
 * histories replay, refusals change nothing, the stage is the last target and dates never go
 * backwards.
 */
class WorkflowPropertiesTest {
    private static final int EXAMPLES = 1000;
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
     * Any transition at all: random action, actor, level, reason and a date near {@code after}. Half
     * of the actors bear the names {@link LifecycleGens} gives proposers, so that an approval by the
     * proposer is tried too.
     */
    static Transition anyTransition(RandomGenerator random, LocalDate after) {
        Action[] actions = Action.values();
        ReviewLevel[] levels = ReviewLevel.values();
        Transition.Builder t = Transition.builder()
                .action(actions[random.nextInt(actions.length)])
                .actor(Actor.of(random.nextBoolean() ? "ผู้เสนอโครงการ " + random.nextInt(3) : "ผู้พิจารณา"))
                .date(after.plusDays(random.nextInt(11) - 5));
        if (random.nextBoolean()) {
            t.level(levels[random.nextInt(levels.length)]);
        }
        if (random.nextBoolean()) {
            t.reason("เหตุผล");
        }
        return t.build();
    }

    private static final FiscalYear FY2564 = FiscalYear.ofBuddhistEra(2564);

    /**
     * Projects with a name and a fiscal year only, the year the lives of {@link LifecycleGens} begin in:
     * the guards let them through, and the record rules, which compare a project's reports with its
     * history, find nothing in them.
     */
    static Gen<Project> projects() {
        Gen<String> names = TextGens.plainText();
        return (random, size) -> Project.builder()
                .name(names.next(random, size))
                .fiscalYear(FY2564)
                .build();
    }

    /** A workflow, a project and a valid life under the workflow. */
    private record Walk(Workflow workflow, Project project, List<Transition> life) {}

    /** A workflow of {@link #WORKFLOWS}, a project and a valid life of up to 30 steps. */
    private static Gen<Walk> walks() {
        return walks(true);
    }

    private static Gen<Walk> walks(boolean withLife) {
        Gen<Integer> workflows = Gen.ints(0, WORKFLOWS.size() - 1);
        Gen<Project> projects = projects();
        return (random, size) -> {
            Workflow workflow = WORKFLOWS.get(workflows.next(random, size));
            Project project = projects.next(random, size);
            List<Transition> life =
                    withLife ? LifecycleGens.transitions(workflow).next(random, Math.min(size, 30)) : List.of();
            return new Walk(workflow, project, life);
        };
    }

    @Test
    void everyGeneratedValidHistoryReplays() {
        Property.forAll(walks()).examples(EXAMPLES).check(w -> {
            Replay replay = w.workflow().replay(w.project(), w.life());
            assertThat(replay).as("%s", replay).isInstanceOf(Replay.Replayed.class);
            assertThat(replay.history().transitions()).isEqualTo(w.life());
        });
    }

    @Test
    void theStageIsTheLastTargetAndGivesTheStatusAtEveryStep() {
        Property.forAll(walks()).examples(EXAMPLES).check(w -> {
            History history = History.empty();
            for (Transition t : w.life()) {
                Stage before = history.stage();
                history = w.workflow().apply(w.project(), history, t).history();
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

    /** A valid life and ten transitions of any kind tried after it. */
    private record Tried(Walk walk, List<Transition> tries) {}

    @Test
    void aRefusedTransitionLeavesTheHistoryUnchangedAnAcceptedOneAddsItself() {
        Gen<Walk> walks = walks();
        Gen<Tried> tried = (random, size) -> {
            Walk walk = walks.next(random, size);
            List<Transition> tries = new ArrayList<>();
            LocalDate after = walk.life().isEmpty()
                    ? START
                    : walk.life().get(walk.life().size() - 1).date();
            for (int i = 0; i < 10; i++) {
                tries.add(anyTransition(random, after));
            }
            return new Tried(walk, tries);
        };
        Property.forAll(tried).examples(EXAMPLES).check(c -> {
            Workflow workflow = c.walk().workflow();
            Project project = c.walk().project();
            History history = workflow.replay(project, c.walk().life()).history();
            List<Transition> before = List.copyOf(history.transitions());
            for (Transition t : c.tries()) {
                Outcome outcome = workflow.apply(project, history, t);
                if (outcome instanceof Outcome.Refused refused) {
                    assertThat(refused.history()).isSameAs(history);
                    assertThat(history.transitions()).isEqualTo(before);
                } else {
                    List<Transition> longer = new ArrayList<>(before);
                    longer.add(t);
                    assertThat(outcome.history().transitions()).isEqualTo(longer);
                    assertThat(outcome.history().stage()).isEqualTo(t.target().orElse(history.stage()));
                }
            }
        });
    }

    @Test
    void datesNeverGoBackwardsInAnAcceptedHistory() {
        Gen<Walk> walks = walks(false);
        Gen<Integer> counts = Gen.ints(0, 80);
        // each tried transition is dated relative to START here, to the accepted history's last date below
        Gen<Tried> tried = (random, size) -> {
            Walk walk = walks.next(random, size);
            List<Transition> tries = new ArrayList<>();
            for (int i = counts.next(random, size); i > 0; i--) {
                tries.add(anyTransition(random, START));
            }
            return new Tried(walk, tries);
        };
        Property.forAll(tried).examples(EXAMPLES).check(c -> {
            Workflow workflow = c.walk().workflow();
            Project project = c.walk().project();
            History history = History.empty();
            for (Transition t : c.tries()) {
                LocalDate after = history.lastDate().orElse(START);
                Transition near = Transition.builder()
                        .from(t)
                        .date(after.plusDays(ChronoUnit.DAYS.between(START, t.date())))
                        .build();
                history = workflow.apply(project, history, near).history();
            }
            List<Transition> ts = history.transitions();
            for (int i = 1; i < ts.size(); i++) {
                assertThat(ts.get(i).date()).isAfterOrEqualTo(ts.get(i - 1).date());
            }
            assertThat(workflow.replay(project, ts)).isInstanceOf(Replay.Replayed.class);
        });
    }
}
