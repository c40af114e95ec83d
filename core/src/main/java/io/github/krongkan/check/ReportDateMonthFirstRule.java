package io.github.krongkan.check;

import io.github.krongkan.document.Fields;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.Project;
import io.github.krongkan.time.DateReading;
import java.util.List;
import java.util.Optional;

/**
 * {@code REPORT_DATE_MONTH_FIRST} (warning): the date as written of a progress report reads only
 * month first ({@code 11/29/2020}). Thai documents write the day first, so such a date is usually
 * a slip of some software, and its neighbours may have been read the wrong way round.
 */
final class ReportDateMonthFirstRule extends ReportRule {
    ReportDateMonthFirstRule() {
        super(RuleCode.REPORT_DATE_MONTH_FIRST);
    }

    @Override
    void check(Project project, Item<ProgressReport> report, List<Finding> findings) {
        ProgressReport r = report.value();
        Optional<DateReading> reading = WrittenDates.agreeing(r).filter(DateReading::isMonthFirst);
        if (reading.isEmpty()) {
            return;
        }
        String written = r.dateAsWritten().get();
        findings.add(finding(report.field(Fields.DATE_AS_WRITTEN))
                .message("The date \"" + written + "\" is written month first (read as " + r.date()
                        + "); Thai documents write the day first")
                .messageThai("วันที่ \"" + written + "\" เขียนเดือนก่อนวัน (อ่านเป็น " + r.date()
                        + ") ซึ่งเอกสารไทยเขียนวันก่อนเดือน")
                .expected("day/month/year")
                .actual("month/day/year")
                .build());
    }
}
