package io.github.krongkan.check;

import io.github.krongkan.budget.Ledger;
import io.github.krongkan.money.Baht;
import io.github.krongkan.progress.ProgressBaseline;
import io.github.krongkan.progress.ProgressHistory;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.Project;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * {@code COMPLETE_WITHOUT_DISBURSEMENT} (warning): a report gives 100 % progress (or more) while
 * nothing has been disbursed, although money was allocated to the project
 * ({@link ProgressBaseline#allocatedBudget(Project)}). Either the work was done without the money,
 * or the money went back and the work was not done as reported. "Nothing disbursed" is the
 * report's own disbursed amount of zero, or, when the report gives none, a ledger without any
 * disbursement. Reported once, at the first such report in date order. Seed 001: 100 % on
 * 27 September 2021, 0 baht disbursed, 4 networks × 90,000 baht allocated.
 */
final class CompleteWithoutDisbursementRule extends AbstractRule {
    CompleteWithoutDisbursementRule() {
        super(RuleCode.COMPLETE_WITHOUT_DISBURSEMENT);
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public List<Finding> check(Project project) {
        Optional<Baht> allocated = ProgressBaseline.allocatedBudget(project);
        if (allocated.isEmpty()) {
            return List.of();
        }
        for (ProgressHistory.Entry e : ProgressHistory.of(project).entries()) {
            ProgressReport r = e.report();
            if (r.progress().compareTo(HUNDRED) < 0 || !nothingDisbursed(r, project.ledger())) {
                continue;
            }
            String budget = allocated.get().toGroupedString();
            return List.of(finding(Reports.path(e))
                    .message("The report of " + e.date() + " gives " + Reports.percent(r.progress())
                            + " % progress, but nothing has been disbursed of the " + budget + " baht allocated")
                    .messageThai("รายงานวันที่ " + e.date() + " ระบุความก้าวหน้าร้อยละ " + Reports.percent(r.progress())
                            + " แต่ยังไม่มีการเบิกจ่ายจากงบประมาณที่ได้รับจัดสรร " + budget + " บาท")
                    .expected("more than 0.00 of the " + allocated.get() + " allocated")
                    .actual(r.disbursed().orElse(Baht.ZERO).toString())
                    .build());
        }
        return List.of();
    }

    private static boolean nothingDisbursed(ProgressReport report, Optional<Ledger> ledger) {
        if (report.disbursed().isPresent()) {
            return report.disbursed().get().signum() == 0;
        }
        return ledger.isPresent() && ledger.get().disbursed().signum() == 0;
    }
}
