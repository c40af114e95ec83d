package io.github.krongkan.check;

import io.github.krongkan.budget.BudgetActivity;
import io.github.krongkan.budget.BudgetLine;
import io.github.krongkan.document.Fields;
import io.github.krongkan.project.Project;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code BUDGET_LINE_ARITHMETIC_MISMATCH} (error): a line's stated amount is not its unit cost times
 * its quantity factors, e.g. seed 004's {@code 200 ชุด ชุดละ 80 บาท เป็นเงิน 13,000 บาท} (16,000).
 */
final class BudgetLineArithmeticRule extends BudgetRule {
    BudgetLineArithmeticRule() {
        super(RuleCode.BUDGET_LINE_ARITHMETIC_MISMATCH);
    }

    @Override
    List<Finding> check(Project project, CurrentBudget current) {
        List<Finding> findings = new ArrayList<>();
        for (Line at : lines(current)) {
            Item<BudgetActivity> activity = at.activity();
            Item<BudgetLine> item = at.item();
            BudgetLine line = item.value();
            if (!line.hasArithmeticError()) {
                continue;
            }
            String computed = CurrentBudget.baht(line.computedAmount().orElseThrow());
            String stated = CurrentBudget.baht(line.statedAmount().orElseThrow());
            String name = line.item().map(i -> " (" + i + ")").orElse("");
            findings.add(finding(item.field(Fields.STATED_AMOUNT))
                    .message("Line " + item.number() + " of activity " + activity.number() + name + " states " + stated
                            + " baht, but " + line.formula() + " = " + computed + " baht")
                    .messageThai("รายการที่ " + item.number() + " ของกิจกรรมที่ " + activity.number() + name
                            + " เขียนไว้ " + stated + " บาท แต่ " + line.formula() + " = " + computed + " บาท")
                    .expected(line.computedAmount().orElseThrow().toString())
                    .actual(line.statedAmount().orElseThrow().toString())
                    .build());
        }
        return findings;
    }
}
