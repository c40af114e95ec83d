package io.github.krongkan.check;

import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.Ledger;
import io.github.krongkan.document.Fields;
import io.github.krongkan.money.Baht;
import io.github.krongkan.progress.ProgressBaseline;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code DISBURSED_ABOVE_BUDGET} (error): a progress report gives a cumulative disbursement above
 * the money allocated to the project ({@link ProgressBaseline#allocatedBudget(Project)}: received,
 * or else allocated to networks, or else budgeted). More cannot have been paid out than there was.
 *
 * <p>When no money received is recorded and the allocations cover only part of the written budget
 * (seed 003: five groups of 40,000 baht allocated, 14,650 baht kept by the office, 214,650 written),
 * the ceiling is the written budget: spending all of it is no overspend.
 */
final class DisbursedAboveBudgetRule extends AbstractRule {
    DisbursedAboveBudgetRule() {
        super(RuleCode.DISBURSED_ABOVE_BUDGET);
    }

    @Override
    public List<Finding> check(Project project) {
        Optional<Baht> allocated = ProgressBaseline.allocatedBudget(project);
        if (allocated.isEmpty()) {
            return List.of();
        }
        Baht budget = ceiling(project, allocated.get());
        List<Finding> findings = new ArrayList<>();
        for (Item<ProgressReport> report : items(project.progressReports(), Reports.reports())) {
            ProgressReport r = report.value();
            if (r.disbursed().isEmpty() || !r.disbursed().get().isGreaterThan(budget)) {
                continue;
            }
            Baht disbursed = r.disbursed().get();
            findings.add(finding(report.field(Fields.DISBURSED))
                    .message("The report of " + r.date() + " gives " + disbursed.toGroupedString()
                            + " baht disbursed, more than the " + budget.toGroupedString() + " baht allocated")
                    .messageThai("รายงานวันที่ " + r.date() + " ระบุยอดเบิกจ่าย " + disbursed.toGroupedString()
                            + " บาท เกินงบประมาณที่ได้รับจัดสรร " + budget.toGroupedString() + " บาท")
                    .expected("at most " + budget)
                    .actual(disbursed.toString())
                    .build());
        }
        return findings;
    }

    /**
     * The most that can have been disbursed: the allocated budget, or the written budget when that is
     * larger and the allocated amount is not money recorded as received.
     */
    private static Baht ceiling(Project project, Baht allocated) {
        boolean receivedRecorded = project.ledger()
                        .map(Ledger::received)
                        .filter(b -> b.signum() > 0)
                        .isPresent()
                || project.currentBudget()
                        .flatMap(Budget::receivedAmount)
                        .filter(b -> b.signum() > 0)
                        .isPresent();
        if (receivedRecorded) {
            return allocated;
        }
        Baht written = project.currentBudget().map(Budget::writtenAmount).orElse(Baht.ZERO);
        return written.isGreaterThan(allocated) ? written : allocated;
    }
}
