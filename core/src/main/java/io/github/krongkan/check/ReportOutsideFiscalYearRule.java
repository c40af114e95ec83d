package io.github.krongkan.check;

import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.Project;
import io.github.krongkan.time.FiscalYear;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code REPORT_OUTSIDE_FISCAL_YEAR} (warning): a progress report is dated outside the project's
 * fiscal year: a slip in the date, or a report filed under the wrong year.
 */
final class ReportOutsideFiscalYearRule implements Rule {
    static final String CODE = "REPORT_OUTSIDE_FISCAL_YEAR";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Finding> check(Project project) {
        FiscalYear year = project.fiscalYear();
        List<Finding> findings = new ArrayList<>();
        List<ProgressReport> reports = project.progressReports();
        for (int i = 0; i < reports.size(); i++) {
            ProgressReport r = reports.get(i);
            if (year.contains(r.date())) {
                continue;
            }
            findings.add(Finding.builder()
                    .code(CODE)
                    .severity(Severity.WARNING)
                    .path("/progressReports/" + i + "/date")
                    .message("The report of " + r.date() + " is outside fiscal year " + year.buddhistEraYear() + " ("
                            + year.start() + " to " + year.end() + ")")
                    .messageThai("รายงานวันที่ " + r.date() + " อยู่นอกปีงบประมาณ พ.ศ. " + year.buddhistEraYear())
                    .expected(year.start() + "/" + year.end())
                    .actual(r.date().toString())
                    .build());
        }
        return findings;
    }
}
