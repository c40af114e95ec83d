package io.github.krongkan.examples.cli;

import io.github.krongkan.check.Finding;
import io.github.krongkan.check.ProjectCheck;
import io.github.krongkan.check.Severity;
import io.github.krongkan.json.KrongkanJson;
import io.github.krongkan.json.KrongkanJsonException;
import io.github.krongkan.json.ProjectLines;
import io.github.krongkan.network.RollUp;
import io.github.krongkan.project.PortfolioRollUp;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectTotals;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code krongkan check --stats FILE.jsonl...}: streams JSON Lines files of project documents,
 * checks every project and prints the findings counted by code, the budget roll-up and the
 * throughput. Memory stays bounded by the longest line. Exit codes as {@code check}.
 */
final class CheckStatsCommand {
    /** Unreadable lines reported one by one; the rest are only counted. */
    private static final int REPORTED_PROBLEMS = 10;

    private final PrintStream out;
    private final PrintStream err;

    CheckStatsCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> files) {
        if (files.isEmpty()) {
            err.println("krongkan check --stats: expected at least one FILE.jsonl\n\n" + Krongkan.USAGE);
            return Krongkan.UNUSABLE;
        }
        ProjectCheck check = ProjectCheck.standard();
        Map<String, Long> byCode = new TreeMap<>();
        Map<String, Severity> severities = new TreeMap<>();
        Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
        PortfolioRollUp rollUp = new PortfolioRollUp();
        long projects = 0;
        long unreadable = 0;
        long bytes = 0;
        long started = System.nanoTime();
        for (String file : files) {
            Path path = Path.of(file);
            try (ProjectLines lines = KrongkanJson.readProjectLines(Files.newInputStream(path))) {
                bytes += Files.size(path);
                while (lines.hasNext()) {
                    Project project;
                    try {
                        project = lines.next();
                    } catch (KrongkanJsonException e) {
                        if (++unreadable <= REPORTED_PROBLEMS) {
                            err.println(file + ": unreadable: " + e.getMessage());
                        }
                        continue;
                    }
                    projects++;
                    rollUp.add(project);
                    for (Finding f : check.check(project)) {
                        byCode.merge(f.code(), 1L, Long::sum);
                        severities.put(f.code(), f.severity());
                        bySeverity.merge(f.severity(), 1L, Long::sum);
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                unreadable++;
                err.println(file + ": unreadable: cannot read the file: " + e.getMessage());
            }
        }
        double seconds = Math.max(System.nanoTime() - started, 1) / 1e9;
        if (unreadable > REPORTED_PROBLEMS) {
            err.println("... and " + (unreadable - REPORTED_PROBLEMS) + " more unreadable line(s)");
        }
        out.println(projects + " project(s) in " + files.size() + " file(s)" + (unreadable > 0 ? ", " + unreadable + " unreadable" : ""));
        if (!byCode.isEmpty()) {
            out.println("findings by code:");
            byCode.forEach((code, count) -> out.printf(Locale.ROOT, "  %-40s %-8s %,10d%n", code,
                    severities.get(code).name().toLowerCase(Locale.ROOT), count));
        }
        out.println(bySeverity.getOrDefault(Severity.ERROR, 0L) + " error(s), "
                + bySeverity.getOrDefault(Severity.WARNING, 0L) + " warning(s), "
                + bySeverity.getOrDefault(Severity.INFO, 0L) + " info");
        RollUp<ProjectTotals> totals = rollUp.result();
        ProjectTotals all = totals.total().orElse(ProjectTotals.ZERO);
        out.println("budget " + all.budget().toGroupedString() + " baht, disbursed " + all.disbursed().toGroupedString()
                + " baht, in " + totals.byNetwork().size() + " network(s) of " + totals.byOffice().size() + " office(s)");
        out.printf(Locale.ROOT, "elapsed %.2f s, %.0f projects/s, %.1f MB/s (%.1f MB)%n", seconds, projects / seconds,
                bytes / 1e6 / seconds, bytes / 1e6);
        boolean errors = bySeverity.getOrDefault(Severity.ERROR, 0L) > 0;
        return unreadable > 0 ? Krongkan.UNUSABLE : errors ? Krongkan.FINDINGS : Krongkan.OK;
    }
}
