package io.github.krongkan.check;

import io.github.krongkan.document.Fields;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.Project;
import io.github.krongkan.time.FiscalYear;
import java.util.List;

/**
 * {@code REPORT_OUTSIDE_FISCAL_YEAR} (warning): a progress report is dated outside the project's
 * fiscal year: a slip in the date, or a report filed under the wrong year.
 */
final class ReportOutsideFiscalYearRule extends ReportRule {
    ReportOutsideFiscalYearRule() {
        super(RuleCode.REPORT_OUTSIDE_FISCAL_YEAR);
    }

    @Override
    void check(Project project, Item<ProgressReport> report, List<Finding> findings) {
        FiscalYear year = project.fiscalYear();
        ProgressReport r = report.value();
        if (year.contains(r.date())) {
            return;
        }
        findings.add(finding(report.field(Fields.DATE))
                .message("The report of " + r.date() + " is outside fiscal year " + year.buddhistEraYear() + " ("
                        + year.start() + " to " + year.end() + ")")
                .messageThai("รายงานวันที่ " + r.date() + " อยู่นอกปีงบประมาณ พ.ศ. " + year.buddhistEraYear())
                .expected(year.start() + "/" + year.end())
                .actual(r.date().toString())
                .build());
    }
}
