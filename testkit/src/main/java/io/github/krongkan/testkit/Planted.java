package io.github.krongkan.testkit;

import io.github.krongkan.check.RuleCode;
import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.project.Project;
import java.util.Objects;

/**
 * A project with one planted mistake: the project, the code of the finding the mistake gives, and
 * the JSON pointer (from the project object, as {@code Finding.path()} gives it) where the finding
 * must appear. {@link Plant#of(RuleCode)} generates them.
 *
 * @param project the project
 * @param code    the code of the planted finding
 * @param pointer where the finding appears, e.g. {@code /budget/activities/1/statedSubtotal}
 */
public record Planted(Project project, RuleCode code, String pointer) {
    /**
     * A planted project.
     *
     * @throws IllegalArgumentException if the pointer is not a JSON pointer
     */
    public Planted {
        Objects.requireNonNull(project, "project");
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
