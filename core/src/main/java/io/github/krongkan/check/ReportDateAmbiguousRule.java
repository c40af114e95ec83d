package io.github.krongkan.check;

import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.Project;
import io.github.krongkan.time.DateReading;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code REPORT_DATE_AMBIGUOUS} (warning): the date as written of a progress report reads two ways
 * ({@code 11/12/2020}: 11 December or 12 November), and the record took one of them. Worth
 * checking against the neighbouring reports.
 */
final class ReportDateAmbiguousRule implements Rule {
    static final String CODE = "REPORT_DATE_AMBIGUOUS";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Finding> check(Project project) {
        List<Finding> findings = new ArrayList<>();
        List<ProgressReport> reports = project.progressReports();
        for (int i = 0; i < reports.size(); i++) {
            ProgressReport r = reports.get(i);
            Optional<DateReading> reading = r.dateAsWrittenReading();
            if (reading.isEmpty() || !reading.get().isAmbiguous() || !WrittenDates.agrees(r, reading.get())) {
                continue;
            }
            String written = r.dateAsWritten().get();
            String both = reading.get().candidates().get(0) + " or "
                    + reading.get().candidates().get(1);
            findings.add(Finding.builder()
                    .code(CODE)
                    .severity(Severity.WARNING)
                    .path("/progressReports/" + i + "/dateAsWritten")
                    .message("The date \"" + written + "\" reads two ways (" + both + "); the record takes " + r.date())
                    .messageThai("วันที่ \"" + written + "\" อ่านได้สองแบบ (" + both + ") บันทึกไว้เป็น " + r.date())
                    .expected("one reading")
                    .actual(both)
                    .build());
        }
        return findings;
    }
}
