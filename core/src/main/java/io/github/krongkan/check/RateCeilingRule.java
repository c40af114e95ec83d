package io.github.krongkan.check;

import io.github.krongkan.budget.BudgetActivity;
import io.github.krongkan.budget.BudgetLine;
import io.github.krongkan.budget.RateCeiling;
import io.github.krongkan.budget.RateTable;
import io.github.krongkan.budget.RateTables;
import io.github.krongkan.document.Fields;
import io.github.krongkan.project.Project;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code BUDGET_RATE_ABOVE_CEILING} (warning): a line's unit cost is above the ceiling for its
 * {@code rateKind} in the rate table in force at the project's date (the start of the planned
 * period, else of the actual period, else of the fiscal year). Lines without a rate kind, lump sums,
 * and kinds the table does not list are not checked.
 */
final class RateCeilingRule extends BudgetRule {
    private final RateTables tables;

    RateCeilingRule(RateTables tables) {
        super(RuleCode.BUDGET_RATE_ABOVE_CEILING);
        this.tables = Objects.requireNonNull(tables, "tables");
    }

    /** The date whose rate table applies to a project. */
    static LocalDate dateOf(Project project) {
        return project.plannedPeriod()
                .map(p -> p.start())
                .or(() -> project.actualPeriod().map(p -> p.start()))
                .orElse(project.fiscalYear().start());
    }

    @Override
    List<Finding> check(Project project, CurrentBudget current) {
        Optional<RateTable> table = tables.inForceOn(dateOf(project));
        if (table.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (Line at : lines(current)) {
            Item<BudgetActivity> activity = at.activity();
            Item<BudgetLine> item = at.item();
            BudgetLine line = item.value();
            if (line.rateKind().isEmpty() || line.unitCost().isEmpty()) {
                continue;
            }
            Optional<RateCeiling> ceiling = table.get().ceiling(line.rateKind().get());
            if (ceiling.isEmpty()
                    || !line.unitCost().get().isGreaterThan(ceiling.get().ceiling())) {
                continue;
            }
            String cost = CurrentBudget.baht(line.unitCost().get());
            String max = CurrentBudget.baht(ceiling.get().ceiling());
            findings.add(finding(item.field(Fields.UNIT_COST))
                    .message("Line " + item.number() + " of activity " + activity.number() + " costs " + cost
                            + " baht per unit, above the "
                            + line.rateKind().get() + " ceiling of " + max + " baht ("
                            + table.get().source()
                            + ", in force from " + table.get().effectiveFrom() + ")")
                    .messageThai("รายการที่ " + item.number() + " ของกิจกรรมที่ " + activity.number()
                            + " ราคาต่อหน่วย " + cost
                            + " บาท เกินอัตราที่กำหนด " + max + " บาท ("
                            + ceiling.get().description() + " ตาม"
                            + table.get().source() + ")")
                    .expected("<= " + ceiling.get().ceiling())
                    .actual(line.unitCost().get().toString())
                    .build());
        }
        return findings;
    }
}
