package io.github.krongkan.time;

import java.time.LocalDate;
import java.time.chrono.Chronology;
import java.time.chrono.IsoChronology;
import java.time.chrono.ThaiBuddhistChronology;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link ThaiDates#read(CharSequence)} read from a date in document text, and how: the form it
 * recognised, the era of the year, and warnings. Immutable.
 *
 * <p>A numeric date can be <b>ambiguous</b> ({@code 11/12/2020}: 11 December or 12 November). Such a
 * reading has two {@link #candidates()}, the day-first reading first, and {@link #date()} throws
 * rather than pick one. A numeric date that only makes sense <b>month first</b> ({@code 11/29/2020}) is
 * read that way and flagged by {@link #isMonthFirst()}: Thai documents write the day first, so such a
 * date is usually a slip of some software and worth a warning. See {@link ThaiDates} for the rules.
 */
public final class DateReading {
    /** The era in which the year of a date was written. */
    public enum Era {
        /** Buddhist Era (พุทธศักราช, พ.ศ.): Common Era + 543 from 1941 on; e.g. 2569. */
        BUDDHIST(ThaiBuddhistChronology.INSTANCE),
        /** Common Era (คริสต์ศักราช, ค.ศ.), the ISO calendar year; e.g. 2026. */
        COMMON(IsoChronology.INSTANCE);

        private final Chronology chronology;

        Era(Chronology chronology) {
            this.chronology = chronology;
        }

        /**
         * The JDK chronology whose proleptic years are years of this era.
         *
         * @return {@link ThaiBuddhistChronology#INSTANCE} or {@link IsoChronology#INSTANCE}
         */
        public Chronology chronology() {
            return chronology;
        }

        /**
         * The Thai abbreviation of this era, from the JDK's Thai locale data.
         *
         * @return {@code พ.ศ.} or {@code ค.ศ.}
         */
        public String thaiMarker() {
            return ThaiCalendarText.eraMarker(this);
        }
    }

    /** The written form of a date. */
    public enum Form {
        /** ISO 8601, year first: {@code 2021-09-29}, optionally with a time of day. */
        ISO,
        /**
         * Numeric, day first, as Thai documents write it: {@code 31/10/2563}, or with a two-digit
         * Buddhist-era year {@code 31/10/63} ({@link DateReading#isTwoDigitYear()}).
         */
        DAY_MONTH_YEAR,
        /** Numeric, month first, which only this reading fits: {@code 11/29/2020}. A warning. */
        MONTH_DAY_YEAR,
        /** Numeric that reads both ways: {@code 11/12/2020}; there are two candidates. */
        AMBIGUOUS_NUMERIC,
        /** Day, Thai month name and year: {@code 15 มีนาคม 2569}. */
        THAI_MONTH_NAME,
        /**
         * Day, abbreviated Thai month and year: {@code 1 ต.ค. 2568}, {@code 15 มี.ค. 69}, also without
         * the dots ({@code 31 ตค. 2563}, {@code 31 ตค 2563}).
         */
        THAI_MONTH_ABBREVIATION
    }

    private final String input;
    private final Form form;
    private final Era era;
    private final List<LocalDate> candidates;
    private final boolean eraMarked;
    private final boolean twoDigitYear;
    private final boolean thaiDigits;
    private final String leadIn;

    DateReading(
            String input,
            Form form,
            Era era,
            List<LocalDate> candidates,
            boolean eraMarked,
            boolean twoDigitYear,
            boolean thaiDigits,
            String leadIn) {
        this.input = Objects.requireNonNull(input, "input");
        this.form = Objects.requireNonNull(form, "form");
        this.era = Objects.requireNonNull(era, "era");
        this.candidates = List.copyOf(candidates);
        if (this.candidates.size() != (form == Form.AMBIGUOUS_NUMERIC ? 2 : 1)) {
            throw new IllegalArgumentException("Form " + form + " with candidates " + candidates);
        }
        this.eraMarked = eraMarked;
        this.twoDigitYear = twoDigitYear;
        this.thaiDigits = thaiDigits;
        this.leadIn = Objects.requireNonNull(leadIn, "leadIn");
    }

    /**
     * The text that was read, as given.
     *
     * @return the input
     */
    public String input() {
        return input;
    }

    /**
     * The form the date was written in.
     *
     * @return the form
     */
    public Form form() {
        return form;
    }

    /**
     * The era of the written year: from a marker ({@code พ.ศ.}, {@code ค.ศ.}) if there was one, else
     * from the year's size (see {@link ThaiDates}).
     *
     * @return the era
     */
    public Era era() {
        return era;
    }

    /**
     * The date, if the text reads only one way.
     *
     * @return the date
     * @throws IllegalStateException if the reading is {@linkplain #isAmbiguous() ambiguous}; use
     *                               {@link #candidates()} then
     */
    public LocalDate date() {
        if (isAmbiguous()) {
            throw new IllegalStateException("\"" + input + "\" is ambiguous: " + candidates.get(0) + " (day first) or "
                    + candidates.get(1) + " (month first); see candidates()");
        }
        return candidates.get(0);
    }

    /**
     * Every date the text can mean: one, or two for an ambiguous numeric date (day-first reading first,
     * month-first reading second).
     *
     * @return an immutable list of one or two dates
     */
    public List<LocalDate> candidates() {
        return candidates;
    }

    /**
     * Tells whether the text reads two ways, as {@code 11/12/2020} does.
     *
     * @return {@code true} for {@link Form#AMBIGUOUS_NUMERIC}
     */
    public boolean isAmbiguous() {
        return form == Form.AMBIGUOUS_NUMERIC;
    }

    /**
     * Tells whether the day came before the month, the Thai order.
     *
     * @return {@code true} for {@link Form#DAY_MONTH_YEAR}, {@link Form#THAI_MONTH_NAME} and
     *         {@link Form#THAI_MONTH_ABBREVIATION}
     */
    public boolean isDayFirst() {
        return form == Form.DAY_MONTH_YEAR || form == Form.THAI_MONTH_NAME || form == Form.THAI_MONTH_ABBREVIATION;
    }

    /**
     * Tells whether the date could only be read month first ({@code 11/29/2020}), a warning.
     *
     * @return {@code true} for {@link Form#MONTH_DAY_YEAR}
     */
    public boolean isMonthFirst() {
        return form == Form.MONTH_DAY_YEAR;
    }

    /**
     * Tells whether the era was written ({@code พ.ศ.}, {@code ค.ศ.} or their full forms) rather than
     * inferred from the year.
     *
     * @return {@code true} if an era marker was read
     */
    public boolean isEraMarked() {
        return eraMarked;
    }

    /**
     * The words that stood before the date, as report forms write them: {@code วันที่}
     * ({@code วันที่ 31 เดือนสิงหาคม พ.ศ. 2560}) or {@code ณ วันที่} ({@code ณ วันที่ 31 ตุลาคม 2563}).
     *
     * @return the words, white space at the ends removed; empty if the date stood alone
     */
    public Optional<String> leadIn() {
        return leadIn.isEmpty() ? Optional.empty() : Optional.of(leadIn);
    }

    /**
     * Tells whether the year had two digits ({@code 15 มี.ค. 69}, {@code 31/10/63}), read as
     * Buddhist-era 25xx.
     *
     * @return {@code true} for a two-digit year
     */
    public boolean isTwoDigitYear() {
        return twoDigitYear;
    }

    /**
     * Tells whether the text contained Thai digits ({@code ๐}–{@code ๙}).
     *
     * @return {@code true} if any Thai digit occurred
     */
    public boolean hasThaiDigits() {
        return thaiDigits;
    }

    /**
     * Tells whether the other object is a reading of the same text with the same result.
     *
     * @param other the other object
     * @return {@code true} if all properties are equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof DateReading that
                && input.equals(that.input)
                && form == that.form
                && era == that.era
                && candidates.equals(that.candidates)
                && eraMarked == that.eraMarked
                && twoDigitYear == that.twoDigitYear
                && thaiDigits == that.thaiDigits
                && leadIn.equals(that.leadIn);
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(input, form, era, candidates, eraMarked, twoDigitYear, thaiDigits, leadIn);
    }

    /**
     * A description for logs, e.g.
     * {@code DateReading["31/10/2563" → 2020-10-31, DAY_MONTH_YEAR, BUDDHIST]}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("DateReading[\"").append(input).append("\" → ");
        text.append(
                isAmbiguous()
                        ? candidates.get(0) + " or " + candidates.get(1)
                        : candidates.get(0).toString());
        text.append(", ").append(form).append(", ").append(era);
        if (eraMarked) {
            text.append(", era marked");
        }
        if (twoDigitYear) {
            text.append(", two-digit year");
        }
        if (thaiDigits) {
            text.append(", Thai digits");
        }
        if (!leadIn.isEmpty()) {
            text.append(", after ").append(leadIn);
        }
        return text.append(']').toString();
    }
}
