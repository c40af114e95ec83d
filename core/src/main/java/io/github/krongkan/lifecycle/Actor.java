package io.github.krongkan.lifecycle;

import io.github.krongkan.internal.Require;
import java.util.Optional;
import org.immutables.value.Value;

/** A person who takes a transition: who proposed, endorsed, approved or reported. */
@Value.Immutable
public abstract class Actor {
    Actor() {}

    /**
     * The person's name as written.
     *
     * @return the name, never blank
     */
    public abstract String name();

    /**
     * The person's position (ตำแหน่ง), e.g. {@code ผู้อำนวยการเขตบึงกุ่ม}, if given.
     *
     * @return the position
     */
    public abstract Optional<String> position();

    /**
     * The part the person plays in this project, e.g. {@code ผู้รับผิดชอบโครงการ}, if given.
     *
     * @return the role
     */
    public abstract Optional<String> role();

    /**
     * The unit the person acts for, e.g. {@code สำนักงานเขตบึงกุ่ม / ฝ่ายการศึกษา}, if given.
     *
     * @return the unit
     */
    public abstract Optional<String> unit();

    /**
     * Whether this is the same person as another actor: the same name once white space is
     * stripped and runs of it collapsed (position, role and unit may differ between steps).
     *
     * @param other the other actor
     * @return true if the names agree
     */
    public boolean samePersonAs(Actor other) {
        return normalName().equals(other.normalName());
    }

    private String normalName() {
        return name().strip().replaceAll("\\s+", " ");
    }

    /**
     * An actor known by name only.
     *
     * @param name the name
     * @return the actor
     * @throws IllegalArgumentException if the name is blank
     */
    public static Actor of(String name) {
        return builder().name(name).build();
    }

    /**
     * A builder for an actor.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an {@link Actor}; {@code build()} validates it.
     *
     * <p><b>Required:</b> {@link Actor#name() name}. Every other attribute is optional.
     */
    public static final class Builder extends ImmutableActor.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Require.notBlank(name(), "Actor name");
        position().ifPresent(p -> Require.notBlank(p, "Actor position"));
        role().ifPresent(r -> Require.notBlank(r, "Actor role"));
        unit().ifPresent(u -> Require.notBlank(u, "Actor unit"));
    }
}
