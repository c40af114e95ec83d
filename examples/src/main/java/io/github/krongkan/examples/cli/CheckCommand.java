package io.github.krongkan.examples.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.krongkan.budget.RateTables;
import io.github.krongkan.check.CheckOptions;
import io.github.krongkan.check.Finding;
import io.github.krongkan.check.ProjectCheck;
import io.github.krongkan.check.ReferenceSet;
import io.github.krongkan.check.Severity;
import io.github.krongkan.json.KrongkanJsonException;
import io.github.krongkan.json.KrongkanModule;
import io.github.krongkan.json.ReferenceJson;
import io.github.krongkan.lifecycle.ProjectRecord;
import io.github.krongkan.lifecycle.RecordCheck;
import io.github.krongkan.project.Project;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code krongkan check [--json] [--exit-zero] [--rates FILE] [--reference DIR] FILE...}: reads
 * documents and prints their findings.
 * A FILE is a project document, a portfolio document, whose projects are checked one by one with
 * finding paths from the root of the portfolio ({@code /projects/0/budget}), or a record document,
 * checked with {@link RecordCheck} (every version and the history) with finding paths from the
 * root of the record ({@code /versions/1/project/budget}, {@code /history/2}); {@code -} reads
 * standard input. A file that cannot be read is named on standard error with the reason.
 * {@code --exit-zero} exits 0 even when errors are found (as flake8 and ruff do); unreadable input
 * still exits 2. {@code --reference DIR} reads every {@code *.json} of a directory as reference data
 * ({@code krongkan-reference/1}) and lays it over the shipped defaults; {@code --rates FILE} does so
 * with the rate tables of one file (over the directory's, if both are given). A table of a file
 * replaces a shipped one that takes effect on the same day; the others are added. Reference data
 * that cannot be read exits 2 before any document is checked.
 */
final class CheckCommand extends Command {
    /**
     * The outcome for one project of a file: the project and its findings (their paths from the
     * root of the file's document), or why the file could not be read or checked. {@code label}
     * names the project in the table: the file, and in a portfolio the project's pointer.
     */
    private record Result(
            String file, String label, Project project, List<Finding> findings, String problem, ProjectRecord record) {
        Result(String file, String label, Project project, List<Finding> findings, String problem) {
            this(file, label, project, findings, problem, null);
        }

        static Result problem(String file, String problem) {
            return new Result(file, file, null, List.of(), problem);
        }
    }

    CheckCommand(InputStream in, PrintStream out, PrintStream err) {
        super(in, out, err);
    }

    @Override
    int run(List<String> args) {
        int first = 0;
        boolean json = false;
        boolean exitZero = false;
        String rates = null;
        String referenceDir = null;
        for (; first < args.size() && args.get(first).startsWith("--"); first++) {
            String option = args.get(first);
            if (option.equals("--json")) {
                json = true;
            } else if (option.equals("--exit-zero")) {
                exitZero = true;
            } else if (option.equals("--rates") || option.equals("--reference")) {
                if (first + 1 >= args.size()) {
                    err.println("krongkan check: " + option + " needs a " + (option.equals("--rates") ? "FILE" : "DIR")
                            + "\n\n" + Krongkan.USAGE);
                    return Krongkan.UNUSABLE;
                }
                String value = args.get(++first);
                if (option.equals("--rates") ? rates != null : referenceDir != null) {
                    err.println("krongkan check: " + option + " given twice\n\n" + Krongkan.USAGE);
                    return Krongkan.UNUSABLE;
                }
                if (option.equals("--rates")) {
                    rates = value;
                } else {
                    referenceDir = value;
                }
            } else {
                err.println("krongkan check: unknown option " + args.get(first) + "\n\n" + Krongkan.USAGE);
                return Krongkan.UNUSABLE;
            }
        }
        List<String> files = args.subList(first, args.size());
        if (files.isEmpty()) {
            err.println("krongkan check: expected at least one FILE\n\n" + Krongkan.USAGE);
            return Krongkan.UNUSABLE;
        }
        ReferenceSet reference = ReferenceSet.defaults();
        if (referenceDir != null) {
            try {
                Path dir = FileInput.path(referenceDir);
                if (!Files.isDirectory(dir)) {
                    err.println("krongkan check: --reference " + referenceDir
                            + ": not a directory (give --rates FILE for one file)");
                    return Krongkan.UNUSABLE;
                }
                reference = ReferenceJson.readDirectory(dir).over(reference);
            } catch (KrongkanJsonException e) {
                err.println("krongkan check: --reference " + referenceDir + ": unreadable: " + e.getMessage());
                return Krongkan.UNUSABLE;
            } catch (FileInput.Problem e) {
                err.println("krongkan check: --reference " + referenceDir + ": " + e.getMessage());
                return Krongkan.UNUSABLE;
            } catch (UncheckedIOException e) {
                err.println("krongkan check: --reference " + referenceDir + ": " + FileInput.cannotRead(e));
                return Krongkan.UNUSABLE;
            }
        }
        if (rates != null) {
            try {
                RateTables tables = ReferenceJson.readRateTables(FileInput.path(rates));
                reference = ReferenceSet.builder()
                        .addAllRateTables(tables.tables())
                        .build()
                        .over(reference);
            } catch (KrongkanJsonException e) {
                err.println("krongkan check: --rates " + rates + ": unreadable: " + e.getMessage());
                return Krongkan.UNUSABLE;
            } catch (FileInput.Problem e) {
                err.println("krongkan check: --rates " + rates + ": " + e.getMessage());
                return Krongkan.UNUSABLE;
            } catch (UncheckedIOException e) {
                err.println("krongkan check: --rates " + rates + ": " + FileInput.cannotRead(e));
                return Krongkan.UNUSABLE;
            }
        }
        ProjectCheck check = ProjectCheck.standard(
                CheckOptions.builder().reference(reference).build());
        List<Result> results = new ArrayList<>();
        for (String file : files) {
            results.addAll(checkFile(file, check));
        }
        if (json) {
            printJson(results);
            // The reasons are in the JSON too; standard error names them for people, as without --json.
            results.stream()
                    .filter(r -> r.problem() != null)
                    .forEach(r -> err.println(r.file() + ": unreadable: " + r.problem()));
        } else {
            printTable(files.size(), results);
        }
        boolean unreadable = results.stream().anyMatch(r -> r.problem() != null);
        boolean errors =
                results.stream().flatMap(r -> r.findings().stream()).anyMatch(f -> f.severity() == Severity.ERROR);
        return unreadable ? Krongkan.UNUSABLE : errors && !exitZero ? Krongkan.FINDINGS : Krongkan.OK;
    }

    /** Reads one file, a project or a portfolio document, and checks its projects. */
    private List<Result> checkFile(String file, ProjectCheck check) {
        Document document;
        try (InputStream stream = FileInput.open(file, in)) {
            document = Document.read(stream);
        } catch (FileInput.Problem e) {
            return List.of(Result.problem(file, e.getMessage()));
        } catch (KrongkanJsonException e) {
            return List.of(Result.problem(file, e.getMessage()));
        } catch (IOException | UncheckedIOException e) {
            return List.of(Result.problem(file, FileInput.cannotRead(e)));
        }
        if (document.isRecord()) {
            return List.of(checkRecord(file, document.record(), check));
        }
        if (document.isPortfolio() && document.projects().isEmpty()) {
            return List.of(new Result(file, file + " /projects", null, List.of(), null));
        }
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < document.projects().size(); i++) {
            Project project = document.projects().get(i);
            String pointer = document.pointer(i);
            String label = document.isPortfolio() ? file + " " + pointer : file;
            List<Finding> findings;
            try {
                findings = check.check(project);
            } catch (RuntimeException e) {
                // A rule that cannot cope with a project the reader accepted: say so for this project, check the rest.
                results.add(new Result(
                        file,
                        label,
                        null,
                        List.of(),
                        (pointer.isEmpty() ? "" : pointer + ": ") + "cannot be checked: " + Krongkan.describe(e)));
                continue;
            }
            results.add(new Result(file, label, project, document.inDocument(i, findings), null));
        }
        return results;
    }

    /**
     * Checks a record document with {@link RecordCheck}: every version with the project check, the
     * history with the workflow the record names; the findings' paths are pointers into the record.
     */
    private static Result checkRecord(String file, ProjectRecord record, ProjectCheck check) {
        List<Finding> findings;
        try {
            findings = RecordCheck.of(check, Optional.empty()).check(record);
        } catch (RuntimeException e) {
            // A workflow name that is not a default, or a rule that cannot cope: say so for this file.
            return Result.problem(file, "cannot be checked: " + Krongkan.describe(e));
        }
        return new Result(file, file, record.current().project(), findings, null, record);
    }

    private void printTable(int documents, List<Result> results) {
        Map<Severity, Integer> totals = new EnumMap<>(Severity.class);
        for (Result r : results) {
            if (r.problem() != null) {
                err.println(r.file() + ": unreadable: " + r.problem());
                continue;
            }
            if (r.project() == null) {
                out.println(r.file() + ": a portfolio without projects");
                continue;
            }
            out.println(r.label() + ": " + r.project().name() + " (ปีงบประมาณ "
                    + r.project().fiscalYear().buddhistEraYear() + ")"
                    + (r.record() == null
                            ? ""
                            : ", a record of " + r.record().versions().size() + " version(s)"));
            if (r.findings().isEmpty()) {
                out.println("  no findings");
            }
            for (Severity severity : Severity.values()) {
                List<Finding> some = r.findings().stream()
                        .filter(f -> f.severity() == severity)
                        .toList();
                if (some.isEmpty()) {
                    continue;
                }
                totals.merge(severity, some.size(), Integer::sum);
                out.println("  " + severity + " (" + severity.thai() + ")");
                for (Finding f : some) {
                    out.println("    " + f.code() + "  " + (f.path().isEmpty() ? "/" : f.path()));
                    out.println("      " + f.message());
                    out.println("      " + f.messageThai());
                    if (f.expected().isPresent() || f.actual().isPresent()) {
                        out.println("      expected " + f.expected().orElse("-") + ", actual "
                                + f.actual().orElse("-"));
                    }
                }
            }
        }
        long unreadable = results.stream().filter(r -> r.problem() != null).count();
        boolean portfolios = results.stream().anyMatch(r -> !r.label().equals(r.file()));
        long projects = results.stream().filter(r -> r.project() != null).count();
        out.println(documents + " document(s)" + (portfolios ? ", " + projects + " project(s)" : "")
                + (unreadable > 0 ? ", " + unreadable + " unreadable" : "") + ": "
                + totals.getOrDefault(Severity.ERROR, 0) + " error(s), "
                + totals.getOrDefault(Severity.WARNING, 0) + " warning(s), "
                + totals.getOrDefault(Severity.INFO, 0) + " info");
    }

    /** Writes findings in the library's form, into the generator of the report. */
    private static final ObjectMapper FINDINGS = new ObjectMapper()
            .registerModule(new KrongkanModule())
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    private void printJson(List<Result> results) {
        try (JsonGenerator g = new JsonFactory()
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .createGenerator(out, JsonEncoding.UTF8)
                .useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeArrayFieldStart("documents");
            for (Result r : results) {
                g.writeStartObject();
                g.writeStringField("file", r.file());
                if (r.problem() != null) {
                    g.writeStringField("unreadable", r.problem());
                } else if (r.project() == null) {
                    g.writeArrayFieldStart("findings");
                    g.writeEndArray();
                } else {
                    g.writeStringField("project", r.project().name());
                    g.writeNumberField("fiscalYear", r.project().fiscalYear().buddhistEraYear());
                    if (r.record() != null) {
                        g.writeNumberField("versions", r.record().versions().size());
                    }
                    g.writeFieldName("findings");
                    // The library's findings form (docs/json-format.md), as KrongkanJson.writeFindings writes it.
                    FINDINGS.writeValue(g, r.findings());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }
}
