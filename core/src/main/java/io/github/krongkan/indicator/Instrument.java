package io.github.krongkan.indicator;

/** The instrument an indicator is measured with (เครื่องมือในการวัด). */
public enum Instrument {
    /** Questionnaire (แบบสอบถาม). */
    QUESTIONNAIRE("แบบสอบถาม"),
    /** Supervision and follow-up (การนิเทศ ติดตาม). */
    SUPERVISION("การนิเทศ"),
    /** Observation form (แบบสังเกต). */
    OBSERVATION("แบบสังเกต"),
    /** Interview (แบบสัมภาษณ์). */
    INTERVIEW("แบบสัมภาษณ์"),
    /** Test (แบบทดสอบ). */
    TEST("แบบทดสอบ"),
    /** Record form (แบบบันทึก). */
    RECORD("แบบบันทึก"),
    /** Report (รายงาน). */
    REPORT("รายงาน"),
    /** Another instrument, named in {@link Indicator#instrumentText()}. */
    OTHER("อื่น ๆ");

    private final String thai;

    Instrument(String thai) {
        this.thai = thai;
    }

    /**
     * The Thai term.
     *
     * @return e.g. {@code แบบสอบถาม}
     */
    public String thai() {
        return thai;
    }
}
