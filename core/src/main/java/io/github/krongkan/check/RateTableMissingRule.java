package io.github.krongkan.check;

import io.github.krongkan.budget.BudgetLine;
import io.github.krongkan.budget.RateTables;
import io.github.krongkan.document.Fields;
import io.github.krongkan.project.Project;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * {@code BUDGET_RATE_TABLE_MISSING} (info): lines name a {@code rateKind} and a unit cost, but no
 * rate table is in force on the project's date (the date {@code BUDGET_RATE_ABOVE_CEILING} uses: the
 * start of the planned period, else of the actual period, else of the fiscal year), so their unit
 * costs cannot be checked against a ceiling. One finding per project, at the first such line's
 * {@code rateKind}; it says how many lines went unchecked. Projects without such lines, or with a
 * table in force, give nothing.
 */
final class RateTableMissingRule extends BudgetRule {
    private final RateTables tables;

    RateTableMissingRule(RateTables tables) {
        super(RuleCode.BUDGET_RATE_TABLE_MISSING);
        this.tables = Objects.requireNonNull(tables, "tables");
    }

    @Override
    List<Finding> check(Project project, CurrentBudget current) {
        List<Line> kinded = lines(current).stream()
                .filter(l -> {
                    BudgetLine line = l.item().value();
                    return line.rateKind().isPresent() && line.unitCost().isPresent();
                })
                .toList();
        LocalDate date = RateCeilingRule.dateOf(project);
        if (kinded.isEmpty() || tables.inForceOn(date).isPresent()) {
            return List.of();
        }
        Line first = kinded.get(0);
        String kind = first.item().value().rateKind().orElseThrow();
        int count = kinded.size();
        String firstLine = "line " + first.item().number() + " of activity "
                + first.activity().number();
        String firstLineThai = "รายการที่ " + first.item().number() + " ของกิจกรรมที่ "
                + first.activity().number();
        return List.of(finding(first.item().field(Fields.RATE_KIND))
                .message(count + (count == 1 ? " line names" : " lines name") + " a rate kind (the first, " + firstLine
                        + ", " + kind + "), but no rate table is in force on " + date + ", " + whichDate(project)
                        + ", so " + (count == 1 ? "its unit cost is" : "their unit costs are")
                        + " not checked against a ceiling; add the table of the circular in force then"
                        + " (see docs/reference-data.md)")
                .messageThai("ไม่มีตารางอัตราค่าใช้จ่ายที่ใช้บังคับ ณ วันที่ " + date
                        + " จึงไม่ได้ตรวจราคาต่อหน่วยเทียบกับอัตราที่กำหนด " + count + " รายการ (รายการแรก "
                        + firstLineThai + " ประเภทอัตรา " + kind + ")")
                .expected("a rate table in force on " + date)
                .actual("none")
                .build());
    }

    /** Which date of the project {@link RateCeilingRule#dateOf(Project)} took, in words. */
    private static String whichDate(Project project) {
        if (project.plannedPeriod().isPresent()) {
            return "the start of the planned period";
        }
        if (project.actualPeriod().isPresent()) {
            return "the start of the actual period";
        }
        return "the start of fiscal year " + project.fiscalYear().buddhistEraYear();
    }
}
