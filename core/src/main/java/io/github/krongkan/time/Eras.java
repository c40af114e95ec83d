package io.github.krongkan.time;

import java.time.LocalDate;
import java.time.chrono.ThaiBuddhistDate;
import java.time.temporal.ChronoField;

/**
 * The rules shared by the readers of this package for telling Buddhist-era years from Common Era years,
 * and the supported range of dates.
 */
final class Eras {
    /** A four-digit year at or above this is Buddhist Era, below it Common Era. */
    static final int BUDDHIST_ERA_THRESHOLD = 2400;

    /** Two-digit years are read as this century of the Buddhist Era: {@code 69} is 2569. */
    static final int TWO_DIGIT_BASE = 2500;

    /** The first day of the first supported fiscal year, FY 2485: 1 October 1941. */
    static final LocalDate MIN_DATE = LocalDate.of(1941, 10, 1);

    /** The last day of the last supported fiscal year, FY 3000: 30 September BE 3000 (2457 CE). */
    static final LocalDate MAX_DATE = LocalDate.from(ThaiBuddhistDate.of(3000, 9, 30));

    /** Tells whether a date is in the supported range, that of the supported fiscal years. */
    static boolean inRange(LocalDate date) {
        return !date.isBefore(MIN_DATE) && !date.isAfter(MAX_DATE);
    }

    /** Why a date is outside the supported range, in English, for error messages. */
    static String outOfRange(LocalDate date) {
        return date.isBefore(MIN_DATE)
                ? "Date " + date + " is before 1 October 1941 (1 ต.ค. 2484), the start of the earliest supported "
                        + "fiscal year FY2485: until 1940 the Thai year began on 1 April, so its Buddhist-era "
                        + "year is not CE + 543"
                : "Date " + date + " is after 30 September BE 3000 (" + MAX_DATE + "), the end of the latest "
                        + "supported fiscal year FY3000";
    }

    private Eras() {}

    /** The Buddhist-era number of a Common Era year from 1941 on (CE + 543), as the JDK computes it. */
    static int toBuddhistEra(int commonEraYear) {
        return ThaiBuddhistDate.from(LocalDate.ofYearDay(commonEraYear, 1)).get(ChronoField.YEAR);
    }

    /** The era a four-digit year without a marker is read in. */
    static DateReading.Era inferEra(int fourDigitYear) {
        return fourDigitYear >= BUDDHIST_ERA_THRESHOLD ? DateReading.Era.BUDDHIST : DateReading.Era.COMMON;
    }
}
