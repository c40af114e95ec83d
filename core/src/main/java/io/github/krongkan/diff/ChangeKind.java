package io.github.krongkan.diff;

/** What happened to a value between two versions of a project. */
public enum ChangeKind {
    /** The value is in the new version only (เพิ่ม). */
    ADDED("added", "เพิ่ม"),
    /** The value is in the old version only (ลบ). */
    REMOVED("removed", "ลบ"),
    /** The value is in both versions and differs (แก้ไข). */
    CHANGED("changed", "แก้ไข");

    private final String english;
    private final String thai;

    ChangeKind(String english, String thai) {
        this.english = english;
        this.thai = thai;
    }

    /**
     * The English verb, such as {@code changed}.
     *
     * @return the verb
     */
    public String english() {
        return english;
    }

    /**
     * The Thai verb, such as {@code แก้ไข}.
     *
     * @return the verb
     */
    public String thai() {
        return thai;
    }

    /**
     * The kind of the same change seen from the new version to the old one.
     *
     * @return {@code REMOVED} for {@code ADDED}, {@code ADDED} for {@code REMOVED}, else this
     */
    public ChangeKind inverse() {
        return switch (this) {
            case ADDED -> REMOVED;
            case REMOVED -> ADDED;
            case CHANGED -> CHANGED;
        };
    }
}
