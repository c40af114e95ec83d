package io.github.krongkan.project;

import io.github.krongkan.internal.Require;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One level of a plan that a project is aligned with (ความสอดคล้องกับยุทธศาสตร์), outermost first in
 * {@link StrategicAlignment#levels()}: the level's name in the plan, its code and its label, as the
 * document writes them. Seed 001:
 *
 * <pre>{@code
 * AlignmentLevel.of("ประเด็นยุทธศาสตร์", "7", "การบริหารจัดการเมืองมหานคร : Management Strategy");
 * AlignmentLevel.of("ประเด็นยุทธศาสตร์ย่อย", "7.2", "การบริหารแผนและประเมินผล");
 * AlignmentLevel.of("เป้าหมาย", "7.2.1", "กรุงเทพมหานครมีระบบการติดตาม…");
 * }</pre>
 *
 * <p>A level has a code, a label or both. Codes are kept as written, Thai digits included
 * ({@code ๑.๑}); {@link StrategicAlignment} reads them as numbers where it compares them.
 */
@Value.Immutable
public abstract class AlignmentLevel {
    AlignmentLevel() {}

    /**
     * The level's name in the plan's hierarchy, e.g. {@code ประเด็นยุทธศาสตร์}, {@code เป้าหมาย},
     * {@code ตัวชี้วัด}, {@code ด้าน}, {@code กลยุทธ์}, {@code นโยบาย}, if the document names it.
     *
     * @return the level name, not blank
     */
    public abstract Optional<String> name();

    /**
     * The level's code as written, e.g. {@code 7.2}, {@code ๑.๑}, {@code 098}, {@code มิติที่1}.
     *
     * @return the code, not blank
     */
    public abstract Optional<String> code();

    /**
     * The level's label (its title) as written, without its code.
     *
     * @return the label, not blank
     */
    public abstract Optional<String> label();

    /**
     * A level with a name, a code and a label.
     *
     * @param name  the level's name, e.g. {@code เป้าหมาย}
     * @param code  the code as written, e.g. {@code 7.2.1}
     * @param label the label
     * @return the level
     * @throws IllegalArgumentException if a value is blank
     */
    public static AlignmentLevel of(String name, String code, String label) {
        return builder().name(name).code(code).label(label).build();
    }

    /**
     * A builder for a level.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an {@link AlignmentLevel}; {@code build()} validates it.
     *
     * <p>Every attribute is optional, but a level has a code or a label; {@code build()} throws
     * {@link IllegalArgumentException} for a level with neither or with a blank value.
     */
    public static final class Builder extends ImmutableAlignmentLevel.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        name().ifPresent(n -> Require.notBlank(n, "alignment level name"));
        code().ifPresent(c -> Require.notBlank(c, "alignment level code"));
        label().ifPresent(l -> Require.notBlank(l, "alignment level label"));
        if (code().isEmpty() && label().isEmpty()) {
            throw new IllegalArgumentException("an alignment level (ระดับของแผน"
                    + name().map(n -> " " + n).orElse("") + ") needs a code or a label");
        }
    }
}
