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

    static final LocalDate MIN_DATE = LocalDate.of(1941, 1, 1);
    static final LocalDate MAX_DATE = LocalDate.from(ThaiBuddhistDate.of(3000, 12, 31));

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
