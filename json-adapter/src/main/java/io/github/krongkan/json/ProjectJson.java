package io.github.krongkan.json;

import io.github.krongkan.document.Fields;
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

    /**
     * Writes a project object.
     *
     * @param withFormat whether to write the {@code "format"} member first (a project document)
     */
    static void write(JsonOut out, Project p, boolean withFormat) throws IOException {
        out.startObject();
        if (withFormat) {
            out.text(Fields.FORMAT, KrongkanJson.FORMAT);
        }
        out.text(Fields.CODE, p.code());
        out.text(Fields.NAME, p.name());
        out.integer(Fields.FISCAL_YEAR, p.fiscalYear().buddhistEraYear());
        out.strings(Fields.RESPONSIBLE_UNITS, p.responsibleUnits());
        out.optional(Fields.OWNER, p.owner(), ProjectJson::contact);
        out.optional(Fields.COORDINATOR, p.coordinator(), ProjectJson::contact);
        out.text(Fields.RATIONALE, p.rationale());
        out.array(Fields.OBJECTIVES, p.objectives(), ProjectJson::objective);
        out.array(Fields.TARGETS, p.targets(), ProjectJson::target);
        out.array(Fields.NETWORKS, p.networks(), NetworkJson::network);
        out.optional(Fields.NATURE, p.nature(), ProjectJson::nature);
        out.array(Fields.ALIGNMENTS, p.alignments(), ProjectJson::alignment);
        out.optional(Fields.PLANNED_PERIOD, p.plannedPeriod(), ProjectJson::period);
        out.optional(Fields.ACTUAL_PERIOD, p.actualPeriod(), ProjectJson::period);
        out.optional(Fields.ACTION_PLAN, p.actionPlan(), ScheduleJson::actionPlan);
        out.array(Fields.PROGRESS_REPORTS, p.progressReports(), ProgressJson::report);
        out.text(Fields.LOCATION, p.location());
        out.strings(Fields.EXPECTED_BENEFITS, p.expectedBenefits());
        out.text(Fields.MONITORING, p.monitoring());
        out.optional(Fields.RISK_MATRIX, p.riskMatrix(), RiskJson::matrix);
        out.array(Fields.RISKS, p.risks(), RiskJson::risk);
        out.array(Fields.INDICATORS, p.indicators(), IndicatorJson::indicator);
        out.enumValue(Fields.STATUS, p.status());
        out.array(Fields.APPROVALS, p.approvals(), ProjectJson::approval);
        out.optional(Fields.BUDGET, p.budget(), BudgetJson::budget);
        out.array(Fields.BUDGET_REVISIONS, p.budgetRevisions(), BudgetJson::revision);
        out.optional(Fields.LEDGER, p.ledger(), BudgetJson::ledger);
        out.strings(Fields.NOTES, p.notes());
        out.endObject();
    }

    private static void contact(JsonOut out, Contact c) throws IOException {
        out.startObject();
        out.text(Fields.NAME, c.name());
        out.text(Fields.POSITION, c.position());
        out.text(Fields.PHONE, c.phone());
        out.text(Fields.EXTENSION, c.extension());
        out.endObject();
    }

    private static void objective(JsonOut out, Objective o) throws IOException {
        out.startObject();
        out.text(Fields.NUMBER, o.number());
        out.text(Fields.TEXT, o.text());
        out.endObject();
    }

    private static void target(JsonOut out, Target t) throws IOException {
        out.startObject();
        out.text(Fields.NUMBER, t.number());
        out.enumValue(Fields.KIND, t.kind());
        out.text(Fields.TEXT, t.text());
        out.decimal(Fields.QUANTITY, t.quantity());
        out.text(Fields.UNIT, t.unit());
        out.endObject();
    }

    private static void nature(JsonOut out, ProjectNature n) throws IOException {
        out.startObject();
        out.bool(Fields.CONTINUING, n.continuing());
        out.bool(Fields.ROUTINE_MISSION, n.routineMission());
        out.text(Fields.FORMAT, n.format());
        out.endObject();
    }

    private static void alignment(JsonOut out, StrategicAlignment a) throws IOException {
        out.startObject();
        out.text(Fields.PLAN, a.plan());
        out.text(Fields.CODE, a.code());
        out.strings(Fields.LABELS, a.labels());
        out.endObject();
    }

    private static void period(JsonOut out, ProjectPeriod p) throws IOException {
        out.startObject();
        if (p.precision() == ProjectPeriod.Precision.MONTH) {
            out.text(Fields.START, p.firstMonth().toString());
            out.text(Fields.END, p.lastMonth().toString());
        } else {
            out.date(Fields.START, p.start());
            out.date(Fields.END, p.end());
        }
        out.endObject();
    }

    private static void approval(JsonOut out, Approval a) throws IOException {
        out.startObject();
        out.enumValue(Fields.ROLE, a.role());
        out.text(Fields.NAME, a.name());
        out.text(Fields.POSITION, a.position());
        out.date(Fields.DATE, a.date());
        out.endObject();
    }
}
