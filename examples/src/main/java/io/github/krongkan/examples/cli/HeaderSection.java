package io.github.krongkan.examples.cli;

import io.github.krongkan.project.Project;
import java.io.PrintStream;

/** The report's first lines: name, code, office, fiscal year, periods and status. */
final class HeaderSection implements ReportSection {
    @Override
    public void render(Project project, ReportLanguage l, PrintStream out) {
        String title = l.pick("รายงานโครงการ: ", "Project report: ") + project.name();
        out.println(title);
        out.println("=".repeat(Math.max(4, TextColumns.width(title))));
        project.code().ifPresent(code -> line(out, l.pick("รหัสโครงการ", "Code"), code));
        if (!project.responsibleUnits().isEmpty()) {
            line(out, l.pick("หน่วยงาน", "Office"), String.join(" / ", project.responsibleUnits()));
        }
        project.owner().ifPresent(owner -> line(out, l.pick("ผู้รับผิดชอบ", "Responsible"), owner.name()));
        line(out, l.pick("ปีงบประมาณ", "Fiscal year"), l.fiscalYear(project.fiscalYear()));
        project.plannedPeriod().ifPresent(p -> line(out, l.pick("ระยะเวลาตามแผน", "Planned period"), l.period(p)));
        project.actualPeriod().ifPresent(p -> line(out, l.pick("ระยะเวลาจริง", "Actual period"), l.period(p)));
        line(
                out,
                l.pick("สถานะ", "Status"),
                l == ReportLanguage.TH
                        ? project.status().thai()
                        : project.status()
                                .name()
                                .toLowerCase(java.util.Locale.ROOT)
                                .replace('_', ' '));
    }

    private static void line(PrintStream out, String label, String value) {
        out.println(TextColumns.left(label, 16) + value);
    }
}
