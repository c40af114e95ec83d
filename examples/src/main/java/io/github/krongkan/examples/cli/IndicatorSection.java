package io.github.krongkan.examples.cli;

import io.github.krongkan.project.Project;
import java.io.PrintStream;

/**
 * The indicator (KPI) table: for every indicator, and for each of its measurements, the target
 * with its direction, the result, the attainment in percent (100 meaning exactly on target) and
 * whether the target is met.
 */
final class IndicatorSection implements ReportSection {
    @Override
    public void render(Project project, ReportLanguage l, PrintStream out) {
        ReportSection.heading(out, l.pick("ตัวชี้วัด", "Indicators"));
        if (project.indicators().isEmpty()) {
            out.println(l.pick("ไม่มีตัวชี้วัด", "no indicators"));
            return;
        }
        out.println(TextColumns.left(l.pick("ข้อ", "no."), 11) + TextColumns.right(l.pick("เป้าหมาย", "target"), 10)
                + TextColumns.right(l.pick("ผล", "result"), 10) + TextColumns.right(l.pick("บรรลุ %", "attained %"), 12)
                + "  " + l.pick("ผลการประเมิน / ตัวชี้วัด", "achievement / indicator"));
        for (KpiRow row : KpiRow.of(project, l)) {
            out.println(TextColumns.left(row.number(), 11) + TextColumns.right(row.target(), 10)
                    + TextColumns.right(row.result(), 10) + TextColumns.right(row.attained(), 12) + "  "
                    + row.achievement() + row.scope() + ": " + row.indicator());
            row.targetText()
                    .ifPresent(t -> out.println(" ".repeat(45) + l.pick("ค่าเป้าหมาย: ", "target as written: ") + t));
            row.resultText()
                    .ifPresent(t -> out.println(" ".repeat(45) + l.pick("ผลที่รายงาน: ", "result as written: ") + t));
        }
    }
}
