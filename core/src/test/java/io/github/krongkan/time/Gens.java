package io.github.krongkan.time;

import static org.quicktheories.generators.SourceDSL.localDates;

import java.time.LocalDate;
import org.quicktheories.core.Gen;

/** Generators shared by the calendar tests. */
final class Gens {
    /** The first day of the first supported fiscal year, FY 2485. */
    static final LocalDate FIRST_FISCAL_DAY = LocalDate.of(1941, 10, 1);

    private Gens() {}

    /** Dates from {@code first} to {@code last}, both included. */
    static Gen<LocalDate> dates(LocalDate first, LocalDate last) {
        return localDates().withDaysBetween(first.toEpochDay(), last.toEpochDay());
    }

    /** Dates from {@code first} to {@code last} whose day of the month is 13 or more. */
    static Gen<LocalDate> datesWithDayAbove12(LocalDate first, LocalDate last) {
        return dates(first, last)
                .map(date -> date.withDayOfMonth(13 + (date.getDayOfMonth() - 1) % (date.lengthOfMonth() - 12)));
    }
}
