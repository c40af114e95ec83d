package io.github.krongkan.indicator;

/** Whether an indicator's value meets its target, or why that cannot be said. */
public enum Achievement {
    /** The value meets the target (บรรลุเป้าหมาย). */
    MET("บรรลุเป้าหมาย"),
    /** The value does not meet the target (ไม่บรรลุเป้าหมาย). */
    NOT_MET("ไม่บรรลุเป้าหมาย"),
    /** There is no value: a raw value is missing or a divisor is zero. */
    NO_VALUE("ไม่มีผลการดำเนินงาน"),
    /** There is a value but no target for its period. */
    NO_TARGET("ไม่มีค่าเป้าหมาย"),
    /** There is a value and a target but the indicator states no direction (ไม่น้อยกว่า, ไม่เกิน…). */
    NO_DIRECTION("ไม่ระบุทิศทางของค่าเป้าหมาย");

    private final String thai;

    Achievement(String thai) {
        this.thai = thai;
    }

    /**
     * The Thai words.
     *
     * @return e.g. {@code บรรลุเป้าหมาย}
     */
    public String thai() {
        return thai;
    }
}
