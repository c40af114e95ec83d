package io.github.krongkan.check;

import io.github.krongkan.document.Fields;
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
final class ReportOutsideProjectPeriodRule extends AbstractRule {
    ReportOutsideProjectPeriodRule() {
        super(RuleCode.REPORT_OUTSIDE_PROJECT_PERIOD);
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
        for (Item<ProgressReport> report : items(project.progressReports(), Reports.reports())) {
            LocalDate date = report.value().date();
            if (!date.isBefore(start) && !date.isAfter(end)) {
                continue;
            }
            boolean before = date.isBefore(start);
            findings.add(finding(report.field(Fields.DATE))
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
