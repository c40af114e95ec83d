package io.github.krongkan.check;

import io.github.krongkan.document.Fields;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.Project;
import io.github.krongkan.time.DateReading;
import java.util.List;
import java.util.Optional;

/**
 * {@code REPORT_DATE_AMBIGUOUS} (warning): the date as written of a progress report reads two ways
 * ({@code 11/12/2020}: 11 December or 12 November), and the record took one of them. Worth
 * checking against the neighbouring reports.
 */
final class ReportDateAmbiguousRule extends ReportRule {
    ReportDateAmbiguousRule() {
        super(RuleCode.REPORT_DATE_AMBIGUOUS);
    }

    @Override
    void check(Project project, Item<ProgressReport> report, List<Finding> findings) {
        ProgressReport r = report.value();
        Optional<DateReading> reading = WrittenDates.agreeing(r).filter(DateReading::isAmbiguous);
        if (reading.isEmpty()) {
            return;
        }
        String written = r.dateAsWritten().get();
        String both = WrittenDates.both(reading.get());
        findings.add(finding(report.field(Fields.DATE_AS_WRITTEN))
                .message("The date \"" + written + "\" reads two ways (" + both + "); the record takes " + r.date())
                .messageThai("วันที่ \"" + written + "\" อ่านได้สองแบบ (" + both + ") บันทึกไว้เป็น " + r.date())
                .expected("one reading")
                .actual(both)
                .build());
    }
}
