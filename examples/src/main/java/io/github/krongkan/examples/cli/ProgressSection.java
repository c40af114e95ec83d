package io.github.krongkan.examples.cli;

import io.github.krongkan.progress.ProgressHistory;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.Project;
import io.github.krongkan.schedule.ProgressCurve;
import io.github.krongkan.time.FiscalMonth;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The progress curve as a text chart: for every fiscal month from the first planned or reported to
 * the last, the cumulative progress planned by the action plan's curve and the cumulative progress
 * of the month's last report in date order, each with a bar of 20 characters for 100 %. Reports
 * dated outside the supported fiscal years are listed by date above the chart instead.
 */
final class ProgressSection implements ReportSection {
    private static final int BAR = 20;
    private static final BigDecimal STEP = BigDecimal.valueOf(100 / BAR);

    @Override
    public void render(Project project, ReportLanguage l, PrintStream out) {
        ReportSection.heading(out, l.pick("ความก้าวหน้าเทียบแผน", "Progress against the plan"));
        ProgressCurve curve = project.actionPlan().map(p -> p.plannedCurve()).orElse(ProgressCurve.of(Map.of()));
        Map<FiscalMonth, BigDecimal> reported = new TreeMap<>();
        List<LocalDate> uncharted = new ArrayList<>();
        for (ProgressReport report : ProgressHistory.of(project).reports()) {
            try {
                reported.put(FiscalMonth.containing(report.date()), report.progress());
            } catch (IllegalArgumentException | DateTimeException e) {
                // Dated outside the fiscal years there are (a Buddhist-era year in an ISO date, 9999-12-31).
                uncharted.add(report.date());
            }
        }
        if (!uncharted.isEmpty()) {
            out.println(l.pick(
                            "รายงานที่ลงวันที่นอกปีงบประมาณที่รองรับ (ไม่แสดงในแผนภูมิ): ",
                            "reports dated outside the supported fiscal years (not charted): ")
                    + uncharted.stream().map(LocalDate::toString).collect(Collectors.joining(", ")));
        }
        TreeSet<FiscalMonth> used = new TreeSet<>(curve.points().keySet());
        used.addAll(reported.keySet());
        if (used.isEmpty()) {
            out.println(l.pick(
                    "ไม่มีรายงานความก้าวหน้าและไม่มีแผนที่ระบุเดือน", "no progress reports and no plan with months"));
            return;
        }
        out.println(TextColumns.left(l.pick("เดือน", "month"), 12) + TextColumns.right(l.pick("แผน %", "plan %"), 8)
                + " " + " ".repeat(BAR + 2) + TextColumns.right(l.pick("รายงาน %", "reported %"), 11));
        for (FiscalMonth month : FiscalMonth.rangeClosed(used.first(), used.last())) {
            Optional<BigDecimal> plan = curve.isEmpty() ? Optional.empty() : Optional.of(curve.at(month));
            Optional<BigDecimal> report = Optional.ofNullable(reported.get(month));
            out.println(TextColumns.left(l.shortMonth(month), 12) + cell(plan) + cell(report));
        }
        if (curve.isEmpty()) {
            out.println(l.pick("(ไม่มีแผนที่ระบุเดือน จึงไม่มีเส้นแผน)", "(no plan with months, so no planned curve)"));
        }
        if (reported.isEmpty()) {
            out.println(l.pick("(ไม่มีรายงานความก้าวหน้า)", "(no progress reports)"));
        }
    }

    private static String cell(Optional<BigDecimal> value) {
        if (value.isEmpty()) {
            return TextColumns.right("-", 8) + " |" + " ".repeat(BAR) + "|";
        }
        int filled = value.get().divide(STEP, 0, RoundingMode.HALF_UP).intValue();
        filled = Math.max(0, Math.min(BAR, filled));
        return TextColumns.right(value.get().setScale(2, RoundingMode.HALF_UP).toPlainString(), 8) + " |"
                + "█".repeat(filled) + " ".repeat(BAR - filled) + "|";
    }
}
