package io.github.krongkan.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.krongkan.text.ThaiParseException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.List;
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

    @Test
    void containingDateIsContainedForEveryDateFrom1941To2100() {
        qt().withExamples(1000)
                .forAll(Gens.dates(Gens.FIRST_FISCAL_DAY, LocalDate.of(2100, 12, 31)))
                .checkAssert(date -> {
                    FiscalYear year = FiscalYear.containing(date);
                    assertThat(year.contains(date)).isTrue();
                    if (!year.equals(FiscalYear.MIN)) {
                        assertThat(year.previous().contains(date)).isFalse();
                    }
                    assertThat(year.next().contains(date)).isFalse();
                    assertThat(FiscalQuarter.containing(date).contains(date)).isTrue();
                    assertThat(FiscalMonth.containing(date).contains(date)).isTrue();
                    assertThat(FiscalMonth.containing(date).fiscalYear()).isEqualTo(year);
                });
    }

    @Test
    void quartersAndMonthsPartitionTheYear() {
        qt().withExamples(1000).forAll(integers().between(2485, 3000)).checkAssert(be -> {
            FiscalYear year = FiscalYear.ofBuddhistEra(be);
            List<FiscalQuarter> quarters = year.quarters();
            List<FiscalMonth> months = year.months();
            assertThat(quarters).hasSize(4);
            assertThat(months).hasSize(12);
            assertThat(quarters.get(0).start()).isEqualTo(year.start());
            assertThat(quarters.get(3).end()).isEqualTo(year.end());
            assertThat(months.get(0).start()).isEqualTo(year.start());
            assertThat(months.get(11).end()).isEqualTo(year.end());
            assertThat(months.get(0).month()).isEqualTo(Month.OCTOBER);
            assertThat(months.get(11).month()).isEqualTo(Month.SEPTEMBER);
            for (int i = 1; i < 4; i++) {
                assertThat(quarters.get(i).start())
                        .isEqualTo(quarters.get(i - 1).end().plusDays(1));
            }
            long days = 0;
            for (int i = 0; i < 12; i++) {
                FiscalMonth month = months.get(i);
                if (i > 0) {
                    assertThat(month.start()).isEqualTo(months.get(i - 1).end().plusDays(1));
                }
                assertThat(month.number()).isEqualTo(i + 1);
                assertThat(month.quarter()).isEqualTo(quarters.get(i / 3));
                assertThat(quarters.get(i / 3).months()).contains(month);
                days += ChronoUnit.DAYS.between(month.start(), month.end()) + 1;
            }
            assertThat(days).isEqualTo(year.lengthInDays());
            assertThat(year.lengthInDays()).isIn(365, 366);
            assertThat(year.lengthInDays()).isEqualTo(year.end().isLeapYear() ? 366 : 365);
        });
    }

    @Test
    void buddhistEraYearIsCommonEraYearOfTheEndPlus543() {
        qt().withExamples(1000).forAll(integers().between(1942, 2457)).checkAssert(ce -> {
            FiscalYear year = FiscalYear.ofCommonEra(ce);
            assertThat(year.buddhistEraYear()).isEqualTo(ce + 543);
            assertThat(year.end().getYear()).isEqualTo(ce);
            assertThat(year.commonEraYear()).isEqualTo(ce);
            assertThat(year.start()).isEqualTo(LocalDate.of(ce - 1, 10, 1));
            assertThat(year.end()).isEqualTo(LocalDate.of(ce, 9, 30));
        });
    }

    @Test
    void boundaryDaysBelongToTheRightYear() {
        qt().withExamples(1000).forAll(integers().between(1942, 2456)).checkAssert(ce -> {
            LocalDate lastDay = LocalDate.of(ce, 9, 30);
            LocalDate firstDay = LocalDate.of(ce, 10, 1);
            assertThat(FiscalYear.containing(lastDay)).isEqualTo(FiscalYear.ofCommonEra(ce));
            assertThat(FiscalYear.containing(firstDay)).isEqualTo(FiscalYear.ofCommonEra(ce + 1));
            assertThat(FiscalQuarter.containing(lastDay).number()).isEqualTo(4);
            assertThat(FiscalQuarter.containing(firstDay).number()).isEqualTo(1);
            assertThat(FiscalMonth.containing(lastDay).number()).isEqualTo(12);
            assertThat(FiscalMonth.containing(firstDay).number()).isEqualTo(1);
            assertThat(FiscalYear.containing(lastDay).next()).isEqualTo(FiscalYear.containing(firstDay));
        });
    }

    @Test
    void toStringAndParseAreSymmetric() {
        qt().withExamples(1000).forAll(integers().between(2485, 3000)).checkAssert(be -> {
            FiscalYear year = FiscalYear.ofBuddhistEra(be);
            assertThat(FiscalYear.parse(year.toString())).isEqualTo(year);
            assertThat(year.toString()).isEqualTo("FY" + be);
        });
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
    void datesOfJanuaryToSeptember1941BelongToTheRefusedFiscalYear2484() {
        qt().withExamples(1000)
                .forAll(Gens.dates(LocalDate.of(1941, 1, 1), LocalDate.of(1941, 9, 30)))
                .checkAssert(date -> assertThatThrownBy(() -> FiscalYear.containing(date))
                        .isInstanceOf(DateTimeException.class)
                        .hasMessageContaining("FY2485"));
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
