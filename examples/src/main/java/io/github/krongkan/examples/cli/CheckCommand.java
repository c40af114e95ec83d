package io.github.krongkan.examples.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.krongkan.check.Finding;
import io.github.krongkan.check.ProjectCheck;
import io.github.krongkan.check.Severity;
import io.github.krongkan.json.KrongkanJson;
import io.github.krongkan.json.KrongkanJsonException;
import io.github.krongkan.json.KrongkanModule;
import io.github.krongkan.project.Project;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code krongkan check [--json] [--exit-zero] FILE...}: reads documents and prints their findings.
 * {@code --exit-zero} exits 0 even when errors are found (as flake8 and ruff do); unreadable input
 * still exits 2.
 */
final class CheckCommand {
    private final PrintStream out;
    private final PrintStream err;

    /** The outcome for one file: a project and its findings, or why it could not be read. */
    private record Result(String file, Project project, List<Finding> findings, String problem) {}

    CheckCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        int first = 0;
        boolean json = false;
        boolean exitZero = false;
        for (; first < args.size() && args.get(first).startsWith("--"); first++) {
            if (args.get(first).equals("--json")) {
                json = true;
            } else if (args.get(first).equals("--exit-zero")) {
                exitZero = true;
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
        ProjectCheck check = ProjectCheck.standard();
        List<Result> results = new ArrayList<>();
        for (String file : files) {
            try {
                Project project = KrongkanJson.readProject(Path.of(file));
                results.add(new Result(file, project, check.check(project), null));
            } catch (KrongkanJsonException e) {
                results.add(new Result(file, null, List.of(), e.getMessage()));
            } catch (UncheckedIOException e) {
                results.add(new Result(
                        file,
                        null,
                        List.of(),
                        "cannot read the file: " + e.getCause().getMessage()));
            }
        }
        if (json) {
            printJson(results);
        } else {
            printTable(results);
        }
        boolean unreadable = results.stream().anyMatch(r -> r.problem() != null);
        boolean errors =
                results.stream().flatMap(r -> r.findings().stream()).anyMatch(f -> f.severity() == Severity.ERROR);
        return unreadable ? Krongkan.UNUSABLE : errors && !exitZero ? Krongkan.FINDINGS : Krongkan.OK;
    }

    private void printTable(List<Result> results) {
        Map<Severity, Integer> totals = new EnumMap<>(Severity.class);
        for (Result r : results) {
            if (r.problem() != null) {
                err.println(r.file() + ": unreadable: " + r.problem());
                continue;
            }
            out.println(r.file() + ": " + r.project().name() + " (ปีงบประมาณ "
                    + r.project().fiscalYear().buddhistEraYear() + ")");
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
        out.println(results.size() + " document(s)" + (unreadable > 0 ? ", " + unreadable + " unreadable" : "") + ": "
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
                } else {
                    g.writeStringField("project", r.project().name());
                    g.writeNumberField("fiscalYear", r.project().fiscalYear().buddhistEraYear());
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
