package io.github.krongkan.check;

import io.github.krongkan.indicator.FormulaKind;
import io.github.krongkan.indicator.Indicator;
import io.github.krongkan.indicator.IndicatorUnit;
import io.github.krongkan.indicator.Measure;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The values an indicator's level can take, as the indicator rules read them: a percentage 0–100, an
 * ordinal level 1–5, a count 0 and up; nothing is known of a nominal or qualitative measure.
 */
record IndicatorScale(BigDecimal min, Optional<BigDecimal> max, String thai) {
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Whether the indicator's values are percentages: its measure is a percentage or its unit is
     * percent (ร้อยละ).
     */
    static boolean isPercentage(Indicator indicator) {
        return indicator.measure() == Measure.PERCENTAGE || indicator.unit().equals(Optional.of(IndicatorUnit.PERCENT));
    }

    /** Whether the indicator's values are changes against a baseline, not levels. */
    static boolean isChange(Indicator indicator) {
        return indicator.formula().map(f -> f.kind() == FormulaKind.CHANGE).orElse(false);
    }

    /**
     * The scale of the indicator's values when they are levels: a percentage (by measure or unit)
     * first, then by measure.
     */
    static Optional<IndicatorScale> ofValues(Indicator indicator) {
        return isPercentage(indicator) ? Optional.of(percent()) : ofMeasure(indicator.measure());
    }

    /** The scale of the level a measure measures. */
    static Optional<IndicatorScale> ofMeasure(Measure measure) {
        return switch (measure) {
            case PERCENTAGE -> Optional.of(percent());
            case ORDINAL_LEVEL ->
                Optional.of(new IndicatorScale(BigDecimal.ONE, Optional.of(BigDecimal.valueOf(5)), "ระดับ"));
            case COUNT -> Optional.of(new IndicatorScale(BigDecimal.ZERO, Optional.empty(), "จำนวน"));
            case NOMINAL, QUALITATIVE -> Optional.empty();
        };
    }

    private static IndicatorScale percent() {
        return new IndicatorScale(BigDecimal.ZERO, Optional.of(HUNDRED), "ร้อยละ");
    }

    /** Whether a value lies on the scale. */
    boolean contains(BigDecimal value) {
        return value.compareTo(min) >= 0
                && max.map(m -> value.compareTo(m) <= 0).orElse(true);
    }

    /** The scale as the findings say it: {@code 0 to 100}, {@code at least 0}. */
    String describe() {
        return max.map(m -> min.toPlainString() + " to " + m.toPlainString()).orElse("at least " + min.toPlainString());
    }

    /** The scale in Thai: {@code 0 ถึง 100}, {@code ไม่น้อยกว่า 0}. */
    String describeThai() {
        return max.map(m -> min.toPlainString() + " ถึง " + m.toPlainString())
                .orElse("ไม่น้อยกว่า " + min.toPlainString());
    }
}
