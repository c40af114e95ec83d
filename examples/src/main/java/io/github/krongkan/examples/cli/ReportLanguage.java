package io.github.krongkan.examples.cli;

import io.github.krongkan.money.Baht;
import io.github.krongkan.project.ProjectPeriod;
import io.github.krongkan.time.FiscalMonth;
import io.github.krongkan.time.FiscalYear;
import io.github.krongkan.time.ThaiDateStyle;
import io.github.krongkan.time.ThaiDates;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * The language of {@code krongkan report}: Thai (Buddhist-era dates written through the JDK's
 * {@code ThaiBuddhistChronology}, by {@link ThaiDates}) or English (ISO dates, English month
 * names). Project texts are printed as the document writes them in both.
 */
enum ReportLanguage {
    /** Thai, the default. */
    TH,
    /** English. */
    EN;

    /**
     * Reads a {@code --lang} value.
     *
     * @param code {@code th} or {@code en}
     * @return the language, empty for anything else
     */
    static Optional<ReportLanguage> of(String code) {
        return switch (code) {
            case "th" -> Optional.of(TH);
            case "en" -> Optional.of(EN);
            default -> Optional.empty();
        };
    }

    /**
     * Picks the text of this language.
     *
     * @param thai    the Thai text
     * @param english the English text
     * @return one of them
     */
    String pick(String thai, String english) {
        return this == TH ? thai : english;
    }

    /**
     * A date: {@code 1 ตุลาคม 2568} or {@code 2025-10-01}. A date outside the years the Thai calendar
     * of {@link ThaiDates} covers (a Buddhist-era year written in an ISO field, {@code 9999-12-31})
     * is written in ISO form in Thai too, as the document gives it.
     *
     * @param date the date
     * @return the text
     */
    String date(LocalDate date) {
        if (this == EN) {
            return date.toString();
        }
        try {
            return ThaiDates.format(date, ThaiDateStyle.LONG);
        } catch (IllegalArgumentException | DateTimeException e) {
            return date.toString();
        }
    }

    /**
     * A month: {@code พฤศจิกายน 2568} or {@code November 2025}; in ISO form ({@code 9999-12}) in Thai
     * for a month outside the years {@link ThaiDates} covers.
     *
     * @param month the month
     * @return the text
     */
    String month(YearMonth month) {
        if (this == EN) {
            return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
        }
        try {
            return ThaiDates.formatMonth(month, ThaiDateStyle.LONG, ThaiDates.Digits.ASCII);
        } catch (IllegalArgumentException | DateTimeException e) {
            return month.toString();
        }
    }

    /**
     * A short month with its year, for the rows of a chart: {@code พ.ย. 2568} or {@code Nov 2025}.
     *
     * @param month the fiscal month
     * @return the text
     */
    String shortMonth(FiscalMonth month) {
        return this == TH
                ? ThaiDates.formatMonth(month.yearMonth(), ThaiDateStyle.MEDIUM, ThaiDates.Digits.ASCII)
                : monthAbbreviation(month) + " " + month.yearMonth().getYear();
    }

    /**
     * The column heading of a fiscal month: {@code ต.ค.} or {@code Oct}.
     *
     * @param month the fiscal month
     * @return the abbreviation
     */
    String monthAbbreviation(FiscalMonth month) {
        return this == TH ? month.thaiAbbreviation() : month.month().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    /**
     * A period: by day or by month as the document gives it.
     *
     * @param period the period
     * @return e.g. {@code พฤศจิกายน 2568 – มิถุนายน 2569} or {@code November 2025 to June 2026}
     */
    String period(ProjectPeriod period) {
        boolean byMonth = period.precision() == ProjectPeriod.Precision.MONTH;
        String start = byMonth ? month(period.firstMonth()) : date(period.start());
        String end = byMonth ? month(period.lastMonth()) : date(period.end());
        return start + pick(" – ", " to ") + end;
    }

    /**
     * A fiscal year with its dates.
     *
     * @param year the fiscal year
     * @return e.g. {@code พ.ศ. 2569 (1 ตุลาคม 2568 – 30 กันยายน 2569)} or
     *         {@code FY 2569 (2025-10-01 to 2026-09-30)}
     */
    String fiscalYear(FiscalYear year) {
        return pick("พ.ศ. ", "FY ") + year.buddhistEraYear() + " (" + date(year.start()) + pick(" – ", " to ")
                + date(year.end()) + ")";
    }

    /**
     * An amount with grouping and two decimals: {@code 16,000.00}.
     *
     * @param amount the amount
     * @return the text
     */
    static String money(Baht amount) {
        return amount.toGroupedString();
    }

    /**
     * A number as the document gives it, without trailing zeros after the point.
     *
     * @param value the number
     * @return e.g. {@code 90} or {@code 12.5}
     */
    static String number(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
