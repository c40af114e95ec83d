package io.github.krongkan.examples.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.krongkan.diff.Change;
import io.github.krongkan.diff.MoneyChange;
import io.github.krongkan.diff.ProjectDiff;
import io.github.krongkan.json.KrongkanJsonException;
import io.github.krongkan.lifecycle.Version;
import io.github.krongkan.project.Project;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code krongkan diff [--json] [--lang th|en] OLD NEW}: the changes from one version of a project
 * to another, each with its JSON pointer, then the money summary. Exit 0 when the versions are
 * equal, 1 when they differ, 2 when a document cannot be read (or is a portfolio or a record) or the
 * command line is wrong. One of the files may be {@code -}, standard input.
 *
 * <p>{@code krongkan diff [--json] [--lang th|en] --versions A B RECORD} compares versions A and B
 * (their numbers) of one record document the same way; the pointers are within the versions'
 * projects.
 */
final class DiffCommand extends Command {
    DiffCommand(InputStream in, PrintStream out, PrintStream err) {
        super(in, out, err);
    }

    @Override
    int run(List<String> args) {
        ReportLanguage language = ReportLanguage.TH;
        boolean json = false;
        List<Integer> numbers = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--json")) {
                json = true;
            } else if (arg.equals("--versions")) {
                if (!numbers.isEmpty()) {
                    return usage("--versions given twice");
                }
                for (int k = 0; k < 2; k++) {
                    Integer number = i + 1 < args.size() ? versionNumber(args.get(i + 1)) : null;
                    if (number == null) {
                        return usage("--versions takes two version numbers, e.g. --versions 1 2");
                    }
                    numbers.add(number);
                    i++;
                }
            } else if (arg.equals("--lang") || arg.startsWith("--lang=")) {
                String code = arg.equals("--lang") ? (i + 1 < args.size() ? args.get(++i) : "") : arg.substring(7);
                Optional<ReportLanguage> chosen = ReportLanguage.of(code);
                if (chosen.isEmpty()) {
                    return usage("--lang takes th or en");
                }
                language = chosen.get();
            } else if (arg.startsWith("-") && !arg.equals("-")) {
                return usage("unknown option " + arg);
            } else {
                files.add(arg);
            }
        }
        if (!numbers.isEmpty()) {
            if (files.size() != 1) {
                return usage("expected one RECORD file with --versions, got " + files.size());
            }
            Optional<List<Project>> versions = versions(files.get(0), numbers);
            if (versions.isEmpty()) {
                return Krongkan.UNUSABLE;
            }
            return print(
                    ProjectDiff.between(versions.get().get(0), versions.get().get(1)), json, language);
        }
        if (files.size() != 2) {
            return usage("expected two files, OLD and NEW, got " + files.size());
        }
        if (files.get(0).equals("-") && files.get(1).equals("-")) {
            return usage("only one of OLD and NEW can be standard input");
        }
        List<Project> versions = new ArrayList<>(2);
        for (String file : files) {
            Optional<Project> project = read(file);
            if (project.isEmpty()) {
                return Krongkan.UNUSABLE;
            }
            versions.add(project.get());
        }
        return print(ProjectDiff.between(versions.get(0), versions.get(1)), json, language);
    }

    private int print(ProjectDiff diff, boolean json, ReportLanguage language) {
        if (json) {
            printJson(diff);
        } else {
            printText(diff, language);
        }
        return diff.isEmpty() ? Krongkan.OK : Krongkan.FINDINGS;
    }

    /** A version number of {@code --versions}, or {@code null} if the argument is not one. */
    private static Integer versionNumber(String arg) {
        if (!arg.matches("[0-9]{1,9}")) {
            return null;
        }
        int number = Integer.parseInt(arg);
        return number >= 1 ? number : null;
    }

    /** The projects of two versions of a record document, by number. */
    private Optional<List<Project>> versions(String file, List<Integer> numbers) {
        Document document;
        try (InputStream stream = FileInput.open(file, in)) {
            document = Document.read(stream);
        } catch (FileInput.Problem e) {
            return unreadableRecord(file, e.getMessage());
        } catch (KrongkanJsonException e) {
            return unreadableRecord(file, e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            return unreadableRecord(file, FileInput.cannotRead(e));
        }
        if (!document.isRecord()) {
            return unreadableRecord(file, "not a record document; --versions compares two versions of one record");
        }
        List<Project> projects = new ArrayList<>(2);
        for (int number : numbers) {
            Optional<Version> version = document.record().version(number);
            if (version.isEmpty()) {
                List<Integer> held = document.record().versions().stream()
                        .map(Version::number)
                        .toList();
                return unreadableRecord(
                        file, "the record has no version " + number + " (its versions are " + held + ")");
            }
            projects.add(version.get().project());
        }
        return Optional.of(projects);
    }

    private Optional<List<Project>> unreadableRecord(String file, String problem) {
        err.println("krongkan diff: " + file + ": unreadable: " + problem);
        return Optional.empty();
    }

    private Optional<Project> read(String file) {
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
        if (document.isPortfolio() || document.projects().size() != 1) {
            return unreadable(file, "a portfolio; diff compares two project documents");
        }
        if (document.isRecord()) {
            return unreadable(
                    file,
                    "a record; diff compares two project documents (give --versions A B to compare versions of it)");
        }
        return Optional.of(document.projects().get(0));
    }

    private void printText(ProjectDiff diff, ReportLanguage language) {
        if (diff.isEmpty()) {
            out.println(language.pick("ไม่มีความเปลี่ยนแปลง", "no changes"));
            return;
        }
        for (Change change : diff.changes()) {
            out.println(language.pick(change.thai(), change.english()));
        }
        if (!diff.money().isEmpty()) {
            out.println();
            out.println(language.pick("เงิน (ตามรายการค่าใช้จ่าย):", "money (by the lines as written):"));
            for (MoneyChange money : diff.money()) {
                out.println("  " + language.pick(money.thai(), money.english()));
            }
        }
    }

    private void printJson(ProjectDiff diff) {
        try (JsonGenerator g = new JsonFactory()
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .createGenerator(out, JsonEncoding.UTF8)
                .useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeBooleanField("equal", diff.isEmpty());
            g.writeArrayFieldStart("changes");
            for (Change c : diff.changes()) {
                g.writeStartObject();
                g.writeStringField("kind", c.kind().english());
                g.writeStringField("path", c.path().toString());
                if (c.beforePath().isPresent()) {
                    g.writeStringField("beforePath", c.beforePath().get().toString());
                    g.writeStringField("before", c.beforeText().orElseThrow());
                }
                if (c.afterPath().isPresent()) {
                    g.writeStringField("afterPath", c.afterPath().get().toString());
                    g.writeStringField("after", c.afterText().orElseThrow());
                }
                g.writeStringField("en", c.english());
                g.writeStringField("th", c.thai());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("money");
            for (MoneyChange m : diff.money()) {
                g.writeStartObject();
                g.writeStringField("label", m.label());
                g.writeStringField("before", m.before().toString());
                g.writeStringField("after", m.after().toString());
                g.writeStringField("difference", m.difference().toString());
                g.writeStringField("en", m.english());
                g.writeStringField("th", m.thai());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }

    private Optional<Project> unreadable(String file, String problem) {
        err.println("krongkan diff: " + file + ": unreadable: " + problem);
        return Optional.empty();
    }

    private int usage(String problem) {
        err.println("krongkan diff: " + problem + "\n\n" + Krongkan.USAGE);
        return Krongkan.UNUSABLE;
    }
}
