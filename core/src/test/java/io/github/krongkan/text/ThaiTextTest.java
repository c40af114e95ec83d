package io.github.krongkan.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.krongkan.budget.BudgetLine;
import io.github.krongkan.money.Baht;
import io.github.krongkan.money.BahtText;
import io.github.krongkan.time.FiscalYear;
import io.github.krongkan.time.ThaiDates;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** One definition of white space for every reader of document text. */
class ThaiTextTest {
    /** The white space found in Thai documents, byte order mark and zero-width space included. */
    private static final List<Character> SPACES =
            List.of(' ', '\t', '\n', '\r', '\u00A0', '\u2007', '\u202F', '\u3000', '\u200B', '\uFEFF');

    private static Gen<String> padding() {
        return lists().of(integers().between(0, SPACES.size() - 1))
                .ofSizeBetween(0, 4)
                .map(indices ->
                        indices.stream().map(i -> String.valueOf(SPACES.get(i))).collect(Collectors.joining()));
    }

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
    void everyReaderSkipsTheSameSpacesAroundItsText() {
        qt().withExamples(500).forAll(padding(), padding()).checkAssert((before, after) -> {
            assertThat(Baht.read(before + "90,000.-บาท" + after)).isEqualTo(Baht.ofBaht(90_000));
            assertThat(BahtText.read(before + "เก้าหมื่นบาทถ้วน" + after).amount())
                    .isEqualTo(Baht.ofBaht(90_000));
            assertThat(ThaiDates.read(before + "1 ต.ค. 2568" + after).date()).isEqualTo(LocalDate.of(2025, 10, 1));
            assertThat(FiscalYear.read(before + "ปีงบประมาณ 2569" + after)).isEqualTo(FiscalYear.ofBuddhistEra(2569));
            assertThat(FiscalYear.parse(before + "FY2569" + after)).isEqualTo(FiscalYear.ofBuddhistEra(2569));
            assertThat(BudgetLine.parse(before + "ค่าอาหาร 20 คน x 50 บาท เป็นเงิน 1,000 บาท" + after)
                            .statedAmount())
                    .contains(Baht.ofBaht(1_000));
        });
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
