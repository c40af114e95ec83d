package io.github.krongkan.project;

import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.BudgetRevision;
import io.github.krongkan.budget.Ledger;
import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.document.Fields;
import io.github.krongkan.indicator.Indicator;
import io.github.krongkan.internal.Require;
import io.github.krongkan.network.Network;
import io.github.krongkan.risk.Risk;
import io.github.krongkan.risk.RiskMatrix;
import io.github.krongkan.risk.RiskRating;
import io.github.krongkan.schedule.ActionPlan;
import io.github.krongkan.time.FiscalYear;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A school-network development project (โครงการ) as its proposal and records describe it.
 *
 * <p>Only the name and the fiscal year are required; everything else is optional or a possibly
 * empty list, because real documents leave things out. Build one with {@link #builder()}:
 *
 * <pre>{@code
 * Project project = Project.builder()
 *         .name("พัฒนาคุณภาพเครือข่ายโรงเรียนสังกัดกรุงเทพมหานคร")
 *         .fiscalYear(FiscalYear.ofBuddhistEra(2569))
 *         .addResponsibleUnit("สำนักงานเขตบางเขน", "ฝ่ายการศึกษา")
 *         .plannedPeriod(ProjectPeriod.ofMonths(YearMonth.of(2025, 11), YearMonth.of(2026, 6)))
 *         .build();
 * }</pre>
 *
 * <p>The builder rejects what is impossible (see the package documentation); suspicious content
 * is reported by {@link io.github.krongkan.check.ProjectCheck}.
 */
@Value.Immutable
public abstract class Project {
    Project() {}

    /**
     * The project code, free text as the tracking system gives it (e.g. {@code 50140000-3629}).
     *
     * @return the code
     */
    public abstract Optional<String> code();

    /**
     * The project name (ชื่อโครงการ).
     *
     * @return the name, never blank
     */
    public abstract String name();

    /**
     * The fiscal year (ปีงบประมาณ) the project belongs to.
     *
     * @return the fiscal year
     */
    public abstract FiscalYear fiscalYear();

    /**
     * The responsible unit as a path of unit names, outermost first
     * (หน่วยงานที่รับผิดชอบ, e.g. {@code [สำนักงานเขตลาดกระบัง, ฝ่ายการศึกษา]}).
     *
     * @return the unit path, possibly empty
     */
    public abstract List<String> responsibleUnits();

    /**
     * The person responsible for the project (ผู้รับผิดชอบโครงการ), if named.
     *
     * @return the owner
     */
    public abstract Optional<Contact> owner();

    /**
     * The coordinator (ผู้ประสานงาน), if named.
     *
     * @return the coordinator
     */
    public abstract Optional<Contact> coordinator();

    /**
     * The rationale (หลักการและเหตุผล), if given.
     *
     * @return the rationale text
     */
    public abstract Optional<String> rationale();

    /**
     * The objectives (วัตถุประสงค์) in document order.
     *
     * @return the objectives, possibly empty
     */
    public abstract List<Objective> objectives();

    /**
     * The targets (เป้าหมาย) in document order, quantitative and qualitative.
     *
     * @return the targets, possibly empty
     */
    public abstract List<Target> targets();

    /**
     * The target groups (กลุ่มเป้าหมาย): who the project serves or involves, and how many.
     *
     * @return the target groups in document order, possibly empty
     */
    public abstract List<TargetGroup> targetGroups();

    /**
     * How many schools the project covers as the document counts them, e.g. {@code 71 โรงเรียน}
     * (every school of an area office) when the schools are not named. Never below the number of
     * distinct schools named in its {@link #networks()}.
     *
     * @return the stated count, if any
     */
    public abstract Optional<Integer> schoolCount();

    /**
     * The agency (department) code of the unit that owns the project in the budget system (รหัส
     * หน่วยงาน), eight digits such as {@code 50280700} (seed 002). A BMA project code such as
     * {@code 50140000-3629} is this code, a dash and a serial; a project with both must agree.
     *
     * @return the eight-digit code, if any
     */
    public abstract Optional<String> agencyCode();

    /**
     * Units that own the project together with the {@link #responsibleUnits() responsible unit}
     * (หน่วยงานร่วม), e.g. seed 000's {@code โรงเรียนในสังกัดสำนักงานเขตบางเขน} beside its ฝ่ายการศึกษา.
     *
     * @return the co-owning units as written, possibly empty
     */
    public abstract List<String> coOwners();

    /**
     * The school networks or school groups the project serves (เครือข่ายโรงเรียน / กลุ่มโรงเรียน),
     * with their member schools, e.g. network 19 of Bang Khen district with its 5 schools.
     *
     * @return the networks, possibly empty; their ids differ
     */
    public abstract List<Network> networks();

    /**
     * The nature of the project (ลักษณะโครงการ), if stated.
     *
     * @return the nature
     */
    public abstract Optional<ProjectNature> nature();

    /**
     * The plans the project is aligned with (ความสอดคล้องกับยุทธศาสตร์).
     *
     * @return the alignments, possibly empty
     */
    public abstract List<StrategicAlignment> alignments();

    /**
     * The planned period (ระยะเวลาดำเนินการ), if stated.
     *
     * @return the planned period
     */
    public abstract Optional<ProjectPeriod> plannedPeriod();

    /**
     * The period the project actually ran, if recorded.
     *
     * @return the actual period
     */
    public abstract Optional<ProjectPeriod> actualPeriod();

    /**
     * The action plan (แผนปฏิบัติการ): steps over fiscal months, if given.
     *
     * @return the action plan
     */
    public abstract Optional<ActionPlan> actionPlan();

    /**
     * The progress reports (รายงานความก้าวหน้า) in document order, which need not be date order:
     * tracking systems often list the newest first. {@link io.github.krongkan.progress.ProgressHistory}
     * puts them in date order.
     *
     * @return the reports, possibly empty
     */
    public abstract List<ProgressReport> progressReports();

    /**
     * Where the project takes place (สถานที่ดำเนินการ), if stated.
     *
     * @return the location
     */
    public abstract Optional<String> location();

    /**
     * The expected benefits (ผลที่คาดว่าจะได้รับ) in document order.
     *
     * @return the benefits, possibly empty
     */
    public abstract List<String> expectedBenefits();

    /**
     * How the project is monitored and evaluated (การติดตามและประเมินผล), if stated.
     *
     * @return the monitoring text
     */
    public abstract Optional<String> monitoring();

    /**
     * The risk matrix the project grades its risks with, if the document names one; see
     * {@link #riskMatrixOrDefault()}.
     *
     * @return the risk matrix
     */
    public abstract Optional<RiskMatrix> riskMatrix();

    /**
     * The risks (ความเสี่ยงของโครงการ) in document order, each with its ratings and response. Every
     * rating lies on the scales of {@link #riskMatrixOrDefault()}.
     *
     * @return the risks, possibly empty
     */
    public abstract List<Risk> risks();

    /**
     * The indicators (ตัวชี้วัด) in document order, with their targets and measurements. An
     * indicator's {@link Indicator#linkedTargetNumber() linked target number} should name one of
     * {@link #targets()}; a link to a missing target is a mistake of the document, accepted here and
     * reported by {@link io.github.krongkan.check.ProjectCheck} ({@code LINK_TO_MISSING_ITEM}).
     *
     * @return the indicators, possibly empty
     */
    public abstract List<Indicator> indicators();

    /**
     * The risk matrix in use: {@link #riskMatrix()} if the document names one, else
     * {@link RiskMatrix#DEFAULT} (5 × 5, 1–3 low, 4–6 medium, 8–12 high, 15–25 very high).
     *
     * @return the matrix
     */
    public RiskMatrix riskMatrixOrDefault() {
        return riskMatrix().orElse(RiskMatrix.DEFAULT);
    }

    /**
     * The project's status; {@link ProjectStatus#DRAFT} unless set.
     *
     * @return the status
     */
    @Value.Default
    public ProjectStatus status() {
        return ProjectStatus.DRAFT;
    }

    /**
     * The approval chain: who proposed, endorsed and approved the project, in document order.
     *
     * @return the approvals, possibly empty
     */
    public abstract List<Approval> approvals();

    /**
     * The budget (งบประมาณ) as approved with the project: activities, expense lines, totals, the
     * money received, allocations and the planned disbursement by month. Revisions do not replace
     * it; they are kept in {@link #budgetRevisions()}.
     *
     * @return the approved budget
     */
    public abstract Optional<Budget> budget();

    /**
     * Revisions of the budget (การปรับแผน), oldest first, with strictly increasing round numbers;
     * only a project with a {@link #budget()} has them.
     *
     * @return the revisions, possibly empty
     */
    public abstract List<BudgetRevision> budgetRevisions();

    /**
     * The money as it moved: received, disbursed, obliged, returned and remaining.
     *
     * @return the ledger
     */
    public abstract Optional<Ledger> ledger();

    /**
     * The budget in force: the latest revision's, or else the approved {@link #budget()}.
     *
     * @return the current budget, if the project has one
     */
    public Optional<Budget> currentBudget() {
        return budgetRevisions().isEmpty()
                ? budget()
                : Optional.of(
                        budgetRevisions().get(budgetRevisions().size() - 1).budget());
    }

    /**
     * How the project is monitored and evaluated, item by item (การติดตามและประเมินผล): method,
     * instrument, timing and evaluator of each row or paragraph of the section. The free-text
     * {@link #monitoring()} keeps its meaning; a document may carry either or both.
     *
     * @return the monitoring items, possibly empty
     */
    public abstract List<MonitoringItem> monitoringItems();

    /**
     * The close-out (ผลการดำเนินงาน): results, problems, suggestions, lessons and evidence, if the
     * record has one.
     *
     * @return the close-out
     */
    public abstract Optional<CloseOut> closeOut();

    /**
     * The certifications of the record (คำรับรอง, e.g. ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้ …), in
     * document order. They vouch for the whole printed record, not for one progress report; see
     * {@link Certification}.
     *
     * @return the certifications, possibly empty
     */
    public abstract List<Certification> certifications();

    /**
     * Notes about the record itself, e.g. what was left out of a garbled source document.
     *
     * @return the notes, possibly empty
     */
    public abstract List<String> notes();

    /**
     * A builder for a project.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Project}; {@code build()} validates it.
     *
     * <p><b>Required:</b> {@link Project#name() name}, {@link Project#fiscalYear() fiscalYear}.
     * Every other attribute is optional, a list or has a default; {@code build()} throws {@link
     * IllegalStateException} naming each required attribute that was not set.
     */
    public static final class Builder extends ImmutableProject.Builder {
        Builder() {}
    }

    private static final Pattern AGENCY_CODE = Pattern.compile("[0-9]{8}");
    private static final Pattern BMA_PROJECT_CODE = Pattern.compile("([0-9]{8})-[0-9]+");

    @Value.Check
    void check() {
        Require.notBlank(name(), Fields.NAME);
        code().ifPresent(c -> Require.notBlank(c, Fields.CODE));
        responsibleUnits().forEach(u -> Require.notBlank(u, Fields.RESPONSIBLE_UNITS));
        expectedBenefits().forEach(b -> Require.notBlank(b, Fields.EXPECTED_BENEFITS));
        checkFacts();
        var ids = new HashSet<String>();
        for (int i = 0; i < networks().size(); i++) {
            String id = networks().get(i).id();
            if (!ids.add(id)) {
                throw new IllegalArgumentException(
                        DocumentPath.root().field(Fields.NETWORKS).index(i).field(Fields.ID) + ": the network id " + id
                                + " appears twice");
            }
        }
        if (!budgetRevisions().isEmpty() && budget().isEmpty()) {
            throw new IllegalArgumentException(DocumentPath.root().field(Fields.BUDGET_REVISIONS)
                    + ": budget revisions need the approved budget (งบประมาณ) they revise");
        }
        int round = 0;
        for (int i = 0; i < budgetRevisions().size(); i++) {
            BudgetRevision revision = budgetRevisions().get(i);
            if (revision.round() <= round) {
                throw new IllegalArgumentException(DocumentPath.root()
                                .field(Fields.BUDGET_REVISIONS)
                                .index(i)
                                .field(Fields.ROUND)
                        + ": round " + revision.round() + " follows round " + round
                        + "; rounds must increase");
            }
            round = revision.round();
        }
        RiskMatrix matrix = riskMatrixOrDefault();
        for (int i = 0; i < risks().size(); i++) {
            Risk risk = risks().get(i);
            DocumentPath at = DocumentPath.root().field(Fields.RISKS).index(i);
            checkRating(matrix, risk.inherent(), at.field(Fields.INHERENT));
            checkRating(matrix, risk.current(), at.field(Fields.CURRENT));
            checkRating(matrix, risk.residual(), at.field(Fields.RESIDUAL));
        }
    }

    private void checkFacts() {
        coOwners().forEach(u -> Require.notBlank(u, Fields.CO_OWNERS));
        if (agencyCode().isPresent()) {
            String agency = agencyCode().get();
            if (!AGENCY_CODE.matcher(agency).matches()) {
                throw new IllegalArgumentException(DocumentPath.root().field(Fields.AGENCY_CODE)
                        + ": an agency code (รหัสหน่วยงาน) is eight digits such as 50280700, was \"" + agency + "\"");
            }
            if (code().isPresent()) {
                Matcher m = BMA_PROJECT_CODE.matcher(code().get());
                if (m.matches() && !m.group(1).equals(agency)) {
                    throw new IllegalArgumentException(DocumentPath.root().field(Fields.AGENCY_CODE)
                            + ": the agency code " + agency + " differs from the agency part " + m.group(1)
                            + " of the project code " + code().get());
                }
            }
        }
        if (schoolCount().isPresent()) {
            int count = schoolCount().get();
            long named = networks().stream()
                    .flatMap(n -> n.schoolIds().stream())
                    .distinct()
                    .count();
            if (count < 0 || count < named) {
                throw new IllegalArgumentException(DocumentPath.root().field(Fields.SCHOOL_COUNT)
                        + ": the project counts " + count + " schools but its networks name " + named
                        + " (จำนวนโรงเรียนน้อยกว่ารายชื่อโรงเรียน)");
            }
        }
        NetworkReferences.check(this);
    }

    private static void checkRating(RiskMatrix matrix, Optional<RiskRating> rating, DocumentPath where) {
        if (rating.isPresent() && !matrix.fits(rating.get())) {
            throw new IllegalArgumentException(
                    where + ": likelihood " + rating.get().likelihood() + " × impact "
                            + rating.get().impact() + " is beyond the " + matrix.likelihoodLevels() + " × "
                            + matrix.impactLevels()
                            + " risk matrix " + matrix.name());
        }
    }
}
