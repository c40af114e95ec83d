package io.github.krongkan.check;

import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.BudgetSource;
import io.github.krongkan.document.Fields;
import io.github.krongkan.money.Baht;
import io.github.krongkan.project.Project;
import java.util.List;

/**
 * {@code FUNDING_SOURCES_MISMATCH} (error): the amounts of the funding sources (แหล่งงบประมาณ) do
 * not add up to the budget's written total ({@link Budget#writtenAmount()}). A source with a blank
 * amount is not zero: while any amount is blank, only a sum of the given amounts above the total
 * is reported. Budgets without a written total, or without a source amount, are not checked.
 */
final class FundingSourcesRule extends BudgetRule {
    FundingSourcesRule() {
        super(RuleCode.FUNDING_SOURCES_MISMATCH);
    }

    @Override
    List<Finding> check(Project project, CurrentBudget current) {
        Budget budget = current.budget();
        List<BudgetSource> sources = budget.fundingSources();
        Baht total = budget.writtenAmount();
        if (total.signum() == 0 || sources.stream().allMatch(s -> s.amount().isEmpty())) {
            return List.of();
        }
        boolean complete = sources.stream().allMatch(s -> s.amount().isPresent());
        Baht sum = budget.fundingSourcesTotal();
        int compared = sum.compareTo(total);
        if (compared == 0 || (!complete && compared < 0)) {
            return List.of();
        }
        String sumText = CurrentBudget.baht(sum);
        String totalText = CurrentBudget.baht(total);
        String blank = complete ? "" : " (sources with a blank amount left out)";
        String blankThai = complete ? "" : " (ไม่นับแหล่งที่ไม่ระบุจำนวนเงิน)";
        return List.of(finding(current.path().field(Fields.FUNDING_SOURCES))
                .message("The funding sources add up to " + sumText + " baht" + blank + ", but the budget is "
                        + totalText + " baht")
                .messageThai("แหล่งงบประมาณรวมกันได้ " + sumText + " บาท" + blankThai + " แต่งบประมาณรวม " + totalText
                        + " บาท")
                .expected(total.toString())
                .actual(sum.toString())
                .build());
    }
}
