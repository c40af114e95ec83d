package io.github.krongkan.check;

import io.github.krongkan.progress.ProgressHistory;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code REPORT_AFTER_CANCELLATION} (warning): progress reports continue after a report cancelled
 * the project (ยกเลิก). A cancelled project has nothing left to report on, unless a later report
 * takes it up again (a status change other than cancelled), after which reports are expected
 * again. Reports dated on the day of the cancellation are not reported.
 */
final class ReportAfterCancellationRule extends AbstractRule {
    ReportAfterCancellationRule() {
        super(RuleCode.REPORT_AFTER_CANCELLATION);
    }

    @Override
    public List<Finding> check(Project project) {
        List<Finding> findings = new ArrayList<>();
        LocalDate cancelled = null;
        for (ProgressHistory.Entry e : ProgressHistory.of(project).entries()) {
            var change = e.report().statusChange();
            boolean resumes = change.isPresent() && change.get() != ProjectStatus.CANCELLED;
            if (cancelled != null && e.date().isAfter(cancelled) && !resumes) {
                findings.add(finding(Reports.path(e))
                        .message("A progress report of " + e.date() + " follows the cancellation of the project on "
                                + cancelled)
                        .messageThai("มีรายงานความก้าวหน้าวันที่ " + e.date() + " หลังยกเลิกโครงการเมื่อ " + cancelled)
                        .expected("no report after " + cancelled)
                        .actual(e.date().toString())
                        .build());
            }
            if (change.isPresent()) {
                if (change.get() == ProjectStatus.CANCELLED) {
                    if (cancelled == null) {
                        cancelled = e.date();
                    }
                } else {
                    cancelled = null;
                }
            }
        }
        return Reports.inDocumentOrder(findings);
    }
}
