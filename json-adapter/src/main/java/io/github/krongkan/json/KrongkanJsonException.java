package io.github.krongkan.json;

/**
 * A krongkan JSON document could not be read or written.
 *
 * <p>{@link #pointer()} says where, as a JSON pointer (RFC 6901) into the document, e.g.
 * {@code /targets/1/quantity}; {@link #reason()} says why, in English with the Thai term where it
 * helps. The message combines both, with the line and column where the parser knows them. Every
 * failure of {@link KrongkanJson}'s readers ends in this exception: malformed JSON, invalid UTF-8,
 * unknown or missing fields, values of the wrong type, values the model refuses, and input beyond
 * the documented limits. Nothing half-read is returned.
 */
public class KrongkanJsonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pointer;
    private final String reason;

    /**
     * Creates an exception.
     *
     * @param pointer  where, as a JSON pointer; {@code ""} for the whole document
     * @param reason   why
     * @param location a human-readable location such as {@code line 3, column 14}, or {@code null}
     * @param cause    the underlying exception, or {@code null}
     */
    public KrongkanJsonException(String pointer, String reason, String location, Throwable cause) {
        super(
                (pointer.isEmpty() ? "/" : pointer) + ": " + reason + (location == null ? "" : " (" + location + ")"),
                cause);
        this.pointer = pointer;
        this.reason = reason;
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
}
