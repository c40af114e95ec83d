package io.github.krongkan.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.budget.BudgetLine;
import io.github.krongkan.money.Baht;
import io.github.krongkan.money.BahtText;
import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.Property;
import io.github.krongkan.time.FiscalYear;
import io.github.krongkan.time.ThaiDates;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties of the one definition of white space that every reader of document text uses. */
class ThaiTextPropertiesTest {
    /** The white space found in Thai documents, byte order mark and zero-width space included. */
    private static final List<Character> SPACES =
            List.of(' ', '\t', '\n', '\r', '\u00A0', '\u2007', '\u202F', '\u3000', '\u200B', '\uFEFF');

    /** White space before and after a text. */
    private record Padded(String before, String after) {}

    /** Up to four characters of white space. */
    private static Gen<String> padding() {
        return (random, size) -> {
            int length = random.nextInt(0, 5);
            StringBuilder padding = new StringBuilder();
            for (int i = 0; i < length; i++) {
                padding.append(SPACES.get(random.nextInt(SPACES.size())));
            }
            return padding.toString();
        };
    }

    @Test
    void everyReaderSkipsTheSameSpacesAroundItsText() {
        Gen<Padded> cases = (random, size) ->
                new Padded(padding().next(random, size), padding().next(random, size));
        Property.forAll(cases).examples(500).check(c -> {
            String before = c.before();
            String after = c.after();
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
}
