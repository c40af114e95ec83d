package io.github.krongkan.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.text.ThaiParseException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiscalMonthTest {
    private static final YearMonth FIRST = YearMonth.of(1941, 10);
    private static final YearMonth LAST = YearMonth.of(2457, 9);
    private static final int SPAN = (int) ChronoUnit.MONTHS.between(FIRST, LAST);

    @ParameterizedTest
    @CsvSource({
        "1, ต.ค., ตุลาคม, 2025-10, 1",
        "2, พ.ย., พฤศจิกายน, 2025-11, 1",
        "3, ธ.ค., ธันวาคม, 2025-12, 1",
        "4, ม.ค., มกราคม, 2026-01, 2",
        "5, ก.พ., กุมภาพันธ์, 2026-02, 2",
        "6, มี.ค., มีนาคม, 2026-03, 2",
        "7, เม.ย., เมษายน, 2026-04, 3",
        "8, พ.ค., พฤษภาคม, 2026-05, 3",
        "9, มิ.ย., มิถุนายน, 2026-06, 3",
        "10, ก.ค., กรกฎาคม, 2026-07, 4",
        "11, ส.ค., สิงหาคม, 2026-08, 4",
        "12, ก.ย., กันยายน, 2026-09, 4"
    })
    void monthsOfFiscalYear2569(int number, String abbreviation, String name, String yearMonth, int quarter) {
        FiscalMonth month = FiscalYear.ofBuddhistEra(2569).month(number);
        assertThat(month.thaiAbbreviation()).isEqualTo(abbreviation);
        assertThat(month.thaiName()).isEqualTo(name);
        assertThat(month.yearMonth()).isEqualTo(YearMonth.parse(yearMonth));
        assertThat(month.quarter().number()).isEqualTo(quarter);
        assertThat(month).hasToString(String.format("FY2569-M%02d", number));
        assertThat(FiscalMonth.of(YearMonth.parse(yearMonth))).isEqualTo(month);
    }

    @Test
    void septemberIsFollowedByOctoberOfTheNextFiscalYear() {
        FiscalMonth september = FiscalMonth.parse("FY2569-M12");
        assertThat(september.next()).isEqualTo(FiscalMonth.parse("FY2570-M01"));
        assertThat(september.next().previous()).isEqualTo(september);
        assertThat(september.plusMonths(-12)).isEqualTo(FiscalMonth.parse("FY2568-M12"));
        assertThat(september.plusMonths(25).yearMonth()).isEqualTo(YearMonth.of(2028, 10));
    }

    @Test
    void rangeClosedListsThePlannedMonths() {
        // Seed 000: the plan runs from พฤศจิกายน 2568 to มิถุนายน 2569.
        FiscalMonth first = FiscalMonth.of(ThaiDates.readMonth("พฤศจิกายน 2568"));
        FiscalMonth last = FiscalMonth.of(ThaiDates.readMonth("มิถุนายน 2569"));
        List<FiscalMonth> months = FiscalMonth.rangeClosed(first, last);
        assertThat(months).hasSize(8).startsWith(first).endsWith(last);
        assertThat(months)
                .extracting(FiscalMonth::thaiAbbreviation)
                .containsExactly("พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.");
        assertThat(FiscalMonth.rangeClosed(first, first)).containsExactly(first);
        assertThatThrownBy(() -> FiscalMonth.rangeClosed(last, first)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "FY2569-M13|01 (ต.ค.) to 12|8",
                "FY2569-M00|01 (ต.ค.) to 12|8",
                "FY2569-M1|-M and a two-digit|6",
                "FY2569|-M and a two-digit|6",
                "2569-M01|FY and a four-digit|0",
                "FY2484-M01|2485|2",
                "FY2569-M01x|after|10"
            })
    void parseRefusesOtherForms(String text, String message, int index) {
        assertThatThrownBy(() -> FiscalMonth.parse(text))
                .isInstanceOf(ThaiParseException.class)
                .hasMessageContaining(message)
                .satisfies(
                        e -> assertThat(((ThaiParseException) e).errorIndex()).isEqualTo(index));
    }

    @Test
    void parseAcceptsThaiDigitsAndAnyCase() {
        assertThat(FiscalMonth.parse("fy๒๕๖๙-m๐๑"))
                .isEqualTo(FiscalYear.ofBuddhistEra(2569).month(1));
    }

    @Test
    void validatesNumbersAndRange() {
        FiscalYear year = FiscalYear.ofBuddhistEra(2569);
        assertThatThrownBy(() -> FiscalMonth.of(year, 13)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> FiscalMonth.of(year, 0)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> FiscalMonth.of(FIRST.minusMonths(1))).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> FiscalMonth.of(LAST.plusMonths(1))).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> FiscalMonth.of(FIRST).previous()).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> FiscalMonth.of(LAST).next()).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> FiscalMonth.of(LAST).plusMonths(Long.MAX_VALUE))
                .isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> FiscalMonth.of(FIRST).plusMonths(Long.MIN_VALUE))
                .isInstanceOf(DateTimeException.class);
        assertThat(FiscalMonth.of(FIRST).plusMonths(SPAN).yearMonth()).isEqualTo(LAST);
    }

    @Test
    void containsOnlyItsOwnDays() {
        FiscalMonth november = FiscalMonth.parse("FY2569-M02");
        assertThat(november.contains(LocalDate.of(2025, 11, 1))).isTrue();
        assertThat(november.contains(LocalDate.of(2025, 11, 30))).isTrue();
        assertThat(november.contains(LocalDate.of(2025, 12, 1))).isFalse();
        assertThat(november.contains(LocalDate.of(2024, 11, 15))).isFalse();
        assertThat(november)
                .isEqualTo(FiscalMonth.containing(LocalDate.of(2025, 11, 15)))
                .hasSameHashCodeAs(FiscalMonth.containing(LocalDate.of(2025, 11, 15)))
                .isNotEqualTo(november.next());
    }
}
