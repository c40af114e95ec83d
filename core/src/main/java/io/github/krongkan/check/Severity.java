package io.github.krongkan.check;

/** How serious a finding is. */
public enum Severity {
    /** Something is wrong: a sum that does not add up, an impossible value (ข้อผิดพลาด). */
    ERROR("ข้อผิดพลาด"),
    /** Something is probably wrong or needs a look (คำเตือน). */
    WARNING("คำเตือน"),
    /** Worth knowing, not wrong (ข้อสังเกต). */
    INFO("ข้อสังเกต");

    private final String thai;

    Severity(String thai) {
        this.thai = thai;
    }

    /**
     * The Thai term for this severity.
     *
     * @return e.g. {@code คำเตือน} for {@link #WARNING}
     */
    public String thai() {
        return thai;
    }
}
