package io.github.krongkan.lifecycle;

import io.github.krongkan.diff.Change;
import io.github.krongkan.document.DocumentPath;
import java.util.Objects;

/**
 * A change that touches a locked section of an approved version (ส่วนที่ล็อกหลังอนุมัติ), with
 * the reason in English and Thai why it needs a revision.
 *
 * @param change  the change, as {@link io.github.krongkan.diff.ProjectDiff} gives it
 * @param section the top-level member it touches, such as {@code budget}
 * @param english why it needs a revision, in English
 * @param thai    why it needs a revision, in Thai
 */
public record LockedChange(Change change, String section, String english, String thai) {
    /**
     * Checks that nothing is missing.
     *
     * @throws NullPointerException when a component is null
     */
    public LockedChange {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(thai, "thai");
    }

    /**
     * Where the change is: its pointer in the changed document, or in the approved one for a
     * removed value.
     *
     * @return the JSON pointer
     */
    public DocumentPath path() {
        return change.path();
    }

    /**
     * The change and its reason in English, such as {@code /budget/activities/0/lines/0/statedAmount:
     * the budget is locked ...}.
     *
     * @return the line
     */
    @Override
    public String toString() {
        return path() + ": " + english;
    }
}
