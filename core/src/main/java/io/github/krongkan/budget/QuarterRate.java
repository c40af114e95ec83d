package io.github.krongkan.budget;

import io.github.krongkan.money.Baht;
import io.github.krongkan.time.FiscalQuarter;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The cumulative disbursement and spending of a ledger at the end of a fiscal quarter, with the
 * targets for it where there are any; see {@link Ledger#quarterRates(DisbursementTargets)}.
 */
@Value.Immutable
public abstract class QuarterRate {
    QuarterRate() {}

    /**
     * The quarter.
     *
     * @return the quarter
     */
    public abstract FiscalQuarter quarter();

    /**
     * The money disbursed by the end of the quarter.
     *
     * @return the cumulative disbursement
     */
    public abstract Baht disbursed();

    /**
     * The money disbursed or obliged by the end of the quarter (ใช้จ่าย).
     *
     * @return the cumulative spending
     */
    public abstract Baht committed();

    /**
     * The cumulative disbursement rate in percent; empty when nothing was received.
     *
     * @return the rate
     */
    public abstract Optional<BigDecimal> disbursementRate();

    /**
     * The cumulative spending rate in percent; empty when nothing was received.
     *
     * @return the rate
     */
    public abstract Optional<BigDecimal> spendingRate();

    /**
     * The cumulative disbursement target in percent, if set.
     *
     * @return the target
     */
    public abstract Optional<BigDecimal> disbursementTarget();

    /**
     * The cumulative spending target in percent, if set.
     *
     * @return the target
     */
    public abstract Optional<BigDecimal> spendingTarget();

    /**
     * Whether the disbursement rate reaches its target.
     *
     * @return empty without a target or a rate; else rate ≥ target
     */
    public Optional<Boolean> disbursementMet() {
        return disbursementRate().flatMap(r -> disbursementTarget().map(t -> r.compareTo(t) >= 0));
    }

    /**
     * Whether the spending rate reaches its target.
     *
     * @return empty without a target or a rate; else rate ≥ target
     */
    public Optional<Boolean> spendingMet() {
        return spendingRate().flatMap(r -> spendingTarget().map(t -> r.compareTo(t) >= 0));
    }

    /**
     * A builder for a quarter rate.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link QuarterRate}.
     *
     * <p><b>Required:</b> {@link QuarterRate#quarter() quarter}, {@link QuarterRate#disbursed()
     * disbursed}, {@link QuarterRate#committed() committed}. Every other attribute is optional, a
     * list or has a default; {@code build()} throws {@link IllegalStateException} naming each
     * required attribute that was not set.
     */
    public static final class Builder extends ImmutableQuarterRate.Builder {
        Builder() {}
    }
}
