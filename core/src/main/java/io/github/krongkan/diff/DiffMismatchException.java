package io.github.krongkan.diff;

import io.github.krongkan.document.DocumentPath;
import java.util.Objects;

/**
 * Thrown by {@link ProjectDiff#apply(io.github.krongkan.project.Project)} when the project it is
 * given is not the old version the diff was made from (ฉบับเดิมไม่ตรงกับที่ใช้เปรียบเทียบ).
 *
 * <p>The message names the place and why, such as {@code /budget/activities/2/name: expected
 * "ประชุม" before the change, found "อบรม"}; {@link #path()} and {@link #reason()} give the two
 * parts. The path is the root ({@code ""}) when the project differs from the old version only in
 * places the diff does not change.
 */
public final class DiffMismatchException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String pointer;
    private final String reason;

    /**
     * Creates the exception.
     *
     * @param path   where the project does not fit the diff, in the old document (or the new one
     *               for a value the diff adds)
     * @param reason why, in English
     */
    public DiffMismatchException(DocumentPath path, String reason) {
        super(path.isRoot() ? reason : path + ": " + reason);
        this.pointer = path.toString();
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * Where the project does not fit the diff.
     *
     * @return the JSON pointer, the root for the project as a whole
     */
    public DocumentPath path() {
        return DocumentPath.parse(pointer);
    }

    /**
     * Why the project does not fit the diff, without the pointer.
     *
     * @return the reason, in English
     */
    public String reason() {
        return reason;
    }
}
