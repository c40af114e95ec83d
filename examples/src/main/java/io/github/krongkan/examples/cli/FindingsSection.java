package io.github.krongkan.examples.cli;

import io.github.krongkan.check.Finding;
import io.github.krongkan.check.ProjectCheck;
import io.github.krongkan.project.Project;
import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;

/**
 * The findings of {@code ProjectCheck.standard()}: severity, code, JSON pointer and message, errors
 * first, then warnings, then information, each in the check's order.
 */
final class FindingsSection implements ReportSection {
    @Override
    public void render(Project project, ReportLanguage l, PrintStream out) {
        List<Finding> findings = ProjectCheck.standard().check(project);
        ReportSection.heading(out, l.pick("ผลการตรวจสอบ", "Findings") + " (" + findings.size() + ")");
        if (findings.isEmpty()) {
            out.println(l.pick("ไม่พบข้อสังเกต", "no findings"));
            return;
        }
        List<Finding> bySeverity = findings.stream()
                .sorted(Comparator.comparing(Finding::severity))
                .toList();
        for (Finding f : bySeverity) {
            out.println(
                    (l == ReportLanguage.TH ? f.severity().thai() : f.severity().name()) + "  " + f.code() + "  "
                            + (f.path().isEmpty() ? "/" : f.path()));
            out.println("    " + (l == ReportLanguage.TH ? f.messageThai() : f.message()));
        }
    }
}
