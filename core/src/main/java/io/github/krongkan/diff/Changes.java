package io.github.krongkan.diff;

import io.github.krongkan.document.DocumentPath;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The changes of a diff while it is applied: found by the pointer a {@link Node} is at, each taken
 * once, with the checks that the old value is the one the change expects. Also the one place where
 * the values of changes, which are plain objects, are cast back to the model's types.
 */
final class Changes {
    private final List<Change> all;
    private final Map<DocumentPath, Change> byBefore = new HashMap<>();
    private final Map<DocumentPath, Change> addedByAfter = new HashMap<>();
    private final Set<Change> taken = Collections.newSetFromMap(new IdentityHashMap<>());

    Changes(List<Change> changes) {
        this.all = List.copyOf(changes);
        for (Change c : all) {
            Map<DocumentPath, Change> index = c.kind() == ChangeKind.ADDED ? addedByAfter : byBefore;
            DocumentPath at = c.kind() == ChangeKind.ADDED
                    ? c.afterPath().orElseThrow()
                    : c.beforePath().orElseThrow();
            if (index.putIfAbsent(at, c) != null) {
                throw new IllegalStateException("two changes at " + at + ": " + index.get(at) + "; " + c);
            }
        }
    }

    /** The change that removes the value at {@code beforeAt}, checked against {@code found}. */
    boolean removes(DocumentPath beforeAt, Object found) {
        Change c = byBefore.get(beforeAt);
        if (c == null || c.kind() != ChangeKind.REMOVED) {
            return false;
        }
        take(c);
        checkBefore(c, found);
        return true;
    }

    /**
     * The change that changes the value at {@code beforeAt} into one at {@code afterAt}, checked
     * against {@code found}.
     */
    Optional<Change> changes(DocumentPath beforeAt, DocumentPath afterAt, Object found) {
        Change c = byBefore.get(beforeAt);
        if (c == null || c.kind() != ChangeKind.CHANGED) {
            return Optional.empty();
        }
        take(c);
        checkBefore(c, found);
        DocumentPath expected = c.afterPath().orElseThrow();
        if (!expected.equals(afterAt)) {
            throw new DiffMismatchException(
                    beforeAt,
                    "the change puts the new value at " + expected + " but in this project it would be at " + afterAt);
        }
        return Optional.of(c);
    }

    /** The value added at {@code afterAt}, if a change adds one there. */
    <V> Optional<V> added(DocumentPath afterAt) {
        Change c = addedByAfter.get(afterAt);
        if (c == null) {
            return Optional.empty();
        }
        take(c);
        return Optional.of(after(c));
    }

    /**
     * Refuses a value that the project has where the diff adds one: the old version had none
     * there.
     */
    void refuseAddedOver(DocumentPath afterAt, Object found) {
        Change c = addedByAfter.get(afterAt);
        if (c != null) {
            throw new DiffMismatchException(
                    afterAt,
                    "expected no value before the change (which adds "
                            + c.afterText().orElseThrow() + "), found " + ValueText.of(found));
        }
    }

    /**
     * Refuses every change that no node took: its place is not in the project, so the project is
     * not the version the diff was made from.
     */
    void requireAllTaken() {
        for (Change c : all) {
            if (taken.contains(c)) {
                continue;
            }
            if (c.kind() == ChangeKind.ADDED) {
                throw new DiffMismatchException(
                        c.afterPath().orElseThrow(),
                        "the change adds " + c.afterText().orElseThrow()
                                + " but the project has no such place before the change");
            }
            throw new DiffMismatchException(
                    c.beforePath().orElseThrow(),
                    "expected " + c.beforeText().orElseThrow() + " before the change, found nothing there");
        }
    }

    /** The new value of a change, as the type of the node that takes it. */
    // The node at a change's pointer made the change from a value of type V: the one unchecked cast.
    @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
    static <V> V after(Change c) {
        return (V) c.after().orElseThrow();
    }

    private void take(Change c) {
        taken.add(c);
    }

    private static void checkBefore(Change c, Object found) {
        Object expected = c.before().orElseThrow();
        if (!expected.equals(found)) {
            throw new DiffMismatchException(
                    c.beforePath().orElseThrow(),
                    "expected " + ValueText.of(expected) + " before the change, found " + ValueText.of(found));
        }
    }
}
