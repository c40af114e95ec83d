package io.github.krongkan.time;

import io.github.krongkan.text.ThaiDigits;
import io.github.krongkan.text.ThaiParseException;

/**
 * A position in a piece of document text, for the readers of this package. Thai digits are read as
 * ASCII digits (the conversion keeps positions); leading and trailing white space is skipped, including
 * no-break and zero-width spaces, which Thai text often contains.
 */
final class TextCursor {
    private final String input;
    private final String ascii;
    private final int end;
    private int pos;

    TextCursor(CharSequence text) {
        this.input = text.toString();
        this.ascii = ThaiDigits.toAscii(input);
        int last = ascii.length();
        while (last > 0 && isSpace(ascii.charAt(last - 1))) {
            last--;
        }
        this.end = last;
        this.pos = last == 0 ? input.length() : 0;
        skipSpace();
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    static boolean isThaiLetter(char c) {
        return c >= '\u0E01' && c <= '\u0E4F';
    }

    String input() {
        return input;
    }

    boolean hasThaiDigits() {
        for (int i = 0; i < input.length(); i++) {
            if (ThaiDigits.isThaiDigit(input.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    int position() {
        return pos;
    }

    boolean atEnd() {
        return pos >= end;
    }

    char peek() {
        return ascii.charAt(pos);
    }

    char peek(int ahead) {
        return pos + ahead < end ? ascii.charAt(pos + ahead) : '\0';
    }

    boolean skipSpace() {
        int from = pos;
        while (pos < end && isSpace(ascii.charAt(pos))) {
            pos++;
        }
        return pos > from;
    }

    /** Number of ASCII digits starting at the current position. */
    int digitRun() {
        int i = pos;
        while (i < end && ascii.charAt(i) >= '0' && ascii.charAt(i) <= '9') {
            i++;
        }
        return i - pos;
    }

    /** Reads a run of digits of the given length (at most 9) and moves past it. */
    int readNumber(int length) {
        int value = Integer.parseInt(ascii, pos, pos + length, 10);
        pos += length;
        return value;
    }

    /** Moves past {@code text} if it starts at the current position. */
    boolean skip(String text) {
        if (pos + text.length() <= end && ascii.startsWith(text, pos)) {
            pos += text.length();
            return true;
        }
        return false;
    }

    /** Moves past {@code text}, ignoring ASCII case, if it starts at the current position. */
    boolean skipIgnoreCase(String text) {
        if (pos + text.length() <= end && ascii.regionMatches(true, pos, text, 0, text.length())) {
            pos += text.length();
            return true;
        }
        return false;
    }

    /** The rest of the text, digits in ASCII, without trailing space. */
    String rest() {
        return ascii.substring(pos, end);
    }

    void moveTo(int position) {
        this.pos = position;
    }

    void expectEnd(String what) {
        skipSpace();
        if (!atEnd()) {
            throw error("Unexpected text after " + what, pos);
        }
    }

    ThaiParseException error(String message, int index) {
        return new ThaiParseException(message, input, index);
    }
}
