package io.github.krongkan.check;

import io.github.krongkan.document.Fields;
import io.github.krongkan.progress.ProgressHistory;
import io.github.krongkan.project.Project;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code PROGRESS_DECREASED} (warning): the cumulative progress of a report is lower than that of
 * the report before it in date order. Cumulative progress does not go backwards; either a report
 * is wrong or the work was re-estimated without saying so.
 */
final class ProgressDecreasedRule extends AbstractRule {
    ProgressDecreasedRule() {
        super(RuleCode.PROGRESS_DECREASED);
    }

    @Override
    public List<Finding> check(Project project) {
        List<ProgressHistory.Entry> entries = ProgressHistory.of(project).entries();
        List<Finding> findings = new ArrayList<>();
        for (int i = 1; i < entries.size(); i++) {
            ProgressHistory.Entry before = entries.get(i - 1);
            ProgressHistory.Entry now = entries.get(i);
            if (now.report().progress().compareTo(before.report().progress()) >= 0) {
                continue;
            }
            String from = Reports.percent(before.report().progress());
            String to = Reports.percent(now.report().progress());
            findings.add(finding(Reports.path(now, Fields.PROGRESS))
                    .message("Cumulative progress falls from " + from + " % on " + before.date() + " to " + to
                            + " % on " + now.date())
                    .messageThai("ความก้าวหน้าสะสมลดลงจากร้อยละ " + from + " (" + before.date() + ") เป็นร้อยละ " + to
                            + " (" + now.date() + ")")
                    .expected("at least " + from)
                    .actual(to)
                    .build());
        }
        return Reports.inDocumentOrder(findings);
    }
}
