package io.github.krongkan.project;

import io.github.krongkan.internal.Require;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One target (เป้าหมาย) of a project: quantitative, with a quantity and a Thai unit
 * ({@code 5 โรงเรียน}, {@code 200 คน}), or qualitative, with text only.
 *
 * <p><b>Several quantities.</b> A target may count several things at once: seed 004's 3.1.1
 * "ประชุมปฏิบัติการคณะทำงาน 20 คน … 2 วัน … 200 ชุด" has {@link #quantities()} {@code [20 คน, 2 วัน,
 * 200 ชุด]}. The first of them is the target's principal quantity, also given by {@link #quantity()}
 * and {@link #unit()}; a target built with only {@code quantity} and {@code unit} has that one
 * quantity in {@code quantities}, and one built with only {@code quantities} has the first of them as
 * {@code quantity} and {@code unit}. Given both ways, {@code quantity} and {@code unit} must be the
 * first of {@code quantities}; {@code build()} refuses them otherwise.
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
     * Every quantity of a quantitative target, the principal one ({@link #quantity()} and
     * {@link #unit()}) first; empty for a qualitative one.
     *
     * @return the quantities in the order written
     */
    public abstract List<TargetQuantity> quantities();

    /**
     * A quantitative target that counts several things, e.g. {@code 20 คน}, {@code 2 วัน},
     * {@code 200 ชุด}; the first is its principal quantity.
     *
     * @param text       the target's wording
     * @param quantities the quantities, at least one
     * @return the target
     * @throws IllegalArgumentException if the text is blank or no quantity is given
     */
    public static Target quantitative(String text, List<TargetQuantity> quantities) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(quantities, "quantities");
        return builder()
                .kind(TargetKind.QUANTITATIVE)
                .text(text)
                .addAllQuantities(quantities)
                .build();
    }

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
     * Validates the target and normalizes it to one form: a quantity with a negative scale
     * ({@code 1E+3}) becomes a plain integer ({@code 1000}), and the principal quantity is both
     * {@link #quantity()} with {@link #unit()} and the first of {@link #quantities()}.
     */
    @Value.Check
    Target check() {
        Require.notBlank(text(), "text");
        number().ifPresent(n -> Require.notBlank(n, "number"));
        objectiveNumber().ifPresent(n -> Require.notBlank(n, "objectiveNumber"));
        if (!quantities().isEmpty()) {
            TargetQuantity first = quantities().get(0);
            if (quantity().isEmpty() && unit().isEmpty()) {
                return builder()
                        .from(this)
                        .quantity(first.amount())
                        .unit(first.unit())
                        .build();
            }
            if (quantity().isEmpty()
                    || unit().isEmpty()
                    || quantity().get().compareTo(first.amount()) != 0
                    || !unit().get().equals(first.unit())) {
                throw new IllegalArgumentException("quantity and unit ("
                        + quantity().map(BigDecimal::toPlainString).orElse("none") + " "
                        + unit().orElse("none") + ") contradict the first of quantities (" + first
                        + "); the principal quantity (จำนวนเป้าหมาย) comes first in quantities");
            }
        }
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
        if (quantities().isEmpty() && quantity().isPresent()) {
            return builder()
                    .from(this)
                    .addQuantities(TargetQuantity.of(quantity().get(), unit().get()))
                    .build();
        }
        if (quantity().isPresent()
                && quantity().get().scale() != quantities().get(0).amount().scale()) {
            // 20 and 20.0 agree; the principal quantity is written as quantities has it
            return builder().from(this).quantity(quantities().get(0).amount()).build();
        }
        return this;
    }
}
