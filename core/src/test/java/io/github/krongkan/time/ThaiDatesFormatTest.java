package io.github.krongkan.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.time.ThaiDates.Digits;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThaiDatesFormatTest {
    private static final LocalDate MARCH_15_2569 = LocalDate.of(2026, 3, 15);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "LONG|15 มีนาคม 2569|๑๕ มีนาคม ๒๕๖๙",
                "LONG_WITH_ERA|15 มีนาคม พ.ศ. 2569|๑๕ มีนาคม พ.ศ. ๒๕๖๙",
                "MEDIUM|15 มี.ค. 2569|๑๕ มี.ค. ๒๕๖๙",
                "SHORT|15 มี.ค. 69|๑๕ มี.ค. ๖๙",
                "NUMERIC|15/03/2569|๑๕/๐๓/๒๕๖๙"
            })
    void formatsEveryStyle(ThaiDateStyle style, String ascii, String thai) {
        assertThat(ThaiDates.format(MARCH_15_2569, style)).isEqualTo(ascii);
        assertThat(ThaiDates.format(MARCH_15_2569, style, Digits.ASCII)).isEqualTo(ascii);
        assertThat(ThaiDates.format(MARCH_15_2569, style, Digits.THAI)).isEqualTo(thai);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "LONG|พฤศจิกายน 2568",
                "LONG_WITH_ERA|พฤศจิกายน พ.ศ. 2568",
                "MEDIUM|พ.ย. 2568",
                "SHORT|พ.ย. 68",
                "NUMERIC|11/2568"
            })
    void formatsMonths(ThaiDateStyle style, String expected) {
        assertThat(ThaiDates.formatMonth(YearMonth.of(2025, 11), style, Digits.ASCII))
                .isEqualTo(expected);
    }

    @Test
    void writesTheFiscalYearBoundariesInBuddhistEra() {
        assertThat(ThaiDates.format(LocalDate.of(2025, 9, 30), ThaiDateStyle.MEDIUM))
                .isEqualTo("30 ก.ย. 2568");
        assertThat(ThaiDates.format(LocalDate.of(2025, 10, 1), ThaiDateStyle.MEDIUM))
                .isEqualTo("1 ต.ค. 2568");
        assertThat(ThaiDates.format(LocalDate.of(1941, 10, 1), ThaiDateStyle.NUMERIC))
                .isEqualTo("01/10/2484");
        assertThat(ThaiDates.format(ThaiDates.MAX_DATE, ThaiDateStyle.NUMERIC)).isEqualTo("30/09/3000");
    }

    @Test
    void refusesDatesOutsideTheSupportedRange() {
        assertThatThrownBy(() -> ThaiDates.format(LocalDate.of(1941, 9, 30), ThaiDateStyle.LONG))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 April");
        assertThatThrownBy(() -> ThaiDates.format(ThaiDates.MAX_DATE.plusDays(1), ThaiDateStyle.LONG))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("latest supported fiscal year");
        assertThatThrownBy(() -> ThaiDates.formatMonth(YearMonth.of(1941, 9), ThaiDateStyle.LONG, Digits.ASCII))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
