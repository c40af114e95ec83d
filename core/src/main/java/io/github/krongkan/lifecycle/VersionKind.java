package io.github.krongkan.lifecycle;

/** What a {@link Version} of a project is: a proposal, the approved text, a revision or a result report. */
public enum VersionKind {
    /** The proposal as first written and submitted (ข้อเสนอโครงการ). */
    PROPOSAL("ข้อเสนอโครงการ"),
    /** The text as approved (โครงการที่ได้รับอนุมัติ); locked once approved. */
    APPROVED("โครงการที่ได้รับอนุมัติ"),
    /**
     * A revision of an approved project (โครงการที่ปรับปรุง), such as a revised budget (งบประมาณที่ปรับปรุง);
     * it states its reason and needs its own approval ({@link Action#APPROVE_REVISION}).
     */
    REVISION("โครงการที่ปรับปรุง"),
    /**
     * The report of what was done (รายงานผลการดำเนินงาน): progress, results, problems and
     * suggestions added to the approved text.
     */
    RESULT_REPORT("รายงานผลการดำเนินงาน");

    private final String thai;

    VersionKind(String thai) {
        this.thai = thai;
    }

    /**
     * The Thai term for this kind.
     *
     * @return e.g. {@code รายงานผลการดำเนินงาน} for {@link #RESULT_REPORT}
     */
    public String thai() {
        return thai;
    }
}
