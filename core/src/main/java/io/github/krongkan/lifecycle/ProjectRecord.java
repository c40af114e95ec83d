package io.github.krongkan.lifecycle;

import io.github.krongkan.internal.Require;
import io.github.krongkan.project.ProjectStatus;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The record of one project over its life (ทะเบียนโครงการ): its {@link Version versions} (proposal,
 * approved text, revisions, result report), the {@link Transition transitions} it went through as
 * the documents state them, and the records of its network sub-projects.
 *
 * <p>A record may begin mid-life: {@link #initialStage()} says the stage the project was already in
 * before its first recorded transition.
 *
 * <p>The history is kept as recorded, not as a {@link Workflow} would accept it: a record read from
 * documents may hold a step the workflow refuses, and the record check reports it. {@link #stage()}
 * and {@link #status()} are derived from the recorded transitions; a record without transitions
 * takes the status its current version states, so a document that only states a status still reads.
 *
 * <p><b>Sub-projects</b> (IATI's parent and child related activities): a district or area-office
 * project funds projects of its school networks, each proposed, approved, funded and reported on its
 * own. They are the {@link #children()}, each naming the parent's network it belongs to by {@link
 * #networkId()}.
 */
@Value.Immutable
public abstract class ProjectRecord {
    ProjectRecord() {}

    /**
     * An identifier of the record, e.g. the project code or a file name; unique among the children
     * of one parent.
     *
     * @return the id, if given
     */
    public abstract Optional<String> id();

    /**
     * The name of the workflow the project follows, {@code bma} or {@code obec} for the defaults
     * ({@link Workflow#named}).
     *
     * @return the workflow name, if given
     */
    public abstract Optional<String> workflow();

    /**
     * For a sub-project: the id of the parent's network (เครือข่ายโรงเรียน) it is the project of.
     *
     * @return the network id, if given
     */
    public abstract Optional<String> networkId();

    /**
     * The stage the project was already in before the first recorded transition, for a record that
     * begins mid-life (a tracking record whose documents start with the project in progress);
     * {@link Stage#DRAFT} when not given. Never {@link Stage#CLOSED}.
     *
     * @return the initial stage, if given
     */
    public abstract Optional<Stage> initialStage();

    /**
     * The versions, oldest first, numbered from 1 upwards.
     *
     * @return the versions, never empty
     */
    public abstract List<Version> versions();

    /**
     * The transitions as the documents state them, oldest first.
     *
     * @return the transitions, possibly empty
     */
    public abstract List<Transition> history();

    /**
     * The records of the network sub-projects this project funds.
     *
     * @return the children, possibly empty
     */
    public abstract List<ProjectRecord> children();

    /**
     * The latest version.
     *
     * @return the last of {@link #versions()}
     */
    public Version current() {
        return versions().get(versions().size() - 1);
    }

    /**
     * The version with a number.
     *
     * @param number the version number
     * @return the version, empty if there is none with that number
     */
    public Optional<Version> version(int number) {
        return versions().stream().filter(v -> v.number() == number).findFirst();
    }

    /**
     * The stage the recorded transitions lead to: the target of the latest transition that has one,
     * else the {@link #initialStage()}; without transitions or initial stage, the stage of the status
     * the current version states.
     *
     * @return the stage
     */
    public Stage stage() {
        for (int i = history().size() - 1; i >= 0; i--) {
            Optional<Stage> target = history().get(i).target();
            if (target.isPresent()) {
                return target.get();
            }
        }
        if (initialStage().isPresent()) {
            return initialStage().get();
        }
        return history().isEmpty() ? Stage.of(current().project().status()) : Stage.DRAFT;
    }

    /**
     * The status derived from the recorded transitions, as {@link History#status()} derives it (a
     * closed project keeps the status it was closed in), else that of the {@link #initialStage()};
     * without transitions or initial stage, the status the current version states.
     *
     * @return the status
     */
    public ProjectStatus status() {
        if (history().isEmpty() && initialStage().isEmpty()) {
            return current().project().status();
        }
        for (int i = history().size() - 1; i >= 0; i--) {
            Optional<ProjectStatus> status = history().get(i).target().flatMap(Stage::status);
            if (status.isPresent()) {
                return status.get();
            }
        }
        return initialStage().orElse(Stage.DRAFT).status().orElseThrow();
    }

    /**
     * The version a transition concerns: the one it names by {@link Transition#version()}, else the
     * latest version dated on or before it (or undated) among those before the next dated one, else
     * the first version.
     *
     * @param transition a transition of this record
     * @return the version
     */
    public Version versionAt(Transition transition) {
        if (transition.version().isPresent()) {
            return version(transition.version().get()).orElseThrow();
        }
        Version at = versions().get(0);
        for (Version v : versions()) {
            if (v.date().isPresent() && v.date().get().isAfter(transition.date())) {
                break;
            }
            at = v;
        }
        return at;
    }

    /**
     * Replays the recorded transitions with a workflow, from the {@link #initialStage()}, each seen by the guards together with the
     * version it concerns ({@link #versionAt}).
     *
     * @param workflow the workflow
     * @return {@link Replay.Replayed} with the whole history, or {@link Replay.Stopped} at the first
     *     transition the workflow refuses
     */
    public Replay replay(Workflow workflow) {
        Objects.requireNonNull(workflow, "workflow");
        History history = History.startingAt(initialStage().orElse(Stage.DRAFT));
        for (int i = 0; i < history().size(); i++) {
            Transition t = history().get(i);
            Outcome outcome = workflow.apply(versionAt(t).project(), history, t);
            if (outcome instanceof Outcome.Refused refused) {
                return new Replay.Stopped(history, i, refused.refusal());
            }
            history = outcome.history();
        }
        return new Replay.Replayed(history);
    }

    /**
     * A record of one version and no transitions: what a single document is.
     *
     * @param version the version
     * @return the record
     */
    public static ProjectRecord of(Version version) {
        return builder().addVersions(version).build();
    }

    /**
     * A builder for a record.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link ProjectRecord}; {@code build()} validates it.
     *
     * <p><b>Required:</b> at least one {@link ProjectRecord#versions() version}. Versions must be
     * numbered upwards without repeats; a transition's {@link Transition#version() version} must name
     * one of them; children's ids must not repeat. Id, workflow, network id, history and children are
     * optional.
     */
    public static final class Builder extends ImmutableProjectRecord.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        id().ifPresent(i -> Require.notBlank(i, "ProjectRecord id"));
        workflow().ifPresent(w -> Require.notBlank(w, "ProjectRecord workflow"));
        networkId().ifPresent(n -> Require.notBlank(n, "ProjectRecord networkId"));
        if (initialStage().orElse(Stage.DRAFT) == Stage.CLOSED) {
            throw new IllegalArgumentException(
                    "ProjectRecord initialStage must not be closed (ปิดโครงการ): nothing follows it");
        }
        if (versions().isEmpty()) {
            throw new IllegalArgumentException("ProjectRecord must hold at least one version (ฉบับ)");
        }
        for (int i = 1; i < versions().size(); i++) {
            if (versions().get(i).number() <= versions().get(i - 1).number()) {
                throw new IllegalArgumentException("ProjectRecord versions must be numbered upwards: version "
                        + versions().get(i).number() + " follows version "
                        + versions().get(i - 1).number());
            }
        }
        for (int i = 0; i < history().size(); i++) {
            Optional<Integer> v = history().get(i).version();
            if (v.isPresent() && version(v.get()).isEmpty()) {
                throw new IllegalArgumentException("ProjectRecord history " + i + " names version " + v.get()
                        + ", which the record does not hold");
            }
        }
        Set<String> ids = new HashSet<>();
        for (ProjectRecord child : children()) {
            if (child.id().isPresent() && !ids.add(child.id().get())) {
                throw new IllegalArgumentException("ProjectRecord children must not repeat an id: "
                        + child.id().get());
            }
        }
    }
}
