package io.github.krongkan.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.Property;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties of {@link FiscalYear}: its days, quarters and months, its eras and its codes. */
class FiscalYearPropertiesTest {
    @Test
    void containingDateIsContainedForEveryDateFrom1941To2100() {
        Property.forAll(Gens.dates(Gens.FIRST_FISCAL_DAY, LocalDate.of(2100, 12, 31)))
                .examples(1000)
                .check(date -> {
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
        Property.forAll(Gen.ints(2485, 3000)).examples(1000).check(be -> {
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
        Property.forAll(Gen.ints(1942, 2457)).examples(1000).check(ce -> {
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
        Property.forAll(Gen.ints(1942, 2456)).examples(1000).check(ce -> {
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
        Property.forAll(Gen.ints(2485, 3000)).examples(1000).check(be -> {
            FiscalYear year = FiscalYear.ofBuddhistEra(be);
            assertThat(FiscalYear.parse(year.toString())).isEqualTo(year);
            assertThat(year.toString()).isEqualTo("FY" + be);
        });
    }

    @Test
    void datesOfJanuaryToSeptember1941BelongToTheRefusedFiscalYear2484() {
        Property.forAll(Gens.dates(LocalDate.of(1941, 1, 1), LocalDate.of(1941, 9, 30)))
                .examples(1000)
                .check(date -> assertThatThrownBy(() -> FiscalYear.containing(date))
                        .isInstanceOf(DateTimeException.class)
                        .hasMessageContaining("FY2485"));
    }
}
