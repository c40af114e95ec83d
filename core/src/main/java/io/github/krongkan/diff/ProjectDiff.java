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
 * The diff does not offer {@code apply}: the values it carries are enough to read, not yet to
 * rebuild the new version from the old.
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

    private ProjectDiff(List<Change> changes, List<MoneyChange> money) {
        this.changes = List.copyOf(changes);
        this.money = List.copyOf(money);
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
        return new ProjectDiff(out, money(before.budget(), after.budget()));
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
                money.stream().map(MoneyChange::inverse).toList());
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

    /** Equal when both hold the same changes, in any order, and the same money summary. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectDiff d
                && changes.size() == d.changes.size()
                && new java.util.HashSet<>(changes).equals(new java.util.HashSet<>(d.changes))
                && money.equals(d.money);
    }

    @Override
    public int hashCode() {
        return new java.util.HashSet<>(changes).hashCode() * 31 + money.hashCode();
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
        return Node.<Project>object()
                .optional(Fields.CODE, Project::code)
                .value(Fields.NAME, Project::name)
                .value(Fields.FISCAL_YEAR, Project::fiscalYear)
                .list(Fields.RESPONSIBLE_UNITS, Project::responsibleUnits)
                .optional(Fields.OWNER, Project::owner)
                .optional(Fields.COORDINATOR, Project::coordinator)
                .optional(Fields.RATIONALE, Project::rationale)
                .list(Fields.OBJECTIVES, Project::objectives, Node.list(Objective::number, objective()))
                .list(Fields.TARGETS, Project::targets, Node.list(Target::number, target()))
                .list(Fields.TARGET_GROUPS, Project::targetGroups)
                .optional(Fields.SCHOOL_COUNT, Project::schoolCount)
                .optional(Fields.AGENCY_CODE, Project::agencyCode)
                .list(Fields.CO_OWNERS, Project::coOwners)
                .list(Fields.NETWORKS, Project::networks, Node.list(n -> Optional.of(n.id()), network()))
                .optional(Fields.NATURE, Project::nature)
                .list(Fields.ALIGNMENTS, Project::alignments)
                .optional(Fields.PLANNED_PERIOD, Project::plannedPeriod, period())
                .optional(Fields.ACTUAL_PERIOD, Project::actualPeriod, period())
                .optional(Fields.ACTION_PLAN, Project::actionPlan, actionPlan())
                .list(Fields.PROGRESS_REPORTS, Project::progressReports, Node.list(ProjectDiff::reportKey, report()))
                .optional(Fields.LOCATION, Project::location)
                .list(Fields.EXPECTED_BENEFITS, Project::expectedBenefits)
                .optional(Fields.MONITORING, Project::monitoring)
                .optional(Fields.RISK_MATRIX, Project::riskMatrix)
                .list(Fields.RISKS, Project::risks, Node.list(Risk::number, risk()))
                .list(Fields.INDICATORS, Project::indicators, Node.list(Indicator::number, indicator()))
                .value(Fields.STATUS, Project::status)
                .list(Fields.APPROVALS, Project::approvals, Node.list(a -> Optional.empty(), approval()))
                .optional(Fields.BUDGET, Project::budget, budget())
                .list(
                        Fields.BUDGET_REVISIONS,
                        Project::budgetRevisions,
                        Node.list(r -> Optional.of(Integer.toString(r.round())), Node.<BudgetRevision>whole()))
                .optional(Fields.LEDGER, Project::ledger)
                .list(Fields.MONITORING_ITEMS, Project::monitoringItems)
                .optional(Fields.CLOSE_OUT, Project::closeOut)
                .list(Fields.CERTIFICATIONS, Project::certifications)
                .list(Fields.NOTES, Project::notes);
    }

    private static Optional<String> reportKey(ProgressReport r) {
        return Optional.of(r.number().orElseGet(() -> r.date().toString()));
    }

    private static Node<Objective> objective() {
        return Node.<Objective>object()
                .optional(Fields.NUMBER, Objective::number)
                .value(Fields.TEXT, Objective::text);
    }

    private static Node<Target> target() {
        return Node.<Target>object()
                .optional(Fields.NUMBER, Target::number)
                .value(Fields.KIND, Target::kind)
                .value(Fields.TEXT, Target::text)
                .optional(Fields.QUANTITY, Target::quantity)
                .optional(Fields.UNIT, Target::unit)
                .optional(Fields.OBJECTIVE_NUMBER, Target::objectiveNumber)
                .list(Fields.QUANTITIES, t -> t.quantities().size() > 1 ? t.quantities() : List.of());
    }

    private static Node<Network> network() {
        return Node.<Network>object()
                .value(Fields.ID, Network::id)
                .optional(Fields.NUMBER, Network::number)
                .optional(Fields.NAME, Network::name)
                .value(Fields.OFFICE_ID, Network::officeId)
                .optional(Fields.COORDINATOR_SCHOOL_ID, Network::coordinatorSchoolId)
                .list(Fields.SCHOOLS, Network::schools)
                .optional(Fields.SCHOOL_COUNT, Network::schoolCount);
    }

    private static Node<ProjectPeriod> period() {
        return Node.<ProjectPeriod>object()
                .value(Fields.START, p -> p.precision() == ProjectPeriod.Precision.MONTH ? p.firstMonth() : p.start())
                .value(Fields.END, p -> p.precision() == ProjectPeriod.Precision.MONTH ? p.lastMonth() : p.end());
    }

    private static Node<ActionPlan> actionPlan() {
        return Node.<ActionPlan>object().list(Fields.STEPS, ActionPlan::steps, Node.list(ActionStep::number, step()));
    }

    private static Node<ActionStep> step() {
        return Node.<ActionStep>object()
                .optional(Fields.NUMBER, ActionStep::number)
                .value(Fields.DESCRIPTION, ActionStep::description)
                .list(Fields.PLANNED_MONTHS, ActionStep::plannedMonths)
                .list(Fields.ACTUAL_MONTHS, ActionStep::actualMonths)
                .list(Fields.RESPONSIBLE, ActionStep::responsible)
                .optional(Fields.WEIGHT, ActionStep::weight)
                .optional(Fields.ACTIVITY_NUMBER, ActionStep::activityNumber)
                .list(Fields.INDICATOR_NUMBERS, ActionStep::indicatorNumbers);
    }

    private static Node<ProgressReport> report() {
        return Node.<ProgressReport>object()
                .optional(Fields.NUMBER, ProgressReport::number)
                .value(Fields.DATE, ProgressReport::date)
                .optional(Fields.DATE_AS_WRITTEN, ProgressReport::dateAsWritten)
                .value(Fields.PROGRESS, ProgressReport::progress)
                .optional(Fields.DISBURSED, ProgressReport::disbursed)
                .optional(Fields.ON_PLAN, ProgressReport::onPlan)
                .optional(Fields.ON_TARGET, ProgressReport::onTarget)
                .optional(Fields.NARRATIVE, ProgressReport::narrative)
                .optional(Fields.PROBLEMS, ProgressReport::problems)
                .optional(Fields.OBSTACLES, ProgressReport::obstacles)
                .optional(Fields.STATUS_CHANGE, ProgressReport::statusChange)
                .list(Fields.NETWORK_MONEY, ProgressReport::networkMoney);
    }

    private static Node<Risk> risk() {
        return Node.<Risk>object()
                .optional(Fields.NUMBER, Risk::number)
                .value(Fields.DESCRIPTION, Risk::description)
                .optional(Fields.INHERENT, Risk::inherent)
                .optional(Fields.CURRENT, Risk::current)
                .optional(Fields.RESIDUAL, Risk::residual)
                .optional(Fields.RESPONSE, Risk::response)
                .optional(Fields.RESPONSE_TEXT, Risk::responseText);
    }

    private static Node<Indicator> indicator() {
        return Node.<Indicator>object()
                .optional(Fields.NUMBER, Indicator::number)
                .value(Fields.NAME, Indicator::name)
                .optional(Fields.TYPE, Indicator::type)
                .list(Fields.TYPES, i -> i.types().size() > 1 ? List.copyOf(i.types()) : List.of())
                .value(Fields.MEASURE, Indicator::measure)
                .optional(Fields.UNIT, Indicator::unit)
                .optional(Fields.UNIT_TEXT, Indicator::unitText)
                .optional(Fields.FORMULA, Indicator::formula)
                .optional(Fields.DIRECTION, Indicator::direction)
                .value(Fields.ACCUMULATION, Indicator::accumulation)
                .list(
                        Fields.TARGETS,
                        Indicator::targets,
                        Node.list(t -> t.period().map(Object::toString), indicatorTarget()))
                .optional(Fields.TARGET_TEXT, Indicator::targetText)
                .optional(Fields.BASELINE, Indicator::baseline)
                .optional(Fields.BASELINE_PERIOD, Indicator::baselinePeriod)
                .optional(Fields.INSTRUMENT, Indicator::instrument)
                .optional(Fields.INSTRUMENT_TEXT, Indicator::instrumentText)
                .optional(Fields.TIMEFRAME, Indicator::timeframe)
                .optional(Fields.LINKED_TARGET_NUMBER, Indicator::linkedTargetNumber)
                .list(Fields.MEASUREMENTS, Indicator::measurements);
    }

    private static Node<IndicatorTarget> indicatorTarget() {
        return Node.<IndicatorTarget>object()
                .optional(Fields.PERIOD, IndicatorTarget::period)
                .value(Fields.VALUE, IndicatorTarget::value);
    }

    private static Node<Approval> approval() {
        return Node.<Approval>object()
                .value(Fields.ROLE, Approval::role)
                .value(Fields.NAME, Approval::name)
                .optional(Fields.POSITION, Approval::position)
                .optional(Fields.DATE, Approval::date);
    }

    private static Node<Budget> budget() {
        return Node.<Budget>object()
                .optional(Fields.SOURCE, Budget::source)
                .list(Fields.ACTIVITIES, Budget::activities, Node.list(BudgetActivity::number, activity()))
                .optional(Fields.STATED_TOTAL, Budget::statedTotal)
                .optional(Fields.AMOUNT_IN_WORDS, Budget::amountInWords)
                .optional(Fields.RECEIVED_AMOUNT, Budget::receivedAmount)
                .list(Fields.ALLOCATIONS, Budget::allocations)
                .map(Fields.PLANNED_DISBURSEMENTS, Budget::plannedDisbursements)
                .list(Fields.FUNDING_SOURCES, Budget::fundingSources);
    }

    private static Node<BudgetActivity> activity() {
        return Node.<BudgetActivity>object()
                .optional(Fields.NUMBER, BudgetActivity::number)
                .value(Fields.NAME, BudgetActivity::name)
                .optional(Fields.TARGET_GROUP, BudgetActivity::targetGroup)
                .list(Fields.LINES, BudgetActivity::lines, Node.list(l -> Optional.empty(), line()))
                .optional(Fields.STATED_SUBTOTAL, BudgetActivity::statedSubtotal);
    }

    private static Node<BudgetLine> line() {
        return Node.<BudgetLine>object()
                .optional(Fields.ITEM, BudgetLine::item)
                .optional(Fields.CATEGORY, BudgetLine::category)
                .optional(Fields.UNIT_COST, BudgetLine::unitCost)
                .list(Fields.FACTORS, BudgetLine::factors)
                .optional(Fields.STATED_AMOUNT, BudgetLine::statedAmount)
                .optional(Fields.LEGAL_REFERENCE, BudgetLine::legalReference)
                .optional(Fields.RATE_KIND, BudgetLine::rateKind);
    }
}
