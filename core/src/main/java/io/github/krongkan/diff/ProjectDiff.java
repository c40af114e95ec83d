package io.github.krongkan.diff;

import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.BudgetActivity;
import io.github.krongkan.budget.BudgetLine;
import io.github.krongkan.budget.BudgetRevision;
import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.document.Fields;
import io.github.krongkan.indicator.Indicator;
import io.github.krongkan.indicator.IndicatorTarget;
import io.github.krongkan.money.Baht;
import io.github.krongkan.network.Network;
import io.github.krongkan.project.Approval;
import io.github.krongkan.project.Objective;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectPeriod;
import io.github.krongkan.project.Target;
import io.github.krongkan.risk.Risk;
import io.github.krongkan.schedule.ActionPlan;
import io.github.krongkan.schedule.ActionStep;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The changes between two versions of a project (ความเปลี่ยนแปลงระหว่างฉบับ), such as a
 * proposal and its approved revision: {@link #between(Project, Project)}.
 *
 * <p>Every {@link Change} names its place by the JSON pointer {@code KrongkanJson.write} gives
 * the value in the old and the new document. List items are matched by what identifies them, not
 * by their index, so inserting one objective is one change and not a change of every objective
 * after it:
 *
 * <table>
 *   <caption>How list items are matched</caption>
 *   <tr><th>list</th><th>matched by</th></tr>
 *   <tr><td>{@code objectives}, {@code targets}, {@code indicators}, {@code risks},
 *       {@code actionPlan/steps}, {@code budget/activities}</td><td>{@code number}</td></tr>
 *   <tr><td>{@code networks}</td><td>{@code id}</td></tr>
 *   <tr><td>{@code progressReports}</td><td>{@code number}, else {@code date}</td></tr>
 *   <tr><td>{@code budgetRevisions}</td><td>{@code round}</td></tr>
 *   <tr><td>{@code indicators/n/targets}</td><td>{@code period}</td></tr>
 *   <tr><td>{@code budget/activities/n/lines}, {@code approvals}</td><td>index</td></tr>
 * </table>
 *
 * <p>Where an item of a list has no such key, or two items share one, that list is matched by
 * index. When the kept items of a keyed list change their order, one more change at the list's own
 * pointer gives the old and new order of their keys.
 *
 * <p><b>What is compared member by member:</b> the top-level members; the budget (its stated
 * total, words, received amount, and its activities and their lines member by member); objectives;
 * targets; indicators and their targets; the action plan's steps; networks; the planned and actual
 * periods ({@code start}, {@code end}); approvals; risks; progress reports. <b>What is compared as
 * a whole value</b> (one change at its pointer when anything inside differs): contacts
 * ({@code owner}, {@code coordinator}), {@code nature}, {@code alignments}, {@code targetGroups},
 * lists of strings, the risk matrix and each risk's ratings, the budget's source, funding sources,
 * allocations and planned disbursements, a line's factors, a target's quantities, a network's
 * schools, an indicator's formula, baseline period and measurements, each budget revision, the
 * ledger, monitoring items, the close-out and certifications. A removed or added value is always
 * one change carrying the whole value.
 *
 * <p>The diff of two equal projects is empty, and {@code between(a, b).inverse()} equals
 * {@code between(b, a)} up to the order of the changes ({@link #equals} compares them as sets).
 *
 * <p>{@link #apply(Project)} rebuilds the new version from the old one and the changes:
 * {@code between(a, b).apply(a)} equals {@code b}. It refuses, with a {@link
 * DiffMismatchException} naming the pointer, any project other than the old version.
 *
 * <p>{@link #money()} summarises the money by the lines as written ({@link
 * BudgetActivity#writtenLineSum()}): the budget up or down by how much, and each activity whose
 * lines add up to another amount. Stated subtotals and totals are not part of it; a change to one
 * is a change of its own at its pointer.
 */
public final class ProjectDiff {
    private static final Node<Project> PROJECT = project();

    private final List<Change> changes;
    private final List<MoneyChange> money;
    // Project.hashCode() of the two versions: apply refuses a project that is not the old version
    // even where it agrees with every value the changes expect.
    private final int beforeFingerprint;
    private final int afterFingerprint;

    private ProjectDiff(List<Change> changes, List<MoneyChange> money, int beforeFingerprint, int afterFingerprint) {
        this.changes = List.copyOf(changes);
        this.money = List.copyOf(money);
        this.beforeFingerprint = beforeFingerprint;
        this.afterFingerprint = afterFingerprint;
    }

    /**
     * The changes from {@code before} to {@code after}.
     *
     * @param before the old version
     * @param after  the new version
     * @return the diff, empty when the versions are equal
     */
    public static ProjectDiff between(Project before, Project after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        List<Change> out = new ArrayList<>();
        PROJECT.diff(DocumentPath.root(), DocumentPath.root(), before, after, out);
        return new ProjectDiff(out, money(before.budget(), after.budget()), before.hashCode(), after.hashCode());
    }

    /**
     * The new version, rebuilt from the old one and the changes: {@code between(a, b).apply(a)}
     * equals {@code b}, and {@code between(a, b).inverse().apply(b)} equals {@code a}.
     *
     * <p>Only the old version the diff was made from is accepted. Every removed and changed value
     * is checked against the value found at its pointer, every added value against an empty place,
     * and the project as a whole against the old version; the first that does not fit throws, and
     * no partly changed project is ever returned.
     *
     * @param before the old version, as given to {@link #between}
     * @return the new version
     * @throws DiffMismatchException (an {@link IllegalArgumentException}) when {@code before} is
     *     not the old version, naming the pointer and why, such as {@code /budget/activities/2/name:
     *     expected "ประชุม" before the change, found "อบรม"}
     * @throws IllegalStateException when the result is not the new version although {@code before}
     *     is the old one: a member of the model that the diff does not compare
     */
    public Project apply(Project before) {
        Objects.requireNonNull(before, "before");
        Changes index = new Changes(changes);
        Project after = PROJECT.apply(DocumentPath.root(), DocumentPath.root(), before, index);
        index.requireAllTaken();
        if (before.hashCode() != beforeFingerprint) {
            throw new DiffMismatchException(
                    DocumentPath.root(),
                    "the project is not the old version this diff was made from: it has every value the"
                            + " changes expect but differs elsewhere; ProjectDiff.between(old, project) shows where");
        }
        if (after.hashCode() != afterFingerprint) {
            throw new IllegalStateException("the changes did not rebuild the new version: a member of the project"
                    + " is not compared by ProjectDiff");
        }
        return after;
    }

    /**
     * The changes, in the order of the old document (removed and changed values), then the added
     * ones in the order of the new document, section by section.
     *
     * @return the changes
     */
    public List<Change> changes() {
        return changes;
    }

    /**
     * Whether the two versions are equal.
     *
     * @return true when there is no change
     */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /**
     * The money summary by the lines as written: first the budget (the sum over all activities),
     * then each activity whose lines add up to another amount, labelled {@code activity 2} by its number (or {@code activity #2} by its
     * position where an activity of either version has no number or two share one); empty when no amount changed. A version without a budget
     * counts as zero.
     *
     * @return the money changes
     */
    public List<MoneyChange> money() {
        return money;
    }

    /**
     * The same diff seen from the new version to the old one.
     *
     * @return the diff with every change and money change inverted
     */
    public ProjectDiff inverse() {
        return new ProjectDiff(
                changes.stream().map(Change::inverse).toList(),
                money.stream().map(MoneyChange::inverse).toList(),
                afterFingerprint,
                beforeFingerprint);
    }

    /**
     * The changes in English, one a line, then the money summary.
     *
     * @return the lines
     */
    public List<String> english() {
        List<String> lines = new ArrayList<>();
        changes.forEach(c -> lines.add(c.english()));
        money.forEach(m -> lines.add(m.english()));
        return lines;
    }

    /**
     * The changes in Thai, one a line, then the money summary.
     *
     * @return the lines
     */
    public List<String> thai() {
        List<String> lines = new ArrayList<>();
        changes.forEach(c -> lines.add(c.thai()));
        money.forEach(m -> lines.add(m.thai()));
        return lines;
    }

    /**
     * Equal when both hold the same changes, in any order, and the same money summary, and were
     * made between the same old and new versions (so that both {@link #apply} to the same project).
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectDiff d
                && beforeFingerprint == d.beforeFingerprint
                && afterFingerprint == d.afterFingerprint
                && changes.size() == d.changes.size()
                && new java.util.HashSet<>(changes).equals(new java.util.HashSet<>(d.changes))
                && money.equals(d.money);
    }

    @Override
    public int hashCode() {
        return (new java.util.HashSet<>(changes).hashCode() * 31 + money.hashCode()) * 31 + beforeFingerprint;
    }

    /** The English lines, one a line. */
    @Override
    public String toString() {
        return String.join("\n", english());
    }

    // ---------------------------------------------------------------- money

    private static List<MoneyChange> money(Optional<Budget> before, Optional<Budget> after) {
        List<BudgetActivity> was = before.map(Budget::activities).orElse(List.of());
        List<BudgetActivity> is = after.map(Budget::activities).orElse(List.of());
        boolean numbered = numbered(was) && numbered(is);
        Map<String, Baht[]> activities = new LinkedHashMap<>();
        for (int i = 0; i < was.size(); i++) {
            activities.computeIfAbsent(label(was.get(i), i, numbered), k -> new Baht[] {Baht.ZERO, Baht.ZERO})[0] =
                    was.get(i).writtenLineSum();
        }
        for (int i = 0; i < is.size(); i++) {
            activities.computeIfAbsent(label(is.get(i), i, numbered), k -> new Baht[] {Baht.ZERO, Baht.ZERO})[1] =
                    is.get(i).writtenLineSum();
        }
        List<MoneyChange> out = new ArrayList<>();
        activities.forEach((label, amounts) -> {
            if (!amounts[0].equals(amounts[1])) {
                out.add(new MoneyChange(label, amounts[0], amounts[1]));
            }
        });
        if (!out.isEmpty()) {
            Baht totalBefore =
                    Baht.sum(was.stream().map(BudgetActivity::writtenLineSum).toList());
            Baht totalAfter =
                    Baht.sum(is.stream().map(BudgetActivity::writtenLineSum).toList());
            out.add(0, new MoneyChange("budget", totalBefore, totalAfter));
        }
        return out;
    }

    private static boolean numbered(List<BudgetActivity> activities) {
        return activities.stream().allMatch(a -> a.number().isPresent())
                && activities.stream()
                                .map(a -> a.number().orElseThrow())
                                .distinct()
                                .count()
                        == activities.size();
    }

    private static String label(BudgetActivity a, int index, boolean numbered) {
        return numbered ? "activity " + a.number().orElseThrow() : "activity #" + (index + 1);
    }

    // ---------------------------------------------------------------- the document

    private static Node<Project> project() {
        return Node.object((Project v) -> Project.builder().from(v), Project.Builder::build)
                .optional(Fields.CODE, Project::code, Project.Builder::code)
                .value(Fields.NAME, Project::name, Project.Builder::name)
                .value(Fields.FISCAL_YEAR, Project::fiscalYear, Project.Builder::fiscalYear)
                .list(Fields.RESPONSIBLE_UNITS, Project::responsibleUnits, Project.Builder::responsibleUnits)
                .optional(Fields.OWNER, Project::owner, Project.Builder::owner)
                .optional(Fields.COORDINATOR, Project::coordinator, Project.Builder::coordinator)
                .optional(Fields.RATIONALE, Project::rationale, Project.Builder::rationale)
                .list(
                        Fields.OBJECTIVES,
                        Project::objectives,
                        Node.list(Objective::number, objective()),
                        Project.Builder::objectives)
                .list(Fields.TARGETS, Project::targets, Node.list(Target::number, target()), Project.Builder::targets)
                .list(Fields.TARGET_GROUPS, Project::targetGroups, Project.Builder::targetGroups)
                .optional(Fields.SCHOOL_COUNT, Project::schoolCount, Project.Builder::schoolCount)
                .optional(Fields.AGENCY_CODE, Project::agencyCode, Project.Builder::agencyCode)
                .list(Fields.CO_OWNERS, Project::coOwners, Project.Builder::coOwners)
                .list(
                        Fields.NETWORKS,
                        Project::networks,
                        Node.list(n -> Optional.of(n.id()), network()),
                        Project.Builder::networks)
                .optional(Fields.NATURE, Project::nature, Project.Builder::nature)
                .list(Fields.ALIGNMENTS, Project::alignments, Project.Builder::alignments)
                .optional(Fields.PLANNED_PERIOD, Project::plannedPeriod, period(), Project.Builder::plannedPeriod)
                .optional(Fields.ACTUAL_PERIOD, Project::actualPeriod, period(), Project.Builder::actualPeriod)
                .optional(Fields.ACTION_PLAN, Project::actionPlan, actionPlan(), Project.Builder::actionPlan)
                .list(
                        Fields.PROGRESS_REPORTS,
                        Project::progressReports,
                        Node.list(ProjectDiff::reportKey, report()),
                        Project.Builder::progressReports)
                .optional(Fields.LOCATION, Project::location, Project.Builder::location)
                .list(Fields.EXPECTED_BENEFITS, Project::expectedBenefits, Project.Builder::expectedBenefits)
                .optional(Fields.MONITORING, Project::monitoring, Project.Builder::monitoring)
                .optional(Fields.RISK_MATRIX, Project::riskMatrix, Project.Builder::riskMatrix)
                .list(Fields.RISKS, Project::risks, Node.list(Risk::number, risk()), Project.Builder::risks)
                .list(
                        Fields.INDICATORS,
                        Project::indicators,
                        Node.list(Indicator::number, indicator()),
                        Project.Builder::indicators)
                .value(Fields.STATUS, Project::status, Project.Builder::status)
                .list(
                        Fields.APPROVALS,
                        Project::approvals,
                        Node.list(a -> Optional.empty(), approval()),
                        Project.Builder::approvals)
                .optional(Fields.BUDGET, Project::budget, budget(), Project.Builder::budget)
                .list(
                        Fields.BUDGET_REVISIONS,
                        Project::budgetRevisions,
                        Node.list(r -> Optional.of(Integer.toString(r.round())), Node.<BudgetRevision>whole()),
                        Project.Builder::budgetRevisions)
                .optional(Fields.LEDGER, Project::ledger, Project.Builder::ledger)
                .list(Fields.MONITORING_ITEMS, Project::monitoringItems, Project.Builder::monitoringItems)
                .optional(Fields.CLOSE_OUT, Project::closeOut, Project.Builder::closeOut)
                .list(Fields.CERTIFICATIONS, Project::certifications, Project.Builder::certifications)
                .list(Fields.NOTES, Project::notes, Project.Builder::notes);
    }

    private static Optional<String> reportKey(ProgressReport r) {
        return Optional.of(r.number().orElseGet(() -> r.date().toString()));
    }

    private static Node<Objective> objective() {
        return Node.object((Objective v) -> Objective.builder().from(v), Objective.Builder::build)
                .optional(Fields.NUMBER, Objective::number, Objective.Builder::number)
                .value(Fields.TEXT, Objective::text, Objective.Builder::text);
    }

    private static Node<Target> target() {
        return Node.object((Target v) -> Target.builder().from(v), Target.Builder::build)
                .optional(Fields.NUMBER, Target::number, Target.Builder::number)
                .value(Fields.KIND, Target::kind, Target.Builder::kind)
                .value(Fields.TEXT, Target::text, Target.Builder::text)
                .optional(Fields.QUANTITY, Target::quantity, Target.Builder::quantity)
                .optional(Fields.UNIT, Target::unit, Target.Builder::unit)
                .optional(Fields.OBJECTIVE_NUMBER, Target::objectiveNumber, Target.Builder::objectiveNumber)
                .list(
                        Fields.QUANTITIES,
                        t -> t.quantities().size() > 1 ? t.quantities() : List.of(),
                        Target.Builder::quantities);
    }

    private static Node<Network> network() {
        return Node.object((Network v) -> Network.builder().from(v), Network.Builder::build)
                .value(Fields.ID, Network::id, Network.Builder::id)
                .optional(Fields.NUMBER, Network::number, Network.Builder::number)
                .optional(Fields.NAME, Network::name, Network.Builder::name)
                .value(Fields.OFFICE_ID, Network::officeId, Network.Builder::officeId)
                .optional(
                        Fields.COORDINATOR_SCHOOL_ID,
                        Network::coordinatorSchoolId,
                        Network.Builder::coordinatorSchoolId)
                .list(Fields.SCHOOLS, Network::schools, Network.Builder::schools)
                .optional(Fields.SCHOOL_COUNT, Network::schoolCount, Network.Builder::schoolCount);
    }

    private static Node<ProjectPeriod> period() {
        return Node.<ProjectPeriod, PeriodParts>object(p -> new PeriodParts(), PeriodParts::build)
                .value(Fields.START, ProjectDiff::start, PeriodParts::start)
                .value(Fields.END, ProjectDiff::end, PeriodParts::end);
    }

    /** The start as the document writes it: a month for a period in months, else a date. */
    private static Temporal start(ProjectPeriod p) {
        return p.precision() == ProjectPeriod.Precision.MONTH ? p.firstMonth() : p.start();
    }

    /** The end as the document writes it: a month for a period in months, else a date. */
    private static Temporal end(ProjectPeriod p) {
        return p.precision() == ProjectPeriod.Precision.MONTH ? p.lastMonth() : p.end();
    }

    private static Node<ActionPlan> actionPlan() {
        return Node.object((ActionPlan v) -> ActionPlan.builder().from(v), ActionPlan.Builder::build)
                .list(
                        Fields.STEPS,
                        ActionPlan::steps,
                        Node.list(ActionStep::number, step()),
                        ActionPlan.Builder::steps);
    }

    private static Node<ActionStep> step() {
        return Node.object((ActionStep v) -> ActionStep.builder().from(v), ActionStep.Builder::build)
                .optional(Fields.NUMBER, ActionStep::number, ActionStep.Builder::number)
                .value(Fields.DESCRIPTION, ActionStep::description, ActionStep.Builder::description)
                .list(Fields.PLANNED_MONTHS, ActionStep::plannedMonths, ActionStep.Builder::plannedMonths)
                .list(Fields.ACTUAL_MONTHS, ActionStep::actualMonths, ActionStep.Builder::actualMonths)
                .list(Fields.RESPONSIBLE, ActionStep::responsible, ActionStep.Builder::responsible)
                .optional(Fields.WEIGHT, ActionStep::weight, ActionStep.Builder::weight)
                .optional(Fields.ACTIVITY_NUMBER, ActionStep::activityNumber, ActionStep.Builder::activityNumber)
                .list(Fields.INDICATOR_NUMBERS, ActionStep::indicatorNumbers, ActionStep.Builder::indicatorNumbers);
    }

    private static Node<ProgressReport> report() {
        return Node.object((ProgressReport v) -> ProgressReport.builder().from(v), ProgressReport.Builder::build)
                .optional(Fields.NUMBER, ProgressReport::number, ProgressReport.Builder::number)
                .value(Fields.DATE, ProgressReport::date, ProgressReport.Builder::date)
                .optional(Fields.DATE_AS_WRITTEN, ProgressReport::dateAsWritten, ProgressReport.Builder::dateAsWritten)
                .value(Fields.PROGRESS, ProgressReport::progress, ProgressReport.Builder::progress)
                .optional(Fields.DISBURSED, ProgressReport::disbursed, ProgressReport.Builder::disbursed)
                .optional(Fields.ON_PLAN, ProgressReport::onPlan, ProgressReport.Builder::onPlan)
                .optional(Fields.ON_TARGET, ProgressReport::onTarget, ProgressReport.Builder::onTarget)
                .optional(Fields.NARRATIVE, ProgressReport::narrative, ProgressReport.Builder::narrative)
                .optional(Fields.PROBLEMS, ProgressReport::problems, ProgressReport.Builder::problems)
                .optional(Fields.OBSTACLES, ProgressReport::obstacles, ProgressReport.Builder::obstacles)
                .optional(Fields.STATUS_CHANGE, ProgressReport::statusChange, ProgressReport.Builder::statusChange)
                .list(Fields.NETWORK_MONEY, ProgressReport::networkMoney, ProgressReport.Builder::networkMoney);
    }

    private static Node<Risk> risk() {
        return Node.object((Risk v) -> Risk.builder().from(v), Risk.Builder::build)
                .optional(Fields.NUMBER, Risk::number, Risk.Builder::number)
                .value(Fields.DESCRIPTION, Risk::description, Risk.Builder::description)
                .optional(Fields.INHERENT, Risk::inherent, Risk.Builder::inherent)
                .optional(Fields.CURRENT, Risk::current, Risk.Builder::current)
                .optional(Fields.RESIDUAL, Risk::residual, Risk.Builder::residual)
                .optional(Fields.RESPONSE, Risk::response, Risk.Builder::response)
                .optional(Fields.RESPONSE_TEXT, Risk::responseText, Risk.Builder::responseText);
    }

    private static Node<Indicator> indicator() {
        return Node.object((Indicator v) -> Indicator.builder().from(v), Indicator.Builder::build)
                .optional(Fields.NUMBER, Indicator::number, Indicator.Builder::number)
                .value(Fields.NAME, Indicator::name, Indicator.Builder::name)
                .optional(Fields.TYPE, Indicator::type, Indicator.Builder::type)
                .list(
                        Fields.TYPES,
                        i -> i.types().size() > 1 ? List.copyOf(i.types()) : List.of(),
                        Indicator.Builder::types)
                .value(Fields.MEASURE, Indicator::measure, Indicator.Builder::measure)
                .optional(Fields.UNIT, Indicator::unit, Indicator.Builder::unit)
                .optional(Fields.UNIT_TEXT, Indicator::unitText, Indicator.Builder::unitText)
                .optional(Fields.FORMULA, Indicator::formula, Indicator.Builder::formula)
                .optional(Fields.DIRECTION, Indicator::direction, Indicator.Builder::direction)
                .value(Fields.ACCUMULATION, Indicator::accumulation, Indicator.Builder::accumulation)
                .list(
                        Fields.TARGETS,
                        Indicator::targets,
                        Node.list(t -> t.period().map(Object::toString), indicatorTarget()),
                        Indicator.Builder::targets)
                .optional(Fields.TARGET_TEXT, Indicator::targetText, Indicator.Builder::targetText)
                .optional(Fields.BASELINE, Indicator::baseline, Indicator.Builder::baseline)
                .optional(Fields.BASELINE_PERIOD, Indicator::baselinePeriod, Indicator.Builder::baselinePeriod)
                .optional(Fields.INSTRUMENT, Indicator::instrument, Indicator.Builder::instrument)
                .optional(Fields.INSTRUMENT_TEXT, Indicator::instrumentText, Indicator.Builder::instrumentText)
                .optional(Fields.TIMEFRAME, Indicator::timeframe, Indicator.Builder::timeframe)
                .optional(
                        Fields.LINKED_TARGET_NUMBER,
                        Indicator::linkedTargetNumber,
                        Indicator.Builder::linkedTargetNumber)
                .list(Fields.MEASUREMENTS, Indicator::measurements, Indicator.Builder::measurements);
    }

    private static Node<IndicatorTarget> indicatorTarget() {
        return Node.object((IndicatorTarget v) -> IndicatorTarget.builder().from(v), IndicatorTarget.Builder::build)
                .optional(Fields.PERIOD, IndicatorTarget::period, IndicatorTarget.Builder::period)
                .value(Fields.VALUE, IndicatorTarget::value, IndicatorTarget.Builder::value);
    }

    private static Node<Approval> approval() {
        return Node.object((Approval v) -> Approval.builder().from(v), Approval.Builder::build)
                .value(Fields.ROLE, Approval::role, Approval.Builder::role)
                .value(Fields.NAME, Approval::name, Approval.Builder::name)
                .optional(Fields.POSITION, Approval::position, Approval.Builder::position)
                .optional(Fields.DATE, Approval::date, Approval.Builder::date);
    }

    private static Node<Budget> budget() {
        return Node.object((Budget v) -> Budget.builder().from(v), Budget.Builder::build)
                .optional(Fields.SOURCE, Budget::source, Budget.Builder::source)
                .list(
                        Fields.ACTIVITIES,
                        Budget::activities,
                        Node.list(BudgetActivity::number, activity()),
                        Budget.Builder::activities)
                .optional(Fields.STATED_TOTAL, Budget::statedTotal, Budget.Builder::statedTotal)
                .optional(Fields.AMOUNT_IN_WORDS, Budget::amountInWords, Budget.Builder::amountInWords)
                .optional(Fields.RECEIVED_AMOUNT, Budget::receivedAmount, Budget.Builder::receivedAmount)
                .list(Fields.ALLOCATIONS, Budget::allocations, Budget.Builder::allocations)
                .map(Fields.PLANNED_DISBURSEMENTS, Budget::plannedDisbursements, Budget.Builder::plannedDisbursements)
                .list(Fields.FUNDING_SOURCES, Budget::fundingSources, Budget.Builder::fundingSources);
    }

    private static Node<BudgetActivity> activity() {
        return Node.object((BudgetActivity v) -> BudgetActivity.builder().from(v), BudgetActivity.Builder::build)
                .optional(Fields.NUMBER, BudgetActivity::number, BudgetActivity.Builder::number)
                .value(Fields.NAME, BudgetActivity::name, BudgetActivity.Builder::name)
                .optional(Fields.TARGET_GROUP, BudgetActivity::targetGroup, BudgetActivity.Builder::targetGroup)
                .list(
                        Fields.LINES,
                        BudgetActivity::lines,
                        Node.list(l -> Optional.empty(), line()),
                        BudgetActivity.Builder::lines)
                .optional(
                        Fields.STATED_SUBTOTAL, BudgetActivity::statedSubtotal, BudgetActivity.Builder::statedSubtotal);
    }

    private static Node<BudgetLine> line() {
        return Node.object((BudgetLine v) -> BudgetLine.builder().from(v), BudgetLine.Builder::build)
                .optional(Fields.ITEM, BudgetLine::item, BudgetLine.Builder::item)
                .optional(Fields.CATEGORY, BudgetLine::category, BudgetLine.Builder::category)
                .optional(Fields.UNIT_COST, BudgetLine::unitCost, BudgetLine.Builder::unitCost)
                .list(Fields.FACTORS, BudgetLine::factors, BudgetLine.Builder::factors)
                .optional(Fields.STATED_AMOUNT, BudgetLine::statedAmount, BudgetLine.Builder::statedAmount)
                .optional(Fields.LEGAL_REFERENCE, BudgetLine::legalReference, BudgetLine.Builder::legalReference)
                .optional(Fields.RATE_KIND, BudgetLine::rateKind, BudgetLine.Builder::rateKind);
    }

    /**
     * The start and end of a period as the diff compares them: dates, or months for a period
     * written in months ({@link ProjectPeriod.Precision#MONTH}).
     */
    private static final class PeriodParts {
        private Temporal start;
        private Temporal end;

        void start(Temporal value) {
            start = value;
        }

        void end(Temporal value) {
            end = value;
        }

        ProjectPeriod build() {
            if (start instanceof YearMonth first && end instanceof YearMonth last) {
                return ProjectPeriod.ofMonths(first, last);
            }
            if (start instanceof LocalDate first && end instanceof LocalDate last) {
                return ProjectPeriod.of(first, last);
            }
            throw new IllegalArgumentException(
                    "a period runs from a date to a date or from a month to a month, not from " + start + " to " + end);
        }
    }
}
