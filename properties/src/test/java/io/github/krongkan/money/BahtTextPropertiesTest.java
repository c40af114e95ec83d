package io.github.krongkan.money;

import static io.github.krongkan.money.BahtTextConvention.ROYAL_INSTITUTE;
import static io.github.krongkan.money.BahtTextConvention.TENS_ONLY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.Property;
import io.github.krongkan.text.ThaiParseException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Properties of {@link BahtText}: what the reader accepts and what the writer writes. */
class BahtTextPropertiesTest {
    private static final int EXAMPLES = 1000;

    /** An amount and a convention to write it in. */
    private record InConvention(Baht x, BahtTextConvention convention) {}

    /** Two amounts and a convention. */
    private record TwoInConvention(Baht x, Baht y, BahtTextConvention convention) {}

    /** An amount and its words as a document prints them. */
    private record Printed(Baht x, String printed) {}

    private static Gen<InConvention> inConventions() {
        Gen<BahtTextConvention> conventions = Gen.enums(BahtTextConvention.class);
        return (random, size) -> new InConvention(MoneyGen.bahts().next(random, size), conventions.next(random, size));
    }

    /** Baht words in either convention with one small edit. */
    private static Gen<String> mutatedWords() {
        Gen<BahtTextConvention> conventions = Gen.enums(BahtTextConvention.class);
        return (random, size) -> WordMutations.mutate(
                BahtText.format(MoneyGen.bahts().next(random, size), conventions.next(random, size)), random);
    }

    @Test
    void parseAcceptsOnlyWhatFormatWrites() {
        Property.forAll(mutatedWords()).examples(EXAMPLES).check(mutated -> {
            BahtWords words;
            try {
                words = BahtText.read(mutated);
            } catch (ThaiParseException e) {
                assertThat(e.input()).isEqualTo(mutated);
                assertThat(e.errorIndex()).isBetween(0, mutated.length());
                return;
            } catch (ArithmeticException e) {
                assertThat(e).hasMessageContaining("10^15");
                return;
            }
            String royal = BahtText.format(words.amount(), ROYAL_INSTITUTE);
            String tensOnly = BahtText.format(words.amount(), TENS_ONLY);
            String canonical = mutated.replaceFirst("ศูนย์บาท(?=.+สตางค์$)", "");
            assertThat(canonical).isIn(royal, tensOnly);
            assertThat(words.conformsTo(canonical.equals(royal) ? ROYAL_INSTITUTE : TENS_ONLY))
                    .isTrue();
        });
    }

    @Test
    void parseReadsBackFormatInBothConventions() {
        Property.forAll(inConventions()).examples(EXAMPLES).check(c -> {
            Baht x = c.x();
            BahtTextConvention convention = c.convention();
            BahtWords words = BahtText.read(BahtText.format(x, convention));
            assertThat(words.amount()).isEqualTo(x);
            assertThat(words.conformsTo(convention)).isTrue();
        });
    }

    @Test
    void conventionIsDetectedExactlyWhenTheTwoFormsDiffer() {
        Property.forAll(MoneyGen.bahts()).examples(EXAMPLES).check(x -> {
            String royal = BahtText.format(x, ROYAL_INSTITUTE);
            String tensOnly = BahtText.format(x, TENS_ONLY);
            boolean differ = hasDistinguishingOne(Math.abs(x.satang()) / 100);
            assertThat(!royal.equals(tensOnly)).isEqualTo(differ);
            assertThat(BahtText.read(royal).convention())
                    .isEqualTo(differ ? Optional.of(ROYAL_INSTITUTE) : Optional.empty());
            assertThat(BahtText.read(tensOnly).convention())
                    .isEqualTo(differ ? Optional.of(TENS_ONLY) : Optional.empty());
        });
    }

    @Test
    void formatAgreesWithAnIndependentDigitByDigitReading() {
        Property.forAll(inConventions())
                .examples(EXAMPLES)
                .check(c -> assertThat(BahtText.format(c.x(), c.convention()))
                        .isEqualTo(ReferenceBahtText.words(c.x().toBigDecimal(), c.convention())));
    }

    @Test
    void formatShapesTheWords() {
        Property.forAll(MoneyGen.bahts()).examples(EXAMPLES).check(x -> {
            String words = BahtText.format(x);
            assertThat(words).doesNotContainAnyWhitespaces().doesNotContain("สองสิบ", "หนึ่งสิบ", "สิบหนึ่ง");
            assertThat(words.startsWith("ลบ")).isEqualTo(x.signum() < 0);
            assertThat(words.endsWith("บาทถ้วน")).isEqualTo(x.satang() % 100 == 0);
            assertThat(words.endsWith("สตางค์")).isEqualTo(x.satang() % 100 != 0);
            assertThat(words.contains("บาท")).isEqualTo(Math.abs(x.satang()) >= 100 || x.signum() == 0);
            assertThat(BahtText.format(x.negated()).replaceFirst("^ลบ", "")).isEqualTo(words.replaceFirst("^ลบ", ""));
        });
    }

    @Test
    void matchesIsTrueExactlyForTheSameAmount() {
        Gen<BahtTextConvention> conventions = Gen.enums(BahtTextConvention.class);
        Gen<TwoInConvention> cases = (random, size) -> new TwoInConvention(
                MoneyGen.bahts().next(random, size),
                MoneyGen.bahts().next(random, size),
                conventions.next(random, size));
        Property.forAll(cases).examples(EXAMPLES).check(c -> {
            Baht x = c.x();
            Baht y = c.y();
            String words = BahtText.format(x, c.convention());
            assertThat(BahtText.matches(x, words)).isTrue();
            assertThat(BahtText.matches(y, words)).isEqualTo(x.equals(y));
        });
    }

    @Test
    void formatOfADecimalRoundsHalfUpToTheSatang() {
        Gen<Long> unscaled = Gen.longs(-999_999_999_999L, 999_999_999_999L);
        Gen<Integer> scales = Gen.ints(0, 6);
        Gen<BigDecimal> amounts =
                (random, size) -> BigDecimal.valueOf(unscaled.next(random, size), scales.next(random, size));
        Property.forAll(amounts).examples(EXAMPLES).check(amount -> {
            assertThat(BahtText.format(amount))
                    .isEqualTo(BahtText.format(Baht.of(amount.setScale(2, RoundingMode.HALF_UP))));
            assertThat(BahtText.format(amount, RoundingMode.DOWN))
                    .isEqualTo(BahtText.format(Baht.of(amount.setScale(2, RoundingMode.DOWN))));
        });
    }

    @Test
    void parseToleratesWhiteSpaceAndParenthesesAsDocumentsPrintThem() {
        Gen<String> spaces = Gen.oneOf(List.of("", " ", "  ", "\t", "\u00A0", "\n ", "\u200B"));
        Gen<Printed> cases = (random, size) -> {
            Baht x = MoneyGen.bahts().next(random, size);
            String before = spaces.next(random, size);
            String after = spaces.next(random, size);
            String words = BahtText.format(x);
            return new Printed(
                    x,
                    random.nextBoolean()
                            ? before + "(" + after + words + before + ")" + after
                            : before + words + after);
        };
        Property.forAll(cases).examples(EXAMPLES).check(c -> {
            Baht x = c.x();
            String printed = c.printed();
            assertThat(BahtText.read(printed).amount()).isEqualTo(x);
            assertThat(BahtText.matches(x, printed)).isTrue();
        });
    }

    @Test
    void readAcceptsTheFramesOfOfficialDocumentsAndCheques() {
        Gen<List<String>> frames =
                Gen.oneOf(List.of(List.of("(-", "-)"), List.of("(", ")"), List.of("“", "”"), List.of("\"", "\"")));
        Gen<BahtTextConvention> conventions = Gen.enums(BahtTextConvention.class);
        Gen<Printed> cases = (random, size) -> {
            Baht x = MoneyGen.bahts().next(random, size);
            List<String> frame = frames.next(random, size);
            return new Printed(x, frame.get(0) + BahtText.format(x, conventions.next(random, size)) + frame.get(1));
        };
        Property.forAll(cases).examples(EXAMPLES).check(c -> {
            Baht x = c.x();
            String printed = c.printed();
            assertThat(BahtText.read(printed).amount()).isEqualTo(x);
            assertThat(BahtText.matches(x, printed)).isTrue();
        });
    }

    @Test
    void readLenientAcceptsAWholeAmountWithoutThuanAndSaysSo() {
        Property.forAll(MoneyGen.bahts().map(b -> Baht.ofSatang(b.satang() / 100 * 100)))
                .examples(EXAMPLES)
                .check(x -> {
                    String words = BahtText.format(x);
                    String without = words.substring(0, words.length() - "ถ้วน".length());
                    BahtWords lenient = BahtText.readLenient(without);
                    assertThat(lenient.amount()).isEqualTo(x);
                    assertThat(lenient.withoutExact()).isTrue();
                    assertThat(BahtText.readLenient(words).withoutExact()).isFalse();
                    assertThat(BahtText.readLenient(words)).isEqualTo(BahtText.read(words));
                    assertThatThrownBy(() -> BahtText.read(without)).isInstanceOf(ThaiParseException.class);
                });
    }

    /**
     * Whether the baht amount has a units digit 1 (the last digit of a six-digit group) with a zero tens
     * digit and a non-zero digit somewhere above it: the only place where the two conventions differ.
     */
    private static boolean hasDistinguishingOne(long baht) {
        String digits = Long.toString(baht);
        int n = digits.length();
        for (int power = 0; power < n; power += 6) {
            char units = digits.charAt(n - 1 - power);
            char tens = power + 1 < n ? digits.charAt(n - 2 - power) : '0';
            boolean higher = digits.substring(0, n - 1 - power).chars().anyMatch(c -> c != '0');
            if (units == '1' && tens == '0' && higher) {
                return true;
            }
        }
        return false;
    }
}
