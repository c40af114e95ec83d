package io.github.krongkan.diff;

import io.github.krongkan.document.DocumentPath;
import java.util.Objects;
import java.util.Optional;

/**
 * One change between two versions of a project: where it is, what was there before and what is
 * there after.
 *
 * <p>A value has a place in each version it is in: {@link #beforePath()} is its JSON pointer in
 * the old document, {@link #afterPath()} in the new one. The two differ when a list item kept its
 * number but moved (an objective inserted before it). An {@link ChangeKind#ADDED added} value has
 * only an after path and value, a {@link ChangeKind#REMOVED removed} one only a before path and
 * value, a {@link ChangeKind#CHANGED changed} one both.
 *
 * <p>The values are the model's own values ({@code Baht}, {@code String}, {@code LocalDate}, enum
 * constants, whole model objects such as an {@code Objective} for an added item, lists for lists
 * compared as a whole); {@link #beforeText()} and {@link #afterText()} show them as text.
 *
 * @param kind       added, removed or changed
 * @param beforePath the pointer in the old document, absent for an added value
 * @param afterPath  the pointer in the new document, absent for a removed value
 * @param before     the old value, absent for an added value
 * @param after      the new value, absent for a removed value
 */
public record Change(
        ChangeKind kind,
        Optional<DocumentPath> beforePath,
        Optional<DocumentPath> afterPath,
        Optional<Object> before,
        Optional<Object> after) {

    /**
     * Checks that the paths and values fit the kind.
     *
     * @throws IllegalArgumentException when a path or value is missing or one too many
     */
    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(beforePath, "beforePath");
        Objects.requireNonNull(afterPath, "afterPath");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        boolean hasBefore = kind != ChangeKind.ADDED;
        boolean hasAfter = kind != ChangeKind.REMOVED;
        if (beforePath.isPresent() != hasBefore || before.isPresent() != hasBefore) {
            throw new IllegalArgumentException(
                    "a change of kind " + kind + (hasBefore ? " needs a" : " has no") + " before path and value");
        }
        if (afterPath.isPresent() != hasAfter || after.isPresent() != hasAfter) {
            throw new IllegalArgumentException(
                    "a change of kind " + kind + (hasAfter ? " needs an" : " has no") + " after path and value");
        }
    }

    /**
     * A value that is in the new version only.
     *
     * @param at    its pointer in the new document
     * @param value the value
     * @return the change
     */
    public static Change added(DocumentPath at, Object value) {
        return new Change(ChangeKind.ADDED, Optional.empty(), Optional.of(at), Optional.empty(), Optional.of(value));
    }

    /**
     * A value that is in the old version only.
     *
     * @param at    its pointer in the old document
     * @param value the value
     * @return the change
     */
    public static Change removed(DocumentPath at, Object value) {
        return new Change(ChangeKind.REMOVED, Optional.of(at), Optional.empty(), Optional.of(value), Optional.empty());
    }

    /**
     * A value that differs between the versions.
     *
     * @param beforeAt its pointer in the old document
     * @param afterAt  its pointer in the new document
     * @param before   the old value
     * @param after    the new value
     * @return the change
     */
    public static Change changed(DocumentPath beforeAt, DocumentPath afterAt, Object before, Object after) {
        return new Change(
                ChangeKind.CHANGED,
                Optional.of(beforeAt),
                Optional.of(afterAt),
                Optional.of(before),
                Optional.of(after));
    }

    /**
     * Where the change is: the pointer in the new document, or in the old one for a removed value.
     *
     * @return the pointer
     */
    public DocumentPath path() {
        return afterPath.or(() -> beforePath).orElseThrow();
    }

    /**
     * The old value as text, as {@link ProjectDiff} shows values.
     *
     * @return the text, absent for an added value
     */
    public Optional<String> beforeText() {
        return before.map(ValueText::of);
    }

    /**
     * The new value as text, as {@link ProjectDiff} shows values.
     *
     * @return the text, absent for a removed value
     */
    public Optional<String> afterText() {
        return after.map(ValueText::of);
    }

    /**
     * The same change seen from the new version to the old one: added and removed swap, and so
     * do the paths and the values.
     *
     * @return the inverse change
     */
    public Change inverse() {
        return new Change(kind.inverse(), afterPath, beforePath, after, before);
    }

    /**
     * The change in English, such as {@code changed /name from "A" to "B"}.
     *
     * @return the description
     */
    public String english() {
        return switch (kind) {
            case ADDED -> "added " + path() + ": " + afterText().orElseThrow();
            case REMOVED -> "removed " + path() + ": " + beforeText().orElseThrow();
            case CHANGED ->
                "changed " + path() + movedFrom(" (was at ") + " from "
                        + beforeText().orElseThrow() + " to " + afterText().orElseThrow();
        };
    }

    /**
     * The change in Thai, such as {@code แก้ไข /name จาก "A" เป็น "B"}.
     *
     * @return the description
     */
    public String thai() {
        return switch (kind) {
            case ADDED -> "เพิ่ม " + path() + ": " + afterText().orElseThrow();
            case REMOVED -> "ลบ " + path() + ": " + beforeText().orElseThrow();
            case CHANGED ->
                "แก้ไข " + path() + movedFrom(" (เดิมอยู่ที่ ") + " จาก "
                        + beforeText().orElseThrow() + " เป็น " + afterText().orElseThrow();
        };
    }

    private String movedFrom(String label) {
        DocumentPath old = beforePath.orElseThrow();
        return old.equals(afterPath.orElseThrow()) ? "" : label + old + ")";
    }

    /**
     * The change as {@link #english()} describes it.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return english();
    }
}
