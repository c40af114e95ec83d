package io.github.krongkan.check;

import io.github.krongkan.budget.BudgetActivity;
import io.github.krongkan.budget.BudgetLine;
import io.github.krongkan.budget.RateCeiling;
import io.github.krongkan.budget.RateTable;
import io.github.krongkan.budget.RateTables;
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
final class RateCeilingRule implements Rule {
    static final String CODE = "BUDGET_RATE_ABOVE_CEILING";

    private final RateTables tables;

    RateCeilingRule(RateTables tables) {
        this.tables = Objects.requireNonNull(tables, "tables");
    }

    @Override
    public String code() {
        return CODE;
    }

    /** The date whose rate table applies to a project. */
    static LocalDate dateOf(Project project) {
        return project.plannedPeriod()
                .map(p -> p.start())
                .or(() -> project.actualPeriod().map(p -> p.start()))
                .orElse(project.fiscalYear().start());
    }

    @Override
    public List<Finding> check(Project project) {
        Optional<CurrentBudget> current = CurrentBudget.of(project);
        if (current.isEmpty()) {
            return List.of();
        }
        Optional<RateTable> table = tables.inForceOn(dateOf(project));
        if (table.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        List<BudgetActivity> activities = current.get().budget().activities();
        for (int a = 0; a < activities.size(); a++) {
            List<BudgetLine> lines = activities.get(a).lines();
            for (int l = 0; l < lines.size(); l++) {
                BudgetLine line = lines.get(l);
                if (line.rateKind().isEmpty() || line.unitCost().isEmpty()) {
                    continue;
                }
                Optional<RateCeiling> ceiling =
                        table.get().ceiling(line.rateKind().get());
                if (ceiling.isEmpty()
                        || !line.unitCost().get().isGreaterThan(ceiling.get().ceiling())) {
                    continue;
                }
                String cost = CurrentBudget.baht(line.unitCost().get());
                String max = CurrentBudget.baht(ceiling.get().ceiling());
                findings.add(Finding.builder()
                        .code(CODE)
                        .severity(Severity.WARNING)
                        .path(current.get().path() + "/activities/" + a + "/lines/" + l + "/unitCost")
                        .message("Line " + (l + 1) + " of activity " + (a + 1) + " costs " + cost
                                + " baht per unit, above the "
                                + line.rateKind().get() + " ceiling of " + max + " baht ("
                                + table.get().source()
                                + ", in force from " + table.get().effectiveFrom() + ")")
                        .messageThai("รายการที่ " + (l + 1) + " ของกิจกรรมที่ " + (a + 1) + " ราคาต่อหน่วย " + cost
                                + " บาท เกินอัตราที่กำหนด " + max + " บาท ("
                                + ceiling.get().description() + " ตาม"
                                + table.get().source() + ")")
                        .expected("<= " + ceiling.get().ceiling())
                        .actual(line.unitCost().get().toString())
                        .build());
            }
        }
        return findings;
    }
}
