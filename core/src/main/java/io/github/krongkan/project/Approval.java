package io.github.krongkan.project;

import io.github.krongkan.internal.Require;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One signature in a project's approval chain: who proposed, endorsed or approved it, and when.
 */
@Value.Immutable
public abstract class Approval {
    Approval() {}

    /**
     * What the person did.
     *
     * @return the role
     */
    public abstract ApprovalRole role();

    /**
     * The person's name as written.
     *
     * @return the name, never blank
     */
    public abstract String name();

    /**
     * The person's position (ตำแหน่ง), e.g. {@code ผู้อำนวยการเขตบางเขน}, if given.
     *
     * @return the position
     */
    public abstract Optional<String> position();

    /**
     * The date of the signature, if given.
     *
     * @return the date
     */
    public abstract Optional<LocalDate> date();

    /**
     * An approval step without position or date.
     *
     * @param role what the person did
     * @param name the person's name
     * @return the approval
     * @throws IllegalArgumentException if the name is blank
     */
    public static Approval of(ApprovalRole role, String name) {
        return builder().role(role).name(name).build();
    }

    /**
     * A builder for an approval.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an {@link Approval}; {@code build()} validates it.
     *
     * <p><b>Required:</b> {@link Approval#role() role}, {@link Approval#name() name}. Every other
     * attribute is optional, a list or has a default; {@code build()} throws {@link
     * IllegalStateException} naming each required attribute that was not set.
     */
    public static final class Builder extends ImmutableApproval.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Require.notBlank(name(), "name");
        position().ifPresent(p -> Require.notBlank(p, "position"));
    }
}
