package io.github.krongkan.check;

import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.Project;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule on each progress report of a project on its own: it walks {@code /progressReports} and
 * asks {@link #check(Project, Item, List)} of every report.
 */
abstract class ReportRule extends AbstractRule {
    ReportRule(RuleCode code) {
        super(code);
    }

    @Override
    public final List<Finding> check(Project project) {
        List<Finding> findings = new ArrayList<>();
        for (Item<ProgressReport> report : items(project.progressReports(), Reports.reports())) {
            check(project, report, findings);
        }
        return findings;
    }

    /**
     * Checks one report.
     *
     * @param project the project the report belongs to
     * @param report the report with its pointer
     * @param findings where to add the findings on it
     */
    abstract void check(Project project, Item<ProgressReport> report, List<Finding> findings);
}
