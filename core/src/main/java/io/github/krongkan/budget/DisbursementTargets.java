package io.github.krongkan.budget;

import io.github.krongkan.time.FiscalYear;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * Cumulative disbursement and spending targets by fiscal quarter for one fiscal year, in percent of
 * the money received. The Cabinet sets them anew every year (and lower ones for investment budgets),
 * so they are data, not constants. For example, FY 2563 asked for at least 54 % disbursed by the
 * end of Q2:
 *
 * <pre>{@code
 * DisbursementTargets fy2563 = DisbursementTargets.builder()
 *         .fiscalYear(FiscalYear.ofBuddhistEra(2563))
 *         .putCumulativeDisbursement(2, new BigDecimal("54"))
 *         .build();
 * }</pre>
 *
 * A quarter without a target has none; targets of later quarters may not be lower than earlier ones.
 */
@Value.Immutable
public abstract class DisbursementTargets {
    DisbursementTargets() {}

    /**
     * The fiscal year the targets are for.
     *
     * @return the fiscal year
     */
    public abstract FiscalYear fiscalYear();

    /**
     * Cumulative disbursement targets (เบิกจ่าย): quarter number (1–4) → percent by the end of it.
     *
     * @return the targets, by quarter
     */
    @Value.NaturalOrder
    public abstract SortedMap<Integer, BigDecimal> cumulativeDisbursement();

    /**
     * Cumulative spending targets (ใช้จ่าย, disbursed plus obligations): quarter number (1–4) →
     * percent by the end of it.
     *
     * @return the targets, by quarter
     */
    @Value.NaturalOrder
    public abstract SortedMap<Integer, BigDecimal> cumulativeSpending();

    /**
     * The disbursement target of a quarter.
     *
     * @param quarter 1 to 4
     * @return the cumulative percentage, if set
     */
    public Optional<BigDecimal> disbursementTarget(int quarter) {
        return Optional.ofNullable(cumulativeDisbursement().get(quarter));
    }

    /**
     * The spending target of a quarter.
     *
     * @param quarter 1 to 4
     * @return the cumulative percentage, if set
     */
    public Optional<BigDecimal> spendingTarget(int quarter) {
        return Optional.ofNullable(cumulativeSpending().get(quarter));
    }

    /**
     * A builder for targets.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link DisbursementTargets}; {@code build()} validates them.
     *
     * <p><b>Required:</b> {@link DisbursementTargets#fiscalYear() fiscalYear}. Every other
     * attribute is optional, a list or has a default; {@code build()} throws {@link
     * IllegalStateException} naming each required attribute that was not set.
     */
    public static final class Builder extends ImmutableDisbursementTargets.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        check(cumulativeDisbursement(), "cumulativeDisbursement");
        check(cumulativeSpending(), "cumulativeSpending");
    }

    private static void check(SortedMap<Integer, BigDecimal> targets, String field) {
        BigDecimal previous = BigDecimal.ZERO;
        for (Map.Entry<Integer, BigDecimal> e : targets.entrySet()) {
            if (e.getKey() < 1 || e.getKey() > 4) {
                throw new IllegalArgumentException(field + ": a fiscal quarter is 1 to 4, not " + e.getKey());
            }
            BigDecimal p = e.getValue();
            if (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new IllegalArgumentException(field + ": a percentage is 0 to 100, not " + p.toPlainString());
            }
            if (p.compareTo(previous) < 0) {
                throw new IllegalArgumentException(field + ": cumulative targets may not fall, but Q" + e.getKey()
                        + " is " + p.toPlainString() + " after " + previous.toPlainString());
            }
            previous = p;
        }
    }
}
