package io.github.krongkan.json;

/**
 * A krongkan JSON document could not be read or written.
 *
 * <p>{@link #pointer()} says where, as a JSON pointer (RFC 6901) into the document, e.g.
 * {@code /targets/1/quantity}; {@link #reason()} says why, in English with the Thai term where it
 * helps; {@link #line()} and {@link #column()} give the place in the text where the parser knows
 * it. The message combines them, e.g. {@code /targets/1/quantity: expected ... (line 7, column 48)}.
 * Every failure of {@link KrongkanJson}'s readers ends in this exception: malformed JSON, invalid
 * UTF-8, unknown or missing fields, values of the wrong type, values the model refuses, and input
 * beyond the documented limits. Nothing half-read is returned.
 */
public class KrongkanJsonException extends RuntimeException {
    private static final long serialVersionUID = 2L;

    private final String pointer;
    private final String reason;
    private final long line;
    private final long column;

    /**
     * Creates an exception without a place in the text.
     *
     * @param pointer where, as a JSON pointer; {@code ""} for the whole document
     * @param reason  why
     * @param cause   the underlying exception, or {@code null}
     */
    public KrongkanJsonException(String pointer, String reason, Throwable cause) {
        this(pointer, reason, -1, -1, cause);
    }

    /**
     * Creates an exception.
     *
     * @param pointer where, as a JSON pointer; {@code ""} for the whole document
     * @param reason  why
     * @param line    the line in the text, from 1, or -1 if not known
     * @param column  the column in the line, from 1, or -1 if not known (or if the line is not)
     * @param cause   the underlying exception, or {@code null}
     */
    public KrongkanJsonException(String pointer, String reason, long line, long column, Throwable cause) {
        super(message(pointer, reason, line, column), cause);
        this.pointer = pointer;
        this.reason = reason;
        this.line = line < 1 ? -1 : line;
        this.column = line < 1 || column < 1 ? -1 : column;
    }

    private static String message(String pointer, String reason, long line, long column) {
        String where = line < 1 ? "" : " (line " + line + (column < 1 ? "" : ", column " + column) + ")";
        return (pointer.isEmpty() ? "/" : pointer) + ": " + reason + where;
    }

    /**
     * Where the problem is, as a JSON pointer into the document.
     *
     * @return the pointer, {@code ""} for the whole document
     */
    public String pointer() {
        return pointer;
    }

    /**
     * Why the document could not be read, without the location.
     *
     * @return the reason
     */
    public String reason() {
        return reason;
    }

    /**
     * The line of the text where the problem is, counted from 1 (for JSON Lines, the line of the
     * whole input).
     *
     * @return the line, or -1 if not known (e.g. the document was read from a tree, or the problem
     *     is in the document as a whole)
     */
    public long line() {
        return line;
    }

    /**
     * The column of the line where the problem is, counted from 1, as the parser counts it (in
     * bytes for UTF-8 input, in characters for text).
     *
     * @return the column, or -1 if not known
     */
    public long column() {
        return column;
    }
}
