package io.github.krongkan.lifecycle;

import io.github.krongkan.project.ProjectStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The transitions a project went through, in order, as accepted by a {@link Workflow}; its {@link
 * #stage() stage} is derived by replaying them.
 *
 * <p>A history is built only by {@link #empty()} and {@link Workflow#apply} or {@link
 * Workflow#replay}, so every history is one a workflow accepted step by step. It is immutable;
 * accepting a transition gives a new history.
 */
public final class History {
    private static final History EMPTY = new History(Stage.DRAFT, List.of());

    private final Stage initial;
    private final List<Transition> transitions;

    private History(Stage initial, List<Transition> transitions) {
        this.initial = initial;
        this.transitions = transitions;
    }

    /**
     * The history of a project that is still a draft: no transitions.
     *
     * @return the empty history
     */
    public static History empty() {
        return EMPTY;
    }

    /**
     * The history of a project whose record begins mid-life: no transitions yet, the project already
     * in a stage (e.g. a tracking record that starts with the project in progress).
     *
     * @param stage the stage before the first recorded transition
     * @return the history
     * @throws IllegalArgumentException if the stage is {@link Stage#CLOSED}: nothing follows it
     */
    public static History startingAt(Stage stage) {
        Objects.requireNonNull(stage, "stage");
        if (stage == Stage.CLOSED) {
            throw new IllegalArgumentException("a history cannot start closed: nothing follows " + Stage.CLOSED);
        }
        return stage == Stage.DRAFT ? EMPTY : new History(stage, List.of());
    }

    /**
     * The stage before the first transition: {@link Stage#DRAFT} unless the history was started
     * with {@link #startingAt}.
     *
     * @return the initial stage
     */
    public Stage initialStage() {
        return initial;
    }

    /**
     * The transitions, oldest first.
     *
     * @return the transitions, unmodifiable
     */
    public List<Transition> transitions() {
        return transitions;
    }

    /**
     * The latest transition.
     *
     * @return the transition, empty for the empty history
     */
    public Optional<Transition> last() {
        return transitions.isEmpty() ? Optional.empty() : Optional.of(transitions.get(transitions.size() - 1));
    }

    /**
     * The current stage: the target of the latest transition that has one ({@link
     * Action#APPROVE_REVISION} leaves the stage as it is), the {@link #initialStage()} if there is
     * none.
     *
     * @return the stage
     */
    public Stage stage() {
        for (int i = transitions.size() - 1; i >= 0; i--) {
            Optional<Stage> target = transitions.get(i).target();
            if (target.isPresent()) {
                return target.get();
            }
        }
        return initial;
    }

    /**
     * The project status the history gives: that of the {@link #stage() stage}; a closed project
     * keeps the status it was closed in (completed or cancelled); without transitions, that of the
     * {@link #initialStage()}.
     *
     * @return the status
     */
    public ProjectStatus status() {
        for (int i = transitions.size() - 1; i >= 0; i--) {
            Optional<ProjectStatus> status = transitions.get(i).target().flatMap(Stage::status);
            if (status.isPresent()) {
                return status.get();
            }
        }
        return initial.status().orElseThrow();
    }

    /**
     * The date of the latest transition, before which no new transition may be dated.
     *
     * @return the date, empty for the empty history
     */
    public Optional<LocalDate> lastDate() {
        return last().map(Transition::date);
    }

    /**
     * The latest proposal ({@link Action#PROPOSE}).
     *
     * @return the transition, empty if the project was never proposed
     */
    public Optional<Transition> proposal() {
        for (int i = transitions.size() - 1; i >= 0; i--) {
            if (transitions.get(i).action() == Action.PROPOSE) {
                return Optional.of(transitions.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * The review levels that endorsed the latest proposal, in the order they did; a new proposal (after
     * a return or a withdrawal) starts the list again.
     *
     * @return the levels
     */
    public List<ReviewLevel> endorsedLevels() {
        List<ReviewLevel> levels = new ArrayList<>();
        for (Transition t : transitions) {
            if (t.action() == Action.PROPOSE) {
                levels.clear();
            } else if (t.action() == Action.ENDORSE) {
                t.level().ifPresent(levels::add);
            }
        }
        return List.copyOf(levels);
    }

    /** This history with one more transition; only {@link Workflow} calls it, after its checks. */
    History with(Transition transition) {
        List<Transition> longer = new ArrayList<>(transitions);
        longer.add(Objects.requireNonNull(transition, "transition"));
        return new History(initial, List.copyOf(longer));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof History h && initial == h.initial && transitions.equals(h.transitions);
    }

    @Override
    public int hashCode() {
        return initial.hashCode() * 31 + transitions.hashCode();
    }

    @Override
    public String toString() {
        return "History{initial=" + initial + ", stage=" + stage() + ", transitions=" + transitions + "}";
    }
}
