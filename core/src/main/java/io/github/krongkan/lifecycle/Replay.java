package io.github.krongkan.lifecycle;

import java.util.Objects;

/**
 * The result of {@link Workflow#replay}: the whole history, or the history up to the first refused
 * transition with its index and refusal.
 */
public sealed interface Replay {
    /**
     * The history of the accepted transitions: all of them, or those before the first refusal.
     *
     * @return the history
     */
    History history();

    /**
     * Every transition was accepted.
     *
     * @param history the history of all the transitions
     */
    record Replayed(History history) implements Replay {
        /**
         * A complete replay.
         *
         * @param history the history
         */
        public Replayed {
            Objects.requireNonNull(history, "history");
        }
    }

    /**
     * A transition was refused; those after it were not tried.
     *
     * @param history the history before the refused transition
     * @param index the 0-based index of the refused transition in the list replayed
     * @param refusal why it was refused
     */
    record Stopped(History history, int index, Refusal refusal) implements Replay {
        /**
         * A replay stopped by a refusal.
         *
         * @param history the history before the refused transition
         * @param index the index of the refused transition, not negative
         * @param refusal why
         */
        public Stopped {
            Objects.requireNonNull(history, "history");
            Objects.requireNonNull(refusal, "refusal");
            if (index < 0) {
                throw new IllegalArgumentException("Replay index must not be negative: " + index);
            }
        }
    }
}
