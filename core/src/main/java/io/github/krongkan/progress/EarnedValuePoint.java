package io.github.krongkan.progress;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The earned value at one progress report.
 *
 * @param entry the report, with its position in the document
 * @param value the earned-value figures at the report's date
 */
public record EarnedValuePoint(ProgressHistory.Entry entry, EarnedValue value) {
    /**
     * Checks the point.
     *
     * @param entry the report
     * @param value the figures
     */
    public EarnedValuePoint {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(value, "value");
    }

    /**
     * The report's date.
     *
     * @return the date
     */
    public LocalDate date() {
        return entry.date();
    }
}
