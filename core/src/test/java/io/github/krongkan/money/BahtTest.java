package io.github.krongkan.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.krongkan.text.ThaiDigits;
import io.github.krongkan.text.ThaiParseException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BahtTest {
    private static String groupedByFormatter(long satang) {
        long abs = Math.abs(satang);
        return (satang < 0 ? "-" : "") + String.format(java.util.Locale.ROOT, "%,d", abs / 100) + "."
                + String.format(java.util.Locale.ROOT, "%02d", abs % 100);
    }

    @Test
    void timesAWholeFactorIsTheExactProductAsBigDecimalGivesIt() {
        long limit = 100_000_000_000_000_000L; // 10^15 baht
        qt().withExamples(5000)
                .forAll(
                        longs().between(-limit, limit),
                        longs().all(),
                        integers().between(0, 3))
                .checkAssert((satang, count, digits) -> {
                    // Whole factors of every size, small ones most often; some written with a scale below 0.
                    long factor = digits == 0 ? count : count % (long) Math.pow(10, 3 * digits);
                    BigDecimal f = digits == 3 && factor % 100 == 0
                            ? new BigDecimal(factor / 100).scaleByPowerOfTen(2)
                            : BigDecimal.valueOf(factor);
                    Baht amount = Baht.ofSatang(satang);
                    String expected;
                    try {
                        expected = Baht.of(amount.toBigDecimal().multiply(f), RoundingMode.UNNECESSARY)
                                .toString();
                    } catch (ArithmeticException e) {
                        assertThatThrownBy(() -> amount.times(f))
                                .isInstanceOf(ArithmeticException.class)
                                .hasMessage(e.getMessage());
                        return;
                    }
                    assertThat(amount.times(f).toString()).isEqualTo(expected);
                });
        assertThat(Baht.parse("1500.00").times(new BigDecimal("30"))).isEqualTo(Baht.parse("45000.00"));
        assertThat(Baht.parse("-1500.00").times(new BigDecimal("-3"))).isEqualTo(Baht.parse("4500.00"));
        assertThatThrownBy(() -> Baht.MAX_ABSOLUTE.times(BigDecimal.valueOf(2)))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Baht.ofSatang(limit).times(BigDecimal.valueOf(Long.MAX_VALUE)))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void groupedStringIsWhatTheFormatterWrites() {
        long limit = 100_000_000_000_000_000L; // 10^15 baht
        qt().withExamples(5000)
                .forAll(longs().between(-limit, limit))
                .checkAssert(satang ->
                        assertThat(Baht.ofSatang(satang).toGroupedString()).isEqualTo(groupedByFormatter(satang)));
        long[] edges = {
            0, 1, -1, 99, 100, -100, 99_999, 100_000, 123_456_789, -123_456_789, 100_000_000_000L, limit - 2, 2 - limit
        };
        for (long satang : edges) {
            for (long near = -2; near <= 2; near++) {
                long value = satang + near;
                if (Math.abs(value) <= limit) {
                    assertThat(Baht.ofSatang(value).toGroupedString()).isEqualTo(groupedByFormatter(value));
                }
            }
        }
        for (long whole = 1; whole < limit / 100; whole *= 10) {
            assertThat(Baht.ofSatang(whole * 100 + 5).toGroupedString()).isEqualTo(groupedByFormatter(whole * 100 + 5));
        }
    }

    private static final int EXAMPLES = 1000;

    @Test
    void ofReadsBackItsOwnToString() {
        qt().withExamples(EXAMPLES)
                .forAll(MoneyGen.bahts())
                .checkAssert(x -> assertThat(Baht.parse(x.toString())).isEqualTo(x));
    }

    @Test
    void toStringHasTwoDecimalsAndNoGrouping() {
        qt().withExamples(EXAMPLES)
                .forAll(MoneyGen.bahts())
                .checkAssert(x -> assertThat(x.toString()).matches("-?[0-9]+\\.[0-9]{2}"));
    }

    @Test
    void parseReadsBackTheGroupedString() {
        qt().withExamples(EXAMPLES)
                .forAll(MoneyGen.bahts())
                .checkAssert(x -> assertThat(Baht.read(x.toGroupedString())).isEqualTo(x));
    }

    @Test
    void parseReadsThaiDigitsAndTheDocumentForms() {
        qt().withExamples(EXAMPLES).forAll(MoneyGen.bahts()).checkAssert(x -> {
            String thai = ThaiDigits.toThai(x.toGroupedString());
            assertThat(Baht.read(thai)).isEqualTo(x);
            assertThat(Baht.read(" " + thai + " บาท ")).isEqualTo(x);
            if (x.satang() % 100 == 0) {
                String whole = thai.substring(0, thai.length() - 3);
                assertThat(Baht.read(whole + ".-บาท")).isEqualTo(x);
                assertThat(Baht.read(whole)).isEqualTo(x);
            }
        });
    }

    @Test
    void parseReadsTheSeedForms() {
        assertThat(Baht.read("90,000.-บาท")).isEqualTo(Baht.ofBaht(90_000));
        assertThat(Baht.read("90,000.- บาท")).isEqualTo(Baht.ofBaht(90_000));
        assertThat(Baht.read("๙๐,๐๐๐.-")).isEqualTo(Baht.ofBaht(90_000));
        assertThat(Baht.read("๑๒,๕๐๐.๒๕")).isEqualTo(Baht.parse("12500.25"));
        assertThat(Baht.read("214,650")).isEqualTo(Baht.ofBaht(214_650));
        assertThat(Baht.read("0.5")).isEqualTo(Baht.ofSatang(50));
        assertThat(Baht.read("\u00A090,000.-\u00A0บาท\u200B")).isEqualTo(Baht.ofBaht(90_000));
    }

    @Test
    void ofAcceptsEqualDecimalForms() {
        assertThat(Baht.parse("90000"))
                .isEqualTo(Baht.parse("90000.00"))
                .isEqualTo(Baht.parse("90000.0"))
                .isEqualTo(Baht.parse("90000.000"))
                .isEqualTo(Baht.of(new BigDecimal("9E+4")));
        assertThat(Baht.parse("-0")).isEqualTo(Baht.ZERO);
        assertThat(Baht.parse("-12.5").satang()).isEqualTo(-1250);
    }

    @Test
    void plusAndMinusAreInverse() {
        qt().withExamples(EXAMPLES)
                .forAll(MoneyGen.halfRangeBahts(), MoneyGen.halfRangeBahts())
                .checkAssert((a, b) -> {
                    assertThat(a.plus(b).minus(b)).isEqualTo(a);
                    assertThat(a.minus(b).plus(b)).isEqualTo(a);
                    assertThat(a.plus(b)).isEqualTo(b.plus(a));
                    assertThat(a.minus(b)).isEqualTo(b.minus(a).negated());
                });
    }

    @Test
    void plusAgreesWithBigDecimalAddition() {
        qt().withExamples(EXAMPLES)
                .forAll(MoneyGen.halfRangeBahts(), MoneyGen.halfRangeBahts())
                .checkAssert((a, b) -> assertThat(a.plus(b).toBigDecimal())
                        .isEqualTo(a.toBigDecimal().add(b.toBigDecimal())));
    }

    @Test
    void timesIsRepeatedAddition() {
        qt().withExamples(EXAMPLES)
                .forAll(
                        MoneyGen.bahts().map(b -> Baht.ofSatang(b.satang() / 1000)),
                        integers().between(-200, 200))
                .checkAssert((x, n) -> {
                    Baht repeated = Baht.ZERO;
                    for (int i = 0; i < Math.abs(n); i++) {
                        repeated = repeated.plus(x);
                    }
                    if (n < 0) {
                        repeated = repeated.negated();
                    }
                    assertThat(x.times(n)).isEqualTo(repeated);
                    assertThat(x.times(n).satang()).isEqualTo(x.satang() * n);
                });
    }

    @Test
    void timesByADecimalRoundsHalfUpWhenAskedTo() {
        qt().withExamples(EXAMPLES)
                .forAll(MoneyGen.halfRangeBahts(), integers().between(0, 2000))
                .checkAssert((x, thousandths) -> {
                    BigDecimal factor = BigDecimal.valueOf(thousandths, 3);
                    BigDecimal exact = x.toBigDecimal().multiply(factor);
                    assertThat(x.times(factor, RoundingMode.HALF_UP).toBigDecimal())
                            .isEqualTo(exact.setScale(2, RoundingMode.HALF_UP));
                });
        assertThat(Baht.parse("0.05").times(new BigDecimal("0.5"), RoundingMode.HALF_UP))
                .isEqualTo(Baht.parse("0.03"));
        assertThat(Baht.parse("-0.05").times(new BigDecimal("0.5"), RoundingMode.HALF_UP))
                .isEqualTo(Baht.parse("-0.03"));
    }

    @Test
    void timesRefusesProductsBeyondTheLimit() {
        assertThatThrownBy(() -> Baht.MAX_ABSOLUTE.times(2))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("10^15");
        assertThatThrownBy(() -> Baht.ofBaht(1_000_000).times(Long.MAX_VALUE))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("10^15");
    }

    @Test
    void sumIsTheFoldOfPlus() {
        qt().withExamples(EXAMPLES)
                .forAll(lists().of(MoneyGen.bahts().map(b -> Baht.ofSatang(b.satang() / 64)))
                        .ofSizeBetween(0, 40))
                .checkAssert(amounts -> {
                    Baht folded = Baht.ZERO;
                    long satang = 0;
                    for (Baht a : amounts) {
                        folded = folded.plus(a);
                        satang += a.satang();
                    }
                    assertThat(Baht.sum(amounts)).isEqualTo(folded);
                    assertThat(Baht.sum(amounts).satang()).isEqualTo(satang);
                });
        assertThat(Baht.sum(List.of())).isEqualTo(Baht.ZERO);
    }

    @Test
    void sumRefusesATotalBeyondTheLimit() {
        List<Baht> two = new ArrayList<>(List.of(Baht.MAX_ABSOLUTE, Baht.ofSatang(1)));
        assertThatThrownBy(() -> Baht.sum(two))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("10^15");
    }

    @Test
    void compareToIsConsistentWithEquals() {
        qt().withExamples(EXAMPLES).forAll(MoneyGen.bahts(), MoneyGen.bahts()).checkAssert((a, b) -> {
            Baht sameAsA = Baht.ofSatang(a.satang());
            assertThat(a.compareTo(sameAsA)).isZero();
            assertThat(a).isEqualTo(sameAsA).hasSameHashCodeAs(sameAsA);
            assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
            assertThat(Integer.signum(a.compareTo(b)))
                    .isEqualTo(-Integer.signum(b.compareTo(a)))
                    .isEqualTo(Long.signum(a.satang() - b.satang()));
            assertThat(a.isGreaterThan(b)).isEqualTo(a.compareTo(b) > 0);
            assertThat(a.isLessThan(b)).isEqualTo(a.compareTo(b) < 0);
        });
    }

    @Test
    void negatedAbsAndSignumAgree() {
        qt().withExamples(EXAMPLES).forAll(MoneyGen.bahts()).checkAssert(x -> {
            assertThat(x.negated().negated()).isEqualTo(x);
            assertThat(x.abs().signum()).isNotNegative();
            assertThat(x.signum()).isEqualTo(Long.signum(x.satang()));
            assertThat(x.signum() == 0).isEqualTo(x.equals(Baht.ZERO));
        });
    }

    @Test
    void ofRefusesMoreThanTwoDecimals() {
        qt().withExamples(EXAMPLES)
                .forAll(longs().between(0, 999_999_999L), integers().between(1, 9))
                .checkAssert((satang, third) -> {
                    String text = Baht.ofSatang(satang) + String.valueOf(third);
                    assertThatThrownBy(() -> Baht.parse(text)).isInstanceOfSatisfying(ThaiParseException.class, e -> {
                        assertThat(e.errorIndex()).isEqualTo(text.length() - 1);
                        assertThat(e.input()).isEqualTo(text);
                        assertThat(e).hasMessageContaining("More than two decimals");
                    });
                    assertThatThrownBy(() -> Baht.read(text))
                            .isInstanceOfSatisfying(
                                    ThaiParseException.class,
                                    e -> assertThat(e.errorIndex()).isEqualTo(text.length() - 1));
                    assertThatThrownBy(() -> Baht.of(new BigDecimal(text)))
                            .isInstanceOf(ArithmeticException.class)
                            .hasMessageContaining("more than two decimals");
                    assertThat(Baht.of(new BigDecimal(text), RoundingMode.HALF_UP)
                                    .toBigDecimal())
                            .isEqualTo(new BigDecimal(text).setScale(2, RoundingMode.HALF_UP));
                });
    }

    @Test
    void ofRefusesExponents() {
        assertThatThrownBy(() -> Baht.parse("1e5")).isInstanceOfSatisfying(ThaiParseException.class, e -> {
            assertThat(e.errorIndex()).isEqualTo(1);
            assertThat(e).hasMessageContaining("Exponent");
        });
        assertThatThrownBy(() -> Baht.read("1E5")).isInstanceOfSatisfying(ThaiParseException.class, e -> {
            assertThat(e.errorIndex()).isEqualTo(1);
            assertThat(e).hasMessageContaining("Exponent");
        });
        assertThatThrownBy(() -> Baht.parse("2.5e-1"))
                .isInstanceOfSatisfying(
                        ThaiParseException.class,
                        e -> assertThat(e.errorIndex()).isEqualTo(3));
    }

    @Test
    void refusesAbsurdMagnitudes() {
        qt().withExamples(EXAMPLES).forAll(integers().between(17, 400)).checkAssert(digits -> {
            String huge = "9".repeat(digits);
            assertThatThrownBy(() -> Baht.parse(huge))
                    .isInstanceOf(ArithmeticException.class)
                    .hasMessageContaining("10^15");
            assertThatThrownBy(() -> Baht.read(huge))
                    .isInstanceOf(ArithmeticException.class)
                    .hasMessageContaining("10^15");
        });
        assertThatThrownBy(() -> Baht.parse("1000000000000000.01")).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Baht.read("-1,000,000,000,000,001")).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Baht.ofSatang(Long.MIN_VALUE)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Baht.ofBaht(Long.MAX_VALUE)).isInstanceOf(ArithmeticException.class);
        assertThat(Baht.parse("1000000000000000")).isEqualTo(Baht.MAX_ABSOLUTE);
        assertThat(Baht.read("-1,000,000,000,000,000.00")).isEqualTo(Baht.MAX_ABSOLUTE.negated());
    }

    @Test
    void ofReadsAbsurdScaleAndLeadingZerosInOnePass() {
        // Ten million zeros after the point once meant a BigDecimal of scale 10^7 and a setScale
        // through a BigInteger of ten million digits; the 30 s guard only catches such a hang.
        String zeros = "0".repeat(10_000_000);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            assertThat(Baht.parse("90000." + zeros)).isEqualTo(Baht.parse("90000.00"));
            assertThat(Baht.parse("-" + zeros + "12.5" + zeros)).isEqualTo(Baht.parse("-12.50"));
            assertThat(Baht.parse(zeros)).isEqualTo(Baht.ZERO);
            assertThatThrownBy(() -> Baht.parse("1." + zeros + "1"))
                    .isInstanceOf(ThaiParseException.class)
                    .hasMessageContaining("More than two decimals");
            assertThatThrownBy(() -> Baht.parse("1" + zeros))
                    .isInstanceOf(ArithmeticException.class)
                    .hasMessageContaining("10^15");
            assertThatThrownBy(() -> Baht.parse("1e999999999")).isInstanceOf(ThaiParseException.class);
            assertThatThrownBy(() -> Baht.parse("1e-999999999")).isInstanceOf(ThaiParseException.class);
            assertThat(Baht.read(zeros + "1.-")).isEqualTo(Baht.ofBaht(1));
        });
        assertThat(Baht.parse("9999999999999.99").satang()).isEqualTo(999_999_999_999_999L);
        assertThat(Baht.parse("-1000000000000000.00")).isEqualTo(Baht.MAX_ABSOLUTE.negated());
        assertThatThrownBy(() -> Baht.parse("-1000000000000000.01")).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Baht.parse("9999999999999999.99")).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void parseRefusesMisplacedCommas() {
        assertRefused("1,00", 1);
        assertRefused("1,0000", 1);
        assertRefused("1234,567", 4);
        assertRefused(",123", 0);
        assertRefused("1,,000", 2);
        assertRefused("12,345,67", 6);
        assertRefused("1,000,", 5);
    }

    @Test
    void parseRefusesOtherMalformedText() {
        assertRefused("", 0);
        assertRefused("บาท", 0);
        assertRefused("90,000.", 7);
        assertRefused("90,000 ดอลลาร์", 7);
        assertRefused("90,000.5.0", 8);
        assertRefused("--5", 1);
    }

    @Test
    void parseRefusesRandomCommaPlacements() {
        qt().withExamples(EXAMPLES)
                .forAll(longs().between(10_000, 999_999_999_999L), integers().between(1, 3))
                .checkAssert((n, cut) -> {
                    String digits = Long.toString(n);
                    int at = Math.max(1, digits.length() - 3 - cut);
                    if ((digits.length() - at) % 3 == 0) {
                        return;
                    }
                    String text = digits.substring(0, at) + "," + digits.substring(at);
                    assertThatThrownBy(() -> Baht.read(text))
                            .isInstanceOfSatisfying(
                                    ThaiParseException.class, e -> assertThat(e).hasMessageContaining("comma"));
                });
    }

    private static void assertRefused(String text, int index) {
        assertThatThrownBy(() -> Baht.read(text)).isInstanceOfSatisfying(ThaiParseException.class, e -> {
            assertThat(e.errorIndex()).as("error index in \"%s\"", text).isEqualTo(index);
            assertThat(e.input()).isEqualTo(text);
        });
    }
}
