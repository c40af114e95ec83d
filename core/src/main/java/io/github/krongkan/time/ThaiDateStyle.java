package io.github.krongkan.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The ways {@link ThaiDates} writes a date, all with Buddhist-era years and JDK month names. The examples
 * are for 15 March 2026; with {@link ThaiDates.Digits#THAI} every digit is a Thai digit
 * ({@code ๑๕ มีนาคม ๒๕๖๙}). Every style is read back by {@link ThaiDates#read(CharSequence)}.
 */
public enum ThaiDateStyle {
    /** Full month name: {@code 15 มีนาคม 2569}; month only {@code มีนาคม 2569}. */
    LONG("d MMMM yyyy", "MMMM yyyy"),
    /** Full month name and era: {@code 15 มีนาคม พ.ศ. 2569}; month only {@code มีนาคม พ.ศ. 2569}. */
    LONG_WITH_ERA("d MMMM G yyyy", "MMMM G yyyy"),
    /** Abbreviated month: {@code 15 มี.ค. 2569}; month only {@code มี.ค. 2569}. */
    MEDIUM("d MMM yyyy", "MMM yyyy"),
    /**
     * Abbreviated month and two-digit year: {@code 15 มี.ค. 69}; month only {@code มี.ค. 69}. Two-digit
     * years are read back as 25xx, so only dates of BE 2500–2599 (1957–2056) survive a round trip.
     */
    SHORT("d MMM yy", "MMM yy"),
    /** Numbers, day first: {@code 15/03/2569}; month only {@code 03/2569}. */
    NUMERIC("dd/MM/yyyy", "MM/yyyy");

    private final DateTimeFormatter dateAscii;
    private final DateTimeFormatter dateThai;
    private final DateTimeFormatter monthAscii;
    private final DateTimeFormatter monthThai;

    ThaiDateStyle(String datePattern, String monthPattern) {
        this.dateAscii = formatter(datePattern, ThaiCalendarText.BUDDHIST_ASCII_DIGITS);
        this.dateThai = formatter(datePattern, ThaiCalendarText.BUDDHIST_THAI_DIGITS);
        this.monthAscii = formatter(monthPattern, ThaiCalendarText.BUDDHIST_ASCII_DIGITS);
        this.monthThai = formatter(monthPattern, ThaiCalendarText.BUDDHIST_THAI_DIGITS);
    }

    /*
     * localizedBy, not withLocale: only localizedBy honours the ca and nu extensions of the locale. The
     * chronology is set again after localizedBy, which resets it for any locale without a ca extension.
     */
    private static DateTimeFormatter formatter(String pattern, Locale locale) {
        return DateTimeFormatter.ofPattern(pattern).localizedBy(locale).withChronology(ThaiBuddhistChronology.INSTANCE);
    }

    String format(LocalDate date, ThaiDates.Digits digits) {
        return (digits == ThaiDates.Digits.THAI ? dateThai : dateAscii).format(date);
    }

    String format(YearMonth month, ThaiDates.Digits digits) {
        return (digits == ThaiDates.Digits.THAI ? monthThai : monthAscii).format(month.atDay(1));
    }
}
