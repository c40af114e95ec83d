package io.github.krongkan.risk;

/**
 * The strategy of a risk response (แนวทางการบริหารความเสี่ยง), the "4T" of risk management.
 * The response's own words are kept in {@link Risk#responseText()}.
 */
public enum RiskResponse {
    /** Accept the risk (Take, ยอมรับ). */
    ACCEPT("ยอมรับ"),
    /** Reduce or control it (Treat, ลด / ควบคุม). */
    REDUCE("ลด/ควบคุม"),
    /** Transfer or spread it (Transfer, ถ่ายโอน / กระจาย). */
    TRANSFER("ถ่ายโอน/กระจาย"),
    /** Avoid it, e.g. by cancelling the activity (Terminate, หลีกเลี่ยง / ยกเลิกกิจกรรม). */
    AVOID("หลีกเลี่ยง/ยกเลิกกิจกรรม");

    private final String thai;

    RiskResponse(String thai) {
        this.thai = thai;
    }

    /**
     * The Thai term.
     *
     * @return e.g. {@code ยอมรับ} for {@link #ACCEPT}
     */
    public String thai() {
        return thai;
    }

    /**
     * The "4T" name of the strategy.
     *
     * @return {@code take}, {@code treat}, {@code transfer} or {@code terminate}
     */
    public String fourT() {
        return switch (this) {
            case ACCEPT -> "take";
            case REDUCE -> "treat";
            case TRANSFER -> "transfer";
            case AVOID -> "terminate";
        };
    }
}
