package io.github.krongkan.examples.cli;

import io.github.krongkan.time.DateReading;
import io.github.krongkan.time.FiscalMonth;
import io.github.krongkan.time.FiscalQuarter;
import io.github.krongkan.time.FiscalYear;
import io.github.krongkan.time.ThaiDateStyle;
import io.github.krongkan.time.ThaiDates;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

/** {@code krongkan fiscal DATE}: how a date was read and where it falls in the Thai fiscal calendar. */
final class FiscalCommand extends Command {
    FiscalCommand(PrintStream out, PrintStream err) {
        super(InputStream.nullInputStream(), out, err);
    }

    @Override
    int run(List<String> args) {
        if (args.size() != 1) {
            err.println("krongkan fiscal: expected one DATE\n\n" + Krongkan.USAGE);
            return Krongkan.UNUSABLE;
        }
        DateReading reading;
        try {
            reading = ThaiDates.read(args.get(0));
        } catch (IllegalArgumentException | DateTimeException e) {
            err.println("krongkan fiscal: " + e.getMessage());
            return Krongkan.UNUSABLE;
        }
        if (reading.isAmbiguous()) {
            err.println("krongkan fiscal: \"" + reading.input() + "\" is ambiguous: it could be "
                    + reading.candidates().get(0) + " (day first) or "
                    + reading.candidates().get(1)
                    + " (month first); write it as an ISO date (yyyy-mm-dd) or with a Buddhist-era year");
            return Krongkan.UNUSABLE;
        }
        LocalDate date = reading.date();
        FiscalYear year;
        FiscalQuarter quarter;
        FiscalMonth month;
        String thai;
        try {
            year = FiscalYear.containing(date);
            quarter = FiscalQuarter.containing(date);
            month = FiscalMonth.containing(date);
            thai = ThaiDates.format(date, ThaiDateStyle.LONG) + " | " + ThaiDates.format(date, ThaiDateStyle.MEDIUM)
                    + " | " + ThaiDates.format(date, ThaiDateStyle.NUMERIC) + " | "
                    + ThaiDates.format(date, ThaiDateStyle.LONG, ThaiDates.Digits.THAI);
        } catch (IllegalArgumentException | DateTimeException e) {
            // The reader reads some dates the fiscal calendar does not cover (before FY 2485, after FY 3000).
            err.println("krongkan fiscal: \"" + reading.input() + "\" is read as " + date
                    + ", which has no Thai fiscal year here: " + e.getMessage());
            return Krongkan.UNUSABLE;
        }
        out.println("date          " + date + " (read as " + describe(reading) + ")");
        if (reading.isMonthFirst()) {
            out.println("warning       read month first; Thai documents write the day first (วัน/เดือน/ปี)");
        }
        out.println("Thai          " + thai);
        out.println("fiscal year   ปีงบประมาณ พ.ศ. " + year.buddhistEraYear() + " (" + year.start() + " to "
                + year.end() + ")");
        out.println("quarter       ไตรมาส " + quarter.number() + " (" + quarter.start() + " to " + quarter.end() + ")");
        out.println("fiscal month  " + month.number() + " of 12, " + month.thaiName() + " (" + month.thaiAbbreviation()
                + ")");
        return Krongkan.OK;
    }

    private static String describe(DateReading reading) {
        String form = switch (reading.form()) {
            case ISO -> "ISO year-month-day";
            case DAY_MONTH_YEAR -> "day/month/year";
            case MONTH_DAY_YEAR -> "month/day/year";
            case THAI_MONTH_NAME -> "day, Thai month name, year";
            case THAI_MONTH_ABBREVIATION -> "day, abbreviated Thai month, year";
            default -> reading.form().toString();
        };
        String era = reading.era() == DateReading.Era.BUDDHIST ? "Buddhist-era year (พ.ศ.)" : "Common Era year (ค.ศ.)";
        return form + ", " + era;
    }
}
