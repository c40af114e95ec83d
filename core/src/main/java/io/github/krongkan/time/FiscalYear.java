package io.github.krongkan.time;

import io.github.krongkan.text.TextCursor;
import io.github.krongkan.text.ThaiParseException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.ThaiBuddhistDate;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * A Thai government fiscal year (ปีงบประมาณ): 1 October to 30 September, named by the Buddhist-era
 * year in which it <em>ends</em>. {@code FiscalYear.ofBuddhistEra(2569)} runs from 1 October 2025 to
 * 30 September 2026 (1 ต.ค. 2568 – 30 ก.ย. 2569).
 *
 * <p>Do not confuse it with the school year (ปีการศึกษา), which starts in May and is named by the year
 * in which it starts.
 *
 * <p><b>Range.</b> Supported fiscal years are {@link #MIN} (FY 2485, from 1 October 1941) to
 * {@link #MAX} (FY 3000). Until 1940 the Thai year began on 1 April, so Buddhist-era dates before
 * 1 January 1941 do not convert by adding 543 and fiscal year 2484, which would start on
 * 1 October 1940, is refused. Thai law has set the 1 October start since the Budget Procedure Act
 * B.E. 2502 (1959); for earlier years this class applies the same rule proleptically.
 *
 * <p><b>Text.</b> {@link #toString()} gives {@code FY2569}; {@link #parse(CharSequence)} reads that
 * code back and nothing else, {@link #read(CharSequence)} also reads the forms of Thai documents
 * ({@code ปีงบประมาณ พ.ศ. 2569}), as {@code Baht.parse} and {@code Baht.read} do for amounts.
 *
 * <p><b>Errors.</b> As in java.time, a year, date or result outside the supported range throws a
 * {@link DateTimeException}; text that cannot be read throws a {@link ThaiParseException}.
 *
 * <p>Instances are immutable, compare by year and are safe to share between threads. A fiscal year
 * is the longest {@link FiscalPeriod}.
 */
public final class FiscalYear implements FiscalPeriod, Comparable<FiscalYear> {
    private static final int MIN_BE = 2485;
    private static final int MAX_BE = 3000;
    private static final String FISCAL_YEAR_WORD = "ปีงบประมาณ";

    /** The earliest supported fiscal year, FY 2485 (1 October 1941 to 30 September 1942). */
    public static final FiscalYear MIN = new FiscalYear(MIN_BE);

    /** The latest supported fiscal year, FY 3000 (1 October 2456 to 30 September 2457). */
    public static final FiscalYear MAX = new FiscalYear(MAX_BE);

    private final int buddhistEraYear;
    private final LocalDate start;
    private final LocalDate end;

    private FiscalYear(int buddhistEraYear) {
        this.buddhistEraYear = buddhistEraYear;
        this.start = LocalDate.from(ThaiBuddhistDate.of(buddhistEraYear - 1, 10, 1));
        this.end = LocalDate.from(ThaiBuddhistDate.of(buddhistEraYear, 9, 30));
    }

    /**
     * The fiscal year with the given Buddhist-era number.
     *
     * @param buddhistEraYear the Buddhist-era year in which the fiscal year ends, e.g. 2569
     * @return the fiscal year, e.g. 1 October 2025 to 30 September 2026 for 2569
     * @throws DateTimeException if the year is outside 2485–3000; the message suggests
     *                                  {@link #ofCommonEra(int)} when the number looks like a Common Era year
     */
    public static FiscalYear ofBuddhistEra(int buddhistEraYear) {
        if (buddhistEraYear < MIN_BE) {
            String hint = buddhistEraYear >= 1942 && buddhistEraYear <= MAX.commonEraYear()
                    ? "; " + buddhistEraYear + " looks like a Common Era year: FiscalYear.ofCommonEra("
                            + buddhistEraYear + ") is FY" + Eras.toBuddhistEra(buddhistEraYear)
                    : "";
            throw new DateTimeException("Fiscal year BE " + buddhistEraYear + " is before the earliest "
                    + "supported fiscal year, BE " + MIN_BE + " (from 1 October 1941): until 1940 the Thai year "
                    + "began on 1 April" + hint);
        }
        if (buddhistEraYear > MAX_BE) {
            throw new DateTimeException("Fiscal year BE " + buddhistEraYear + " is after the latest "
                    + "supported fiscal year, BE " + MAX_BE);
        }
        return new FiscalYear(buddhistEraYear);
    }

    /**
     * The fiscal year that ends in the given Common Era year.
     *
     * @param commonEraYearInWhichItEnds the Common Era year of its September, e.g. 2026 for FY 2569
     * @return the fiscal year
     * @throws DateTimeException if the fiscal year is outside the supported range (ending in
     *                                  1942–2457)
     */
    public static FiscalYear ofCommonEra(int commonEraYearInWhichItEnds) {
        int ce = commonEraYearInWhichItEnds;
        if (ce < MIN.commonEraYear() || ce > MAX.commonEraYear()) {
            String hint = ce >= MIN_BE && ce <= MAX_BE
                    ? "; " + ce + " looks like a Buddhist-era year: use FiscalYear.ofBuddhistEra(" + ce + ")"
                    : "";
            throw new DateTimeException("A fiscal year ending in CE " + ce + " is out of range: supported "
                    + "fiscal years end in CE " + MIN.commonEraYear() + " (FY" + MIN_BE + ") to "
                    + MAX.commonEraYear() + " (FY" + MAX_BE + ")" + hint);
        }
        return new FiscalYear(Eras.toBuddhistEra(ce));
    }

    /**
     * The fiscal year that contains a date.
     *
     * @param date a date from 1 October 1941 to 30 September 2457
     * @return the fiscal year of the date: FY 2569 for any date from 2025-10-01 to 2026-09-30
     * @throws DateTimeException if the date is outside the supported fiscal years
     */
    public static FiscalYear containing(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (date.isBefore(MIN.start)) {
            throw new DateTimeException("Date " + date + " is before " + MIN.start + ", the start of the "
                    + "earliest supported fiscal year FY" + MIN_BE + ": until 1940 the Thai year began on 1 April");
        }
        if (date.isAfter(MAX.end)) {
            throw new DateTimeException("Date " + date + " is after " + MAX.end + ", the end of the latest "
                    + "supported fiscal year FY" + MAX_BE);
        }
        int buddhistYear = ThaiBuddhistDate.from(date).get(ChronoField.YEAR);
        return new FiscalYear(date.getMonthValue() >= 10 ? buddhistYear + 1 : buddhistYear);
    }

    /**
     * The current fiscal year, from a clock: the fiscal year of today's date in the clock's time
     * zone (pass a clock in {@code Asia/Bangkok} for the Thai date). There is no {@code now()}
     * without a clock: the system clock is the caller's choice, and a test's fixed clock gives a
     * fixed answer.
     *
     * @param clock the clock
     * @return the fiscal year that contains {@code LocalDate.now(clock)}
     * @throws DateTimeException if that date is outside the supported fiscal years
     */
    public static FiscalYear now(Clock clock) {
        Objects.requireNonNull(clock, "clock");
        return containing(LocalDate.now(clock));
    }

    /**
     * Parses the code of {@link #toString()}: {@code FY} (in any case) and a four-digit
     * Buddhist-era year, e.g. {@code FY2569}, with ASCII or Thai digits. For the forms of documents
     * use {@link #read(CharSequence)}.
     *
     * @param text the text to read
     * @return the fiscal year
     * @throws ThaiParseException if the text is not such a code or the year is out of range
     */
    public static FiscalYear parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        TextCursor cursor = new TextCursor(text);
        FiscalYear year = readCode(cursor, "FY2569");
        cursor.expectEnd("the fiscal year");
        return year;
    }

    /**
     * Reads a fiscal year as documents write it, leniently. Accepted, with ASCII or Thai digits and
     * any spacing:
     * {@code FY2569} (the form of {@link #toString()}; {@code FY} in any case), a bare {@code 2569},
     * {@code พ.ศ. 2569}, {@code ปีงบประมาณ 2569} and {@code ปีงบประมาณ พ.ศ. 2569} (an optional colon
     * may follow the words, as in forms: {@code ปีงบประมาณ พ.ศ. : 2564}).
     *
     * <p>The year must be a four-digit Buddhist-era year. A Common Era number ({@code 2026},
     * {@code FY2026}, {@code ค.ศ. 2026}) is refused rather than converted, with a message that names
     * the Buddhist-era fiscal year it would be.
     *
     * @param text the text to read
     * @return the fiscal year
     * @throws ThaiParseException if the text is not one of these forms or the year is out of range
     */
    public static FiscalYear read(CharSequence text) {
        Objects.requireNonNull(text, "text");
        TextCursor cursor = new TextCursor(text);
        if (cursor.atEnd()) {
            throw cursor.error("Expected a fiscal year such as FY2569 but the text is empty", cursor.position());
        }
        DateReading.Era era = null;
        int eraIndex = -1;
        if (cursor.skipIgnoreCase("FY")) {
            cursor.skipSpace();
        } else {
            boolean labelled = cursor.skip(FISCAL_YEAR_WORD);
            cursor.skipSpace();
            eraIndex = cursor.position();
            ThaiCalendarText.Word<DateReading.Era> marker = ThaiCalendarText.readEra(cursor);
            era = marker == null ? null : marker.value();
            cursor.skipSpace();
            if ((labelled || era != null) && cursor.skip(":")) {
                cursor.skipSpace();
            }
        }
        int yearIndex = cursor.position();
        if (cursor.digitRun() != 4) {
            throw cursor.error(
                    "Expected a four-digit Buddhist-era year, as in FY2569 or ปีงบประมาณ พ.ศ. 2569", yearIndex);
        }
        int year = cursor.readNumber(4);
        cursor.expectEnd("the fiscal year");
        if (era == DateReading.Era.COMMON || year < Eras.BUDDHIST_ERA_THRESHOLD) {
            String hint = year >= MIN.commonEraYear() && year <= MAX.commonEraYear()
                    ? " (the fiscal year ending in CE " + year + " is FY" + Eras.toBuddhistEra(year) + ")"
                    : "";
            throw cursor.error(
                    "Fiscal years are named by the Buddhist-era year in which they end; " + year
                            + " is a Common Era year" + hint,
                    era == DateReading.Era.COMMON ? eraIndex : yearIndex);
        }
        return ofChecked(cursor, year, yearIndex);
    }

    /** Reads the strict code {@code FY2569} at the cursor, as the prefix of quarter and month codes. */
    static FiscalYear readCode(TextCursor cursor, String example) {
        int start = cursor.position();
        if (!cursor.skipIgnoreCase("FY") || cursor.digitRun() != 4) {
            throw cursor.error("Expected FY and a four-digit Buddhist-era year, as in " + example, start);
        }
        int yearIndex = cursor.position();
        return ofChecked(cursor, cursor.readNumber(4), yearIndex);
    }

    private static FiscalYear ofChecked(TextCursor cursor, int year, int yearIndex) {
        try {
            return ofBuddhistEra(year);
        } catch (DateTimeException e) {
            throw cursor.error(e.getMessage(), yearIndex);
        }
    }

    /**
     * A fiscal year is a period of the {@link Granularity#YEAR YEAR} granularity.
     *
     * @return {@link Granularity#YEAR}
     */
    @Override
    public Granularity granularity() {
        return Granularity.YEAR;
    }

    /**
     * A fiscal year is its own fiscal year.
     *
     * @return this fiscal year
     */
    @Override
    public FiscalYear fiscalYear() {
        return this;
    }

    /**
     * The Buddhist-era year in which this fiscal year ends, its name.
     *
     * @return e.g. 2569
     */
    public int buddhistEraYear() {
        return buddhistEraYear;
    }

    /**
     * The Common Era year in which this fiscal year ends.
     *
     * @return e.g. 2026 for FY 2569
     */
    public int commonEraYear() {
        return end.getYear();
    }

    /**
     * The first day, 1 October of the previous year.
     *
     * @return e.g. 2025-10-01 for FY 2569
     */
    @Override
    public LocalDate start() {
        return start;
    }

    /**
     * The last day, 30 September (inclusive).
     *
     * @return e.g. 2026-09-30 for FY 2569
     */
    @Override
    public LocalDate end() {
        return end;
    }

    /**
     * The number of days, 365 or 366.
     *
     * @return the length of this fiscal year in days
     */
    public int lengthInDays() {
        return (int) ChronoUnit.DAYS.between(start, end) + 1;
    }

    /**
     * Tells whether a date falls in this fiscal year, ends included.
     *
     * @param date the date
     * @return {@code true} if {@code start() <= date <= end()}
     */
    @Override
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /**
     * One quarter (ไตรมาส) of this fiscal year.
     *
     * @param number 1 (October–December) to 4 (July–September)
     * @return the quarter
     * @throws DateTimeException if the number is not 1–4
     */
    public FiscalQuarter quarter(int number) {
        return FiscalQuarter.of(this, number);
    }

    /**
     * The four quarters in order.
     *
     * @return an immutable list of quarters 1 to 4
     */
    public List<FiscalQuarter> quarters() {
        return IntStream.rangeClosed(1, 4).mapToObj(this::quarter).toList();
    }

    /**
     * One month of this fiscal year, counted from October.
     *
     * @param number 1 (ต.ค., October) to 12 (ก.ย., September)
     * @return the month
     * @throws DateTimeException if the number is not 1–12
     */
    public FiscalMonth month(int number) {
        return FiscalMonth.of(this, number);
    }

    /**
     * The twelve months in order, ต.ค. to ก.ย., the columns of a Thai action plan.
     *
     * @return an immutable list of months 1 to 12
     */
    public List<FiscalMonth> months() {
        return IntStream.rangeClosed(1, 12).mapToObj(this::month).toList();
    }

    /**
     * This fiscal year moved by a number of years.
     *
     * @param years the number of years to add, may be negative
     * @return the fiscal year
     * @throws DateTimeException if the result is outside the supported range
     */
    public FiscalYear plusYears(long years) {
        long target = (long) buddhistEraYear + Math.max(Math.min(years, MAX_BE), -MAX_BE);
        if (target < MIN_BE || target > MAX_BE) {
            throw new DateTimeException(this + " plus " + years + " years is outside the supported " + "fiscal years "
                    + MIN + " to " + MAX);
        }
        return new FiscalYear((int) target);
    }

    /**
     * This fiscal year moved back by a number of years.
     *
     * @param years the number of years to subtract, may be negative
     * @return the fiscal year
     * @throws DateTimeException if the result is outside the supported range
     */
    public FiscalYear minusYears(long years) {
        return plusYears(years == Long.MIN_VALUE ? Long.MAX_VALUE : -years);
    }

    /**
     * Tells whether this fiscal year is before another.
     *
     * @param other the other fiscal year
     * @return {@code true} if this one ends before the other starts
     */
    public boolean isBefore(FiscalYear other) {
        return compareTo(other) < 0;
    }

    /**
     * Tells whether this fiscal year is after another.
     *
     * @param other the other fiscal year
     * @return {@code true} if this one starts after the other ends
     */
    public boolean isAfter(FiscalYear other) {
        return compareTo(other) > 0;
    }

    /**
     * The following fiscal year.
     *
     * @return this plus one year
     * @throws DateTimeException if this is {@link #MAX}
     */
    public FiscalYear next() {
        return plusYears(1);
    }

    /**
     * The preceding fiscal year.
     *
     * @return this minus one year
     * @throws DateTimeException if this is {@link #MIN}
     */
    public FiscalYear previous() {
        return plusYears(-1);
    }

    /**
     * Orders fiscal years chronologically.
     *
     * @param other the other fiscal year
     * @return negative, zero or positive as this is earlier, the same or later
     */
    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(buddhistEraYear, other.buddhistEraYear);
    }

    /**
     * Tells whether the other object is the same fiscal year.
     *
     * @param other the other object
     * @return {@code true} for a fiscal year of the same number
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof FiscalYear that && buddhistEraYear == that.buddhistEraYear;
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Integer.hashCode(buddhistEraYear);
    }

    /**
     * The code of this fiscal year: {@code FY} and the Buddhist-era year, e.g. {@code FY2569}, the form
     * read back by {@link #parse(CharSequence)} and {@link FiscalPeriod#parse(CharSequence)}.
     *
     * @return the code
     */
    @Override
    public String toString() {
        return "FY" + buddhistEraYear;
    }
}
