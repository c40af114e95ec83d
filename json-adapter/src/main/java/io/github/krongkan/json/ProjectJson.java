package io.github.krongkan.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.krongkan.project.Approval;
import io.github.krongkan.project.ApprovalRole;
import io.github.krongkan.project.Contact;
import io.github.krongkan.project.Objective;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectNature;
import io.github.krongkan.project.ProjectPeriod;
import io.github.krongkan.project.ProjectStatus;
import io.github.krongkan.project.StrategicAlignment;
import io.github.krongkan.project.Target;
import io.github.krongkan.project.TargetKind;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Reads and writes a {@link Project} object of the krongkan JSON format, version 1. */
final class ProjectJson {
    static final String FORMAT_FIELD = "format";
    private static final List<String> REQUIRED = List.of("name", "fiscalYear");
    private static final List<String> TOP_LEVEL_REQUIRED = List.of(FORMAT_FIELD, "name", "fiscalYear");

    /** Whether a project object carries the {@code "format"} member. */
    enum FormatMember {
        REQUIRED,
        OPTIONAL,
        FORBIDDEN
    }

    private ProjectJson() {}

    // ---------------------------------------------------------------- reading

    /**
     * Reads the project object the parser stands on.
     *
     * @param in          the reader
     * @param format whether the {@code "format"} member is required (top level of a project
     *               document), optional (a project embedded in a user's own JSON) or refused (a
     *               project inside a portfolio)
     */
    static Project read(JsonIn in, FormatMember format) {
        Project.Builder b = Project.builder();
        in.object("project (โครงการ)", format == FormatMember.REQUIRED ? TOP_LEVEL_REQUIRED : REQUIRED, name -> {
            switch (name) {
                case FORMAT_FIELD:
                    if (format == FormatMember.FORBIDDEN) {
                        return false;
                    }
                    KrongkanJson.checkFormat(in);
                    return true;
                case "code":
                    b.code(in.text("code"));
                    return true;
                case "name":
                    b.name(in.text("name (ชื่อโครงการ)"));
                    return true;
                case "fiscalYear":
                    b.fiscalYear(in.fiscalYear("fiscalYear (ปีงบประมาณ)"));
                    return true;
                case "responsibleUnits":
                    b.addAllResponsibleUnits(in.strings("responsibleUnits"));
                    return true;
                case "owner":
                    b.owner(contact(in, "owner"));
                    return true;
                case "coordinator":
                    b.coordinator(contact(in, "coordinator"));
                    return true;
                case "rationale":
                    b.rationale(in.text("rationale"));
                    return true;
                case "objectives":
                    b.addAllObjectives(in.array("objectives", () -> objective(in)));
                    return true;
                case "targets":
                    b.addAllTargets(in.array("targets", () -> target(in)));
                    return true;
                case "networks":
                    b.addAllNetworks(in.array("networks", () -> NetworkJson.network(in)));
                    return true;
                case "nature":
                    b.nature(nature(in));
                    return true;
                case "alignments":
                    b.addAllAlignments(in.array("alignments", () -> alignment(in)));
                    return true;
                case "plannedPeriod":
                    b.plannedPeriod(period(in, "plannedPeriod"));
                    return true;
                case "actualPeriod":
                    b.actualPeriod(period(in, "actualPeriod"));
                    return true;
                case "actionPlan":
                    b.actionPlan(ScheduleJson.actionPlan(in));
                    return true;
                case "progressReports":
                    b.addAllProgressReports(ProgressJson.reports(in));
                    return true;
                case "location":
                    b.location(in.text("location"));
                    return true;
                case "expectedBenefits":
                    b.addAllExpectedBenefits(in.strings("expectedBenefits"));
                    return true;
                case "monitoring":
                    b.monitoring(in.text("monitoring"));
                    return true;
                case "riskMatrix":
                    b.riskMatrix(RiskJson.matrix(in));
                    return true;
                case "risks":
                    b.addAllRisks(in.array("risks", () -> RiskJson.risk(in)));
                    return true;
                case "indicators":
                    b.addAllIndicators(in.array("indicators", () -> IndicatorJson.indicator(in)));
                    return true;
                case "status":
                    b.status(in.enumValue("status", ProjectStatus.class));
                    return true;
                case "approvals":
                    b.addAllApprovals(in.array("approvals", () -> approval(in)));
                    return true;
                case "budget", "budgetRevisions", "ledger":
                    BudgetJson.readProjectField(in, name, b);
                    return true;
                case "notes":
                    b.addAllNotes(in.strings("notes"));
                    return true;
                default:
                    return false;
            }
        });
        return in.build("project", b::build);
    }

    private static Contact contact(JsonIn in, String what) {
        Contact.Builder b = Contact.builder();
        in.object(what + " (contact)", List.of("name"), name -> {
            switch (name) {
                case "name":
                    b.name(in.text("name"));
                    return true;
                case "position":
                    b.position(in.text("position"));
                    return true;
                case "phone":
                    b.phone(in.text("phone"));
                    return true;
                case "extension":
                    b.extension(in.text("extension"));
                    return true;
                default:
                    return false;
            }
        });
        return in.build(what, b::build);
    }

    private static Objective objective(JsonIn in) {
        Objective.Builder b = Objective.builder();
        in.object("objective (วัตถุประสงค์)", List.of("text"), name -> {
            switch (name) {
                case "number":
                    b.number(in.text("number"));
                    return true;
                case "text":
                    b.text(in.text("text"));
                    return true;
                default:
                    return false;
            }
        });
        return in.build("objective", b::build);
    }

    private static Target target(JsonIn in) {
        Target.Builder b = Target.builder();
        in.object("target (เป้าหมาย)", List.of("kind", "text"), name -> {
            switch (name) {
                case "number":
                    b.number(in.text("number"));
                    return true;
                case "kind":
                    b.kind(in.enumValue("kind", TargetKind.class));
                    return true;
                case "text":
                    b.text(in.text("text"));
                    return true;
                case "quantity":
                    b.quantity(in.decimal("quantity"));
                    return true;
                case "unit":
                    b.unit(in.text("unit"));
                    return true;
                default:
                    return false;
            }
        });
        return in.build("target", b::build);
    }

    private static ProjectNature nature(JsonIn in) {
        ProjectNature.Builder b = ProjectNature.builder();
        in.object("nature (ลักษณะโครงการ)", List.of("continuing", "routineMission"), name -> {
            switch (name) {
                case "continuing":
                    b.continuing(in.bool("continuing"));
                    return true;
                case "routineMission":
                    b.routineMission(in.bool("routineMission"));
                    return true;
                case "format":
                    b.format(in.text("format"));
                    return true;
                default:
                    return false;
            }
        });
        return in.build("nature", b::build);
    }

    private static StrategicAlignment alignment(JsonIn in) {
        StrategicAlignment.Builder b = StrategicAlignment.builder();
        in.object("alignment (ความสอดคล้องกับยุทธศาสตร์)", List.of("plan"), name -> {
            switch (name) {
                case "plan":
                    b.plan(in.text("plan"));
                    return true;
                case "code":
                    b.code(in.text("code"));
                    return true;
                case "labels":
                    b.addAllLabels(in.strings("labels"));
                    return true;
                default:
                    return false;
            }
        });
        return in.build("alignment", b::build);
    }

    private static ProjectPeriod period(JsonIn in, String what) {
        String[] raw = new String[2];
        in.object(what + " (ระยะเวลา)", List.of("start", "end"), name -> {
            switch (name) {
                case "start":
                    raw[0] = in.text("start (ISO date or month)");
                    return true;
                case "end":
                    raw[1] = in.text("end (ISO date or month)");
                    return true;
                default:
                    return false;
            }
        });
        boolean startIsMonth = raw[0].length() == 7;
        boolean endIsMonth = raw[1].length() == 7;
        if (startIsMonth != endIsMonth) {
            throw in.error(
                    what + " mixes a month and a date; give both as months (2025-11) or both as dates (2025-11-01)");
        }
        return in.build(
                what,
                () -> startIsMonth
                        ? ProjectPeriod.ofMonths(YearMonth.parse(raw[0]), YearMonth.parse(raw[1]))
                        : ProjectPeriod.of(LocalDate.parse(raw[0]), LocalDate.parse(raw[1])));
    }

    private static Approval approval(JsonIn in) {
        Approval.Builder b = Approval.builder();
        in.object("approval", List.of("role", "name"), name -> {
            switch (name) {
                case "role":
                    b.role(in.enumValue("role", ApprovalRole.class));
                    return true;
                case "name":
                    b.name(in.text("name"));
                    return true;
                case "position":
                    b.position(in.text("position"));
                    return true;
                case "date":
                    b.date(in.date("date"));
                    return true;
                default:
                    return false;
            }
        });
        return in.build("approval", b::build);
    }

    // ---------------------------------------------------------------- writing

    static void write(JsonGenerator g, Project p, boolean withFormat) throws IOException {
        g.writeStartObject();
        if (withFormat) {
            g.writeStringField(FORMAT_FIELD, KrongkanJson.FORMAT);
        }
        optional(g, "code", p.code());
        g.writeStringField("name", p.name());
        g.writeNumberField("fiscalYear", p.fiscalYear().buddhistEraYear());
        strings(g, "responsibleUnits", p.responsibleUnits());
        if (p.owner().isPresent()) {
            g.writeFieldName("owner");
            contact(g, p.owner().get());
        }
        if (p.coordinator().isPresent()) {
            g.writeFieldName("coordinator");
            contact(g, p.coordinator().get());
        }
        optional(g, "rationale", p.rationale());
        if (!p.objectives().isEmpty()) {
            g.writeArrayFieldStart("objectives");
            for (Objective o : p.objectives()) {
                g.writeStartObject();
                optional(g, "number", o.number());
                g.writeStringField("text", o.text());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!p.targets().isEmpty()) {
            g.writeArrayFieldStart("targets");
            for (Target t : p.targets()) {
                g.writeStartObject();
                optional(g, "number", t.number());
                g.writeStringField("kind", JsonNames.of(t.kind()));
                g.writeStringField("text", t.text());
                if (t.quantity().isPresent()) {
                    g.writeFieldName("quantity");
                    g.writeNumber(t.quantity().get().toPlainString());
                }
                optional(g, "unit", t.unit());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!p.networks().isEmpty()) {
            g.writeArrayFieldStart("networks");
            for (var network : p.networks()) {
                NetworkJson.write(g, network);
            }
            g.writeEndArray();
        }
        if (p.nature().isPresent()) {
            ProjectNature n = p.nature().get();
            g.writeObjectFieldStart("nature");
            g.writeBooleanField("continuing", n.continuing());
            g.writeBooleanField("routineMission", n.routineMission());
            optional(g, "format", n.format());
            g.writeEndObject();
        }
        if (!p.alignments().isEmpty()) {
            g.writeArrayFieldStart("alignments");
            for (StrategicAlignment a : p.alignments()) {
                g.writeStartObject();
                g.writeStringField("plan", a.plan());
                optional(g, "code", a.code());
                strings(g, "labels", a.labels());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        period(g, "plannedPeriod", p.plannedPeriod());
        period(g, "actualPeriod", p.actualPeriod());
        if (p.actionPlan().isPresent()) {
            g.writeFieldName("actionPlan");
            ScheduleJson.write(g, p.actionPlan().get());
        }
        if (!p.progressReports().isEmpty()) {
            g.writeFieldName("progressReports");
            ProgressJson.write(g, p.progressReports());
        }
        optional(g, "location", p.location());
        strings(g, "expectedBenefits", p.expectedBenefits());
        optional(g, "monitoring", p.monitoring());
        RiskJson.write(g, p);
        IndicatorJson.write(g, p);
        g.writeStringField("status", JsonNames.of(p.status()));
        if (!p.approvals().isEmpty()) {
            g.writeArrayFieldStart("approvals");
            for (Approval a : p.approvals()) {
                g.writeStartObject();
                g.writeStringField("role", JsonNames.of(a.role()));
                g.writeStringField("name", a.name());
                optional(g, "position", a.position());
                if (a.date().isPresent()) {
                    g.writeStringField("date", a.date().get().toString());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        BudgetJson.writeProjectFields(g, p);
        strings(g, "notes", p.notes());
        g.writeEndObject();
    }

    private static void contact(JsonGenerator g, Contact c) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", c.name());
        optional(g, "position", c.position());
        optional(g, "phone", c.phone());
        optional(g, "extension", c.extension());
        g.writeEndObject();
    }

    private static void period(JsonGenerator g, String field, Optional<ProjectPeriod> period) throws IOException {
        if (period.isEmpty()) {
            return;
        }
        ProjectPeriod p = period.get();
        g.writeObjectFieldStart(field);
        if (p.precision() == ProjectPeriod.Precision.MONTH) {
            g.writeStringField("start", p.firstMonth().toString());
            g.writeStringField("end", p.lastMonth().toString());
        } else {
            g.writeStringField("start", p.start().toString());
            g.writeStringField("end", p.end().toString());
        }
        g.writeEndObject();
    }

    private static void optional(JsonGenerator g, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(field, value.get());
        }
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
