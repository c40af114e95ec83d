package io.github.krongkan.lifecycle;

import static io.github.krongkan.lifecycle.WorkflowTest.DEPARTMENT;
import static io.github.krongkan.lifecycle.WorkflowTest.DIRECTOR;
import static io.github.krongkan.lifecycle.WorkflowTest.PROJECT;
import static io.github.krongkan.lifecycle.WorkflowTest.SECTION;
import static io.github.krongkan.lifecycle.WorkflowTest.approved;
import static io.github.krongkan.lifecycle.WorkflowTest.endorse;
import static io.github.krongkan.lifecycle.WorkflowTest.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.BudgetActivity;
import io.github.krongkan.budget.BudgetLine;
import io.github.krongkan.check.Finding;
import io.github.krongkan.check.ProjectCheck;
import io.github.krongkan.check.RuleCode;
import io.github.krongkan.check.Severity;
import io.github.krongkan.money.Baht;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The history and version rules of {@link RecordCheck}, one code at a time, on hand-built records. */
class RecordCheckTest {
    private static final LocalDate DAY = LocalDate.of(2020, 10, 1);

    static Project stated(ProjectStatus status) {
        return Project.builder().from(PROJECT).status(status).build();
    }

    static ProjectRecord record(List<Transition> history, Project project) {
        return ProjectRecord.builder()
                .addVersions(Version.of(1, VersionKind.PROPOSAL, project))
                .addAllHistory(history)
                .build();
    }

    /** The findings of the record rules only (the versions' own findings left out). */
    static List<Finding> recordFindings(ProjectRecord record) {
        return RecordCheck.standard().check(record).stream()
                .filter(f ->
                        RuleCode.find(f.code()).filter(RuleCode::recordRule).isPresent())
                .toList();
    }

    static List<Transition> with(List<Transition> history, Transition... more) {
        List<Transition> out = new ArrayList<>(history);
        out.addAll(List.of(more));
        return out;
    }

    static Transition unsigned(Action action, int day) {
        return Transition.builder().action(action).date(DAY.plusDays(day)).build();
    }

    static Transition approve(Actor actor, int day, ReviewLevel level) {
        return Transition.builder()
                .from(step(Action.APPROVE, actor, day))
                .level(level)
                .build();
    }

    @Test
    void aWholeValidLifeGivesNoRecordFinding() {
        List<Transition> life = with(
                approved(),
                step(Action.START, SECTION, 20),
                step(Action.COMPLETE, SECTION, 200),
                step(Action.CLOSE, DIRECTOR, 210));
        assertThat(recordFindings(record(life, stated(ProjectStatus.COMPLETED))))
                .isEmpty();
    }

    @Test
    void aStepBackIsReportedOnceAndTheReplayGoesOn() {
        List<Transition> life = with(
                approved(),
                step(Action.START, SECTION, 20),
                step(Action.COMPLETE, SECTION, 200),
                step(Action.RESUME, SECTION, 205),
                step(Action.COMPLETE, SECTION, 230));
        List<Finding> findings = recordFindings(record(life, stated(ProjectStatus.COMPLETED)));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("STATUS_MOVED_BACKWARDS");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.path()).isEqualTo("/history/5/action");
            assertThat(f.message())
                    .isEqualTo("resume on 2021-04-24: moves the project back from completed to inProgress,"
                            + " which workflow bma does not allow");
            assertThat(f.messageThai()).contains("ย้อนกลับ");
        });
        List<Transition> approvedAgain =
                with(approved(), step(Action.START, SECTION, 20), approve(DEPARTMENT, 30, ReviewLevel.DEPARTMENT));
        assertThat(recordFindings(record(approvedAgain, PROJECT)))
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("STATUS_MOVED_BACKWARDS", "/history/4/action"));
    }

    @Test
    void aJumpAheadIsNotAllowed() {
        List<Transition> life = List.of(
                step(Action.PROPOSE, SECTION, 0), step(Action.START, SECTION, 5), step(Action.COMPLETE, SECTION, 9));
        assertThat(recordFindings(record(life, PROJECT))).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("TRANSITION_NOT_ALLOWED");
            assertThat(f.path()).isEqualTo("/history/1/action");
            assertThat(f.message()).startsWith("start on 2020-10-06: cannot start a project that is proposed");
        });
    }

    @Test
    void anApprovalOrReturnWithoutWhoTookItHasNoApprover() {
        List<Transition> life = with(
                List.of(step(Action.PROPOSE, SECTION, 0), endorse(ReviewLevel.DISTRICT_OFFICE, 3)),
                Transition.builder()
                        .from(unsigned(Action.APPROVE, 10))
                        .level(ReviewLevel.DEPARTMENT)
                        .build(),
                step(Action.START, SECTION, 20));
        assertThat(recordFindings(record(life, PROJECT))).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("APPROVAL_WITHOUT_APPROVER");
            assertThat(f.path()).isEqualTo("/history/2");
            assertThat(f.message()).isEqualTo("approve on 2020-10-11: approve must say who took it (name, position)");
        });
        List<Transition> returned = List.of(
                step(Action.PROPOSE, SECTION, 0),
                Transition.builder()
                        .from(unsigned(Action.RETURN, 4))
                        .reason("แก้ไขงบประมาณ")
                        .build());
        assertThat(recordFindings(record(returned, PROJECT)))
                .extracting(Finding::code)
                .containsExactly("APPROVAL_WITHOUT_APPROVER");
    }

    @Test
    void aSkippedOrWrongLevelIsReportedAtTheLevel() {
        List<Transition> skipped =
                List.of(step(Action.PROPOSE, SECTION, 0), approve(DEPARTMENT, 10, ReviewLevel.DEPARTMENT));
        assertThat(recordFindings(record(skipped, PROJECT))).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("REVIEW_LEVEL_SKIPPED");
            assertThat(f.path()).isEqualTo("/history/1/level");
            assertThat(f.message()).contains("needs the endorsement at district office first");
        });
        List<Transition> wrong = List.of(
                step(Action.PROPOSE, SECTION, 0),
                endorse(ReviewLevel.DISTRICT_OFFICE, 3),
                approve(DIRECTOR, 10, ReviewLevel.DISTRICT_OFFICE));
        assertThat(recordFindings(record(wrong, PROJECT)))
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("REVIEW_LEVEL_SKIPPED", "/history/2/level"));
        List<Transition> noLevel = List.of(step(Action.PROPOSE, SECTION, 0), step(Action.APPROVE, DEPARTMENT, 10));
        assertThat(recordFindings(record(noLevel, PROJECT)))
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("REVIEW_LEVEL_SKIPPED", "/history/1"));
    }

    @Test
    void otherRefusalsAreRefusedStepsWithTheWorkflowsReason() {
        List<Transition> early = with(approved(), step(Action.START, SECTION, 5));
        assertThat(recordFindings(record(early, PROJECT))).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("TRANSITION_REFUSED");
            assertThat(f.path()).isEqualTo("/history/3/date");
            assertThat(f.message())
                    .isEqualTo("start on 2020-10-06: start dated 2020-10-06 is before the previous step of 2020-10-11");
        });
        List<Transition> noReason = with(approved(), step(Action.CANCEL, SECTION, 20));
        assertThat(recordFindings(record(noReason, PROJECT)))
                .extracting(Finding::code, Finding::path, Finding::message)
                .containsExactly(
                        tuple("TRANSITION_REFUSED", "/history/3", "cancel on 2020-10-21: cancel needs a reason"));
        List<Transition> own = List.of(
                step(Action.PROPOSE, SECTION, 0),
                endorse(ReviewLevel.DISTRICT_OFFICE, 3),
                approve(SECTION, 10, ReviewLevel.DEPARTMENT));
        assertThat(recordFindings(record(own, PROJECT)))
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("TRANSITION_REFUSED", "/history/2/actor"));
    }

    @Test
    void theGuardRefusesAnApprovalOfTheVersionItConcerns() {
        Workflow guarded = Workflow.builder()
                .from(Workflow.bma())
                .guards(List.of((project, t) ->
                        t.action() == Action.APPROVE && project.budget().isEmpty()
                                ? Optional.of(Refusal.byGuard("no budget to approve", "ไม่มีงบประมาณให้อนุมัติ"))
                                : Optional.empty()))
                .build();
        RecordCheck check = RecordCheck.of(ProjectCheck.standard(), Optional.of(guarded));
        assertThat(check.check(record(approved(), PROJECT)))
                .extracting(Finding::code, Finding::path, Finding::message)
                .containsExactly(
                        tuple("TRANSITION_REFUSED", "/history/2", "approve on 2020-10-11: no budget to approve"));
        assertThat(check.workflowFor(record(approved(), PROJECT))).isSameAs(guarded);
    }

    @Test
    void aReportAfterClosureIsReportedOnceWhereItFirstAppears() {
        List<Transition> life = with(
                approved(),
                step(Action.START, SECTION, 20),
                step(Action.COMPLETE, SECTION, 200),
                step(Action.CLOSE, DIRECTOR, 210));
        ProgressReport onTime = ProgressReport.of(DAY.plusDays(190), new BigDecimal("100"));
        ProgressReport onClosure = ProgressReport.of(DAY.plusDays(210), new BigDecimal("100"));
        ProgressReport late = ProgressReport.of(DAY.plusDays(240), new BigDecimal("100"));
        Project reported = Project.builder()
                .from(stated(ProjectStatus.COMPLETED))
                .addProgressReports(onTime, onClosure, late)
                .build();
        ProjectRecord record = ProjectRecord.builder()
                .addVersions(Version.of(1, VersionKind.APPROVED, stated(ProjectStatus.APPROVED)))
                .addVersions(Version.of(2, VersionKind.RESULT_REPORT, reported))
                .addVersions(Version.of(3, VersionKind.RESULT_REPORT, reported))
                .addAllHistory(life)
                .build();
        assertThat(recordFindings(record)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("REPORT_AFTER_CLOSURE");
            assertThat(f.path()).isEqualTo("/versions/1/project/progressReports/2");
            assertThat(f.toString())
                    .isEqualTo("WARNING REPORT_AFTER_CLOSURE /versions/1/project/progressReports/2: A progress"
                            + " report of 2021-05-29 follows the closure of the project on 2021-04-29 (expected no"
                            + " report after 2021-04-29, actual 2021-05-29)");
        });
    }

    static Project budgeted(long first) {
        return Project.builder()
                .from(stated(ProjectStatus.APPROVED))
                .budget(Budget.builder()
                        .addActivities(BudgetActivity.builder()
                                .number("1")
                                .name("อบรมครู")
                                .addLines(BudgetLine.lumpSum("ค่าอาหาร", Baht.ofBaht(first)))
                                .addLines(BudgetLine.lumpSum("ค่าวัสดุ", Baht.ofBaht(4_000)))
                                .build())
                        .build())
                .build();
    }

    @Test
    void aRevisionThatChangesMoneyNeedsItsApproval() {
        Version revised = Version.builder()
                .number(2)
                .kind(VersionKind.REVISION)
                .reason("เพิ่มค่าอาหาร")
                .project(budgeted(8_000))
                .build();
        ProjectRecord unapproved = ProjectRecord.builder()
                .addVersions(Version.of(1, VersionKind.APPROVED, budgeted(6_000)), revised)
                .build();
        assertThat(recordFindings(unapproved)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("REVISION_NOT_APPROVED");
            assertThat(f.path()).isEqualTo("/versions/1");
            assertThat(f.message())
                    .startsWith("Version 2 changes the locked budget of version 1, but no approveRevision")
                    .contains("budget up 2,000.00 baht (10,000.00 → 12,000.00)");
            assertThat(f.messageThai()).contains("เพิ่มขึ้น 2,000.00 บาท");
        });
        ProjectRecord approvedRevision = ProjectRecord.builder()
                .from(unapproved)
                .addHistory(Transition.builder()
                        .from(step(Action.APPROVE_REVISION, DEPARTMENT, 40))
                        .version(2)
                        .build())
                .build();
        assertThat(recordFindings(approvedRevision)).extracting(Finding::code).doesNotContain("REVISION_NOT_APPROVED");
        Version reported = Version.of(
                2,
                VersionKind.RESULT_REPORT,
                Project.builder()
                        .from(budgeted(6_000))
                        .addProgressReports(ProgressReport.of(DAY.plusDays(90), new BigDecimal("40")))
                        .build());
        assertThat(recordFindings(ProjectRecord.builder()
                        .addVersions(Version.of(1, VersionKind.APPROVED, budgeted(6_000)), reported)
                        .build()))
                .isEmpty();
        assertThat(recordFindings(ProjectRecord.builder()
                        .addVersions(Version.of(1, VersionKind.PROPOSAL, budgeted(6_000)), revised)
                        .build()))
                .as("nothing was approved before the change")
                .isEmpty();
    }

    @Test
    void anApprovalCoversTheVersionOfItsDate() {
        Version proposal = Version.builder()
                .number(1)
                .kind(VersionKind.PROPOSAL)
                .date(DAY)
                .project(budgeted(6_000))
                .build();
        Version changed = Version.builder()
                .number(2)
                .kind(VersionKind.RESULT_REPORT)
                .date(DAY.plusDays(300))
                .project(budgeted(7_000))
                .build();
        ProjectRecord record = ProjectRecord.builder()
                .addVersions(proposal, changed)
                .addAllHistory(approved())
                .build();
        assertThat(recordFindings(record))
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("REVISION_NOT_APPROVED", "/versions/1"));
    }

    @Test
    void theStatedStatusMustAgreeWithTheHistory() {
        List<Transition> started = with(approved(), step(Action.START, SECTION, 20));
        assertThat(recordFindings(record(started, stated(ProjectStatus.COMPLETED))))
                .singleElement()
                .satisfies(f -> assertThat(f.toString())
                        .isEqualTo("WARNING STATUS_DISAGREES_WITH_HISTORY /versions/0/project/status: Version 1"
                                + " states the status completed but its history gives inProgress (expected"
                                + " inProgress, actual completed)"));
        assertThat(recordFindings(record(started, stated(ProjectStatus.IN_PROGRESS))))
                .isEmpty();
        assertThat(recordFindings(record(started, PROJECT)))
                .as("draft is also what a document without a status reads as")
                .isEmpty();
        assertThat(recordFindings(record(List.of(), stated(ProjectStatus.COMPLETED))))
                .isEmpty();
    }

    @Test
    void aChildsFindingsArePointedIntoTheChildAndItTakesTheParentsWorkflow() {
        ProjectRecord child = ProjectRecord.builder()
                .id("net-1")
                .addVersions(Version.of(1, VersionKind.PROPOSAL, PROJECT))
                .addHistory(
                        step(Action.PROPOSE, SECTION, 0),
                        endorse(ReviewLevel.AREA_OFFICE, 3),
                        approve(DIRECTOR, 10, ReviewLevel.AREA_OFFICE))
                .build();
        ProjectRecord parent = ProjectRecord.builder()
                .workflow("obec")
                .addVersions(Version.of(1, VersionKind.PROPOSAL, PROJECT))
                .addChildren(child)
                .build();
        assertThat(recordFindings(parent)).isEmpty();
        ProjectRecord bmaParent =
                ProjectRecord.builder().from(parent).workflow("bma").build();
        assertThat(recordFindings(bmaParent))
                .extracting(Finding::code, Finding::path)
                .containsExactly(
                        tuple("REVIEW_LEVEL_SKIPPED", "/children/0/history/1/level"),
                        tuple("REVIEW_LEVEL_SKIPPED", "/children/0/history/2/level"));
    }

    @Test
    void recordFindingsComeInTheOrderOfTheCatalogue() {
        List<Transition> life = with(
                approved(),
                step(Action.START, SECTION, 20),
                step(Action.CANCEL, SECTION, 30),
                step(Action.START, SECTION, 40));
        List<Finding> findings = RecordCheck.standard().check(record(life, stated(ProjectStatus.COMPLETED)));
        assertThat(findings)
                .extracting(Finding::code, Finding::path)
                .containsExactly(
                        tuple("STATUS_MOVED_BACKWARDS", "/history/5/action"),
                        tuple("TRANSITION_REFUSED", "/history/4"),
                        tuple("STATUS_DISAGREES_WITH_HISTORY", "/versions/0/project/status"));
    }
}
