package io.github.krongkan.text;

/**
 * The one definition of white space and Thai letters used by every krongkan reader of document
 * text ({@code Baht.read}, {@code BahtText.read}, {@code BudgetLine.parse}, {@code ThaiDates.read}
 * and the fiscal types).
 *
 * <p>Thai documents copied from word processors and web pages contain more than ASCII spaces:
 * no-break spaces (U+00A0), zero-width spaces (U+200B, used to mark word breaks in Thai) and byte
 * order marks (U+FEFF) left in the middle of pasted text. All of them are white space here.
 */
public final class ThaiText {
    private static final char ZERO_WIDTH_SPACE = '\u200B';
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private ThaiText() {}

    /**
     * Tells whether a character is white space in document text: Java white space
     * ({@link Character#isWhitespace(char)}), any Unicode space separator (no-break spaces included,
     * {@link Character#isSpaceChar(char)}), the zero-width space U+200B and the byte order mark
     * U+FEFF.
     *
     * @param c the character
     * @return {@code true} if readers skip it as white space
     */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == ZERO_WIDTH_SPACE || c == BYTE_ORDER_MARK;
    }

    /**
     * Tells whether a character is a Thai letter, vowel or tone mark (U+0E01–U+0E4F); Thai digits
     * (U+0E50–U+0E59) are not letters.
     *
     * @param c the character
     * @return {@code true} for a Thai letter or mark
     */
    public static boolean isThaiLetter(char c) {
        return c >= '\u0E01' && c <= '\u0E4F';
    }

    /**
     * Tells whether a text is empty or only white space in the sense of {@link #isSpace(char)}.
     *
     * @param text the text
     * @return {@code true} if there is nothing to read
     */
    public static boolean isBlank(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The text without leading and trailing white space in the sense of {@link #isSpace(char)}.
     *
     * @param text the text
     * @return the stripped text
     */
    public static String strip(CharSequence text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.subSequence(start, end).toString();
    }
}
