package io.github.krongkan.project;

import io.github.krongkan.internal.Require;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A link from a project to a plan (ความสอดคล้องกับยุทธศาสตร์): the plan's name, an optional coded
 * path into its hierarchy such as {@code 7.2.1} (plan → strategy → sub-issue → goal), and the
 * labels of the levels as written.
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

    @Value.Check
    void check() {
        Require.notBlank(plan(), "plan");
        code().ifPresent(c -> {
            if (!CODE.matcher(c).matches()) {
                throw new IllegalArgumentException(
                        "code must be dot-separated numbers such as 7.2.1, was \"" + c + "\"");
            }
        });
        labels().forEach(l -> Require.notBlank(l, "labels"));
    }
}
