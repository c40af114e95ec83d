package io.github.krongkan.check;

import io.github.krongkan.document.Fields;
import io.github.krongkan.money.Baht;
import io.github.krongkan.progress.ProgressHistory;
import io.github.krongkan.project.Project;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code DISBURSED_DECREASED} (warning): the cumulative amount disbursed in a report is lower than
 * in the previous report, in date order, that states one. Money returned is not a negative
 * disbursement; a cumulative disbursement does not go down.
 */
final class DisbursedDecreasedRule extends AbstractRule {
    DisbursedDecreasedRule() {
        super(RuleCode.DISBURSED_DECREASED);
    }

    @Override
    public List<Finding> check(Project project) {
        List<Finding> findings = new ArrayList<>();
        Baht previous = null;
        LocalDate previousDate = null;
        for (ProgressHistory.Entry e : ProgressHistory.of(project).entries()) {
            if (e.report().disbursed().isEmpty()) {
                continue;
            }
            Baht now = e.report().disbursed().get();
            if (previous != null && now.isLessThan(previous)) {
                findings.add(finding(Reports.path(e, Fields.DISBURSED))
                        .message("Cumulative disbursement falls from " + previous.toGroupedString() + " baht on "
                                + previousDate + " to " + now.toGroupedString() + " baht on " + e.date())
                        .messageThai("ยอดเบิกจ่ายสะสมลดลงจาก " + previous.toGroupedString() + " บาท (" + previousDate
                                + ") เป็น " + now.toGroupedString() + " บาท (" + e.date() + ")")
                        .expected("at least " + previous)
                        .actual(now.toString())
                        .build());
            }
            previous = now;
            previousDate = e.date();
        }
        return Reports.inDocumentOrder(findings);
    }
}
