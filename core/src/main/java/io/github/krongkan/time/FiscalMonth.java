package io.github.krongkan.time;

import io.github.krongkan.text.TextCursor;
import io.github.krongkan.text.ThaiParseException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.stream.LongStream;

/**
 * A month of a Thai fiscal year, numbered from October: month 1 is ต.ค. (October) and month 12 is
 * ก.ย. (September), the twelve columns of an action plan (แผนปฏิบัติการ). Month 2 of FY 2569 is
 * November 2025 (พ.ย. 2568). Like {@link YearMonth}, but counted in the fiscal year.
 *
 * <p>{@link #toString()} gives {@code FY2569-M02}, read back by {@link #parse(CharSequence)}. Instances
 * are immutable and ordered chronologically. A month is a {@link FiscalPeriod}; out of range
 * values throw a {@link DateTimeException}, as in java.time.
 */
public final class FiscalMonth implements FiscalPeriod, Comparable<FiscalMonth> {
    private final FiscalYear fiscalYear;
    private final int number;

    private FiscalMonth(FiscalYear fiscalYear, int number) {
        this.fiscalYear = fiscalYear;
        this.number = number;
    }

    /**
     * A month of a fiscal year.
     *
     * @param fiscalYear the fiscal year
     * @param number     1 (ต.ค., October) to 12 (ก.ย., September)
     * @return the month
     * @throws DateTimeException if the number is not 1–12
     */
    public static FiscalMonth of(FiscalYear fiscalYear, int number) {
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        if (number < 1 || number > 12) {
            throw new DateTimeException(
                    "A fiscal month number is 1 (ต.ค., October) to 12 (ก.ย., September), " + "not " + number);
        }
        return new FiscalMonth(fiscalYear, number);
    }

    /**
     * The fiscal month of a calendar month.
     *
     * @param yearMonth the calendar month, e.g. 2025-11
     * @return the fiscal month, e.g. FY2569-M02
     * @throws DateTimeException if the month is outside the supported fiscal years
     */
    public static FiscalMonth of(YearMonth yearMonth) {
        Objects.requireNonNull(yearMonth, "yearMonth");
        return containing(yearMonth.atDay(1));
    }

    /**
     * The fiscal month that contains a date.
     *
     * @param date the date
     * @return the fiscal month
     * @throws DateTimeException if the date is outside the supported fiscal years
     */
    public static FiscalMonth containing(LocalDate date) {
        FiscalYear year = FiscalYear.containing(date);
        long index = ChronoUnit.MONTHS.between(YearMonth.from(year.start()), YearMonth.from(date));
        return new FiscalMonth(year, (int) index + 1);
    }

    /**
     * The months from {@code first} to {@code last}, both included, across fiscal years if need be; for
     * a period written {@code พฤศจิกายน 2568 – มิถุนายน 2569}.
     *
     * @param first the first month
     * @param last  the last month, not before {@code first}
     * @return an immutable list in order
     * @throws IllegalArgumentException if {@code last} is before {@code first}
     */
    public static List<FiscalMonth> rangeClosed(FiscalMonth first, FiscalMonth last) {
        long count = ChronoUnit.MONTHS.between(first.yearMonth(), last.yearMonth());
        if (count < 0) {
            throw new IllegalArgumentException("Last month " + last + " is before first month " + first);
        }
        return LongStream.rangeClosed(0, count).mapToObj(first::plusMonths).toList();
    }

    /**
     * The current fiscal month, from a clock: the one that contains today's date in the clock's time zone.
     *
     * @param clock the clock
     * @return the fiscal month that contains {@code LocalDate.now(clock)}
     * @throws DateTimeException if that date is outside the supported fiscal years
     */
    public static FiscalMonth now(Clock clock) {
        Objects.requireNonNull(clock, "clock");
        return containing(LocalDate.now(clock));
    }

    /**
     * Reads the form of {@link #toString()}, e.g. {@code FY2569-M01} ({@code FY} and {@code M} in any case,
     * two digits for the month, ASCII or Thai digits).
     *
     * @param text the text to read
     * @return the month
     * @throws ThaiParseException if the text is not of that form or out of range
     */
    public static FiscalMonth parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        TextCursor cursor = new TextCursor(text);
        FiscalYear year = FiscalYear.readCode(cursor, "FY2569-M01");
        int index = cursor.position();
        if (!cursor.skipIgnoreCase("-M")) {
            throw cursor.error("Expected -M and a two-digit fiscal month 01 to 12, as in FY2569-M01", index);
        }
        return readNumber(cursor, year, index);
    }

    /** Reads the month number after {@code FY2569-M} (whose {@code -M} is at {@code markerIndex}) and the end. */
    static FiscalMonth readNumber(TextCursor cursor, FiscalYear year, int markerIndex) {
        int numberIndex = cursor.position();
        if (cursor.digitRun() != 2) {
            throw cursor.error("Expected -M and a two-digit fiscal month 01 to 12, as in FY2569-M01", markerIndex);
        }
        int month = cursor.readNumber(2);
        if (month < 1 || month > 12) {
            throw cursor.error("A fiscal month number is 01 (ต.ค.) to 12 (ก.ย.), not " + month, numberIndex);
        }
        cursor.expectEnd("the fiscal month");
        return new FiscalMonth(year, month);
    }

    /**
     * A month is a period of the {@link Granularity#MONTH MONTH} granularity.
     *
     * @return {@link Granularity#MONTH}
     */
    @Override
    public Granularity granularity() {
        return Granularity.MONTH;
    }

    /**
     * The fiscal year this month belongs to.
     *
     * @return the fiscal year
     */
    @Override
    public FiscalYear fiscalYear() {
        return fiscalYear;
    }

    /**
     * The number of this month in its fiscal year.
     *
     * @return 1 (October) to 12 (September)
     */
    public int number() {
        return number;
    }

    /**
     * The calendar month.
     *
     * @return e.g. 2025-11 for FY2569-M02
     */
    public YearMonth yearMonth() {
        return YearMonth.from(fiscalYear.start()).plusMonths(number - 1L);
    }

    /**
     * The month of the year.
     *
     * @return e.g. {@link Month#NOVEMBER} for month 2
     */
    public Month month() {
        return yearMonth().getMonth();
    }

    /**
     * The quarter this month belongs to.
     *
     * @return the quarter: months 1–3 are Q1, …, 10–12 are Q4
     */
    public FiscalQuarter quarter() {
        return FiscalQuarter.of(fiscalYear, (number + 2) / 3);
    }

    /**
     * The first day of the month.
     *
     * @return the first day
     */
    @Override
    public LocalDate start() {
        return yearMonth().atDay(1);
    }

    /**
     * The last day of the month (inclusive).
     *
     * @return the last day
     */
    @Override
    public LocalDate end() {
        return yearMonth().atEndOfMonth();
    }

    /**
     * Tells whether a date falls in this month.
     *
     * @param date the date
     * @return {@code true} if the date is in this calendar month
     */
    @Override
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return YearMonth.from(date).equals(yearMonth());
    }

    /**
     * This month moved by a number of months, across fiscal years if need be: month 12 of FY 2569 plus
     * one is month 1 of FY 2570.
     *
     * @param months the number of months to add, may be negative
     * @return the month
     * @throws DateTimeException if the result is outside the supported fiscal years
     */
    public FiscalMonth plusMonths(long months) {
        long bounded = Math.max(Math.min(months, 1_000_000L), -1_000_000L);
        long index = fiscalYear.buddhistEraYear() * 12L + (number - 1) + bounded;
        long year = Math.floorDiv(index, 12);
        if (year < FiscalYear.MIN.buddhistEraYear() || year > FiscalYear.MAX.buddhistEraYear()) {
            throw new DateTimeException(this + " plus " + months + " months is outside the supported " + "fiscal years "
                    + FiscalYear.MIN + " to " + FiscalYear.MAX);
        }
        return new FiscalMonth(FiscalYear.ofBuddhistEra((int) year), Math.floorMod(index, 12) + 1);
    }

    /**
     * The following month; after ก.ย. (12) comes ต.ค. (1) of the next fiscal year.
     *
     * @return this plus one month
     * @throws DateTimeException after the last supported month
     */
    public FiscalMonth next() {
        return plusMonths(1);
    }

    /**
     * The preceding month; before ต.ค. (1) comes ก.ย. (12) of the previous fiscal year.
     *
     * @return this minus one month
     * @throws DateTimeException before the first supported month
     */
    public FiscalMonth previous() {
        return plusMonths(-1);
    }

    /**
     * The Thai name of the month, from the JDK's Thai locale data.
     *
     * @return e.g. {@code ตุลาคม}
     */
    public String thaiName() {
        return ThaiCalendarText.monthName(month());
    }

    /**
     * The usual Thai abbreviation of the month, from the JDK's Thai locale data.
     *
     * @return e.g. {@code ต.ค.}
     */
    public String thaiAbbreviation() {
        return ThaiCalendarText.monthAbbreviation(month());
    }

    /**
     * This month moved back by a number of months, across fiscal years if need be.
     *
     * @param months the number of months to subtract, may be negative
     * @return the month
     * @throws DateTimeException if the result is outside the supported fiscal years
     */
    public FiscalMonth minusMonths(long months) {
        return plusMonths(months == Long.MIN_VALUE ? Long.MAX_VALUE : -months);
    }

    /**
     * The same month a number of fiscal years later: พ.ย. of FY 2569 plus one year is พ.ย. of FY 2570.
     *
     * @param years the number of years to add, may be negative
     * @return the month
     * @throws DateTimeException if the result is outside the supported fiscal years
     */
    public FiscalMonth plusYears(long years) {
        // Beyond ±10,000 years every result is out of range; bounding first keeps the product exact.
        long bounded = Math.max(Math.min(years, 10_000L), -10_000L);
        try {
            return plusMonths(12L * bounded);
        } catch (DateTimeException e) {
            throw new DateTimeException(
                    this + " plus " + years + " years is outside the supported fiscal years " + FiscalYear.MIN + " to "
                            + FiscalYear.MAX,
                    e);
        }
    }

    /**
     * The same month a number of fiscal years earlier.
     *
     * @param years the number of years to subtract, may be negative
     * @return the month
     * @throws DateTimeException if the result is outside the supported fiscal years
     */
    public FiscalMonth minusYears(long years) {
        return plusYears(years == Long.MIN_VALUE ? Long.MAX_VALUE : -years);
    }

    /**
     * Tells whether this month is before another.
     *
     * @param other the other month
     * @return {@code true} if this one ends before the other starts
     */
    public boolean isBefore(FiscalMonth other) {
        return compareTo(other) < 0;
    }

    /**
     * Tells whether this month is after another.
     *
     * @param other the other month
     * @return {@code true} if this one starts after the other ends
     */
    public boolean isAfter(FiscalMonth other) {
        return compareTo(other) > 0;
    }

    /**
     * Orders months chronologically.
     *
     * @param other the other month
     * @return negative, zero or positive as this is earlier, the same or later
     */
    @Override
    public int compareTo(FiscalMonth other) {
        int byYear = fiscalYear.compareTo(other.fiscalYear);
        return byYear != 0 ? byYear : Integer.compare(number, other.number);
    }

    /**
     * Tells whether the other object is the same month.
     *
     * @param other the other object
     * @return {@code true} for the same fiscal year and number
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof FiscalMonth that && number == that.number && fiscalYear.equals(that.fiscalYear);
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
     * The code of this month, e.g. {@code FY2569-M01} for October 2025, read back by
     * {@link #parse(CharSequence)}.
     *
     * @return the code
     */
    @Override
    public String toString() {
        return fiscalYear + (number < 10 ? "-M0" : "-M") + number; // number is 1 to 12
    }
}
