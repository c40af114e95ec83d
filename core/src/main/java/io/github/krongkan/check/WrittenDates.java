package io.github.krongkan.check;

import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.text.ThaiParseException;
import io.github.krongkan.time.DateReading;
import io.github.krongkan.time.ThaiDates;
import java.util.Optional;

/** Reads the date as written of a progress report again, for the rules about written dates. */
final class WrittenDates {
    private WrittenDates() {}

    /**
     * The reading of a report's date as written, which it must have.
     *
     * @throws ThaiParseException if the text cannot be read as a date, saying why
     */
    static DateReading read(ProgressReport report) {
        Optional<DateReading> reading = report.dateAsWrittenReading();
        return reading.isPresent()
                ? reading.get()
                : ThaiDates.read(report.dateAsWritten().orElseThrow());
    }

    /** Tells whether the written date can mean the report's date. */
    static boolean agrees(ProgressReport report, DateReading reading) {
        return reading.candidates().contains(report.date());
    }

    /** The reading of a report's date as written, where it has one that can mean the report's date. */
    static Optional<DateReading> agreeing(ProgressReport report) {
        return report.dateAsWrittenReading().filter(reading -> agrees(report, reading));
    }

    /** The two readings of an ambiguous date, for messages: {@code 2020-12-11 or 2020-11-12}. */
    static String both(DateReading reading) {
        return reading.candidates().get(0) + " or " + reading.candidates().get(1);
    }
}
