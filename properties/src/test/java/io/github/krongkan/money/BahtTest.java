package io.github.krongkan.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.Property;
import io.github.krongkan.text.ThaiDigits;
import io.github.krongkan.text.ThaiParseException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BahtTest {
    /** An amount in satang with a whole factor and how many groups of three digits the factor keeps. */
    private record Factored(long satang, long count, int digits) {}

    /** Two amounts. */
    private record Pair(Baht a, Baht b) {}

    /** An amount and a whole number. */
    private record Scaled(Baht x, int n) {}

    /** Two numbers. */
    private record Longs(long first, long second) {}

    /** Two generators drawn one after the other. */
    private static <A, B, R> Gen<R> both(Gen<A> a, Gen<B> b, java.util.function.BiFunction<A, B, R> make) {
        return (random, size) -> make.apply(a.next(random, size), b.next(random, size));
    }

    private static String groupedByFormatter(long satang) {
        long abs = Math.abs(satang);
        return (satang < 0 ? "-" : "") + String.format(java.util.Locale.ROOT, "%,d", abs / 100) + "."
                + String.format(java.util.Locale.ROOT, "%02d", abs % 100);
    }

    @Test
    void timesAWholeFactorIsTheExactProductAsBigDecimalGivesIt() {
        long limit = 100_000_000_000_000_000L; // 10^15 baht
        Gen<Factored> cases = (random, size) -> new Factored(
                Gen.longs(-limit, limit).next(random, size),
                Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE).next(random, size),
                Gen.ints(0, 3).next(random, size));
        Property.forAll(cases).examples(5000).check(c -> {
            long satang = c.satang();
            long count = c.count();
            int digits = c.digits();
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
        Property.forAll(Gen.longs(-limit, limit))
                .examples(5000)
                .check(satang ->
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
        Property.forAll(MoneyGen.bahts())
                .examples(EXAMPLES)
                .check(x -> assertThat(Baht.parse(x.toString())).isEqualTo(x));
    }

    @Test
    void toStringHasTwoDecimalsAndNoGrouping() {
        Property.forAll(MoneyGen.bahts())
                .examples(EXAMPLES)
                .check(x -> assertThat(x.toString()).matches("-?[0-9]+\\.[0-9]{2}"));
    }

    @Test
    void parseReadsBackTheGroupedString() {
        Property.forAll(MoneyGen.bahts())
                .examples(EXAMPLES)
                .check(x -> assertThat(Baht.read(x.toGroupedString())).isEqualTo(x));
    }

    @Test
    void parseReadsThaiDigitsAndTheDocumentForms() {
        Property.forAll(MoneyGen.bahts()).examples(EXAMPLES).check(x -> {
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
        Property.forAll(both(MoneyGen.halfRangeBahts(), MoneyGen.halfRangeBahts(), Pair::new))
                .examples(EXAMPLES)
                .check(p -> {
                    Baht a = p.a();
                    Baht b = p.b();
                    assertThat(a.plus(b).minus(b)).isEqualTo(a);
                    assertThat(a.minus(b).plus(b)).isEqualTo(a);
                    assertThat(a.plus(b)).isEqualTo(b.plus(a));
                    assertThat(a.minus(b)).isEqualTo(b.minus(a).negated());
                });
    }

    @Test
    void plusAgreesWithBigDecimalAddition() {
        Property.forAll(both(MoneyGen.halfRangeBahts(), MoneyGen.halfRangeBahts(), Pair::new))
                .examples(EXAMPLES)
                .check(p -> assertThat(p.a().plus(p.b()).toBigDecimal())
                        .isEqualTo(p.a().toBigDecimal().add(p.b().toBigDecimal())));
    }

    @Test
    void timesIsRepeatedAddition() {
        Property.forAll(both(
                        MoneyGen.bahts().map(b -> Baht.ofSatang(b.satang() / 1000)), Gen.ints(-200, 200), Scaled::new))
                .examples(EXAMPLES)
                .check(c -> {
                    Baht x = c.x();
                    int n = c.n();
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
        Property.forAll(both(MoneyGen.halfRangeBahts(), Gen.ints(0, 2000), Scaled::new))
                .examples(EXAMPLES)
                .check(c -> {
                    Baht x = c.x();
                    BigDecimal factor = BigDecimal.valueOf(c.n(), 3);
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
        Property.forAll(listsOf(MoneyGen.bahts().map(b -> Baht.ofSatang(b.satang() / 64)), 40))
                .examples(EXAMPLES)
                .check(amounts -> {
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
        Property.forAll(both(MoneyGen.bahts(), MoneyGen.bahts(), Pair::new))
                .examples(EXAMPLES)
                .check(p -> {
                    Baht a = p.a();
                    Baht b = p.b();
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
        Property.forAll(MoneyGen.bahts()).examples(EXAMPLES).check(x -> {
            assertThat(x.negated().negated()).isEqualTo(x);
            assertThat(x.abs().signum()).isNotNegative();
            assertThat(x.signum()).isEqualTo(Long.signum(x.satang()));
            assertThat(x.signum() == 0).isEqualTo(x.equals(Baht.ZERO));
        });
    }

    @Test
    void ofRefusesMoreThanTwoDecimals() {
        Property.forAll(both(Gen.longs(0, 999_999_999L), Gen.longs(1, 9), Longs::new))
                .examples(EXAMPLES)
                .check(c -> {
                    String text = Baht.ofSatang(c.first()) + String.valueOf(c.second());
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
        Property.forAll(Gen.ints(17, 400)).examples(EXAMPLES).check(digits -> {
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
        Property.forAll(both(Gen.longs(10_000, 999_999_999_999L), Gen.longs(1, 3), Longs::new))
                .examples(EXAMPLES)
                .check(c -> {
                    String digits = Long.toString(c.first());
                    int at = Math.max(1, digits.length() - 3 - (int) c.second());
                    if ((digits.length() - at) % 3 == 0) {
                        return;
                    }
                    String text = digits.substring(0, at) + "," + digits.substring(at);
                    assertThatThrownBy(() -> Baht.read(text))
                            .isInstanceOfSatisfying(
                                    ThaiParseException.class, e -> assertThat(e).hasMessageContaining("comma"));
                });
    }

    /** Lists of 0 to {@code max} values, whatever the size (as the lists of the old generator were). */
    private static <T> Gen<List<T>> listsOf(Gen<T> values, int max) {
        return (random, size) -> {
            int length = random.nextInt(0, max + 1);
            List<T> list = new ArrayList<>(length);
            for (int i = 0; i < length; i++) {
                list.add(values.next(random, size));
            }
            return list;
        };
    }

    private static void assertRefused(String text, int index) {
        assertThatThrownBy(() -> Baht.read(text)).isInstanceOfSatisfying(ThaiParseException.class, e -> {
            assertThat(e.errorIndex()).as("error index in \"%s\"", text).isEqualTo(index);
            assertThat(e.input()).isEqualTo(text);
        });
    }
}
