package io.github.krongkan.money;

import static io.github.krongkan.money.BahtTextConvention.ROYAL_INSTITUTE;
import static io.github.krongkan.money.BahtTextConvention.TENS_ONLY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.text.ThaiParseException;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BahtTextTest {
    /**
     * Amount, Royal Institute / Excel BAHTTEXT words, tens-only (LibreOffice BAHTTEXT) words.
     *
     * <p>Sources: 1234 is the example of Microsoft's BAHTTEXT documentation; 0, 0.75, 120 and 120.75
     * are the examples of Google Sheets' BAHTTEXT documentation; 101, 1101 and 5,001,000,000 with
     * เอ็ด are Excel outputs quoted in public bug reports of Thai baht-text libraries; the tens-only
     * column follows LibreOffice's ScBahtText source; the rest follows the rules in DOMAIN.md.
     */
    static Stream<Arguments> table() {
        return Stream.of(
                row("0", "ศูนย์บาทถ้วน", null),
                row("0.01", "หนึ่งสตางค์", null),
                row("0.21", "ยี่สิบเอ็ดสตางค์", null),
                row("0.5", "ห้าสิบสตางค์", null),
                row("0.75", "เจ็ดสิบห้าสตางค์", null),
                row("1", "หนึ่งบาทถ้วน", null),
                row("1.01", "หนึ่งบาทหนึ่งสตางค์", null),
                row("10", "สิบบาทถ้วน", null),
                row("10.10", "สิบบาทสิบสตางค์", null),
                row("11", "สิบเอ็ดบาทถ้วน", null),
                row("20", "ยี่สิบบาทถ้วน", null),
                row("21", "ยี่สิบเอ็ดบาทถ้วน", null),
                row("100", "หนึ่งร้อยบาทถ้วน", null),
                row("101", "หนึ่งร้อยเอ็ดบาทถ้วน", "หนึ่งร้อยหนึ่งบาทถ้วน"),
                row("111", "หนึ่งร้อยสิบเอ็ดบาทถ้วน", null),
                row("120", "หนึ่งร้อยยี่สิบบาทถ้วน", null),
                row("120.75", "หนึ่งร้อยยี่สิบบาทเจ็ดสิบห้าสตางค์", null),
                row("121", "หนึ่งร้อยยี่สิบเอ็ดบาทถ้วน", null),
                row("201", "สองร้อยเอ็ดบาทถ้วน", "สองร้อยหนึ่งบาทถ้วน"),
                row("1001", "หนึ่งพันเอ็ดบาทถ้วน", "หนึ่งพันหนึ่งบาทถ้วน"),
                row("1011", "หนึ่งพันสิบเอ็ดบาทถ้วน", null),
                row("1101", "หนึ่งพันหนึ่งร้อยเอ็ดบาทถ้วน", "หนึ่งพันหนึ่งร้อยหนึ่งบาทถ้วน"),
                row("1234", "หนึ่งพันสองร้อยสามสิบสี่บาทถ้วน", null),
                row("10001", "หนึ่งหมื่นเอ็ดบาทถ้วน", "หนึ่งหมื่นหนึ่งบาทถ้วน"),
                row("14650", "หนึ่งหมื่นสี่พันหกร้อยห้าสิบบาทถ้วน", null),
                row("40000", "สี่หมื่นบาทถ้วน", null),
                row("90000", "เก้าหมื่นบาทถ้วน", null),
                row("100001", "หนึ่งแสนเอ็ดบาทถ้วน", "หนึ่งแสนหนึ่งบาทถ้วน"),
                row("120000", "หนึ่งแสนสองหมื่นบาทถ้วน", null),
                row("200000", "สองแสนบาทถ้วน", null),
                row("214650", "สองแสนหนึ่งหมื่นสี่พันหกร้อยห้าสิบบาทถ้วน", null),
                row("1000000", "หนึ่งล้านบาทถ้วน", null),
                row("1000001", "หนึ่งล้านเอ็ดบาทถ้วน", "หนึ่งล้านหนึ่งบาทถ้วน"),
                row("1000011", "หนึ่งล้านสิบเอ็ดบาทถ้วน", null),
                row("1000000.01", "หนึ่งล้านบาทหนึ่งสตางค์", null),
                row("1234567.89", "หนึ่งล้านสองแสนสามหมื่นสี่พันห้าร้อยหกสิบเจ็ดบาทแปดสิบเก้าสตางค์", null),
                row("11000000", "สิบเอ็ดล้านบาทถ้วน", null),
                row("21000001", "ยี่สิบเอ็ดล้านเอ็ดบาทถ้วน", "ยี่สิบเอ็ดล้านหนึ่งบาทถ้วน"),
                row("101000000", "หนึ่งร้อยเอ็ดล้านบาทถ้วน", "หนึ่งร้อยหนึ่งล้านบาทถ้วน"),
                row("1000000001", "หนึ่งพันล้านเอ็ดบาทถ้วน", "หนึ่งพันล้านหนึ่งบาทถ้วน"),
                row("5001000000", "ห้าพันเอ็ดล้านบาทถ้วน", "ห้าพันหนึ่งล้านบาทถ้วน"),
                row("1000000000000", "หนึ่งล้านล้านบาทถ้วน", null),
                row("1000000000001", "หนึ่งล้านล้านเอ็ดบาทถ้วน", "หนึ่งล้านล้านหนึ่งบาทถ้วน"),
                row("1000001000000", "หนึ่งล้านเอ็ดล้านบาทถ้วน", "หนึ่งล้านหนึ่งล้านบาทถ้วน"),
                row("2000000000000", "สองล้านล้านบาทถ้วน", null),
                row("2000005000000", "สองล้านห้าล้านบาทถ้วน", null),
                row("25000000000111", "ยี่สิบห้าล้านล้านหนึ่งร้อยสิบเอ็ดบาทถ้วน", null),
                row("1000000000000000", "หนึ่งพันล้านล้านบาทถ้วน", null),
                row(
                        "999999999999999.99",
                        "เก้าร้อยเก้าสิบเก้าล้านเก้าแสนเก้าหมื่นเก้าพันเก้าร้อยเก้าสิบเก้าล้าน"
                                + "เก้าแสนเก้าหมื่นเก้าพันเก้าร้อยเก้าสิบเก้าบาทเก้าสิบเก้าสตางค์",
                        null),
                row("-0.5", "ลบห้าสิบสตางค์", null),
                row("-1", "ลบหนึ่งบาทถ้วน", null),
                row("-101.01", "ลบหนึ่งร้อยเอ็ดบาทหนึ่งสตางค์", "ลบหนึ่งร้อยหนึ่งบาทหนึ่งสตางค์"),
                row("-550.25", "ลบห้าร้อยห้าสิบบาทยี่สิบห้าสตางค์", null));
    }

    private static Arguments row(String amount, String royal, String tensOnly) {
        return Arguments.of(amount, royal, tensOnly == null ? royal : tensOnly);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("table")
    void formatsTheTableAmounts(String amount, String royal, String tensOnly) {
        Baht baht = Baht.parse(amount);
        assertThat(BahtText.format(baht)).isEqualTo(royal);
        assertThat(BahtText.format(baht, ROYAL_INSTITUTE)).isEqualTo(royal);
        assertThat(BahtText.format(baht, TENS_ONLY)).isEqualTo(tensOnly);
        assertThat(BahtText.format(new BigDecimal(amount))).isEqualTo(royal);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("table")
    void parsesTheTableWordsAndTellsTheConvention(String amount, String royal, String tensOnly) {
        Baht baht = Baht.parse(amount);
        BahtWords fromRoyal = BahtText.read(royal);
        BahtWords fromTensOnly = BahtText.read(tensOnly);
        assertThat(fromRoyal.amount()).isEqualTo(baht);
        assertThat(fromTensOnly.amount()).isEqualTo(baht);
        if (royal.equals(tensOnly)) {
            assertThat(fromRoyal.convention()).isEmpty();
            assertThat(fromRoyal.conformsTo(ROYAL_INSTITUTE)).isTrue();
            assertThat(fromRoyal.conformsTo(TENS_ONLY)).isTrue();
        } else {
            assertThat(fromRoyal.convention()).contains(ROYAL_INSTITUTE);
            assertThat(fromTensOnly.convention()).contains(TENS_ONLY);
            assertThat(fromRoyal.conformsTo(TENS_ONLY)).isFalse();
            assertThat(fromTensOnly.conformsTo(ROYAL_INSTITUTE)).isFalse();
        }
        assertThat(BahtText.matches(baht, royal)).isTrue();
        assertThat(BahtText.matches(baht, tensOnly)).isTrue();
    }

    @Test
    void anUnknownCharacterOutsideTheBmpIsNamedWhole() {
        // The message names the character, not half of its surrogate pair: it must stay valid text.
        assertThatThrownBy(() -> BahtText.read("\uD835\uDD4F"))
                .isInstanceOf(ThaiParseException.class)
                .hasMessageContaining("'\uD835\uDD4F'");
    }

    @Test
    void formatOfADecimalRoundsHalfUpToTheSatang() {
        assertThat(BahtText.format(new BigDecimal("1.005"))).isEqualTo("หนึ่งบาทหนึ่งสตางค์");
        assertThat(BahtText.format(new BigDecimal("0.995"))).isEqualTo("หนึ่งบาทถ้วน");
        assertThat(BahtText.format(new BigDecimal("-0.005"))).isEqualTo("ลบหนึ่งสตางค์");
        assertThat(BahtText.format(new BigDecimal("0.0049"))).isEqualTo("ศูนย์บาทถ้วน");
        assertThat(BahtText.format(new BigDecimal("999999999999999.995"))).isEqualTo("หนึ่งพันล้านล้านบาทถ้วน");
        assertThatThrownBy(() -> BahtText.format(new BigDecimal("1000000000000000.005")))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void parseToleratesWhiteSpaceAndParenthesesAsDocumentsPrintThem() {
        assertThat(BahtText.read("(เก้าหมื่นบาทถ้วน)").amount()).isEqualTo(Baht.ofBaht(90_000));
    }

    @Test
    void readAcceptsTheFramesOfOfficialDocumentsAndCheques() {
        assertThat(BahtText.read("(-เก้าหมื่นบาทถ้วน-)").amount()).isEqualTo(Baht.ofBaht(90_000));
        assertThat(BahtText.read("“เก้าหมื่นบาทถ้วน”").amount()).isEqualTo(Baht.ofBaht(90_000));
        assertThat(BahtText.read("\"เก้าหมื่นบาทถ้วน\"").amount()).isEqualTo(Baht.ofBaht(90_000));
        assertRefused("(-เก้าหมื่นบาทถ้วน)", 19, "\"-)\"");
        assertRefused("“เก้าหมื่นบาทถ้วน\"", 18, "\"”\"");
        assertRefused("\"\"", 1, "words");
    }

    @Test
    void readLenientAcceptsAWholeAmountWithoutThuanAndSaysSo() {
        assertThat(BahtText.readLenient("(-เก้าหมื่นบาท-)").amount()).isEqualTo(Baht.ofBaht(90_000));
        assertThat(BahtText.readLenient("เก้าหมื่นบาท").toString()).contains("without ถ้วน");
        assertThat(BahtText.matches(Baht.ofBaht(90_000), "เก้าหมื่นบาท")).isFalse();
        assertThatThrownBy(() -> BahtText.readLenient("เก้าหมื่น")).isInstanceOf(ThaiParseException.class);
    }

    @Test
    void parseAcceptsTheLongFormOfSatangOnly() {
        assertThat(BahtText.read("ศูนย์บาทห้าสิบสตางค์").amount()).isEqualTo(Baht.parse("0.50"));
        assertThat(BahtText.read("ลบศูนย์บาทหนึ่งสตางค์").amount()).isEqualTo(Baht.parse("-0.01"));
    }

    @Test
    void parseRefusesMisspellingsWithTheirPosition() {
        assertRefused("สองสิบบาทถ้วน", 0, "\"ยี่สิบ\"");
        assertRefused("หนึ่งร้อยสองสิบบาทถ้วน", 9, "\"ยี่สิบ\"");
        assertRefused("หนึ่งสิบบาทถ้วน", 0, "\"สิบ\"");
        assertRefused("สิบหนึ่งบาทถ้วน", 3, "\"เอ็ด\"");
        assertRefused("ยี่สิบหนึ่งบาทถ้วน", 6, "\"เอ็ด\"");
        assertRefused("เอ็ดบาทถ้วน", 0, "\"หนึ่ง\"");
        assertRefused("หนึ่งบาทเอ็ดสตางค์", 8, "\"หนึ่ง\"");
        assertRefused("ร้อยเอ็ดบาทถ้วน", 0, "\"หนึ่งร้อย\"");
        assertRefused("ยี่บาทถ้วน", 0, "\"ยี่\"");
        assertRefused("ห้าพันหนึ่งหมื่นบาทถ้วน", 11, "\"หมื่น\"");
        assertRefused("สองสามบาทถ้วน", 3, "\"บาท\"");
        assertRefused("หนึ่งร้อยเอ็ดล้านหนึ่งร้อยหนึ่งบาทถ้วน", 26, "mix");
        assertRefused("ลบศูนย์บาทถ้วน", 0, "\"ลบ\"");
        assertRefused("ล้านบาทถ้วน", 0, "\"ล้าน\"");
        assertRefused("หนึ่งบาทร้อยสตางค์", 8, "\"ร้อย\"");
    }

    @Test
    void parseRefusesMissingOrWrongCurrencyWords() {
        assertRefused("เก้าหมื่นถ้วน", 9, "\"บาท\"");
        assertRefused("เก้าหมื่น", 9, "\"บาท\"");
        assertRefused("เก้าหมื่นบาท", 12, "\"ถ้วน\"");
        assertRefused("เก้าหมื่นบาทตรง", 12, "\"บาทถ้วน\"");
        assertRefused("เก้าหมื่นห้าสิบสตางค์", 4, "\"บาท\"");
        assertRefused("เก้าหมื่นบาทถ้วนห้าสิบสตางค์", 16, "\"ห้า\"");
        assertRefused("บาทถ้วน", 0, "number");
        assertRefused("ห้าสิบ", 6, "\"บาท\"");
        assertRefused("หนึ่งบาทห้าสิบ", 14, "\"สตางค์\"");
    }

    @Test
    void parseRefusesStrayCharactersAndBrokenParentheses() {
        assertRefused("", 0, "words");
        assertRefused("   ", 3, "words");
        assertRefused("()", 1, "words");
        assertRefused("(เก้าหมื่นบาทถ้วน", 17, "\")\"");
        assertRefused("เก้าหมื่นบาทถ้วน)", 16, "')'");
        assertRefused("เก้าหมื่น บาทถ้วน", 9, "White space");
        assertRefused("90,000 บาท", 0, "'9'");
        assertRefused("เก้าหมื่นบาทถ้วน.", 16, "'.'");
    }

    @Test
    void parseRefusesAmountsBeyondTheLimit() {
        assertThatThrownBy(() -> BahtText.read("หนึ่งล้านล้านล้านบาทถ้วน"))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("10^15");
        assertThatThrownBy(() -> BahtText.read("หนึ่งพันล้านล้านบาทหนึ่งสตางค์"))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> BahtText.read("สองพันล้านล้านบาทถ้วน")).isInstanceOf(ArithmeticException.class);
        assertThat(BahtText.read("หนึ่งพันล้านล้านบาทถ้วน").amount()).isEqualTo(Baht.MAX_ABSOLUTE);
    }

    @Test
    void matchesChecksADocumentsPair() {
        assertThat(BahtText.matches(Baht.read("90,000.-บาท"), "(เก้าหมื่นบาทถ้วน)"))
                .isTrue();
        assertThat(BahtText.matches(Baht.read("214,650"), "สองแสนหนึ่งหมื่นสี่พันหกร้อยห้าสิบบาทถ้วน"))
                .isTrue();
        assertThat(BahtText.matches(Baht.read("101"), "หนึ่งร้อยหนึ่งบาทถ้วน")).isTrue();
        assertThat(BahtText.matches(Baht.read("90,000"), "เก้าพันบาทถ้วน")).isFalse();
        assertThat(BahtText.matches(Baht.read("90,000"), "เก้าหมื่นบาท")).isFalse();
        assertThat(BahtText.matches(Baht.read("90,000"), "สองสิบบาทถ้วน")).isFalse();
        assertThat(BahtText.matches(Baht.MAX_ABSOLUTE, "หนึ่งล้านล้านล้านบาทถ้วน"))
                .isFalse();
    }

    private static void assertRefused(String words, int index, String messagePart) {
        assertThatThrownBy(() -> BahtText.read(words)).isInstanceOfSatisfying(ThaiParseException.class, e -> {
            assertThat(e.errorIndex())
                    .as("error index for \"%s\": %s", words, e.getMessage())
                    .isEqualTo(index);
            assertThat(e.input()).isEqualTo(words);
            assertThat(e).hasMessageContaining(messagePart);
        });
        assertThat(BahtText.matches(Baht.ZERO, words)).isFalse();
    }
}
