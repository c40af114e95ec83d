package io.github.krongkan.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.text.ThaiParseException;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiscalQuarterTest {
    @ParameterizedTest
    @CsvSource({
        "1, 2025-10-01, 2025-12-31",
        "2, 2026-01-01, 2026-03-31",
        "3, 2026-04-01, 2026-06-30",
        "4, 2026-07-01, 2026-09-30"
    })
    void quartersOfFiscalYear2569(int number, LocalDate start, LocalDate end) {
        FiscalQuarter quarter = FiscalQuarter.of(FiscalYear.ofBuddhistEra(2569), number);
        assertThat(quarter.start()).isEqualTo(start);
        assertThat(quarter.end()).isEqualTo(end);
        assertThat(quarter.contains(start)).isTrue();
        assertThat(quarter.contains(end)).isTrue();
        assertThat(quarter.contains(start.minusDays(1))).isFalse();
        assertThat(quarter.contains(end.plusDays(1))).isFalse();
        assertThat(quarter.months())
                .hasSize(3)
                .allSatisfy(m -> assertThat(m.quarter()).isEqualTo(quarter));
        assertThat(quarter).hasToString("FY2569-Q" + number);
        assertThat(FiscalQuarter.containing(start)).isEqualTo(quarter);
        assertThat(FiscalQuarter.containing(end)).isEqualTo(quarter);
    }

    @Test
    void refusesBadNumbersAndRange() {
        assertThatThrownBy(() -> FiscalQuarter.of(FiscalYear.MIN, 0))
                .isInstanceOf(DateTimeException.class)
                .hasMessageContaining("1 to 4");
        assertThatThrownBy(() -> FiscalQuarter.of(FiscalYear.MIN, 5)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> FiscalYear.MIN.quarter(1).previous()).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> FiscalYear.MAX.quarter(4).next()).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> FiscalYear.MAX.quarter(4).plusQuarters(Long.MAX_VALUE))
                .isInstanceOf(DateTimeException.class)
                .hasMessageContaining("outside");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "FY2569-Q5|1 to 4|8",
                "FY2569-Q0|1 to 4|8",
                "FY2569Q1|-Q and a quarter|6",
                "FY2569-Q12|-Q and a quarter|6",
                "Q1/2569|FY and a four-digit|0"
            })
    void parseRefusesOtherForms(String text, String message, int index) {
        assertThatThrownBy(() -> FiscalQuarter.parse(text))
                .isInstanceOf(ThaiParseException.class)
                .hasMessageContaining(message)
                .satisfies(
                        e -> assertThat(((ThaiParseException) e).errorIndex()).isEqualTo(index));
    }

    @Test
    void parseAcceptsThaiDigitsAndAnyCase() {
        assertThat(FiscalQuarter.parse(" fy๒๕๖๙-q๒ "))
                .isEqualTo(FiscalYear.ofBuddhistEra(2569).quarter(2));
    }
}
