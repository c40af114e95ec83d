package io.github.krongkan.json.codec;

import io.github.krongkan.document.Fields;
import io.github.krongkan.lifecycle.Action;
import io.github.krongkan.lifecycle.Actor;
import io.github.krongkan.lifecycle.ProjectRecord;
import io.github.krongkan.lifecycle.ReviewLevel;
import io.github.krongkan.lifecycle.Stage;
import io.github.krongkan.lifecycle.Transition;
import io.github.krongkan.lifecycle.Version;
import io.github.krongkan.lifecycle.VersionKind;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and writes a {@link ProjectRecord} object of the krongkan JSON format, version 1: the
 * versions of a project, its recorded history and its network sub-projects. Core's refusals (a
 * revision without its reason, versions not numbered upwards, a transition naming a version the
 * record does not hold, a repeated child id) become reader errors at the pointer of the offending
 * value.
 */
final class RecordJson {
    private static final List<String> REQUIRED = List.of(Fields.VERSIONS);
    private static final List<String> TOP_LEVEL_REQUIRED = List.of(Fields.FORMAT, Fields.VERSIONS);

    private RecordJson() {}

    // ---------------------------------------------------------------- reading

    /**
     * Reads the record object the parser stands on.
     *
     * @param in     the reader
     * @param format whether the {@code "format"} member is required (top level of a record
     *               document), optional (a record embedded in a user's own JSON) or refused (a
     *               child record)
     */
    static ProjectRecord read(JsonIn in, ProjectJson.FormatMember format) {
        ProjectRecord.Builder b = ProjectRecord.builder();
        List<Optional<Integer>> named = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        List<Optional<String>> childIds = new ArrayList<>();
        in.object(
                "record (ทะเบียนโครงการ)",
                format == ProjectJson.FormatMember.REQUIRED ? TOP_LEVEL_REQUIRED : REQUIRED,
                name -> {
                    switch (name) {
                        case Fields.FORMAT -> {
                            if (format == ProjectJson.FormatMember.FORBIDDEN) {
                                return false;
                            }
                            KrongkanCodec.checkFormat(in);
                        }
                        case Fields.ID -> b.id(nonBlank(in, "id"));
                        case Fields.WORKFLOW -> b.workflow(nonBlank(in, "workflow (bma, obec or another name)"));
                        case Fields.NETWORK_ID -> b.networkId(nonBlank(in, "networkId"));
                        case Fields.INITIAL_STAGE -> {
                            Stage stage = in.enumValue("initialStage", Stage.class);
                            if (stage == Stage.CLOSED) {
                                throw in.error("initialStage must not be closed (ปิดโครงการ): nothing follows it");
                            }
                            b.initialStage(stage);
                        }
                        case Fields.VERSIONS -> {
                            List<Version> versions = in.array("versions (ฉบับ)", () -> {
                                Version v = version(in);
                                if (!numbers.isEmpty() && v.number() <= numbers.get(numbers.size() - 1)) {
                                    throw in.errorAt(
                                            in.pointer() + "/" + Fields.NUMBER,
                                            "versions must be numbered upwards: version " + v.number()
                                                    + " follows version " + numbers.get(numbers.size() - 1),
                                            null);
                                }
                                numbers.add(v.number());
                                return v;
                            });
                            if (versions.isEmpty()) {
                                throw in.error("versions is empty; a record holds at least one version (ฉบับ)");
                            }
                            b.addAllVersions(versions);
                        }
                        case Fields.HISTORY -> {
                            List<Transition> history = in.array("history (ประวัติ)", () -> transition(in));
                            history.forEach(t -> named.add(t.version()));
                            b.addAllHistory(history);
                        }
                        case Fields.CHILDREN -> {
                            List<ProjectRecord> children = in.array("children (โครงการของเครือข่าย)", () -> {
                                ProjectRecord child = read(in, ProjectJson.FormatMember.FORBIDDEN);
                                childIds.add(child.id());
                                return child;
                            });
                            b.addAllChildren(children);
                        }
                        default -> {
                            return false;
                        }
                    }
                    return true;
                });
        // On the record's END_OBJECT: pointer() designates the record.
        String at = in.pointer();
        for (int i = 0; i < named.size(); i++) {
            Optional<Integer> v = named.get(i);
            if (v.isPresent() && !numbers.contains(v.get())) {
                throw in.errorAt(
                        at + "/" + Fields.HISTORY + "/" + i + "/" + Fields.VERSION,
                        "history " + i + " names version " + v.get() + ", which the record does not hold"
                                + " (its versions are " + numbers + ")",
                        null);
            }
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < childIds.size(); i++) {
            Optional<String> id = childIds.get(i);
            if (id.isPresent() && !ids.add(id.get())) {
                throw in.errorAt(
                        at + "/" + Fields.CHILDREN + "/" + i + "/" + Fields.ID,
                        "children must not repeat an id: " + JsonIn.quote(id.get()) + " is already the id of an"
                                + " earlier child",
                        null);
            }
        }
        return in.build("record", b::build);
    }

    private static String nonBlank(JsonIn in, String what) {
        String value = in.text(what);
        if (value.isBlank()) {
            throw in.error(what + " is blank; give a value or leave it out");
        }
        return value;
    }

    private static int positive(JsonIn in, String what) {
        int value = in.integer(what);
        if (value < 1) {
            throw in.error(what + " must be 1 or more but was " + value);
        }
        return value;
    }

    private static Version version(JsonIn in) {
        Version.Builder b = Version.builder();
        in.object("version (ฉบับ)", List.of(Fields.NUMBER, Fields.KIND, Fields.PROJECT), name -> {
            switch (name) {
                case Fields.NUMBER -> b.number(positive(in, "number"));
                case Fields.KIND -> b.kind(in.enumValue("kind", VersionKind.class));
                case Fields.DATE -> b.date(in.date("date"));
                case Fields.TITLE -> b.title(in.text("title"));
                case Fields.REASON -> b.reason(in.text("reason (เหตุผลการปรับปรุง)"));
                case Fields.SOURCE -> b.source(in.text("source"));
                case Fields.PROJECT -> b.project(ProjectJson.read(in, ProjectJson.FormatMember.FORBIDDEN));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return in.build("version", b::build);
    }

    private static Transition transition(JsonIn in) {
        Transition.Builder b = Transition.builder();
        in.object("transition (ขั้นตอน)", List.of(Fields.ACTION, Fields.DATE), name -> {
            switch (name) {
                case Fields.ACTION -> b.action(in.enumValue("action", Action.class));
                case Fields.ACTOR -> b.actor(actor(in));
                case Fields.DATE -> b.date(in.date("date"));
                case Fields.DATE_AS_WRITTEN -> b.dateAsWritten(in.text("dateAsWritten"));
                case Fields.LEVEL -> b.level(in.enumValue("level", ReviewLevel.class));
                case Fields.REASON -> b.reason(in.text("reason"));
                case Fields.VERSION -> b.version(positive(in, "version"));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return in.build("transition", b::build);
    }

    private static Actor actor(JsonIn in) {
        Actor.Builder b = Actor.builder();
        in.object("actor (ผู้ดำเนินการ)", List.of(Fields.NAME), name -> {
            switch (name) {
                case Fields.NAME -> b.name(in.text("name"));
                case Fields.POSITION -> b.position(in.text("position"));
                case Fields.ROLE -> b.role(in.text("role"));
                case Fields.UNIT -> b.unit(in.text("unit"));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return in.build("actor", b::build);
    }

    /**
     * A plain project as a record of one version, numbered 1: a {@link VersionKind#RESULT_REPORT
     * result report} if it has progress reports or a close-out, else {@link VersionKind#APPROVED
     * approved} if its status is approved or later, else a {@link VersionKind#PROPOSAL proposal}.
     */
    static ProjectRecord ofProject(Project project) {
        return ProjectRecord.of(Version.of(1, kindOf(project), project));
    }

    /** The kind of version a plain project document is, as {@link #ofProject} says. */
    static VersionKind kindOf(Project project) {
        if (!project.progressReports().isEmpty() || project.closeOut().isPresent()) {
            return VersionKind.RESULT_REPORT;
        }
        ProjectStatus status = project.status();
        return status == ProjectStatus.DRAFT || status == ProjectStatus.PROPOSED
                ? VersionKind.PROPOSAL
                : VersionKind.APPROVED;
    }

    // ---------------------------------------------------------------- writing

    /**
     * Writes a record object.
     *
     * @param withFormat whether to write the {@code "format"} member first (a record document)
     */
    static void write(JsonOut out, ProjectRecord r, boolean withFormat) throws IOException {
        out.startObject();
        if (withFormat) {
            out.text(Fields.FORMAT, KrongkanCodec.FORMAT);
        }
        out.text(Fields.ID, r.id());
        out.text(Fields.WORKFLOW, r.workflow());
        out.text(Fields.NETWORK_ID, r.networkId());
        out.enumValue(Fields.INITIAL_STAGE, r.initialStage());
        out.arrayEvenEmpty(Fields.VERSIONS, r.versions(), RecordJson::version);
        out.array(Fields.HISTORY, r.history(), RecordJson::transition);
        out.array(Fields.CHILDREN, r.children(), (o, child) -> write(o, child, false));
        out.endObject();
    }

    private static void version(JsonOut out, Version v) throws IOException {
        out.startObject();
        out.integer(Fields.NUMBER, v.number());
        out.enumValue(Fields.KIND, v.kind());
        out.date(Fields.DATE, v.date());
        out.text(Fields.TITLE, v.title());
        out.text(Fields.REASON, v.reason());
        out.text(Fields.SOURCE, v.source());
        out.member(Fields.PROJECT, v.project(), (o, p) -> ProjectJson.write(o, p, false));
        out.endObject();
    }

    private static void transition(JsonOut out, Transition t) throws IOException {
        out.startObject();
        out.enumValue(Fields.ACTION, t.action());
        out.optional(Fields.ACTOR, t.actor(), RecordJson::actor);
        out.date(Fields.DATE, t.date());
        out.text(Fields.DATE_AS_WRITTEN, t.dateAsWritten());
        out.enumValue(Fields.LEVEL, t.level());
        out.text(Fields.REASON, t.reason());
        out.integer(Fields.VERSION, t.version());
        out.endObject();
    }

    private static void actor(JsonOut out, Actor a) throws IOException {
        out.startObject();
        out.text(Fields.NAME, a.name());
        out.text(Fields.POSITION, a.position());
        out.text(Fields.ROLE, a.role());
        out.text(Fields.UNIT, a.unit());
        out.endObject();
    }
}
