package io.github.krongkan.schedule;

import io.github.krongkan.time.FiscalMonth;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A cumulative progress curve (S-curve): the percentage of the work planned to be done by the end
 * of each fiscal month, from 0 to 100, never decreasing.
 *
 * <p>Before the first month of the curve the value is 0; after the last month it stays at the
 * last value. Values are percentages with two decimals.
 */
public final class ProgressCurve {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final NavigableMap<FiscalMonth, BigDecimal> points;

    private ProgressCurve(NavigableMap<FiscalMonth, BigDecimal> points) {
        this.points = points;
    }

    /**
     * A curve from its points.
     *
     * @param points the cumulative percentage at the end of each month
     * @return the curve
     * @throws IllegalArgumentException if a value is outside 0–100 or lower than an earlier one
     */
    public static ProgressCurve of(Map<FiscalMonth, BigDecimal> points) {
        NavigableMap<FiscalMonth, BigDecimal> sorted = new TreeMap<>(points);
        BigDecimal previous = BigDecimal.ZERO;
        for (Map.Entry<FiscalMonth, BigDecimal> point : sorted.entrySet()) {
            BigDecimal value = Objects.requireNonNull(point.getValue(), "value");
            if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
                throw new IllegalArgumentException("progress must be between 0 and 100, was " + value.toPlainString()
                        + " at " + point.getKey().yearMonth());
            }
            if (value.compareTo(previous) < 0) {
                throw new IllegalArgumentException("a cumulative curve never decreases, but goes from "
                        + previous.toPlainString() + " to " + value.toPlainString() + " at "
                        + point.getKey().yearMonth());
            }
            previous = value;
        }
        return new ProgressCurve(Collections.unmodifiableNavigableMap(sorted));
    }

    /**
     * The points of the curve, in chronological order.
     *
     * @return month → cumulative percentage at its end
     */
    public NavigableMap<FiscalMonth, BigDecimal> points() {
        return points;
    }

    /**
     * Tells whether the curve has no points.
     *
     * @return {@code true} for a curve of an empty plan
     */
    public boolean isEmpty() {
        return points.isEmpty();
    }

    /**
     * The planned cumulative percentage by the end of a month.
     *
     * @param month the fiscal month
     * @return 0 before the curve starts, the last value after it ends
     */
    public BigDecimal at(FiscalMonth month) {
        Objects.requireNonNull(month, "month");
        Map.Entry<FiscalMonth, BigDecimal> floor = points.floorEntry(month);
        return floor == null ? BigDecimal.ZERO.setScale(2) : floor.getValue();
    }

    /**
     * The planned cumulative percentage by the end of the month that contains a date, the value a
     * monthly report of that date is compared with.
     *
     * @param date the date
     * @return the planned percentage
     */
    public BigDecimal at(LocalDate date) {
        return at(FiscalMonth.containing(date));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProgressCurve other && other.points.equals(points);
    }

    @Override
    public int hashCode() {
        return points.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("ProgressCurve{");
        points.forEach((m, v) ->
                s.append(m.yearMonth()).append('=').append(v.toPlainString()).append(", "));
        if (!points.isEmpty()) {
            s.setLength(s.length() - 2);
        }
        return s.append('}').toString();
    }
}
