package io.github.krongkan.examples.cli;

import io.github.krongkan.project.Project;
import io.github.krongkan.schedule.ActionPlan;
import io.github.krongkan.schedule.ActionStep;
import io.github.krongkan.schedule.MonthGrid;
import io.github.krongkan.time.FiscalMonth;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The action plan as a month grid, one block per fiscal year with the months ต.ค. … ก.ย. as
 * columns: {@code ■} planned, {@code □} done though not planned, {@code ▣} planned and done. A plan
 * whose steps have no months is drawn over the project's fiscal year with empty cells.
 */
final class ActionPlanSection implements ReportSection {
    private static final int STEP = 5;
    private static final int CELL = 6;

    @Override
    public void render(Project project, ReportLanguage l, PrintStream out) {
        ReportSection.heading(out, l.pick("แผนปฏิบัติการ", "Action plan"));
        if (project.actionPlan().isEmpty() || project.actionPlan().get().steps().isEmpty()) {
            out.println(l.pick("ไม่มีแผนปฏิบัติการ", "no action plan"));
            return;
        }
        ActionPlan plan = project.actionPlan().get();
        MonthGrid grid = plan.grid();
        List<FiscalMonth> months = grid.months();
        if (months.isEmpty()) {
            months = project.fiscalYear().months();
            List<MonthGrid.Row> rows = new ArrayList<>();
            for (ActionStep step : plan.steps()) {
                rows.add(new MonthGrid.Row(
                        step, months.stream().map(m -> MonthGrid.Cell.EMPTY).toList()));
            }
            grid = new MonthGrid(months, rows);
            out.println(l.pick("(ขั้นตอนไม่ระบุเดือน)", "(the steps give no months)"));
        }
        for (int from = 0; from < months.size(); from += 12) {
            StringBuilder head = new StringBuilder(TextColumns.left(l.pick("ขั้น", "step"), STEP));
            for (FiscalMonth month : months.subList(from, from + 12)) {
                head.append(TextColumns.left(l.monthAbbreviation(month), CELL));
            }
            out.println(l.pick("ปีงบประมาณ พ.ศ. ", "Fiscal year ")
                    + months.get(from).fiscalYear().buddhistEraYear());
            out.println(head.toString().stripTrailing());
            for (int r = 0; r < grid.rows().size(); r++) {
                MonthGrid.Row row = grid.rows().get(r);
                StringBuilder line =
                        new StringBuilder(TextColumns.left(row.step().number().orElse(String.valueOf(r + 1)), STEP));
                for (MonthGrid.Cell cell : row.cells().subList(from, from + 12)) {
                    line.append(TextColumns.left(symbol(cell), CELL));
                }
                out.println(line + row.step().description());
            }
        }
        out.println(l.pick(
                "■ ตามแผน  □ ทำจริงนอกแผน  ▣ ตามแผนและทำจริง", "■ planned  □ done, not planned  ▣ planned and done"));
    }

    private static String symbol(MonthGrid.Cell cell) {
        return switch (cell) {
            case PLANNED -> "■";
            case ACTUAL -> "□";
            case PLANNED_AND_ACTUAL -> "▣";
            case EMPTY -> "·";
        };
    }
}
