package io.github.krongkan.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.Property;
import org.junit.jupiter.api.Test;

/** Properties of {@link FiscalQuarter}: next, previous and parse agree. */
class FiscalQuarterPropertiesTest {
    /** A fiscal year in the Buddhist era and a quarter number. */
    private record Numbered(int be, int number) {}

    @Test
    void nextPreviousAndParseAreConsistent() {
        Gen<Integer> years = Gen.ints(2485, 3000);
        Gen<Integer> numbers = Gen.ints(1, 4);
        Gen<Numbered> quarters = (random, size) -> new Numbered(years.next(random, size), numbers.next(random, size));
        Property.forAll(quarters).examples(1000).check(q -> {
            int be = q.be();
            int number = q.number();
            FiscalQuarter quarter = FiscalYear.ofBuddhistEra(be).quarter(number);
            assertThat(FiscalQuarter.parse(quarter.toString())).isEqualTo(quarter);
            assertThat(quarter.fiscalYear().buddhistEraYear()).isEqualTo(be);
            assertThat(quarter.number()).isEqualTo(number);
            if (!quarter.equals(FiscalYear.MAX.quarter(4))) {
                FiscalQuarter next = quarter.next();
                assertThat(next.start()).isEqualTo(quarter.end().plusDays(1));
                assertThat(next.previous()).isEqualTo(quarter);
                assertThat(next).isGreaterThan(quarter);
                assertThat(next.number()).isEqualTo(number % 4 + 1);
            }
            assertThat(quarter.plusQuarters(-4 * (be - 2485L)).fiscalYear()).isEqualTo(FiscalYear.MIN);
        });
    }
}
