package io.github.krongkan.lifecycle;

import java.util.Objects;

/**
 * One move a {@link Workflow} allows: an action taken from a stage. The stage it leads to is the
 * action's {@link Action#target() target}, or the same stage for an action without one.
 *
 * @param from the stage the project must be in
 * @param action the action taken
 */
public record Move(Stage from, Action action) {
    /**
     * A move.
     *
     * @param from the stage the project must be in
     * @param action the action taken
     */
    public Move {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(action, "action");
    }

    /**
     * The stage this move leads to.
     *
     * @return {@code action().target()}, or {@link #from()} when the action has no target
     */
    public Stage to() {
        return action.target().orElse(from);
    }
}
