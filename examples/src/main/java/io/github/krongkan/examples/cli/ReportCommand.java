package io.github.krongkan.examples.cli;

import io.github.krongkan.json.KrongkanJson;
import io.github.krongkan.json.KrongkanJsonException;
import io.github.krongkan.project.Project;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code krongkan report [--lang th|en] FILE}: a readable plain-text summary of one project, one
 * section after another: the project, its budget, its ledger, its action plan, its risks, its
 * indicators, its progress against the plan and the findings of the standard check.
 */
final class ReportCommand {
    private static final List<ReportSection> SECTIONS = List.of(
            new HeaderSection(),
            new BudgetSection(),
            new LedgerSection(),
            new ActionPlanSection(),
            new RiskSection(),
            new IndicatorSection(),
            new ProgressSection(),
            new FindingsSection());

    private final PrintStream out;
    private final PrintStream err;

    ReportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        ReportLanguage language = ReportLanguage.TH;
        String file = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--lang")) {
                Optional<ReportLanguage> chosen =
                        i + 1 < args.size() ? ReportLanguage.of(args.get(i + 1)) : Optional.empty();
                if (chosen.isEmpty()) {
                    return usage("--lang takes th or en");
                }
                language = chosen.get();
                i++;
            } else if (arg.startsWith("--lang=")) {
                Optional<ReportLanguage> chosen = ReportLanguage.of(arg.substring("--lang=".length()));
                if (chosen.isEmpty()) {
                    return usage("--lang takes th or en");
                }
                language = chosen.get();
            } else if (arg.startsWith("-") && !arg.equals("-")) {
                return usage("unknown option " + arg);
            } else if (file != null) {
                return usage("expected one FILE, got " + file + " and " + arg);
            } else {
                file = arg;
            }
        }
        if (file == null) {
            return usage("expected one FILE");
        }
        Project project;
        try {
            project = KrongkanJson.readProject(Path.of(file));
        } catch (KrongkanJsonException e) {
            err.println("krongkan report: " + file + ": unreadable: " + e.getMessage());
            return Krongkan.UNUSABLE;
        } catch (UncheckedIOException e) {
            err.println("krongkan report: " + file + ": cannot read the file: "
                    + e.getCause().getMessage());
            return Krongkan.UNUSABLE;
        }
        for (ReportSection section : SECTIONS) {
            section.render(project, language, out);
        }
        return Krongkan.OK;
    }

    private int usage(String problem) {
        err.println("krongkan report: " + problem + "\n\n" + Krongkan.USAGE);
        return Krongkan.UNUSABLE;
    }
}
