package io.github.krongkan.indicator;

/** The type of an indicator (ประเภทตัวชี้วัด). */
public enum IndicatorType {
    /** Output (ผลผลิต): what the project produces, e.g. schools that held an exhibition. */
    OUTPUT("ผลผลิต"),
    /** Outcome (ผลลัพธ์): the change it brings, e.g. stronger school networks. */
    OUTCOME("ผลลัพธ์"),
    /** Impact (ผลกระทบ): the longer-term effect. */
    IMPACT("ผลกระทบ"),
    /** Routine (งานประจำ): a BMA routine-work indicator. */
    ROUTINE("งานประจำ");

    private final String thai;

    IndicatorType(String thai) {
        this.thai = thai;
    }

    /**
     * The Thai term.
     *
     * @return e.g. {@code ผลผลิต}
     */
    public String thai() {
        return thai;
    }
}
