package io.github.krongkan.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.Property;
import io.github.krongkan.time.ThaiDates.Digits;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties of {@link ThaiDates}' writer: what it writes reads back. */
class ThaiDatesFormatPropertiesTest {
    /** A date, the style and the digits it is written in. */
    private record Written(LocalDate date, ThaiDateStyle style, Digits digits) {}

    /** A month as an offset from October 1941, the style and the digits it is written in. */
    private record WrittenMonth(int offset, ThaiDateStyle style, Digits digits) {}

    @Test
    void everyStyleReadsBackToTheSameDateInBuddhistEra() {
        Gen<LocalDate> dates = Gens.dates(ThaiDates.MIN_DATE, ThaiDates.MAX_DATE);
        Gen<ThaiDateStyle> styles = Gen.oneOf(
                List.of(ThaiDateStyle.LONG, ThaiDateStyle.LONG_WITH_ERA, ThaiDateStyle.MEDIUM, ThaiDateStyle.NUMERIC));
        Gen<Digits> digits = Gen.enums(Digits.class);
        Gen<Written> cases = (random, size) ->
                new Written(dates.next(random, size), styles.next(random, size), digits.next(random, size));
        Property.forAll(cases).examples(1000).check(c -> assertReadsBack(c.date(), c.style(), c.digits()));
    }

    @Test
    void shortStyleReadsBackWithinItsCentury() {
        Gen<LocalDate> dates = Gens.dates(LocalDate.of(1957, 1, 1), LocalDate.of(2056, 12, 31));
        Gen<Digits> digits = Gen.enums(Digits.class);
        Gen<Written> cases =
                (random, size) -> new Written(dates.next(random, size), ThaiDateStyle.SHORT, digits.next(random, size));
        Property.forAll(cases).examples(1000).check(c -> {
            DateReading reading = assertReadsBack(c.date(), c.style(), c.digits());
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
        Gen<Integer> offsets = Gen.ints(0, 12 * 516 - 1); // FY2485-M01 (1941-10) to FY3000-M12
        Gen<ThaiDateStyle> styles = Gen.enums(ThaiDateStyle.class);
        Gen<Digits> digitKinds = Gen.enums(Digits.class);
        Gen<WrittenMonth> cases = (random, size) ->
                new WrittenMonth(offsets.next(random, size), styles.next(random, size), digitKinds.next(random, size));
        Property.forAll(cases).examples(1000).check(c -> {
            ThaiDateStyle style = c.style();
            YearMonth month = YearMonth.of(1941, 10).plusMonths(c.offset());
            String text = ThaiDates.formatMonth(month, style, c.digits());
            if (style != ThaiDateStyle.SHORT || (month.getYear() >= 1957 && month.getYear() <= 2056)) {
                assertThat(ThaiDates.readMonth(text)).as(text).isEqualTo(month);
            }
        });
    }
}
