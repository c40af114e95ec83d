package io.github.krongkan.budget;

/** What a ledger entry records. */
public enum LedgerEntryKind {
    /** Cash paid out (เบิกจ่าย). */
    DISBURSEMENT("เบิกจ่าย"),
    /**
     * An obligation not yet paid (ก่อหนี้ผูกพัน), such as a signed purchase order: counted in spending
     * (ใช้จ่าย) but not in disbursement. When it is paid, record the payment as a disbursement and
     * remove the obligation.
     */
    OBLIGATION("ก่อหนี้ผูกพัน"),
    /** Money returned (ส่งคืน), e.g. by a network that did not spend its share. */
    RETURN("ส่งคืน");

    private final String thai;

    LedgerEntryKind(String thai) {
        this.thai = thai;
    }

    /**
     * The Thai term.
     *
     * @return e.g. {@code เบิกจ่าย}
     */
    public String thai() {
        return thai;
    }
}
