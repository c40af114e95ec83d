package io.github.krongkan.check;

import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.document.Fields;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One thing a check found in a project.
 *
 * <p>{@link #code()} is stable across versions and documented in {@code docs/rules.md};
 * {@link #path()} is a JSON pointer (RFC 6901) into the krongkan JSON document of the project,
 * e.g. {@code /plannedPeriod} or {@code /targets/2/quantity}; the empty string means the whole
 * project. The pointer names a node the document has: the value that is wrong, or, when what is
 * wrong is a missing value, the object that lacks it (e.g. {@code /risks/0} for a risk without a
 * response). Rules build it with {@link DocumentPath} from the names of {@link Fields}.
 */
@Value.Immutable
public abstract class Finding {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    Finding() {}

    /**
     * The stable code of the rule that found it, e.g. {@code PERIOD_OUTSIDE_FISCAL_YEAR}.
     *
     * @return upper-case letters, digits and underscores
     */
    public abstract String code();

    /**
     * How serious it is.
     *
     * @return the severity
     */
    public abstract Severity severity();

    /**
     * Where it is: a JSON pointer into the project's JSON document.
     *
     * @return the pointer, {@code ""} for the whole project
     */
    public abstract String path();

    /**
     * What was found, in English.
     *
     * @return the message
     */
    public abstract String message();

    /**
     * What was found, in Thai.
     *
     * @return the Thai message
     */
    public abstract String messageThai();

    /**
     * The value the rule expected, where there is one (e.g. a computed sum).
     *
     * @return the expected value as text
     */
    public abstract Optional<String> expected();

    /**
     * The value the document has, where there is one.
     *
     * @return the actual value as text
     */
    public abstract Optional<String> actual();

    /**
     * A builder for a finding.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Finding}; {@code build()} validates it.
     *
     * <p><b>Required:</b> {@link Finding#code() code}, {@link Finding#severity() severity}, {@link
     * Finding#path() path}, {@link Finding#message() message}, {@link Finding#messageThai()
     * messageThai}. Every other attribute is optional, a list or has a default; {@code build()}
     * throws {@link IllegalStateException} naming each required attribute that was not set.
     */
    public static final class Builder extends ImmutableFinding.Builder {
        Builder() {}

        /**
         * Sets where the finding is, from a document path; the same as {@code path(path.toString())}.
         *
         * @param path the place in the project's JSON document, built from {@link Fields}
         * @return this builder
         */
        public Builder path(DocumentPath path) {
            path(path.toString());
            return this;
        }
    }

    @Value.Check
    void check() {
        if (!CODE.matcher(code()).matches()) {
            throw new IllegalArgumentException("code must be upper-case letters, digits and underscores: " + code());
        }
        try {
            DocumentPath.parse(path());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("path must be a JSON pointer (RFC 6901): " + e.getMessage(), e);
        }
        if (message().isBlank() || messageThai().isBlank()) {
            throw new IllegalArgumentException("a finding needs a message in English and in Thai");
        }
    }

    /**
     * One line for logs and terminals: severity, code, path and message.
     *
     * @return e.g. {@code WARNING PERIOD_OUTSIDE_FISCAL_YEAR /plannedPeriod: ...}
     */
    @Override
    public String toString() {
        return severity() + " " + code() + " " + (path().isEmpty() ? "/" : path()) + ": " + message()
                + expected()
                        .map(e -> " (expected " + e
                                + actual().map(a -> ", actual " + a).orElse("") + ")")
                        .orElse("");
    }
}
