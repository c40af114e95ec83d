package io.github.krongkan.lifecycle;

import java.util.Objects;

/**
 * The result of {@link Workflow#apply}: the history with the transition, or a refusal and the
 * history unchanged.
 */
public sealed interface Outcome {
    /**
     * The history after this outcome: the longer one if accepted, the unchanged one if refused.
     *
     * @return the history
     */
    History history();

    /**
     * Whether the transition was accepted.
     *
     * @return true for {@link Accepted}
     */
    default boolean accepted() {
        return this instanceof Accepted;
    }

    /**
     * The transition was accepted.
     *
     * @param history the history ending with the transition
     */
    record Accepted(History history) implements Outcome {
        /**
         * An accepted outcome.
         *
         * @param history the new history
         */
        public Accepted {
            Objects.requireNonNull(history, "history");
        }
    }

    /**
     * The transition was refused.
     *
     * @param history the history as it was before
     * @param refusal why
     */
    record Refused(History history, Refusal refusal) implements Outcome {
        /**
         * A refused outcome.
         *
         * @param history the unchanged history
         * @param refusal why
         */
        public Refused {
            Objects.requireNonNull(history, "history");
            Objects.requireNonNull(refusal, "refusal");
        }
    }
}
