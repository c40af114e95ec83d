package io.github.krongkan.testkit;

import io.github.krongkan.time.FiscalMonth;
import io.github.krongkan.time.FiscalQuarter;
import io.github.krongkan.time.FiscalYear;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Objects;

/**
 * Generators of fiscal years, quarters, months and dates. Fiscal years cluster around FY 2569 and
 * spread wider with size; {@link FiscalYear#MIN} and {@link FiscalYear#MAX} are edge cases. Dates
 * favour the fiscal-year boundary (30 September, 1 October), the calendar-year boundary (31 December,
 * 1 January) and the end of February (29 February in leap years).
 */
public final class TimeGens {
    private static final int CENTRE = 2569;

    private TimeGens() {}

    /**
     * Fiscal years from FY 2485 to FY 3000, most within a few years of FY 2569 at small sizes.
     *
     * @return the generator
     */
    public static Gen<FiscalYear> fiscalYears() {
        return (random, size) -> {
            if (random.nextDouble() < Gen.EDGE_CASE_RATE / 2) {
                return random.nextBoolean() ? FiscalYear.MIN : FiscalYear.MAX;
            }
            int spread = 5 + Gen.scaled(430, size);
            int year = CENTRE + random.nextInt(-spread, spread + 1);
            return FiscalYear.ofBuddhistEra(
                    Math.max(FiscalYear.MIN.buddhistEraYear(), Math.min(FiscalYear.MAX.buddhistEraYear(), year)));
        };
    }

    /**
     * Fiscal quarters of {@link #fiscalYears()}.
     *
     * @return the generator
     */
    public static Gen<FiscalQuarter> fiscalQuarters() {
        return fiscalYears().flatMap(year -> (random, size) -> year.quarter(random.nextInt(1, 5)));
    }

    /**
     * Fiscal months of {@link #fiscalYears()}; months 1 (October) and 12 (September) are favoured.
     *
     * @return the generator
     */
    public static Gen<FiscalMonth> fiscalMonths() {
        return fiscalYears()
                .flatMap(year -> (random, size) -> random.nextDouble() < Gen.EDGE_CASE_RATE
                        ? year.month(random.nextBoolean() ? 1 : 12)
                        : year.month(random.nextInt(1, 13)));
    }

    /**
     * Dates in {@link #fiscalYears()}.
     *
     * @return the generator
     */
    public static Gen<LocalDate> dates() {
        return fiscalYears().flatMap(TimeGens::datesIn);
    }

    /**
     * Dates in one fiscal year, with its boundaries as edge cases.
     *
     * @param year the fiscal year
     * @return the generator
     */
    public static Gen<LocalDate> datesIn(FiscalYear year) {
        Objects.requireNonNull(year, "year");
        LocalDate[] edges = {
            year.start(), year.end(),
            LocalDate.of(year.start().getYear(), Month.DECEMBER, 31),
                    LocalDate.of(year.end().getYear(), Month.JANUARY, 1),
            YearMonth.of(year.end().getYear(), Month.FEBRUARY).atEndOfMonth()
        };
        return (random, size) -> random.nextDouble() < 2 * Gen.EDGE_CASE_RATE
                ? edges[random.nextInt(edges.length)]
                : year.start().plusDays(random.nextInt(year.lengthInDays()));
    }

    /**
     * Pairs of dates across a fiscal-year boundary: 30 September of one year and 1 October, the first
     * day of the next. Useful for rules that must tell fiscal years apart.
     *
     * @return the generator of the 30 September of a fiscal year; {@code plusDays(1)} is the next year's first day
     */
    public static Gen<LocalDate> fiscalYearEnds() {
        return fiscalYears()
                .map(year -> year.equals(FiscalYear.MAX) ? year.previous().end() : year.end());
    }
}
