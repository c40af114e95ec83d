package io.github.krongkan.indicator;

import io.github.krongkan.internal.Require;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How an indicator's value is computed (วิธีการคำนวณ) from a measurement's raw values.
 *
 * <ul>
 *   <li>{@link FormulaKind#RATIO}: {@code numerator × factor / denominator}; the factor is 100 unless
 *       set, so the value is a percentage. Seed 000: schools of network 19 meeting the criteria × 100
 *       / schools of network 19.</li>
 *   <li>{@link FormulaKind#COUNT}: the numerator as it is.</li>
 *   <li>{@link FormulaKind#MEAN}: {@code numerator / denominator}, a sum of scores over their number,
 *       e.g. a questionnaire mean on a 5-point scale.</li>
 *   <li>{@link FormulaKind#CHANGE}: the numerator (the current level) against the indicator's
 *       baseline: {@code (level − baseline) × 100 / baseline} ({@link ChangeBasis#RELATIVE}) or
 *       {@code level − baseline} ({@link ChangeBasis#ABSOLUTE}).</li>
 * </ul>
 *
 * <p>A missing raw value, a zero denominator or a zero baseline of a relative change gives no value.
 * Divisions are rounded half-up to {@value #SCALE} decimal places; results carry no trailing zeros.
 */
@Value.Immutable
public abstract class Formula {
    /** Decimal places of a computed division. */
    public static final int SCALE = 6;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    Formula() {}

    /**
     * The kind of formula.
     *
     * @return the kind
     */
    public abstract FormulaKind kind();

    /**
     * The factor of a ratio: 100 for a percentage, 1 for a plain ratio, 1000 for a rate per
     * thousand. Always 1 for the other kinds.
     *
     * @return a positive factor; 100 for a ratio and 1 otherwise unless set
     */
    @Value.Default
    public BigDecimal factor() {
        return kind() == FormulaKind.RATIO ? HUNDRED : BigDecimal.ONE;
    }

    /**
     * How a change is expressed; present exactly for {@link FormulaKind#CHANGE}.
     *
     * @return the change basis
     */
    public abstract Optional<ChangeBasis> changeBasis();

    /**
     * The formula as the document writes it, e.g.
     * {@code จำนวนโรงเรียน...ที่มีผลงานตามเกณฑ์ที่กำหนด x 100/จำนวนโรงเรียน...ทั้งหมด}.
     *
     * @return the text, not blank
     */
    public abstract Optional<String> text();

    /**
     * What the numerator counts, e.g. {@code จำนวนโรงเรียนที่มีผลงานตามเกณฑ์ที่กำหนด}.
     *
     * @return the numerator's label, not blank
     */
    public abstract Optional<String> numeratorLabel();

    /**
     * What the denominator counts, e.g. {@code จำนวนโรงเรียนทั้งหมด}.
     *
     * @return the denominator's label, not blank
     */
    public abstract Optional<String> denominatorLabel();

    /**
     * A percentage: {@code numerator × 100 / denominator}.
     *
     * @return the formula
     */
    public static Formula percentage() {
        return builder().kind(FormulaKind.RATIO).build();
    }

    /**
     * A ratio with a factor.
     *
     * @param factor the factor, positive
     * @return the formula
     * @throws IllegalArgumentException if the factor is not positive
     */
    public static Formula ratio(BigDecimal factor) {
        return builder().kind(FormulaKind.RATIO).factor(factor).build();
    }

    /**
     * A count: the numerator as it is.
     *
     * @return the formula
     */
    public static Formula count() {
        return builder().kind(FormulaKind.COUNT).build();
    }

    /**
     * A mean: {@code numerator / denominator}.
     *
     * @return the formula
     */
    public static Formula mean() {
        return builder().kind(FormulaKind.MEAN).build();
    }

    /**
     * A change of the level against the baseline.
     *
     * @param basis relative (percent of the baseline) or absolute
     * @return the formula
     */
    public static Formula change(ChangeBasis basis) {
        return builder().kind(FormulaKind.CHANGE).changeBasis(basis).build();
    }

    /**
     * Whether the formula uses a denominator (ratio and mean).
     *
     * @return {@code true} for {@link FormulaKind#RATIO} and {@link FormulaKind#MEAN}
     */
    public boolean usesDenominator() {
        return kind() == FormulaKind.RATIO || kind() == FormulaKind.MEAN;
    }

    /**
     * Computes a value; the public way in is {@link Indicator#value(Measurement)}, which takes the
     * inputs from a measurement and the indicator's baseline.
     *
     * @param numerator   the numerator (for a change: the current level), if known
     * @param denominator the denominator, if known
     * @param baseline    the baseline, for a change
     * @return the value; empty if a needed input is missing or a divisor is zero
     */
    Optional<BigDecimal> apply(
            Optional<BigDecimal> numerator, Optional<BigDecimal> denominator, Optional<BigDecimal> baseline) {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        Objects.requireNonNull(baseline, "baseline");
        if (numerator.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal n = numerator.get();
        return switch (kind()) {
            case COUNT -> Optional.of(Require.plain(n));
            case RATIO, MEAN ->
                denominator.isEmpty() || denominator.get().signum() == 0
                        ? Optional.empty()
                        : Optional.of(divide(n.multiply(factor()), denominator.get()));
            case CHANGE -> baseline.isEmpty() ? Optional.empty() : change(n, baseline.get());
        };
    }

    private Optional<BigDecimal> change(BigDecimal n, BigDecimal baseline) {
        BigDecimal difference = n.subtract(baseline);
        if (changeBasis().orElseThrow() == ChangeBasis.ABSOLUTE) {
            return Optional.of(Require.plain(difference));
        }
        if (baseline.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(divide(difference.multiply(HUNDRED), baseline));
    }

    private static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return Require.plain(dividend.divide(divisor, SCALE, RoundingMode.HALF_UP));
    }

    /**
     * A builder for a formula.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Formula}; {@code build()} validates it.
     *
     * <p><b>Required:</b> {@link Formula#kind() kind}. Every other attribute is optional, a list or
     * has a default; {@code build()} throws {@link IllegalStateException} naming each required
     * attribute that was not set.
     */
    public static final class Builder extends ImmutableFormula.Builder {
        Builder() {}
    }

    /**
     * Validates the formula and writes a factor with a negative scale ({@code 1E+2}) as a plain integer.
     */
    @Value.Check
    Formula check() {
        if (factor().signum() <= 0) {
            throw new IllegalArgumentException("Formula factor must be positive but was " + factor().toPlainString());
        }
        if (kind() != FormulaKind.RATIO && factor().compareTo(BigDecimal.ONE) != 0) {
            throw new IllegalArgumentException(
                    "Formula factor applies to a ratio only; a " + kind().name().toLowerCase(java.util.Locale.ROOT)
                            + " has none (factor " + factor().toPlainString() + ")");
        }
        if ((kind() == FormulaKind.CHANGE) != changeBasis().isPresent()) {
            throw new IllegalArgumentException(
                    kind() == FormulaKind.CHANGE
                            ? "Formula changeBasis is required for a change (relative or absolute)"
                            : "Formula changeBasis applies to a change only");
        }
        text().ifPresent(t -> Require.notBlank(t, "Formula text"));
        numeratorLabel().ifPresent(t -> Require.notBlank(t, "Formula numeratorLabel"));
        denominatorLabel().ifPresent(t -> Require.notBlank(t, "Formula denominatorLabel"));
        if (factor().scale() < 0) {
            return builder().from(this).factor(factor().setScale(0)).build();
        }
        return this;
    }
}
