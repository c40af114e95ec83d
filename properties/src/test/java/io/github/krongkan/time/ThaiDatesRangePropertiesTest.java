package io.github.krongkan.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.testkit.Property;
import io.github.krongkan.text.ThaiParseException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Properties of the range of {@link ThaiDates}: every date read has a fiscal year. */
class ThaiDatesRangePropertiesTest {
    @Test
    void everyDateReadHasAFiscalYearAndWritesBack() {
        Property.forAll(Gens.dates(ThaiDates.MIN_DATE.minusYears(1), ThaiDates.MAX_DATE.plusYears(1)))
                .examples(3000)
                .check(date -> {
                    for (ThaiDateStyle style : ThaiDateStyle.values()) {
                        if (date.isBefore(ThaiDates.MIN_DATE) || date.isAfter(ThaiDates.MAX_DATE)) {
                            assertThatThrownBy(() -> ThaiDates.format(date, style))
                                    .isInstanceOf(IllegalArgumentException.class);
                            continue;
                        }
                        String text = ThaiDates.format(date, style);
                        LocalDate read = ThaiDates.read(text).date();
                        assertThat(FiscalYear.containing(read).contains(read)).isTrue();
                    }
                    // ISO with a Common Era year below 2400, else with the Buddhist-era year (the era rule).
                    String iso = date.getYear() < 2400
                            ? date.toString()
                            : date.plusYears(543).toString();
                    if (date.isBefore(ThaiDates.MIN_DATE) || date.isAfter(ThaiDates.MAX_DATE)) {
                        assertThatThrownBy(() -> ThaiDates.read(iso)).isInstanceOf(ThaiParseException.class);
                    } else {
                        assertThat(FiscalYear.containing(ThaiDates.read(iso).date()))
                                .isNotNull();
                    }
                });
    }
}
