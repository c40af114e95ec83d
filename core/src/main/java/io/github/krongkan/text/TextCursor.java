package io.github.krongkan.text;

import java.util.function.IntPredicate;

/**
 * A position in one piece of document text, the scanner shared by krongkan's readers of amounts,
 * dates and fiscal periods.
 *
 * <p>Thai digits are seen as ASCII digits (the conversion keeps positions, so every index is an
 * index in the original text). Leading and trailing white space, in the sense of
 * {@link ThaiText#isSpace(char)}, is skipped: the cursor starts on the first other character and
 * {@link #atEnd()} is true at the trailing white space. Errors made by {@link #error(String, int)}
 * quote the original text.
 *
 * <p>A reader that works on parts of a text takes a {@link #slice(int, int)}: a cursor over a range
 * of the same text that sees the range exactly as it is, white space included. Positions are saved
 * with {@link #position()} and restored with {@link #moveTo(int)}.
 *
 * <p>A cursor is mutable and meant for one reader on one thread; create one per text.
 */
public final class TextCursor {
    private final String input;
    private final String ascii;
    private final int end;
    private int pos;

    /**
     * A cursor on the first character of a text that is not white space.
     *
     * @param text the text to read
     */
    public TextCursor(CharSequence text) {
        this.input = text.toString();
        this.ascii = ThaiDigits.toAscii(input);
        int last = ascii.length();
        while (last > 0 && ThaiText.isSpace(ascii.charAt(last - 1))) {
            last--;
        }
        this.end = last;
        this.pos = last == 0 ? input.length() : 0;
        skipSpace();
    }

    private TextCursor(String input, String ascii, int from, int to) {
        this.input = input;
        this.ascii = ascii;
        this.end = to;
        this.pos = from;
    }

    /**
     * A cursor over part of this text: it starts at {@code from} and is {@linkplain #atEnd() at the
     * end} at {@code to}, skipping no white space of its own. Positions and errors still refer to the
     * whole text, and the new cursor moves independently of this one.
     *
     * @param from the first position of the range, inclusive
     * @param to   the end of the range, exclusive
     * @return a new cursor on {@code from}
     * @throws IndexOutOfBoundsException if the range is not within the text
     */
    public TextCursor slice(int from, int to) {
        if (from < 0 || from > to || to > input.length()) {
            throw new IndexOutOfBoundsException(
                    "Range [" + from + ", " + to + ") is not within a text of length " + input.length());
        }
        return new TextCursor(input, ascii, from, to);
    }

    /**
     * The text as given.
     *
     * @return the original text, Thai digits included
     */
    public String input() {
        return input;
    }

    /**
     * Tells whether the text contains a Thai digit anywhere.
     *
     * @return {@code true} if a digit U+0E50–U+0E59 occurs
     */
    public boolean hasThaiDigits() {
        for (int i = 0; i < input.length(); i++) {
            if (ThaiDigits.isThaiDigit(input.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The current position.
     *
     * @return a zero-based index into {@link #input()}
     */
    public int position() {
        return pos;
    }

    /**
     * Tells whether only trailing white space (or nothing) is left.
     *
     * @return {@code true} at the end of the text
     */
    public boolean atEnd() {
        return pos >= end;
    }

    /**
     * The character at the current position, Thai digits as ASCII digits.
     *
     * @return the character
     * @throws IndexOutOfBoundsException at the end of the text
     */
    public char peek() {
        if (pos >= end) {
            throw new IndexOutOfBoundsException("At the end of the text");
        }
        return ascii.charAt(pos);
    }

    /**
     * The character some places ahead of the current position.
     *
     * @param ahead how far ahead, 0 for the current character
     * @return the character, or {@code '\0'} past the end of the text
     */
    public char peek(int ahead) {
        return pos + ahead < end ? ascii.charAt(pos + ahead) : '\0';
    }

    /**
     * Moves past white space.
     *
     * @return {@code true} if there was any
     */
    public boolean skipSpace() {
        int from = pos;
        while (pos < end && ThaiText.isSpace(ascii.charAt(pos))) {
            pos++;
        }
        return pos > from;
    }

    /**
     * Moves past the characters, Thai digits as ASCII digits, for which {@code test} holds.
     *
     * @param test the characters to skip
     * @return the number of characters moved past
     */
    public int skipWhile(IntPredicate test) {
        int from = pos;
        while (pos < end && test.test(ascii.charAt(pos))) {
            pos++;
        }
        return pos - from;
    }

    /**
     * Moves past the current character.
     *
     * @return the character, a Thai digit as an ASCII digit
     * @throws IndexOutOfBoundsException at the end of the text
     */
    public char next() {
        char c = peek();
        pos++;
        return c;
    }

    /**
     * Finds {@code text} at or after the current position, without moving.
     *
     * @param text the text to find, digits in ASCII
     * @return the position where it starts, or -1 if it does not occur before the end
     */
    public int indexOf(String text) {
        int at = pos > end ? -1 : ascii.indexOf(text, pos);
        return at >= 0 && at + text.length() <= end ? at : -1;
    }

    /**
     * The number of digits (ASCII or Thai) starting at the current position.
     *
     * @return the length of the run of digits, 0 if none
     */
    public int digitRun() {
        int i = pos;
        while (i < end && isDigit(ascii.charAt(i))) {
            i++;
        }
        return i - pos;
    }

    /**
     * Reads a run of digits of the given length and moves past it.
     *
     * @param length the number of digits, 1 to 9, at most {@link #digitRun()}
     * @return their value
     * @throws NumberFormatException if the characters are not that many digits
     */
    public int readNumber(int length) {
        if (length < 1 || length > 9) {
            throw new IllegalArgumentException("A number of 1 to 9 digits is read at once, not " + length);
        }
        int value = Integer.parseInt(ascii, pos, pos + length, 10);
        pos += length;
        return value;
    }

    /**
     * Moves past {@code text} if it starts at the current position.
     *
     * @param text the expected text, digits in ASCII
     * @return {@code true} if it was there
     */
    public boolean skip(String text) {
        if (pos + text.length() <= end && ascii.startsWith(text, pos)) {
            pos += text.length();
            return true;
        }
        return false;
    }

    /**
     * Moves past {@code text}, ignoring ASCII case, if it starts at the current position.
     *
     * @param text the expected text
     * @return {@code true} if it was there
     */
    public boolean skipIgnoreCase(String text) {
        if (pos + text.length() <= end && ascii.regionMatches(true, pos, text, 0, text.length())) {
            pos += text.length();
            return true;
        }
        return false;
    }

    /**
     * The rest of the text from the current position, digits in ASCII, without trailing white space.
     *
     * @return the rest
     */
    public String rest() {
        return pos >= end ? "" : ascii.substring(pos, end);
    }

    /**
     * Moves to a position, e.g. back to one saved with {@link #position()}.
     *
     * @param position the new position, within the text
     * @throws IndexOutOfBoundsException if the position is outside the text
     */
    public void moveTo(int position) {
        if (position < 0 || position > input.length()) {
            throw new IndexOutOfBoundsException("Position " + position + " is outside the text");
        }
        this.pos = position;
    }

    /**
     * Skips white space and requires the end of the text.
     *
     * @param what what was read, for the message, e.g. {@code "the date"}
     * @throws ThaiParseException if anything else follows
     */
    public void expectEnd(String what) {
        skipSpace();
        if (!atEnd()) {
            throw error("Unexpected text after " + what, pos);
        }
    }

    /**
     * An error about the text of this cursor.
     *
     * @param message what was expected
     * @param index   where, a position in the text
     * @return the exception, to be thrown
     */
    public ThaiParseException error(String message, int index) {
        return new ThaiParseException(message, input, index);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
