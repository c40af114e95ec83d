package io.github.krongkan.indicator;

/** How an indicator's value is computed from a measurement's raw values (วิธีการคำนวณ). */
public enum FormulaKind {
    /** {@code numerator × factor / denominator}, e.g. schools meeting the criteria × 100 / all schools. */
    RATIO,
    /** The numerator as it is: a count, an amount, a level. */
    COUNT,
    /** {@code numerator / denominator} where the numerator is a sum of scores and the denominator their number. */
    MEAN,
    /** The numerator (the current level) against the indicator's baseline, absolute or relative ({@link ChangeBasis}). */
    CHANGE
}
