package io.github.krongkan.examples;

import io.github.krongkan.check.Finding;
import io.github.krongkan.check.Rule;
import io.github.krongkan.check.Severity;
import io.github.krongkan.indicator.Indicator;
import io.github.krongkan.indicator.Measurement;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A KPI rule of one's own, as an office might add it: {@code RESULTS_ON_CANCELLED_PROJECT}
 * (warning), a cancelled project (ยกเลิก) that still reports indicator results. Seed 002 was
 * cancelled in its last months, yet its KPI says target 100, achieved 80.
 *
 * <pre>{@code
 * ProjectCheck check = ProjectCheck.standard().with(new ResultsOnCancelledProjectRule());
 * }</pre>
 *
 * <p>Its properties are tested with the testkit's project generator in
 * {@code ResultsOnCancelledProjectRuleTest}. The standard check has a finer rule of its own,
 * {@code INDICATOR_RESULT_ON_CANCELLED_PROJECT}, which also takes the cancellation from the progress
 * reports and leaves out results measured before it; this one shows how a rule is added.
 */
public final class ResultsOnCancelledProjectRule implements Rule {
    /** The rule's code. */
    public static final String CODE = "RESULTS_ON_CANCELLED_PROJECT";

    /** The rule. */
    public ResultsOnCancelledProjectRule() {}

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Finding> check(Project project) {
        List<Finding> findings = new ArrayList<>();
        if (project.status() != ProjectStatus.CANCELLED) {
            return findings;
        }
        for (int i = 0; i < project.indicators().size(); i++) {
            Indicator indicator = project.indicators().get(i);
            for (int j = 0; j < indicator.measurements().size(); j++) {
                Measurement m = indicator.measurements().get(j);
                Optional<BigDecimal> value = indicator.value(m);
                if (value.isEmpty()) {
                    continue;
                }
                findings.add(Finding.builder()
                        .code(CODE)
                        .severity(Severity.WARNING)
                        .path("/indicators/" + i + "/measurements/" + j)
                        .message("The project is cancelled but reports "
                                + value.get().toPlainString() + " for the indicator " + indicator.name())
                        .messageThai("โครงการถูกยกเลิกแต่ยังรายงานผลตัวชี้วัด "
                                + value.get().toPlainString())
                        .actual(value.get().toPlainString())
                        .build());
            }
        }
        return findings;
    }
}
