package io.github.krongkan.check;

import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.document.Fields;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectPeriod;
import io.github.krongkan.time.FiscalYear;
import java.util.List;

/**
 * {@code PERIOD_OUTSIDE_FISCAL_YEAR} (warning): the planned period does not lie within the project's
 * fiscal year. A project of FY 2569 runs between 1 October 2025 and 30 September 2026.
 */
final class PeriodOutsideFiscalYearRule extends AbstractRule {
    PeriodOutsideFiscalYearRule() {
        super(RuleCode.PERIOD_OUTSIDE_FISCAL_YEAR);
    }

    @Override
    public List<Finding> check(Project project) {
        if (project.plannedPeriod().isEmpty()) {
            return List.of();
        }
        ProjectPeriod planned = project.plannedPeriod().get();
        FiscalYear year = project.fiscalYear();
        if (year.contains(planned.start()) && year.contains(planned.end())) {
            return List.of();
        }
        return List.of(finding(DocumentPath.root().field(Fields.PLANNED_PERIOD))
                .message("Planned period " + planned.start() + " to " + planned.end() + " is not within fiscal year "
                        + year.buddhistEraYear() + " (" + year.start() + " to " + year.end() + ")")
                .messageThai("ระยะเวลาดำเนินการไม่อยู่ในปีงบประมาณ พ.ศ. " + year.buddhistEraYear())
                .expected(year.start() + "/" + year.end())
                .actual(planned.start() + "/" + planned.end())
                .build());
    }
}
