package io.github.krongkan.check;

import io.github.krongkan.document.Fields;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.Project;
import io.github.krongkan.text.ThaiParseException;
import io.github.krongkan.time.DateReading;
import io.github.krongkan.time.ThaiDates;
import java.util.List;

/**
 * {@code REPORT_DATE_MISMATCH} (warning): the date as written of a progress report cannot be read
 * ({@link ThaiDates#read(CharSequence)}), or reads as another date than the report's date (for an
 * ambiguous date: as neither of its two readings).
 */
final class ReportDateMismatchRule extends ReportRule {
    ReportDateMismatchRule() {
        super(RuleCode.REPORT_DATE_MISMATCH);
    }

    @Override
    void check(Project project, Item<ProgressReport> report, List<Finding> findings) {
        ProgressReport r = report.value();
        if (r.dateAsWritten().isEmpty()) {
            return;
        }
        String written = r.dateAsWritten().get();
        String reads;
        try {
            DateReading reading = WrittenDates.read(r);
            if (WrittenDates.agrees(r, reading)) {
                return;
            }
            reads = reading.isAmbiguous()
                    ? WrittenDates.both(reading)
                    : reading.date().toString();
        } catch (ThaiParseException e) {
            findings.add(finding(report.field(Fields.DATE_AS_WRITTEN))
                    .message("The date as written \"" + written + "\" of the report of " + r.date()
                            + " cannot be read as a date: " + e.getMessage())
                    .messageThai("อ่านวันที่ \"" + written + "\" ของรายงานวันที่ " + r.date() + " ไม่ได้")
                    .expected(r.date().toString())
                    .actual(written)
                    .build());
            return;
        }
        findings.add(finding(report.field(Fields.DATE_AS_WRITTEN))
                .message("The date as written \"" + written + "\" reads as " + reads + ", not as the report's date "
                        + r.date())
                .messageThai("วันที่ตามต้นฉบับ \"" + written + "\" อ่านได้เป็น " + reads + " ไม่ตรงกับวันที่รายงาน "
                        + r.date())
                .expected(r.date().toString())
                .actual(reads)
                .build());
    }
}
