package io.github.krongkan.lifecycle;

import io.github.krongkan.diff.Change;
import io.github.krongkan.document.DocumentPath;
import java.util.List;
import java.util.Objects;

/**
 * The result of {@link Lock#check}: the change may be made on the approved version ({@link
 * Allowed}), or it touches locked sections and needs a revision ({@link NeedsRevision}).
 */
public sealed interface LockCheck {
    /**
     * The changes the lock lets through on the approved version (reports, ledger entries, status,
     * what actually happened).
     *
     * @return the allowed changes, possibly empty
     */
    List<Change> allowedChanges();

    /**
     * The changes that need a revision.
     *
     * @return the locked changes, empty for {@link Allowed}
     */
    List<LockedChange> lockedChanges();

    /**
     * Whether the change may be made on the approved version.
     *
     * @return true for {@link Allowed}
     */
    default boolean allowed() {
        return this instanceof Allowed;
    }

    /**
     * The pointers of the locked changes, in the order of the diff.
     *
     * @return the pointers, empty for {@link Allowed}
     */
    default List<DocumentPath> lockedPaths() {
        return lockedChanges().stream().map(LockedChange::path).toList();
    }

    /**
     * Every change may be made on the approved version.
     *
     * @param allowedChanges the changes, possibly empty
     */
    record Allowed(List<Change> allowedChanges) implements LockCheck {
        /**
         * An allowed result.
         *
         * @param allowedChanges the changes
         */
        public Allowed {
            allowedChanges = List.copyOf(allowedChanges);
        }

        @Override
        public List<LockedChange> lockedChanges() {
            return List.of();
        }
    }

    /**
     * At least one change touches a locked section: the change needs a new version with a reason
     * and its own approval (a revision, งบประมาณที่ปรับปรุง).
     *
     * @param lockedChanges  the changes to locked sections, never empty
     * @param allowedChanges the other changes, which alone would have been allowed
     */
    record NeedsRevision(List<LockedChange> lockedChanges, List<Change> allowedChanges) implements LockCheck {
        /**
         * A result that needs a revision.
         *
         * @param lockedChanges  the locked changes
         * @param allowedChanges the allowed ones
         * @throws IllegalArgumentException when there is no locked change
         */
        public NeedsRevision {
            Objects.requireNonNull(lockedChanges, "lockedChanges");
            lockedChanges = List.copyOf(lockedChanges);
            allowedChanges = List.copyOf(allowedChanges);
            if (lockedChanges.isEmpty()) {
                throw new IllegalArgumentException("a revision is needed only for at least one locked change");
            }
        }
    }
}
