package io.github.krongkan.testkit;

import io.github.krongkan.budget.AllocationShare;
import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.BudgetActivity;
import io.github.krongkan.budget.BudgetAllocation;
import io.github.krongkan.budget.BudgetLine;
import io.github.krongkan.budget.BudgetSource;
import io.github.krongkan.budget.BudgetSourceKind;
import io.github.krongkan.budget.Ledger;
import io.github.krongkan.budget.LedgerEntry;
import io.github.krongkan.budget.NetworkMoney;
import io.github.krongkan.budget.QuantityFactor;
import io.github.krongkan.budget.RateCeiling;
import io.github.krongkan.check.RuleCode;
import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.document.Fields;
import io.github.krongkan.indicator.ChangeBasis;
import io.github.krongkan.indicator.Direction;
import io.github.krongkan.indicator.Formula;
import io.github.krongkan.indicator.Indicator;
import io.github.krongkan.indicator.IndicatorTarget;
import io.github.krongkan.indicator.Measure;
import io.github.krongkan.indicator.Measurement;
import io.github.krongkan.lifecycle.ProjectRecord;
import io.github.krongkan.lifecycle.Version;
import io.github.krongkan.lifecycle.VersionKind;
import io.github.krongkan.money.Baht;
import io.github.krongkan.money.BahtText;
import io.github.krongkan.network.Network;
import io.github.krongkan.network.School;
import io.github.krongkan.project.Approval;
import io.github.krongkan.project.ApprovalRole;
import io.github.krongkan.project.Objective;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectPeriod;
import io.github.krongkan.project.ProjectStatus;
import io.github.krongkan.project.Target;
import io.github.krongkan.risk.Risk;
import io.github.krongkan.risk.RiskRating;
import io.github.krongkan.risk.RiskResponse;
import io.github.krongkan.schedule.ActionPlan;
import io.github.krongkan.schedule.ActionStep;
import io.github.krongkan.time.FiscalMonth;
import io.github.krongkan.time.FiscalYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * Planted errors: for a rule code, a generator of valid, varied projects in which exactly that
 * finding occurs, at a pointer the generator knows ({@link Planted#pointer()}), and no other
 * {@code ERROR} or {@code WARNING} finding. Use it to test a front-end that shows findings, or a
 * rule of your own, against documents with a known mistake:
 *
 * <pre>{@code
 * Planted planted = Plant.of("BUDGET_TOTAL_MISMATCH").sample(42L);
 * List<Finding> findings = ProjectCheck.standard().check(planted.project());
 * // findings holds BUDGET_TOTAL_MISMATCH at planted.pointer() (/budget/statedTotal)
 * }</pre>
 *
 * <p>What varies: the fiscal year, amounts, dates, list lengths (growing with the size) and the
 * position of the planted item among clean ones. Every draw comes from the {@link RandomGenerator}
 * passed to {@link Gen#next}, so the same seed gives the same project and the {@link Shrinker}
 * can shrink a planted project like any other.
 *
 * <p><b>Alone.</b> Every code of {@link #codes()} is planted alone: the check finds exactly one
 * finding, the planted one, with no companion of any severity. The planted INFO codes ({@code
 * BUDGET_WORDS_WITHOUT_EXACT}, {@code BUDGET_RATE_TABLE_MISSING}, {@code ACTUAL_END_AFTER_PLAN},
 * {@code REPORTS_NOT_IN_DATE_ORDER}, {@code REPORT_OUTSIDE_PROJECT_PERIOD}) need none either.
 *
 * <p><b>The clean part.</b> Around the planted item each project has a small clean base of its
 * own (name, fiscal year, responsible units, a note), next to the planted item clean items of the
 * same kind (activities and lines that add up, risks with a response, indicators with a direction,
 * reports in date order), and often clean objectives, risks and indicators where the planting left
 * none.
 *
 * <p>Every project rule code ({@link RuleCode#projectCodes()}, the rules of {@code
 * ProjectCheck.standard()}) is supported; a code that is not, such as a rule of project records
 * ({@link RuleCode#recordCodes()}, which judge a {@code ProjectRecord}, not one project), is refused
 * with an {@link IllegalArgumentException} that lists the supported codes.
 */
public final class Plant {
    private static final Map<RuleCode, Planter> PLANTERS = planters();

    private Plant() {}

    /**
     * The codes a generator is planted for, in the check's order.
     *
     * @return the codes
     */
    public static List<RuleCode> codes() {
        return List.copyOf(PLANTERS.keySet());
    }

    /**
     * Projects with the finding of a code planted.
     *
     * @param code a code of {@link #codes()}, e.g. {@code "BUDGET_TOTAL_MISMATCH"}
     * @return the generator
     * @throws IllegalArgumentException if no generator is planted for the code
     */
    public static Gen<Planted> of(String code) {
        Objects.requireNonNull(code, "code");
        return RuleCode.find(code.strip())
                .filter(PLANTERS::containsKey)
                .map(Plant::of)
                .orElseThrow(() -> unsupported(code));
    }

    /**
     * Projects with the finding of a code planted.
     *
     * @param code a code of {@link #codes()}
     * @return the generator
     * @throws IllegalArgumentException if no generator is planted for the code
     */
    public static Gen<Planted> of(RuleCode code) {
        Objects.requireNonNull(code, "code");
        Planter planter = PLANTERS.get(code);
        if (planter == null) {
            throw unsupported(code.code());
        }
        return (random, size) -> {
            Ctx c = new Ctx(random, Math.max(0, Math.min(size, Gen.MAX_SIZE)));
            String pointer = planter.plant(c);
            return new Planted(withCleanExtras(c, c.b.build()), code, pointer);
        };
    }

    /**
     * Project records with the finding of a code planted, for every code of {@link RuleCode}: a
     * record rule's finding ({@link RuleCode#recordCodes()}) planted in the record's history,
     * versions or sub-projects, or a project rule's finding planted in the project of the record's
     * only version ({@link #of(RuleCode)}, its pointer under {@code /versions/0/project}). {@code
     * RecordCheck.standard()} finds exactly the planted finding at {@link PlantedRecord#pointer()},
     * and nothing else:
     *
     * <pre>{@code
     * PlantedRecord planted = Plant.record("REPORT_AFTER_CLOSURE").sample(7L);
     * List<Finding> findings = RecordCheck.standard().check(planted.record());
     * // one finding: REPORT_AFTER_CLOSURE at /versions/0/project/progressReports/N
     * }</pre>
     *
     * <p>The versions are clean projects ({@link ProjectGens#clean()}); the life follows the
     * workflow ({@code bma} or {@code obec}, named or left to the default) up to the planted step,
     * and each version states the status the life gives, so that no other record rule fires.
     *
     * @param code any rule code, e.g. {@code "STATUS_MOVED_BACKWARDS"}
     * @return the generator
     * @throws IllegalArgumentException if the code is unknown
     */
    public static Gen<PlantedRecord> record(String code) {
        Objects.requireNonNull(code, "code");
        return record(RuleCode.find(code.strip())
                .orElseThrow(() -> new IllegalArgumentException("unknown rule code '" + code + "'; the codes are "
                        + java.util.Arrays.stream(RuleCode.values())
                                .map(RuleCode::code)
                                .collect(Collectors.joining(", ")))));
    }

    /**
     * Project records with the finding of a code planted; see {@link #record(String)}.
     *
     * @param code any rule code
     * @return the generator
     */
    public static Gen<PlantedRecord> record(RuleCode code) {
        Objects.requireNonNull(code, "code");
        RecordPlant.Planter planter = RecordPlant.PLANTERS.get(code);
        if (planter != null) {
            return (random, size) -> planter.plant(new RecordPlant.Ctx(random, size), code);
        }
        Gen<Planted> project = of(code);
        return project.map(p -> new PlantedRecord(
                ProjectRecord.of(Version.of(1, VersionKind.PROPOSAL, p.project())),
                code,
                "/" + Fields.VERSIONS + "/0/" + Fields.PROJECT + p.pointer()));
    }

    /**
     * Adds clean objectives, risks and indicators to a project that has none of them after the
     * planting, so that the planted mistake does not always sit in an otherwise empty document.
     */
    private static Project withCleanExtras(Ctx c, Project project) {
        Project.Builder b = Project.builder().from(project);
        if (project.objectives().isEmpty() && project.targets().isEmpty() && c.r.nextBoolean()) {
            for (int i = 1, n = c.count(1, 3); i <= n; i++) {
                b.addObjective(Objective.of("2." + i, "วัตถุประสงค์ข้อที่ " + i));
            }
        }
        if (project.risks().isEmpty() && c.r.nextBoolean()) {
            for (int i = 1, n = c.count(1, 3); i <= n; i++) {
                int likelihood = c.between(1, 5);
                int impact = c.between(1, 5);
                b.addRisk(Risk.builder()
                        .description("ความเสี่ยงที่ " + i)
                        .inherent(RiskRating.of(likelihood, impact))
                        .residual(RiskRating.of(c.between(1, likelihood), c.between(1, impact)))
                        .response(RiskResponse.REDUCE)
                        .build());
            }
        }
        if (project.indicators().isEmpty() && c.r.nextBoolean()) {
            for (int i = 0, n = c.count(1, 3); i < n; i++) {
                b.addIndicator(cleanIndicator(c, i));
            }
        }
        return b.build();
    }

    private static IllegalArgumentException unsupported(String code) {
        return new IllegalArgumentException("no planted generator for the code '" + code + "'; the supported codes are "
                + PLANTERS.keySet().stream().map(RuleCode::code).collect(Collectors.joining(", ")));
    }

    /** Plants one finding into the context's project and returns its pointer. */
    @FunctionalInterface
    private interface Planter {
        String plant(Ctx c);
    }

    /** The randomness, the size, and the project under construction with its fiscal year. */
    private static final class Ctx {
        final RandomGenerator r;
        final int size;
        final Project.Builder b = Project.builder();
        FiscalYear year;

        Ctx(RandomGenerator r, int size) {
            this.r = r;
            this.size = size;
            year(2560, 2575);
            b.name("โครงการพัฒนาเครือข่ายโรงเรียน " + (1 + r.nextInt(999)));
            for (int i = r.nextInt(Gen.scaled(2, size) + 1); i > 0; i--) {
                b.addResponsibleUnit("กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา " + i);
            }
            if (r.nextBoolean()) {
                b.addNote("บันทึกเพื่อทดสอบ " + r.nextInt(100));
            }
        }

        /** Sets a fiscal year between two Buddhist-era years, inclusive. */
        final void year(int first, int last) {
            year = FiscalYear.ofBuddhistEra(first + r.nextInt(last - first + 1));
            b.fiscalYear(year);
        }

        /** A count from min to min + extra, extra scaled by the size. */
        int count(int min, int extra) {
            return min + r.nextInt(Gen.scaled(extra, size) + 1);
        }

        int between(int min, int max) {
            return min + r.nextInt(max - min + 1);
        }

        Baht baht(long min, long max) {
            return Baht.ofBaht(min + r.nextLong(max - min + 1));
        }

        /** A date of the fiscal year, days into it (0 is 1 October). */
        LocalDate day(int days) {
            return year.start().plusDays(days);
        }

        /** A month of the fiscal year, 1 (October) to 12 (September). */
        FiscalMonth month(int number) {
            return FiscalMonth.of(year, number);
        }

        /** Sorted distinct day offsets inside the fiscal year. */
        List<Integer> days(int count, int from, int to) {
            List<Integer> days = new ArrayList<>();
            while (days.size() < count) {
                int d = between(from, to);
                if (!days.contains(d)) {
                    days.add(d);
                }
            }
            Collections.sort(days);
            return days;
        }
    }

    private static final List<BudgetSourceKind> SOURCE_KINDS = List.of(BudgetSourceKind.values());
    private static final DocumentPath BUDGET = DocumentPath.root().field(Fields.BUDGET);
    private static final DocumentPath REPORTS = DocumentPath.root().field(Fields.PROGRESS_REPORTS);
    private static final DocumentPath INDICATORS = DocumentPath.root().field(Fields.INDICATORS);

    private static Map<RuleCode, Planter> planters() {
        Map<RuleCode, Planter> p = new EnumMap<>(RuleCode.class);
        p.put(RuleCode.PERIOD_OUTSIDE_FISCAL_YEAR, Plant::periodOutsideFiscalYear);
        p.put(RuleCode.DUPLICATE_ITEM_NUMBER, Plant::duplicateItemNumber);
        p.put(RuleCode.SCHOOL_IN_TWO_NETWORKS, Plant::schoolInTwoNetworks);
        p.put(RuleCode.BUDGET_LINE_ARITHMETIC_MISMATCH, Plant::lineArithmetic);
        p.put(RuleCode.BUDGET_SUBTOTAL_MISMATCH, Plant::subtotal);
        p.put(RuleCode.BUDGET_TOTAL_MISMATCH, Plant::total);
        p.put(RuleCode.BUDGET_WORDS_MISMATCH, c -> words(c, false));
        p.put(RuleCode.BUDGET_WORDS_WITHOUT_EXACT, c -> words(c, true));
        p.put(RuleCode.BUDGET_EXCEEDS_RECEIVED, Plant::exceedsReceived);
        p.put(RuleCode.BUDGET_ALLOCATION_MISMATCH, c -> allocations(c, RuleCode.BUDGET_ALLOCATION_MISMATCH));
        p.put(RuleCode.ALLOCATION_SHARE_DUPLICATED, c -> allocations(c, RuleCode.ALLOCATION_SHARE_DUPLICATED));
        p.put(RuleCode.ALLOCATION_NETWORK_MISSING, Plant::allocationNetworkMissing);
        p.put(RuleCode.FUNDING_SOURCES_MISMATCH, Plant::fundingSources);
        p.put(RuleCode.PLANNED_DISBURSEMENTS_MISMATCH, Plant::plannedDisbursements);
        p.put(RuleCode.BUDGET_RATE_ABOVE_CEILING, c -> rate(c, true));
        p.put(RuleCode.BUDGET_RATE_TABLE_MISSING, c -> rate(c, false));
        p.put(RuleCode.LEDGER_BALANCE_MISMATCH, Plant::ledgerBalance);
        p.put(RuleCode.LEDGER_DISBURSED_EXCEEDS_RECEIVED, Plant::ledgerOverdisbursed);
        p.put(RuleCode.RISK_LEVEL_MISMATCH, c -> risks(c, RuleCode.RISK_LEVEL_MISMATCH));
        p.put(RuleCode.RISK_WITHOUT_RESPONSE, c -> risks(c, RuleCode.RISK_WITHOUT_RESPONSE));
        p.put(RuleCode.RESIDUAL_RISK_ABOVE_INHERENT, c -> risks(c, RuleCode.RESIDUAL_RISK_ABOVE_INHERENT));
        p.put(RuleCode.INDICATOR_VALUE_IMPOSSIBLE, Plant::indicatorValueImpossible);
        p.put(RuleCode.INDICATOR_TARGET_WITHOUT_DIRECTION, Plant::targetWithoutDirection);
        p.put(RuleCode.INDICATOR_TARGET_MISMATCH, Plant::targetMismatch);
        p.put(RuleCode.LINK_TO_MISSING_ITEM, Plant::linkToMissingItem);
        p.put(RuleCode.ACTIVITY_WITHOUT_STEP, Plant::activityWithoutStep);
        p.put(RuleCode.STEP_OUTSIDE_PROJECT_PERIOD, c -> stepOutside(c, true));
        p.put(RuleCode.STEP_OUTSIDE_FISCAL_YEAR, c -> stepOutside(c, false));
        p.put(RuleCode.APPROVAL_OUT_OF_ORDER, c -> approvals(c, true));
        p.put(RuleCode.APPROVAL_BY_PROPOSER, c -> approvals(c, false));
        p.put(RuleCode.INDICATOR_TARGET_IMPOSSIBLE, Plant::targetImpossible);
        p.put(RuleCode.INDICATOR_TARGET_UNREACHABLE, Plant::targetUnreachable);
        p.put(RuleCode.ACTUAL_END_AFTER_PLAN, Plant::actualEndAfterPlan);
        p.put(RuleCode.REPORTS_NOT_IN_DATE_ORDER, Plant::reportsNotInDateOrder);
        p.put(RuleCode.REPORT_DUPLICATED, Plant::reportDuplicated);
        p.put(RuleCode.REPORT_DATE_MISMATCH, c -> writtenDate(c, RuleCode.REPORT_DATE_MISMATCH));
        p.put(RuleCode.REPORT_DATE_MONTH_FIRST, c -> writtenDate(c, RuleCode.REPORT_DATE_MONTH_FIRST));
        p.put(RuleCode.REPORT_DATE_AMBIGUOUS, c -> writtenDate(c, RuleCode.REPORT_DATE_AMBIGUOUS));
        p.put(RuleCode.REPORT_OUTSIDE_FISCAL_YEAR, Plant::reportOutsideFiscalYear);
        p.put(RuleCode.REPORT_OUTSIDE_PROJECT_PERIOD, Plant::reportOutsideProjectPeriod);
        p.put(RuleCode.PROGRESS_OUT_OF_RANGE, Plant::progressOutOfRange);
        p.put(RuleCode.PROGRESS_DECREASED, c -> decreased(c, false));
        p.put(RuleCode.DISBURSED_DECREASED, c -> decreased(c, true));
        p.put(RuleCode.DISBURSED_ABOVE_BUDGET, Plant::disbursedAboveBudget);
        p.put(RuleCode.ON_PLAN_BELOW_CURVE, Plant::onPlanBelowCurve);
        p.put(RuleCode.COMPLETE_WITHOUT_DISBURSEMENT, Plant::completeWithoutDisbursement);
        p.put(RuleCode.RETURNED_WHILE_ON_TARGET, Plant::returnedWhileOnTarget);
        p.put(RuleCode.REPORT_AFTER_CANCELLATION, Plant::reportAfterCancellation);
        p.put(RuleCode.INDICATOR_RESULT_ON_CANCELLED_PROJECT, Plant::resultOnCancelledProject);
        return Collections.unmodifiableMap(p);
    }

    // ---- periods, numbers, networks

    private static String periodOutsideFiscalYear(Ctx c) {
        LocalDate start;
        LocalDate end;
        if (c.r.nextBoolean()) {
            start = c.day(c.between(0, 200));
            end = c.year.end().plusDays(c.between(1, 120));
        } else {
            start = c.year.start().minusDays(c.between(1, 120));
            end = c.day(c.between(0, 300));
        }
        c.b.plannedPeriod(ProjectPeriod.of(start, end));
        return "/" + Fields.PLANNED_PERIOD;
    }

    private static String duplicateItemNumber(Ctx c) {
        int n = c.count(2, 5);
        int at = c.between(1, n - 1);
        int copied = c.r.nextInt(at);
        boolean objectives = c.r.nextBoolean();
        for (int i = 0; i < n; i++) {
            String number = (objectives ? "2." : "3.") + (1 + (i == at ? copied : i));
            if (objectives) {
                c.b.addObjective(Objective.of(number, "วัตถุประสงค์ข้อที่ " + (i + 1)));
            } else {
                c.b.addTarget(Target.builder()
                        .from(Target.qualitative("เป้าหมายข้อที่ " + (i + 1)))
                        .number(number)
                        .build());
            }
        }
        return DocumentPath.root()
                .field(objectives ? Fields.OBJECTIVES : Fields.TARGETS)
                .index(at)
                .field(Fields.NUMBER)
                .toString();
    }

    private static String schoolInTwoNetworks(Ctx c) {
        int n = c.count(2, 3);
        int second = c.between(1, n - 1);
        int first = c.r.nextInt(second);
        List<List<School>> schools = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<School> list = new ArrayList<>();
            for (int j = c.count(1, 4); j > 0; j--) {
                list.add(School.of("school-" + (i + 1) + "-" + j, "โรงเรียนบ้าน " + (i + 1) + "-" + j));
            }
            schools.add(list);
        }
        List<School> from = schools.get(first);
        School copy = from.get(c.r.nextInt(from.size()));
        int at = c.r.nextInt(schools.get(second).size() + 1);
        schools.get(second).add(at, copy);
        for (int i = 0; i < n; i++) {
            c.b.addNetwork(Network.builder()
                    .id("net-" + (i + 1))
                    .officeId("office-1")
                    .addAllSchools(schools.get(i))
                    .build());
        }
        return DocumentPath.root()
                .field(Fields.NETWORKS)
                .index(second)
                .field(Fields.SCHOOLS)
                .index(at)
                .toString();
    }

    // ---- budgets

    /** A line that adds up: a lump sum, or a unit cost times people and meals or sets. */
    private static BudgetLine line(Ctx c) {
        if (c.r.nextBoolean()) {
            return BudgetLine.lumpSum("ค่าวัสดุ", c.baht(100, 50_000));
        }
        Baht unit = c.baht(10, 400);
        long people = c.between(1, 60);
        long times = c.between(1, 4);
        return BudgetLine.builder()
                .item("ค่าอาหาร")
                .unitCost(unit)
                .addFactor(QuantityFactor.of(people, "คน"))
                .addFactor(QuantityFactor.of(times, "มื้อ"))
                .statedAmount(unit.times(people * times))
                .build();
    }

    private static BudgetActivity activity(Ctx c, int number, boolean subtotal) {
        BudgetActivity.Builder a =
                BudgetActivity.builder().name("กิจกรรมที่ " + number).number(Integer.toString(number));
        List<BudgetLine> lines = new ArrayList<>();
        for (int i = c.count(1, 3); i > 0; i--) {
            lines.add(line(c));
        }
        a.addAllLines(lines);
        BudgetActivity built = a.build();
        return subtotal
                ? BudgetActivity.builder()
                        .from(built)
                        .statedSubtotal(built.amount())
                        .build()
                : built;
    }

    private static List<BudgetActivity> activities(Ctx c, int min) {
        List<BudgetActivity> activities = new ArrayList<>();
        for (int i = 1, n = c.count(min, 4); i <= n; i++) {
            activities.add(activity(c, i, c.r.nextBoolean()));
        }
        return activities;
    }

    /** A place for one more line: an activity of a fresh budget and a position among its lines. */
    private static final class LineSlot {
        private final List<BudgetActivity> activities;
        private final int a;
        private final List<BudgetLine> lines;
        private final int l;

        private LineSlot(List<BudgetActivity> activities, int a, int l) {
            this.activities = activities;
            this.a = a;
            this.lines = new ArrayList<>(activities.get(a).lines());
            this.l = l;
        }

        /** Puts the lines (with the one added at {@code l}) into the budget; the line's path. */
        private DocumentPath put(Ctx c) {
            BudgetActivity activity = activities.get(a);
            activities.set(
                    a,
                    BudgetActivity.builder()
                            .name(activity.name())
                            .number(activity.number().orElseThrow())
                            .addAllLines(lines)
                            .build());
            c.b.budget(Budget.builder().addAllActivities(activities).build());
            return BUDGET.field(Fields.ACTIVITIES).index(a).field(Fields.LINES).index(l);
        }
    }

    private static LineSlot lineSlot(Ctx c) {
        List<BudgetActivity> activities = activities(c, 1);
        int a = c.r.nextInt(activities.size());
        int l = c.r.nextInt(activities.get(a).lines().size() + 1);
        return new LineSlot(activities, a, l);
    }

    private static String lineArithmetic(Ctx c) {
        LineSlot slot = lineSlot(c);
        Baht unit = c.baht(10, 400);
        long people = c.between(1, 60);
        Baht right = unit.times(people);
        Baht wrong = right.plus(Baht.ofBaht(c.between(1, 1000)));
        if (c.r.nextBoolean() && right.isGreaterThan(Baht.ofBaht(1))) {
            wrong = right.minus(Baht.ofBaht(1));
        }
        slot.lines.add(
                slot.l,
                BudgetLine.builder()
                        .item("ค่าเอกสาร")
                        .unitCost(unit)
                        .addFactor(QuantityFactor.of(people, "ชุด"))
                        .statedAmount(wrong)
                        .build());
        return slot.put(c).field(Fields.STATED_AMOUNT).toString();
    }

    private static String subtotal(Ctx c) {
        List<BudgetActivity> activities = activities(c, 1);
        int a = c.r.nextInt(activities.size());
        BudgetActivity activity = activities.get(a);
        Baht wrong = activity.amount().plus(Baht.ofBaht(c.between(1, 10_000)));
        activities.set(
                a, BudgetActivity.builder().from(activity).statedSubtotal(wrong).build());
        c.b.budget(Budget.builder().addAllActivities(activities).build());
        return BUDGET.field(Fields.ACTIVITIES)
                .index(a)
                .field(Fields.STATED_SUBTOTAL)
                .toString();
    }

    private static String total(Ctx c) {
        Budget budget = Budget.builder().addAllActivities(activities(c, 1)).build();
        Baht delta = Baht.ofBaht(c.between(1, 10_000));
        Baht wrong = c.r.nextBoolean() || !budget.amount().isGreaterThan(delta)
                ? budget.amount().plus(delta)
                : budget.amount().minus(delta);
        c.b.budget(Budget.builder().from(budget).statedTotal(wrong).build());
        return BUDGET.field(Fields.STATED_TOTAL).toString();
    }

    private static String words(Ctx c, boolean withoutExact) {
        Budget budget = Budget.builder().addAllActivities(activities(c, 1)).build();
        String words;
        if (withoutExact) {
            words = BahtText.format(budget.amount()).replace("ถ้วน", "");
        } else {
            words = BahtText.format(budget.amount().plus(Baht.ofBaht(c.between(1, 100_000))));
        }
        c.b.budget(Budget.builder()
                .from(budget)
                .statedTotal(budget.amount())
                .amountInWords(words)
                .build());
        return BUDGET.field(Fields.AMOUNT_IN_WORDS).toString();
    }

    private static String exceedsReceived(Ctx c) {
        Budget budget = Budget.builder().addAllActivities(activities(c, 1)).build();
        Baht received = Baht.ofSatang(
                c.r.nextLong(budget.amount().minus(Baht.ofSatang(1)).satang() + 1));
        c.b.budget(Budget.builder().from(budget).receivedAmount(received).build());
        return BUDGET.field(Fields.RECEIVED_AMOUNT).toString();
    }

    private static String allocations(Ctx c, RuleCode code) {
        int n = c.count(1, 3);
        int at = c.r.nextInt(n);
        int shareAt = -1;
        Budget.Builder budget = Budget.builder();
        for (int i = 0; i < n; i++) {
            List<AllocationShare> shares = new ArrayList<>();
            int count = c.count(i == at ? 2 : 1, 4);
            for (int j = 0; j < count; j++) {
                shares.add(AllocationShare.builder()
                        .name("กลุ่มโรงเรียนที่ " + (i + 1) + "." + (j + 1))
                        .amount(c.baht(1_000, 90_000))
                        .build());
            }
            if (i == at && code == RuleCode.ALLOCATION_SHARE_DUPLICATED) {
                shareAt = c.between(1, shares.size());
                AllocationShare copied = shares.get(c.r.nextInt(shareAt));
                shares.add(
                        shareAt,
                        AllocationShare.builder()
                                .from(copied)
                                .amount(c.baht(1_000, 90_000))
                                .build());
            }
            Baht total = Baht.sum(shares.stream().map(AllocationShare::amount).toList());
            if (i == at && code == RuleCode.BUDGET_ALLOCATION_MISMATCH) {
                total = total.plus(Baht.ofBaht(c.between(1, 5_000)));
            }
            budget.addAllocation(BudgetAllocation.builder()
                    .description("การจัดสรรที่ " + (i + 1))
                    .total(total)
                    .addAllShares(shares)
                    .build());
        }
        c.b.budget(budget.build());
        DocumentPath allocation = BUDGET.field(Fields.ALLOCATIONS).index(at);
        return code == RuleCode.BUDGET_ALLOCATION_MISMATCH
                ? allocation.field(Fields.TOTAL).toString()
                : allocation.field(Fields.SHARES).index(shareAt).toString();
    }

    private static String allocationNetworkMissing(Ctx c) {
        int n = c.count(2, 4);
        int missing = c.r.nextInt(n);
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            c.b.addNetwork(Network.builder()
                    .id("net-" + i)
                    .officeId("office-1")
                    .addSchool(School.of("school-" + i, "โรงเรียนบ้าน " + i))
                    .build());
            if (i - 1 != missing) {
                ids.add("net-" + i);
            }
        }
        c.b.budget(Budget.builder()
                .addAllocation(BudgetAllocation.equally(Baht.ofBaht(10_000L * c.between(1, 50) * ids.size()), ids))
                .build());
        return BUDGET.field(Fields.ALLOCATIONS).toString();
    }

    private static String fundingSources(Ctx c) {
        Budget budget = Budget.builder().addAllActivities(activities(c, 1)).build();
        Baht total = budget.amount();
        int n = c.count(1, 2);
        Budget.Builder b = Budget.builder().from(budget);
        Baht sum = Baht.ZERO;
        for (int i = 0; i < n; i++) {
            Baht amount = c.baht(1, 100_000);
            sum = sum.plus(amount);
            b.addFundingSource(BudgetSource.builder()
                    .kind(SOURCE_KINDS.get(c.r.nextInt(SOURCE_KINDS.size())))
                    .amount(amount)
                    .build());
        }
        if (sum.equals(total)) {
            b.addFundingSource(BudgetSource.builder()
                    .kind(BudgetSourceKind.OTHER)
                    .amount(Baht.ofBaht(1))
                    .build());
        }
        c.b.budget(b.build());
        return BUDGET.field(Fields.FUNDING_SOURCES).toString();
    }

    private static String plannedDisbursements(Ctx c) {
        Budget budget = Budget.builder().addAllActivities(activities(c, 1)).build();
        Budget.Builder b = Budget.builder().from(budget);
        int months = c.count(1, 5);
        Baht left = budget.amount().plus(Baht.ofBaht(c.between(1, 20_000)));
        int first = c.between(1, 12 - months + 1);
        for (int i = 0; i < months; i++) {
            Baht amount = i == months - 1 ? left : Baht.ofSatang(c.r.nextLong(left.satang() / 2 + 1));
            left = left.minus(amount);
            b.putPlannedDisbursement(c.month(first + i), amount);
        }
        c.b.budget(b.build());
        return BUDGET.field(Fields.PLANNED_DISBURSEMENTS).toString();
    }

    private static String rate(Ctx c, boolean ceiling) {
        if (ceiling) {
            c.year(2557, 2568); // the shipped table is in force from 14 January 2013 to 31 October 2025
        } else if (c.r.nextBoolean()) {
            c.year(2570, 2590);
        } else {
            c.year(2520, 2556);
        }
        LineSlot slot = lineSlot(c);
        Baht unit = ceiling ? c.baht(36, 200) : c.baht(10, 200);
        long people = c.between(1, 60);
        long meals = c.between(1, 4);
        slot.lines.add(
                slot.l,
                BudgetLine.builder()
                        .item("ค่าอาหารว่างและเครื่องดื่ม")
                        .rateKind(RateCeiling.SNACKS_GOVERNMENT_VENUE)
                        .unitCost(unit)
                        .addFactor(QuantityFactor.of(people, "คน"))
                        .addFactor(QuantityFactor.of(meals, "มื้อ"))
                        .statedAmount(unit.times(people * meals))
                        .build());
        return slot.put(c).field(ceiling ? Fields.UNIT_COST : Fields.RATE_KIND).toString();
    }

    // ---- ledgers

    private static String ledgerBalance(Ctx c) {
        Baht received = c.baht(10_000, 1_000_000);
        Ledger.Builder ledger = Ledger.builder().received(received);
        Baht left = received;
        for (int i = c.count(0, 4); i > 0; i--) {
            Baht amount = Baht.ofSatang(c.r.nextLong(left.satang() / 2 + 1));
            left = left.minus(amount);
            ledger.addEntry(LedgerEntry.disbursement(c.day(c.between(0, 360)), amount));
        }
        Baht delta = Baht.ofBaht(c.between(1, 5_000));
        ledger.remaining(c.r.nextBoolean() || !left.isGreaterThan(delta) ? left.plus(delta) : left.minus(delta));
        c.b.ledger(ledger.build());
        return DocumentPath.root().field(Fields.LEDGER).field(Fields.REMAINING).toString();
    }

    private static String ledgerOverdisbursed(Ctx c) {
        int n = c.count(1, 4);
        int at = c.r.nextInt(n);
        List<Baht> amounts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            amounts.add(c.baht(100, 100_000));
        }
        Baht before = Baht.sum(amounts.subList(0, at));
        // received is at least what came before the entry and less than it with the entry
        Baht received = before.plus(Baht.ofSatang(c.r.nextLong(amounts.get(at).satang())));
        Ledger.Builder ledger = Ledger.builder().received(received);
        for (Baht amount : amounts) {
            ledger.addEntry(LedgerEntry.disbursement(c.day(c.between(0, 360)), amount));
        }
        c.b.ledger(ledger.build());
        return DocumentPath.root()
                .field(Fields.LEDGER)
                .field(Fields.ENTRIES)
                .index(at)
                .field(Fields.AMOUNT)
                .toString();
    }

    // ---- risks

    private static String risks(Ctx c, RuleCode code) {
        int n = c.count(1, 4);
        int at = c.r.nextInt(n);
        String pointer = "";
        for (int i = 0; i < n; i++) {
            int likelihood = c.between(1, 5);
            int impact = c.between(1, 5);
            Risk.Builder risk =
                    Risk.builder().description("ความเสี่ยงที่ " + (i + 1)).inherent(RiskRating.of(likelihood, impact));
            if (c.r.nextBoolean()) {
                risk.residual(RiskRating.of(c.between(1, likelihood), c.between(1, impact)));
            }
            RiskResponse[] responses = RiskResponse.values();
            risk.response(responses[c.r.nextInt(responses.length)]);
            DocumentPath path = DocumentPath.root().field(Fields.RISKS).index(i);
            if (i == at) {
                switch (code) {
                    case RISK_LEVEL_MISMATCH -> {
                        int score = likelihood * impact;
                        int stated = score;
                        while (stated == score) {
                            stated = c.between(1, 25);
                        }
                        risk.inherent(RiskRating.of(likelihood, impact, Integer.toString(stated)));
                        pointer = path.field(Fields.INHERENT)
                                .field(Fields.STATED_LEVEL)
                                .toString();
                    }
                    case RISK_WITHOUT_RESPONSE -> {
                        // a high or very high risk (8 and above on the default matrix) needs a response
                        likelihood = c.between(2, 5);
                        impact = c.between((8 + likelihood - 1) / likelihood, 5);
                        risk = Risk.builder()
                                .description("ความเสี่ยงที่ " + (i + 1))
                                .inherent(RiskRating.of(likelihood, impact));
                        pointer = path.toString();
                    }
                    default -> {
                        int l = c.between(1, 5);
                        int im = c.between(1, 5);
                        if (l * im <= likelihood * impact) {
                            likelihood = c.between(1, 4);
                            impact = c.between(1, 4);
                            l = likelihood + 1;
                            im = impact + c.r.nextInt(2);
                            risk.inherent(RiskRating.of(likelihood, impact));
                        }
                        risk.residual(RiskRating.of(l, im));
                        pointer = path.field(Fields.RESIDUAL).toString();
                    }
                }
            }
            c.b.addRisk(risk.build());
        }
        return pointer;
    }

    // ---- indicators

    private static Indicator cleanIndicator(Ctx c, int i) {
        Indicator.Builder indicator =
                Indicator.builder().name("จำนวนครูที่ผ่านการอบรม " + (i + 1)).measure(Measure.COUNT);
        if (c.r.nextBoolean()) {
            indicator
                    .direction(Direction.AT_LEAST)
                    .addTarget(IndicatorTarget.of(BigDecimal.valueOf(c.between(0, 500))));
        }
        return indicator.build();
    }

    /** Clean indicators around one planted at a random position; returns the position. */
    private static int indicators(Ctx c, Indicator planted) {
        int n = c.count(1, 4);
        int at = c.r.nextInt(n);
        for (int i = 0; i < n; i++) {
            c.b.addIndicator(i == at ? planted : cleanIndicator(c, i));
        }
        return at;
    }

    private static String indicatorValueImpossible(Ctx c) {
        int m = c.count(1, 3);
        int j = c.r.nextInt(m);
        Indicator.Builder indicator =
                Indicator.builder().name("ร้อยละของนักเรียนที่อ่านออก").measure(Measure.PERCENTAGE);
        for (int k = 0; k < m; k++) {
            BigDecimal value = k == j
                    ? BigDecimal.valueOf(c.between(10_001, 100_000), 2)
                    : BigDecimal.valueOf(c.between(0, 10_000), 2);
            indicator.addMeasurement(Measurement.builder()
                    .from(Measurement.reported(value))
                    .subjectId("school-" + (k + 1))
                    .build());
        }
        int at = indicators(c, indicator.build());
        return INDICATORS
                .index(at)
                .field(Fields.MEASUREMENTS)
                .index(j)
                .field(Fields.REPORTED_VALUE)
                .toString();
    }

    private static String targetWithoutDirection(Ctx c) {
        Indicator indicator = Indicator.builder()
                .name("ร้อยละของโรงเรียนที่ผ่านเกณฑ์")
                .measure(Measure.PERCENTAGE)
                .addTarget(IndicatorTarget.of(BigDecimal.valueOf(c.between(1, 100))))
                .build();
        return INDICATORS.index(indicators(c, indicator)).toString();
    }

    private static String targetMismatch(Ctx c) {
        long quantity = c.between(1, 500);
        String number = "3." + c.between(1, 9);
        c.b.addTarget(Target.builder()
                .from(Target.quantitative("ครู " + quantity + " คน", BigDecimal.valueOf(quantity), "คน"))
                .number(number)
                .build());
        long other = quantity;
        while (other == quantity) {
            other = c.between(1, 500);
        }
        Indicator indicator = Indicator.builder()
                .name("จำนวนครูที่ผ่านการอบรม")
                .measure(Measure.COUNT)
                .direction(Direction.AT_LEAST)
                .linkedTargetNumber(number)
                .addTarget(IndicatorTarget.of(BigDecimal.valueOf(other)))
                .build();
        return INDICATORS
                .index(indicators(c, indicator))
                .field(Fields.TARGETS)
                .index(0)
                .field(Fields.VALUE)
                .toString();
    }

    private static String linkToMissingItem(Ctx c) {
        if (c.r.nextBoolean()) {
            Indicator indicator = Indicator.builder()
                    .name("จำนวนครูที่ผ่านการอบรม")
                    .measure(Measure.COUNT)
                    .linkedTargetNumber("9." + c.between(1, 9))
                    .build();
            return INDICATORS
                    .index(indicators(c, indicator))
                    .field(Fields.LINKED_TARGET_NUMBER)
                    .toString();
        }
        int objectives = c.count(1, 3);
        for (int i = 1; i <= objectives; i++) {
            c.b.addObjective(Objective.of("2." + i, "วัตถุประสงค์ข้อที่ " + i));
        }
        int n = c.count(1, 3);
        int at = c.r.nextInt(n);
        for (int i = 0; i < n; i++) {
            String objective = i == at ? "2." + (objectives + c.between(1, 5)) : "2." + c.between(1, objectives);
            c.b.addTarget(Target.builder()
                    .from(Target.qualitative("เป้าหมายข้อที่ " + (i + 1)))
                    .number("3." + (i + 1))
                    .objectiveNumber(objective)
                    .build());
        }
        return DocumentPath.root()
                .field(Fields.TARGETS)
                .index(at)
                .field(Fields.OBJECTIVE_NUMBER)
                .toString();
    }

    private static String targetImpossible(Ctx c) {
        int k = 0;
        Indicator.Builder indicator = Indicator.builder()
                .name("ร้อยละของนักเรียนที่ผ่านเกณฑ์")
                .measure(Measure.PERCENTAGE)
                .direction(Direction.AT_LEAST)
                .addTarget(IndicatorTarget.of(BigDecimal.valueOf(c.between(10_001, 100_000), 2)));
        return INDICATORS
                .index(indicators(c, indicator.build()))
                .field(Fields.TARGETS)
                .index(k)
                .field(Fields.VALUE)
                .toString();
    }

    private static String targetUnreachable(Ctx c) {
        int baseline = c.between(0, 60);
        Indicator indicator = Indicator.builder()
                .name("ร้อยละของนักเรียนที่อ่านไม่ออก")
                .measure(Measure.PERCENTAGE)
                .direction(Direction.REDUCE_BY_AT_LEAST)
                .formula(Formula.change(ChangeBasis.ABSOLUTE))
                .baseline(BigDecimal.valueOf(baseline))
                .addTarget(IndicatorTarget.of(BigDecimal.valueOf(c.between(baseline + 1, 100))))
                .build();
        return INDICATORS
                .index(indicators(c, indicator))
                .field(Fields.TARGETS)
                .index(0)
                .field(Fields.VALUE)
                .toString();
    }

    private static String resultOnCancelledProject(Ctx c) {
        c.b.status(ProjectStatus.CANCELLED);
        Indicator indicator = Indicator.builder()
                .name("จำนวนโรงเรียนที่เข้าร่วม")
                .measure(Measure.COUNT)
                .addMeasurement(Measurement.reported(BigDecimal.valueOf(c.between(0, 200))))
                .build();
        return INDICATORS
                .index(indicators(c, indicator))
                .field(Fields.MEASUREMENTS)
                .index(0)
                .toString();
    }

    // ---- action plans and sign-off

    private static ActionStep step(Ctx c, int number, int firstMonth, int lastMonth, String activity) {
        int first = c.between(firstMonth, lastMonth);
        int last = c.between(first, lastMonth);
        ActionStep.Builder s = ActionStep.builder().description("ขั้นตอนที่ " + number);
        for (int m = first; m <= last; m++) {
            s.addPlannedMonth(c.month(m));
        }
        if (activity != null) {
            s.activityNumber(activity);
        }
        return s.build();
    }

    private static String activityWithoutStep(Ctx c) {
        List<BudgetActivity> activities = activities(c, 2);
        int missing = c.r.nextInt(activities.size());
        c.b.budget(Budget.builder().addAllActivities(activities).build());
        ActionPlan.Builder plan = ActionPlan.builder();
        int n = 0;
        for (BudgetActivity activity : activities) {
            if (activities.indexOf(activity) != missing) {
                plan.addStep(step(c, ++n, 1, 12, activity.number().orElseThrow()));
            }
        }
        c.b.actionPlan(plan.build());
        return BUDGET.field(Fields.ACTIVITIES).index(missing).toString();
    }

    private static String stepOutside(Ctx c, boolean period) {
        int lastMonth = period ? c.between(1, 11) : 12;
        if (period) {
            c.b.plannedPeriod(
                    ProjectPeriod.of(c.year.start(), c.month(lastMonth).end()));
        }
        int n = c.count(1, 4);
        int at = c.r.nextInt(n);
        int j = 0;
        ActionPlan.Builder plan = ActionPlan.builder();
        for (int i = 0; i < n; i++) {
            ActionStep step = step(c, i + 1, 1, lastMonth, null);
            if (i == at) {
                j = step.plannedMonths().size();
                FiscalMonth outside = period
                        ? c.month(c.between(lastMonth + 1, 12))
                        : FiscalMonth.of(YearMonth.from(c.year.end()).plusMonths(c.between(1, 6)));
                step = ActionStep.builder().from(step).addPlannedMonth(outside).build();
            }
            plan.addStep(step);
        }
        c.b.actionPlan(plan.build());
        return DocumentPath.root()
                .field(Fields.ACTION_PLAN)
                .field(Fields.STEPS)
                .index(at)
                .field(Fields.PLANNED_MONTHS)
                .index(j)
                .toString();
    }

    private static String approvals(Ctx c, boolean outOfOrder) {
        String proposer = "นายสมชาย ใจดี " + c.r.nextInt(100);
        int proposed = c.between(0, 300);
        c.b.addApproval(Approval.builder()
                .role(ApprovalRole.PROPOSED)
                .name(proposer)
                .date(c.day(proposed))
                .build());
        int at = 1;
        if (c.r.nextBoolean()) {
            c.b.addApproval(Approval.builder()
                    .role(ApprovalRole.ENDORSED)
                    .name("นางสาวสมศรี รักดี")
                    .date(c.day(outOfOrder ? proposed : proposed + c.between(0, 30)))
                    .build());
            at = 2;
        }
        Approval.Builder approved = Approval.builder().role(ApprovalRole.APPROVED);
        if (outOfOrder) {
            approved.name("นายประยุทธ มั่นคง").date(c.day(proposed).minusDays(c.between(1, 60)));
        } else {
            approved.name(proposer).date(c.day(proposed + 40));
        }
        c.b.addApproval(approved.build());
        return DocumentPath.root()
                .field(Fields.APPROVALS)
                .index(at)
                .field(outOfOrder ? Fields.DATE : Fields.NAME)
                .toString();
    }

    private static String actualEndAfterPlan(Ctx c) {
        int start = c.between(0, 100);
        int end = c.between(start, 300);
        c.b.plannedPeriod(ProjectPeriod.of(c.day(start), c.day(end)));
        c.b.actualPeriod(ProjectPeriod.of(c.day(start), c.day(end + c.between(1, 60))));
        return DocumentPath.root().field(Fields.ACTUAL_PERIOD).field(Fields.END).toString();
    }

    // ---- progress reports

    /** Reports on distinct days of the year (from, to), in date order, progress not falling below 100. */
    private static List<ProgressReport.Builder> reports(Ctx c, int count, int from, int to) {
        List<ProgressReport.Builder> reports = new ArrayList<>();
        int progress = 0;
        for (int d : c.days(count, from, to)) {
            progress = c.between(progress, Math.min(99, progress + 40));
            reports.add(ProgressReport.builder().date(c.day(d)).progress(BigDecimal.valueOf(progress)));
        }
        return reports;
    }

    private static void addReports(Ctx c, List<ProgressReport.Builder> reports) {
        for (ProgressReport.Builder report : reports) {
            c.b.addProgressReport(report.build());
        }
    }

    private static String reportsNotInDateOrder(Ctx c) {
        int n = c.count(2, 5);
        List<ProgressReport.Builder> reports = reports(c, n, 0, 360);
        BigDecimal progress = BigDecimal.valueOf(c.between(0, 99));
        reports.forEach(r -> r.progress(progress));
        int at = c.r.nextInt(n - 1);
        Collections.swap(reports, at, at + 1);
        addReports(c, reports);
        return REPORTS.toString();
    }

    private static String reportDuplicated(Ctx c) {
        int n = c.count(2, 5);
        List<ProgressReport.Builder> reports = reports(c, n, 0, 360);
        int at = c.between(1, n - 1);
        int copied = c.r.nextInt(at);
        for (int i = 0; i < n; i++) {
            reports.get(i).number(Integer.toString(1 + (i == at ? copied : i)));
        }
        addReports(c, reports);
        return REPORTS.index(at).field(Fields.NUMBER).toString();
    }

    private static String writtenDate(Ctx c, RuleCode code) {
        int n = c.count(1, 4);
        List<ProgressReport.Builder> reports = reports(c, n, 0, 360);
        int at = c.r.nextInt(n);
        LocalDate date;
        String written;
        switch (code) {
            case REPORT_DATE_MISMATCH -> {
                date = c.day(c.between(0, 360));
                LocalDate other = date.plusDays(c.between(1, 20));
                written = String.format(
                        "%02d/%02d/%d", other.getDayOfMonth(), other.getMonthValue(), other.getYear() + 543);
                if (other.getDayOfMonth() <= 12) {
                    written = other.getDayOfMonth() + " " + thaiMonth(other) + " " + (other.getYear() + 543);
                }
            }
            case REPORT_DATE_MONTH_FIRST -> {
                date = c.day(c.between(0, 360));
                date = date.withDayOfMonth(c.between(13, date.lengthOfMonth()));
                written =
                        String.format("%02d/%02d/%d", date.getMonthValue(), date.getDayOfMonth(), date.getYear() + 543);
            }
            default -> {
                date = c.day(c.between(0, 360));
                int month = date.getMonthValue();
                int day = c.between(1, 12);
                while (day == month) {
                    day = c.between(1, 12);
                }
                date = date.withDayOfMonth(day);
                written = String.format("%02d/%02d/%d", day, month, date.getYear());
            }
        }
        // keep the other reports off the planted report's date
        List<ProgressReport.Builder> kept = new ArrayList<>();
        for (ProgressReport.Builder r : reports) {
            if (!r.build().date().equals(date)) {
                kept.add(r);
            }
        }
        at = Math.min(at, kept.size());
        ProgressReport.Builder planted =
                ProgressReport.builder().date(date).progress(BigDecimal.ZERO).dateAsWritten(written);
        kept.add(at, planted);
        kept.sort((a, b) -> a.build().date().compareTo(b.build().date()));
        for (int i = 0; i < kept.size(); i++) {
            if (kept.get(i) == planted) {
                at = i;
            }
        }
        BigDecimal progress = BigDecimal.valueOf(c.between(0, 99));
        kept.forEach(r -> r.progress(progress));
        addReports(c, kept);
        return REPORTS.index(at).field(Fields.DATE_AS_WRITTEN).toString();
    }

    private static String thaiMonth(LocalDate date) {
        return List.of(
                        "มกราคม",
                        "กุมภาพันธ์",
                        "มีนาคม",
                        "เมษายน",
                        "พฤษภาคม",
                        "มิถุนายน",
                        "กรกฎาคม",
                        "สิงหาคม",
                        "กันยายน",
                        "ตุลาคม",
                        "พฤศจิกายน",
                        "ธันวาคม")
                .get(date.getMonthValue() - 1);
    }

    private static String reportOutsideFiscalYear(Ctx c) {
        int n = c.count(1, 4);
        boolean before = c.r.nextBoolean();
        List<ProgressReport.Builder> reports = reports(c, n, 0, 360);
        int at = before ? 0 : n;
        LocalDate date = before
                ? c.year.start().minusDays(c.between(1, 90))
                : c.year.end().plusDays(c.between(1, 90));
        BigDecimal progress =
                before ? BigDecimal.ZERO : reports.get(n - 1).build().progress();
        reports.add(at, ProgressReport.builder().date(date).progress(progress));
        addReports(c, reports);
        return REPORTS.index(at).field(Fields.DATE).toString();
    }

    private static String reportOutsideProjectPeriod(Ctx c) {
        int end = c.between(60, 300);
        c.b.plannedPeriod(ProjectPeriod.of(c.year.start(), c.day(end)));
        int n = c.count(1, 4);
        List<ProgressReport.Builder> reports = reports(c, n, 0, end);
        reports.add(ProgressReport.builder()
                .date(c.day(c.between(end + 1, 364)))
                .progress(reports.get(n - 1).build().progress()));
        addReports(c, reports);
        return REPORTS.index(n).field(Fields.DATE).toString();
    }

    private static String progressOutOfRange(Ctx c) {
        int n = c.count(1, 4);
        List<ProgressReport.Builder> reports = reports(c, n, 0, 360);
        reports.get(n - 1).progress(BigDecimal.valueOf(c.between(10_001, 50_000), 2));
        addReports(c, reports);
        return REPORTS.index(n - 1).field(Fields.PROGRESS).toString();
    }

    private static String decreased(Ctx c, boolean disbursed) {
        int n = c.count(2, 4);
        List<ProgressReport.Builder> reports = reports(c, n, 0, 360);
        int at = c.between(1, n - 1);
        if (disbursed) {
            long money = 0;
            long before = 0;
            for (int i = 0; i < n; i++) {
                money += c.between(1, 50_000);
                if (i == at - 1) {
                    before = money;
                }
                reports.get(i).disbursed(Baht.ofBaht(i == at ? c.r.nextLong(before) : money));
            }
            addReports(c, reports);
            return REPORTS.index(at).field(Fields.DISBURSED).toString();
        }
        BigDecimal previous = reports.get(at - 1).build().progress();
        if (previous.signum() == 0) {
            previous = BigDecimal.valueOf(c.between(1, 99));
            for (int i = 0; i < at; i++) {
                reports.get(i).progress(previous);
            }
            for (int i = at + 1; i < n; i++) {
                reports.get(i).progress(previous.max(reports.get(i).build().progress()));
            }
        }
        reports.get(at).progress(BigDecimal.valueOf(c.r.nextInt(previous.intValue())));
        addReports(c, reports);
        return REPORTS.index(at).field(Fields.PROGRESS).toString();
    }

    private static String disbursedAboveBudget(Ctx c) {
        Budget budget = Budget.builder().addAllActivities(activities(c, 1)).build();
        c.b.budget(budget);
        int n = c.count(1, 4);
        List<ProgressReport.Builder> reports = reports(c, n, 0, 360);
        long ceiling = budget.amount().satang();
        long money = 0;
        for (int i = 0; i < n - 1; i++) {
            money = money + c.r.nextLong((ceiling - money) / 2 + 1);
            reports.get(i).disbursed(Baht.ofSatang(money));
        }
        reports.get(n - 1).disbursed(Baht.ofSatang(ceiling + 1 + c.r.nextLong(1_000_000)));
        addReports(c, reports);
        return REPORTS.index(n - 1).field(Fields.DISBURSED).toString();
    }

    private static String onPlanBelowCurve(Ctx c) {
        int last = c.between(1, 8);
        ActionPlan.Builder plan = ActionPlan.builder();
        for (int i = c.count(1, 3); i > 0; i--) {
            plan.addStep(step(c, i, 1, last, null));
        }
        c.b.actionPlan(plan.build());
        int from = (int) java.time.temporal.ChronoUnit.DAYS.between(
                        c.year.start(), c.month(last).end())
                + 1;
        int n = c.count(1, 3);
        List<ProgressReport.Builder> reports = reports(c, n, from, 360);
        int at = c.r.nextInt(n);
        BigDecimal progress = BigDecimal.valueOf(c.between(0, 8_999), 2);
        for (int i = 0; i < n; i++) {
            reports.get(i).progress(progress);
        }
        reports.get(at).onPlan(true);
        addReports(c, reports);
        return REPORTS.index(at).field(Fields.ON_PLAN).toString();
    }

    private static String completeWithoutDisbursement(Ctx c) {
        c.b.budget(Budget.builder().addAllActivities(activities(c, 1)).build());
        int n = c.count(1, 4);
        List<ProgressReport.Builder> reports = reports(c, n, 0, 360);
        reports.forEach(r -> r.disbursed(Baht.ZERO));
        reports.get(n - 1).progress(BigDecimal.valueOf(100));
        addReports(c, reports);
        return REPORTS.index(n - 1).toString();
    }

    private static String returnedWhileOnTarget(Ctx c) {
        int n = c.count(1, 4);
        List<ProgressReport.Builder> reports = reports(c, n, 0, 360);
        reports.get(n - 1)
                .progress(BigDecimal.valueOf(100))
                .onTarget(true)
                .addNetworkMoney(NetworkMoney.builder()
                        .party("เครือข่ายที่ " + c.between(1, 9))
                        .returned(c.baht(1, 90_000))
                        .build());
        addReports(c, reports);
        return REPORTS.index(n - 1).field(Fields.ON_TARGET).toString();
    }

    private static String reportAfterCancellation(Ctx c) {
        int n = c.count(2, 4);
        List<ProgressReport.Builder> reports = reports(c, n, 0, 360);
        reports.get(n - 2).statusChange(ProjectStatus.CANCELLED);
        reports.get(n - 1).progress(reports.get(n - 2).build().progress());
        addReports(c, reports);
        return REPORTS.index(n - 1).toString();
    }
}
