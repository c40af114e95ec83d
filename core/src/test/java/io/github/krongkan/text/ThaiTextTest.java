package io.github.krongkan.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One definition of white space for every reader of document text. */
class ThaiTextTest {
    /** The white space found in Thai documents, byte order mark and zero-width space included. */
    private static final List<Character> SPACES =
            List.of(' ', '\t', '\n', '\r', '\u00A0', '\u2007', '\u202F', '\u3000', '\u200B', '\uFEFF');

    @Test
    void restIsEmptyOnBlankTextAndAtTheTrailingSpace() {
        assertThat(new TextCursor("").rest()).isEmpty();
        assertThat(new TextCursor(" \u00a0\ufeff ").rest()).isEmpty();
        TextCursor cursor = new TextCursor(" ๙๐ บาท ");
        assertThat(cursor.rest()).isEqualTo("90 บาท");
        cursor.moveTo(cursor.input().length());
        assertThat(cursor.atEnd()).isTrue();
        assertThat(cursor.rest()).isEmpty();
    }

    @Test
    void spacesAreTheSameForEveryone() {
        for (char c : SPACES) {
            assertThat(ThaiText.isSpace(c)).as("U+%04X", (int) c).isTrue();
        }
        for (char c : "aก๑1.,-บ".toCharArray()) {
            assertThat(ThaiText.isSpace(c)).as("U+%04X", (int) c).isFalse();
        }
        assertThat(ThaiText.isBlank("\uFEFF\u200B\u00A0")).isTrue();
        assertThat(ThaiText.strip("\uFEFF ก \u200B")).isEqualTo("ก");
        assertThat(ThaiText.isThaiLetter('ก')).isTrue();
        assertThat(ThaiText.isThaiLetter('๑')).isFalse();
    }

    @Test
    void theCursorKeepsPositionsOfTheOriginalText() {
        TextCursor cursor = new TextCursor("\uFEFF ๒๕๖๙ ปี ");
        assertThat(cursor.position()).isEqualTo(2);
        assertThat(cursor.digitRun()).isEqualTo(4);
        assertThat(cursor.readNumber(4)).isEqualTo(2569);
        assertThat(cursor.skipSpace()).isTrue();
        assertThat(cursor.skip("ปี")).isTrue();
        assertThat(cursor.atEnd()).isTrue();
        assertThat(cursor.peek(0)).isEqualTo('\0');
        assertThat(cursor.hasThaiDigits()).isTrue();
        assertThat(cursor.error("x", 3).errorIndex()).isEqualTo(3);
    }
}
