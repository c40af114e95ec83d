package io.github.krongkan.time;

import io.github.krongkan.text.ThaiParseException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * Writing and reading dates the Thai way, with Buddhist-era years.
 *
 * <h2>Writing</h2>
 * {@link #format(LocalDate, ThaiDateStyle, Digits)} writes a date in one of the {@link ThaiDateStyle}s
 * ({@code 15 มีนาคม 2569}, {@code 15 มี.ค. 69}, {@code 15/03/2569}, …) with ASCII or Thai digits, using
 * the JDK's {@link java.time.chrono.ThaiBuddhistChronology} and Thai locale data.
 *
 * <h2>Reading</h2>
 * {@link #read(CharSequence)} reads the forms found in Thai project documents and says how it read
 * them ({@link DateReading}); {@link #parse(CharSequence)} is its strict variant, and
 * {@link #readMonth(CharSequence)} reads a month and year, {@link #readMonthRange(CharSequence)} a period of
 * months. Thai digits may appear anywhere, leading and
 * trailing spaces are ignored, and spaces between the parts are optional. Accepted:
 * <ul>
 *   <li>ISO, year first: {@code 2021-09-29}, also followed by a time of day
 *       ({@code 2020-10-01 00:00:00}, {@code 2020-10-01T08:30}), which is checked and ignored;</li>
 *   <li>numeric: {@code 31/10/2563}, with {@code /}, {@code -} or {@code .} between the parts, day and
 *       month of one or two digits, and a four-digit year or a two-digit Buddhist-era year
 *       ({@code 31/10/63});</li>
 *   <li>with a Thai month: {@code 15 มีนาคม 2569}, {@code 1 ต.ค. 2568}, {@code 15 มี.ค. 69},
 *       {@code 15 มีนาคม พ.ศ. 2569}, {@code ๑ ตุลาคม ๒๕๖๘}; the month names and abbreviations are the JDK's
 *       (an abbreviation may lack its final dot or all its dots: {@code 31 ตค. 2563}), and an era marker ({@code พ.ศ.}, {@code ค.ศ.},
 *       {@code พุทธศักราช}, {@code คริสต์ศักราช}) may stand before the year;</li>
 *   <li>an optional {@code วันที่} or {@code ณ วันที่} before a date ({@link DateReading#leadIn()}) and
 *       {@code เดือน} before a month, also within a date ({@code วันที่ 31 เดือนสิงหาคม พ.ศ. 2560}).</li>
 * </ul>
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li><b>Era.</b> A four-digit year of 2400 or more is Buddhist Era, a smaller one Common Era, in
 *       every form, ISO included (software set to the Thai locale writes {@code 2564-09-29}). Since only
 *       the years 1941–2457 CE (BE 2484–3000) are supported, no supported year can be read both ways:
 *       1941–2399 are read as Common Era, 2400–2483 are Buddhist-era years before 1941 and refused,
 *       2484–3000 are read as Buddhist Era.
 *       An era marker must agree with the year ({@code พ.ศ. 2021} is refused). A Buddhist-era year is
 *       never taken as a Common Era year: 2568 BE is 2025 CE. {@link DateReading#era()} tells which
 *       was read.</li>
 *   <li><b>Two-digit years</b> are read as Buddhist Era 25xx, after a Thai month name as
 *       {@link ThaiDateStyle#SHORT} writes them ({@code 15 มี.ค. 69}) and in a numeric date as report forms
 *       write them ({@code 31/10/63}): {@code 69} is 2569 (2026). {@link DateReading#isTwoDigitYear()}
 *       tells; a numeric date with a two-digit year is read day first, as Buddhist-era dates are.</li>
 *   <li><b>Day or month first.</b> Thai documents write the day first. For a numeric date
 *       {@code a/b/year}:
 *     <ul>
 *       <li>if {@code b} can be a month (1–12) and {@code a} cannot, or {@code a == b}, or the year is
 *           Buddhist Era, it is day first ({@code 07/04/2564} is 7 April 2021): a Buddhist-era year
 *           marks Thai writing;</li>
 *       <li>if {@code b} cannot be a month, it is month first ({@code 11/29/2020}): read, but flagged
 *           by {@link DateReading#isMonthFirst()}, never silently;</li>
 *       <li>otherwise (both 1–12, different, Common Era year: {@code 11/12/2020}) it is
 *           <b>ambiguous</b>: {@link DateReading#candidates()} holds both dates and
 *           {@link DateReading#date()} throws.</li>
 *     </ul>
 *       So a day above 12 never makes a date ambiguous.</li>
 *   <li><b>Range.</b> Dates from {@link #MIN_DATE} (1 October 1941) to {@link #MAX_DATE} (30 September
 *       BE 3000): the days of the supported fiscal years {@link FiscalYear#MIN} to {@link FiscalYear#MAX},
 *       so that every date read or written here has a fiscal year. Until 1940 the Thai year began on
 *       1 April, so a Buddhist-era date before 1941 does not convert by subtracting 543. Dates outside
 *       the range are refused in reading (with a {@link ThaiParseException} that says so) and
 *       writing; an ambiguous numeric date is refused if either of its readings is outside.</li>
 *   <li><b>Errors.</b> Text that cannot be read, impossible dates ({@code 31/02/2564}) and years out
 *       of range throw a {@link ThaiParseException} that says why and where.</li>
 * </ul>
 */
public final class ThaiDates {
    /**
     * The first supported date, 1 October 1941 (1 ต.ค. 2484), the first day of fiscal year 2485
     * ({@link FiscalYear#MIN}); the Thai year began to start in January in 1941.
     */
    public static final LocalDate MIN_DATE = Eras.MIN_DATE;

    /** The last supported date, 30 September BE 3000 (2457-09-30), the last day of fiscal year 3000. */
    public static final LocalDate MAX_DATE = Eras.MAX_DATE;

    /** The digits to write numbers with. */
    public enum Digits {
        /** ASCII digits: {@code 15 มีนาคม 2569}. */
        ASCII,
        /** Thai digits: {@code ๑๕ มีนาคม ๒๕๖๙}. */
        THAI
    }

    private ThaiDates() {}

    /**
     * Writes a date with ASCII digits.
     *
     * @param date  the date
     * @param style the style, e.g. {@link ThaiDateStyle#LONG} for {@code 15 มีนาคม 2569}
     * @return the text
     * @throws IllegalArgumentException if the date is outside {@link #MIN_DATE}–{@link #MAX_DATE}
     */
    public static String format(LocalDate date, ThaiDateStyle style) {
        return format(date, style, Digits.ASCII);
    }

    /**
     * Writes a date.
     *
     * @param date   the date
     * @param style  the style
     * @param digits ASCII or Thai digits
     * @return the text, e.g. {@code ๑๕ มีนาคม ๒๕๖๙} for LONG and THAI
     * @throws IllegalArgumentException if the date is outside {@link #MIN_DATE}–{@link #MAX_DATE}
     */
    public static String format(LocalDate date, ThaiDateStyle style, Digits digits) {
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(digits, "digits");
        checkRange(date);
        return style.format(date, digits);
    }

    /**
     * Writes a month and year, as in a project's period ({@code พฤศจิกายน 2568}).
     *
     * @param month  the month
     * @param style  the style; the day is left out, e.g. {@code พ.ย. 2568} for MEDIUM and
     *               {@code 11/2568} for NUMERIC
     * @param digits ASCII or Thai digits
     * @return the text
     * @throws IllegalArgumentException if the month is outside {@link #MIN_DATE}–{@link #MAX_DATE}
     */
    public static String formatMonth(YearMonth month, ThaiDateStyle style, Digits digits) {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(digits, "digits");
        checkRange(month.atDay(1));
        return style.format(month, digits);
    }

    private static void checkRange(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (!Eras.inRange(date)) {
            throw new IllegalArgumentException(Eras.outOfRange(date));
        }
    }

    /**
     * Reads a date in any of the accepted forms and reports how it was read. Ambiguous and month-first
     * numeric dates are read, not refused; check {@link DateReading#isAmbiguous()} and
     * {@link DateReading#isMonthFirst()}.
     *
     * @param text the text, e.g. {@code 31/10/2563}, {@code 2021-09-29} or {@code ๑ ต.ค. ๒๕๖๘}
     * @return the reading
     * @throws ThaiParseException if the text is not a date in an accepted form, is not a valid date or is
     *                            out of range
     */
    public static DateReading read(CharSequence text) {
        Objects.requireNonNull(text, "text");
        // No cache: a reading keeps its input, and a shared cache of readings kept whole texts alive
        // (hundreds of MB for long ones). Callers that read a text again keep its reading, as
        // ProgressReport.dateAsWrittenReading() does.
        return DateReader.read(text).reading();
    }

    /**
     * Reads a date that can only mean one thing, in the usual order for its form.
     *
     * @param text the text
     * @return the date
     * @throws ThaiParseException as {@link #read(CharSequence)} does, and also for an ambiguous or
     *                            month-first date; the message says why and points to {@link #read(CharSequence)}
     */
    public static LocalDate parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return DateReader.parseStrict(text);
    }

    /**
     * Reads a month and year: {@code พฤศจิกายน 2568}, {@code ต.ค. 2554}, {@code ตุลาคม พ.ศ. 2554},
     * {@code เดือนมีนาคม ๒๕๖๙}, {@code มี.ค. 69} or numeric {@code 11/2568}, with the era and range rules
     * of {@link ThaiDates}.
     *
     * @param text the text
     * @return the month, e.g. 2025-11 for {@code พฤศจิกายน 2568}
     * @throws ThaiParseException if the text is not a month and year in an accepted form or is out of range
     */
    public static YearMonth readMonth(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return DateReader.readMonth(text);
    }

    /**
     * Reads a period of months, as documents give a project's duration: {@code ตุลาคม 2554 – กันยายน 2555},
     * {@code พฤศจิกายน 2559 ถึง สิงหาคม 2560}. Each end is a month and year as {@link #readMonth(CharSequence)}
     * reads it; between them stands a dash ({@code –}, {@code —} or {@code -}) or {@code ถึง}.
     *
     * @param text the text
     * @return every month of the period in order, both ends included: 12 months for the first example
     * @throws ThaiParseException if the text is not such a period, or the last month is before the first
     */
    public static List<YearMonth> readMonthRange(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return DateReader.readMonthRange(text);
    }
}
