package io.github.krongkan.time;

import io.github.krongkan.text.TextCursor;
import io.github.krongkan.text.ThaiParseException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * A quarter (ไตรมาส) of a Thai fiscal year: Q1 is October–December, Q2 January–March, Q3 April–June and
 * Q4 July–September. Q1 of FY 2569 is October–December 2025.
 *
 * <p>{@link #toString()} gives {@code FY2569-Q1}, read back by {@link #parse(CharSequence)}. Instances
 * are immutable and ordered chronologically. A quarter is a {@link FiscalPeriod}; out of range
 * values throw a {@link DateTimeException}, as in java.time.
 */
public final class FiscalQuarter implements FiscalPeriod, Comparable<FiscalQuarter> {
    private final FiscalYear fiscalYear;
    private final int number;

    private FiscalQuarter(FiscalYear fiscalYear, int number) {
        this.fiscalYear = fiscalYear;
        this.number = number;
    }

    /**
     * A quarter of a fiscal year.
     *
     * @param fiscalYear the fiscal year
     * @param number     1 (October–December) to 4 (July–September)
     * @return the quarter
     * @throws DateTimeException if the number is not 1–4
     */
    public static FiscalQuarter of(FiscalYear fiscalYear, int number) {
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        if (number < 1 || number > 4) {
            throw new DateTimeException("A fiscal quarter number is 1 to 4 (Q1 = October–December), not " + number);
        }
        return new FiscalQuarter(fiscalYear, number);
    }

    /**
     * The quarter that contains a date.
     *
     * @param date the date
     * @return the quarter, e.g. FY2569-Q1 for 2025-11-15
     * @throws DateTimeException if the date is outside the supported fiscal years
     */
    public static FiscalQuarter containing(LocalDate date) {
        return FiscalMonth.containing(date).quarter();
    }

    /**
     * The current fiscal quarter, from a clock: the one that contains today's date in the clock's time zone.
     *
     * @param clock the clock
     * @return the fiscal quarter that contains {@code LocalDate.now(clock)}
     * @throws DateTimeException if that date is outside the supported fiscal years
     */
    public static FiscalQuarter now(Clock clock) {
        Objects.requireNonNull(clock, "clock");
        return containing(LocalDate.now(clock));
    }

    /**
     * Reads the form of {@link #toString()}, e.g. {@code FY2569-Q1} ({@code FY} and {@code Q} in any case,
     * ASCII or Thai digits).
     *
     * @param text the text to read
     * @return the quarter
     * @throws ThaiParseException if the text is not of that form or out of range
     */
    public static FiscalQuarter parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        TextCursor cursor = new TextCursor(text);
        FiscalYear year = FiscalYear.readCode(cursor, "FY2569-Q1");
        int index = cursor.position();
        if (!cursor.skipIgnoreCase("-Q")) {
            throw cursor.error("Expected -Q and a quarter number 1 to 4, as in FY2569-Q1", index);
        }
        return readNumber(cursor, year, index);
    }

    /** Reads the quarter number after {@code FY2569-Q} (whose {@code -Q} is at {@code markerIndex}) and the end. */
    static FiscalQuarter readNumber(TextCursor cursor, FiscalYear year, int markerIndex) {
        int numberIndex = cursor.position();
        if (cursor.digitRun() != 1) {
            throw cursor.error("Expected -Q and a quarter number 1 to 4, as in FY2569-Q1", markerIndex);
        }
        int quarter = cursor.readNumber(1);
        if (quarter < 1 || quarter > 4) {
            throw cursor.error("A fiscal quarter number is 1 to 4, not " + quarter, numberIndex);
        }
        cursor.expectEnd("the fiscal quarter");
        return new FiscalQuarter(year, quarter);
    }

    /**
     * A quarter is a period of the {@link Granularity#QUARTER QUARTER} granularity.
     *
     * @return {@link Granularity#QUARTER}
     */
    @Override
    public Granularity granularity() {
        return Granularity.QUARTER;
    }

    /**
     * The fiscal year this quarter belongs to.
     *
     * @return the fiscal year
     */
    @Override
    public FiscalYear fiscalYear() {
        return fiscalYear;
    }

    /**
     * The number of this quarter in its fiscal year.
     *
     * @return 1 to 4
     */
    public int number() {
        return number;
    }

    /**
     * The first day: 1 October, 1 January, 1 April or 1 July.
     *
     * @return the first day
     */
    @Override
    public LocalDate start() {
        return firstMonth().start();
    }

    /**
     * The last day (inclusive): 31 December, 31 March, 30 June or 30 September.
     *
     * @return the last day
     */
    @Override
    public LocalDate end() {
        return firstMonth().plusMonths(2).end();
    }

    /**
     * Tells whether a date falls in this quarter, ends included.
     *
     * @param date the date
     * @return {@code true} if {@code start() <= date <= end()}
     */
    @Override
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /**
     * The three months of this quarter in order.
     *
     * @return an immutable list of three months
     */
    public List<FiscalMonth> months() {
        FiscalMonth first = firstMonth();
        return IntStream.range(0, 3).mapToObj(first::plusMonths).toList();
    }

    private FiscalMonth firstMonth() {
        return FiscalMonth.of(fiscalYear, 3 * number - 2);
    }

    /**
     * This quarter moved by a number of quarters, across fiscal years if need be.
     *
     * @param quarters the number of quarters to add, may be negative
     * @return the quarter
     * @throws DateTimeException if the result is outside the supported fiscal years
     */
    public FiscalQuarter plusQuarters(long quarters) {
        long bounded = Math.max(Math.min(quarters, 100_000L), -100_000L);
        try {
            return firstMonth().plusMonths(3 * bounded).quarter();
        } catch (DateTimeException e) {
            throw new DateTimeException(
                    this + " plus " + quarters + " quarters is outside the supported " + "fiscal years "
                            + FiscalYear.MIN + " to " + FiscalYear.MAX,
                    e);
        }
    }

    /**
     * The following quarter; after Q4 comes Q1 of the next fiscal year.
     *
     * @return this plus one quarter
     * @throws DateTimeException after the last supported quarter
     */
    public FiscalQuarter next() {
        return plusQuarters(1);
    }

    /**
     * The preceding quarter; before Q1 comes Q4 of the previous fiscal year.
     *
     * @return this minus one quarter
     * @throws DateTimeException before the first supported quarter
     */
    public FiscalQuarter previous() {
        return plusQuarters(-1);
    }

    /**
     * This quarter moved back by a number of quarters, across fiscal years if need be.
     *
     * @param quarters the number of quarters to subtract, may be negative
     * @return the quarter
     * @throws DateTimeException if the result is outside the supported fiscal years
     */
    public FiscalQuarter minusQuarters(long quarters) {
        return plusQuarters(quarters == Long.MIN_VALUE ? Long.MAX_VALUE : -quarters);
    }

    /**
     * The same quarter a number of fiscal years later: Q2 of FY 2569 plus one year is Q2 of FY 2570.
     *
     * @param years the number of years to add, may be negative
     * @return the quarter
     * @throws DateTimeException if the result is outside the supported fiscal years
     */
    public FiscalQuarter plusYears(long years) {
        // Beyond ±10,000 years every result is out of range; bounding first keeps the product exact.
        long bounded = Math.max(Math.min(years, 10_000L), -10_000L);
        try {
            return plusQuarters(4L * bounded);
        } catch (DateTimeException e) {
            throw new DateTimeException(
                    this + " plus " + years + " years is outside the supported fiscal years " + FiscalYear.MIN + " to "
                            + FiscalYear.MAX,
                    e);
        }
    }

    /**
     * The same quarter a number of fiscal years earlier.
     *
     * @param years the number of years to subtract, may be negative
     * @return the quarter
     * @throws DateTimeException if the result is outside the supported fiscal years
     */
    public FiscalQuarter minusYears(long years) {
        return plusYears(years == Long.MIN_VALUE ? Long.MAX_VALUE : -years);
    }

    /**
     * Tells whether this quarter is before another.
     *
     * @param other the other quarter
     * @return {@code true} if this one ends before the other starts
     */
    public boolean isBefore(FiscalQuarter other) {
        return compareTo(other) < 0;
    }

    /**
     * Tells whether this quarter is after another.
     *
     * @param other the other quarter
     * @return {@code true} if this one starts after the other ends
     */
    public boolean isAfter(FiscalQuarter other) {
        return compareTo(other) > 0;
    }

    /**
     * Orders quarters chronologically.
     *
     * @param other the other quarter
     * @return negative, zero or positive as this is earlier, the same or later
     */
    @Override
    public int compareTo(FiscalQuarter other) {
        int byYear = fiscalYear.compareTo(other.fiscalYear);
        return byYear != 0 ? byYear : Integer.compare(number, other.number);
    }

    /**
     * Tells whether the other object is the same quarter.
     *
     * @param other the other object
     * @return {@code true} for the same fiscal year and number
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof FiscalQuarter that && number == that.number && fiscalYear.equals(that.fiscalYear);
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return fiscalYear.hashCode() * 31 + number;
    }

    /**
     * The code of this quarter, e.g. {@code FY2569-Q1}, read back by {@link #parse(CharSequence)}.
     *
     * @return the code
     */
    @Override
    public String toString() {
        return fiscalYear + "-Q" + number;
    }
}
