package io.github.krongkan.text;

/**
 * Conversion between Thai digits ({@code ๐๑๒๓๔๕๖๗๘๙}, U+0E50–U+0E59) and ASCII digits.
 *
 * <p>Thai documents mix both kinds of digit, often in one number ({@code พ.ศ.๒๕69}). Readers in
 * krongkan call {@link #toAscii(CharSequence)} first; the conversion keeps the length of the text, so
 * error positions in the converted text are positions in the original.
 */
public final class ThaiDigits {
    private static final char THAI_ZERO = '\u0E50';
    private static final char THAI_NINE = '\u0E59';

    private ThaiDigits() {}

    /**
     * Replaces every Thai digit by the ASCII digit of the same value; all other characters are kept.
     *
     * @param text the text to convert
     * @return the text with ASCII digits only, of the same length
     */
    public static String toAscii(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(isThaiDigit(c) ? (char) ('0' + (c - THAI_ZERO)) : c);
        }
        return out.toString();
    }

    /**
     * Replaces every ASCII digit by the Thai digit of the same value; all other characters are kept.
     *
     * @param text the text to convert
     * @return the text with Thai digits, of the same length
     */
    public static String toThai(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '0' && c <= '9' ? (char) (THAI_ZERO + (c - '0')) : c);
        }
        return out.toString();
    }

    /**
     * Tells whether a character is a Thai digit.
     *
     * @param c the character
     * @return {@code true} for U+0E50–U+0E59
     */
    public static boolean isThaiDigit(char c) {
        return c >= THAI_ZERO && c <= THAI_NINE;
    }
}
