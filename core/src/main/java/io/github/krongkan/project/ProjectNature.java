package io.github.krongkan.project;

import io.github.krongkan.internal.Require;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The nature of a project (ลักษณะโครงการ): new or continuing, routine mission or not, and its format.
 */
@Value.Immutable
public abstract class ProjectNature {
    ProjectNature() {}

    /**
     * Whether the project continues one from earlier years (โครงการต่อเนื่อง) rather than being new (ใหม่).
     *
     * @return {@code true} for a continuing project
     */
    public abstract boolean continuing();

    /**
     * Whether the project is part of the unit's routine mission (ภารกิจประจำ).
     *
     * @return {@code true} for a routine-mission project
     */
    public abstract boolean routineMission();

    /**
     * The format as written (รูปแบบโครงการ), e.g. {@code โครงการจัดงาน/กิจกรรม}, if given.
     *
     * @return the format
     */
    public abstract Optional<String> format();

    /**
     * A nature without a stated format.
     *
     * @param continuing     {@code true} for a continuing project
     * @param routineMission {@code true} for a routine-mission project
     * @return the nature
     */
    public static ProjectNature of(boolean continuing, boolean routineMission) {
        return builder().continuing(continuing).routineMission(routineMission).build();
    }

    /**
     * A builder for a project nature.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link ProjectNature}.
     *
     * <p><b>Required:</b> {@link ProjectNature#continuing() continuing}, {@link
     * ProjectNature#routineMission() routineMission}. Every other attribute is optional, a list or
     * has a default; {@code build()} throws {@link IllegalStateException} naming each required
     * attribute that was not set.
     */
    public static final class Builder extends ImmutableProjectNature.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        format().ifPresent(f -> Require.notBlank(f, "format"));
    }
}
