package io.github.krongkan.indicator;

import io.github.krongkan.internal.Require;
import io.github.krongkan.time.FiscalPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One measurement of an indicator (ผลการดำเนินงาน): the raw values for a period and a subject, and
 * optionally the value the document reports.
 *
 * <p>The raw values are what the formula needs: for a ratio the numerator and the denominator
 * (5 schools meeting the criteria of 5), for a count the numerator, for a mean the sum of scores and
 * their number, for a change the current level. Keeping both raw values lets measurements roll up
 * correctly ({@link #plus(Measurement)}). The {@link Indicator} computes the value
 * ({@link Indicator#value(Measurement)}).
 */
@Value.Immutable
public abstract class Measurement {
    Measurement() {}

    /**
     * The period measured; empty for the indicator as a whole.
     *
     * @return the period
     */
    public abstract Optional<FiscalPeriod> period();

    /**
     * The id of the school, network or office measured; empty for the whole project.
     *
     * @return the subject's id, not blank, without surrounding white space
     */
    public abstract Optional<String> subjectId();

    /**
     * The numerator: for a ratio the part (schools meeting the criteria), for a count the count, for a
     * mean the sum of scores, for a change the current level.
     *
     * @return the numerator, not negative, if known
     */
    public abstract Optional<BigDecimal> numerator();

    /**
     * The denominator: for a ratio the whole (all schools), for a mean the number of scores.
     *
     * @return the denominator, not negative, if known
     */
    public abstract Optional<BigDecimal> denominator();

    /**
     * The achieved value as the document reports it (ผลงานที่ทำได้), e.g. 80, when it gives no raw values.
     *
     * @return the reported value
     */
    public abstract Optional<BigDecimal> reportedValue();

    /**
     * The result in words, for a qualitative or nominal indicator, or as the document words it.
     *
     * @return the text, not blank
     */
    public abstract Optional<String> reportedText();

    /**
     * The date of the measurement, if recorded.
     *
     * @return the date
     */
    public abstract Optional<LocalDate> date();

    /**
     * A note, e.g. where the numbers come from.
     *
     * @return the note, not blank
     */
    public abstract Optional<String> note();

    /**
     * Raw values of a ratio or a mean, for the whole project and no particular period.
     *
     * @param numerator   the numerator, not negative
     * @param denominator the denominator, not negative
     * @return the measurement
     * @throws IllegalArgumentException if a value is negative
     */
    public static Measurement of(BigDecimal numerator, BigDecimal denominator) {
        return builder().numerator(numerator).denominator(denominator).build();
    }

    /**
     * Raw values of a ratio or a mean, for the whole project and no particular period.
     *
     * @param numerator   the numerator, not negative
     * @param denominator the denominator, not negative
     * @return the measurement
     * @throws IllegalArgumentException if a value is negative
     */
    public static Measurement of(long numerator, long denominator) {
        return of(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    /**
     * A count (or a level), for the whole project and no particular period.
     *
     * @param count the count, not negative
     * @return the measurement
     * @throws IllegalArgumentException if the count is negative
     */
    public static Measurement count(BigDecimal count) {
        return builder().numerator(count).build();
    }

    /**
     * A value as a document reports it, without raw values.
     *
     * @param value the reported value
     * @return the measurement
     */
    public static Measurement reported(BigDecimal value) {
        return builder().reportedValue(value).build();
    }

    /**
     * Whether the measurement has raw values (a numerator or a denominator).
     *
     * @return {@code true} if either is present
     */
    public boolean hasRawValues() {
        return numerator().isPresent() || denominator().isPresent();
    }

    /**
     * Two measurements combined, as a roll-up combines schools into a network: numerators summed,
     * denominators summed (each only if both sides have it, so a missing value is never replaced by a
     * made-up one), the period kept if both share it. The subject, reported values, date and note are
     * dropped: they belong to one measurement. The operation is associative and commutative.
     *
     * @param other another measurement
     * @return the combined raw values
     */
    public Measurement plus(Measurement other) {
        Objects.requireNonNull(other, "other");
        Builder b = builder();
        if (numerator().isPresent() && other.numerator().isPresent()) {
            b.numerator(numerator().get().add(other.numerator().get()));
        }
        if (denominator().isPresent() && other.denominator().isPresent()) {
            b.denominator(denominator().get().add(other.denominator().get()));
        }
        if (period().isPresent() && period().equals(other.period())) {
            b.period(period().get());
        }
        return b.build();
    }

    /**
     * A builder for a measurement.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Measurement}; {@code build()} validates it.
     *
     * <p>No attribute is required: every attribute is optional, a list or has a default.
     */
    public static final class Builder extends ImmutableMeasurement.Builder {
        Builder() {}
    }

    /** Validates the measurement and writes decimals with a negative scale ({@code 1E+2}) as plain integers. */
    @Value.Check
    Measurement check() {
        if (subjectId().isPresent()) {
            Require.notBlank(subjectId().get(), "Measurement subjectId");
            if (!subjectId().get().equals(subjectId().get().strip())) {
                throw new IllegalArgumentException(
                        "Measurement subjectId must not have leading or trailing white space: '"
                                + subjectId().get() + "'");
            }
        }
        if (numerator().isPresent() && numerator().get().signum() < 0) {
            throw new IllegalArgumentException("Measurement numerator must not be negative: "
                    + numerator().get().toPlainString());
        }
        if (denominator().isPresent() && denominator().get().signum() < 0) {
            throw new IllegalArgumentException("Measurement denominator must not be negative: "
                    + denominator().get().toPlainString());
        }
        reportedText().ifPresent(t -> Require.notBlank(t, "Measurement reportedText"));
        note().ifPresent(t -> Require.notBlank(t, "Measurement note"));
        boolean negativeScale = numerator().map(n -> n.scale() < 0).orElse(false)
                || denominator().map(n -> n.scale() < 0).orElse(false)
                || reportedValue().map(n -> n.scale() < 0).orElse(false);
        if (negativeScale) {
            return builder()
                    .from(this)
                    .numerator(numerator().map(Require::noNegativeScale))
                    .denominator(denominator().map(Require::noNegativeScale))
                    .reportedValue(reportedValue().map(Require::noNegativeScale))
                    .build();
        }
        return this;
    }
}
