package io.github.krongkan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.krongkan.money.Baht;
import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.Property;
import io.github.krongkan.time.FiscalYear;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KrongkanModuleTest {
    private static final long MAX_SATANG = Baht.MAX_ABSOLUTE.satang();

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new KrongkanModule());

    /** A holder type as a user's own document class would have it. */
    record Line(Baht amount, FiscalYear fiscalYear) {}

    @Test
    void writesBahtAsPlainDecimalString() throws Exception {
        assertThat(mapper.writeValueAsString(Baht.ofBaht(90_000))).isEqualTo("\"90000.00\"");
        assertThat(mapper.writeValueAsString(Baht.ofSatang(-5))).isEqualTo("\"-0.05\"");
    }

    @Test
    void bahtRoundTripsThroughJsonForEveryAmount() {
        Gen<Baht> amounts = Gen.longs(-MAX_SATANG, MAX_SATANG)
                .withEdgeCases(List.of(-MAX_SATANG, -1L, 0L, 1L, MAX_SATANG))
                .map(Baht::ofSatang);
        Property.forAll(amounts).examples(1000).check(amount -> {
            try {
                String json = mapper.writeValueAsString(amount);
                assertThat(mapper.readValue(json, Baht.class)).isEqualTo(amount);
                assertThat(json).doesNotContain("e", "E", ",");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void refusesJsonNumbersAsBahtAsInsideAProject() {
        // One rule for money: a decimal string, in and out, as in the krongkan format.
        for (String number : List.of("90000", "12.5", "0.10", "1e5")) {
            assertThatThrownBy(() -> mapper.readValue(number, Baht.class))
                    .isInstanceOf(InvalidFormatException.class)
                    .hasMessageContaining("decimal string");
        }
    }

    @Test
    void refusesAmountsWithMoreThanTwoDecimalsNamingThePath() {
        assertThatThrownBy(() -> mapper.readValue("{\"amount\":\"1.005\",\"fiscalYear\":2569}", Line.class))
                .isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("two decimals")
                .hasMessageContaining("amount");
        assertThatThrownBy(() -> mapper.readValue("{\"amount\":1.005}", Line.class))
                .isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("decimal string")
                .hasMessageContaining("amount");
    }

    @Test
    void refusesExponentsAndGroupingInJsonAmounts() {
        assertThatThrownBy(() -> mapper.readValue("\"1e5\"", Baht.class))
                .isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("Exponent");
        assertThatThrownBy(() -> mapper.readValue("\"90,000.00\"", Baht.class))
                .isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("90,000.00");
        assertThatThrownBy(() -> mapper.readValue("\"99999999999999999999\"", Baht.class))
                .isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("limit");
        assertThatThrownBy(() -> mapper.readValue("true", Baht.class)).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void fiscalYearIsItsBuddhistEraNumber() throws Exception {
        assertThat(mapper.writeValueAsString(FiscalYear.ofBuddhistEra(2569))).isEqualTo("2569");
        Gen<FiscalYear> years =
                Gen.ints(2485, 3000).withEdgeCases(List.of(2485, 3000)).map(FiscalYear::ofBuddhistEra);
        Property.forAll(years).examples(1000).check(year -> {
            try {
                assertThat(mapper.readValue(mapper.writeValueAsString(year), FiscalYear.class))
                        .isEqualTo(year);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void refusesFiscalYearsThatAreNotIntegersNamingThePath() {
        assertThatThrownBy(() -> mapper.readValue("{\"fiscalYear\":\"2569\"}", Line.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("fiscalYear")
                .hasMessageContaining("ปีงบประมาณ");
        assertThatThrownBy(() -> mapper.readValue("{\"fiscalYear\":99999999999}", Line.class))
                .isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("fiscalYear");
        assertThatThrownBy(() -> mapper.readValue("{\"fiscalYear\":1000}", Line.class))
                .isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("fiscalYear");
    }

    @Test
    void isFoundByFindAndRegisterModules() throws Exception {
        ObjectMapper discovered = new ObjectMapper().findAndRegisterModules();
        assertThat(discovered.getRegisteredModuleIds()).contains(new KrongkanModule().getTypeId());
        Line line = discovered.readValue("{\"amount\":\"90000.00\",\"fiscalYear\":2569}", Line.class);
        assertThat(line).isEqualTo(new Line(Baht.ofBaht(90_000), FiscalYear.ofBuddhistEra(2569)));
        assertThat(discovered.writeValueAsString(Map.of("amount", line.amount())))
                .isEqualTo("{\"amount\":\"90000.00\"}");
    }
}
