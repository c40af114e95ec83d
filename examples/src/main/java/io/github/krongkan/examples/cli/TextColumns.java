package io.github.krongkan.examples.cli;

/**
 * Pads text into columns by its width on a terminal: Thai vowel and tone marks written above or
 * below a consonant (combining marks) take no column of their own.
 */
final class TextColumns {
    private TextColumns() {}

    /**
     * The number of terminal columns a text takes.
     *
     * @param text the text
     * @return the code points that are not combining marks
     */
    static int width(String text) {
        return (int) text.codePoints()
                .filter(c -> {
                    int type = Character.getType(c);
                    return type != Character.NON_SPACING_MARK
                            && type != Character.ENCLOSING_MARK
                            && type != Character.FORMAT;
                })
                .count();
    }

    /**
     * Pads a text on the right to a width.
     *
     * @param text  the text
     * @param width the columns
     * @return the text followed by spaces; unchanged if already as wide
     */
    static String left(String text, int width) {
        return text + " ".repeat(Math.max(0, width - width(text)));
    }

    /**
     * Pads a text on the left to a width.
     *
     * @param text  the text
     * @param width the columns
     * @return spaces followed by the text; unchanged if already as wide
     */
    static String right(String text, int width) {
        return " ".repeat(Math.max(0, width - width(text))) + text;
    }
}
