package io.github.krongkan.indicator;

import io.github.krongkan.internal.Require;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * How an achieved value is compared with its target (ค่าเป้าหมาย).
 *
 * <p>{@link #REDUCE_BY_AT_LEAST} and {@link #INCREASE_BY_AT_LEAST} compare a <em>change</em> against a
 * baseline, so an indicator with either direction uses a {@link FormulaKind#CHANGE change} formula and
 * its value is the signed change (negative for a fall): "ลดลงอย่างน้อยร้อยละ 2" is met by a change of
 * −2 or less.
 *
 * <p><b>Attainment</b> ({@link #attainment}) is how far the value has come towards the target, 1 meaning
 * exactly on target: value / target for at least, exactly and increase by; target / value for at most;
 * reduction / target for reduce by. It is cut (rounded toward zero) to {@value Formula#SCALE} decimal
 * places, so that for every direction but {@link #EXACTLY} a value is {@link #isMet met} exactly when
 * its attainment is at least 1.
 */
public enum Direction {
    /** At least the target (ไม่น้อยกว่า); higher is better. */
    AT_LEAST("ไม่น้อยกว่า", 1),
    /** At most the target (ไม่เกิน); lower is better. */
    AT_MOST("ไม่เกิน", -1),
    /** Exactly the target (เท่ากับ, e.g. all 71 schools). */
    EXACTLY("เท่ากับ", 0),
    /** A fall against the baseline of at least the target (ลดลงอย่างน้อย); lower is better. */
    REDUCE_BY_AT_LEAST("ลดลงอย่างน้อย", -1),
    /** A rise against the baseline of at least the target (เพิ่มขึ้นอย่างน้อย); higher is better. */
    INCREASE_BY_AT_LEAST("เพิ่มขึ้นอย่างน้อย", 1);

    private final String thai;
    private final int polarity;

    Direction(String thai, int polarity) {
        this.thai = thai;
        this.polarity = polarity;
    }

    /**
     * The Thai words, as targets are written: {@code ไม่น้อยกว่าร้อยละ 90}.
     *
     * @return e.g. {@code ไม่น้อยกว่า}
     */
    public String thai() {
        return thai;
    }

    /**
     * Whether a higher value is better (at least, increase by).
     *
     * @return {@code true} for an ascending direction
     */
    public boolean isAscending() {
        return polarity > 0;
    }

    /**
     * Whether a lower value is better (at most, reduce by).
     *
     * @return {@code true} for a descending direction
     */
    public boolean isDescending() {
        return polarity < 0;
    }

    /**
     * Whether the direction compares a change against a baseline (reduce by, increase by).
     *
     * @return {@code true} for {@link #REDUCE_BY_AT_LEAST} and {@link #INCREASE_BY_AT_LEAST}
     */
    public boolean isChange() {
        return this == REDUCE_BY_AT_LEAST || this == INCREASE_BY_AT_LEAST;
    }

    /**
     * Whether a value meets a target.
     *
     * @param value  the achieved value; for a change direction the signed change
     * @param target the target
     * @return {@code true} if met
     */
    public boolean isMet(BigDecimal value, BigDecimal target) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(target, "target");
        return switch (this) {
            case AT_LEAST, INCREASE_BY_AT_LEAST -> value.compareTo(target) >= 0;
            case AT_MOST -> value.compareTo(target) <= 0;
            case EXACTLY -> value.compareTo(target) == 0;
            case REDUCE_BY_AT_LEAST -> value.negate().compareTo(target) >= 0;
        };
    }

    /**
     * The attainment ratio of a value against a target.
     *
     * @param value  the achieved value; for a change direction the signed change
     * @param target the target
     * @return the ratio, 1 meaning exactly on target; empty where it would divide by zero or mean
     *         nothing (a target of 0 or below; for at most, a value of 0 or below, or a negative target)
     */
    public Optional<BigDecimal> attainment(BigDecimal value, BigDecimal target) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(target, "target");
        return switch (this) {
            case AT_LEAST, INCREASE_BY_AT_LEAST, EXACTLY ->
                target.signum() > 0 ? Optional.of(cut(value, target)) : Optional.empty();
            case REDUCE_BY_AT_LEAST ->
                target.signum() > 0 ? Optional.of(cut(value.negate(), target)) : Optional.empty();
            case AT_MOST ->
                value.signum() > 0 && target.signum() >= 0 ? Optional.of(cut(target, value)) : Optional.empty();
        };
    }

    private static BigDecimal cut(BigDecimal dividend, BigDecimal divisor) {
        return Require.plain(dividend.divide(divisor, Formula.SCALE, RoundingMode.DOWN));
    }
}
