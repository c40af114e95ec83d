package io.github.krongkan.indicator;

/** How a {@link FormulaKind#CHANGE change} against a baseline is expressed. */
public enum ChangeBasis {
    /** In percent of the baseline: {@code (level − baseline) × 100 / baseline}; "ลดลงร้อยละ 2". */
    RELATIVE,
    /** In the indicator's own unit: {@code level − baseline}, e.g. percentage points. */
    ABSOLUTE
}
