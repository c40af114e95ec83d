package io.github.krongkan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.BudgetActivity;
import io.github.krongkan.budget.BudgetCategory;
import io.github.krongkan.budget.BudgetLine;
import io.github.krongkan.budget.BudgetRevision;
import io.github.krongkan.budget.QuantityFactor;
import io.github.krongkan.diff.DiffMismatchException;
import io.github.krongkan.diff.ProjectDiff;
import io.github.krongkan.indicator.Indicator;
import io.github.krongkan.indicator.IndicatorType;
import io.github.krongkan.money.Baht;
import io.github.krongkan.project.Approval;
import io.github.krongkan.project.ApprovalRole;
import io.github.krongkan.project.Objective;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectPeriod;
import io.github.krongkan.project.ProjectStatus;
import io.github.krongkan.project.Target;
import io.github.krongkan.project.TargetQuantity;
import io.github.krongkan.risk.Risk;
import io.github.krongkan.schedule.ActionPlan;
import io.github.krongkan.schedule.ActionStep;
import io.github.krongkan.time.FiscalMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * {@link ProjectDiff#apply}: the diff applied to the old version gives the new one, over generated
 * pairs of projects, related (one made from the other by mixing in parts of a second) and not.
 */
class ProjectDiffApplyPropertiesTest {
    private static final int EXAMPLES = 300;

    /** A generated project with, now and then, a budget, budget revisions and an action plan. */
    static Project project(RandomGenerator random, int size) {
        Project p = ProjectGens.projects().next(random, size);
        Project.Builder b = Project.builder().from(p);
        boolean budgeted = random.nextInt(4) > 0;
        if (budgeted) {
            // this test's own budget and revisions replace the generated ones
            b.budget(budget(random, size)).budgetRevisions(List.of());
        }
        for (int round = 1; budgeted && round <= random.nextInt(3); round++) {
            b.addBudgetRevision(BudgetRevision.builder()
                    .round(round)
                    .reason("ปรับแผน " + round)
                    .budget(budget(random, size))
                    .build());
        }
        if (random.nextBoolean()) {
            b.actionPlan(actionPlan(random, p));
        }
        return b.build();
    }

    /** One to five activities, numbered or not (or with a repeated number), of up to four lines. */
    private static Budget budget(RandomGenerator random, int size) {
        Budget.Builder b = Budget.builder();
        int numbering = random.nextInt(3);
        for (int i = 0; i < 1 + random.nextInt(1 + Gen.scaled(4, size)); i++) {
            BudgetActivity.Builder activity = BudgetActivity.builder().name("กิจกรรม " + random.nextInt(6));
            if (numbering == 1) {
                activity.number(Integer.toString(1 + random.nextInt(6)));
            } else if (numbering == 2) {
                activity.number(Integer.toString(i + 1));
            }
            for (int j = random.nextInt(5); j > 0; j--) {
                activity.addLine(line(random));
            }
            if (random.nextInt(4) == 0) {
                activity.statedSubtotal(Baht.ofBaht(random.nextInt(100_000)));
            }
            b.addActivity(activity.build());
        }
        if (random.nextInt(4) == 0) {
            b.statedTotal(Baht.ofBaht(random.nextInt(1_000_000)));
        }
        return b.build();
    }

    private static BudgetLine line(RandomGenerator random) {
        if (random.nextBoolean()) {
            return BudgetLine.lumpSum("รายการ " + random.nextInt(5), Baht.ofSatang(random.nextLong(10_000_000L)));
        }
        BudgetLine.Builder line = BudgetLine.builder()
                .item("ค่าอาหาร")
                .unitCost(Baht.ofBaht(1 + random.nextInt(300)))
                .addFactor(QuantityFactor.of(1 + random.nextInt(50), "คน"));
        if (random.nextBoolean()) {
            line.addFactor(QuantityFactor.of(1 + random.nextInt(3), "มื้อ"));
        }
        if (random.nextBoolean()) {
            line.category(BudgetCategory.values()[random.nextInt(BudgetCategory.values().length)]);
        }
        return line.build();
    }

    private static ActionPlan actionPlan(RandomGenerator random, Project p) {
        ActionPlan.Builder plan = ActionPlan.builder();
        for (int i = 1; i <= random.nextInt(5); i++) {
            int first = 1 + random.nextInt(12);
            ActionStep.Builder step = ActionStep.builder()
                    .description("ขั้นตอน " + random.nextInt(4))
                    .addAllPlannedMonths(FiscalMonth.rangeClosed(
                            FiscalMonth.of(p.fiscalYear(), first),
                            FiscalMonth.of(p.fiscalYear(), first + random.nextInt(13 - first))));
            if (random.nextInt(3) > 0) {
                step.number(Integer.toString(random.nextInt(1, 6)));
            }
            plan.addStep(step.build());
        }
        return plan.build();
    }

    /**
     * A project made from {@code a} by taking members, or items of its lists, from {@code b}: kept,
     * dropped, inserted and reordered items, nested edits. A mix the model refuses keeps a's member.
     */
    static Project mix(Project a, Project b, RandomGenerator random) {
        Project mixed = a;
        mixed = member(
                mixed, random, p -> Project.builder().from(p).name(b.name()).build());
        mixed = member(
                mixed, random, p -> Project.builder().from(p).code(b.code()).build());
        mixed = member(
                mixed, random, p -> Project.builder().from(p).status(b.status()).build());
        mixed = member(
                mixed,
                random,
                p -> Project.builder().from(p).rationale(b.rationale()).build());
        mixed = member(
                mixed,
                random,
                p -> Project.builder()
                        .from(p)
                        .objectives(mix(a.objectives(), b.objectives(), random))
                        .build());
        mixed = member(
                mixed,
                random,
                p -> Project.builder()
                        .from(p)
                        .targets(mix(a.targets(), b.targets(), random))
                        .build());
        mixed = member(
                mixed,
                random,
                p -> Project.builder()
                        .from(p)
                        .risks(mix(a.risks(), b.risks(), random))
                        .build());
        mixed = member(
                mixed,
                random,
                p -> Project.builder()
                        .from(p)
                        .indicators(mix(a.indicators(), b.indicators(), random))
                        .build());
        mixed = member(
                mixed,
                random,
                p -> Project.builder()
                        .from(p)
                        .progressReports(mix(a.progressReports(), b.progressReports(), random))
                        .build());
        mixed = member(
                mixed,
                random,
                p -> Project.builder()
                        .from(p)
                        .approvals(mix(a.approvals(), b.approvals(), random))
                        .build());
        mixed = member(
                mixed,
                random,
                p -> Project.builder()
                        .from(p)
                        .networks(mix(a.networks(), b.networks(), random))
                        .build());
        mixed = member(
                mixed,
                random,
                p -> Project.builder()
                        .from(p)
                        .notes(mix(a.notes(), b.notes(), random))
                        .build());
        mixed = member(
                mixed,
                random,
                p -> Project.builder()
                        .from(p)
                        .plannedPeriod(b.plannedPeriod())
                        .actualPeriod(java.util.Optional.ofNullable(mixPeriod(
                                a.actualPeriod().orElse(null), b.actualPeriod().orElse(null), random)))
                        .build());
        mixed = member(
                mixed,
                random,
                p -> Project.builder()
                        .from(p)
                        .budgetRevisions(mix(a.budgetRevisions(), b.budgetRevisions(), random))
                        .build());
        mixed = member(
                mixed,
                random,
                p -> Project.builder()
                        .from(p)
                        .budget(
                                a.budget().isPresent() && b.budget().isPresent()
                                        ? java.util.Optional.of(mixBudget(
                                                a.budget().get(), b.budget().get(), random))
                                        : b.budget())
                        .build());
        mixed = member(
                mixed,
                random,
                p -> Project.builder()
                        .from(p)
                        .actionPlan(
                                a.actionPlan().isPresent() && b.actionPlan().isPresent()
                                        ? java.util.Optional.of(ActionPlan.builder()
                                                .addAllSteps(mix(
                                                        a.actionPlan().get().steps(),
                                                        b.actionPlan().get().steps(),
                                                        random))
                                                .build())
                                        : b.actionPlan())
                        .build());
        return mixed;
    }

    private static ProjectPeriod mixPeriod(ProjectPeriod a, ProjectPeriod b, RandomGenerator random) {
        if (a == null || b == null || random.nextBoolean()) {
            return b;
        }
        // the same dates as months, or a's start with b's end
        return random.nextBoolean()
                ? ProjectPeriod.ofMonths(a.firstMonth(), a.lastMonth())
                : ProjectPeriod.of(a.start(), a.start().isAfter(b.end()) ? a.start() : b.end());
    }

    private static Budget mixBudget(Budget a, Budget b, RandomGenerator random) {
        List<BudgetActivity> activities = new ArrayList<>();
        for (BudgetActivity activity : mix(a.activities(), b.activities(), random)) {
            BudgetActivity other =
                    b.activities().get(random.nextInt(b.activities().size()));
            activities.add(
                    random.nextBoolean()
                            ? activity
                            : BudgetActivity.builder()
                                    .from(activity)
                                    .lines(mix(activity.lines(), other.lines(), random))
                                    .build());
        }
        return Budget.builder()
                .from(random.nextBoolean() ? a : b)
                .activities(activities)
                .build();
    }

    private static Project member(Project p, RandomGenerator random, Function<Project, Project> change) {
        if (random.nextInt(3) > 0) {
            return p;
        }
        try {
            return change.apply(p);
        } catch (IllegalArgumentException | IllegalStateException refused) {
            return p;
        }
    }

    /** Some of {@code a}'s items in order, some of {@code b}'s inserted, now and then two swapped. */
    static <T> List<T> mix(List<T> a, List<T> b, RandomGenerator random) {
        List<T> out = new ArrayList<>();
        for (T t : a) {
            if (random.nextInt(4) > 0) {
                out.add(t);
            }
        }
        for (T t : b) {
            if (random.nextInt(3) == 0) {
                out.add(random.nextInt(out.size() + 1), t);
            }
        }
        if (out.size() > 1 && random.nextInt(3) == 0) {
            int i = random.nextInt(out.size());
            int j = random.nextInt(out.size());
            T t = out.get(i);
            out.set(i, out.get(j));
            out.set(j, t);
        }
        return out;
    }

    private static void roundTrip(Project a, Project b) {
        ProjectDiff diff = ProjectDiff.between(a, b);
        assertThat(diff.apply(a)).isEqualTo(b);
        assertThat(diff.inverse().apply(b)).isEqualTo(a);
    }

    /** An old version of a project and a new one. */
    private record Versions(Project before, Project after) {}

    private static void checkPairs(Gen<Versions> pairs) {
        Property.forAll(pairs).examples(EXAMPLES).check(v -> roundTrip(v.before(), v.after()));
    }

    @Test
    void theDiffOfAProjectWithItselfGivesItBack() {
        Property.forAll(ProjectDiffApplyPropertiesTest::project)
                .examples(EXAMPLES)
                .check(a -> assertThat(ProjectDiff.between(a, a).apply(a)).isSameAs(a));
    }

    @Test
    void applyingTheDiffOfTwoUnrelatedProjectsGivesTheNewOne() {
        checkPairs((random, size) -> new Versions(project(random, size), project(random, size)));
    }

    @Test
    void applyingTheDiffOfAnEditedProjectGivesTheEditedOne() {
        checkPairs((random, size) -> {
            Project a = project(random, size);
            return new Versions(a, mix(a, project(random, size), random));
        });
    }

    @Test
    void applyingTheDiffOfOneEditGivesTheEditedProject() {
        checkPairs((random, size) -> {
            Project a = project(random, size);
            return new Versions(a, edit(a, random));
        });
    }

    /**
     * One edit of {@code a}: an item inserted, removed, moved or replaced in one of its lists, a
     * budget line's amount, a period rewritten in months, a target's quantities, an indicator's
     * types, or its name; {@code a} itself where the edit does not apply or the model refuses it.
     */
    static Project edit(Project a, RandomGenerator random) {
        try {
            return switch (random.nextInt(9)) {
                case 0 ->
                    Project.builder().from(a).name(a.name() + " (ฉบับปรับปรุง)").build();
                case 1 ->
                    Project.builder()
                            .from(a)
                            .objectives(editList(a.objectives(), Objective.of("ใหม่", "วัตถุประสงค์ที่เพิ่ม"), random))
                            .build();
                case 2 ->
                    Project.builder()
                            .from(a)
                            .risks(editList(
                                    a.risks(),
                                    Risk.builder().description("ครูย้ายกลางปี").build(),
                                    random))
                            .build();
                case 3 ->
                    Project.builder()
                            .from(a)
                            .approvals(editList(
                                    a.approvals(), Approval.of(ApprovalRole.APPROVED, "ผู้อำนวยการเขต"), random))
                            .build();
                case 4 ->
                    a.budget().isEmpty()
                            ? a
                            : Project.builder()
                                    .from(a)
                                    .budget(editLine(a.budget().get(), random))
                                    .build();
                case 5 ->
                    a.plannedPeriod().isEmpty()
                            ? a
                            : Project.builder()
                                    .from(a)
                                    .plannedPeriod(ProjectPeriod.ofMonths(
                                            a.plannedPeriod().get().firstMonth(),
                                            a.plannedPeriod().get().lastMonth().plusMonths(random.nextInt(3))))
                                    .build();
                case 6 ->
                    Project.builder()
                            .from(a)
                            .targets(a.targets().stream()
                                    .map(t -> t.quantities().isEmpty() || random.nextBoolean()
                                            ? t
                                            : t.quantities().size() > 1
                                                    ? Target.builder()
                                                            .from(t)
                                                            .quantities(t.quantities()
                                                                    .subList(0, 1))
                                                            .build()
                                                    : Target.builder()
                                                            .from(t)
                                                            .addQuantity(TargetQuantity.of(2, "วัน"))
                                                            .build())
                                    .toList())
                            .build();
                case 7 ->
                    Project.builder()
                            .from(a)
                            .indicators(a.indicators().stream()
                                    .map(i -> random.nextBoolean()
                                            ? i
                                            : Indicator.builder()
                                                    .from(i)
                                                    .type(IndicatorType.ROUTINE)
                                                    .addType(IndicatorType.ROUTINE)
                                                    .build())
                                    .toList())
                            .build();
                default ->
                    Project.builder()
                            .from(a)
                            .status(ProjectStatus.values()[random.nextInt(ProjectStatus.values().length)])
                            .build();
            };
        } catch (IllegalArgumentException | IllegalStateException refused) {
            return a;
        }
    }

    /** The list with one item inserted, removed, moved or replaced by {@code item}. */
    private static <T> List<T> editList(List<T> list, T item, RandomGenerator random) {
        List<T> out = new ArrayList<>(list);
        int kind = out.isEmpty() ? 0 : random.nextInt(4);
        switch (kind) {
            case 0 -> out.add(random.nextInt(out.size() + 1), item);
            case 1 -> out.remove(random.nextInt(out.size()));
            case 2 -> out.add(random.nextInt(out.size()), out.remove(random.nextInt(out.size())));
            default -> out.set(random.nextInt(out.size()), item);
        }
        return out;
    }

    /** The budget with one line's stated amount raised, in a random activity. */
    private static Budget editLine(Budget budget, RandomGenerator random) {
        int i = random.nextInt(budget.activities().size());
        BudgetActivity activity = budget.activities().get(i);
        if (activity.lines().isEmpty()) {
            return budget;
        }
        int j = random.nextInt(activity.lines().size());
        BudgetLine line = activity.lines().get(j);
        List<BudgetLine> lines = new ArrayList<>(activity.lines());
        lines.set(
                j,
                BudgetLine.builder()
                        .from(line)
                        .statedAmount(line.writtenAmount().plus(Baht.ofBaht(1 + random.nextInt(1000))))
                        .build());
        List<BudgetActivity> activities = new ArrayList<>(budget.activities());
        activities.set(i, BudgetActivity.builder().from(activity).lines(lines).build());
        return Budget.builder().from(budget).activities(activities).build();
    }

    /** A project and two others, each made from it by mixing in parts of a third. */
    private record TwoEdits(Project original, Project edited, Project other) {}

    @Test
    void aDiffRefusesAProjectItWasNotMadeFrom() {
        Gen<TwoEdits> edits = (random, size) -> {
            Project a = project(random, size);
            Project b = mix(a, project(random, size), random);
            return new TwoEdits(a, b, mix(a, project(random, size), random));
        };
        Property.forAll(edits).examples(EXAMPLES).check(e -> {
            Project a = e.original();
            Project c = e.other();
            if (c.equals(a)) {
                return;
            }
            ProjectDiff diff = ProjectDiff.between(a, e.edited());
            assertThatThrownBy(() -> diff.apply(c)).isInstanceOf(DiffMismatchException.class);
        });
    }
}
