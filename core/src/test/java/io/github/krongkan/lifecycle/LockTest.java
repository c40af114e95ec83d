package io.github.krongkan.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.BudgetActivity;
import io.github.krongkan.budget.BudgetLine;
import io.github.krongkan.budget.Ledger;
import io.github.krongkan.budget.LedgerEntry;
import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.money.Baht;
import io.github.krongkan.project.Objective;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectPeriod;
import io.github.krongkan.project.ProjectStatus;
import io.github.krongkan.time.FiscalYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Lock} on a small approved project shaped like seed 004 (a network's reading project with
 * a budget of two activities, approved, then reported on).
 */
class LockTest {
    private static final LocalDate START = LocalDate.of(2025, 10, 1);

    static Project approved() {
        return Project.builder()
                .name("โครงการพัฒนาการอ่านของเครือข่าย")
                .fiscalYear(FiscalYear.ofBuddhistEra(2569))
                .addObjectives(Objective.of("1", "นักเรียนอ่านออกเขียนได้"))
                .plannedPeriod(ProjectPeriod.of(START, LocalDate.of(2026, 9, 30)))
                .status(ProjectStatus.APPROVED)
                .budget(Budget.builder()
                        .addActivities(
                                BudgetActivity.builder()
                                        .number("1")
                                        .name("อบรมครู")
                                        .addLines(BudgetLine.lumpSum("ค่าอาหาร", Baht.ofBaht(6_000)))
                                        .addLines(BudgetLine.lumpSum("ค่าวัสดุ", Baht.ofBaht(4_000)))
                                        .build(),
                                BudgetActivity.builder()
                                        .number("2")
                                        .name("นิเทศติดตาม")
                                        .addLines(BudgetLine.lumpSum("ค่าพาหนะ", Baht.ofBaht(5_000)))
                                        .build())
                        .build())
                .ledger(Ledger.builder()
                        .received(Baht.ofBaht(15_000))
                        .addEntries(LedgerEntry.disbursement(LocalDate.of(2025, 12, 1), Baht.ofBaht(6_000)))
                        .build())
                .addProgressReports(ProgressReport.of(LocalDate.of(2025, 12, 31), new BigDecimal("0.30")))
                .build();
    }

    @Test
    void theApprovedVersionItselfIsAllowedWithNoChange() {
        LockCheck result = Lock.of(approved()).check(approved());
        assertThat(result).isInstanceOf(LockCheck.Allowed.class);
        assertThat(result.allowedChanges()).isEmpty();
        assertThat(result.lockedChanges()).isEmpty();
    }

    @Test
    void addingAReportALedgerEntryAndMovingTheStatusIsAllowed() {
        Project a = approved();
        Project b = Project.builder()
                .from(a)
                .addProgressReports(ProgressReport.of(LocalDate.of(2026, 3, 31), new BigDecimal("0.70")))
                .ledger(Ledger.builder()
                        .from(a.ledger().orElseThrow())
                        .addEntries(LedgerEntry.disbursement(LocalDate.of(2026, 3, 1), Baht.ofBaht(5_000)))
                        .build())
                .status(ProjectStatus.IN_PROGRESS)
                .actualPeriod(ProjectPeriod.of(LocalDate.of(2025, 11, 1), LocalDate.of(2026, 8, 31)))
                .build();
        LockCheck result = Lock.of(a).check(b);
        assertThat(result.allowed()).isTrue();
        assertThat(result.allowedChanges())
                .extracting(c -> c.path().toString())
                .contains("/progressReports/1", "/ledger", "/status", "/actualPeriod");
    }

    @Test
    void changingABudgetLineNeedsARevisionNamingItsPointer() {
        Project a = approved();
        Budget budget = a.budget().orElseThrow();
        BudgetActivity first = budget.activities().get(0);
        BudgetActivity changedFirst = BudgetActivity.builder()
                .from(first)
                .lines(List.of(
                        BudgetLine.lumpSum("ค่าอาหาร", Baht.ofBaht(7_500)),
                        first.lines().get(1)))
                .build();
        Project b = Project.builder()
                .from(a)
                .budget(Budget.builder()
                        .from(budget)
                        .activities(List.of(changedFirst, budget.activities().get(1)))
                        .build())
                .addProgressReports(ProgressReport.of(LocalDate.of(2026, 3, 31), new BigDecimal("0.70")))
                .build();

        LockCheck result = Lock.of(a).check(b);
        assertThat(result).isInstanceOf(LockCheck.NeedsRevision.class);
        assertThat(result.allowed()).isFalse();
        assertThat(result.lockedPaths())
                .containsExactly(DocumentPath.parse("/budget/activities/0/lines/0/statedAmount"));
        LockedChange locked = result.lockedChanges().get(0);
        assertThat(locked.section()).isEqualTo("budget");
        assertThat(locked.change().before()).contains(Baht.ofBaht(6_000));
        assertThat(locked.change().after()).contains(Baht.ofBaht(7_500));
        assertThat(locked.english()).contains("budget", "revision", "approval");
        assertThat(locked.thai()).contains("งบประมาณ", "อนุมัติ");
        assertThat(locked.toString()).startsWith("/budget/activities/0/lines/0/statedAmount: the budget");
        assertThat(result.allowedChanges()).extracting(c -> c.path().toString()).containsExactly("/progressReports/1");
    }

    @Test
    void changingTheScheduleTargetsOrObjectivesNeedsARevision() {
        Project a = approved();
        Project b = Project.builder()
                .from(a)
                .plannedPeriod(ProjectPeriod.of(START, LocalDate.of(2026, 12, 31)))
                .addObjectives(Objective.of("2", "ครูใช้สื่อการอ่าน"))
                .build();
        LockCheck result = Lock.of(a).check(b);
        assertThat(result.lockedChanges())
                .extracting(LockedChange::section)
                .containsExactlyInAnyOrder("plannedPeriod", "objectives");
        assertThat(result.lockedChanges())
                .filteredOn(c -> c.section().equals("plannedPeriod"))
                .singleElement()
                .satisfies(c -> assertThat(c.thai()).startsWith("ระยะเวลาดำเนินการ"));
    }

    @Test
    void changingOrRemovingAnApprovedReportOrLedgerEntryNeedsARevision() {
        Project a = approved();
        Project withoutReport =
                Project.builder().from(a).progressReports(List.of()).build();
        assertThat(Lock.of(a).check(withoutReport).lockedPaths())
                .containsExactly(DocumentPath.parse("/progressReports"));

        Project changedReport = Project.builder()
                .from(a)
                .progressReports(List.of(ProgressReport.of(LocalDate.of(2025, 12, 31), new BigDecimal("0.90"))))
                .build();
        assertThat(Lock.of(a).check(changedReport).lockedChanges())
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.section()).isEqualTo("progressReports");
                    assertThat(c.english()).contains("add a new report");
                });

        Project moreReceived = Project.builder()
                .from(a)
                .ledger(Ledger.builder()
                        .from(a.ledger().orElseThrow())
                        .received(Baht.ofBaht(20_000))
                        .build())
                .build();
        assertThat(Lock.of(a).check(moreReceived).lockedPaths()).containsExactly(DocumentPath.parse("/ledger"));
    }

    @Test
    void aLockNeedsAnApprovedVersionAndARevisionNeedsALockedChange() {
        assertThatThrownBy(() -> Lock.of(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new LockCheck.NeedsRevision(List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Lock.of(approved()).approved()).isEqualTo(approved());
    }
}
