package io.github.krongkan.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.BudgetActivity;
import io.github.krongkan.budget.BudgetLine;
import io.github.krongkan.indicator.Indicator;
import io.github.krongkan.indicator.IndicatorType;
import io.github.krongkan.indicator.Measure;
import io.github.krongkan.money.Baht;
import io.github.krongkan.project.Approval;
import io.github.krongkan.project.ApprovalRole;
import io.github.krongkan.project.Objective;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectPeriod;
import io.github.krongkan.project.ProjectStatus;
import io.github.krongkan.project.Target;
import io.github.krongkan.project.TargetQuantity;
import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.Property;
import io.github.krongkan.time.FiscalYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Properties of {@link ProjectDiff#apply} over small projects drawn from few values, so that two
 * of them share list keys (matched items with nested edits), repeat them (lists matched by index)
 * and differ in derived members: periods in days or months, targets of one or more quantities,
 * indicators of one or more types. The testkit's properties cover whole generated projects.
 */
class ProjectDiffApplyPropertiesTest {
    private static final int EXAMPLES = 500;
    private static final String[] WORDS = {"อ่าน", "เขียน", "คิด", "นิเทศ", "ประชุม"};

    private static String word(RandomGenerator random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    /** Small projects drawn from few values (the same at every size). */
    static Gen<Project> projects() {
        return (random, size) -> project(random);
    }

    static Project project(RandomGenerator random) {
        Project.Builder b = Project.builder()
                .name("โครงการ" + word(random))
                .fiscalYear(FiscalYear.ofBuddhistEra(2569))
                .status(ProjectStatus.values()[random.nextInt(3)]);
        for (int i = random.nextInt(5); i > 0; i--) {
            // numbers from a small set: shared between projects, sometimes repeated or missing
            b.addObjectives(
                    random.nextInt(5) == 0
                            ? Objective.builder().text(word(random)).build()
                            : Objective.of(Integer.toString(random.nextInt(5)), word(random)));
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            Target t = switch (random.nextInt(3)) {
                case 0 -> Target.qualitative(word(random));
                case 1 -> Target.quantitative(word(random), BigDecimal.valueOf(random.nextInt(3)), "คน");
                default ->
                    Target.quantitative(
                            word(random),
                            java.util.List.of(TargetQuantity.of(random.nextInt(3), "คน"), TargetQuantity.of(2, "วัน")));
            };
            b.addTargets(Target.builder().from(t).number("3." + i).build());
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            IndicatorType[] types = IndicatorType.values();
            IndicatorType type = types[random.nextInt(types.length)];
            Indicator.Builder indicator = Indicator.builder()
                    .number(Integer.toString(i))
                    .name(word(random))
                    .measure(Measure.PERCENTAGE)
                    .type(type)
                    .addTypes(type);
            if (random.nextBoolean()) {
                indicator.addTypes(types[random.nextInt(types.length)]);
            }
            b.addIndicators(indicator.build());
        }
        if (random.nextInt(3) > 0) {
            int start = random.nextInt(3);
            b.plannedPeriod(
                    random.nextBoolean()
                            ? ProjectPeriod.of(LocalDate.of(2025, 10 + start, 1), LocalDate.of(2026, 9, 30))
                            : ProjectPeriod.ofMonths(YearMonth.of(2025, 10 + start), YearMonth.of(2026, 9)));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            b.addApprovals(Approval.of(ApprovalRole.values()[random.nextInt(2)], word(random)));
        }
        if (random.nextInt(3) > 0) {
            Budget.Builder budget = Budget.builder();
            for (int i = 1 + random.nextInt(3); i > 0; i--) {
                BudgetActivity.Builder activity = BudgetActivity.builder()
                        .number(Integer.toString(random.nextInt(4)))
                        .name(word(random));
                for (int j = random.nextInt(3); j > 0; j--) {
                    activity.addLines(BudgetLine.lumpSum(word(random), Baht.ofBaht(500L * random.nextInt(4))));
                }
                budget.addActivities(activity.build());
            }
            b.budget(budget.build());
        }
        return b.build();
    }

    /** Two projects. */
    private record Pair(Project a, Project b) {}

    /** Three projects. */
    private record Three(Project a, Project b, Project c) {}

    @Test
    void theDiffAppliedToTheOldVersionGivesTheNewOneAndItsInverseTheOld() {
        Gen<Project> projects = projects();
        Gen<Pair> pairs = (random, size) -> new Pair(projects.next(random, size), projects.next(random, size));
        Property.forAll(pairs).examples(EXAMPLES).check(pair -> {
            Project a = pair.a();
            Project b = pair.b();
            ProjectDiff diff = ProjectDiff.between(a, b);
            assertThat(diff.apply(a)).isEqualTo(b);
            assertThat(diff.inverse().apply(b)).isEqualTo(a);
        });
    }

    @Test
    void theEmptyDiffGivesTheProjectItself() {
        Property.forAll(projects())
                .examples(EXAMPLES)
                .check(a -> assertThat(ProjectDiff.between(a, a).apply(a)).isSameAs(a));
    }

    @Test
    void aDiffRefusesEveryOtherProject() {
        Gen<Project> projects = projects();
        Gen<Three> threes = (random, size) ->
                new Three(projects.next(random, size), projects.next(random, size), projects.next(random, size));
        Property.forAll(threes).examples(EXAMPLES).check(three -> {
            Project a = three.a();
            Project c = three.c();
            if (!c.equals(a)) {
                ProjectDiff diff = ProjectDiff.between(a, three.b());
                assertThatThrownBy(() -> diff.apply(c)).isInstanceOf(DiffMismatchException.class);
            }
        });
    }
}
