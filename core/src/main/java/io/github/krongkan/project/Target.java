package io.github.krongkan.project;

import io.github.krongkan.internal.Require;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One target (เป้าหมาย) of a project: quantitative, with a quantity and a Thai unit
 * ({@code 5 โรงเรียน}, {@code 200 คน}), or qualitative, with text only.
 */
@Value.Immutable
public abstract class Target {
    Target() {}

    /**
     * The number as written in the document, e.g. {@code 3.2.1}, if any.
     *
     * @return the number
     */
    public abstract Optional<String> number();

    /**
     * Whether the target is counted or described.
     *
     * @return the kind
     */
    public abstract TargetKind kind();

    /**
     * The target as the document words it.
     *
     * @return the text, never blank
     */
    public abstract String text();

    /**
     * The quantity of a quantitative target; empty for a qualitative one.
     *
     * @return the quantity, not negative
     */
    public abstract Optional<BigDecimal> quantity();

    /**
     * The Thai unit of a quantitative target ({@code โรงเรียน}, {@code คน}); empty for a qualitative one.
     *
     * @return the unit
     */
    public abstract Optional<String> unit();

    /**
     * The number of the objective (วัตถุประสงค์) this target serves, if the document links them, e.g.
     * {@code 2.1}: the {@code number} of one of the project's objectives.
     *
     * @return the objective's number
     */
    public abstract Optional<String> objectiveNumber();

    /**
     * A quantitative target.
     *
     * @param text     the target's wording
     * @param quantity the quantity
     * @param unit     the Thai unit, e.g. {@code โรงเรียน}
     * @return the target
     * @throws IllegalArgumentException if the text or unit is blank or the quantity negative
     */
    public static Target quantitative(String text, BigDecimal quantity, String unit) {
        return builder()
                .kind(TargetKind.QUANTITATIVE)
                .text(text)
                .quantity(quantity)
                .unit(unit)
                .build();
    }

    /**
     * A qualitative target.
     *
     * @param text the target's wording
     * @return the target
     * @throws IllegalArgumentException if the text is blank
     */
    public static Target qualitative(String text) {
        return builder().kind(TargetKind.QUALITATIVE).text(text).build();
    }

    /**
     * A builder for a target.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Target}; {@code build()} validates it.
     *
     * <p><b>Required:</b> {@link Target#kind() kind}, {@link Target#text() text}. Every other
     * attribute is optional, a list or has a default; {@code build()} throws {@link
     * IllegalStateException} naming each required attribute that was not set.
     */
    public static final class Builder extends ImmutableTarget.Builder {
        Builder() {}
    }

    /**
     * Validates the target and normalizes a quantity with a negative scale ({@code 1E+3}) to a
     * plain integer ({@code 1000}), so that every target has one written form.
     */
    @Value.Check
    Target check() {
        Require.notBlank(text(), "text");
        number().ifPresent(n -> Require.notBlank(n, "number"));
        objectiveNumber().ifPresent(n -> Require.notBlank(n, "objectiveNumber"));
        if (kind() == TargetKind.QUANTITATIVE) {
            BigDecimal q = quantity()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "quantity is required for a quantitative target (เป้าหมายเชิงปริมาณ)"));
            if (q.signum() < 0) {
                throw new IllegalArgumentException("quantity must not be negative: " + q.toPlainString());
            }
            Require.notBlank(
                    unit().orElseThrow(() -> new IllegalArgumentException(
                            "unit is required for a quantitative target (เป้าหมายเชิงปริมาณ)")),
                    "unit");
        } else if (quantity().isPresent() || unit().isPresent()) {
            throw new IllegalArgumentException("a qualitative target (เป้าหมายเชิงคุณภาพ) has no quantity or unit");
        }
        if (quantity().isPresent() && quantity().get().scale() < 0) {
            return builder().from(this).quantity(quantity().get().setScale(0)).build();
        }
        return this;
    }
}
