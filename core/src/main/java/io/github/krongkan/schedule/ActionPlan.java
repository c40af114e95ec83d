package io.github.krongkan.schedule;

import io.github.krongkan.time.FiscalMonth;
import io.github.krongkan.time.FiscalYear;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * An action plan (แผนปฏิบัติการ): ordered steps over fiscal months.
 *
 * <p><b>Planned curve.</b> {@link #plannedCurve()} spreads each step's weight evenly over its
 * planned months and adds up: at the end of a month, the curve is the weighted share of the work
 * planned by then, in percent with two decimals (rounded half up from the exact fraction), reaching
 * exactly 100 at the last planned month of a step that carries weight. Steps without weights count
 * equally; either every step has a weight or none does. Steps without planned months or with weight
 * zero are left out of the curve, and the curve is empty when no planned step carries weight.
 */
@Value.Immutable
public abstract class ActionPlan {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    ActionPlan() {}

    /**
     * The steps, in plan order.
     *
     * @return the steps, possibly empty
     */
    public abstract List<ActionStep> steps();

    /**
     * A plan of the given steps.
     *
     * @param steps the steps, in order
     * @return the plan
     * @throws IllegalArgumentException if some steps have weights and others do not
     */
    public static ActionPlan of(List<ActionStep> steps) {
        return builder().addAllSteps(steps).build();
    }

    /**
     * A builder for a plan.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an {@link ActionPlan}; {@code build()} validates it.
     *
     * <p>No attribute is required: every attribute is optional, a list or has a default.
     */
    public static final class Builder extends ImmutableActionPlan.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        long weighted = steps().stream().filter(s -> s.weight().isPresent()).count();
        if (weighted != 0 && weighted != steps().size()) {
            throw new IllegalArgumentException(
                    "either every step has a weight or none does; " + weighted + " of " + steps().size() + " have one");
        }
        if (weighted > 0
                && !steps().isEmpty()
                && steps().stream()
                                .map(s -> s.weight().get())
                                .reduce(BigDecimal.ZERO, BigDecimal::add)
                                .signum()
                        == 0) {
            throw new IllegalArgumentException("the weights of the steps add up to zero");
        }
    }

    /**
     * Every month in which some step is planned or was done, in order.
     *
     * @return the months, possibly empty
     */
    public List<FiscalMonth> months() {
        TreeSet<FiscalMonth> months = new TreeSet<>();
        for (ActionStep step : steps()) {
            months.addAll(step.plannedMonths());
            months.addAll(step.actualMonths());
        }
        return List.copyOf(months);
    }

    /**
     * The plan as a month grid, whole fiscal years wide.
     *
     * @return the grid; no columns when no step has a month
     */
    public MonthGrid grid() {
        List<FiscalMonth> used = months();
        List<FiscalMonth> columns = new ArrayList<>();
        if (!used.isEmpty()) {
            FiscalYear first = used.get(0).fiscalYear();
            FiscalYear last = used.get(used.size() - 1).fiscalYear();
            // Stop at the last year rather than stepping past it: FY 3000 has no next year.
            for (FiscalYear y = first; ; y = y.next()) {
                columns.addAll(y.months());
                if (y.compareTo(last) >= 0) {
                    break;
                }
            }
        }
        List<MonthGrid.Row> rows = new ArrayList<>();
        for (ActionStep step : steps()) {
            List<MonthGrid.Cell> cells = new ArrayList<>();
            for (FiscalMonth month : columns) {
                boolean planned = step.plannedMonths().contains(month);
                boolean actual = step.actualMonths().contains(month);
                cells.add(
                        planned && actual
                                ? MonthGrid.Cell.PLANNED_AND_ACTUAL
                                : planned
                                        ? MonthGrid.Cell.PLANNED
                                        : actual ? MonthGrid.Cell.ACTUAL : MonthGrid.Cell.EMPTY);
            }
            rows.add(new MonthGrid.Row(step, cells));
        }
        return new MonthGrid(columns, rows);
    }

    /**
     * The planned cumulative progress by month (S-curve), as described in the class documentation.
     *
     * @return the curve over the planned months; empty when no step has planned months
     */
    @Value.Lazy
    public ProgressCurve plannedCurve() {
        List<ActionStep> counted = steps().stream()
                .filter(s -> !s.plannedMonths().isEmpty() && weight(s).signum() > 0)
                .toList();
        if (counted.isEmpty()) {
            return ProgressCurve.of(Map.of());
        }
        // Exact arithmetic: with L the lcm of the steps' month counts, step i contributes
        // w_i * k * (L / n_i) after k of its n_i months, out of W * L in all.
        BigInteger lcm = BigInteger.ONE;
        for (ActionStep step : counted) {
            BigInteger n = BigInteger.valueOf(step.plannedMonths().size());
            lcm = lcm.divide(lcm.gcd(n)).multiply(n);
        }
        BigDecimal l = new BigDecimal(lcm);
        BigDecimal total = BigDecimal.ZERO;
        for (ActionStep step : counted) {
            total = total.add(weight(step));
        }
        BigDecimal denominator = total.multiply(l);
        Map<FiscalMonth, BigDecimal> points = new LinkedHashMap<>();
        TreeSet<FiscalMonth> months = new TreeSet<>();
        counted.forEach(s -> months.addAll(s.plannedMonths()));
        for (FiscalMonth month : months) {
            BigDecimal numerator = BigDecimal.ZERO;
            for (ActionStep step : counted) {
                long done = step.plannedMonths().stream()
                        .filter(m -> m.compareTo(month) <= 0)
                        .count();
                BigDecimal perMonth =
                        l.divide(BigDecimal.valueOf(step.plannedMonths().size()));
                numerator = numerator.add(weight(step).multiply(perMonth).multiply(BigDecimal.valueOf(done)));
            }
            points.put(month, numerator.multiply(HUNDRED).divide(denominator, 2, RoundingMode.HALF_UP));
        }
        return ProgressCurve.of(points);
    }

    private static BigDecimal weight(ActionStep step) {
        return step.weight().orElse(BigDecimal.ONE);
    }
}
