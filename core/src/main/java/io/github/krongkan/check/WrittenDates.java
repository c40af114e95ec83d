package io.github.krongkan.check;

import io.github.krongkan.progress.ProgressReport;
import io.github.krongkan.text.ThaiParseException;
import io.github.krongkan.time.DateReading;
import io.github.krongkan.time.ThaiDates;
import java.util.Optional;

/** Reads the date as written of a progress report again, for the rules about written dates. */
final class WrittenDates {
    /**
     * Readings made lately by this thread, by the text as written: several rules read the same
     * report's date, and a portfolio repeats the same few written dates. Direct-mapped, so bounded;
     * {@link ThaiDates#read(CharSequence)} gives the same for the same text and its results are
     * immutable, so a cached reading is the reading.
     */
    private static final int CACHE_SIZE = 256;
    private static final ThreadLocal<Object[]> CACHE = ThreadLocal.withInitial(() -> new Object[2 * CACHE_SIZE]);

    private WrittenDates() {
    }

    /**
     * {@link ThaiDates#read(CharSequence)} of a date as written, remembered for the next rule.
     *
     * @throws ThaiParseException if the text cannot be read as a date
     */
    static DateReading read(String written) {
        Object[] cache = CACHE.get();
        int slot = 2 * (written.hashCode() & (CACHE_SIZE - 1));
        Object result;
        if (written.equals(cache[slot])) {
            result = cache[slot + 1];
        } else {
            try {
                result = ThaiDates.read(written);
            } catch (ThaiParseException e) {
                result = e;
            }
            cache[slot] = written;
            cache[slot + 1] = result;
        }
        if (result instanceof ThaiParseException) {
            throw (ThaiParseException) result;
        }
        return (DateReading) result;
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
            return Optional.of(read(report.dateAsWritten().get()));
        } catch (ThaiParseException e) {
            return Optional.empty();
        }
    }

    /** Tells whether the written date can mean the report's date. */
    static boolean agrees(ProgressReport report, DateReading reading) {
        return reading.candidates().contains(report.date());
    }
}
