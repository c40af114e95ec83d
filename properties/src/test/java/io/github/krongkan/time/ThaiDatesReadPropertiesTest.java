package io.github.krongkan.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.Property;
import io.github.krongkan.text.ThaiDigits;
import io.github.krongkan.text.ThaiParseException;
import io.github.krongkan.time.DateReading.Era;
import io.github.krongkan.time.DateReading.Form;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties of {@link ThaiDates}' reader: round trips, ambiguity, eras and the supported range. */
class ThaiDatesReadPropertiesTest {
    private static final LocalDate LAST_COMMON_ERA_DATE = LocalDate.of(2399, 12, 31);

    /** A date, whether its year is written in the Buddhist era, and whether day and month are padded. */
    private record Written(LocalDate date, boolean buddhist, boolean padded) {}

    /** A day, a month, a year and a form to write them in. */
    private record Numbers(int day, int month, int year, int form) {}

    @Test
    void isoRoundTrip() {
        Property.forAll(Gens.dates(ThaiDates.MIN_DATE, LAST_COMMON_ERA_DATE))
                .examples(1000)
                .check(date -> {
                    DateReading reading = ThaiDates.read(date.toString());
                    assertThat(reading.date()).isEqualTo(date);
                    assertThat(reading.form()).isEqualTo(Form.ISO);
                    assertThat(reading.era()).isEqualTo(Era.COMMON);
                    assertThat(ThaiDates.parse(ThaiDigits.toThai(date.toString())))
                            .isEqualTo(date);
                });
    }

    @Test
    void numericDatesWithDayAbove12AreNeverAmbiguous() {
        Gen<LocalDate> dates = Gens.datesWithDayAbove12(ThaiDates.MIN_DATE, LAST_COMMON_ERA_DATE);
        Gen<Written> cases =
                (random, size) -> new Written(dates.next(random, size), random.nextBoolean(), random.nextBoolean());
        Property.forAll(cases).examples(1000).check(c -> {
            LocalDate date = c.date();
            boolean buddhist = c.buddhist();
            boolean padded = c.padded();
            assertThat(date.getDayOfMonth()).isGreaterThan(12);
            DateReading reading =
                    ThaiDates.read(numeric(date.getDayOfMonth(), date.getMonthValue(), year(date, buddhist), padded));
            assertThat(reading.isAmbiguous()).isFalse();
            assertThat(reading.form()).isEqualTo(Form.DAY_MONTH_YEAR);
            assertThat(reading.date()).isEqualTo(date);
            assertThat(reading.era()).isEqualTo(buddhist ? Era.BUDDHIST : Era.COMMON);
        });
    }

    @Test
    void monthFirstIsDetectedWhenTheDayIsAbove12() {
        Gen<LocalDate> dates = Gens.datesWithDayAbove12(ThaiDates.MIN_DATE, LAST_COMMON_ERA_DATE);
        Gen<Written> cases = (random, size) -> new Written(dates.next(random, size), random.nextBoolean(), true);
        Property.forAll(cases).examples(1000).check(c -> {
            LocalDate date = c.date();
            boolean buddhist = c.buddhist();
            String text = numeric(date.getMonthValue(), date.getDayOfMonth(), year(date, buddhist), true);
            DateReading reading = ThaiDates.read(text);
            assertThat(reading.isMonthFirst()).isTrue();
            assertThat(reading.form()).isEqualTo(Form.MONTH_DAY_YEAR);
            assertThat(reading.date()).isEqualTo(date);
            assertThatThrownBy(() -> ThaiDates.parse(text))
                    .isInstanceOf(ThaiParseException.class)
                    .satisfies(e ->
                            assertThat(((ThaiParseException) e).errorIndex()).isEqualTo(3));
        });
    }

    @Test
    void commonEraDatesWithBothPartsUpTo12AreAmbiguousUnlessEqual() {
        Gen<Integer> parts = Gen.ints(1, 12);
        Gen<Integer> years = Gen.ints(1942, 2399); // 1941: both candidates must be from 1 October on
        Gen<Numbers> cases = (random, size) ->
                new Numbers(parts.next(random, size), parts.next(random, size), years.next(random, size), 0);
        Property.forAll(cases).examples(1000).check(c -> {
            Integer day = c.day();
            int month = c.month();
            int year = c.year();
            DateReading reading = ThaiDates.read(numeric(day, month, year, true));
            LocalDate dayFirst = LocalDate.of(year, month, day);
            if (day.equals(month)) {
                assertThat(reading.date()).isEqualTo(dayFirst);
                assertThat(reading.form()).isEqualTo(Form.DAY_MONTH_YEAR);
            } else {
                assertThat(reading.isAmbiguous()).isTrue();
                assertThat(reading.candidates()).containsExactly(dayFirst, LocalDate.of(year, day, month));
            }
        });
    }

    @Test
    void buddhistEraNumericDatesAreDayFirstAndNeverBecomeCommonEra() {
        Gen<LocalDate> dates = Gens.dates(ThaiDates.MIN_DATE, ThaiDates.MAX_DATE);
        Gen<Written> cases = (random, size) -> new Written(dates.next(random, size), true, random.nextBoolean());
        Property.forAll(cases).examples(1000).check(c -> {
            LocalDate date = c.date();
            boolean padded = c.padded();
            int buddhistYear = date.getYear() + 543;
            DateReading reading =
                    ThaiDates.read(numeric(date.getDayOfMonth(), date.getMonthValue(), buddhistYear, padded));
            assertThat(reading.isAmbiguous()).isFalse();
            assertThat(reading.form()).isEqualTo(Form.DAY_MONTH_YEAR);
            assertThat(reading.era()).isEqualTo(Era.BUDDHIST);
            assertThat(reading.date()).isEqualTo(date);
            assertThat(reading.date().getYear()).isEqualTo(buddhistYear - 543);
        });
    }

    /** Years 2400 to 2483 are Buddhist Era (1857 to 1940 CE) and refused; below 1941 is refused as Common Era. */
    @Test
    void refusesDatesBefore1941InEveryForm() {
        Gen<LocalDate> dates = Gens.dates(LocalDate.of(1857, 1, 1), LocalDate.of(1940, 12, 31));
        Gen<Written> cases = (random, size) -> new Written(dates.next(random, size), random.nextBoolean(), true);
        Property.forAll(cases).examples(1000).check(c -> {
            LocalDate date = c.date();
            boolean buddhist = c.buddhist();
            int year = year(date, buddhist);
            String numeric = numeric(date.getDayOfMonth(), date.getMonthValue(), year, true);
            String named = date.getDayOfMonth() + " มกราคม " + year;
            for (String text : List.of(numeric, named)) {
                assertThatThrownBy(() -> ThaiDates.read(text))
                        .as(text)
                        .isInstanceOf(ThaiParseException.class)
                        .hasMessageContaining("before 1941")
                        .satisfies(e -> assertThat(((ThaiParseException) e).errorIndex())
                                .isEqualTo(text.length() - 4));
            }
            assertThatThrownBy(() -> ThaiDates.read(date.toString()))
                    .isInstanceOf(ThaiParseException.class)
                    .hasMessageContaining("before 1941")
                    .satisfies(e ->
                            assertThat(((ThaiParseException) e).errorIndex()).isZero());
        });
    }

    /** A text read again, as a String or not, reads the same; nothing read before changes it. */
    @Test
    void aRepeatedTextReadsAsAFreshReadingOfIt() {
        Gen<Integer> days = Gen.ints(1, 28);
        Gen<Integer> months = Gen.ints(1, 12);
        Gen<Integer> years = Gen.ints(2485, 2600);
        Gen<Integer> forms = Gen.ints(0, 3);
        Gen<Numbers> cases = (random, size) -> new Numbers(
                days.next(random, size), months.next(random, size), years.next(random, size), forms.next(random, size));
        Property.forAll(cases).examples(1000).check(c -> {
            int day = c.day();
            int month = c.month();
            int year = c.year();
            int form = c.form();
            String text;
            switch (form) {
                case 0:
                    text = day + "/" + month + "/" + year;
                    break;
                case 1:
                    text = month + "/" + day + "/" + (year - 543);
                    break;
                case 2:
                    text = ThaiDigits.toThai(day + "/" + month + "/" + year);
                    break;
                default:
                    text = (year - 543) + "-" + (month < 10 ? "0" : "") + month + "-" + (day < 10 ? "0" : "") + day;
            }
            DateReading fresh = ThaiDates.read(new StringBuilder(text)); // not a String: read anew
            assertThat(ThaiDates.read(text)).isEqualTo(fresh);
            assertThat(ThaiDates.read(new String(text)))
                    .isEqualTo(fresh)
                    .extracting(DateReading::input)
                    .isEqualTo(text);
        });
    }

    private static int year(LocalDate date, boolean buddhist) {
        return buddhist ? date.getYear() + 543 : date.getYear();
    }

    private static String numeric(int first, int second, int year, boolean padded) {
        return padded ? String.format("%02d/%02d/%d", first, second, year) : first + "/" + second + "/" + year;
    }
}
