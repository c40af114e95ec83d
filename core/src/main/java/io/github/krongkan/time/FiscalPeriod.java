package io.github.krongkan.time;

import io.github.krongkan.text.TextCursor;
import io.github.krongkan.text.ThaiParseException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * A period of a Thai fiscal year that targets and measurements of indicators belong to: a whole
 * {@link FiscalYear}, a {@link FiscalQuarter} or a {@link FiscalMonth}, and nothing else: the
 * interface is sealed, so code that tells the kinds apart with {@code instanceof} (or, from Java 21,
 * a {@code switch} over the three, which then needs no default) has no fourth case to fear.
 *
 * <p>{@link #toString()} gives {@code FY2569}, {@code FY2569-Q1} or {@code FY2569-M02}, read back by
 * {@link #parse(CharSequence)}; krongkan's JSON writes periods that way. Two periods are equal when
 * they are the same kind and the same period: {@code FY2569-Q1} never equals {@code FY2569-M01}.
 *
 * <p>The three kinds are each {@link Comparable} with their own kind; {@link #chronological()}
 * orders periods of any kind, by their end and a longer period before a shorter one with the same
 * end (FY2569 before FY2569-Q4 before FY2569-M12).
 */
public sealed interface FiscalPeriod permits FiscalYear, FiscalQuarter, FiscalMonth {
    /** How long a period is. */
    enum Granularity {
        /** A fiscal year (ปีงบประมาณ). */
        YEAR,
        /** A fiscal quarter (ไตรมาส). */
        QUARTER,
        /** A fiscal month. */
        MONTH
    }

    /**
     * Reads the form of {@link #toString()}: {@code FY2569}, {@code FY2569-Q1} or {@code FY2569-M02}
     * ({@code FY}, {@code Q} and {@code M} in any case, ASCII or Thai digits).
     *
     * @param text the text
     * @return the period: a {@link FiscalYear}, {@link FiscalQuarter} or {@link FiscalMonth}
     * @throws ThaiParseException if the text is not of that form or out of range
     */
    static FiscalPeriod parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        TextCursor cursor = new TextCursor(text);
        FiscalYear year = FiscalYear.readCode(cursor, "FY2569, FY2569-Q1 or FY2569-M02");
        if (cursor.atEnd()) {
            return year;
        }
        int index = cursor.position();
        if (cursor.skipIgnoreCase("-Q")) {
            return FiscalQuarter.readNumber(cursor, year, index);
        }
        if (cursor.skipIgnoreCase("-M")) {
            return FiscalMonth.readNumber(cursor, year, index);
        }
        throw cursor.error("Expected -Q and a quarter or -M and a month, as in FY2569-Q1 or FY2569-M02", index);
    }

    /**
     * The order of periods of any kind: by their end, and a longer period first when two end on the
     * same day.
     *
     * @return the comparator
     */
    static Comparator<FiscalPeriod> chronological() {
        return FiscalPeriods.CHRONOLOGICAL;
    }

    /**
     * How long the period is.
     *
     * @return year, quarter or month
     */
    Granularity granularity();

    /**
     * The fiscal year the period lies in; a fiscal year is its own.
     *
     * @return the fiscal year
     */
    FiscalYear fiscalYear();

    /**
     * The first day.
     *
     * @return the first day
     */
    LocalDate start();

    /**
     * The last day, inclusive.
     *
     * @return the last day
     */
    LocalDate end();

    /**
     * Tells whether a date falls in this period, ends included.
     *
     * @param date the date
     * @return {@code true} if {@code start() <= date <= end()}
     */
    boolean contains(LocalDate date);

    /**
     * Tells whether another period lies within this one; a period contains itself.
     *
     * @param other another period
     * @return {@code true} if {@code other} starts and ends within this period
     */
    default boolean contains(FiscalPeriod other) {
        Objects.requireNonNull(other, "other");
        return !other.start().isBefore(start()) && !other.end().isAfter(end());
    }

    /**
     * The period's code.
     *
     * @return {@code FY2569}, {@code FY2569-Q1} or {@code FY2569-M02}
     */
    @Override
    String toString();
}
