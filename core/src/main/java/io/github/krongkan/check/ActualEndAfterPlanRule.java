package io.github.krongkan.check;

import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.document.Fields;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectPeriod;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * {@code ACTUAL_END_AFTER_PLAN} (info): the project actually ended after its planned end. Finishing
 * early is no mistake (seed 003 was done by May 2555, planned to September) and gives nothing.
 * When either period is given in months, whole months are compared, so an actual end inside the
 * planned last month is no difference.
 */
final class ActualEndAfterPlanRule extends AbstractRule {
    ActualEndAfterPlanRule() {
        super(RuleCode.ACTUAL_END_AFTER_PLAN);
    }

    @Override
    public List<Finding> check(Project project) {
        if (project.plannedPeriod().isEmpty() || project.actualPeriod().isEmpty()) {
            return List.of();
        }
        ProjectPeriod planned = project.plannedPeriod().get();
        ProjectPeriod actual = project.actualPeriod().get();
        boolean byMonth = planned.precision() == ProjectPeriod.Precision.MONTH
                || actual.precision() == ProjectPeriod.Precision.MONTH;
        long late;
        String unit;
        String unitThai;
        String expected;
        String found;
        if (byMonth) {
            YearMonth plannedEnd = planned.lastMonth();
            YearMonth actualEnd = actual.lastMonth();
            late = plannedEnd.until(actualEnd, ChronoUnit.MONTHS);
            unit = "month(s)";
            unitThai = "เดือน";
            expected = plannedEnd.toString();
            found = actualEnd.toString();
        } else {
            late = planned.end().until(actual.end(), ChronoUnit.DAYS);
            unit = "day(s)";
            unitThai = "วัน";
            expected = planned.end().toString();
            found = actual.end().toString();
        }
        if (late <= 0) {
            return List.of();
        }
        return List.of(finding(DocumentPath.root().field(Fields.ACTUAL_PERIOD).field(Fields.END))
                .message("The project ended " + late + " " + unit + " after its planned end (" + found + " instead of "
                        + expected + ")")
                .messageThai("โครงการสิ้นสุดหลังกำหนดตามแผน " + late + " " + unitThai + " (" + found + " แทน "
                        + expected + ")")
                .expected(expected)
                .actual(found)
                .build());
    }
}
