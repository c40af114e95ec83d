package io.github.krongkan.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.text.ThaiParseException;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FiscalYearTest {
    @Test
    void fiscalYear2569RunsFromOctober2025ToSeptember2026() {
        FiscalYear year = FiscalYear.ofBuddhistEra(2569);
        assertThat(year.start()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(year.end()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(year.buddhistEraYear()).isEqualTo(2569);
        assertThat(year.commonEraYear()).isEqualTo(2026);
        assertThat(year.lengthInDays()).isEqualTo(365);
        assertThat(FiscalYear.ofCommonEra(2026)).isEqualTo(year);
        assertThat(year).hasToString("FY2569");
    }

    @Test
    void seedFiscalYearsMatchTheirDocuments() {
        // Seed 001: FY 2564 project from 2020-10-01 to 2021-09-30.
        FiscalYear fy2564 = FiscalYear.ofBuddhistEra(2564);
        assertThat(fy2564.start()).isEqualTo(LocalDate.of(2020, 10, 1));
        assertThat(fy2564.end()).isEqualTo(LocalDate.of(2021, 9, 30));
        // Seed 003: FY 2555 planned October 2554 – September 2555.
        FiscalYear fy2555 = FiscalYear.ofBuddhistEra(2555);
        assertThat(fy2555.months().get(0).yearMonth()).isEqualTo(ThaiDates.readMonth("ตุลาคม 2554"));
        assertThat(fy2555.months().get(11).yearMonth()).isEqualTo(ThaiDates.readMonth("กันยายน 2555"));
        assertThat(fy2555.lengthInDays()).isEqualTo(366);
        // Seed 000: Nov 2568 – Jun 2569 lies inside FY 2569.
        FiscalYear fy2569 = FiscalYear.ofBuddhistEra(2569);
        assertThat(fy2569.contains(ThaiDates.readMonth("พฤศจิกายน 2568").atDay(1)))
                .isTrue();
        assertThat(fy2569.contains(ThaiDates.readMonth("มิถุนายน 2569").atEndOfMonth()))
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "FY2569",
                "fy2569",
                "FY 2569",
                "2569",
                "พ.ศ. 2569",
                "พ.ศ.2569",
                "ปีงบประมาณ 2569",
                "ปีงบประมาณ พ.ศ. 2569",
                "ปีงบประมาณพ.ศ.2569",
                "ปีงบประมาณ พ.ศ. : 2569",
                "  ๒๕๖๙ ",
                "FY๒๕69",
                "พ.ศ.๒๕69"
            })
    void parsesDocumentForms(String text) {
        assertThat(FiscalYear.read(text)).isEqualTo(FiscalYear.ofBuddhistEra(2569));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2026|Common Era|0",
                "FY2026|Common Era|2",
                "ค.ศ. 2026|Common Era|0",
                "FY2484|1 April|2",
                "3001|latest|0",
                "FY25690|four-digit|2",
                "ปีงบ 2569|four-digit|0",
                "FY2569 x|after|7",
                "''|empty|0"
            })
    void refusesOtherFormsWithPosition(String text, String message, int index) {
        assertThatThrownBy(() -> FiscalYear.read(text))
                .isInstanceOf(ThaiParseException.class)
                .hasMessageContaining(message)
                .satisfies(
                        e -> assertThat(((ThaiParseException) e).errorIndex()).isEqualTo(index));
    }

    @Test
    void commonEraHintNamesTheFiscalYear() {
        assertThatThrownBy(() -> FiscalYear.read("2026")).hasMessageContaining("FY2569");
        assertThatThrownBy(() -> FiscalYear.ofBuddhistEra(2026)).hasMessageContaining("ofCommonEra(2026) is FY2569");
        assertThatThrownBy(() -> FiscalYear.ofCommonEra(2569)).hasMessageContaining("ofBuddhistEra(2569)");
    }

    @Test
    void refusesYearsOutOfRange() {
        assertThat(FiscalYear.ofBuddhistEra(2485)).isEqualTo(FiscalYear.MIN);
        assertThat(FiscalYear.MIN.start()).isEqualTo(LocalDate.of(1941, 10, 1));
        assertThat(FiscalYear.ofBuddhistEra(3000)).isEqualTo(FiscalYear.MAX);
        assertThat(FiscalYear.MAX.end()).isEqualTo(LocalDate.of(2457, 9, 30));
        for (int be : new int[] {2484, 0, -1, Integer.MIN_VALUE, 3001, Integer.MAX_VALUE}) {
            assertThatThrownBy(() -> FiscalYear.ofBuddhistEra(be))
                    .isInstanceOf(DateTimeException.class)
                    .hasMessageContaining("supported fiscal year");
        }
        for (int ce : new int[] {1941, 2458, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
            assertThatThrownBy(() -> FiscalYear.ofCommonEra(ce))
                    .isInstanceOf(DateTimeException.class)
                    .hasMessageContaining("out of range");
        }
        assertThatThrownBy(() -> FiscalYear.containing(LocalDate.of(1941, 9, 30)))
                .isInstanceOf(DateTimeException.class)
                .hasMessageContaining("1 April");
        assertThatThrownBy(() -> FiscalYear.containing(LocalDate.of(1900, 1, 1)))
                .isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> FiscalYear.containing(LocalDate.of(2457, 10, 1)))
                .isInstanceOf(DateTimeException.class)
                .hasMessageContaining("latest");
        assertThatThrownBy(() -> FiscalYear.MAX.next()).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> FiscalYear.MIN.previous()).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> FiscalYear.MIN.plusYears(Long.MAX_VALUE)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> FiscalYear.MAX.plusYears(Long.MIN_VALUE)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void quarterAndMonthNumbersAreChecked() {
        FiscalYear year = FiscalYear.ofBuddhistEra(2569);
        assertThatThrownBy(() -> year.quarter(0))
                .isInstanceOf(DateTimeException.class)
                .hasMessageContaining("1 to 4");
        assertThatThrownBy(() -> year.quarter(5)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> year.month(0))
                .isInstanceOf(DateTimeException.class)
                .hasMessageContaining("12");
        assertThatThrownBy(() -> year.month(13)).isInstanceOf(DateTimeException.class);
        assertThat(year.quarter(2).start()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(year.month(4).yearMonth()).hasToString("2026-01");
    }

    @Test
    void ordersEqualsAndHashCode() {
        FiscalYear a = FiscalYear.ofBuddhistEra(2569);
        assertThat(a).isEqualTo(FiscalYear.parse("FY2569")).hasSameHashCodeAs(FiscalYear.ofCommonEra(2026));
        assertThat(a).isNotEqualTo(a.next()).isNotEqualTo("FY2569");
        assertThat(a.compareTo(a.next())).isNegative();
        assertThat(a.next().compareTo(a)).isPositive();
        assertThat(a.plusYears(-84)).isEqualTo(FiscalYear.MIN);
        assertThat(a.plusYears(0)).isEqualTo(a);
        assertThat(a.next().previous()).isEqualTo(a);
    }
}
