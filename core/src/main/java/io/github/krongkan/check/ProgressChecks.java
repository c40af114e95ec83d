package io.github.krongkan.check;

import java.math.BigDecimal;

/**
 * Options of the rules about progress reports. The standard check
 * ({@link ProjectCheck#standard()}) uses the defaults; to change one, replace the rule:
 *
 * <pre>{@code
 * ProjectCheck check = ProjectCheck.standard()
 *         .replacing(ProgressChecks.onPlanBelowCurve(new BigDecimal("5")));
 * }</pre>
 */
public final class ProgressChecks {
    /**
     * The default tolerance of {@code ON_PLAN_BELOW_CURVE}: 10 percentage points, about one month's
     * share of a plan over the 8 to 12 months of a fiscal year, since a report during a month is
     * compared with the plan for the end of that month.
     */
    public static final BigDecimal DEFAULT_ON_PLAN_TOLERANCE = BigDecimal.TEN;

    private ProgressChecks() {}

    /**
     * The rule {@code ON_PLAN_BELOW_CURVE} with a tolerance: a report that says it is on plan is
     * reported when its progress is below the planned curve by more than this many percentage points.
     *
     * @param tolerancePoints the tolerance in percentage points, not negative
     * @return the rule
     * @throws IllegalArgumentException if the tolerance is negative
     */
    public static Rule onPlanBelowCurve(BigDecimal tolerancePoints) {
        return new OnPlanBelowCurveRule(tolerancePoints);
    }
}
