package io.github.krongkan.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.text.ThaiDigits;
import io.github.krongkan.text.ThaiParseException;
import io.github.krongkan.time.DateReading.Era;
import io.github.krongkan.time.DateReading.Form;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThaiDatesReadTest {
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // seed 001: progress reports, day/month/BE
                "31/10/2563|2020-10-31|DAY_MONTH_YEAR|BUDDHIST",
                "30/11/2563|2020-11-30|DAY_MONTH_YEAR|BUDDHIST",
                "30/12/2563|2020-12-30|DAY_MONTH_YEAR|BUDDHIST",
                "28/01/2564|2021-01-28|DAY_MONTH_YEAR|BUDDHIST",
                "28/02/2564|2021-02-28|DAY_MONTH_YEAR|BUDDHIST",
                "24/03/2564|2021-03-24|DAY_MONTH_YEAR|BUDDHIST",
                "26/04/2564|2021-04-26|DAY_MONTH_YEAR|BUDDHIST",
                "29/05/2564|2021-05-29|DAY_MONTH_YEAR|BUDDHIST",
                "29/06/2564|2021-06-29|DAY_MONTH_YEAR|BUDDHIST",
                "31/07/2564|2021-07-31|DAY_MONTH_YEAR|BUDDHIST",
                "29/08/2564|2021-08-29|DAY_MONTH_YEAR|BUDDHIST",
                "27/09/2564|2021-09-27|DAY_MONTH_YEAR|BUDDHIST",
                // seed 001: start and end as ISO date-times
                "2020-10-01 00:00:00|2020-10-01|ISO|COMMON",
                "2021-09-30 00:00:00|2021-09-30|ISO|COMMON",
                // seed 002: ISO, the BE twin, and one month-first slip
                "2021-09-29|2021-09-29|ISO|COMMON",
                "29/09/2564|2021-09-29|DAY_MONTH_YEAR|BUDDHIST",
                "2021-04-07|2021-04-07|ISO|COMMON",
                "07/04/2564|2021-04-07|DAY_MONTH_YEAR|BUDDHIST",
                "2021-01-27|2021-01-27|ISO|COMMON",
                "27/01/2564|2021-01-27|DAY_MONTH_YEAR|BUDDHIST",
                "2020-11-29|2020-11-29|ISO|COMMON",
                "11/29/2020|2020-11-29|MONTH_DAY_YEAR|COMMON",
                "28/10/2563|2020-10-28|DAY_MONTH_YEAR|BUDDHIST",
                // seed 004 and the domain notes: Thai month names, Thai digits
                "1 ตุลาคม 2559|2016-10-01|THAI_MONTH_NAME|BUDDHIST",
                "30 กันยายน 2560|2017-09-30|THAI_MONTH_NAME|BUDDHIST",
                "15 มีนาคม 2569|2026-03-15|THAI_MONTH_NAME|BUDDHIST",
                "1 ต.ค. 2568|2025-10-01|THAI_MONTH_ABBREVIATION|BUDDHIST",
                "15 มี.ค. 69|2026-03-15|THAI_MONTH_ABBREVIATION|BUDDHIST",
                "๑ ตุลาคม พ.ศ. ๒๕๖๘|2025-10-01|THAI_MONTH_NAME|BUDDHIST",
                "๓๑/๑๐/๒๕๖๓|2020-10-31|DAY_MONTH_YEAR|BUDDHIST",
                "๒๐๒๑-๐๙-๒๙|2021-09-29|ISO|COMMON",
                // other forms of documents
                "วันที่ 1 ตุลาคม 2559|2016-10-01|THAI_MONTH_NAME|BUDDHIST",
                "1ต.ค.2568|2025-10-01|THAI_MONTH_ABBREVIATION|BUDDHIST",
                "1 ต.ค 2568|2025-10-01|THAI_MONTH_ABBREVIATION|BUDDHIST",
                "1 ต.ค. พ.ศ.2568|2025-10-01|THAI_MONTH_ABBREVIATION|BUDDHIST",
                "1 ตุลาคม พุทธศักราช 2568|2025-10-01|THAI_MONTH_NAME|BUDDHIST",
                "1 ตุลาคมพ.ศ.2568|2025-10-01|THAI_MONTH_NAME|BUDDHIST",
                "1 ตุลาคม ค.ศ. 2025|2025-10-01|THAI_MONTH_NAME|COMMON",
                "1 ตุลาคม 2025|2025-10-01|THAI_MONTH_NAME|COMMON",
                "31-10-2563|2020-10-31|DAY_MONTH_YEAR|BUDDHIST",
                "31.10.2563|2020-10-31|DAY_MONTH_YEAR|BUDDHIST",
                "1/2/2564|2021-02-01|DAY_MONTH_YEAR|BUDDHIST",
                "5/5/2020|2020-05-05|DAY_MONTH_YEAR|COMMON",
                "29/02/2563|2020-02-29|DAY_MONTH_YEAR|BUDDHIST",
                "2564-09-29|2021-09-29|ISO|BUDDHIST",
                "2020-10-01T08:30|2020-10-01|ISO|COMMON"
            })
    void readsTheFormsOfTheSeeds(String text, LocalDate date, Form form, Era era) {
        DateReading reading = ThaiDates.read(text);
        assertThat(reading.date()).isEqualTo(date);
        assertThat(reading.candidates()).containsExactly(date);
        assertThat(reading.form()).isEqualTo(form);
        assertThat(reading.era()).isEqualTo(era);
        assertThat(reading.input()).isEqualTo(text);
        assertThat(reading.isAmbiguous()).isFalse();
        assertThat(reading.isMonthFirst()).isEqualTo(form == Form.MONTH_DAY_YEAR);
        assertThat(reading.isDayFirst()).isEqualTo(form != Form.MONTH_DAY_YEAR && form != Form.ISO);
        assertThat(reading.hasThaiDigits()).isEqualTo(!ThaiDigits.toAscii(text).equals(text));
    }

    @Test
    void readsFlags() {
        assertThat(ThaiDates.read("15 มี.ค. 69").isTwoDigitYear()).isTrue();
        assertThat(ThaiDates.read("15 มี.ค. 2569").isTwoDigitYear()).isFalse();
        assertThat(ThaiDates.read("15 มีนาคม พ.ศ. 2569").isEraMarked()).isTrue();
        assertThat(ThaiDates.read("15 มีนาคม 2569").isEraMarked()).isFalse();
        assertThat(ThaiDates.read(" \u00A015 มีนาคม\u200B2569\t").date()).isEqualTo(LocalDate.of(2026, 3, 15));
    }

    @Test
    void ambiguousDateHasTwoCandidatesAndNoDate() {
        DateReading reading = ThaiDates.read("11/12/2020");
        assertThat(reading.isAmbiguous()).isTrue();
        assertThat(reading.form()).isEqualTo(Form.AMBIGUOUS_NUMERIC);
        assertThat(reading.candidates()).containsExactly(LocalDate.of(2020, 12, 11), LocalDate.of(2020, 11, 12));
        assertThat(reading.isDayFirst()).isFalse();
        assertThat(reading.isMonthFirst()).isFalse();
        assertThatThrownBy(reading::date)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ambiguous")
                .hasMessageContaining("candidates()");
        assertThatThrownBy(() -> ThaiDates.parse("11/12/2020"))
                .isInstanceOf(ThaiParseException.class)
                .hasMessageContaining("Ambiguous")
                .hasMessageContaining("ThaiDates.read")
                .satisfies(
                        e -> assertThat(((ThaiParseException) e).errorIndex()).isZero());
        assertThat(reading)
                .hasToString("DateReading[\"11/12/2020\" → 2020-12-11 or 2020-11-12, AMBIGUOUS_NUMERIC, " + "COMMON]");
    }

    @Test
    void monthFirstDateIsReadWithAWarningAndRefusedByParse() {
        DateReading reading = ThaiDates.read("11/29/2020");
        assertThat(reading.isMonthFirst()).isTrue();
        assertThat(reading.date()).isEqualTo(LocalDate.of(2020, 11, 29));
        assertThatThrownBy(() -> ThaiDates.parse("11/29/2020"))
                .isInstanceOf(ThaiParseException.class)
                .hasMessageContaining("Month-first")
                .hasMessageContaining("isMonthFirst()")
                .satisfies(
                        e -> assertThat(((ThaiParseException) e).errorIndex()).isEqualTo(3));
    }

    @Test
    void fiscalYearBoundaryDatesInEveryForm() {
        for (String text : List.of("30/09/2568", "30 ก.ย. 2568", "30 กันยายน พ.ศ. 2568", "2025-09-30", "๓๐/๐๙/๒๕๖๘")) {
            assertThat(FiscalYear.containing(ThaiDates.parse(text))).as(text).hasToString("FY2568");
        }
        for (String text : List.of("01/10/2568", "1 ต.ค. 2568", "1 ตุลาคม พ.ศ. 2568", "2025-10-01", "๑/๑๐/๒๕๖๘")) {
            assertThat(FiscalYear.containing(ThaiDates.parse(text))).as(text).hasToString("FY2569");
        }
    }

    @Test
    void readsDatesAsReportFormsWriteThem() {
        DateReading august = ThaiDates.read("วันที่ 31 เดือนสิงหาคม พ.ศ. 2560");
        assertThat(august.date()).isEqualTo(LocalDate.of(2017, 8, 31));
        assertThat(august.form()).isEqualTo(DateReading.Form.THAI_MONTH_NAME);
        assertThat(august.isEraMarked()).isTrue();
        assertThat(august.leadIn()).contains("วันที่");
        DateReading asOf = ThaiDates.read("ณ วันที่ 31 ตุลาคม 2563");
        assertThat(asOf.date()).isEqualTo(LocalDate.of(2020, 10, 31));
        assertThat(asOf.leadIn()).contains("ณ วันที่");
        assertThat(ThaiDates.read("ณวันที่31ตุลาคม2563").leadIn()).contains("ณวันที่");
        assertThat(ThaiDates.read("31 ตุลาคม 2563").leadIn()).isEmpty();
        for (String undotted : List.of("31 ตค. 2563", "31 ตค 2563", "๓๑ ตค. ๒๕๖๓")) {
            DateReading reading = ThaiDates.read(undotted);
            assertThat(reading.date()).as(undotted).isEqualTo(LocalDate.of(2020, 10, 31));
            assertThat(reading.form()).isEqualTo(DateReading.Form.THAI_MONTH_ABBREVIATION);
        }
        assertThat(ThaiDates.read("15 มีค. 69").date()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(ThaiDates.read("1 พย 2568").date()).isEqualTo(LocalDate.of(2025, 11, 1));
        DateReading twoDigits = ThaiDates.read("31/10/63");
        assertThat(twoDigits.date()).isEqualTo(LocalDate.of(2020, 10, 31));
        assertThat(twoDigits.form()).isEqualTo(DateReading.Form.DAY_MONTH_YEAR);
        assertThat(twoDigits.era()).isEqualTo(DateReading.Era.BUDDHIST);
        assertThat(twoDigits.isTwoDigitYear()).isTrue();
        assertThat(ThaiDates.parse("07/04/64"))
                .as("day first, as Buddhist-era dates are")
                .isEqualTo(LocalDate.of(2021, 4, 7));
        assertThat(ThaiDates.parse("วันที่ 31/10/63")).isEqualTo(LocalDate.of(2020, 10, 31));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "31/02/2564|No day 31 in February|0",
                "29/02/2564|it has 28 days|0",
                "31 เมษายน 2564|No day 31 in April|0",
                "2021-02-29|No day 29|8",
                "2021-13-01|not a month|5",
                "2021-1-01|two-digit month|5",
                "2021-01-01 25:00|time of day|11",
                "2021-01-01x|after the ISO date|10",
                "13/14/2020|Neither 13 nor 14|3",
                "0/5/2564|neither a day nor a month|0",
                "ณ 15/03/2569|วันที่ after ณ|2",
                "15/03/256|year of four digits|6",
                "15/03/6|year of four digits|6",
                "15/03-2569|'/'|5",
                "15/123/2569|one or two digits|3",
                "1/1/2483|before 1941|4",
                "1/1/1940|before 1941|4",
                "1/1/3001|after BE 3000|4",
                "15 มีนาคม พ.ศ. 2021|marked พ.ศ.|15",
                "15 มีนาคม ค.ศ. 2569|marked ค.ศ.|15",
                "15 มีนาคม ค.ศ. 69|two-digit year|10",
                "15 มีนาคม|year of four digits|9",
                "15 มีนาคม 2569 น.|after the date|15",
                "15 ตุลา 2569|Thai month name|3",
                "15 มีนาคมม 2569|Thai month name|3",
                "มีนาคม 2569|ThaiDates.readMonth|0",
                "เมื่อวาน|Expected a date|0",
                "123 มีนาคม 2569|one or two digits|0",
                "''|empty|0",
                "'   '|empty|3"
            })
    void refusesWithReasonAndPosition(String text, String message, int index) {
        assertThatThrownBy(() -> ThaiDates.read(text))
                .isInstanceOf(ThaiParseException.class)
                .hasMessageContaining(message)
                .satisfies(e -> {
                    ThaiParseException error = (ThaiParseException) e;
                    assertThat(error.errorIndex()).isEqualTo(index);
                    assertThat(error.input()).isEqualTo(text);
                });
        assertThatThrownBy(() -> ThaiDates.parse(text)).isInstanceOf(ThaiParseException.class);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "พฤศจิกายน 2568|2025-11",
                "ต.ค. 2554|2011-10",
                "ตุลาคม พ.ศ. 2554|2011-10",
                "มิถุนายน 2559|2016-06",
                "เดือนมีนาคม ๒๕๖๙|2026-03",
                "มี.ค. 69|2026-03",
                "11/2568|2025-11",
                "11/2020|2020-11",
                "ธันวาคม 1941|1941-12"
            })
    void readsMonths(String text, YearMonth expected) {
        assertThat(ThaiDates.readMonth(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "15 มีนาคม 2569|ThaiDates.read|0",
                "มีนาคม|year of four digits|6",
                "13/2568|not a month|0",
                "ธันวาคม 2483|before 1941|8",
                "2569|Thai month name|0",
                "''|empty|0"
            })
    void refusesOtherMonthForms(String text, String message, int index) {
        assertThatThrownBy(() -> ThaiDates.readMonth(text))
                .isInstanceOf(ThaiParseException.class)
                .hasMessageContaining(message)
                .satisfies(
                        e -> assertThat(((ThaiParseException) e).errorIndex()).isEqualTo(index));
    }

    @Test
    void readsPeriodsOfMonthsFromTheSeeds() {
        assertThat(ThaiDates.readMonthRange("ตุลาคม 2554 – กันยายน 2555"))
                .hasSize(12)
                .startsWith(YearMonth.of(2011, 10))
                .endsWith(YearMonth.of(2012, 9))
                .isEqualTo(FiscalYear.ofBuddhistEra(2555).months().stream()
                        .map(FiscalMonth::yearMonth)
                        .toList());
        assertThat(ThaiDates.readMonthRange("ตุลาคม 2554 – พฤษภาคม 2555")).hasSize(8);
        assertThat(ThaiDates.readMonthRange("พฤศจิกายน 2568 – มิถุนายน 2569")).hasSize(8);
        assertThat(ThaiDates.readMonthRange("พฤศจิกายน 2559 ถึง สิงหาคม 2560")).hasSize(10);
        assertThat(ThaiDates.readMonthRange("ต.ค.54-ก.ย.55")).hasSize(12);
        assertThat(ThaiDates.readMonthRange("มีนาคม 2569 – มีนาคม 2569")).containsExactly(YearMonth.of(2026, 3));
        assertThatThrownBy(() -> ThaiDates.readMonthRange("กันยายน 2555 – ตุลาคม 2554"))
                .isInstanceOf(ThaiParseException.class)
                .hasMessageContaining("before")
                .satisfies(
                        e -> assertThat(((ThaiParseException) e).errorIndex()).isEqualTo(15));
        assertThatThrownBy(() -> ThaiDates.readMonthRange("ตุลาคม 2554 กันยายน 2555"))
                .isInstanceOf(ThaiParseException.class)
                .hasMessageContaining("ถึง")
                .satisfies(
                        e -> assertThat(((ThaiParseException) e).errorIndex()).isEqualTo(12));
    }

    @Test
    void readingsCompareByValue() {
        assertThat(ThaiDates.read("31/10/2563"))
                .isEqualTo(ThaiDates.read("31/10/2563"))
                .hasSameHashCodeAs(ThaiDates.read("31/10/2563"))
                .isNotEqualTo(ThaiDates.read("31/10/2563 "))
                .hasToString("DateReading[\"31/10/2563\" → 2020-10-31, DAY_MONTH_YEAR, BUDDHIST]");
        assertThat(ThaiDates.read("๑๕ มี.ค. พ.ศ. ๖๙"))
                .hasToString("DateReading[\"๑๕ มี.ค. พ.ศ. ๖๙\" → 2026-03-15, THAI_MONTH_ABBREVIATION, BUDDHIST, "
                        + "era marked, two-digit year, Thai digits]");
        assertThat(Era.BUDDHIST.thaiMarker()).isEqualTo("พ.ศ.");
        assertThat(Era.COMMON.thaiMarker()).isEqualTo("ค.ศ.");
    }
}
