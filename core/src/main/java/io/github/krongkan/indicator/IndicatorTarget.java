package io.github.krongkan.indicator;

import io.github.krongkan.internal.Require;
import io.github.krongkan.time.FiscalPeriod;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One target value of an indicator (ค่าเป้าหมาย), for a period or for the whole indicator. BMA
 * indicators often set cumulative quarterly targets: 40 for Q1, 55 for Q2, 70 for Q3, 100 for Q4.
 * The direction (at least, at most…) belongs to the indicator.
 */
@Value.Immutable
public abstract class IndicatorTarget {
    IndicatorTarget() {}

    /**
     * The period the target is for; empty for the indicator as a whole (e.g. "ร้อยละ 90" over the
     * fiscal year).
     *
     * @return the period
     */
    public abstract Optional<FiscalPeriod> period();

    /**
     * The target value, in the indicator's unit; for a change direction the size of the change (2
     * for "ลดลงอย่างน้อยร้อยละ 2").
     *
     * @return the value
     */
    public abstract BigDecimal value();

    /**
     * A target for the indicator as a whole.
     *
     * @param value the target value
     * @return the target
     */
    public static IndicatorTarget of(BigDecimal value) {
        return builder().value(value).build();
    }

    /**
     * A target for a period.
     *
     * @param period the period
     * @param value  the target value
     * @return the target
     */
    public static IndicatorTarget of(FiscalPeriod period, BigDecimal value) {
        return builder().period(period).value(value).build();
    }

    /**
     * A builder for a target.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an {@link IndicatorTarget}.
     *
     * <p><b>Required:</b> {@link IndicatorTarget#value() value}. Every other attribute is optional,
     * a list or has a default; {@code build()} throws {@link IllegalStateException} naming each
     * required attribute that was not set.
     */
    public static final class Builder extends ImmutableIndicatorTarget.Builder {
        Builder() {}
    }

    /** Writes a value with a negative scale ({@code 1E+2}) as a plain integer. */
    @Value.Check
    IndicatorTarget check() {
        if (value().scale() < 0) {
            return builder().from(this).value(Require.noNegativeScale(value())).build();
        }
        return this;
    }
}
