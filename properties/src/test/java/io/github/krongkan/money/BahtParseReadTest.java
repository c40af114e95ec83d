package io.github.krongkan.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.Property;
import io.github.krongkan.text.ThaiDigits;
import io.github.krongkan.text.ThaiParseException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Baht#parse} is strict (the inverse of toString), {@link Baht#read} reads documents. */
class BahtParseReadTest {
    /** An amount in satang and a factor, its unscaled value and scale. */
    private record Factor(long satang, long unscaled, int scale) {}

    @Test
    void parseIsTheInverseOfToStringAndReadReadsEveryDocumentForm() {
        Property.forAll(MoneyGen.satang()).examples(3000).check(satang -> {
            Baht x = Baht.ofSatang(satang);
            assertThat(Baht.parse(x.toString())).isEqualTo(x);
            assertThat(Baht.read(x.toString())).isEqualTo(x);
            assertThat(Baht.read(x.toGroupedString())).isEqualTo(x);
            assertThat(Baht.read(ThaiDigits.toThai(x.toGroupedString()) + " บาท"))
                    .isEqualTo(x);
            assertThat(Baht.read("\uFEFF\u00A0" + x.toGroupedString() + "บาท\u200B"))
                    .isEqualTo(x);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"90,000.00", " 90000.00", "90000.00 ", "๙๐๐๐๐", "90000.-", "90000 บาท", "+1", "1e3", ""})
    void parseRefusesWhatOnlyDocumentsWrite(String text) {
        assertThatThrownBy(() -> Baht.parse(text)).isInstanceOf(ThaiParseException.class);
    }

    @Test
    void readTakesTheFormsOfTheSeedsAndSaysWhereItStops() {
        assertThat(Baht.read("90,000.-บาท")).isEqualTo(Baht.ofBaht(90_000));
        assertThat(Baht.read("๙๐,๐๐๐.- บาท")).isEqualTo(Baht.ofBaht(90_000));
        assertThat(Baht.read("\uFEFF12,500.25")).isEqualTo(Baht.ofSatang(1_250_025));
        assertThatThrownBy(() -> Baht.read("90,00.-"))
                .isInstanceOfSatisfying(
                        ThaiParseException.class,
                        e -> assertThat(e.errorIndex()).isEqualTo(2));
        assertThatThrownBy(() -> Baht.read("  90000.123"))
                .isInstanceOfSatisfying(
                        ThaiParseException.class,
                        e -> assertThat(e.errorIndex()).isEqualTo(10));
        assertThatThrownBy(() -> Baht.read("90000 ดอลลาร์"))
                .isInstanceOfSatisfying(
                        ThaiParseException.class,
                        e -> assertThat(e.errorIndex()).isEqualTo(6));
    }

    @Test
    void timesIsExactOrRefusedWithoutARoundingMode() {
        Gen<Long> amounts = MoneyGen.satang();
        Gen<Long> unscaled = Gen.longs(-10_000_000, 10_000_000);
        Gen<Integer> scales = Gen.ints(0, 6);
        Gen<Factor> cases = (random, size) ->
                new Factor(amounts.next(random, size), unscaled.next(random, size), scales.next(random, size));
        Property.forAll(cases).examples(3000).check(c -> {
            Baht x = Baht.ofSatang(c.satang());
            BigDecimal factor = BigDecimal.valueOf(c.unscaled(), c.scale());
            BigDecimal exact = x.toBigDecimal().multiply(factor);
            boolean whole = exact.stripTrailingZeros().scale() <= 2;
            boolean fits = exact.abs().compareTo(Baht.MAX_ABSOLUTE.toBigDecimal()) <= 0;
            if (whole && fits) {
                assertThat(x.times(factor).toBigDecimal()).isEqualByComparingTo(exact);
            } else {
                assertThatThrownBy(() -> x.times(factor)).isInstanceOf(ArithmeticException.class);
            }
            BigDecimal halfUp = exact.setScale(2, RoundingMode.HALF_UP);
            if (halfUp.abs().compareTo(Baht.MAX_ABSOLUTE.toBigDecimal()) <= 0) {
                assertThat(x.times(factor, RoundingMode.HALF_UP).toBigDecimal()).isEqualTo(halfUp);
                assertThat(x.times(factor, RoundingMode.FLOOR).toBigDecimal())
                        .isEqualTo(exact.setScale(2, RoundingMode.FLOOR));
            }
        });
        assertThatThrownBy(() -> Baht.parse("0.05").times(new BigDecimal("0.5")))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("RoundingMode");
        assertThat(Baht.parse("0.05").times(new BigDecimal("0.5"), RoundingMode.HALF_UP))
                .isEqualTo(Baht.parse("0.03"));
        assertThat(Baht.parse("35.00").times(new BigDecimal("2.5"))).isEqualTo(Baht.parse("87.50"));
    }

    @Test
    void serializationKeepsTheAmount() throws Exception {
        Property.forAll(MoneyGen.satang()).examples(200).check(satang -> {
            Baht x = Baht.ofSatang(satang);
            assertThat(roundTrip(x)).isEqualTo(x);
        });
        assertThat(deserialize(serialize(Baht.ZERO))).isSameAs(Baht.ZERO);
    }

    @Test
    void aForgedStreamCannotMakeAnAmountBeyondTheLimit() throws Exception {
        long marker = 0x0123_4567_89AB_CDEFL;
        byte[] stream = serialize(Baht.ofSatang(marker));
        for (long forged : new long[] {Baht.MAX_ABSOLUTE.satang() + 1, Long.MIN_VALUE, Long.MAX_VALUE}) {
            byte[] bytes = replaceLong(stream, marker, forged);
            assertThatThrownBy(() -> deserialize(bytes))
                    .isInstanceOf(InvalidObjectException.class)
                    .hasMessageContaining("beyond the supported limit");
        }
        assertThat(deserialize(replaceLong(stream, marker, -Baht.MAX_ABSOLUTE.satang())))
                .isEqualTo(Baht.MAX_ABSOLUTE.negated());
    }

    private static Object roundTrip(Object o) {
        try {
            return deserialize(serialize(o));
        } catch (IOException | ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] replaceLong(byte[] stream, long from, long to) {
        byte[] bytes = stream.clone();
        byte[] pattern = ByteBuffer.allocate(8).putLong(from).array();
        for (int i = 0; i + 8 <= bytes.length; i++) {
            if (ByteBuffer.wrap(bytes, i, 8).getLong() == from) {
                ByteBuffer.wrap(bytes, i, 8).putLong(to);
                return bytes;
            }
        }
        throw new AssertionError("No " + java.util.Arrays.toString(pattern) + " in the stream");
    }

    private static byte[] serialize(Object o) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ObjectOutputStream s = new ObjectOutputStream(out)) {
            s.writeObject(o);
        }
        return out.toByteArray();
    }

    private static Object deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream s = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return s.readObject();
        }
    }
}
