package io.github.krongkan.check;

import io.github.krongkan.document.Fields;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.Project;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code PROGRESS_OUT_OF_RANGE} (error): a report gives a cumulative progress above 100 % or
 * below 0 %.
 */
final class ProgressOutOfRangeRule extends ReportRule {
    ProgressOutOfRangeRule() {
        super(RuleCode.PROGRESS_OUT_OF_RANGE);
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    void check(Project project, Item<ProgressReport> report, List<Finding> findings) {
        ProgressReport r = report.value();
        BigDecimal p = r.progress();
        if (p.signum() >= 0 && p.compareTo(HUNDRED) <= 0) {
            return;
        }
        findings.add(finding(report.field(Fields.PROGRESS))
                .message("The report of " + r.date() + " gives a progress of " + Reports.percent(p)
                        + " %, outside 0 to 100 %")
                .messageThai("รายงานวันที่ " + r.date() + " ระบุความก้าวหน้าร้อยละ " + Reports.percent(p)
                        + " ซึ่งอยู่นอกช่วง 0–100")
                .expected("0 to 100")
                .actual(Reports.percent(p))
                .build());
    }
}
