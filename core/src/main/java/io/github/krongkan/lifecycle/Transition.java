package io.github.krongkan.lifecycle;

import io.github.krongkan.internal.Require;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** One step in the life of a project: an action, who took it, when, at which level and why. */
@Value.Immutable
public abstract class Transition {
    Transition() {}

    /**
     * What was done.
     *
     * @return the action
     */
    public abstract Action action();

    /**
     * Who did it.
     *
     * @return the actor
     */
    public abstract Actor actor();

    /**
     * When, as the document gives it.
     *
     * @return the date
     */
    public abstract LocalDate date();

    /**
     * The review level acted at; required for {@link Action#ENDORSE}.
     *
     * @return the level, if given
     */
    public abstract Optional<ReviewLevel> level();

    /**
     * Why, e.g. the reason for a return, a delay or a cancellation.
     *
     * @return the reason, if given
     */
    public abstract Optional<String> reason();

    /**
     * The stage this transition leads to.
     *
     * @return {@code action().target()}
     */
    public Stage target() {
        return action().target();
    }

    /**
     * A transition without level or reason.
     *
     * @param action the action
     * @param actor who took it
     * @param date when
     * @return the transition
     */
    public static Transition of(Action action, Actor actor, LocalDate date) {
        return builder().action(action).actor(actor).date(date).build();
    }

    /**
     * A builder for a transition.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Transition}; {@code build()} validates it.
     *
     * <p><b>Required:</b> {@link Transition#action() action}, {@link Transition#actor() actor},
     * {@link Transition#date() date}. Level and reason are optional.
     */
    public static final class Builder extends ImmutableTransition.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        reason().ifPresent(r -> Require.notBlank(r, "Transition reason"));
    }
}
