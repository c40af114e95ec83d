package io.github.krongkan.budget;

import io.github.krongkan.internal.Require;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One quantity factor of a budget line: a count and its Thai unit, such as {@code 20 คน}
 * (people), {@code 4 มื้อ} (meals), {@code 2 วัน} (days), {@code 200 ชุด} (sets), {@code 5 โล่}
 * (plaques) or {@code 5 กลุ่ม} (school groups).
 *
 * <p>The count is a {@link BigDecimal}: usually a whole number, but a document may multiply by
 * {@code 0.5 วัน}. A count with a negative scale ({@code 1E+1}) is normalized to a plain integer.
 */
@Value.Immutable
public abstract class QuantityFactor {
    QuantityFactor() {}

    /**
     * The count.
     *
     * @return the count, not negative
     */
    public abstract BigDecimal count();

    /**
     * The Thai unit as written: {@code คน}, {@code มื้อ}, {@code วัน}, {@code ชุด}, {@code โล่}, {@code กลุ่ม}…
     *
     * @return the unit, never blank
     */
    public abstract String unit();

    /**
     * A factor with a whole count.
     *
     * @param count the count, not negative
     * @param unit  the Thai unit
     * @return the factor
     * @throws IllegalArgumentException if the count is negative or the unit blank
     */
    public static QuantityFactor of(long count, String unit) {
        return of(BigDecimal.valueOf(count), unit);
    }

    /**
     * A factor with a decimal count.
     *
     * @param count the count, not negative
     * @param unit  the Thai unit
     * @return the factor
     * @throws IllegalArgumentException if the count is negative or the unit blank
     */
    public static QuantityFactor of(BigDecimal count, String unit) {
        return builder().count(count).unit(unit).build();
    }

    /**
     * Whether the count is a whole number.
     *
     * @return {@code true} for {@code 20}, {@code 20.0}; {@code false} for {@code 0.5}
     */
    public boolean isWhole() {
        return count().signum() == 0 || count().stripTrailingZeros().scale() <= 0;
    }

    /**
     * A builder for a quantity factor.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link QuantityFactor}; {@code build()} validates it.
     *
     * <p><b>Required:</b> {@link QuantityFactor#count() count}, {@link QuantityFactor#unit() unit}.
     * Every other attribute is optional, a list or has a default; {@code build()} throws {@link
     * IllegalStateException} naming each required attribute that was not set.
     */
    public static final class Builder extends ImmutableQuantityFactor.Builder {
        Builder() {}
    }

    /**
     * Validates the factor and normalizes a count with a negative scale to a plain integer.
     *
     * @return this factor or its normalized form
     */
    @Value.Check
    QuantityFactor check() {
        if (count().signum() < 0) {
            throw new IllegalArgumentException(
                    "count of a quantity factor must not be negative: " + count().toPlainString());
        }
        Require.notBlank(unit(), "unit of a quantity factor");
        if (count().scale() < 0) {
            return builder().from(this).count(count().setScale(0)).build();
        }
        return this;
    }

    /**
     * The factor as a document writes it.
     *
     * @return e.g. {@code 20 คน}
     */
    @Override
    public String toString() {
        return count().toPlainString() + " " + unit();
    }
}
