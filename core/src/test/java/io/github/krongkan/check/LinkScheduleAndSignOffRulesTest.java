package io.github.krongkan.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.BudgetActivity;
import io.github.krongkan.budget.BudgetLine;
import io.github.krongkan.budget.BudgetRevision;
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
import io.github.krongkan.time.FiscalMonth;
import io.github.krongkan.time.FiscalYear;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of links between sections, of the action plan's months and of the sign-off. */
class LinkScheduleAndSignOffRulesTest {
    private static final FiscalYear FY2560 = FiscalYear.ofBuddhistEra(2560);

    private static Project.Builder project() {
        return Project.builder().name("โครงการ").fiscalYear(FY2560);
    }

    private static List<Finding> findings(Project project, RuleCode code) {
        return ProjectCheck.standard().check(project).stream()
                .filter(f -> f.code().equals(code.code()))
                .toList();
    }

    private static BudgetActivity activity(String number, long baht) {
        BudgetActivity.Builder b = BudgetActivity.builder().name("กิจกรรมที่ " + number);
        if (baht > 0) {
            b.addLine(BudgetLine.builder()
                    .item("ค่าวัสดุ")
                    .statedAmount(Baht.ofBaht(baht))
                    .build());
        }
        return b.number(number).build();
    }

    private static ActionStep step(String description, String activity, String... months) {
        ActionStep.Builder b = ActionStep.builder().description(description);
        if (activity != null) {
            b.activityNumber(activity);
        }
        for (String m : months) {
            b.addPlannedMonths(FiscalMonth.of(YearMonth.parse(m)));
        }
        return b.build();
    }

    private static ActionPlan plan(ActionStep... steps) {
        return ActionPlan.of(List.of(steps));
    }

    // ------------------------------------------------------------ LINK_TO_MISSING_ITEM

    @Test
    void anIndicatorLinkedToAMissingTargetIsAnError() {
        Project p = project()
                .addTarget(Target.builder()
                        .from(Target.qualitative("ก"))
                        .number("3.1")
                        .build())
                .addIndicator(Indicator.builder()
                        .name("จำนวนครู")
                        .measure(Measure.COUNT)
                        .linkedTargetNumber("3.2")
                        .build())
                .build();
        List<Finding> found = findings(p, RuleCode.LINK_TO_MISSING_ITEM);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).toString())
                .isEqualTo("ERROR LINK_TO_MISSING_ITEM /indicators/0/linkedTargetNumber: Indicator 1 is linked to"
                        + " target 3.2, but no target is numbered 3.2 (expected one of 3.1, actual 3.2)");
        assertThat(found.get(0).messageThai()).isEqualTo("ตัวชี้วัดรายการที่ 1 อ้างถึงเป้าหมายข้อ 3.2 ซึ่งไม่มีอยู่");
    }

    @Test
    void aStepLinkedToAMissingActivityAndATargetLinkedToAMissingObjectiveAreErrors() {
        Project p = project()
                .addObjective(Objective.of("2.1", "เพื่อ"))
                .addTarget(Target.builder()
                        .from(Target.qualitative("ก"))
                        .objectiveNumber("2.2")
                        .build())
                .budget(Budget.builder().addActivity(activity("1", 100)).build())
                .actionPlan(plan(step("ก", "1"), step("ข", "7")))
                .build();
        assertThat(findings(p, RuleCode.LINK_TO_MISSING_ITEM))
                .extracting(Finding::path, f -> f.actual().orElseThrow())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("/targets/0/objectiveNumber", "2.2"),
                        org.assertj.core.groups.Tuple.tuple("/actionPlan/steps/1/activityNumber", "7"));
    }

    @Test
    void aStepWorkingTowardsAMissingIndicatorIsAnError() {
        ActionStep towards = ActionStep.builder()
                .description("ก")
                .addIndicatorNumbers("ผลผลิต 1", "ผลผลิต 9")
                .build();
        Project p = project()
                .addIndicator(Indicator.builder()
                        .number("ผลผลิต 1")
                        .name("จำนวนครู")
                        .measure(Measure.COUNT)
                        .build())
                .actionPlan(plan(towards))
                .build();
        List<Finding> found = findings(p, RuleCode.LINK_TO_MISSING_ITEM);
        assertThat(found)
                .extracting(Finding::toString)
                .containsExactly("ERROR LINK_TO_MISSING_ITEM"
                        + " /actionPlan/steps/0/indicatorNumbers/1: Action step 1 is linked to indicator ผลผลิต 9, but no"
                        + " indicator is numbered ผลผลิต 9 (expected one of ผลผลิต 1, actual ผลผลิต 9)");
        assertThat(found.get(0).messageThai())
                .isEqualTo("ขั้นตอนการดำเนินงานรายการที่ 1 อ้างถึงตัวชี้วัดข้อ ผลผลิต 9 ซึ่งไม่มีอยู่");
    }

    @Test
    void aStepMayNameAnActivityOfARevision() {
        Budget approved = Budget.builder().addActivity(activity("1", 100)).build();
        Budget revised = Budget.builder()
                .addActivity(activity("1", 100))
                .addActivity(activity("2", 50))
                .build();
        Project p = project()
                .budget(approved)
                .addBudgetRevisions(
                        BudgetRevision.builder().round(1).budget(revised).build())
                .actionPlan(plan(step("ก", "1"), step("ข", "2")))
                .build();
        assertThat(findings(p, RuleCode.LINK_TO_MISSING_ITEM)).isEmpty();
        assertThat(findings(p, RuleCode.ACTIVITY_WITHOUT_STEP)).isEmpty();
    }

    // ------------------------------------------------------------ ACTIVITY_WITHOUT_STEP

    @Test
    void anActivityWithMoneyButNoStepIsReportedOnlyWhenTheDocumentLinks() {
        Budget budget = Budget.builder()
                .addActivity(activity("1", 23_800))
                .addActivity(activity("2", 19_000))
                .addActivity(activity("3", 0))
                .build();
        Project unlinked = project()
                .budget(budget)
                .actionPlan(plan(step("ก", null), step("ข", null)))
                .build();
        assertThat(findings(unlinked, RuleCode.ACTIVITY_WITHOUT_STEP)).isEmpty();
        Project linked = Project.builder()
                .from(unlinked)
                .actionPlan(plan(step("ก", "1"), step("ข", null)))
                .build();
        List<Finding> found = findings(linked, RuleCode.ACTIVITY_WITHOUT_STEP);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).toString())
                .isEqualTo("WARNING ACTIVITY_WITHOUT_STEP /budget/activities/1: Activity 2 has a budget of 19,000.00"
                        + " baht, but no action step carries it out");
        assertThat(found.get(0).messageThai())
                .isEqualTo("กิจกรรมที่ 2 มีงบประมาณ 19,000.00 บาท แต่ไม่มีขั้นตอนการดำเนินงานใดอ้างถึง");
    }

    @Test
    void anUnnumberedActivityWithMoneyCannotBeCarriedOutByALink() {
        Budget budget = Budget.builder()
                .addActivity(activity("1", 100))
                .addActivity(BudgetActivity.builder()
                        .name("ไม่มีเลข")
                        .statedSubtotal(Baht.ofBaht(5))
                        .build())
                .build();
        Project p = project().budget(budget).actionPlan(plan(step("ก", "1"))).build();
        assertThat(findings(p, RuleCode.ACTIVITY_WITHOUT_STEP))
                .extracting(Finding::path, Finding::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "/budget/activities/1",
                        "Activity 2 (unnumbered) has a budget of 5.00 baht, but no action step carries it out"));
    }

    // ------------------------------------------------------------ STEP_OUTSIDE_PROJECT_PERIOD

    @Test
    void aStepPlannedOutsideThePlannedPeriodIsReportedAtItsFirstMonthOutside() {
        Project p = project()
                .plannedPeriod(ProjectPeriod.ofMonths(YearMonth.of(2016, 11), YearMonth.of(2017, 8)))
                .actionPlan(plan(
                        step("ก", null, "2016-11", "2016-12"),
                        step("ข", null, "2016-10", "2017-08", "2017-09", "2017-10")))
                .build();
        List<Finding> found = findings(p, RuleCode.STEP_OUTSIDE_PROJECT_PERIOD);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).toString())
                .isEqualTo("WARNING STEP_OUTSIDE_PROJECT_PERIOD /actionPlan/steps/1/plannedMonths/0: Action step 2 is"
                        + " planned in 2016-10, 2017-09, 2017-10, outside the planned period 2016-11-01 to 2017-08-31"
                        + " (expected 2016-11-01/2017-08-31, actual 2016-10, 2017-09, 2017-10)");
        assertThat(findings(p, RuleCode.STEP_OUTSIDE_FISCAL_YEAR)).isEmpty();
    }

    @Test
    void aMonthThatSharesADayWithThePeriodIsInside() {
        Project p = project()
                .plannedPeriod(ProjectPeriod.of(LocalDate.of(2016, 11, 15), LocalDate.of(2017, 3, 1)))
                .actionPlan(plan(step("ก", null, "2016-11", "2017-03")))
                .build();
        assertThat(findings(p, RuleCode.STEP_OUTSIDE_PROJECT_PERIOD)).isEmpty();
    }

    @Test
    void actualMonthsAreComparedWithTheActualPeriod() {
        ActionStep done = ActionStep.builder()
                .description("ก")
                .addActualMonths(FiscalMonth.of(YearMonth.of(2017, 6)))
                .build();
        Project p = project()
                .plannedPeriod(ProjectPeriod.ofMonths(YearMonth.of(2016, 10), YearMonth.of(2017, 9)))
                .actualPeriod(ProjectPeriod.ofMonths(YearMonth.of(2016, 10), YearMonth.of(2017, 5)))
                .actionPlan(plan(done))
                .build();
        assertThat(findings(p, RuleCode.STEP_OUTSIDE_PROJECT_PERIOD))
                .extracting(Finding::path, Finding::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "/actionPlan/steps/0/actualMonths/0",
                        "Action step 1 is done in 2017-06, outside the actual period 2016-10-01 to 2017-05-31"));
    }

    // ------------------------------------------------------------ STEP_OUTSIDE_FISCAL_YEAR

    @Test
    void withoutAPeriodAStepOutsideTheFiscalYearIsReported() {
        Project p = project()
                .actionPlan(plan(step("ก", null, "2016-10", "2017-09"), step("ข", null, "2017-09", "2017-10")))
                .build();
        List<Finding> found = findings(p, RuleCode.STEP_OUTSIDE_FISCAL_YEAR);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).toString())
                .isEqualTo("WARNING STEP_OUTSIDE_FISCAL_YEAR /actionPlan/steps/1/plannedMonths/1: Action step 2 is"
                        + " planned in 2017-10, outside fiscal year 2560 (2016-10-01 to 2017-09-30), and the document"
                        + " states no period that covers it (expected 2016-10-01/2017-09-30, actual 2017-10)");
        assertThat(found.get(0).messageThai())
                .isEqualTo("ขั้นตอนการดำเนินงานที่ 2 มีเดือนตามแผน (2017-10) อยู่นอกปีงบประมาณ พ.ศ. 2560");
    }

    @Test
    void aProjectThatSpansYearsInItsPeriodIsNotReportedForItsSteps() {
        Project p = project()
                .plannedPeriod(ProjectPeriod.ofMonths(YearMonth.of(2016, 10), YearMonth.of(2018, 3)))
                .actionPlan(plan(step("ก", null, "2017-11", "2018-03")))
                .build();
        assertThat(findings(p, RuleCode.STEP_OUTSIDE_FISCAL_YEAR)).isEmpty();
        assertThat(findings(p, RuleCode.STEP_OUTSIDE_PROJECT_PERIOD)).isEmpty();
        ActionStep lateButPlanned = ActionStep.builder()
                .description("ข")
                .addActualMonths(FiscalMonth.of(YearMonth.of(2018, 2)))
                .build();
        Project done =
                Project.builder().from(p).actionPlan(plan(lateButPlanned)).build();
        assertThat(findings(done, RuleCode.STEP_OUTSIDE_FISCAL_YEAR)).isEmpty();
        ActionStep beyond = ActionStep.builder()
                .description("ค")
                .addActualMonths(FiscalMonth.of(YearMonth.of(2018, 5)))
                .build();
        Project late = Project.builder().from(p).actionPlan(plan(beyond)).build();
        assertThat(findings(late, RuleCode.STEP_OUTSIDE_FISCAL_YEAR))
                .extracting(Finding::path)
                .containsExactly("/actionPlan/steps/0/actualMonths/0");
    }

    // ------------------------------------------------------------ APPROVAL_OUT_OF_ORDER

    private static Approval signed(ApprovalRole role, String name, String date) {
        Approval.Builder b = Approval.builder().role(role).name(name);
        if (date != null) {
            b.date(LocalDate.parse(date));
        }
        return b.build();
    }

    @Test
    void anApprovalBeforeTheProposalIsReported() {
        Project p = project()
                .addApprovals(
                        signed(ApprovalRole.PROPOSED, "นางสาวพรพิมล ชนะศรี", "2016-10-20"),
                        signed(ApprovalRole.ENDORSED, "นายวิษุทธิ์ เพ็ชรเมือง", "2016-10-21"),
                        signed(ApprovalRole.APPROVED, "ผู้อำนวยการ", "2016-10-15"))
                .build();
        List<Finding> found = findings(p, RuleCode.APPROVAL_OUT_OF_ORDER);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).toString())
                .isEqualTo("WARNING APPROVAL_OUT_OF_ORDER /approvals/2/date: The project is approved on 2016-10-15 by"
                        + " ผู้อำนวยการ, before it was endorsed on 2016-10-21 by นายวิษุทธิ์ เพ็ชรเมือง"
                        + " (expected on or after 2016-10-21, actual 2016-10-15)");
        assertThat(found.get(0).messageThai())
                .isEqualTo("ผู้อนุมัติโครงการ ลงวันที่ 2016-10-15 ก่อนผู้เห็นชอบโครงการ ซึ่งลงวันที่ 2016-10-21");
    }

    @Test
    void signaturesInOrderOnTheSameDayOrWithoutDatesAreFine() {
        Project p = project()
                .addApprovals(
                        signed(ApprovalRole.APPROVED, "ค", "2016-10-20"),
                        signed(ApprovalRole.PROPOSED, "ก", "2016-10-20"),
                        signed(ApprovalRole.ENDORSED, "ข", null))
                .build();
        assertThat(findings(p, RuleCode.APPROVAL_OUT_OF_ORDER)).isEmpty();
    }

    @Test
    void anEndorsementBeforeTheProposalIsReported() {
        Project p = project()
                .addApprovals(
                        signed(ApprovalRole.ENDORSED, "ข", "2016-10-01"),
                        signed(ApprovalRole.PROPOSED, "ก", "2016-10-02"))
                .build();
        assertThat(findings(p, RuleCode.APPROVAL_OUT_OF_ORDER))
                .extracting(Finding::path)
                .containsExactly("/approvals/0/date");
    }

    // ------------------------------------------------------------ APPROVAL_BY_PROPOSER

    @Test
    void theProposerApprovingIsReportedWhateverTheTitleAndSpacing() {
        Project p = project()
                .addApprovals(
                        signed(ApprovalRole.PROPOSED, "นางสาวพรพิมล  ชนะศรี", null),
                        signed(ApprovalRole.APPROVED, "พรพิมล ชนะศรี", null))
                .build();
        List<Finding> found = findings(p, RuleCode.APPROVAL_BY_PROPOSER);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).toString())
                .isEqualTo("WARNING APPROVAL_BY_PROPOSER /approvals/1/name: The project is approved by พรพิมล ชนะศรี,"
                        + " who also proposed it");
    }

    @Test
    void differentPeopleAndAnEndorsingProposerAreNotReported() {
        Project p = project()
                .addApprovals(
                        signed(ApprovalRole.PROPOSED, "นายสมชาย ใจดี", null),
                        signed(ApprovalRole.ENDORSED, "นายสมชาย ใจดี", null),
                        signed(ApprovalRole.APPROVED, "นายสมศักดิ์ ใจดี", null))
                .build();
        assertThat(findings(p, RuleCode.APPROVAL_BY_PROPOSER)).isEmpty();
    }

    @Test
    void namesAreComparedWithoutTitlesAndSpaces() {
        assertThat(ApprovalByProposerRule.person(" นาย  สมชาย\u00a0ใจดี ")).isEqualTo("สมชาย ใจดี");
        assertThat(ApprovalByProposerRule.person("Dr. Jane  Doe")).isEqualTo("jane doe");
        assertThat(ApprovalByProposerRule.person("นาง")).isEqualTo("นาง");
    }
}
