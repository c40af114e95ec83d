package io.github.krongkan.indicator;

/** What kind of quantity an indicator measures. */
public enum Measure {
    /** A count of units (จำนวน): schools, persons, sets. */
    COUNT("จำนวน"),
    /** A percentage (ร้อยละ), 0 to 100. */
    PERCENTAGE("ร้อยละ"),
    /** A nominal category, recorded as text. */
    NOMINAL("นามบัญญัติ"),
    /** An ordinal level of success, 1 to 5 (ระดับความสำเร็จ). */
    ORDINAL_LEVEL("ระดับ"),
    /** A qualitative result, recorded as text (เชิงคุณภาพ). */
    QUALITATIVE("เชิงคุณภาพ");

    private final String thai;

    Measure(String thai) {
        this.thai = thai;
    }

    /**
     * The Thai term.
     *
     * @return e.g. {@code ร้อยละ}
     */
    public String thai() {
        return thai;
    }
}
