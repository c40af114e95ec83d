package io.github.krongkan.money;

import static io.github.krongkan.money.BahtTextConvention.ROYAL_INSTITUTE;
import static io.github.krongkan.money.BahtTextConvention.TENS_ONLY;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.Property;
import io.github.krongkan.text.ThaiParseException;
import org.junit.jupiter.api.Test;

/** Properties of {@link BahtText}: what the reader accepts and what the writer writes. */
class BahtTextPropertiesTest {
    private static final int EXAMPLES = 1000;

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
}
