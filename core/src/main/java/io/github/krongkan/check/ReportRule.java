package io.github.krongkan.check;

import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.Project;

/** A rule on each progress report of a project on its own, walking {@code /progressReports}. */
abstract class ReportRule extends ItemRule<ProgressReport> {
    ReportRule(RuleCode code) {
        super(code, Project::progressReports, Reports.reports());
    }
}
