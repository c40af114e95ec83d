package io.github.krongkan.examples;

import io.github.krongkan.check.AbstractRule;
import io.github.krongkan.check.Finding;
import io.github.krongkan.check.Severity;
import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.document.Fields;
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
 * <p>It is the example of {@code docs/extending.md}: it extends {@link AbstractRule} for its code,
 * severity and findings, and walks the indicators and their measurements with their pointers. Its
 * properties are tested with the testkit's project generator in {@code
 * ResultsOnCancelledProjectRuleTest}. The standard check has a finer rule of its own, {@code
 * INDICATOR_RESULT_ON_CANCELLED_PROJECT}, which also takes the cancellation from the progress
 * reports and leaves out results measured before it; this one shows how a rule is added.
 */
public final class ResultsOnCancelledProjectRule extends AbstractRule {
    /** The rule's code. */
    public static final String CODE = "RESULTS_ON_CANCELLED_PROJECT";

    /** The rule. */
    public ResultsOnCancelledProjectRule() {
        super(CODE, Severity.WARNING);
    }

    @Override
    public List<Finding> check(Project project) {
        List<Finding> findings = new ArrayList<>();
        if (project.status() != ProjectStatus.CANCELLED) {
            return findings;
        }
        DocumentPath indicators = DocumentPath.root().field(Fields.INDICATORS);
        for (Item<Indicator> indicator : items(project.indicators(), indicators)) {
            for (Item<Measurement> m : items(indicator.value().measurements(), indicator.field(Fields.MEASUREMENTS))) {
                Optional<BigDecimal> value = indicator.value().value(m.value());
                if (value.isEmpty()) {
                    continue;
                }
                String shown = value.get().toPlainString();
                findings.add(finding(m.path())
                        .message("The project is cancelled but reports " + shown + " for the indicator "
                                + indicator.value().name())
                        .messageThai("โครงการถูกยกเลิกแต่ยังรายงานผลตัวชี้วัด "
                                + indicator.value().name() + " " + shown)
                        .actual(shown)
                        .build());
            }
        }
        return findings;
    }
}
