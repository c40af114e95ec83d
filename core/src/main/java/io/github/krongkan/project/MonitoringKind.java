package io.github.krongkan.project;

/** Whether a {@link MonitoringItem} follows the work as it goes or judges its results. */
public enum MonitoringKind {
    /** Following progress while the work runs (การติดตาม, การติดตามความก้าวหน้า). */
    MONITORING("การติดตาม"),
    /** Judging the results (การประเมินผล), including the analysis of what was measured. */
    EVALUATION("การประเมินผล");

    private final String thai;

    MonitoringKind(String thai) {
        this.thai = thai;
    }

    /**
     * The Thai term.
     *
     * @return e.g. {@code การประเมินผล}
     */
    public String thai() {
        return thai;
    }
}
