package io.github.krongkan.check;

import io.github.krongkan.budget.BudgetAllocation;
import io.github.krongkan.project.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code BUDGET_ALLOCATION_MISMATCH} (error): the shares of an allocation (จัดสรร) do not add up to
 * its total, e.g. five school groups of 40,000 against a total of 210,000.
 */
final class BudgetAllocationRule implements Rule {
    static final String CODE = "BUDGET_ALLOCATION_MISMATCH";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Finding> check(Project project) {
        Optional<CurrentBudget> current = CurrentBudget.of(project);
        if (current.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        List<BudgetAllocation> allocations = current.get().budget().allocations();
        for (int i = 0; i < allocations.size(); i++) {
            BudgetAllocation allocation = allocations.get(i);
            if (allocation.sharesSum().equals(allocation.total())) {
                continue;
            }
            String sum = CurrentBudget.baht(allocation.sharesSum());
            String total = CurrentBudget.baht(allocation.total());
            findings.add(Finding.builder()
                    .code(CODE)
                    .severity(Severity.ERROR)
                    .path(current.get().path() + "/allocations/" + i + "/total")
                    .message("Allocation " + (i + 1) + " states a total of " + total + " baht, but its "
                            + allocation.shares().size() + " shares add up to " + sum)
                    .messageThai("การจัดสรรที่ " + (i + 1) + " ระบุยอดรวม " + total + " บาท แต่ยอดจัดสรร "
                            + allocation.shares().size() + " ส่วนรวมกันได้ " + sum + " บาท")
                    .expected(allocation.sharesSum().toString())
                    .actual(allocation.total().toString())
                    .build());
        }
        return findings;
    }
}
