package io.github.krongkan.check;

import io.github.krongkan.progress.ProgressReport;
import io.github.krongkan.text.ThaiParseException;
import io.github.krongkan.time.DateReading;
import io.github.krongkan.time.ThaiDates;
import java.util.Optional;

/** Reads the date as written of a progress report again, for the rules about written dates. */
final class WrittenDates {
    private WrittenDates() {
    }

    /**
     * The reading of a report's date as written.
     *
     * @return empty if the report has no date as written or it cannot be read
     */
    static Optional<DateReading> reading(ProgressReport report) {
        if (report.dateAsWritten().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ThaiDates.read(report.dateAsWritten().get()));
        } catch (ThaiParseException e) {
            return Optional.empty();
        }
    }

    /** Tells whether the written date can mean the report's date. */
    static boolean agrees(ProgressReport report, DateReading reading) {
        return reading.candidates().contains(report.date());
    }
}
