package io.github.krongkan.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.krongkan.time.ThaiDates.Digits;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

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
    void everyStyleReadsBackToTheSameDateInBuddhistEra() {
        Gen<LocalDate> dates = Gens.dates(ThaiDates.MIN_DATE, ThaiDates.MAX_DATE);
        qt().withExamples(1000)
                .forAll(
                        dates,
                        Generate.pick(List.of(
                                ThaiDateStyle.LONG,
                                ThaiDateStyle.LONG_WITH_ERA,
                                ThaiDateStyle.MEDIUM,
                                ThaiDateStyle.NUMERIC)),
                        Generate.enumValues(Digits.class))
                .checkAssert((date, style, digits) -> assertReadsBack(date, style, digits));
    }

    @Test
    void shortStyleReadsBackWithinItsCentury() {
        Gen<LocalDate> dates = Gens.dates(LocalDate.of(1957, 1, 1), LocalDate.of(2056, 12, 31));
        qt().withExamples(1000).forAll(dates, Generate.enumValues(Digits.class)).checkAssert((date, digits) -> {
            DateReading reading = assertReadsBack(date, ThaiDateStyle.SHORT, digits);
            assertThat(reading.isTwoDigitYear()).isTrue();
        });
    }

    private static DateReading assertReadsBack(LocalDate date, ThaiDateStyle style, Digits digits) {
        String text = ThaiDates.format(date, style, digits);
        DateReading reading = ThaiDates.read(text);
        assertThat(reading.date()).as(text).isEqualTo(date);
        assertThat(reading.era()).as(text).isEqualTo(DateReading.Era.BUDDHIST);
        assertThat(reading.isAmbiguous()).isFalse();
        assertThat(reading.isMonthFirst()).isFalse();
        assertThat(reading.isDayFirst()).isTrue();
        assertThat(reading.isEraMarked()).isEqualTo(style == ThaiDateStyle.LONG_WITH_ERA);
        assertThat(reading.hasThaiDigits()).isEqualTo(digits == Digits.THAI);
        assertThat(ThaiDates.parse(text)).isEqualTo(date);
        return reading;
    }

    @Test
    void everyMonthStyleReadsBack() {
        qt().withExamples(1000)
                .forAll(
                        integers().between(0, 12 * 516 - 1), // FY2485-M01 (1941-10) to FY3000-M12
                        Generate.enumValues(ThaiDateStyle.class),
                        Generate.enumValues(Digits.class))
                .checkAssert((offset, style, digits) -> {
                    YearMonth month = YearMonth.of(1941, 10).plusMonths(offset);
                    String text = ThaiDates.formatMonth(month, style, digits);
                    if (style != ThaiDateStyle.SHORT || (month.getYear() >= 1957 && month.getYear() <= 2056)) {
                        assertThat(ThaiDates.readMonth(text)).as(text).isEqualTo(month);
                    }
                });
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
