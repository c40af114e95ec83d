package io.github.krongkan.check;

import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.time.DateReading;

/**
 * {@code REPORT_DATE_AMBIGUOUS} (warning): the date as written of a progress report reads two ways
 * ({@code 11/12/2020}: 11 December or 12 November), and the record took one of them. Worth
 * checking against the neighbouring reports.
 */
final class ReportDateAmbiguousRule extends WrittenDateRule {
    ReportDateAmbiguousRule() {
        super(RuleCode.REPORT_DATE_AMBIGUOUS, DateReading::isAmbiguous);
    }

    @Override
    Finding.Builder describe(Finding.Builder finding, ProgressReport r, String written, DateReading reading) {
        String both = WrittenDates.both(reading);
        return finding.message(
                        "The date \"" + written + "\" reads two ways (" + both + "); the record takes " + r.date())
                .messageThai("วันที่ \"" + written + "\" อ่านได้สองแบบ (" + both + ") บันทึกไว้เป็น " + r.date())
                .expected("one reading")
                .actual(both);
    }
}
