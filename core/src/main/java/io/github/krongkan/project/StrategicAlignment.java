package io.github.krongkan.project;

import io.github.krongkan.internal.Require;
import io.github.krongkan.text.ThaiDigits;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A link from a project to a plan (ความสอดคล้องกับยุทธศาสตร์): the plan's name, an optional coded
 * path into its hierarchy such as {@code 7.2.1} (plan → strategy → sub-issue → goal), and the
 * labels of the levels as written.
 *
 * <p><b>Typed levels.</b> {@link #levels()} gives each level its name in the plan, code and label
 * ({@link AlignmentLevel}); {@link #planId()} identifies the plan. The older members read from the
 * levels: when levels are given, {@link #labels()} are their labels in order and {@link #code()} is
 * the code of the deepest level whose code is dot-separated numbers (Thai digits read as digits:
 * {@code ๗.๒.๑} is {@code 7.2.1}). Labels or a code given together with levels must agree with them;
 * {@code build()} refuses them otherwise.
 */
@Value.Immutable
public abstract class StrategicAlignment {
    private static final Pattern CODE = Pattern.compile("[0-9]+(\\.[0-9]+)*");

    StrategicAlignment() {}

    /**
     * The plan's name, e.g. {@code แผนพัฒนากรุงเทพมหานคร ระยะ 20 ปี ระยะที่ 3 (พ.ศ.2566-2570)}.
     *
     * @return the plan, never blank
     */
    public abstract String plan();

    /**
     * The coded path into the plan, e.g. {@code 7.2.1}, if given.
     *
     * @return dot-separated numbers
     */
    public abstract Optional<String> code();

    /**
     * The labels of the linked levels as written, outermost first (strategy, sub-issue, goal...).
     *
     * @return the labels, possibly empty
     */
    public abstract List<String> labels();

    /**
     * The plan's identifier, if the document or the user gives one, e.g. {@code BMA-DP20-3} or the
     * plan's number in an agency's register.
     *
     * @return the identifier, not blank
     */
    public abstract Optional<String> planId();

    /**
     * The linked levels of the plan, outermost first, each with its name, code and label.
     *
     * @return the levels, possibly empty
     */
    public abstract List<AlignmentLevel> levels();

    /**
     * An alignment with a plan name only.
     *
     * @param plan the plan's name
     * @return the alignment
     * @throws IllegalArgumentException if the name is blank
     */
    public static StrategicAlignment of(String plan) {
        return builder().plan(plan).build();
    }

    /**
     * A builder for an alignment.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link StrategicAlignment}; {@code build()} validates it.
     *
     * <p><b>Required:</b> {@link StrategicAlignment#plan() plan}. Every other attribute is
     * optional, a list or has a default; {@code build()} throws {@link IllegalStateException}
     * naming each required attribute that was not set.
     */
    public static final class Builder extends ImmutableStrategicAlignment.Builder {
        Builder() {}
    }

    /**
     * Validates the alignment and fills {@link #labels()} and {@link #code()} from the levels.
     *
     * @return this alignment or its completed form
     */
    @Value.Check
    StrategicAlignment check() {
        Require.notBlank(plan(), "plan");
        planId().ifPresent(p -> Require.notBlank(p, "planId"));
        code().ifPresent(c -> {
            if (!CODE.matcher(c).matches()) {
                throw new IllegalArgumentException(
                        "code must be dot-separated numbers such as 7.2.1, was \"" + c + "\"");
            }
        });
        labels().forEach(l -> Require.notBlank(l, "labels"));
        if (levels().isEmpty()) {
            return this;
        }
        List<String> levelLabels =
                levels().stream().flatMap(l -> l.label().stream()).toList();
        Optional<String> levelCode = Optional.empty();
        for (AlignmentLevel level : levels()) {
            Optional<String> ascii = level.code().map(c -> ThaiDigits.toAscii(c).strip());
            if (ascii.isPresent() && CODE.matcher(ascii.get()).matches()) {
                levelCode = ascii;
            }
        }
        if (!labels().isEmpty() && !labels().equals(levelLabels)) {
            throw new IllegalArgumentException("labels " + labels() + " differ from the labels of the levels "
                    + levelLabels + " (plan " + plan() + "); give the levels only");
        }
        if (code().isPresent() && levelCode.isPresent() && !code().equals(levelCode)) {
            throw new IllegalArgumentException("code " + code().get() + " differs from the code of the deepest "
                    + "coded level, " + levelCode.get() + " (plan " + plan() + ")");
        }
        if ((labels().isEmpty() && !levelLabels.isEmpty()) || (code().isEmpty() && levelCode.isPresent())) {
            Builder b = builder().from(this);
            if (labels().isEmpty()) {
                b.labels(levelLabels);
            }
            if (code().isEmpty()) {
                b.code(levelCode);
            }
            return b.build();
        }
        return this;
    }
}
