package io.github.krongkan.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.Property;
import io.github.krongkan.testkit.ScheduleGens;
import io.github.krongkan.time.FiscalMonth;
import io.github.krongkan.time.FiscalYear;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** Properties of action plans: the planned S-curve and the month grid of random plans. */
class ActionPlanPropertiesTest {
    private static final int EXAMPLES = 1000;
    private static final FiscalYear FY2569 = FiscalYear.ofBuddhistEra(2569);

    private static FiscalMonth m(int number) {
        return FY2569.month(number);
    }

    /**
     * Random valid plans: mostly {@link #randomPlan}'s (steps without months, zero weights, months
     * across two fiscal years), and a third from the testkit's {@link ScheduleGens#actionPlans}.
     */
    private static Gen<ActionPlan> plans() {
        Gen<ActionPlan> own = ActionPlanPropertiesTest::randomPlan;
        return Gen.anyOf(List.of(own, own, ScheduleGens.actionPlans(FY2569)));
    }

    /**
     * A random valid plan: 1–6 steps, months from a window of 24, weights on all steps or none (the
     * same plans at every size).
     */
    private static ActionPlan randomPlan(RandomGenerator random, int size) {
        boolean weighted = random.nextBoolean();
        List<ActionStep> steps = new ArrayList<>();
        for (int i = random.nextInt(1, 7); i > 0; i--) {
            TreeSet<FiscalMonth> months = new TreeSet<>();
            for (int k = random.nextInt(0, 8); k > 0; k--) {
                months.add(m(1).plusMonths(random.nextInt(24)));
            }
            ActionStep.Builder step =
                    ActionStep.builder().description("ขั้นตอน " + i).addAllPlannedMonths(months);
            if (weighted) {
                step.weight(BigDecimal.valueOf(random.nextInt(0, 50), random.nextInt(0, 3)));
            }
            steps.add(step.build());
        }
        if (weighted && steps.stream().allMatch(s -> s.weight().get().signum() == 0)) {
            steps.set(
                    0,
                    ActionStep.builder()
                            .from(steps.get(0))
                            .weight(BigDecimal.ONE)
                            .build());
        }
        return ActionPlan.of(steps);
    }

    @Test
    void plannedCurveIsMonotoneAndEndsAtExactlyHundred() {
        Property.forAll(plans()).examples(EXAMPLES).check(plan -> {
            ProgressCurve curve = plan.plannedCurve();
            boolean anyPlanned = plan.steps().stream()
                    .anyMatch(s -> !s.plannedMonths().isEmpty()
                            && s.weight().map(w -> w.signum() > 0).orElse(true));
            assertThat(curve.isEmpty()).isEqualTo(!anyPlanned);
            BigDecimal previous = BigDecimal.ZERO;
            for (BigDecimal value : curve.points().values()) {
                assertThat(value).isBetween(previous, new BigDecimal("100"));
                assertThat(value.scale()).isEqualTo(2);
                previous = value;
            }
            if (anyPlanned) {
                assertThat(curve.points().lastEntry().getValue()).isEqualTo(new BigDecimal("100.00"));
                FiscalMonth last = plan.steps().stream()
                        .filter(s -> s.weight().map(w -> w.signum() > 0).orElse(true))
                        .flatMap(s -> s.plannedMonths().stream())
                        .max(FiscalMonth::compareTo)
                        .orElseThrow();
                assertThat(curve.points().lastKey()).isEqualTo(last);
            }
        });
    }

    @Test
    void curveDoesNotDependOnStepOrder() {
        Property.forAll(plans()).examples(EXAMPLES).check(plan -> {
            List<ActionStep> reversed = new ArrayList<>(plan.steps());
            java.util.Collections.reverse(reversed);
            assertThat(ActionPlan.of(reversed).plannedCurve()).isEqualTo(plan.plannedCurve());
        });
    }

    @Test
    void gridSpansWholeFiscalYearsAndMarksCells() {
        Property.forAll(plans()).examples(EXAMPLES).check(plan -> {
            MonthGrid grid = plan.grid();
            assertThat(grid.months().size() % 12).isZero();
            assertThat(grid.rows()).hasSize(plan.steps().size());
            for (int r = 0; r < grid.rows().size(); r++) {
                ActionStep step = plan.steps().get(r);
                long planned = grid.rows().get(r).cells().stream()
                        .filter(c -> c == MonthGrid.Cell.PLANNED || c == MonthGrid.Cell.PLANNED_AND_ACTUAL)
                        .count();
                assertThat(planned).isEqualTo(step.plannedMonths().size());
            }
            if (!grid.months().isEmpty()) {
                assertThat(grid.months().get(0).number()).isEqualTo(1);
                for (int i = 1; i < grid.months().size(); i++) {
                    assertThat(grid.months().get(i))
                            .isEqualTo(grid.months().get(i - 1).next());
                }
            }
        });
    }

    /** Two percentages. */
    private record Pair(int a, int b) {}

    @Test
    void curvesRefuseDecreasesAndValuesOutOfRange() {
        Gen<Integer> percents = Gen.ints(0, 100);
        Gen<Pair> pairs = (random, size) -> new Pair(percents.next(random, size), percents.next(random, size));
        Property.forAll(pairs).examples(EXAMPLES).check(pair -> {
            int lo = Math.min(pair.a(), pair.b());
            int hi = Math.max(pair.a(), pair.b());
            ProgressCurve curve = ProgressCurve.of(Map.of(m(3), BigDecimal.valueOf(lo), m(7), BigDecimal.valueOf(hi)));
            for (int i = 1; i <= 12; i++) {
                BigDecimal expected = i < 3 ? BigDecimal.ZERO : i < 7 ? BigDecimal.valueOf(lo) : BigDecimal.valueOf(hi);
                assertThat(curve.at(m(i))).isEqualByComparingTo(expected);
            }
        });
    }
}
