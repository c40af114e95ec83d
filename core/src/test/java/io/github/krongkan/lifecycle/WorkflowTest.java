package io.github.krongkan.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.BudgetActivity;
import io.github.krongkan.budget.BudgetLine;
import io.github.krongkan.check.ProjectCheck;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectStatus;
import io.github.krongkan.time.FiscalYear;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The workflow's moves, levels and guards, one refusal at a time. */
class WorkflowTest {
    static final Project PROJECT = Project.builder()
            .name("โครงการพัฒนาคุณภาพเครือข่ายโรงเรียน")
            .fiscalYear(FiscalYear.ofBuddhistEra(2564))
            .build();
    static final Actor SECTION = Actor.builder()
            .name("นางอภิรดี แสงสุข")
            .role("ผู้รับผิดชอบโครงการ")
            .unit("สำนักงานเขตบึงกุ่ม / ฝ่ายการศึกษา")
            .build();
    static final Actor DIRECTOR = Actor.builder()
            .name("ผู้อำนวยการเขตบึงกุ่ม")
            .position("ผู้อำนวยการเขต")
            .build();
    static final Actor DEPARTMENT = Actor.of("ผู้อำนวยการสำนักการศึกษา");
    private static final Workflow BMA = Workflow.bma();
    private static final LocalDate DAY = LocalDate.of(2020, 10, 1);

    static Transition step(Action action, Actor actor, int day) {
        return Transition.of(action, actor, DAY.plusDays(day));
    }

    static Transition endorse(ReviewLevel level, int day) {
        return Transition.builder()
                .from(step(Action.ENDORSE, DIRECTOR, day))
                .level(level)
                .build();
    }

    static Transition withReason(Action action, Actor actor, int day, String reason) {
        return Transition.builder()
                .from(step(action, actor, day))
                .reason(reason)
                .build();
    }

    /** Proposed by the section, endorsed by the district, approved by the department. */
    static List<Transition> approved() {
        return List.of(
                step(Action.PROPOSE, SECTION, 0),
                endorse(ReviewLevel.DISTRICT_OFFICE, 3),
                Transition.builder()
                        .from(step(Action.APPROVE, DEPARTMENT, 10))
                        .level(ReviewLevel.DEPARTMENT)
                        .build());
    }

    private static History history(List<Transition> transitions) {
        Replay replay = BMA.replay(PROJECT, transitions);
        assertThat(replay).isInstanceOf(Replay.Replayed.class);
        return replay.history();
    }

    private static Refusal refused(History history, Transition transition) {
        Outcome outcome = BMA.apply(PROJECT, history, transition);
        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        assertThat(outcome.history()).isSameAs(history);
        return ((Outcome.Refused) outcome).refusal();
    }

    /** The worked example of docs/concepts.md, "The life of a project", as written there. */
    @Test
    void theWorkedExampleOfSeed002() {
        Project project = PROJECT;
        Workflow bma = Workflow.bma();
        Actor section = Actor.builder()
                .name("นางอภิรดี แสงสุข")
                .unit("สำนักงานเขตบึงกุ่ม / ฝ่ายการศึกษา")
                .build();
        Actor director = Actor.builder()
                .name("ผู้อำนวยการเขตบึงกุ่ม")
                .position("ผู้อำนวยการเขต")
                .build();
        Actor department = Actor.of("ผู้อำนวยการสำนักการศึกษา");
        List<Transition> life = List.of(
                Transition.of(Action.PROPOSE, section, LocalDate.of(2020, 9, 15)),
                Transition.builder()
                        .from(Transition.of(Action.ENDORSE, director, LocalDate.of(2020, 9, 22)))
                        .level(ReviewLevel.DISTRICT_OFFICE)
                        .build(),
                Transition.builder()
                        .from(Transition.of(Action.APPROVE, department, LocalDate.of(2020, 10, 1)))
                        .level(ReviewLevel.DEPARTMENT)
                        .build(),
                Transition.of(Action.START, section, LocalDate.of(2020, 10, 28)),
                Transition.builder()
                        .from(Transition.of(Action.DELAY, section, LocalDate.of(2021, 6, 29)))
                        .reason("ขอชะลอโครงการฯ เนื่องจากสถานการณ์โควิด 19")
                        .build(),
                Transition.builder()
                        .from(Transition.of(Action.CANCEL, section, LocalDate.of(2021, 7, 29)))
                        .reason("ยกเลิกการดำเนินโครงการเนื่องจากสถานการณ์การแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา 2019")
                        .build());
        Replay replay = bma.replay(project, life);
        assertThat(replay).isInstanceOf(Replay.Replayed.class);
        assertThat(replay.history().stage()).isEqualTo(Stage.CANCELLED);
        assertThat(replay.history().status()).isEqualTo(ProjectStatus.CANCELLED);
        List<Transition> resumed = new ArrayList<>(life.subList(0, 5));
        resumed.add(Transition.of(Action.RESUME, section, LocalDate.of(2021, 7, 29)));
        assertThat(bma.replay(project, resumed).history().stage()).isEqualTo(Stage.IN_PROGRESS);
        List<Transition> noReason = new ArrayList<>(life.subList(0, 5));
        noReason.add(Transition.of(Action.CANCEL, section, LocalDate.of(2021, 7, 29)));
        assertThat(bma.replay(project, noReason)).isInstanceOfSatisfying(Replay.Stopped.class, s -> {
            assertThat(s.index()).isEqualTo(5);
            assertThat(s.refusal().kind()).isEqualTo(RefusalKind.REASON_REQUIRED);
        });
    }

    @Test
    void theSeed002LifeReplays() {
        List<Transition> life = new ArrayList<>(approved());
        life.add(step(Action.START, SECTION, 27));
        life.add(withReason(Action.DELAY, SECTION, 271, "ขอชะลอโครงการฯ เนื่องจากสถานการณ์โควิด 19"));
        life.add(withReason(Action.CANCEL, SECTION, 301, "ยกเลิกการดำเนินโครงการเนื่องจากสถานการณ์โควิด 19"));
        History history = history(life);
        assertThat(history.stage()).isEqualTo(Stage.CANCELLED);
        assertThat(history.status()).isEqualTo(ProjectStatus.CANCELLED);
        assertThat(history.transitions()).hasSize(6);
        assertThat(history.endorsedLevels()).containsExactly(ReviewLevel.DISTRICT_OFFICE);
        assertThat(history.proposal()).flatMap(Transition::actor).contains(SECTION);
        Outcome closed = BMA.apply(PROJECT, history, step(Action.CLOSE, DIRECTOR, 302));
        assertThat(closed.accepted()).isTrue();
        assertThat(closed.history().stage()).isEqualTo(Stage.CLOSED);
        assertThat(closed.history().status()).isEqualTo(ProjectStatus.CANCELLED);
        assertThat(BMA.actionsFrom(Stage.CLOSED)).isEmpty();
    }

    @Test
    void theEmptyHistoryIsADraft() {
        assertThat(History.empty().stage()).isEqualTo(Stage.DRAFT);
        assertThat(History.empty().status()).isEqualTo(ProjectStatus.DRAFT);
        assertThat(History.empty().last()).isEmpty();
        assertThat(History.empty().proposal()).isEmpty();
    }

    @Test
    void wrongStageIsRefusedWithTheAllowedActions() {
        Refusal refusal = refused(History.empty(), step(Action.APPROVE, DEPARTMENT, 0));
        assertThat(refusal.kind()).isEqualTo(RefusalKind.WRONG_STAGE);
        assertThat(refusal.message()).isEqualTo("cannot approve a project that is draft; allowed: propose, cancel");
        assertThat(refusal.messageThai()).contains("ร่าง");
    }

    @Test
    void aDateBeforeThePreviousStepIsRefusedTheSameDayIsNot() {
        History proposed = history(List.of(step(Action.PROPOSE, SECTION, 5)));
        Refusal refusal = refused(proposed, endorse(ReviewLevel.DISTRICT_OFFICE, 4));
        assertThat(refusal.kind()).isEqualTo(RefusalKind.DATE_BEFORE_PREVIOUS);
        assertThat(refusal.message()).contains("2020-10-05", "2020-10-06");
        assertThat(BMA.apply(PROJECT, proposed, endorse(ReviewLevel.DISTRICT_OFFICE, 5))
                        .accepted())
                .isTrue();
    }

    @Test
    void returnWithdrawalDelayAndCancellationNeedAReason() {
        History proposed = history(List.of(step(Action.PROPOSE, SECTION, 0)));
        Refusal refusal = refused(proposed, step(Action.RETURN, DIRECTOR, 1));
        assertThat(refusal.kind()).isEqualTo(RefusalKind.REASON_REQUIRED);
        assertThat(refusal.message()).isEqualTo("return needs a reason");
        History approved = history(approved());
        assertThat(refused(approved, step(Action.WITHDRAW, DEPARTMENT, 11)).kind())
                .isEqualTo(RefusalKind.REASON_REQUIRED);
        assertThat(refused(approved, step(Action.CANCEL, DEPARTMENT, 11)).kind())
                .isEqualTo(RefusalKind.REASON_REQUIRED);
        History started =
                BMA.apply(PROJECT, approved, step(Action.START, SECTION, 11)).history();
        assertThat(refused(started, step(Action.DELAY, SECTION, 12)).kind()).isEqualTo(RefusalKind.REASON_REQUIRED);
        assertThat(BMA.apply(PROJECT, started, withReason(Action.DELAY, SECTION, 12, "โควิด 19"))
                        .history()
                        .stage())
                .isEqualTo(Stage.DELAYED);
    }

    @Test
    void anEndorsementMustNameALevelOfTheWorkflowOnce() {
        History proposed = history(List.of(step(Action.PROPOSE, SECTION, 0)));
        assertThat(refused(proposed, step(Action.ENDORSE, DIRECTOR, 1)).kind()).isEqualTo(RefusalKind.LEVEL_REQUIRED);
        Refusal wrong = refused(proposed, endorse(ReviewLevel.AREA_OFFICE, 1));
        assertThat(wrong.kind()).isEqualTo(RefusalKind.WRONG_LEVEL);
        assertThat(wrong.message())
                .isEqualTo("workflow bma does not endorse at area office; it endorses at district office");
        History endorsed = BMA.apply(PROJECT, proposed, endorse(ReviewLevel.DISTRICT_OFFICE, 1))
                .history();
        assertThat(endorsed.stage()).isEqualTo(Stage.ENDORSED);
        assertThat(refused(endorsed, endorse(ReviewLevel.DISTRICT_OFFICE, 2)).kind())
                .isEqualTo(RefusalKind.LEVEL_ALREADY_ENDORSED);
    }

    @Test
    void levelsEndorseInOrderAndAllBeforeApproval() {
        Workflow twoLevels = Workflow.builder()
                .name("two")
                .addAllMoves(Workflow.standardMoves())
                .addEndorsementLevels(ReviewLevel.NETWORK, ReviewLevel.DISTRICT_OFFICE)
                .build();
        History proposed = twoLevels
                .replay(PROJECT, List.of(step(Action.PROPOSE, SECTION, 0)))
                .history();
        Outcome skipped = twoLevels.apply(PROJECT, proposed, endorse(ReviewLevel.DISTRICT_OFFICE, 1));
        assertThat(skipped).isInstanceOfSatisfying(Outcome.Refused.class, r -> {
            assertThat(r.refusal().kind()).isEqualTo(RefusalKind.MISSING_LEVEL);
            assertThat(r.refusal().message())
                    .isEqualTo("endorsement at district office needs the endorsement at network first");
        });
        History network = twoLevels
                .apply(PROJECT, proposed, endorse(ReviewLevel.NETWORK, 1))
                .history();
        Outcome early = twoLevels.apply(PROJECT, network, step(Action.APPROVE, DEPARTMENT, 2));
        assertThat(early)
                .isInstanceOfSatisfying(
                        Outcome.Refused.class,
                        r -> assertThat(r.refusal().message())
                                .isEqualTo("approval needs the endorsement at district office first"));
        History both = twoLevels
                .apply(PROJECT, network, endorse(ReviewLevel.DISTRICT_OFFICE, 2))
                .history();
        assertThat(twoLevels
                        .apply(PROJECT, both, step(Action.APPROVE, DEPARTMENT, 2))
                        .history()
                        .stage())
                .isEqualTo(Stage.APPROVED);
    }

    @Test
    void approvalWithoutTheEndorsementIsAMissingLevel() {
        History proposed = history(List.of(step(Action.PROPOSE, SECTION, 0)));
        Refusal refusal = refused(proposed, step(Action.APPROVE, DEPARTMENT, 1));
        assertThat(refusal.kind()).isEqualTo(RefusalKind.MISSING_LEVEL);
        assertThat(refusal.messageThai()).isEqualTo("ยังไม่ได้รับความเห็นชอบระดับ สำนักงานเขต");
    }

    @Test
    void aReturnedProposalNeedsItsEndorsementsAgain() {
        List<Transition> life = new ArrayList<>(approved().subList(0, 2));
        life.add(withReason(Action.RETURN, DEPARTMENT, 4, "งบประมาณไม่ถูกต้อง"));
        life.add(step(Action.PROPOSE, SECTION, 6));
        History again = history(life);
        assertThat(again.endorsedLevels()).isEmpty();
        assertThat(again.status()).isEqualTo(ProjectStatus.PROPOSED);
        assertThat(refused(again, step(Action.APPROVE, DEPARTMENT, 7)).kind()).isEqualTo(RefusalKind.MISSING_LEVEL);
    }

    @Test
    void approvalAtAnotherLevelIsRefused() {
        History endorsed = history(approved().subList(0, 2));
        Refusal refusal = refused(
                endorsed,
                Transition.builder()
                        .from(step(Action.APPROVE, DEPARTMENT, 4))
                        .level(ReviewLevel.DISTRICT_OFFICE)
                        .build());
        assertThat(refusal.kind()).isEqualTo(RefusalKind.WRONG_LEVEL);
        assertThat(refusal.message()).isEqualTo("workflow bma approves at department, not at district office");
    }

    @Test
    void theProposerCannotApprove() {
        History endorsed = history(approved().subList(0, 2));
        Actor sameName = Actor.builder()
                .name("  นางอภิรดี   แสงสุข ")
                .position("หัวหน้าฝ่าย")
                .build();
        Refusal refusal = refused(endorsed, step(Action.APPROVE, sameName, 4));
        assertThat(refusal.kind()).isEqualTo(RefusalKind.APPROVER_IS_PROPOSER);
        assertThat(refusal.messageThai()).contains("เป็นผู้เสนอโครงการเอง");
    }

    @Test
    void approvalIsRefusedWhileTheProjectHasErrorFindings() {
        Project wrong = Project.builder()
                .from(PROJECT)
                .budget(Budget.builder()
                        .addActivity(BudgetActivity.builder()
                                .name("กิจกรรม")
                                .addLine(BudgetLine.parse("ค่าอาหาร 100 บาท/20 คน/2 มื้อ เป็นเงิน 4,001 บาท"))
                                .build())
                        .build())
                .build();
        History endorsed = history(approved().subList(0, 2));
        Outcome outcome = BMA.apply(wrong, endorsed, step(Action.APPROVE, DEPARTMENT, 4));
        assertThat(outcome).isInstanceOfSatisfying(Outcome.Refused.class, r -> {
            assertThat(r.refusal().kind()).isEqualTo(RefusalKind.GUARD);
            assertThat(r.refusal().message())
                    .isEqualTo(
                            "approval refused while the project has 1 ERROR finding(s): BUDGET_LINE_ARITHMETIC_MISMATCH");
        });
        assertThat(BMA.apply(wrong, endorsed, withReason(Action.RETURN, DEPARTMENT, 4, "แก้งบประมาณ"))
                        .accepted())
                .isTrue();
        Workflow unguarded = Workflow.builder().from(BMA).guards(List.of()).build();
        assertThat(unguarded
                        .apply(wrong, endorsed, step(Action.APPROVE, DEPARTMENT, 4))
                        .accepted())
                .isTrue();
    }

    @Test
    void customGuardsRunInOrderAfterTheWorkflowsOwnChecks() {
        Guard noCancelling = (project, t) -> t.action() == Action.CANCEL
                ? Optional.of(Refusal.byGuard("cancelling is not allowed here", "ห้ามยกเลิก"))
                : Optional.empty();
        Workflow guarded = Workflow.builder().from(BMA).addGuards(noCancelling).build();
        History approved = history(approved());
        Outcome noReason = guarded.apply(PROJECT, approved, step(Action.CANCEL, DEPARTMENT, 11));
        assertThat(((Outcome.Refused) noReason).refusal().kind()).isEqualTo(RefusalKind.REASON_REQUIRED);
        Outcome guardedOut = guarded.apply(PROJECT, approved, withReason(Action.CANCEL, DEPARTMENT, 11, "ก"));
        assertThat(((Outcome.Refused) guardedOut).refusal())
                .isEqualTo(new Refusal(RefusalKind.GUARD, "cancelling is not allowed here", "ห้ามยกเลิก"));
    }

    @Test
    void withdrawnApprovalGoesBackThroughReview() {
        List<Transition> life = new ArrayList<>(approved());
        life.add(withReason(Action.WITHDRAW, DEPARTMENT, 12, "เปลี่ยนแผนงบประมาณ"));
        History withdrawn = history(life);
        assertThat(withdrawn.stage()).isEqualTo(Stage.WITHDRAWN);
        assertThat(withdrawn.status()).isEqualTo(ProjectStatus.DRAFT);
        assertThat(BMA.actionsFrom(Stage.WITHDRAWN)).containsExactly(Action.PROPOSE, Action.CANCEL);
    }

    @Test
    void replayStopsAtTheFirstRefusalWithItsIndex() {
        List<Transition> life = new ArrayList<>(approved());
        life.add(step(Action.COMPLETE, SECTION, 20));
        life.add(step(Action.START, SECTION, 21));
        Replay replay = BMA.replay(PROJECT, life);
        assertThat(replay).isInstanceOfSatisfying(Replay.Stopped.class, s -> {
            assertThat(s.index()).isEqualTo(3);
            assertThat(s.refusal().kind()).isEqualTo(RefusalKind.WRONG_STAGE);
            assertThat(s.history().transitions()).isEqualTo(approved());
        });
    }

    @Test
    void theObecDefaultEndorsesAndApprovesAtTheAreaOffice() {
        Workflow obec = Workflow.obec();
        Actor group = Actor.builder()
                .name("กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา")
                .build();
        Actor planning = Actor.of("กลุ่มนโยบายและแผน");
        Actor director = Actor.of("ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา");
        Replay replay = obec.replay(
                PROJECT,
                List.of(
                        Transition.of(Action.PROPOSE, group, DAY),
                        Transition.builder()
                                .from(Transition.of(Action.ENDORSE, planning, DAY))
                                .level(ReviewLevel.AREA_OFFICE)
                                .build(),
                        Transition.builder()
                                .from(Transition.of(Action.APPROVE, director, DAY))
                                .level(ReviewLevel.AREA_OFFICE)
                                .build()));
        assertThat(replay.history().stage()).isEqualTo(Stage.APPROVED);
        assertThat(obec.approvalLevel()).contains(ReviewLevel.AREA_OFFICE);
    }

    @Test
    void stagesAndStatusesMapBothWays() {
        for (ProjectStatus status : ProjectStatus.values()) {
            assertThat(Stage.of(status).status()).contains(status);
        }
        assertThat(Stage.ENDORSED.status()).contains(ProjectStatus.PROPOSED);
        assertThat(Stage.RETURNED.status()).contains(ProjectStatus.DRAFT);
        assertThat(Stage.CLOSED.status()).isEmpty();
        for (Action action : Action.values()) {
            assertThat(action.thai()).isNotBlank();
        }
    }

    @Test
    void misuseThrows() {
        assertThatThrownBy(() -> BMA.apply(null, History.empty(), step(Action.PROPOSE, SECTION, 0)))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Actor.of(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Workflow.builder()
                        .name("x")
                        .addMoves(new Move(Stage.DRAFT, Action.PROPOSE), new Move(Stage.DRAFT, Action.PROPOSE))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Workflow moves must not repeat a move");
        assertThatThrownBy(() -> Workflow.builder()
                        .name("x")
                        .addEndorsementLevels(ReviewLevel.NETWORK, ReviewLevel.NETWORK)
                        .build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Replay.Stopped(History.empty(), -1, Refusal.byGuard("a", "b")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ProjectCheck.standard().check(PROJECT)).isEmpty();
    }
}
