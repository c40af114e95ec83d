package io.github.krongkan.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.text.ThaiParseException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every date {@link ThaiDates} reads or writes has a fiscal year; and reading keeps no state. */
class ThaiDatesRangeTest {

    @Test
    void theSupportedDatesAreTheDaysOfTheSupportedFiscalYears() {
        assertThat(ThaiDates.MIN_DATE).isEqualTo(FiscalYear.MIN.start()).isEqualTo(LocalDate.of(1941, 10, 1));
        assertThat(ThaiDates.MAX_DATE).isEqualTo(FiscalYear.MAX.end());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1941-01-01",
                "1941-09-30",
                "2484-09-30",
                "1 ตุลาคม 3000",
                "31/12/3000",
                "1/1/2484",
                "30/09/1941",
                "1 ม.ค. 2484",
                "1 ต.ค. พ.ศ. 3000"
            })
    void datesWithoutAFiscalYearAreRefusedWithAReason(String text) {
        assertThatThrownBy(() -> ThaiDates.read(text))
                .isInstanceOf(ThaiParseException.class)
                .hasMessageContaining("supported fiscal year");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1941-10-01", "1/10/2484", "1 ตุลาคม 2484", "30 กันยายน 3000", "30/09/3000", "3000-09-30"})
    void theFirstAndLastDaysAreRead(String text) {
        LocalDate date = ThaiDates.read(text).date();
        assertThat(FiscalYear.containing(date).contains(date)).isTrue();
    }

    @Test
    void monthsOutsideTheFiscalYearsAreRefused() {
        assertThatThrownBy(() -> ThaiDates.readMonth("กันยายน 2484")).isInstanceOf(ThaiParseException.class);
        assertThatThrownBy(() -> ThaiDates.readMonth("10/3000")).isInstanceOf(ThaiParseException.class);
        assertThat(ThaiDates.readMonth("ตุลาคม 2484")).isEqualTo(java.time.YearMonth.of(1941, 10));
        assertThat(ThaiDates.readMonth("กันยายน 3000")).isEqualTo(java.time.YearMonth.of(2457, 9));
    }

    @Test
    void readingKeepsNoStateBetweenCalls() {
        // No cache: no static field of the reading classes may hold anything that changes.
        for (Class<?> type : new Class<?>[] {ThaiDates.class, DateReader.class, DateReading.class, Eras.class}) {
            for (Field field : type.getDeclaredFields()) {
                if (field.isSynthetic() || field.isEnumConstant()) {
                    continue;
                }
                if (Modifier.isStatic(field.getModifiers())) {
                    assertThat(Modifier.isFinal(field.getModifiers()))
                            .as(type.getSimpleName() + "." + field.getName())
                            .isTrue();
                    assertThat(field.getType().getName())
                            .as(type.getSimpleName() + "." + field.getName())
                            .isIn(Arrays.asList("java.time.LocalDate", "java.lang.String", "int", "java.util.List"));
                }
            }
        }
        String padded = "1/10/2564" + " ".repeat(1_000_000);
        DateReading first = ThaiDates.read(padded);
        assertThat(ThaiDates.read(padded)).isEqualTo(first).isNotSameAs(first);
    }
}
