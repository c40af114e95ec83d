package io.github.krongkan.check;

import io.github.krongkan.document.Fields;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.Project;
import io.github.krongkan.schedule.ActionPlan;
import io.github.krongkan.schedule.ProgressCurve;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code ON_PLAN_BELOW_CURVE} (warning): a report says the work is on plan (เป็นไปตามแผน) while its
 * cumulative progress is below the action plan's planned curve at its date
 * ({@link ProgressCurve#at(java.time.LocalDate)}) by more than a tolerance in percentage points
 * ({@link ProgressChecks#DEFAULT_ON_PLAN_TOLERANCE} unless configured with
 * {@link ProgressChecks#onPlanBelowCurve(BigDecimal)}). Projects without an action plan that plans
 * months are not checked.
 */
final class OnPlanBelowCurveRule extends AbstractRule {
    private final BigDecimal tolerance;

    OnPlanBelowCurveRule(BigDecimal tolerance) {
        super(RuleCode.ON_PLAN_BELOW_CURVE);
        Objects.requireNonNull(tolerance, "tolerance");
        if (tolerance.signum() < 0) {
            throw new IllegalArgumentException("tolerance must not be negative: " + tolerance.toPlainString());
        }
        this.tolerance = tolerance;
    }

    @Override
    public List<Finding> check(Project project) {
        ProgressCurve curve = project.actionPlan().map(ActionPlan::plannedCurve).orElse(null);
        if (curve == null || curve.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (Item<ProgressReport> report : items(project.progressReports(), Reports.reports())) {
            ProgressReport r = report.value();
            if (!r.onPlan().orElse(false)) {
                continue;
            }
            BigDecimal planned = curve.at(r.date());
            BigDecimal behind = planned.subtract(r.progress());
            if (behind.compareTo(tolerance) <= 0) {
                continue;
            }
            findings.add(finding(report.field(Fields.ON_PLAN))
                    .message("The report of " + r.date() + " says the work is on plan, but its progress of "
                            + Reports.percent(r.progress()) + " % is " + Reports.percent(behind)
                            + " points below the planned " + Reports.percent(planned) + " % (tolerance "
                            + tolerance.toPlainString() + " points)")
                    .messageThai("รายงานวันที่ " + r.date() + " ระบุว่าเป็นไปตามแผน แต่ความก้าวหน้าร้อยละ "
                            + Reports.percent(r.progress()) + " ต่ำกว่าแผนร้อยละ " + Reports.percent(planned))
                    .expected("at least " + planned.subtract(tolerance).toPlainString())
                    .actual(Reports.percent(r.progress()))
                    .build());
        }
        return findings;
    }
}
