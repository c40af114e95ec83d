package io.github.krongkan.time;

import io.github.krongkan.text.TextCursor;
import io.github.krongkan.text.ThaiParseException;
import io.github.krongkan.text.ThaiText;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The reader behind {@link ThaiDates#read(CharSequence)} and {@link ThaiDates#readMonth(CharSequence)}. */
final class DateReader {
    private static final String DATE_WORD = "วันที่";
    private static final String MONTH_WORD = "เดือน";
    private static final String AS_OF_WORD = "ณ";
    private static final List<String> RANGE_SEPARATORS = List.of("–", "—", "-", "ถึง");

    /** A reading and, for a month-first or ambiguous one, the position a strict parser reports. */
    record Result(DateReading reading, int problemIndex) {}

    /** A year as written and as understood. */
    private record Year(int value, DateReading.Era era, boolean marked, boolean twoDigits) {}

    private final TextCursor cursor;
    /** The words read before a date ({@code วันที่}, {@code ณ วันที่}), or empty. */
    private String leadIn = "";

    private DateReader(CharSequence text) {
        this.cursor = new TextCursor(text);
    }

    static Result read(CharSequence text) {
        return new DateReader(text).date();
    }

    static YearMonth readMonth(CharSequence text) {
        return new DateReader(text).month();
    }

    static List<YearMonth> readMonthRange(CharSequence text) {
        return new DateReader(text).monthRange();
    }

    private Result date() {
        if (cursor.atEnd()) {
            throw cursor.error("Expected a date but the text is empty", cursor.position());
        }
        int leadStart = cursor.position();
        if (cursor.skip(AS_OF_WORD)) {
            cursor.skipSpace();
            if (!cursor.skip(DATE_WORD)) {
                throw cursor.error("Expected วันที่ after ณ (ณ วันที่ 31 ตุลาคม 2563)", cursor.position());
            }
            cursor.skipSpace();
        } else if (cursor.skip(DATE_WORD)) {
            cursor.skipSpace();
        }
        leadIn = ThaiText.strip(cursor.input().substring(leadStart, cursor.position()));
        int start = cursor.position();
        int digits = cursor.atEnd() ? 0 : cursor.digitRun();
        if (digits == 0) {
            if (ThaiCalendarText.readMonth(cursor) != null) {
                throw cursor.error(
                        "Expected a day before the month; for a month and year such as "
                                + "พฤศจิกายน 2568 use ThaiDates.readMonth",
                        start);
            }
            throw cursor.error("Expected a date such as 31/10/2563, 2021-09-29 or 15 มีนาคม 2569", start);
        }
        if (digits == 4 && cursor.peek(4) == '-') {
            return iso();
        }
        if (digits > 2) {
            throw cursor.error("Expected a day of one or two digits, or an ISO date such as 2021-09-29", start);
        }
        char after = cursor.peek(digits);
        if ((after == '/' || after == '-' || after == '.') && isDigit(cursor.peek(digits + 1))) {
            return numeric(digits);
        }
        return withMonthName(digits);
    }

    private Result iso() {
        int yearIndex = cursor.position();
        int yearValue = cursor.readNumber(4);
        cursor.skip("-");
        int monthIndex = cursor.position();
        int month = twoDigits("a two-digit month in an ISO date (yyyy-MM-dd)");
        if (!cursor.skip("-")) {
            throw cursor.error("Expected '-' and a two-digit day in an ISO date (yyyy-MM-dd)", cursor.position());
        }
        int dayIndex = cursor.position();
        int day = twoDigits("a two-digit day in an ISO date (yyyy-MM-dd)");
        skipTimeOfDay();
        Year year = checkYear(yearValue, 4, null, -1, yearIndex);
        if (month < 1 || month > 12) {
            throw cursor.error("Month " + month + " is not a month (01–12)", monthIndex);
        }
        LocalDate date = toDate(year, Month.of(month), day, dayIndex);
        return result(DateReading.Form.ISO, year, List.of(date), -1);
    }

    private int twoDigits(String expected) {
        if (cursor.atEnd() || cursor.digitRun() != 2) {
            throw cursor.error("Expected " + expected, cursor.position());
        }
        return cursor.readNumber(2);
    }

    /** Skips a valid time of day after an ISO date ({@code 2020-10-01 00:00:00}); the time is ignored. */
    private void skipTimeOfDay() {
        if (cursor.atEnd()) {
            return;
        }
        int index = cursor.position();
        if (!cursor.skip("T") && !cursor.skipSpace()) {
            throw cursor.error("Unexpected text after the ISO date", index);
        }
        int timeIndex = cursor.position();
        String time = cursor.rest();
        try {
            DateTimeFormatter.ISO_LOCAL_TIME.parse(time);
        } catch (DateTimeParseException e) {
            throw cursor.error(
                    "Expected a time of day such as 00:00:00 after the ISO date",
                    timeIndex + Math.min(e.getErrorIndex(), time.length()));
        }
        cursor.moveTo(timeIndex + time.length());
    }

    private Result numeric(int firstDigits) {
        int firstIndex = cursor.position();
        int first = cursor.readNumber(firstDigits);
        String separator = String.valueOf(cursor.peek());
        cursor.skip(separator);
        int secondIndex = cursor.position();
        int secondDigits = cursor.digitRun();
        if (secondDigits > 2) {
            throw cursor.error("Expected a day or month of one or two digits", secondIndex);
        }
        int second = cursor.readNumber(secondDigits);
        if (!cursor.skip(separator)) {
            throw cursor.error("Expected '" + separator + "' and a four-digit year", cursor.position());
        }
        int yearIndex = cursor.position();
        int yearDigits = cursor.atEnd() ? 0 : cursor.digitRun();
        if (yearDigits != 4 && yearDigits != 2) {
            throw cursor.error("Expected a year of four digits (2569 or 2026) or two digits (69)", yearIndex);
        }
        int yearValue = cursor.readNumber(yearDigits);
        cursor.expectEnd("the date");
        Year year = checkYear(yearValue, yearDigits, null, -1, yearIndex);
        if (first == 0 || second == 0) {
            throw cursor.error("0 is neither a day nor a month", first == 0 ? firstIndex : secondIndex);
        }
        boolean firstIsMonth = first <= 12;
        boolean secondIsMonth = second <= 12;
        if (!firstIsMonth && !secondIsMonth) {
            throw cursor.error("Neither " + first + " nor " + second + " is a month (1–12)", secondIndex);
        }
        if (secondIsMonth && (!firstIsMonth || first == second || year.era() == DateReading.Era.BUDDHIST)) {
            LocalDate date = toDate(year, Month.of(second), first, firstIndex);
            return result(DateReading.Form.DAY_MONTH_YEAR, year, List.of(date), -1);
        }
        if (!secondIsMonth) {
            LocalDate date = toDate(year, Month.of(first), second, secondIndex);
            return result(DateReading.Form.MONTH_DAY_YEAR, year, List.of(date), secondIndex);
        }
        List<LocalDate> both = List.of(
                toDate(year, Month.of(second), first, firstIndex), toDate(year, Month.of(first), second, secondIndex));
        return result(DateReading.Form.AMBIGUOUS_NUMERIC, year, both, firstIndex);
    }

    private Result withMonthName(int dayDigits) {
        int dayIndex = cursor.position();
        int day = cursor.readNumber(dayDigits);
        cursor.skipSpace();
        if (cursor.skip(MONTH_WORD)) {
            cursor.skipSpace();
        }
        int monthIndex = cursor.position();
        ThaiCalendarText.Word<Month> month = ThaiCalendarText.readMonth(cursor);
        if (month == null) {
            throw cursor.error("Expected a Thai month name such as มีนาคม or มี.ค. after the day", monthIndex);
        }
        Year year = readYear();
        cursor.expectEnd("the date");
        LocalDate date = toDate(year, month.value(), day, dayIndex);
        DateReading.Form form =
                month.abbreviation() ? DateReading.Form.THAI_MONTH_ABBREVIATION : DateReading.Form.THAI_MONTH_NAME;
        return result(form, year, List.of(date), -1);
    }

    private YearMonth month() {
        if (cursor.atEnd()) {
            throw cursor.error("Expected a month and year but the text is empty", cursor.position());
        }
        YearMonth month = monthAndYear();
        cursor.expectEnd("the month");
        return month;
    }

    private List<YearMonth> monthRange() {
        if (cursor.atEnd()) {
            throw cursor.error(
                    "Expected a period such as ตุลาคม 2554 – กันยายน 2555 but the text is empty", cursor.position());
        }
        YearMonth first = monthAndYear();
        cursor.skipSpace();
        int separatorIndex = cursor.position();
        if (RANGE_SEPARATORS.stream().noneMatch(cursor::skip)) {
            throw cursor.error("Expected '–' or ถึง between the first and the last month", separatorIndex);
        }
        cursor.skipSpace();
        int lastIndex = cursor.position();
        YearMonth last = monthAndYear();
        cursor.expectEnd("the period");
        if (last.isBefore(first)) {
            throw cursor.error("The last month " + last + " is before the first month " + first, lastIndex);
        }
        return Stream.iterate(first, m -> !m.isAfter(last), m -> m.plusMonths(1))
                .toList();
    }

    /** Reads a month and year at the cursor, without requiring the end of the text after it. */
    private YearMonth monthAndYear() {
        if (cursor.skip(MONTH_WORD)) {
            cursor.skipSpace();
        }
        int start = cursor.position();
        int digits = cursor.atEnd() ? 0 : cursor.digitRun();
        if (digits == 1 || digits == 2) {
            if (cursor.peek(digits) != '/') {
                throw cursor.error(
                        "Expected a month and year such as พฤศจิกายน 2568 or 11/2568; for a date with "
                                + "a day use ThaiDates.read",
                        start);
            }
            int month = cursor.readNumber(digits);
            cursor.skip("/");
            int yearIndex = cursor.position();
            if (cursor.atEnd() || cursor.digitRun() != 4) {
                throw cursor.error("Expected a four-digit year, e.g. 2568", yearIndex);
            }
            Year year = checkYear(cursor.readNumber(4), 4, null, -1, yearIndex);
            if (month < 1 || month > 12) {
                throw cursor.error("Month " + month + " is not a month (1–12)", start);
            }
            return checkedMonth(year, Month.of(month), start);
        }
        ThaiCalendarText.Word<Month> month = ThaiCalendarText.readMonth(cursor);
        if (month == null) {
            throw cursor.error(
                    "Expected a Thai month name such as พฤศจิกายน or พ.ย., or a month such as 11/2568", start);
        }
        return checkedMonth(readYear(), month.value(), start);
    }

    private static YearMonth yearMonth(Year year, Month month) {
        return YearMonth.from(LocalDate.from(year.era().chronology().date(year.value(), month.getValue(), 1)));
    }

    /** A month of a supported fiscal year, or an error at {@code index}. */
    private YearMonth checkedMonth(Year year, Month month, int index) {
        YearMonth yearMonth = yearMonth(year, month);
        if (!Eras.inRange(yearMonth.atDay(1))) {
            throw cursor.error(
                    "Month " + yearMonth + " is outside the supported fiscal years: "
                            + Eras.outOfRange(yearMonth.atDay(1)),
                    index);
        }
        return yearMonth;
    }

    /** Reads the rest after a month name: an optional era marker and a year of four or two digits. */
    private Year readYear() {
        cursor.skipSpace();
        int markerIndex = cursor.position();
        ThaiCalendarText.Word<DateReading.Era> marker = ThaiCalendarText.readEra(cursor);
        cursor.skipSpace();
        int yearIndex = cursor.position();
        int digits = cursor.atEnd() ? 0 : cursor.digitRun();
        if (digits != 4 && digits != 2) {
            throw cursor.error("Expected a year of four digits (2569) or two digits (69)", yearIndex);
        }
        int value = cursor.readNumber(digits);
        return checkYear(value, digits, marker == null ? null : marker.value(), markerIndex, yearIndex);
    }

    /** Decides the era of a written year and checks that the year is in the supported range. */
    private Year checkYear(int written, int digits, DateReading.Era marker, int markerIndex, int yearIndex) {
        if (digits == 2) {
            if (marker == DateReading.Era.COMMON) {
                throw cursor.error(
                        "A two-digit year is read as Buddhist Era 25xx; write four digits after ค.ศ.", markerIndex);
            }
            return new Year(Eras.TWO_DIGIT_BASE + written, DateReading.Era.BUDDHIST, marker != null, true);
        }
        DateReading.Era era = Eras.inferEra(written);
        if (marker != null && marker != era) {
            throw cursor.error(
                    marker == DateReading.Era.BUDDHIST
                            ? "Year " + written
                                    + " is marked พ.ศ. but is a Common Era year (Buddhist-era years here are "
                                    + Eras.BUDDHIST_ERA_THRESHOLD + " and above)"
                            : "Year " + written
                                    + " is marked ค.ศ. but is a Buddhist-era year (Common Era years here are "
                                    + "below " + Eras.BUDDHIST_ERA_THRESHOLD + ")",
                    yearIndex);
        }
        LocalDate firstDay = LocalDate.from(era.chronology().date(written, 1, 1));
        LocalDate lastDay = LocalDate.from(era.chronology().date(written, 12, 31));
        if (lastDay.isBefore(Eras.MIN_DATE)) {
            throw cursor.error(
                    "Year " + label(written, era) + " is before 1941 (BE 2484): until 1940 the Thai "
                            + "year began on 1 April, so earlier dates are not supported",
                    yearIndex);
        }
        if (firstDay.isAfter(Eras.MAX_DATE)) {
            throw cursor.error(
                    "Year " + label(written, era) + " is after BE 3000 (CE " + Eras.MAX_DATE.getYear()
                            + "), the last year supported",
                    yearIndex);
        }
        return new Year(written, era, marker != null, false);
    }

    private LocalDate toDate(Year year, Month month, int day, int dayIndex) {
        LocalDate date;
        try {
            date = LocalDate.from(year.era().chronology().date(year.value(), month.getValue(), day));
        } catch (DateTimeException e) {
            YearMonth yearMonth = yearMonth(year, month);
            throw cursor.error(
                    "No day " + day + " in " + month.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " ("
                            + ThaiCalendarText.monthName(month) + ") " + label(year.value(), year.era()) + ": it has "
                            + yearMonth.lengthOfMonth() + " days",
                    dayIndex);
        }
        if (!Eras.inRange(date)) {
            throw cursor.error(Eras.outOfRange(date), dayIndex);
        }
        return date;
    }

    private Result result(DateReading.Form form, Year year, List<LocalDate> dates, int problemIndex) {
        DateReading reading = new DateReading(
                cursor.input(),
                form,
                year.era(),
                dates,
                year.marked(),
                year.twoDigits(),
                cursor.hasThaiDigits(),
                leadIn);
        return new Result(reading, problemIndex);
    }

    private static String label(int year, DateReading.Era era) {
        return year + (era == DateReading.Era.BUDDHIST ? " (BE)" : " (CE)");
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Makes the strict reading of {@link ThaiDates#parse(CharSequence)}. */
    static LocalDate parseStrict(CharSequence text) {
        Result result = read(text);
        DateReading reading = result.reading();
        if (reading.isAmbiguous()) {
            throw new ThaiParseException(
                    "Ambiguous date: it reads as " + reading.candidates().get(0)
                            + " (day first) or " + reading.candidates().get(1)
                            + " (month first), and a Common Era year "
                            + "gives no hint; use ThaiDates.read to see both readings",
                    text,
                    result.problemIndex());
        }
        if (reading.isMonthFirst()) {
            throw new ThaiParseException(
                    "Month-first date: it only reads as " + reading.date() + " (month/day/"
                            + "year), while Thai dates are written day first; use ThaiDates.read and check "
                            + "isMonthFirst() to accept it",
                    text,
                    result.problemIndex());
        }
        return reading.date();
    }
}
