package io.github.krongkan.budget;

/** Where a project's money comes from (แหล่งงบประมาณ), as the forms of the seeds offer it. */
public enum BudgetSourceKind {
    /**
     * The annual appropriation (งบประมาณรายจ่ายประจำปี), including money of an office's annual
     * action plan (แผนปฏิบัติการประจำปี).
     */
    ANNUAL_BUDGET("งบประมาณรายจ่ายประจำปี"),
    /** Money from the Office of the Basic Education Commission (งบประมาณ สพฐ.). */
    OBEC("งบประมาณ สพฐ."),
    /** Money from a local government organisation (อบจ./อบต.). */
    LOCAL_GOVERNMENT("อบจ./อบต."),
    /** Any other source (อื่น ๆ); the text says which. */
    OTHER("อื่น ๆ");

    private final String thai;

    BudgetSourceKind(String thai) {
        this.thai = thai;
    }

    /**
     * The Thai term.
     *
     * @return e.g. {@code งบประมาณรายจ่ายประจำปี}
     */
    public String thai() {
        return thai;
    }
}
