package io.github.krongkan.check;

import io.github.krongkan.budget.BudgetAllocation;
import io.github.krongkan.document.Fields;
import io.github.krongkan.project.Project;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code BUDGET_ALLOCATION_MISMATCH} (error): the shares of an allocation (จัดสรร) do not add up to
 * its total, e.g. five school groups of 40,000 against a total of 210,000.
 */
final class BudgetAllocationRule extends BudgetRule {
    BudgetAllocationRule() {
        super(RuleCode.BUDGET_ALLOCATION_MISMATCH);
    }

    @Override
    List<Finding> check(Project project, CurrentBudget current) {
        List<Finding> findings = new ArrayList<>();
        for (Item<BudgetAllocation> item :
                items(current.budget().allocations(), current.path().field(Fields.ALLOCATIONS))) {
            BudgetAllocation allocation = item.value();
            if (allocation.sharesSum().equals(allocation.total())) {
                continue;
            }
            String sum = CurrentBudget.baht(allocation.sharesSum());
            String total = CurrentBudget.baht(allocation.total());
            findings.add(finding(item.field(Fields.TOTAL))
                    .message("Allocation " + item.number() + " states a total of " + total + " baht, but its "
                            + allocation.shares().size() + " shares add up to " + sum)
                    .messageThai("การจัดสรรที่ " + item.number() + " ระบุยอดรวม " + total + " บาท แต่ยอดจัดสรร "
                            + allocation.shares().size() + " ส่วนรวมกันได้ " + sum + " บาท")
                    .expected(allocation.sharesSum().toString())
                    .actual(allocation.total().toString())
                    .build());
        }
        return findings;
    }
}
