package io.github.krongkan.check;

import io.github.krongkan.progress.ProgressHistory;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.Project;
import java.util.List;

/**
 * {@code REPORTS_NOT_IN_DATE_ORDER} (info): the document does not list its progress reports
 * oldest first, e.g. a tracking system that lists the newest first. Nothing is wrong with that,
 * but whoever reads the document in order reads the story backwards; krongkan puts the reports in
 * date order for every other rule ({@link ProgressHistory}).
 */
final class ReportsNotInDateOrderRule extends AbstractRule {
    ReportsNotInDateOrderRule() {
        super(RuleCode.REPORTS_NOT_IN_DATE_ORDER);
    }

    @Override
    public List<Finding> check(Project project) {
        ProgressHistory history = ProgressHistory.of(project);
        if (history.isDocumentOrderChronological()) {
            return List.of();
        }
        List<ProgressReport> reports = project.progressReports();
        boolean newestFirst = true;
        int firstBreak = -1;
        for (int i = 1; i < reports.size(); i++) {
            int c = reports.get(i).date().compareTo(reports.get(i - 1).date());
            if (c > 0) {
                newestFirst = false;
            }
            if (c < 0 && firstBreak < 0) {
                firstBreak = i;
            }
        }
        Finding.Builder f = finding(Reports.reports()).expected("oldest first");
        if (newestFirst) {
            return List.of(f.message("The progress reports are listed newest first")
                    .messageThai("รายงานความก้าวหน้าเรียงจากใหม่ไปเก่า")
                    .actual("newest first")
                    .build());
        }
        ProgressReport later = reports.get(firstBreak);
        ProgressReport earlier = reports.get(firstBreak - 1);
        return List.of(f.message("The progress reports are not listed in date order: the report of " + later.date()
                        + " comes after the report of " + earlier.date())
                .messageThai("รายงานความก้าวหน้าไม่เรียงตามวันที่: รายงานวันที่ " + later.date()
                        + " อยู่หลังรายงานวันที่ " + earlier.date())
                .actual("not in date order")
                .build());
    }
}
