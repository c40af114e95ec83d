package io.github.krongkan.indicator;

/** The unit of an indicator's values (หน่วยนับ). The Thai unit as written is in {@link Indicator#unitText()}. */
public enum IndicatorUnit {
    /** Percent (ร้อยละ). */
    PERCENT("ร้อยละ"),
    /** A count of things (จำนวน), e.g. schools, sets. */
    COUNT("จำนวน"),
    /** Persons (คน). */
    PERSONS("คน"),
    /** A score or level (คะแนน / ระดับ). */
    SCORE("คะแนน"),
    /** Baht (บาท). */
    BAHT("บาท");

    private final String thai;

    IndicatorUnit(String thai) {
        this.thai = thai;
    }

    /**
     * The Thai term.
     *
     * @return e.g. {@code คน}
     */
    public String thai() {
        return thai;
    }
}
