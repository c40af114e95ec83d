package io.github.krongkan.check;

import io.github.krongkan.budget.RateTables;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The options of the built-in rules, given to {@link ProjectCheck#standard(CheckOptions)}: the one
 * place where the standard check is configured. Every option has a default; {@link #defaults()} is
 * what {@link ProjectCheck#standard()} uses.
 *
 * <pre>{@code
 * ProjectCheck check = ProjectCheck.standard(CheckOptions.builder()
 *         .rateTables(myTables)                   // BUDGET_RATE_ABOVE_CEILING, BUDGET_RATE_TABLE_MISSING
 *         .onPlanTolerance(new BigDecimal("5"))   // ON_PLAN_BELOW_CURVE
 *         .build());
 * }</pre>
 */
@Value.Immutable
public abstract class CheckOptions {
    /**
     * The default tolerance of {@code ON_PLAN_BELOW_CURVE}: 10 percentage points, about one month's
     * share of a plan over the 8 to 12 months of a fiscal year, since a report during a month is
     * compared with the plan for the end of that month.
     */
    public static final BigDecimal DEFAULT_ON_PLAN_TOLERANCE = BigDecimal.TEN;

    CheckOptions() {}

    /**
     * The options with every default.
     *
     * @return the default options
     */
    public static CheckOptions defaults() {
        return builder().build();
    }

    /**
     * A builder for options; what is not set keeps its default.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The rate tables {@code BUDGET_RATE_ABOVE_CEILING} checks unit costs against; the table in force
     * at a project's date applies, and {@code BUDGET_RATE_TABLE_MISSING} says when none is. Default:
     * {@link RateTables#defaults()}; set them from files with {@link Builder#reference(ReferenceSet)}.
     *
     * @return the rate tables
     */
    @Value.Default
    public RateTables rateTables() {
        return RateTables.defaults();
    }

    /**
     * The tolerance of {@code ON_PLAN_BELOW_CURVE}: a report that says it is on plan is reported when
     * its progress is below the planned curve by more than this many percentage points. Default:
     * {@link #DEFAULT_ON_PLAN_TOLERANCE}.
     *
     * @return the tolerance in percentage points, not negative
     */
    @Value.Default
    public BigDecimal onPlanTolerance() {
        return DEFAULT_ON_PLAN_TOLERANCE;
    }

    /** Builds {@link CheckOptions}; {@code build()} validates them. */
    public static final class Builder extends ImmutableCheckOptions.Builder {
        Builder() {}

        /**
         * Takes the rules' reference data from a set: its rate tables become {@link
         * #rateTables()}, replacing the defaults. To keep the shipped tables and add or replace
         * some, pass {@code mine.over(ReferenceSet.defaults())}.
         *
         * @param reference the reference data, e.g. read with the json-adapter's {@code ReferenceJson}
         * @return this builder
         */
        public Builder reference(ReferenceSet reference) {
            rateTables(reference.rates());
            return this;
        }
    }

    @Value.Check
    void check() {
        if (onPlanTolerance().signum() < 0) {
            throw new IllegalArgumentException(
                    "onPlanTolerance must not be negative: " + onPlanTolerance().toPlainString());
        }
    }
}
