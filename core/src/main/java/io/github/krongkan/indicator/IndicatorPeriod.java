package io.github.krongkan.indicator;

import io.github.krongkan.text.ThaiParseException;
import io.github.krongkan.time.FiscalMonth;
import io.github.krongkan.time.FiscalQuarter;
import io.github.krongkan.time.FiscalYear;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * The period a target or a measurement belongs to: a fiscal year, a fiscal quarter or a fiscal
 * month. {@link #toString()} gives {@code FY2569}, {@code FY2569-Q1} or {@code FY2569-M02}, read back
 * by {@link #parse(CharSequence)}; the JSON format writes periods that way.
 *
 * <p>Periods are ordered by their end, and a longer period before a shorter one with the same end
 * (FY2569 before FY2569-Q4 before FY2569-M12). Instances are immutable.
 */
public final class IndicatorPeriod implements Comparable<IndicatorPeriod> {
    /** How long a period is. */
    public enum Granularity {
        /** A fiscal year (ปีงบประมาณ). */
        YEAR,
        /** A fiscal quarter (ไตรมาส). */
        QUARTER,
        /** A fiscal month. */
        MONTH
    }

    private static final Comparator<IndicatorPeriod> ORDER =
            Comparator.comparing(IndicatorPeriod::end).thenComparing(IndicatorPeriod::granularity);

    private final FiscalYear year;
    private final FiscalQuarter quarter;
    private final FiscalMonth month;
    /**
     * {@link #toString()}, made at its first use and kept: equality and hash codes use it (periods
     * are map keys). A race makes it twice, equal.
     */
    private String code;

    private IndicatorPeriod(FiscalYear year, FiscalQuarter quarter, FiscalMonth month) {
        this.year = year;
        this.quarter = quarter;
        this.month = month;
    }

    /**
     * A whole fiscal year.
     *
     * @param year the fiscal year
     * @return the period
     */
    public static IndicatorPeriod of(FiscalYear year) {
        return new IndicatorPeriod(Objects.requireNonNull(year, "year"), null, null);
    }

    /**
     * A fiscal quarter.
     *
     * @param quarter the quarter
     * @return the period
     */
    public static IndicatorPeriod of(FiscalQuarter quarter) {
        Objects.requireNonNull(quarter, "quarter");
        return new IndicatorPeriod(quarter.fiscalYear(), quarter, null);
    }

    /**
     * A fiscal month.
     *
     * @param month the month
     * @return the period
     */
    public static IndicatorPeriod of(FiscalMonth month) {
        Objects.requireNonNull(month, "month");
        return new IndicatorPeriod(month.fiscalYear(), month.quarter(), month);
    }

    /**
     * Reads the form of {@link #toString()}: {@code FY2569}, {@code FY2569-Q1} or {@code FY2569-M02}.
     *
     * @param text the text
     * @return the period
     * @throws ThaiParseException if the text is not of that form or out of range
     */
    public static IndicatorPeriod parse(CharSequence text) {
        String s = text.toString();
        String upper = s.toUpperCase(java.util.Locale.ROOT);
        if (upper.contains("-M")) {
            return of(FiscalMonth.parse(s));
        }
        if (upper.contains("-Q")) {
            return of(FiscalQuarter.parse(s));
        }
        if (!upper.startsWith("FY")) {
            throw new ThaiParseException("Expected a period such as FY2569, FY2569-Q1 or FY2569-M02", s, 0);
        }
        return of(FiscalYear.parse(s));
    }

    /**
     * How long the period is.
     *
     * @return year, quarter or month
     */
    public Granularity granularity() {
        return month != null ? Granularity.MONTH : quarter != null ? Granularity.QUARTER : Granularity.YEAR;
    }

    /**
     * The fiscal year the period lies in.
     *
     * @return the fiscal year
     */
    public FiscalYear fiscalYear() {
        return year;
    }

    /**
     * The quarter, for a quarter or a month.
     *
     * @return the quarter; empty for a year
     */
    public Optional<FiscalQuarter> quarter() {
        return Optional.ofNullable(quarter);
    }

    /**
     * The month, for a month.
     *
     * @return the month; empty for a year or a quarter
     */
    public Optional<FiscalMonth> month() {
        return Optional.ofNullable(month);
    }

    /**
     * The first day.
     *
     * @return the first day
     */
    public LocalDate start() {
        return month != null ? month.start() : quarter != null ? quarter.start() : year.start();
    }

    /**
     * The last day, inclusive.
     *
     * @return the last day
     */
    public LocalDate end() {
        return month != null ? month.end() : quarter != null ? quarter.end() : year.end();
    }

    /**
     * Whether another period lies within this one (a period contains itself).
     *
     * @param other another period
     * @return {@code true} if {@code other} starts and ends within this period
     */
    public boolean contains(IndicatorPeriod other) {
        return !other.start().isBefore(start()) && !other.end().isAfter(end());
    }

    /**
     * Orders periods by their end, a longer period first when two end together.
     *
     * @param other another period
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(IndicatorPeriod other) {
        return ORDER.compare(this, other);
    }

    /**
     * Periods are equal when they are the same year, quarter or month.
     *
     * @param o another object
     * @return whether {@code o} is the same period
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof IndicatorPeriod that && toString().equals(that.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    /**
     * The period's code.
     *
     * @return {@code FY2569}, {@code FY2569-Q1} or {@code FY2569-M02}
     */
    @Override
    public String toString() {
        String c = code;
        if (c == null) {
            c = month != null ? month.toString() : quarter != null ? quarter.toString() : year.toString();
            code = c;
        }
        return c;
    }
}
