package io.github.krongkan.indicator;

import io.github.krongkan.time.FiscalPeriod;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * An indicator's value compared with its target: what {@link Indicator#evaluate(Measurement)} gives.
 *
 * @param period      the period evaluated; empty for the indicator as a whole
 * @param value       the achieved value, if there is one
 * @param target      the target for the period, if there is one
 * @param direction   the indicator's direction, if stated
 * @param achievement met, not met, or why that cannot be said
 * @param attainment  the attainment ratio ({@link Direction#attainment}), 1 meaning exactly on target,
 *                    where value, target and direction allow one
 */
public record Evaluation(
        Optional<FiscalPeriod> period,
        Optional<BigDecimal> value,
        Optional<BigDecimal> target,
        Optional<Direction> direction,
        Achievement achievement,
        Optional<BigDecimal> attainment) {

    /**
     * An evaluation from its parts.
     *
     * @param period      the period
     * @param value       the value
     * @param target      the target
     * @param direction   the direction
     * @param achievement the achievement
     * @param attainment  the attainment ratio
     * @throws NullPointerException if an argument is null
     */
    public Evaluation {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(achievement, "achievement");
        Objects.requireNonNull(attainment, "attainment");
    }

    /**
     * Whether the target is met.
     *
     * @return {@code true} only for {@link Achievement#MET}
     */
    public boolean isMet() {
        return achievement == Achievement.MET;
    }
}
