package io.github.krongkan.project;

import io.github.krongkan.internal.Require;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One objective (วัตถุประสงค์) of a project, with the number the document gives it ({@code 2.1}).
 */
@Value.Immutable
public abstract class Objective {
    Objective() {}

    /**
     * The number as written in the document, e.g. {@code 2.1}, if any.
     *
     * @return the number
     */
    public abstract Optional<String> number();

    /**
     * The objective's text, usually starting with {@code เพื่อ}.
     *
     * @return the text, never blank
     */
    public abstract String text();

    /**
     * An objective with a number.
     *
     * @param number the number as written, e.g. {@code 2.1}
     * @param text   the text
     * @return the objective
     * @throws IllegalArgumentException if a value is blank
     */
    public static Objective of(String number, String text) {
        return builder().number(number).text(text).build();
    }

    /**
     * A builder for an objective.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an {@link Objective}; {@code build()} validates it.
     *
     * <p><b>Required:</b> {@link Objective#text() text}. Every other attribute is optional, a list
     * or has a default; {@code build()} throws {@link IllegalStateException} naming each required
     * attribute that was not set.
     */
    public static final class Builder extends ImmutableObjective.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Require.notBlank(text(), "text");
        number().ifPresent(n -> Require.notBlank(n, "number"));
    }
}
