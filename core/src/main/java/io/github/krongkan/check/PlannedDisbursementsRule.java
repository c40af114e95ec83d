package io.github.krongkan.check;

import io.github.krongkan.budget.Budget;
import io.github.krongkan.document.Fields;
import io.github.krongkan.money.Baht;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectPeriod;
import java.util.List;

/**
 * {@code PLANNED_DISBURSEMENTS_MISMATCH} (warning): the planned monthly disbursements
 * (แผนการใช้จ่ายงบประมาณ) add up to more than the budget's written total, or to less while the
 * project lies within its fiscal year. A plan that falls short is accepted for a project whose
 * planned period runs beyond its fiscal year: the plan of one year covers only that year's part.
 * Budgets without a plan or without a written total are not checked.
 */
final class PlannedDisbursementsRule extends BudgetRule {
    PlannedDisbursementsRule() {
        super(RuleCode.PLANNED_DISBURSEMENTS_MISMATCH);
    }

    @Override
    List<Finding> check(Project project, CurrentBudget current) {
        Budget budget = current.budget();
        Baht total = budget.writtenAmount();
        if (budget.plannedDisbursements().isEmpty() || total.signum() == 0) {
            return List.of();
        }
        Baht planned = budget.plannedTotal();
        int compared = planned.compareTo(total);
        if (compared == 0 || (compared < 0 && spansYears(project))) {
            return List.of();
        }
        String plannedText = CurrentBudget.baht(planned);
        String totalText = CurrentBudget.baht(total);
        boolean above = compared > 0;
        return List.of(finding(current.path().field(Fields.PLANNED_DISBURSEMENTS))
                .message("The planned monthly disbursements add up to " + plannedText + " baht, "
                        + (above ? "more" : "less") + " than the budget of " + totalText + " baht")
                .messageThai("แผนการใช้จ่ายงบประมาณรายเดือนรวม " + plannedText + " บาท "
                        + (above ? "มากกว่า" : "น้อยกว่า") + "งบประมาณ " + totalText + " บาท")
                .expected(total.toString())
                .actual(planned.toString())
                .build());
    }

    private static boolean spansYears(Project project) {
        if (project.plannedPeriod().isEmpty()) {
            return false;
        }
        ProjectPeriod period = project.plannedPeriod().get();
        return !project.fiscalYear().contains(period.start())
                || !project.fiscalYear().contains(period.end());
    }
}
