package io.github.krongkan.project;

import io.github.krongkan.internal.Require;
import java.math.BigDecimal;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * One counted quantity of a target (เป้าหมายเชิงปริมาณ): an amount and its Thai unit, such as
 * {@code 20 คน}, {@code 2 วัน} or {@code 200 ชุด}. A target may count several things at once
 * (seed 004, target 3.1.1); {@link Target#quantities()} holds them in the order written.
 */
@Value.Immutable
public abstract class TargetQuantity {
    TargetQuantity() {}

    /**
     * The amount, e.g. {@code 20}.
     *
     * @return the amount, not negative, never with a negative scale
     */
    public abstract BigDecimal amount();

    /**
     * The Thai unit, e.g. {@code คน}.
     *
     * @return the unit, not blank
     */
    public abstract String unit();

    /**
     * A quantity.
     *
     * @param amount the amount, not negative
     * @param unit   the Thai unit, e.g. {@code คน}
     * @return the quantity
     * @throws IllegalArgumentException if the amount is negative or the unit blank
     */
    public static TargetQuantity of(BigDecimal amount, String unit) {
        return builder().amount(amount).unit(unit).build();
    }

    /**
     * A quantity with a whole amount.
     *
     * @param amount the amount, not negative
     * @param unit   the Thai unit, e.g. {@code ชุด}
     * @return the quantity
     * @throws IllegalArgumentException if the amount is negative or the unit blank
     */
    public static TargetQuantity of(long amount, String unit) {
        return of(BigDecimal.valueOf(amount), unit);
    }

    /**
     * A builder for a quantity.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link TargetQuantity}; {@code build()} validates it.
     *
     * <p><b>Required:</b> {@link TargetQuantity#amount() amount}, {@link TargetQuantity#unit()
     * unit}; {@code build()} throws {@link IllegalStateException} naming each one not set.
     */
    public static final class Builder extends ImmutableTargetQuantity.Builder {
        Builder() {}
    }

    /**
     * The quantity as written: {@code 20 คน}.
     *
     * @return the amount and the unit
     */
    @Override
    public String toString() {
        return amount().toPlainString() + " " + unit();
    }

    /**
     * Validates the quantity and normalizes an amount with a negative scale ({@code 2E+2}) to a
     * plain number ({@code 200}).
     *
     * @return this quantity or its normalized form
     */
    @Value.Check
    TargetQuantity check() {
        Objects.requireNonNull(amount(), "amount");
        if (amount().signum() < 0) {
            throw new IllegalArgumentException(
                    "quantity amount must not be negative: " + amount().toPlainString() + " " + unit());
        }
        Require.notBlank(unit(), "unit");
        if (amount().scale() < 0) {
            return builder().from(this).amount(amount().setScale(0)).build();
        }
        return this;
    }
}
