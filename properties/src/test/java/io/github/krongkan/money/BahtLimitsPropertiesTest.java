package io.github.krongkan.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.Property;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Properties of the limits of exact amounts: ±10^15 baht, accepted exactly and refused beyond. */
class BahtLimitsPropertiesTest {
    private static final long MAX_BAHT = 1_000_000_000_000_000L;

    @Test
    void wholeBahtAreAcceptedExactlyUpToTheLimitAndReadBackFromTheirGroupedForm() {
        Property.forAll(Gen.longs(-2 * MAX_BAHT, 2 * MAX_BAHT)).examples(500).check(baht -> {
            if (Math.abs(baht) <= MAX_BAHT) {
                Baht amount = Baht.ofBaht(baht);
                assertThat(amount.toBigDecimal()).isEqualByComparingTo(BigDecimal.valueOf(baht));
                assertThat(Baht.read(amount.toGroupedString())).isEqualTo(amount);
                assertThat(Baht.read(String.format(java.util.Locale.ROOT, "%,d", baht)))
                        .isEqualTo(amount);
            } else {
                assertThatThrownBy(() -> Baht.ofBaht(baht)).isInstanceOf(ArithmeticException.class);
                assertThatThrownBy(() -> Baht.read(Long.toString(baht))).isInstanceOf(ArithmeticException.class);
            }
        });
    }
}
