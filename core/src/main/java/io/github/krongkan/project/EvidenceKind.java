package io.github.krongkan.project;

/** What an {@link Evidence} reference points at (หลักฐาน): a photo, a document, … */
public enum EvidenceKind {
    /** A photo of an activity (ภาพกิจกรรม / ภาพประกอบ). */
    PHOTO("ภาพถ่าย"),
    /** A reference document (เอกสารอ้างอิง): a proposal, an order, minutes, a report. */
    DOCUMENT("เอกสาร"),
    /** A video recording (วีดิทัศน์). */
    VIDEO("วีดิทัศน์"),
    /** A page on the web (เว็บไซต์). */
    WEB_PAGE("เว็บไซต์"),
    /** Anything else (อื่น ๆ), described by its title. */
    OTHER("อื่น ๆ");

    private final String thai;

    EvidenceKind(String thai) {
        this.thai = thai;
    }

    /**
     * The Thai term.
     *
     * @return e.g. {@code ภาพถ่าย}
     */
    public String thai() {
        return thai;
    }
}
