package io.github.krongkan.project;

import io.github.krongkan.internal.Require;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person named in a project: the owner (ผู้รับผิดชอบโครงการ) or the coordinator (ผู้ประสานงาน).
 */
@Value.Immutable
public abstract class Contact {
    Contact() {}

    /**
     * The person's name as written, with title (e.g. {@code นางสาวสมศรี ใจดี}).
     *
     * @return the name, never blank
     */
    public abstract String name();

    /**
     * The person's position (ตำแหน่ง), if given.
     *
     * @return the position
     */
    public abstract Optional<String> position();

    /**
     * A telephone number as written, if given.
     *
     * @return the phone number
     */
    public abstract Optional<String> phone();

    /**
     * An internal extension (ต่อ / โทรภายใน), if given.
     *
     * @return the extension
     */
    public abstract Optional<String> extension();

    /**
     * A contact with a name only.
     *
     * @param name the name
     * @return the contact
     * @throws IllegalArgumentException if the name is blank
     */
    public static Contact of(String name) {
        return builder().name(name).build();
    }

    /**
     * A builder for a contact.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Contact}; {@code build()} validates it.
     *
     * <p><b>Required:</b> {@link Contact#name() name}. Every other attribute is optional, a list or
     * has a default; {@code build()} throws {@link IllegalStateException} naming each required
     * attribute that was not set.
     */
    public static final class Builder extends ImmutableContact.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Require.notBlank(name(), "name");
        position().ifPresent(p -> Require.notBlank(p, "position"));
    }
}
