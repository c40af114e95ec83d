package io.github.krongkan.check;

import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code REPORT_OUTSIDE_PROJECT_PERIOD} (info): a progress report is dated before the project
 * starts or after it ends, taking the earliest start and the latest end of the planned and the
 * actual period. Monthly tracking often runs through the whole fiscal year, so this is worth
 * knowing rather than wrong.
 */
final class ReportOutsideProjectPeriodRule implements Rule {
    static final String CODE = "REPORT_OUTSIDE_PROJECT_PERIOD";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Finding> check(Project project) {
        List<ProjectPeriod> periods = Stream.of(project.plannedPeriod(), project.actualPeriod())
                .flatMap(Optional::stream)
                .toList();
        if (periods.isEmpty()) {
            return List.of();
        }
        LocalDate start = periods.stream()
                .map(ProjectPeriod::start)
                .min(LocalDate::compareTo)
                .orElseThrow();
        LocalDate end = periods.stream()
                .map(ProjectPeriod::end)
                .max(LocalDate::compareTo)
                .orElseThrow();
        List<Finding> findings = new ArrayList<>();
        List<ProgressReport> reports = project.progressReports();
        for (int i = 0; i < reports.size(); i++) {
            LocalDate date = reports.get(i).date();
            if (!date.isBefore(start) && !date.isAfter(end)) {
                continue;
            }
            boolean before = date.isBefore(start);
            findings.add(Finding.builder()
                    .code(CODE)
                    .severity(Severity.INFO)
                    .path("/progressReports/" + i + "/date")
                    .message("The report of " + date + " is "
                            + (before
                                    ? "before the project starts (" + start + ")"
                                    : "after the project ends (" + end + ")"))
                    .messageThai("รายงานวันที่ " + date
                            + (before
                                    ? " อยู่ก่อนเริ่มโครงการ (" + start + ")"
                                    : " อยู่หลังสิ้นสุดโครงการ (" + end + ")"))
                    .expected(start + "/" + end)
                    .actual(date.toString())
                    .build());
        }
        return findings;
    }
}
