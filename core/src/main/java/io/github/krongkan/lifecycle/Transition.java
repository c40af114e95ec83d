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
     * Who did it. A document may leave it out (an unsigned approval line); a {@link Workflow}
     * refuses such an approval, endorsement, return or withdrawal ({@link
     * RefusalKind#ACTOR_REQUIRED}).
     *
     * @return the actor, if the document names one
     */
    public abstract Optional<Actor> actor();

    /**
     * When, as the document gives it.
     *
     * @return the date
     */
    public abstract LocalDate date();

    /**
     * The date exactly as the document writes it (e.g. {@code 29 พ.ย. 2563}), kept next to {@link
     * #date()}.
     *
     * @return the written date, if kept
     */
    public abstract Optional<String> dateAsWritten();

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
     * The number of the {@link Version} of a {@link ProjectRecord} the action concerns: the version
     * proposed, endorsed, approved or, for {@link Action#APPROVE_REVISION}, the revision approved.
     *
     * @return the version number, if given
     */
    public abstract Optional<Integer> version();

    /**
     * The stage this transition leads to.
     *
     * @return {@code action().target()}; empty for {@link Action#APPROVE_REVISION}
     */
    public Optional<Stage> target() {
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
     * <p><b>Required:</b> {@link Transition#action() action}, {@link Transition#date() date}.
     * Actor, written date, level, reason and version are optional.
     */
    public static final class Builder extends ImmutableTransition.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        reason().ifPresent(r -> Require.notBlank(r, "Transition reason"));
        dateAsWritten().ifPresent(d -> Require.notBlank(d, "Transition dateAsWritten"));
        version().ifPresent(v -> {
            if (v < 1) {
                throw new IllegalArgumentException("Transition version must be 1 or more but was " + v);
            }
        });
    }
}
