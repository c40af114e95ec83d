package io.github.krongkan.lifecycle;

import io.github.krongkan.check.ProjectCheck;
import io.github.krongkan.internal.Require;
import io.github.krongkan.project.Project;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A workflow definition as data: which {@link Move moves} exist from which stage, the review levels
 * a proposal must be endorsed at before approval, the level that approves, the actions that need a
 * reason and the {@link Guard guards}; and the pure functions {@link #apply} and {@link #replay}
 * that enforce it.
 *
 * <p>{@link #apply} checks, in this order, and refuses with the first failure: the move exists from
 * the current stage ({@link RefusalKind#WRONG_STAGE}); the date is not before the previous step
 * ({@link RefusalKind#DATE_BEFORE_PREVIOUS}); an endorsement, return, approval, approval of a
 * revision or withdrawal says who took it ({@link RefusalKind#ACTOR_REQUIRED}); a reason is given
 * where one is required ({@link
 * RefusalKind#REASON_REQUIRED}); an endorsement names a level of the workflow, not yet endorsed,
 * after the levels before it ({@link RefusalKind#LEVEL_REQUIRED}, {@link RefusalKind#WRONG_LEVEL},
 * {@link RefusalKind#LEVEL_ALREADY_ENDORSED}, {@link RefusalKind#MISSING_LEVEL}); an approval
 * follows every required endorsement, at the approval level if it names one, by someone other than
 * the proposer ({@link RefusalKind#MISSING_LEVEL}, {@link RefusalKind#WRONG_LEVEL}, {@link
 * RefusalKind#APPROVER_IS_PROPOSER}); then the guards in order ({@link RefusalKind#GUARD}).
 *
 * <pre>{@code
 * Workflow workflow = Workflow.bma();
 * Outcome outcome = workflow.apply(project, History.empty(), Transition.of(Action.PROPOSE, proposer, date));
 * if (outcome instanceof Outcome.Refused refused) {
 *     System.out.println(refused.refusal().message());
 * }
 * }</pre>
 *
 * <p>To change a default, copy it: {@code Workflow.builder().from(Workflow.bma()).guards(List.of()).build()}.
 */
@Value.Immutable
public abstract class Workflow {
    private static final Set<Action> ACTOR_REQUIRED =
            EnumSet.of(Action.ENDORSE, Action.RETURN, Action.APPROVE, Action.APPROVE_REVISION, Action.WITHDRAW);

    Workflow() {}

    /**
     * A short name for the workflow, e.g. {@code bma}.
     *
     * @return the name, never blank
     */
    public abstract String name();

    /**
     * The moves the workflow allows, each an action from a stage.
     *
     * @return the moves, without duplicates
     */
    public abstract List<Move> moves();

    /**
     * The review levels a proposal must be endorsed at before approval, in the order they endorse.
     *
     * @return the levels, without duplicates; empty if the approver decides alone
     */
    public abstract List<ReviewLevel> endorsementLevels();

    /**
     * The level that approves; an approval that names another level is refused.
     *
     * @return the level, if the workflow fixes one
     */
    public abstract Optional<ReviewLevel> approvalLevel();

    /**
     * The actions that must give a reason.
     *
     * @return the actions
     */
    public abstract Set<Action> reasonRequired();

    /**
     * The guards, checked in order after the workflow's own checks.
     *
     * @return the guards
     */
    public abstract List<Guard> guards();

    /**
     * The moves of the life of a project shared by the defaults: draft → proposed → endorsed (at
     * one or more levels) → approved → in progress ⇄ delayed → completed | cancelled → closed; a
     * proposal under review may be returned for revision and proposed again; an approval may be
     * withdrawn while the work has not ended, and the project then proposed again; a project not
     * yet under review or already approved may be cancelled.
     *
     * @return the moves
     */
    public static List<Move> standardMoves() {
        return List.of(
                new Move(Stage.DRAFT, Action.PROPOSE),
                new Move(Stage.DRAFT, Action.CANCEL),
                new Move(Stage.PROPOSED, Action.ENDORSE),
                new Move(Stage.PROPOSED, Action.RETURN),
                new Move(Stage.PROPOSED, Action.APPROVE),
                new Move(Stage.ENDORSED, Action.ENDORSE),
                new Move(Stage.ENDORSED, Action.RETURN),
                new Move(Stage.ENDORSED, Action.APPROVE),
                new Move(Stage.RETURNED, Action.PROPOSE),
                new Move(Stage.RETURNED, Action.CANCEL),
                new Move(Stage.APPROVED, Action.START),
                new Move(Stage.APPROVED, Action.APPROVE_REVISION),
                new Move(Stage.IN_PROGRESS, Action.APPROVE_REVISION),
                new Move(Stage.DELAYED, Action.APPROVE_REVISION),
                new Move(Stage.APPROVED, Action.WITHDRAW),
                new Move(Stage.APPROVED, Action.CANCEL),
                new Move(Stage.WITHDRAWN, Action.PROPOSE),
                new Move(Stage.WITHDRAWN, Action.CANCEL),
                new Move(Stage.IN_PROGRESS, Action.DELAY),
                new Move(Stage.IN_PROGRESS, Action.COMPLETE),
                new Move(Stage.IN_PROGRESS, Action.CANCEL),
                new Move(Stage.IN_PROGRESS, Action.WITHDRAW),
                new Move(Stage.DELAYED, Action.RESUME),
                new Move(Stage.DELAYED, Action.CANCEL),
                new Move(Stage.DELAYED, Action.WITHDRAW),
                new Move(Stage.COMPLETED, Action.CLOSE),
                new Move(Stage.CANCELLED, Action.CLOSE));
    }

    /**
     * The actions that need a reason in the defaults: return, withdrawal, delay and cancellation.
     *
     * @return the actions
     */
    public static Set<Action> standardReasonRequired() {
        return EnumSet.of(Action.RETURN, Action.WITHDRAW, Action.DELAY, Action.CANCEL);
    }

    /**
     * The default for a Bangkok (BMA) district office: a school network or the district's education
     * section (ฝ่ายการศึกษา) proposes, the district director (ผู้อำนวยการเขต) endorses at {@link
     * ReviewLevel#DISTRICT_OFFICE}, and the Education Department (สำนักการศึกษา) approves at {@link
     * ReviewLevel#DEPARTMENT}. The standard moves and reasons; approval refused while {@link
     * ProjectCheck#standard()} finds errors.
     *
     * @return the workflow
     */
    public static Workflow bma() {
        return builder()
                .name("bma")
                .addAllMoves(standardMoves())
                .addEndorsementLevels(ReviewLevel.DISTRICT_OFFICE)
                .approvalLevel(ReviewLevel.DEPARTMENT)
                .addAllReasonRequired(standardReasonRequired())
                .addGuards(Guard.noErrorsBeforeApproval(ProjectCheck.standard()))
                .build();
    }

    /**
     * The default for an OBEC primary-education area office (สพป.): a group of the office proposes
     * within the annual action plan, the policy and planning group (กลุ่มนโยบายและแผน) checks it at
     * {@link ReviewLevel#AREA_OFFICE}, and the area director (ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา)
     * approves at the same level. The standard moves and reasons; approval refused while {@link
     * ProjectCheck#standard()} finds errors.
     *
     * @return the workflow
     */
    public static Workflow obec() {
        return builder()
                .name("obec")
                .addAllMoves(standardMoves())
                .addEndorsementLevels(ReviewLevel.AREA_OFFICE)
                .approvalLevel(ReviewLevel.AREA_OFFICE)
                .addAllReasonRequired(standardReasonRequired())
                .addGuards(Guard.noErrorsBeforeApproval(ProjectCheck.standard()))
                .build();
    }

    /**
     * A default workflow by its name, as a record document names it.
     *
     * @param name {@code bma} or {@code obec}
     * @return the workflow
     * @throws IllegalArgumentException if no default has that name
     */
    public static Workflow named(String name) {
        Objects.requireNonNull(name, "name");
        return switch (name) {
            case "bma" -> bma();
            case "obec" -> obec();
            default ->
                throw new IllegalArgumentException(
                        "no default workflow is named \"" + name + "\"; the defaults are bma and obec");
        };
    }

    /**
     * The actions this workflow allows from a stage, in the order of {@link #moves()}.
     *
     * @param stage the stage
     * @return the actions, empty for a final stage
     */
    public List<Action> actionsFrom(Stage stage) {
        Objects.requireNonNull(stage, "stage");
        return moves().stream()
                .filter(m -> m.from() == stage)
                .map(Move::action)
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Applies one transition to a history.
     *
     * @param project the project the history is of, seen by the guards
     * @param history the history so far
     * @param transition the transition to apply
     * @return {@link Outcome.Accepted} with the longer history, or {@link Outcome.Refused} with the
     *     history unchanged and the reason
     * @throws NullPointerException if an argument is null
     */
    public Outcome apply(Project project, History history, Transition transition) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(transition, "transition");
        Optional<Refusal> refusal = refusal(project, history, transition);
        return refusal.<Outcome>map(r -> new Outcome.Refused(history, r))
                .orElseGet(() -> new Outcome.Accepted(history.with(transition)));
    }

    /**
     * Replays transitions from the empty history.
     *
     * @param project the project, seen by the guards
     * @param transitions the transitions, oldest first
     * @return {@link Replay.Replayed} with the whole history, or {@link Replay.Stopped} with the
     *     history before the first refused transition, its index and the refusal
     * @throws NullPointerException if an argument or a transition is null
     */
    public Replay replay(Project project, List<Transition> transitions) {
        Objects.requireNonNull(project, "project");
        History history = History.empty();
        for (int i = 0; i < transitions.size(); i++) {
            Outcome outcome = apply(project, history, transitions.get(i));
            if (outcome instanceof Outcome.Refused refused) {
                return new Replay.Stopped(history, i, refused.refusal());
            }
            history = outcome.history();
        }
        return new Replay.Replayed(history);
    }

    private Optional<Refusal> refusal(Project project, History history, Transition t) {
        Stage stage = history.stage();
        if (!moves().contains(new Move(stage, t.action()))) {
            return refuse(
                    RefusalKind.WRONG_STAGE,
                    "cannot " + word(t.action()) + " a project that is " + word(stage) + "; allowed: "
                            + actionsFrom(stage).stream().map(Workflow::word).collect(Collectors.joining(", ")),
                    "ไม่สามารถ" + t.action().thai() + "ได้ เนื่องจากโครงการอยู่ในขั้น " + stage.thai());
        }
        Optional<LocalDate> previous = history.lastDate();
        if (previous.isPresent() && t.date().isBefore(previous.get())) {
            return refuse(
                    RefusalKind.DATE_BEFORE_PREVIOUS,
                    word(t.action()) + " dated " + t.date() + " is before the previous step of " + previous.get(),
                    "วันที่ " + t.date() + " ก่อนขั้นตอนก่อนหน้า (" + previous.get() + ")");
        }
        if (ACTOR_REQUIRED.contains(t.action()) && t.actor().isEmpty()) {
            return refuse(
                    RefusalKind.ACTOR_REQUIRED,
                    word(t.action()) + " must say who took it (name, position)",
                    t.action().thai() + " ต้องระบุผู้ดำเนินการ (ชื่อ ตำแหน่ง)");
        }
        if (reasonRequired().contains(t.action()) && t.reason().isEmpty()) {
            return refuse(
                    RefusalKind.REASON_REQUIRED,
                    word(t.action()) + " needs a reason",
                    t.action().thai() + " ต้องระบุเหตุผล");
        }
        Optional<Refusal> levels = t.action() == Action.ENDORSE
                ? endorsementRefusal(history, t)
                : t.action() == Action.APPROVE ? approvalRefusal(history, t) : Optional.empty();
        if (levels.isPresent()) {
            return levels;
        }
        for (Guard guard : guards()) {
            Optional<Refusal> refused = Objects.requireNonNull(guard.check(project, t), "guard result");
            if (refused.isPresent()) {
                return refused;
            }
        }
        return Optional.empty();
    }

    private Optional<Refusal> endorsementRefusal(History history, Transition t) {
        if (t.level().isEmpty()) {
            return refuse(
                    RefusalKind.LEVEL_REQUIRED,
                    "an endorsement must name its review level",
                    "การให้ความเห็นชอบต้องระบุระดับการพิจารณา");
        }
        ReviewLevel level = t.level().get();
        int index = endorsementLevels().indexOf(level);
        if (index < 0) {
            return refuse(
                    RefusalKind.WRONG_LEVEL,
                    "workflow " + name() + " does not endorse at " + word(level) + "; it endorses at "
                            + words(endorsementLevels()),
                    "ขั้นตอนนี้ไม่มีการให้ความเห็นชอบระดับ " + level.thai());
        }
        List<ReviewLevel> endorsed = history.endorsedLevels();
        if (endorsed.contains(level)) {
            return refuse(
                    RefusalKind.LEVEL_ALREADY_ENDORSED,
                    "the proposal is already endorsed at " + word(level),
                    "ได้รับความเห็นชอบระดับ " + level.thai() + " แล้ว");
        }
        return missing(endorsementLevels().subList(0, index), endorsed, "endorsement at " + word(level));
    }

    private Optional<Refusal> approvalRefusal(History history, Transition t) {
        Optional<Refusal> missing = missing(endorsementLevels(), history.endorsedLevels(), "approval");
        if (missing.isPresent()) {
            return missing;
        }
        if (t.level().isPresent()
                && approvalLevel().isPresent()
                && t.level().get() != approvalLevel().get()) {
            return refuse(
                    RefusalKind.WRONG_LEVEL,
                    "workflow " + name() + " approves at "
                            + word(approvalLevel().get()) + ", not at "
                            + word(t.level().get()),
                    "ผู้อนุมัติต้องอยู่ระดับ " + approvalLevel().get().thai());
        }
        Optional<Transition> proposal = history.proposal();
        Optional<Actor> proposer = proposal.flatMap(Transition::actor);
        Optional<Actor> approver = t.actor();
        if (proposer.isPresent() && approver.isPresent() && proposer.get().samePersonAs(approver.get())) {
            return refuse(
                    RefusalKind.APPROVER_IS_PROPOSER,
                    "the approver " + approver.get().name() + " proposed the project",
                    "ผู้อนุมัติโครงการ (" + approver.get().name() + ") เป็นผู้เสนอโครงการเอง");
        }
        return Optional.empty();
    }

    private static Optional<Refusal> missing(List<ReviewLevel> required, List<ReviewLevel> endorsed, String what) {
        List<ReviewLevel> missing = new ArrayList<>(required);
        missing.removeAll(endorsed);
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return refuse(
                RefusalKind.MISSING_LEVEL,
                what + " needs the endorsement at " + words(missing) + " first",
                "ยังไม่ได้รับความเห็นชอบระดับ "
                        + missing.stream().map(ReviewLevel::thai).collect(Collectors.joining(", ")));
    }

    private static Optional<Refusal> refuse(RefusalKind kind, String message, String thai) {
        return Optional.of(new Refusal(kind, message, thai));
    }

    private static String word(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String words(List<ReviewLevel> levels) {
        return levels.isEmpty()
                ? "no level"
                : levels.stream().map(Workflow::word).collect(Collectors.joining(", "));
    }

    /**
     * A builder for a workflow.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Workflow}; {@code build()} validates it.
     *
     * <p><b>Required:</b> {@link Workflow#name() name}. Moves, levels, reasons and guards are lists
     * or sets, empty unless added; the approval level is optional.
     */
    public static final class Builder extends ImmutableWorkflow.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Require.notBlank(name(), "Workflow name");
        if (new HashSet<>(moves()).size() != moves().size()) {
            throw new IllegalArgumentException("Workflow moves must not repeat a move: " + moves());
        }
        if (new HashSet<>(endorsementLevels()).size() != endorsementLevels().size()) {
            throw new IllegalArgumentException(
                    "Workflow endorsement levels must not repeat a level: " + endorsementLevels());
        }
    }
}
