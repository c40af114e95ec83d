package io.github.krongkan.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.text.ThaiParseException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;
import org.junit.jupiter.api.Test;

/** The limits of exact amounts: ±10^15 baht, the digit guard, and the malformed plain forms. */
class BahtLimitsTest {
    private static final long MAX_BAHT = 1_000_000_000_000_000L;

    private static String ones(int digits) {
        return "1" + "0".repeat(digits - 1);
    }

    @Test
    void ofBahtAcceptsExactlyTheLimit() {
        assertThat(Baht.ofBaht(MAX_BAHT).toBigDecimal()).isEqualByComparingTo(new BigDecimal(MAX_BAHT));
        assertThat(Baht.ofBaht(-MAX_BAHT).signum() < 0).isTrue();
        assertThatThrownBy(() -> Baht.ofBaht(MAX_BAHT + 1)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Baht.ofBaht(-MAX_BAHT - 1)).isInstanceOf(ArithmeticException.class);
        // would wrap around to -100 satang if multiplied unchecked
        assertThatThrownBy(() -> Baht.ofBaht(Long.MAX_VALUE)).isInstanceOf(ArithmeticException.class);
        assertThat(Baht.ofSatang(0)).isSameAs(Baht.ZERO);
    }

    @Test
    void amountsThatDoNotFitALongAreRefusedNotTruncated() {
        // 2^64 satang: its low 64 bits are zero
        assertThatThrownBy(() -> Baht.of(new BigDecimal("184467440737095516.16")))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("beyond the supported limit");
        assertThatThrownBy(() -> Baht.sum(List.of(Baht.ofBaht(MAX_BAHT), Baht.ofSatang(1))))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("Sum");
        assertThatThrownBy(() -> Baht.sum(List.of(Baht.ofBaht(-MAX_BAHT), Baht.ofSatang(-1))))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("Sum");
        assertThat(Baht.sum(List.of(Baht.ofBaht(MAX_BAHT), Baht.ofSatang(-1), Baht.ofSatang(1))))
                .isEqualTo(Baht.ofBaht(MAX_BAHT));
        // Long.MIN_VALUE × 100 would wrap around to 0
        assertThatThrownBy(() -> Baht.ofBaht(Long.MIN_VALUE)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void theDigitGuardCountsSignificantIntegerDigits() {
        assertThat(Baht.parse(ones(16))).isEqualTo(Baht.ofBaht(MAX_BAHT));
        assertThat(Baht.read(ones(16))).isEqualTo(Baht.ofBaht(MAX_BAHT));
        assertThat(Baht.parse("0".repeat(30) + "7")).isEqualTo(Baht.ofBaht(7));
        assertThat(Baht.read("0".repeat(30) + "7")).isEqualTo(Baht.ofBaht(7));
        assertThatThrownBy(() -> Baht.parse(ones(17)))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("with 17 integer digits");
        assertThatThrownBy(() -> Baht.read(ones(19)))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("with 19 integer digits");
        assertThatThrownBy(() -> Baht.read("00" + ones(20)))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("with 20 integer digits");
        assertThatThrownBy(() -> Baht.read("12,345,678,901,234,567"))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("with 17 integer digits");
        // long inputs are shortened to 40 characters in the message
        String forty = ones(40);
        assertThatThrownBy(() -> Baht.parse(forty))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageEndingWith(forty);
        String fortyOne = ones(41);
        assertThatThrownBy(() -> Baht.parse(fortyOne))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageEndingWith(fortyOne.substring(0, 40) + "…");
    }

    @Test
    void plainFormsNeedDigitsOnBothSidesOfThePoint() {
        assertThatThrownBy(() -> Baht.parse("")).isInstanceOf(ThaiParseException.class);
        assertThatThrownBy(() -> Baht.parse("-")).isInstanceOf(ThaiParseException.class);
        assertThatThrownBy(() -> Baht.parse(".5"))
                .isInstanceOfSatisfying(
                        ThaiParseException.class,
                        e -> assertThat(e.errorIndex()).isZero());
        assertThatThrownBy(() -> Baht.parse("5.")).isInstanceOfSatisfying(ThaiParseException.class, e -> {
            assertThat(e.getMessage()).contains("digits after the decimal point");
            assertThat(e.errorIndex()).isEqualTo(2);
        });
        assertThat(Baht.parse("-5.10")).isEqualTo(Baht.ofSatang(-510));
        assertThat(Baht.parse("5.1000")).isEqualTo(Baht.ofSatang(510));
        assertThatThrownBy(() -> Baht.parse("1e5")).hasMessageContaining("Exponent");
        assertThatThrownBy(() -> Baht.parse("1E5")).hasMessageContaining("Exponent");
        assertThatThrownBy(() -> Baht.parse("1x5")).hasMessageContaining("Unexpected character 'x'");
        assertThatThrownBy(() -> Baht.read("1e5")).hasMessageContaining("Exponent");
        assertThatThrownBy(() -> Baht.read("1E5")).hasMessageContaining("Exponent");
        assertThatThrownBy(() -> Baht.read("1x5")).hasMessageContaining("Unexpected text");
    }

    @Test
    void groupingCommasNeedGroupsOfThree() {
        assertThatThrownBy(() -> Baht.read(",100"))
                .isInstanceOfSatisfying(
                        ThaiParseException.class,
                        e -> assertThat(e.errorIndex()).isZero());
        assertThatThrownBy(() -> Baht.read("1,00,000"))
                .isInstanceOfSatisfying(
                        ThaiParseException.class,
                        e -> assertThat(e.errorIndex()).isEqualTo(4));
        assertThatThrownBy(() -> Baht.read("1000,000"))
                .isInstanceOfSatisfying(
                        ThaiParseException.class,
                        e -> assertThat(e.errorIndex()).isEqualTo(4));
        assertThat(Baht.read("100,000")).isEqualTo(Baht.ofBaht(100_000));
        assertThat(Baht.read("1,000,000.-")).isEqualTo(Baht.ofBaht(1_000_000));
    }

    @Test
    void zeroIsWrittenWithoutASign() {
        assertThat(Baht.ZERO.toGroupedString()).isEqualTo("0.00");
        assertThat(Baht.ofSatang(-1).toGroupedString()).isEqualTo("-0.01");
        assertThat(Baht.ZERO.abs()).isEqualTo(Baht.ZERO);
    }

    @Test
    void weightsOfEveryNumberType() {
        Baht total = Baht.ofBaht(100);
        List<Baht> expected = List.of(Baht.ofBaht(25), Baht.ofBaht(75));
        assertThat(Allocation.byWeights(total, List.of(BigInteger.ONE, BigInteger.valueOf(3))))
                .isEqualTo(expected);
        assertThat(Allocation.byWeights(total, List.of((short) 1, (short) 3))).isEqualTo(expected);
        assertThat(Allocation.byWeights(total, List.of((byte) 1, (byte) 3))).isEqualTo(expected);
        assertThat(Allocation.byWeights(total, List.of(new AtomicLong(1), new AtomicLong(3))))
                .isEqualTo(expected);
        assertThat(Allocation.byWeights(total, List.of(new AtomicInteger(1), new AtomicInteger(3))))
                .isEqualTo(expected);
        assertThat(Allocation.byWeights(total, List.of(0.5f, 1.5f))).isEqualTo(expected);
        assertThat(Allocation.byWeights(total, List.of(0.25, 0.75))).isEqualTo(expected);
        DoubleAdder one = new DoubleAdder();
        one.add(1);
        DoubleAdder three = new DoubleAdder();
        three.add(3);
        assertThat(Allocation.byWeights(total, List.of(one, three))).isEqualTo(expected);
        assertThatThrownBy(() -> Allocation.byWeights(total, List.of(1, Float.NaN)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("index 1");
        assertThatThrownBy(() -> Allocation.byWeights(total, List.of(new NotADecimal())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a decimal number");
    }

    @Test
    void wordsReadBackAreValues() {
        BahtWords a = BahtText.read("หนึ่งร้อยบาทถ้วน");
        BahtWords b = BahtText.read("หนึ่งร้อยบาทถ้วน");
        BahtWords eleven = BahtText.read("หนึ่งร้อยเอ็ดบาทถ้วน");
        BahtWords tensOnly = BahtText.read("หนึ่งร้อยหนึ่งบาทถ้วน");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(eleven).isNotEqualTo("หนึ่งร้อยบาทถ้วน");
        assertThat(eleven.amount()).isEqualTo(tensOnly.amount());
        assertThat(tensOnly.convention()).contains(BahtTextConvention.TENS_ONLY);
        assertThat(eleven).isNotEqualTo(tensOnly);
        assertThat(a.toString()).isEqualTo("BahtWords[100.00, either convention]");
        assertThat(tensOnly.toString()).isEqualTo("BahtWords[101.00, TENS_ONLY]");
    }

    /** A number type the allocation does not know. */
    private static final class NotADecimal extends Number {
        private static final long serialVersionUID = 1L;

        @Override
        public int intValue() {
            return 1;
        }

        @Override
        public long longValue() {
            return 1;
        }

        @Override
        public float floatValue() {
            return 1;
        }

        @Override
        public double doubleValue() {
            return 1;
        }

        @Override
        public String toString() {
            return "one";
        }
    }
}
