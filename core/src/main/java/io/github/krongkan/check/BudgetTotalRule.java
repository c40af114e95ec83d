package io.github.krongkan.check;

import io.github.krongkan.budget.Budget;
import io.github.krongkan.document.Fields;
import io.github.krongkan.money.Baht;
import io.github.krongkan.project.Project;
import java.util.List;

/**
 * {@code BUDGET_TOTAL_MISMATCH} (error): the budget's stated total is not the sum of its activities
 * as written (each stated subtotal, or else its lines as written). Errors inside an activity are
 * reported by the line and subtotal rules, not again here.
 */
final class BudgetTotalRule extends BudgetRule {
    BudgetTotalRule() {
        super(RuleCode.BUDGET_TOTAL_MISMATCH);
    }

    @Override
    List<Finding> check(Project project, CurrentBudget current) {
        if (current.budget().statedTotal().isEmpty()
                || current.budget().activities().isEmpty()) {
            return List.of();
        }
        Budget budget = current.budget();
        Baht stated = budget.statedTotal().get();
        Baht written = budget.writtenActivitySum();
        if (stated.equals(written)) {
            return List.of();
        }
        String s = CurrentBudget.baht(stated);
        String w = CurrentBudget.baht(written);
        return List.of(finding(current.path().field(Fields.STATED_TOTAL))
                .message("The budget states a total of " + s + " baht, but its activities as written add up to " + w
                        + " (as computed: " + CurrentBudget.baht(budget.amount()) + ")")
                .messageThai("งบประมาณเขียนยอดรวมไว้ " + s + " บาท แต่กิจกรรมรวมกันได้ " + w + " บาท")
                .expected(written.toString())
                .actual(stated.toString())
                .build());
    }
}
