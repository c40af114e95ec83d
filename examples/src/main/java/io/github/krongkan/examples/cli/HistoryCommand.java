package io.github.krongkan.examples.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.krongkan.document.Fields;
import io.github.krongkan.json.KrongkanJson;
import io.github.krongkan.json.KrongkanJsonException;
import io.github.krongkan.lifecycle.Actor;
import io.github.krongkan.lifecycle.ProjectRecord;
import io.github.krongkan.lifecycle.RecordCheck;
import io.github.krongkan.lifecycle.Replay;
import io.github.krongkan.lifecycle.Transition;
import io.github.krongkan.lifecycle.Version;
import io.github.krongkan.lifecycle.Workflow;
import io.github.krongkan.project.Project;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code krongkan history [--json] FILE}: the versions, status history and approvals of a record
 * document (or of a project document, read as a record of one version), with the stage and status
 * they lead to and the first step, if any, that the record's workflow refuses on replay; the same
 * for each network sub-project. Exit 0 when every step is accepted, 1 when a replay finds a
 * refusal, 2 when the document cannot be read, names a workflow that is not a default, or the
 * command line is wrong. {@code --json} prints the object described in {@code docs/cli.md}.
 */
final class HistoryCommand extends Command {
    /**
     * One record of the file (the record itself or a sub-project) with the replay of its history.
     *
     * @param path     the JSON pointer of the record in the document, {@code ""} for the top
     * @param record   the record
     * @param workflow the workflow its history was replayed with
     * @param replay   the replay
     */
    record Replayed(String path, ProjectRecord record, Workflow workflow, Replay replay) {
        /** The refusal the replay stopped at, if any. */
        Optional<Replay.Stopped> refusal() {
            return replay instanceof Replay.Stopped stopped ? Optional.of(stopped) : Optional.empty();
        }
    }

    HistoryCommand(InputStream in, PrintStream out, PrintStream err) {
        super(in, out, err);
    }

    @Override
    int run(List<String> args) {
        boolean json = false;
        String file = null;
        for (String arg : args) {
            if (arg.equals("--json")) {
                json = true;
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
        ProjectRecord record;
        try (InputStream stream = FileInput.open(file, in)) {
            record = KrongkanJson.readAsRecord(stream);
        } catch (FileInput.Problem e) {
            return unreadable(file, e.getMessage());
        } catch (KrongkanJsonException e) {
            return unreadable(file, e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            return unreadable(file, FileInput.cannotRead(e));
        }
        List<Replayed> replays = new ArrayList<>();
        try {
            replay("", record, replays);
        } catch (IllegalArgumentException e) {
            // A workflow name that is not a default: the file cannot be replayed with the standard check.
            return unreadable(file, e.getMessage());
        }
        if (json) {
            printJson(file, replays);
        } else {
            for (Replayed r : replays) {
                printText(file, r, out);
            }
        }
        return replays.stream().anyMatch(r -> r.refusal().isPresent()) ? Krongkan.FINDINGS : Krongkan.OK;
    }

    /** Replays a record and its children, depth first, with the workflow of the standard check. */
    static void replay(String path, ProjectRecord record, List<Replayed> into) {
        Workflow workflow = RecordCheck.standard().workflowFor(record);
        into.add(new Replayed(path, record, workflow, record.replay(workflow)));
        for (int i = 0; i < record.children().size(); i++) {
            replay(path + "/" + Fields.CHILDREN + "/" + i, record.children().get(i), into);
        }
    }

    /** The history of one record as text, in English with the Thai terms. */
    static void printText(String file, Replayed r, PrintStream out) {
        ProjectRecord record = r.record();
        Project current = record.current().project();
        out.println(file + (r.path().isEmpty() ? "" : " " + r.path()) + ": " + current.name() + " (ปีงบประมาณ "
                + current.fiscalYear().buddhistEraYear() + ")");
        record.id().ifPresent(id -> out.println("  id: " + id));
        record.networkId().ifPresent(id -> out.println("  network: " + id));
        out.println("  workflow: " + r.workflow().name());
        out.println("  versions:");
        for (Version v : record.versions()) {
            StringBuilder line = new StringBuilder("    ")
                    .append(v.number())
                    .append("  ")
                    .append(Fields.enumValue(v.kind()))
                    .append(" (")
                    .append(v.kind().thai())
                    .append(')');
            v.date().ifPresent(d -> line.append("  ").append(d));
            v.title().ifPresent(t -> line.append("  ").append(t));
            out.println(line);
            v.reason().ifPresent(reason -> out.println("       reason: " + reason));
        }
        record.initialStage()
                .ifPresent(stage -> out.println(
                        "  begins mid-life, already " + Fields.enumValue(stage) + " (" + stage.thai() + ")"));
        if (record.history().isEmpty()) {
            out.println(
                    record.initialStage().isPresent()
                            ? "  history: none recorded after that"
                            : "  history: none recorded; the status is the one the latest version states");
        } else {
            out.println("  history:");
        }
        for (int i = 0; i < record.history().size(); i++) {
            Transition t = record.history().get(i);
            StringBuilder line =
                    new StringBuilder("    ").append(i + 1).append(". ").append(t.date());
            t.dateAsWritten().ifPresent(d -> line.append(" (").append(d).append(')'));
            line.append("  ")
                    .append(Fields.enumValue(t.action()))
                    .append(" (")
                    .append(t.action().thai())
                    .append(')');
            t.level()
                    .ifPresent(level -> line.append("  at ")
                            .append(Fields.enumValue(level))
                            .append(" (")
                            .append(level.thai())
                            .append(')'));
            t.version().ifPresent(v -> line.append("  version ").append(v));
            out.println(line);
            out.println("       by " + t.actor().map(HistoryCommand::actor).orElse("(no one named)"));
            t.reason().ifPresent(reason -> out.println("       reason: " + reason));
        }
        out.println("  stage: " + Fields.enumValue(record.stage()) + " ("
                + record.stage().thai() + "), status: " + Fields.enumValue(record.status()) + " ("
                + record.status().thai() + ")");
        Optional<Replay.Stopped> refusal = r.refusal();
        if (refusal.isPresent()) {
            Replay.Stopped stopped = refusal.get();
            out.println("  replay: step " + (stopped.index() + 1) + " (" + r.path() + "/" + Fields.HISTORY + "/"
                    + stopped.index() + ") refused by the " + r.workflow().name() + " workflow: "
                    + Fields.enumValue(stopped.refusal().kind()));
            out.println("      " + stopped.refusal().message());
            out.println("      " + stopped.refusal().messageThai());
        } else {
            out.println("  replay: every step accepted by the " + r.workflow().name() + " workflow");
        }
    }

    /** An actor in one line: name, position, role, unit. */
    static String actor(Actor a) {
        StringBuilder s = new StringBuilder(a.name());
        a.position().ifPresent(p -> s.append(", ").append(p));
        a.role().ifPresent(p -> s.append(", ").append(p));
        a.unit().ifPresent(p -> s.append(", ").append(p));
        return s.toString();
    }

    private void printJson(String file, List<Replayed> replays) {
        try (JsonGenerator g = new JsonFactory()
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .createGenerator(out, JsonEncoding.UTF8)
                .useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeStringField("file", file);
            g.writeArrayFieldStart("records");
            for (Replayed r : replays) {
                writeJson(g, r);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }

    private static void writeJson(JsonGenerator g, Replayed r) throws IOException {
        ProjectRecord record = r.record();
        Project current = record.current().project();
        g.writeStartObject();
        g.writeStringField("path", r.path());
        if (record.id().isPresent()) {
            g.writeStringField(Fields.ID, record.id().get());
        }
        if (record.networkId().isPresent()) {
            g.writeStringField(Fields.NETWORK_ID, record.networkId().get());
        }
        if (record.initialStage().isPresent()) {
            g.writeStringField(
                    Fields.INITIAL_STAGE, Fields.enumValue(record.initialStage().get()));
        }
        g.writeStringField("project", current.name());
        g.writeNumberField(Fields.FISCAL_YEAR, current.fiscalYear().buddhistEraYear());
        g.writeStringField(Fields.WORKFLOW, r.workflow().name());
        g.writeArrayFieldStart(Fields.VERSIONS);
        for (Version v : record.versions()) {
            g.writeStartObject();
            g.writeNumberField(Fields.NUMBER, v.number());
            g.writeStringField(Fields.KIND, Fields.enumValue(v.kind()));
            g.writeStringField("kindThai", v.kind().thai());
            optional(g, Fields.DATE, v.date().map(Object::toString));
            optional(g, Fields.TITLE, v.title());
            optional(g, Fields.REASON, v.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart(Fields.HISTORY);
        for (int i = 0; i < record.history().size(); i++) {
            Transition t = record.history().get(i);
            g.writeStartObject();
            g.writeStringField("path", r.path() + "/" + Fields.HISTORY + "/" + i);
            g.writeStringField(Fields.DATE, t.date().toString());
            optional(g, Fields.DATE_AS_WRITTEN, t.dateAsWritten());
            g.writeStringField(Fields.ACTION, Fields.enumValue(t.action()));
            g.writeStringField("actionThai", t.action().thai());
            if (t.actor().isPresent()) {
                Actor a = t.actor().get();
                g.writeObjectFieldStart(Fields.ACTOR);
                g.writeStringField(Fields.NAME, a.name());
                optional(g, Fields.POSITION, a.position());
                optional(g, Fields.ROLE, a.role());
                optional(g, Fields.UNIT, a.unit());
                g.writeEndObject();
            }
            if (t.level().isPresent()) {
                g.writeStringField(Fields.LEVEL, Fields.enumValue(t.level().get()));
                g.writeStringField("levelThai", t.level().get().thai());
            }
            optional(g, Fields.REASON, t.reason());
            g.writeNumberField(Fields.VERSION, record.versionAt(t).number());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("stage", Fields.enumValue(record.stage()));
        g.writeStringField("stageThai", record.stage().thai());
        g.writeStringField(Fields.STATUS, Fields.enumValue(record.status()));
        g.writeStringField("statusThai", record.status().thai());
        Optional<Replay.Stopped> refusal = r.refusal();
        if (refusal.isPresent()) {
            Replay.Stopped stopped = refusal.get();
            g.writeObjectFieldStart("refusal");
            g.writeStringField("path", r.path() + "/" + Fields.HISTORY + "/" + stopped.index());
            g.writeStringField(Fields.KIND, Fields.enumValue(stopped.refusal().kind()));
            g.writeStringField("message", stopped.refusal().message());
            g.writeStringField("messageThai", stopped.refusal().messageThai());
            g.writeEndObject();
        } else {
            g.writeNullField("refusal");
        }
        g.writeEndObject();
    }

    private static void optional(JsonGenerator g, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(field, value.get());
        }
    }

    private int unreadable(String file, String problem) {
        err.println("krongkan history: " + file + ": unreadable: " + problem);
        return Krongkan.UNUSABLE;
    }

    private int usage(String problem) {
        err.println("krongkan history: " + problem + "\n\n" + Krongkan.USAGE);
        return Krongkan.UNUSABLE;
    }
}
