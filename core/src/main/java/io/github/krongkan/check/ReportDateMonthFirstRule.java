package io.github.krongkan.check;

import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.time.DateReading;

/**
 * {@code REPORT_DATE_MONTH_FIRST} (warning): the date as written of a progress report reads only
 * month first ({@code 11/29/2020}). Thai documents write the day first, so such a date is usually
 * a slip of some software, and its neighbours may have been read the wrong way round.
 */
final class ReportDateMonthFirstRule extends WrittenDateRule {
    ReportDateMonthFirstRule() {
        super(RuleCode.REPORT_DATE_MONTH_FIRST, DateReading::isMonthFirst);
    }

    @Override
    Finding.Builder describe(Finding.Builder finding, ProgressReport r, String written, DateReading reading) {
        return finding.message("The date \"" + written + "\" is written month first (read as " + r.date()
                        + "); Thai documents write the day first")
                .messageThai("วันที่ \"" + written + "\" เขียนเดือนก่อนวัน (อ่านเป็น " + r.date()
                        + ") ซึ่งเอกสารไทยเขียนวันก่อนเดือน")
                .expected("day/month/year")
                .actual("month/day/year");
    }
}
