package io.github.krongkan.project;

/**
 * Where a project stands in its life cycle.
 */
public enum ProjectStatus {
    /** Being written; not yet proposed (ร่าง). */
    DRAFT("ร่าง"),
    /** Proposed for approval (เสนอขออนุมัติ). */
    PROPOSED("เสนอขออนุมัติ"),
    /** Approved (อนุมัติแล้ว), not yet started. */
    APPROVED("อนุมัติแล้ว"),
    /** Being carried out (อยู่ระหว่างดำเนินการ). */
    IN_PROGRESS("อยู่ระหว่างดำเนินการ"),
    /** Slowed down or put on hold (ชะลอ). */
    DELAYED("ชะลอ"),
    /** Cancelled (ยกเลิก). */
    CANCELLED("ยกเลิก"),
    /** Completed (ดำเนินการแล้วเสร็จ). */
    COMPLETED("ดำเนินการแล้วเสร็จ");

    private final String thai;

    ProjectStatus(String thai) {
        this.thai = thai;
    }

    /**
     * The Thai term for this status.
     *
     * @return e.g. {@code ยกเลิก} for {@link #CANCELLED}
     */
    public String thai() {
        return thai;
    }
}
