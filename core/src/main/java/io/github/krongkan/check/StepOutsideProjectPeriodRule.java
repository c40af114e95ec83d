package io.github.krongkan.check;

import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectPeriod;
import io.github.krongkan.schedule.ActionStep;
import io.github.krongkan.time.FiscalMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * {@code STEP_OUTSIDE_PROJECT_PERIOD} (warning): an action step is planned in a month that shares no
 * day with the planned period, or was done in a month that shares no day with the actual period.
 * Only a stated period is compared; one finding per step and kind of month, at the first month
 * outside.
 */
final class StepOutsideProjectPeriodRule extends AbstractRule {
    StepOutsideProjectPeriodRule() {
        super(RuleCode.STEP_OUTSIDE_PROJECT_PERIOD);
    }

    @Override
    public List<Finding> check(Project project) {
        if (project.actionPlan().isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (Item<ActionStep> step : items(project.actionPlan().get().steps(), StepMonths.steps())) {
            compare(step, StepMonths.Kind.PLANNED, project.plannedPeriod(), "planned", "ตามแผน", findings);
            compare(step, StepMonths.Kind.ACTUAL, project.actualPeriod(), "actual", "ที่ดำเนินการจริง", findings);
        }
        return findings;
    }

    private void compare(
            Item<ActionStep> step,
            StepMonths.Kind kind,
            Optional<ProjectPeriod> period,
            String periodWord,
            String periodWordThai,
            List<Finding> findings) {
        if (period.isEmpty()) {
            return;
        }
        List<FiscalMonth> months = kind.of(step.value());
        Predicate<FiscalMonth> inside = m -> StepMonths.overlaps(m, period.get());
        int first = StepMonths.firstOutside(months, inside);
        if (first < 0) {
            return;
        }
        String range = period.get().start() + "/" + period.get().end();
        String outside = StepMonths.outside(months, inside);
        findings.add(finding(StepMonths.path(step, kind, first))
                .message("Action step " + step.number() + " is " + kind.word + " in " + outside
                        + ", outside the " + periodWord + " period "
                        + period.get().start() + " to "
                        + period.get().end())
                .messageThai("ขั้นตอนการดำเนินงานที่ " + step.number() + " มีเดือน" + kind.wordThai + " (" + outside
                        + ") อยู่นอกระยะเวลาดำเนินการ" + periodWordThai + " " + range)
                .expected(range)
                .actual(outside)
                .build());
    }
}
