package io.github.krongkan.json.codec;

import io.github.krongkan.document.Fields;
import io.github.krongkan.project.AlignmentLevel;
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
import io.github.krongkan.project.TargetGroup;
import io.github.krongkan.project.TargetKind;
import io.github.krongkan.project.TargetQuantity;
import java.io.IOException;
import java.time.YearMonth;
import java.util.List;

/** Reads and writes a {@link Project} object of the krongkan JSON format, version 1. */
final class ProjectJson {
    private static final List<String> REQUIRED = List.of(Fields.NAME, Fields.FISCAL_YEAR);
    private static final List<String> TOP_LEVEL_REQUIRED = List.of(Fields.FORMAT, "name", "fiscalYear");

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
                case Fields.FORMAT -> {
                    if (format == FormatMember.FORBIDDEN) {
                        return false;
                    }
                    KrongkanCodec.checkFormat(in);
                }
                case Fields.CODE -> b.code(in.text("code"));
                case Fields.NAME -> b.name(in.text("name (ชื่อโครงการ)"));
                case Fields.FISCAL_YEAR -> b.fiscalYear(in.fiscalYear("fiscalYear (ปีงบประมาณ)"));
                case Fields.RESPONSIBLE_UNITS -> b.addAllResponsibleUnits(in.strings("responsibleUnits"));
                case Fields.OWNER -> b.owner(contact(in, "owner"));
                case Fields.COORDINATOR -> b.coordinator(contact(in, "coordinator"));
                case Fields.RATIONALE -> b.rationale(in.text("rationale"));
                case Fields.OBJECTIVES -> b.addAllObjectives(in.array("objectives", () -> objective(in)));
                case Fields.TARGETS -> b.addAllTargets(in.array("targets", () -> target(in)));
                case Fields.TARGET_GROUPS ->
                    b.addAllTargetGroups(in.array("targetGroups (กลุ่มเป้าหมาย)", () -> targetGroup(in)));
                case Fields.SCHOOL_COUNT -> b.schoolCount(in.integer("schoolCount (จำนวนโรงเรียน)"));
                case Fields.AGENCY_CODE -> b.agencyCode(in.text("agencyCode (รหัสหน่วยงาน)"));
                case Fields.CO_OWNERS -> b.addAllCoOwners(in.strings("coOwners (หน่วยงานร่วม)"));
                case Fields.NETWORKS -> b.addAllNetworks(in.array("networks", () -> NetworkJson.network(in)));
                case Fields.NATURE -> b.nature(nature(in));
                case Fields.ALIGNMENTS -> b.addAllAlignments(in.array("alignments", () -> alignment(in)));
                case Fields.PLANNED_PERIOD -> b.plannedPeriod(period(in, "plannedPeriod"));
                case Fields.ACTUAL_PERIOD -> b.actualPeriod(period(in, "actualPeriod"));
                case Fields.ACTION_PLAN -> b.actionPlan(ScheduleJson.actionPlan(in));
                case Fields.PROGRESS_REPORTS -> b.addAllProgressReports(ProgressJson.reports(in));
                case Fields.LOCATION -> b.location(in.text("location"));
                case Fields.EXPECTED_BENEFITS -> b.addAllExpectedBenefits(in.strings("expectedBenefits"));
                case Fields.MONITORING -> b.monitoring(in.text("monitoring"));
                case Fields.RISK_MATRIX -> b.riskMatrix(RiskJson.matrix(in));
                case Fields.RISKS -> b.addAllRisks(in.array("risks", () -> RiskJson.risk(in)));
                case Fields.INDICATORS -> b.addAllIndicators(in.array("indicators", () -> IndicatorJson.indicator(in)));
                case Fields.STATUS -> b.status(in.enumValue("status", ProjectStatus.class));
                case Fields.APPROVALS -> b.addAllApprovals(in.array("approvals", () -> approval(in)));
                case Fields.BUDGET -> b.budget(BudgetJson.budget(in));
                case Fields.BUDGET_REVISIONS ->
                    b.addAllBudgetRevisions(in.array("budgetRevisions", () -> BudgetJson.revision(in)));
                case Fields.LEDGER -> b.ledger(BudgetJson.ledger(in));
                case Fields.MONITORING_ITEMS ->
                    b.addAllMonitoringItems(in.array("monitoringItems", () -> CloseOutJson.monitoringItem(in)));
                case Fields.CLOSE_OUT -> b.closeOut(CloseOutJson.closeOut(in));
                case Fields.CERTIFICATIONS ->
                    b.addAllCertifications(in.array("certifications", () -> CloseOutJson.certification(in)));
                case Fields.NOTES -> b.addAllNotes(in.strings("notes"));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return in.build("project", b::build);
    }

    private static Contact contact(JsonIn in, String what) {
        Contact.Builder b = Contact.builder();
        in.object(what + " (contact)", List.of(Fields.NAME), name -> {
            switch (name) {
                case Fields.NAME -> b.name(in.text("name"));
                case Fields.POSITION -> b.position(in.text("position"));
                case Fields.PHONE -> b.phone(in.text("phone"));
                case Fields.EXTENSION -> b.extension(in.text("extension"));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return in.build(what, b::build);
    }

    private static Objective objective(JsonIn in) {
        Objective.Builder b = Objective.builder();
        in.object("objective (วัตถุประสงค์)", List.of(Fields.TEXT), name -> {
            switch (name) {
                case Fields.NUMBER -> b.number(in.text("number"));
                case Fields.TEXT -> b.text(in.text("text"));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return in.build("objective", b::build);
    }

    private static Target target(JsonIn in) {
        Target.Builder b = Target.builder();
        in.object("target (เป้าหมาย)", List.of(Fields.KIND, Fields.TEXT), name -> {
            switch (name) {
                case Fields.NUMBER -> b.number(in.text("number"));
                case Fields.KIND -> b.kind(in.enumValue("kind", TargetKind.class));
                case Fields.TEXT -> b.text(in.text("text"));
                case Fields.QUANTITY -> b.quantity(in.decimal("quantity"));
                case Fields.UNIT -> b.unit(in.text("unit"));
                case Fields.OBJECTIVE_NUMBER -> b.objectiveNumber(in.text("objectiveNumber"));
                case Fields.QUANTITIES -> {
                    List<TargetQuantity> quantities = in.array("quantities", () -> targetQuantity(in));
                    if (quantities.isEmpty()) {
                        throw in.error("quantities is empty; give at least one quantity or leave quantities out");
                    }
                    b.addAllQuantities(quantities);
                }
                default -> {
                    return false;
                }
            }
            return true;
        });
        return in.build("target", b::build);
    }

    private static TargetQuantity targetQuantity(JsonIn in) {
        TargetQuantity.Builder b = TargetQuantity.builder();
        in.object("target quantity (จำนวนเป้าหมาย)", List.of(Fields.QUANTITY, Fields.UNIT), name -> {
            switch (name) {
                case Fields.QUANTITY -> b.amount(in.decimal("quantity"));
                case Fields.UNIT -> b.unit(in.text("unit"));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return in.build("target quantity", b::build);
    }

    private static TargetGroup targetGroup(JsonIn in) {
        TargetGroup.Builder b = TargetGroup.builder();
        in.object("target group (กลุ่มเป้าหมาย)", List.of(Fields.NAME), name -> {
            switch (name) {
                case Fields.NAME -> b.name(in.text("name"));
                case Fields.QUANTITY -> b.quantity(in.decimal("quantity"));
                case Fields.UNIT -> b.unit(in.text("unit"));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return in.build("target group", b::build);
    }

    private static ProjectNature nature(JsonIn in) {
        ProjectNature.Builder b = ProjectNature.builder();
        in.object("nature (ลักษณะโครงการ)", List.of(Fields.CONTINUING, Fields.ROUTINE_MISSION), name -> {
            switch (name) {
                case Fields.CONTINUING -> b.continuing(in.bool("continuing"));
                case Fields.ROUTINE_MISSION -> b.routineMission(in.bool("routineMission"));
                case Fields.FORMAT -> b.format(in.text("format"));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return in.build("nature", b::build);
    }

    private static StrategicAlignment alignment(JsonIn in) {
        StrategicAlignment.Builder b = StrategicAlignment.builder();
        in.object("alignment (ความสอดคล้องกับยุทธศาสตร์)", List.of(Fields.PLAN), name -> {
            switch (name) {
                case Fields.PLAN -> b.plan(in.text("plan"));
                case Fields.CODE -> b.code(in.text("code"));
                case Fields.LABELS -> b.addAllLabels(in.strings("labels"));
                case Fields.PLAN_ID -> b.planId(in.text("planId"));
                case Fields.LEVELS -> b.addAllLevels(in.array("levels", () -> alignmentLevel(in)));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return in.build("alignment", b::build);
    }

    private static AlignmentLevel alignmentLevel(JsonIn in) {
        AlignmentLevel.Builder b = AlignmentLevel.builder();
        in.object("alignment level (ระดับของแผน)", List.of(), name -> {
            switch (name) {
                case Fields.NAME -> b.name(in.text("name"));
                case Fields.CODE -> b.code(in.text("code"));
                case Fields.LABEL -> b.label(in.text("label"));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return in.build("alignment level", b::build);
    }

    private static ProjectPeriod period(JsonIn in, String what) {
        String[] raw = new String[2];
        in.object(what + " (ระยะเวลา)", List.of(Fields.START, Fields.END), name -> {
            switch (name) {
                case Fields.START -> raw[0] = in.text("start (ISO date or month)");
                case Fields.END -> raw[1] = in.text("end (ISO date or month)");
                default -> {
                    return false;
                }
            }
            return true;
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
                        : ProjectPeriod.of(JsonIn.isoDate(raw[0]), JsonIn.isoDate(raw[1])));
    }

    private static Approval approval(JsonIn in) {
        Approval.Builder b = Approval.builder();
        in.object("approval", List.of(Fields.ROLE, Fields.NAME), name -> {
            switch (name) {
                case Fields.ROLE -> b.role(in.enumValue("role", ApprovalRole.class));
                case Fields.NAME -> b.name(in.text("name"));
                case Fields.POSITION -> b.position(in.text("position"));
                case Fields.DATE -> b.date(in.date("date"));
                default -> {
                    return false;
                }
            }
            return true;
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
            out.text(Fields.FORMAT, KrongkanCodec.FORMAT);
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
        out.array(Fields.TARGET_GROUPS, p.targetGroups(), ProjectJson::targetGroup);
        out.integer(Fields.SCHOOL_COUNT, p.schoolCount());
        out.text(Fields.AGENCY_CODE, p.agencyCode());
        out.strings(Fields.CO_OWNERS, p.coOwners());
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
        out.array(Fields.MONITORING_ITEMS, p.monitoringItems(), CloseOutJson::monitoringItem);
        out.optional(Fields.CLOSE_OUT, p.closeOut(), CloseOutJson::closeOut);
        out.array(Fields.CERTIFICATIONS, p.certifications(), CloseOutJson::certification);
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
        out.text(Fields.OBJECTIVE_NUMBER, t.objectiveNumber());
        if (t.quantities().size() > 1) {
            out.array(Fields.QUANTITIES, t.quantities(), ProjectJson::targetQuantity);
        }
        out.endObject();
    }

    private static void targetQuantity(JsonOut out, TargetQuantity q) throws IOException {
        out.startObject();
        out.decimal(Fields.QUANTITY, q.amount());
        out.text(Fields.UNIT, q.unit());
        out.endObject();
    }

    private static void targetGroup(JsonOut out, TargetGroup g) throws IOException {
        out.startObject();
        out.text(Fields.NAME, g.name());
        out.decimal(Fields.QUANTITY, g.quantity());
        out.text(Fields.UNIT, g.unit());
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
        if (a.levels().isEmpty()) {
            out.strings(Fields.LABELS, a.labels());
        }
        out.text(Fields.PLAN_ID, a.planId());
        out.array(Fields.LEVELS, a.levels(), ProjectJson::alignmentLevel);
        out.endObject();
    }

    private static void alignmentLevel(JsonOut out, AlignmentLevel l) throws IOException {
        out.startObject();
        out.text(Fields.NAME, l.name());
        out.text(Fields.CODE, l.code());
        out.text(Fields.LABEL, l.label());
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
