package io.github.krongkan.check;

import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectPeriod;
import io.github.krongkan.schedule.ActionStep;
import io.github.krongkan.time.FiscalMonth;
import io.github.krongkan.time.FiscalYear;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * {@code STEP_OUTSIDE_FISCAL_YEAR} (warning): where the document states no period to compare a
 * step's months with, an action step is planned or done in a month outside the project's fiscal
 * year. Planned months are compared only when there is no planned period, actual months only when
 * there is no actual period, and an actual month within the planned period is fine: a project that
 * spans years says so in its period, and its steps are then compared with the period by {@code
 * STEP_OUTSIDE_PROJECT_PERIOD}.
 */
final class StepOutsideFiscalYearRule extends AbstractRule {
    StepOutsideFiscalYearRule() {
        super(RuleCode.STEP_OUTSIDE_FISCAL_YEAR);
    }

    @Override
    public List<Finding> check(Project project) {
        if (project.actionPlan().isEmpty()) {
            return List.of();
        }
        FiscalYear year = project.fiscalYear();
        Optional<ProjectPeriod> planned = project.plannedPeriod();
        List<Finding> findings = new ArrayList<>();
        for (Item<ActionStep> step : items(project.actionPlan().get().steps(), StepMonths.steps())) {
            if (planned.isEmpty()) {
                compare(step, StepMonths.Kind.PLANNED, year, m -> year.equals(m.fiscalYear()), findings);
            }
            if (project.actualPeriod().isEmpty()) {
                compare(
                        step,
                        StepMonths.Kind.ACTUAL,
                        year,
                        m -> year.equals(m.fiscalYear())
                                || (planned.isPresent() && StepMonths.overlaps(m, planned.get())),
                        findings);
            }
        }
        return findings;
    }

    private void compare(
            Item<ActionStep> step,
            StepMonths.Kind kind,
            FiscalYear year,
            Predicate<FiscalMonth> inside,
            List<Finding> findings) {
        List<FiscalMonth> months = kind.of(step.value());
        int first = StepMonths.firstOutside(months, inside);
        if (first < 0) {
            return;
        }
        String outside = StepMonths.outside(months, inside);
        findings.add(finding(StepMonths.path(step, kind, first))
                .message("Action step " + step.number() + " is " + kind.word + " in " + outside
                        + ", outside fiscal year " + year.buddhistEraYear() + " (" + year.start() + " to "
                        + year.end() + "), and the document states no period that covers it")
                .messageThai("ขั้นตอนการดำเนินงานที่ " + step.number() + " มีเดือน" + kind.wordThai + " (" + outside
                        + ") อยู่นอกปีงบประมาณ พ.ศ. " + year.buddhistEraYear())
                .expected(year.start() + "/" + year.end())
                .actual(outside)
                .build());
    }
}
