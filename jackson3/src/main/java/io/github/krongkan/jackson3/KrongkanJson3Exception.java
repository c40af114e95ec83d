package io.github.krongkan.jackson3;

/**
 * A krongkan JSON value could not be read (or written) with the Jackson 3 module: where, as a JSON
 * pointer into the value, and why. Inside a mapper it is the cause of the Jackson {@code
 * DatabindException} thrown, whose message starts with the same pointer and reason.
 */
public class KrongkanJson3Exception extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pointer;
    private final String reason;
    private final long line;
    private final long column;

    /**
     * Creates the exception.
     *
     * @param pointer the JSON pointer of the offending value ({@code ""} for the root)
     * @param reason  what is wrong
     * @param line    the line of the offending value, counted from 1, or below 1 if unknown
     * @param column  its column, counted from 1, or below 1 if unknown
     * @param cause   the underlying failure, or {@code null}
     */
    public KrongkanJson3Exception(String pointer, String reason, long line, long column, Throwable cause) {
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
     * The JSON pointer of the offending value, {@code ""} for the whole document.
     *
     * @return the pointer
     */
    public String pointer() {
        return pointer;
    }

    /**
     * What is wrong, without the pointer.
     *
     * @return the reason
     */
    public String reason() {
        return reason;
    }

    /**
     * The line of the offending value, counted from 1.
     *
     * @return the line, or -1 if unknown
     */
    public long line() {
        return line;
    }

    /**
     * The column of the offending value, counted from 1.
     *
     * @return the column, or -1 if unknown
     */
    public long column() {
        return column;
    }
}
