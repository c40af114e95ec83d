package io.github.krongkan.text;

/**
 * Thrown when free text (an amount, a date, baht words, a budget line) cannot be read.
 *
 * <p>The message says what was expected and where; {@link #input()} and {@link #errorIndex()} give
 * the text and the zero-based position of the first character that could not be read, in the same
 * spirit as {@link java.time.format.DateTimeParseException}.
 */
public class ThaiParseException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private static final int MAX_SHOWN = 120;

    private final String input;
    private final int errorIndex;

    /**
     * Creates an exception for the given input and position.
     *
     * @param message    what was expected, in English (Thai terms quoted where they help)
     * @param input      the text being read
     * @param errorIndex zero-based position of the offending character, or the input's length when
     *                   the text ended too early
     */
    public ThaiParseException(String message, CharSequence input, int errorIndex) {
        super(message + " (at index " + errorIndex + " of \"" + excerpt(input) + "\")");
        this.input = input.toString();
        this.errorIndex = errorIndex;
    }

    private static String excerpt(CharSequence input) {
        return input.length() <= MAX_SHOWN
                ? input.toString()
                : input.subSequence(0, MAX_SHOWN) + "…(" + input.length() + " chars)";
    }

    /**
     * The text that could not be read.
     *
     * @return the input, as given
     */
    public String input() {
        return input;
    }

    /**
     * The zero-based position of the first character that could not be read.
     *
     * @return the position; equal to the input's length when the text ended too early
     */
    public int errorIndex() {
        return errorIndex;
    }
}
