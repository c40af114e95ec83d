package io.github.krongkan.lifecycle;

import io.github.krongkan.internal.Require;
import io.github.krongkan.project.Project;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One version of a project in a {@link ProjectRecord}: the whole project as one document gave it at
 * one moment, with what kind of version it is, its number, date and, for a revision, why it was
 * made.
 */
@Value.Immutable
public abstract class Version {
    Version() {}

    /**
     * The number of this version in its record, from 1, increasing with each version.
     *
     * @return the number
     */
    public abstract int number();

    /**
     * What kind of version this is.
     *
     * @return the kind
     */
    public abstract VersionKind kind();

    /**
     * The date of the version (the proposal's date, the revision's date, the report's date), if known.
     *
     * @return the date
     */
    public abstract Optional<LocalDate> date();

    /**
     * A short title, e.g. {@code ฉบับเสนอขออนุมัติ} or {@code รายงานผล ปีงบประมาณ 2560}.
     *
     * @return the title, if given
     */
    public abstract Optional<String> title();

    /**
     * Why this version was made; required for a {@link VersionKind#REVISION revision}.
     *
     * @return the reason, if given
     */
    public abstract Optional<String> reason();

    /**
     * Where this version comes from, e.g. the file or the pages of the source document.
     *
     * @return the source, if given
     */
    public abstract Optional<String> source();

    /**
     * The project as this version gives it.
     *
     * @return the project
     */
    public abstract Project project();

    /**
     * A version without date, title, reason or source.
     *
     * @param number the number, from 1
     * @param kind the kind
     * @param project the project
     * @return the version
     * @throws IllegalArgumentException if the number is below 1, or the kind is a revision (which
     *     needs a reason: use the builder)
     */
    public static Version of(int number, VersionKind kind, Project project) {
        return builder().number(number).kind(kind).project(project).build();
    }

    /**
     * A builder for a version.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Version}; {@code build()} validates it.
     *
     * <p><b>Required:</b> {@link Version#number() number}, {@link Version#kind() kind}, {@link
     * Version#project() project}; a {@link VersionKind#REVISION revision} also needs its {@link
     * Version#reason() reason}. Date, title and source are optional.
     */
    public static final class Builder extends ImmutableVersion.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        if (number() < 1) {
            throw new IllegalArgumentException("Version number must be 1 or more but was " + number());
        }
        title().ifPresent(t -> Require.notBlank(t, "Version title"));
        reason().ifPresent(r -> Require.notBlank(r, "Version reason"));
        source().ifPresent(s -> Require.notBlank(s, "Version source"));
        if (kind() == VersionKind.REVISION && reason().isEmpty()) {
            throw new IllegalArgumentException("Version " + number()
                    + " is a revision (โครงการที่ปรับปรุง) and must give its reason (เหตุผลการปรับปรุง)");
        }
    }
}
