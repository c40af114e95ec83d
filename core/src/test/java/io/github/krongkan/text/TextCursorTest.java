package io.github.krongkan.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The parts of {@link TextCursor} that readers of parts of a text use. */
class TextCursorTest {
    @Test
    void aSliceSeesItsRangeAsItIsWithPositionsInTheWholeText() {
        TextCursor line = new TextCursor(" ค่าอาหาร ๓๕ บาท ");
        TextCursor amount = line.slice(9, 17);
        assertThat(amount.position()).isEqualTo(9);
        assertThat(amount.peek()).isEqualTo(' ');
        assertThat(amount.skipSpace()).isTrue();
        assertThat(amount.rest()).isEqualTo("35 บาท ");
        assertThat(amount.readNumber(amount.digitRun())).isEqualTo(35);
        assertThat(amount.position()).isEqualTo(12);
        assertThat(line.position()).as("the whole-text cursor does not move").isEqualTo(1);
        assertThat(amount.error("Expected", amount.position()).getMessage()).contains("ค่าอาหาร");
    }

    @Test
    void aSliceEndsWhereItsRangeEnds() {
        TextCursor part = new TextCursor("12 บาท").slice(0, 2);
        assertThat(part.skip("12")).isTrue();
        assertThat(part.atEnd()).isTrue();
        assertThat(part.peek(0)).isEqualTo('\0');
        assertThat(part.skip(" ")).isFalse();
        assertThat(new TextCursor("").slice(0, 0).atEnd()).isTrue();
        assertThatThrownBy(() -> new TextCursor("abc").slice(2, 1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> new TextCursor("abc").slice(0, 4)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void skipWhileAndNextSeeThaiDigitsAsAsciiDigits() {
        TextCursor cursor = new TextCursor("๑2๓,4").slice(0, 5);
        assertThat(cursor.skipWhile(c -> c >= '0' && c <= '9')).isEqualTo(3);
        assertThat(cursor.next()).isEqualTo(',');
        assertThat(cursor.next()).isEqualTo('4');
        assertThat(cursor.skipWhile(c -> true)).isZero();
        assertThatThrownBy(cursor::next).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void indexOfFindsTextThatEndsWithinTheRangeWithoutMoving() {
        TextCursor line = new TextCursor("(๔๕ คน) = 90 บาท");
        assertThat(line.indexOf("45")).isEqualTo(1);
        assertThat(line.indexOf("=")).isEqualTo(8);
        assertThat(line.position()).isZero();
        TextCursor group = line.slice(1, 6);
        assertThat(group.indexOf(")")).isEqualTo(-1);
        assertThat(group.indexOf("คน")).isEqualTo(4);
        assertThat(line.slice(1, 5).indexOf("คน"))
                .as("it would end past the range")
                .isEqualTo(-1);
        group.moveTo(5);
        assertThat(group.indexOf("45")).isEqualTo(-1);
    }
}
