package io.github.krongkan.indicator;

/** How measurements of shorter periods make the value of a longer one. */
public enum Accumulation {
    /**
     * Cumulative (สะสม): each measurement is the state so far, so a year's value is its last
     * period's; e.g. cumulative quarterly targets 40 / 55 / 70 / 100.
     */
    CUMULATIVE("สะสม"),
    /** Per period (รายงวด): each measurement counts its own period only, so a year's value is their sum. */
    PER_PERIOD("รายงวด");

    private final String thai;

    Accumulation(String thai) {
        this.thai = thai;
    }

    /**
     * The Thai term.
     *
     * @return e.g. {@code สะสม}
     */
    public String thai() {
        return thai;
    }
}
