package io.github.krongkan.project;

import java.time.LocalDate;
import java.time.YearMonth;
import org.immutables.value.Value;

/**
 * A planned or actual period of a project (ระยะเวลาดำเนินการ), from a start to an end, both inclusive.
 *
 * <p>Documents give either dates ({@code 1 ต.ค. 2563 – 30 ก.ย. 2564}) or months
 * ({@code พฤศจิกายน 2568 – มิถุนายน 2569}); {@link #precision()} keeps which, so nothing is
 * invented: a period of months starts on the first day of its first month and ends on the last
 * day of its last month.
 */
@Value.Immutable
public abstract class ProjectPeriod {
    ProjectPeriod() {}

    /** How precisely the document gave the period. */
    public enum Precision {
        /** Start and end are days. */
        DAY,
        /** Start and end are months; the dates are the first and the last day of those months. */
        MONTH
    }

    /**
     * The first day of the period.
     *
     * @return the start, inclusive
     */
    @Value.Parameter
    public abstract LocalDate start();

    /**
     * The last day of the period.
     *
     * @return the end, inclusive, not before the start
     */
    @Value.Parameter
    public abstract LocalDate end();

    /**
     * Whether the document gave days or months.
     *
     * @return the precision
     */
    @Value.Parameter
    public abstract Precision precision();

    /**
     * A period of days.
     *
     * @param start the first day
     * @param end   the last day, inclusive
     * @return the period
     * @throws IllegalArgumentException if the end is before the start
     */
    public static ProjectPeriod of(LocalDate start, LocalDate end) {
        return ImmutableProjectPeriod.of(start, end, Precision.DAY);
    }

    /**
     * A period of whole months.
     *
     * @param first the first month
     * @param last  the last month, inclusive
     * @return the period from the first day of {@code first} to the last day of {@code last}
     * @throws IllegalArgumentException if the last month is before the first
     */
    public static ProjectPeriod ofMonths(YearMonth first, YearMonth last) {
        return ImmutableProjectPeriod.of(first.atDay(1), last.atEndOfMonth(), Precision.MONTH);
    }

    /**
     * The first month of a period of months.
     *
     * @return the month of the start
     */
    public YearMonth firstMonth() {
        return YearMonth.from(start());
    }

    /**
     * The last month of a period.
     *
     * @return the month of the end
     */
    public YearMonth lastMonth() {
        return YearMonth.from(end());
    }

    /**
     * Tells whether a day falls within the period.
     *
     * @param date the day
     * @return {@code true} if {@code start <= date <= end}
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /**
     * Tells whether another period lies wholly within this one.
     *
     * @param other the other period
     * @return {@code true} if both its ends are contained
     */
    public boolean encloses(ProjectPeriod other) {
        return contains(other.start()) && contains(other.end());
    }

    @Value.Check
    void check() {
        if (end().isBefore(start())) {
            throw new IllegalArgumentException("period ends (" + end() + ") before it starts (" + start() + ")");
        }
        if (precision() == Precision.MONTH
                && (start().getDayOfMonth() != 1
                        || !end().equals(YearMonth.from(end()).atEndOfMonth()))) {
            throw new IllegalArgumentException(
                    "a period of months must start on the 1st and end on the last day of a month");
        }
    }
}
