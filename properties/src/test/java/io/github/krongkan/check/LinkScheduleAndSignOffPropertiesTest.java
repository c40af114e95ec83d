package io.github.krongkan.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.BudgetActivity;
import io.github.krongkan.budget.BudgetLine;
import io.github.krongkan.indicator.Indicator;
import io.github.krongkan.indicator.Measure;
import io.github.krongkan.money.Baht;
import io.github.krongkan.project.Approval;
import io.github.krongkan.project.ApprovalRole;
import io.github.krongkan.project.Objective;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectPeriod;
import io.github.krongkan.project.Target;
import io.github.krongkan.schedule.ActionPlan;
import io.github.krongkan.schedule.ActionStep;
import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.Property;
import io.github.krongkan.time.FiscalMonth;
import io.github.krongkan.time.FiscalYear;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Properties of the rules of links, of the action plan's months and of the sign-off, over generated
 * projects: each rule reports exactly what an independent count of the generated document says.
 */
class LinkScheduleAndSignOffPropertiesTest {
    private static final ProjectCheck CHECK = ProjectCheck.standard();
    private static final FiscalYear YEAR = FiscalYear.ofBuddhistEra(2569);

    private static List<Finding> findings(Project project, RuleCode code) {
        return CHECK.check(project).stream()
                .filter(f -> f.code().equals(code.code()))
                .toList();
    }

    private static Optional<String> maybeNumber(RandomGenerator r, String prefix) {
        return r.nextInt(3) == 0 ? Optional.empty() : Optional.of(prefix + r.nextInt(1, 6));
    }

    /** A project whose objectives, targets, indicators, activities and steps are numbered and linked at random. */
    private static Project linkedProject(RandomGenerator r, int size) {
        Project.Builder b = Project.builder().name("โครงการ").fiscalYear(YEAR);
        for (int i = r.nextInt(4); i > 0; i--) {
            Objective.Builder o = Objective.builder().text("เพื่อ");
            maybeNumber(r, "2.").ifPresent(o::number);
            b.addObjective(o.build());
        }
        for (int i = r.nextInt(4); i > 0; i--) {
            Target.Builder t = Target.builder().from(Target.qualitative("เป้าหมาย"));
            maybeNumber(r, "3.").ifPresent(t::number);
            maybeNumber(r, "2.").ifPresent(t::objectiveNumber);
            b.addTarget(t.build());
        }
        for (int i = r.nextInt(4); i > 0; i--) {
            Indicator.Builder k = Indicator.builder().name("ตัวชี้วัด").measure(Measure.COUNT);
            maybeNumber(r, "3.").ifPresent(k::linkedTargetNumber);
            maybeNumber(r, "k").ifPresent(k::number);
            b.addIndicator(k.build());
        }
        if (r.nextInt(4) > 0) {
            Budget.Builder budget = Budget.builder();
            for (int i = r.nextInt(5); i > 0; i--) {
                BudgetActivity.Builder a = BudgetActivity.builder().name("กิจกรรม");
                maybeNumber(r, "").ifPresent(a::number);
                if (r.nextInt(4) > 0) {
                    a.addLine(BudgetLine.builder()
                            .item("ค่าวัสดุ")
                            .statedAmount(Baht.ofBaht(r.nextInt(0, 3) * 1_000L))
                            .build());
                }
                budget.addActivity(a.build());
            }
            b.budget(budget.build());
        }
        if (r.nextInt(4) > 0) {
            List<ActionStep> steps = new ArrayList<>();
            for (int i = r.nextInt(5); i > 0; i--) {
                ActionStep.Builder s = ActionStep.builder().description("ขั้นตอน");
                if (r.nextBoolean()) {
                    maybeNumber(r, "").ifPresent(s::activityNumber);
                }
                for (int j = r.nextInt(3); j > 0; j--) {
                    s.addIndicatorNumbers("k" + r.nextInt(1, 6));
                }
                steps.add(s.build());
            }
            b.actionPlan(ActionPlan.of(steps));
        }
        return b.build();
    }

    private static final Gen<Project> LINKED = LinkScheduleAndSignOffPropertiesTest::linkedProject;

    private static Set<String> numbers(List<Optional<String>> numbers) {
        Set<String> out = new HashSet<>();
        numbers.forEach(n -> n.ifPresent(out::add));
        return out;
    }

    @Test
    void linkToMissingItemReportsExactlyTheLinksThatNameNothing() {
        Property.forAll(LINKED).examples(1500).check(p -> {
            Set<String> objectives =
                    numbers(p.objectives().stream().map(Objective::number).toList());
            Set<String> targets =
                    numbers(p.targets().stream().map(Target::number).toList());
            Set<String> activities = numbers(p.budget().stream()
                    .flatMap(x -> x.activities().stream())
                    .map(BudgetActivity::number)
                    .toList());
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < p.targets().size(); i++) {
                Optional<String> link = p.targets().get(i).objectiveNumber();
                if (link.isPresent() && !objectives.contains(link.get())) {
                    expected.add("/targets/" + i + "/objectiveNumber");
                }
            }
            for (int i = 0; i < p.indicators().size(); i++) {
                Optional<String> link = p.indicators().get(i).linkedTargetNumber();
                if (link.isPresent() && !targets.contains(link.get())) {
                    expected.add("/indicators/" + i + "/linkedTargetNumber");
                }
            }
            Set<String> indicators =
                    numbers(p.indicators().stream().map(Indicator::number).toList());
            List<ActionStep> steps = p.actionPlan().map(ActionPlan::steps).orElse(List.of());
            for (int i = 0; i < steps.size(); i++) {
                Optional<String> link = steps.get(i).activityNumber();
                if (link.isPresent() && !activities.contains(link.get())) {
                    expected.add("/actionPlan/steps/" + i + "/activityNumber");
                }
                List<String> toIndicators = steps.get(i).indicatorNumbers();
                for (int j = 0; j < toIndicators.size(); j++) {
                    if (!indicators.contains(toIndicators.get(j))) {
                        expected.add("/actionPlan/steps/" + i + "/indicatorNumbers/" + j);
                    }
                }
            }
            assertThat(findings(p, RuleCode.LINK_TO_MISSING_ITEM))
                    .extracting(Finding::path)
                    .containsExactlyElementsOf(expected);
        });
    }

    @Test
    void activityWithoutStepReportsTheActivitiesWithMoneyNoStepNames() {
        Property.forAll(LINKED).examples(1500).check(p -> {
            Set<String> linked = numbers(p.actionPlan().stream()
                    .flatMap(a -> a.steps().stream())
                    .map(ActionStep::activityNumber)
                    .toList());
            List<String> expected = new ArrayList<>();
            if (!linked.isEmpty() && p.budget().isPresent()) {
                List<BudgetActivity> activities = p.budget().get().activities();
                for (int i = 0; i < activities.size(); i++) {
                    BudgetActivity a = activities.get(i);
                    boolean money = a.amount().signum() > 0;
                    if (money
                            && (a.number().isEmpty()
                                    || !linked.contains(a.number().get()))) {
                        expected.add("/budget/activities/" + i);
                    }
                }
            }
            assertThat(findings(p, RuleCode.ACTIVITY_WITHOUT_STEP))
                    .extracting(Finding::path)
                    .containsExactlyElementsOf(expected);
        });
    }

    private static List<FiscalMonth> months(RandomGenerator r, FiscalMonth from, int span) {
        TreeSet<FiscalMonth> months = new TreeSet<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            months.add(from.plusMonths(r.nextInt(span)));
        }
        return List.copyOf(months);
    }

    @Test
    void stepsAreReportedExactlyWhenAMonthMissesThePeriodOrTheYear() {
        Property.forAll(LinkScheduleAndSignOffPropertiesTest::scheduledProject)
                .examples(1500)
                .check(p -> {
                    Optional<ProjectPeriod> planned = p.plannedPeriod();
                    Optional<ProjectPeriod> actual = p.actualPeriod();
                    List<ActionStep> steps = p.actionPlan().orElseThrow().steps();
                    int inPeriod = 0;
                    int inYear = 0;
                    for (ActionStep s : steps) {
                        inPeriod += outside(s.plannedMonths(), planned) + outside(s.actualMonths(), actual);
                        if (planned.isEmpty()) {
                            inYear += s.plannedMonths().stream()
                                            .anyMatch(m -> !m.fiscalYear().equals(YEAR))
                                    ? 1
                                    : 0;
                        }
                        if (actual.isEmpty()) {
                            Optional<ProjectPeriod> plan = planned;
                            inYear += s.actualMonths().stream()
                                            .anyMatch(m -> !m.fiscalYear().equals(YEAR)
                                                    && (plan.isEmpty() || outside(List.of(m), plan) == 1))
                                    ? 1
                                    : 0;
                        }
                    }
                    assertThat(findings(p, RuleCode.STEP_OUTSIDE_PROJECT_PERIOD))
                            .hasSize(inPeriod);
                    assertThat(findings(p, RuleCode.STEP_OUTSIDE_FISCAL_YEAR)).hasSize(inYear);
                });
    }

    /** A project with or without a planned and an actual period, and steps whose months spread over two years. */
    private static Project scheduledProject(RandomGenerator r, int size) {
        FiscalMonth first = FiscalMonth.of(YEAR, 1).minusMonths(6);
        Project.Builder b = Project.builder().name("โครงการ").fiscalYear(YEAR);
        if (r.nextBoolean()) {
            LocalDate start = YEAR.start().plusDays(r.nextInt(-60, 200));
            b.plannedPeriod(ProjectPeriod.of(start, start.plusDays(r.nextInt(0, 400))));
        }
        if (r.nextBoolean()) {
            LocalDate start = YEAR.start().plusDays(r.nextInt(-60, 200));
            b.actualPeriod(ProjectPeriod.of(start, start.plusDays(r.nextInt(0, 400))));
        }
        List<ActionStep> steps = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            steps.add(ActionStep.builder()
                    .description("ขั้นตอน")
                    .addAllPlannedMonths(months(r, first, 24))
                    .addAllActualMonths(months(r, first, 24))
                    .build());
        }
        return b.actionPlan(ActionPlan.of(steps)).build();
    }

    /** 1 if some month shares no day with the period, else 0; 0 without a period. */
    private static int outside(List<FiscalMonth> months, Optional<ProjectPeriod> period) {
        if (period.isEmpty()) {
            return 0;
        }
        LocalDate start = period.get().start();
        LocalDate end = period.get().end();
        return months.stream()
                        .anyMatch(m -> m.end().isBefore(start) || m.start().isAfter(end))
                ? 1
                : 0;
    }

    private static final ApprovalRole[] ROLES = ApprovalRole.values();
    private static final String[] NAMES = {"สมชาย ใจดี", "สมศรี ใจดี", "พรพิมล ชนะศรี"};
    private static final String[] TITLES = {"", "นาย", "นาง", "นางสาว", "ดร. "};

    private static List<Approval> approvals(RandomGenerator r, boolean inOrder) {
        List<Approval> approvals = new ArrayList<>();
        for (int i = r.nextInt(5); i > 0; i--) {
            ApprovalRole role = ROLES[r.nextInt(ROLES.length)];
            Approval.Builder a = Approval.builder()
                    .role(role)
                    .name(TITLES[r.nextInt(TITLES.length)] + NAMES[r.nextInt(NAMES.length)]);
            if (r.nextInt(4) > 0) {
                int day = inOrder ? rank(role) * 10 + r.nextInt(10) : r.nextInt(30);
                a.date(YEAR.start().plusDays(day));
            }
            approvals.add(a.build());
        }
        return approvals;
    }

    private static final Gen<List<Approval>> IN_ORDER = (r, size) -> approvals(r, true);
    private static final Gen<List<Approval>> ANY_ORDER = (r, size) -> approvals(r, false);

    private static int rank(ApprovalRole role) {
        return switch (role) {
            case PROPOSED -> 0;
            case ENDORSED -> 1;
            case APPROVED -> 2;
        };
    }

    @Test
    void signaturesDatedInTheOrderOfTheChainAreNeverReported() {
        Property.forAll(IN_ORDER).examples(1000).check(approvals -> {
            Project p = Project.builder()
                    .name("โครงการ")
                    .fiscalYear(YEAR)
                    .addAllApprovals(approvals)
                    .build();
            assertThat(findings(p, RuleCode.APPROVAL_OUT_OF_ORDER)).isEmpty();
        });
    }

    @Test
    void approvalOutOfOrderReportsEverySignatureDatedBeforeAnEarlierRole() {
        Property.forAll(ANY_ORDER).examples(1500).check(approvals -> {
            Project p = Project.builder()
                    .name("โครงการ")
                    .fiscalYear(YEAR)
                    .addAllApprovals(approvals)
                    .build();
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < approvals.size(); i++) {
                Approval a = approvals.get(i);
                boolean early = a.date().isPresent()
                        && approvals.stream()
                                .anyMatch(o -> rank(o.role()) < rank(a.role())
                                        && o.date().isPresent()
                                        && o.date().get().isAfter(a.date().get()));
                if (early) {
                    expected.add("/approvals/" + i + "/date");
                }
            }
            assertThat(findings(p, RuleCode.APPROVAL_OUT_OF_ORDER))
                    .extracting(Finding::path)
                    .containsExactlyElementsOf(expected);
        });
    }

    @Test
    void approvalByProposerReportsEveryApproverWhoIsAProposerWhateverTheTitle() {
        Property.forAll(ANY_ORDER).examples(1500).check(approvals -> {
            Project p = Project.builder()
                    .name("โครงการ")
                    .fiscalYear(YEAR)
                    .addAllApprovals(approvals)
                    .build();
            Set<String> proposers = new HashSet<>();
            approvals.stream()
                    .filter(a -> a.role() == ApprovalRole.PROPOSED)
                    .forEach(a -> proposers.add(bare(a.name())));
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < approvals.size(); i++) {
                Approval a = approvals.get(i);
                if (a.role() == ApprovalRole.APPROVED && proposers.contains(bare(a.name()))) {
                    expected.add("/approvals/" + i + "/name");
                }
            }
            assertThat(findings(p, RuleCode.APPROVAL_BY_PROPOSER))
                    .extracting(Finding::path)
                    .containsExactlyElementsOf(expected);
        });
    }

    /** The generated name without the generated title. */
    private static String bare(String name) {
        for (String n : NAMES) {
            if (name.endsWith(n)) {
                return n;
            }
        }
        throw new AssertionError(name);
    }
}
