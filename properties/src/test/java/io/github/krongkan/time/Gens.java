package io.github.krongkan.time;

import io.github.krongkan.testkit.Gen;
import java.time.LocalDate;

/** Generators shared by the calendar properties, on the testkit's shrinking generators. */
final class Gens {
    /** The first day of the first supported fiscal year, FY 2485. */
    static final LocalDate FIRST_FISCAL_DAY = LocalDate.of(1941, 10, 1);

    private Gens() {}

    /** Dates from {@code first} to {@code last}, both included; they shrink towards {@code first}. */
    static Gen<LocalDate> dates(LocalDate first, LocalDate last) {
        return Gen.longs(first.toEpochDay(), last.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    /** Dates from {@code first} to {@code last} whose day of the month is 13 or more. */
    static Gen<LocalDate> datesWithDayAbove12(LocalDate first, LocalDate last) {
        return dates(first, last)
                .map(date -> date.withDayOfMonth(13 + (date.getDayOfMonth() - 1) % (date.lengthOfMonth() - 12)));
    }
}
