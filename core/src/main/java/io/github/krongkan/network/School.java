package io.github.krongkan.network;

import io.github.krongkan.internal.Require;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A school: an id, a Thai name, and optionally its enrolment and the size class a document
 * states for it.
 *
 * <p>Schools are identified by {@link #id()} (an OBEC school code or a local id); a network and a
 * directory refuse two schools with the same id.
 */
@Value.Immutable
public abstract class School {
    School() {}

    /**
     * The school's id, e.g. an OBEC school code or a local id.
     *
     * @return the id, not blank, without leading or trailing white space
     */
    public abstract String id();

    /**
     * The school's name, in Thai as documents write it, e.g. {@code โรงเรียนวัดบางบัว}.
     *
     * @return the name, not blank
     */
    public abstract String name();

    /**
     * The number of pupils (นักเรียน), if known.
     *
     * @return the enrolment, at least 0, if known
     */
    public abstract Optional<Integer> enrolment();

    /**
     * The size class a document states for the school, if any, as stated; it may belong to any
     * scheme and need not agree with {@link #enrolment()} (a disagreement is for a check to
     * report, not for construction to refuse).
     *
     * @return the stated size class, if any
     */
    public abstract Optional<SizeClass> statedSizeClass();

    /**
     * A builder for a school.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A school with no enrolment and no stated size.
     *
     * @param id   the school's id
     * @param name the school's name
     * @return the school
     * @throws IllegalArgumentException if the id or name is blank, or the id has surrounding white space
     */
    public static School of(String id, String name) {
        return builder().id(id).name(name).build();
    }

    /**
     * A school with a known enrolment.
     *
     * @param id        the school's id
     * @param name      the school's name
     * @param enrolment the number of pupils, at least 0
     * @return the school
     * @throws IllegalArgumentException if the id or name is blank, the id has surrounding white
     *                                  space, or the enrolment is negative
     */
    public static School of(String id, String name, int enrolment) {
        return builder().id(id).name(name).enrolment(enrolment).build();
    }

    /**
     * The school's size class by a scheme.
     *
     * <p>When the enrolment is known, the class comes from it alone: {@code scheme.classOf(enrolment)},
     * which is empty for enrolment 0 even if a class is stated. When the enrolment is unknown, the
     * stated class is returned as stated (whatever scheme it came from).
     *
     * @param scheme the size scheme to class the enrolment by
     * @return the derived class, else the stated one; empty when there is neither
     */
    public Optional<SizeClass> sizeClass(SizeScheme scheme) {
        Objects.requireNonNull(scheme, "scheme");
        if (enrolment().isPresent()) {
            return scheme.classOf(enrolment().get());
        }
        return statedSizeClass();
    }

    /**
     * Builds a {@link School}; {@code build()} throws if a field is missing or invalid.
     *
     * <p><b>Required:</b> {@link School#id() id}, {@link School#name() name}. Every other attribute
     * is optional, a list or has a default; {@code build()} throws {@link IllegalStateException}
     * naming each required attribute that was not set.
     */
    public static final class Builder extends ImmutableSchool.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Require.id(id(), "School id");
        Require.notBlank(name(), "School name (school " + id() + ")");
        if (enrolment().isPresent() && enrolment().get() < 0) {
            throw new IllegalArgumentException(
                    "School enrolment must be at least 0 but was " + enrolment().get() + " (school " + id() + ")");
        }
    }
}
