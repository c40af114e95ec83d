package io.github.krongkan.testkit;

import io.github.krongkan.check.RuleCode;
import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.lifecycle.ProjectRecord;
import java.util.Objects;

/**
 * A project record with one planted mistake: the record, the code of the finding the mistake gives,
 * and the JSON pointer (from the record object, as {@code RecordCheck} gives it) where the finding
 * must appear. {@link Plant#record(RuleCode)} generates them.
 *
 * @param record  the record
 * @param code    the code of the planted finding
 * @param pointer where the finding appears, e.g. {@code /history/3/action} or
 *                {@code /versions/0/project/budget/statedTotal}
 */
public record PlantedRecord(ProjectRecord record, RuleCode code, String pointer) {
    /**
     * A planted record.
     *
     * @throws IllegalArgumentException if the pointer is not a JSON pointer
     */
    public PlantedRecord {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(code, "code");
        DocumentPath.parse(Objects.requireNonNull(pointer, "pointer"));
    }

    /**
     * Where the finding appears, as a path.
     *
     * @return the path
     */
    public DocumentPath path() {
        return DocumentPath.parse(pointer);
    }
}
