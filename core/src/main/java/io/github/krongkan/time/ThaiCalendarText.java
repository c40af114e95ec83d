package io.github.krongkan.time;

import io.github.krongkan.text.TextCursor;
import io.github.krongkan.text.ThaiText;
import java.time.Month;
import java.time.chrono.Era;
import java.time.chrono.IsoEra;
import java.time.chrono.ThaiBuddhistEra;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The Thai words of dates, all taken from the JDK's locale data: month names ({@code ตุลาคม}) and
 * abbreviations ({@code ต.ค.}), and era markers ({@code พ.ศ.}, {@code ค.ศ.} and their full forms).
 * Abbreviations are also matched without their final dot ({@code ต.ค 2554}) and without their inner
 * dots ({@code ตค. 2563}, {@code ตค 2563}), as report forms write them.
 */
final class ThaiCalendarText {
    /** Thai as a language, for display names. */
    static final Locale THAI = Locale.forLanguageTag("th-TH");

    /** Thai with the Buddhist calendar and ASCII digits, for formatters. */
    static final Locale BUDDHIST_ASCII_DIGITS = Locale.forLanguageTag("th-TH-u-ca-buddhist");

    /** Thai with the Buddhist calendar and Thai digits, for formatters. */
    static final Locale BUDDHIST_THAI_DIGITS = Locale.forLanguageTag("th-TH-u-ca-buddhist-nu-thai");

    /** A word and what it stands for. */
    record Word<T>(String text, T value, boolean abbreviation) {}

    private static final List<Word<Month>> MONTHS = monthWords();
    private static final List<Word<DateReading.Era>> ERAS = eraWords();

    private ThaiCalendarText() {}

    static String monthName(Month month) {
        return month.getDisplayName(TextStyle.FULL, THAI);
    }

    static String monthAbbreviation(Month month) {
        return month.getDisplayName(TextStyle.SHORT, THAI);
    }

    static String eraMarker(DateReading.Era era) {
        return jdkEra(era).getDisplayName(TextStyle.SHORT, THAI);
    }

    private static Era jdkEra(DateReading.Era era) {
        return era == DateReading.Era.BUDDHIST ? ThaiBuddhistEra.BE : IsoEra.CE;
    }

    /** Reads a month name or abbreviation at the cursor, or returns {@code null} and stays put. */
    static Word<Month> readMonth(TextCursor cursor) {
        return read(cursor, MONTHS);
    }

    /** Reads an era marker at the cursor, or returns {@code null} and stays put. */
    static Word<DateReading.Era> readEra(TextCursor cursor) {
        return read(cursor, ERAS);
    }

    private static <T> Word<T> read(TextCursor cursor, List<Word<T>> words) {
        int start = cursor.position();
        for (Word<T> word : words) {
            if (cursor.skip(word.text())) {
                if (word.text().endsWith(".") || endsWord(cursor)) {
                    return word;
                }
                cursor.moveTo(start);
            }
        }
        return null;
    }

    /** Tells whether a word may end here: not inside Thai letters, unless an era marker follows. */
    private static boolean endsWord(TextCursor cursor) {
        if (cursor.atEnd() || !ThaiText.isThaiLetter(cursor.peek())) {
            return true;
        }
        int here = cursor.position();
        for (Word<DateReading.Era> era : ERAS) {
            if (cursor.skip(era.text())) {
                cursor.moveTo(here);
                return true;
            }
        }
        return false;
    }

    private static List<Word<Month>> monthWords() {
        List<Word<Month>> words = new ArrayList<>();
        for (Month month : Month.values()) {
            words.add(new Word<>(monthName(month), month, false));
            addAbbreviation(words, monthAbbreviation(month), month);
        }
        return longestFirst(words);
    }

    private static List<Word<DateReading.Era>> eraWords() {
        List<Word<DateReading.Era>> words = new ArrayList<>();
        for (DateReading.Era era : DateReading.Era.values()) {
            words.add(new Word<>(jdkEra(era).getDisplayName(TextStyle.FULL, THAI), era, false));
            addAbbreviation(words, eraMarker(era), era);
        }
        return longestFirst(words);
    }

    private static <T> void addAbbreviation(List<Word<T>> words, String abbreviation, T value) {
        words.add(new Word<>(abbreviation, value, true));
        if (abbreviation.endsWith(".")) {
            words.add(new Word<>(abbreviation.substring(0, abbreviation.length() - 1), value, true));
        }
        // Report forms also drop the inner dots: ตค. or ตค for ต.ค.
        String undotted = abbreviation.replace(".", "");
        if (!undotted.isEmpty()
                && !undotted.equals(abbreviation)
                && !undotted.equals(abbreviation.replaceAll("\\.$", ""))) {
            words.add(new Word<>(undotted + ".", value, true));
            words.add(new Word<>(undotted, value, true));
        }
    }

    private static <T> List<Word<T>> longestFirst(List<Word<T>> words) {
        words.sort(Comparator.comparingInt((Word<T> w) -> w.text().length()).reversed());
        return List.copyOf(words);
    }
}
