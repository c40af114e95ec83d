package io.github.krongkan.examples.cli;

import io.github.krongkan.json.KrongkanJsonException;
import io.github.krongkan.project.Project;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code krongkan report [--lang th|en] FILE}: a readable plain-text summary of one project, one
 * section after another: the project, its budget, its ledger, its action plan, its risks, its
 * indicators, its progress against the plan and the findings of the standard check. FILE may be a
 * portfolio document, whose projects are reported one after another, each under its JSON pointer,
 * and {@code -} reads standard input. FILE may be a record document: its current version is reported,
 * followed by a short history section (the steps, the status, a step the workflow refuses). A section that cannot be drawn is replaced by a note, named
 * on standard error, and the exit code is 2. {@code --format html} writes the same report as one
 * self-contained HTML page ({@link HtmlReport}) and {@code -o OUT} writes the report to a file
 * instead of standard output.
 */
final class ReportCommand extends Command {
    private static final List<ReportSection> SECTIONS = List.of(
            new HeaderSection(),
            new BudgetSection(),
            new LedgerSection(),
            new ActionPlanSection(),
            new RiskSection(),
            new IndicatorSection(),
            new ProgressSection(),
            new CloseOutSection(),
            new FindingsSection());

    ReportCommand(InputStream in, PrintStream out, PrintStream err) {
        super(in, out, err);
    }

    @Override
    int run(List<String> args) {
        ReportLanguage language = ReportLanguage.TH;
        boolean html = false;
        String file = null;
        String output = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value = null;
            String option = arg;
            if (arg.startsWith("--lang=") || arg.startsWith("--format=")) {
                option = arg.substring(0, arg.indexOf('='));
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (arg.equals("--lang") || arg.equals("--format") || arg.equals("-o")) {
                if (i + 1 >= args.size()) {
                    return usage(arg + " takes a value");
                }
                value = args.get(++i);
            }
            if (option.equals("--lang")) {
                Optional<ReportLanguage> chosen = ReportLanguage.of(value);
                if (chosen.isEmpty()) {
                    return usage("--lang takes th or en");
                }
                language = chosen.get();
            } else if (option.equals("--format")) {
                if (!value.equals("text") && !value.equals("html")) {
                    return usage("--format takes text or html");
                }
                html = value.equals("html");
            } else if (option.equals("-o")) {
                output = value;
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
        Document document;
        try (InputStream stream = FileInput.open(file, in)) {
            document = Document.read(stream);
        } catch (FileInput.Problem e) {
            return unreadable(file, e.getMessage());
        } catch (KrongkanJsonException e) {
            return unreadable(file, e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            return unreadable(file, FileInput.cannotRead(e));
        }
        if (output != null) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            int exit;
            try (PrintStream text = new PrintStream(buffer, false, StandardCharsets.UTF_8)) {
                exit = new ReportCommand(in, text, err).report(document, file, language, html);
            }
            try {
                Files.write(Path.of(output), buffer.toByteArray());
            } catch (IOException | InvalidPathException e) {
                err.println("krongkan report: " + output + ": cannot write: " + Krongkan.describe(e));
                return Krongkan.UNUSABLE;
            }
            return exit;
        }
        return report(document, file, language, html);
    }

    private int report(Document document, String file, ReportLanguage language, boolean html) {
        if (html) {
            HtmlReport.Page page = HtmlReport.render(document, file, language);
            out.print(page.html());
            for (String problem : page.problems()) {
                err.println("krongkan report: " + file + problem);
            }
            return page.problems().isEmpty() ? Krongkan.OK : Krongkan.UNUSABLE;
        }
        if (document.projects().isEmpty()) {
            out.println(language.pick("ไม่มีโครงการใน ", "no projects in ") + file);
            return Krongkan.OK;
        }
        int exit = Krongkan.OK;
        for (int i = 0; i < document.projects().size(); i++) {
            if (document.isPortfolio()) {
                if (i > 0) {
                    out.println();
                }
                out.println(file + " " + document.pointer(i));
            }
            List<ReportSection> sections = SECTIONS;
            if (document.isRecord()) {
                sections = new ArrayList<>(SECTIONS);
                sections.add((project, l, text) -> HistorySection.render(document.record(), l, text));
            }
            for (ReportSection section : sections) {
                String problem = render(section, document.projects().get(i), language);
                if (problem != null) {
                    err.println("krongkan report: " + file + (document.isPortfolio() ? " " + document.pointer(i) : "")
                            + ": a section of the report could not be drawn: " + problem);
                    exit = Krongkan.UNUSABLE;
                }
            }
        }
        return exit;
    }

    /**
     * Draws one section whole or not at all: into a buffer first, so that a section that fails
     * halfway leaves no half a table, only a note. Returns why it failed, {@code null} if it did not.
     */
    private String render(ReportSection section, Project project, ReportLanguage language) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream text = new PrintStream(buffer, false, StandardCharsets.UTF_8)) {
            section.render(project, language, text);
        } catch (RuntimeException e) {
            String problem = Krongkan.describe(e);
            out.println();
            out.println(language.pick("(ส่วนนี้แสดงไม่ได้: ", "(this section cannot be drawn: ") + problem + ")");
            return problem;
        }
        out.print(buffer.toString(StandardCharsets.UTF_8));
        return null;
    }

    private int unreadable(String file, String problem) {
        err.println("krongkan report: " + file + ": unreadable: " + problem);
        return Krongkan.UNUSABLE;
    }

    private int usage(String problem) {
        err.println("krongkan report: " + problem + "\n\n" + Krongkan.USAGE);
        return Krongkan.UNUSABLE;
    }
}
