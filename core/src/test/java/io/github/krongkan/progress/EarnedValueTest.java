package io.github.krongkan.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.budget.AllocationShare;
import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.BudgetAllocation;
import io.github.krongkan.budget.BudgetRevision;
import io.github.krongkan.budget.Ledger;
import io.github.krongkan.budget.LedgerEntry;
import io.github.krongkan.budget.LedgerEntryKind;
import io.github.krongkan.money.Baht;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.Project;
import io.github.krongkan.schedule.ActionPlan;
import io.github.krongkan.schedule.ActionStep;
import io.github.krongkan.schedule.ProgressCurve;
import io.github.krongkan.time.FiscalYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EarnedValueTest {

    private static BigDecimal pct(String value) {
        return new BigDecimal(value);
    }

    @Test
    void textbookExample() {
        EarnedValue ev = EarnedValue.of(Baht.ofBaht(360_000), pct("50"), pct("40"), Baht.ofBaht(90_000));
        assertThat(ev.pv()).isEqualTo(Baht.ofBaht(180_000));
        assertThat(ev.ev()).isEqualTo(Baht.ofBaht(144_000));
        assertThat(ev.ac()).isEqualTo(Baht.ofBaht(90_000));
        assertThat(ev.sv()).isEqualTo(Baht.ofBaht(-36_000));
        assertThat(ev.cv()).isEqualTo(Baht.ofBaht(54_000));
        assertThat(ev.svPercent()).contains(pct("-20.00"));
        assertThat(ev.cvPercent()).contains(pct("37.50"));
        assertThat(ev.spi()).contains(pct("0.8000"));
        assertThat(ev.cpi()).contains(pct("1.6000"));
        assertThat(ev.eac()).contains(Baht.ofBaht(225_000));
        assertThat(ev.etc()).contains(Baht.ofBaht(135_000));
        assertThat(ev.vac()).contains(Baht.ofBaht(135_000));
        assertThat(ev.eacAtypical()).isEqualTo(Baht.ofBaht(306_000));
        assertThat(ev.etcAtypical()).isEqualTo(Baht.ofBaht(216_000));
        assertThat(ev.vacAtypical()).isEqualTo(Baht.ofBaht(54_000));
        assertThat(ev.tcpi()).contains(pct("0.8000"));
        assertThat(ev.toString()).contains("SPI 0.8000").contains("CPI 1.6000");
    }

    @Test
    void seed001HundredPercentWithNothingSpentHasNoCostIndex() {
        EarnedValue ev = EarnedValue.of(Baht.ofBaht(360_000), pct("100"), pct("100.00"), Baht.ZERO);
        assertThat(ev.ev()).isEqualTo(Baht.ofBaht(360_000));
        assertThat(ev.cpi()).as("EV / 0 is not applicable, not infinity").isEmpty();
        assertThat(ev.eac()).isEmpty();
        assertThat(ev.etc()).isEmpty();
        assertThat(ev.vac()).isEmpty();
        assertThat(ev.tcpi()).contains(pct("0.0000"));
        assertThat(ev.spi()).contains(pct("1.0000"));
        assertThat(ev.eacAtypical()).isEqualTo(Baht.ZERO);
    }

    @Test
    void zeroDenominatorsAreNotApplicable() {
        EarnedValue nothing = EarnedValue.of(Baht.ZERO, pct("0"), pct("0"), Baht.ZERO);
        assertThat(nothing.spi()).isEmpty();
        assertThat(nothing.svPercent()).isEmpty();
        assertThat(nothing.cpi()).isEmpty();
        assertThat(nothing.cvPercent()).isEmpty();
        assertThat(nothing.tcpi()).isEmpty();
        assertThat(nothing.eac()).isEmpty();
        assertThat(nothing.sv()).isEqualTo(Baht.ZERO);
        EarnedValue notStarted = EarnedValue.of(Baht.ofBaht(90_000), pct("10"), pct("0"), Baht.ofBaht(5_000));
        assertThat(notStarted.spi()).contains(pct("0.0000"));
        assertThat(notStarted.cpi()).contains(pct("0.0000"));
        assertThat(notStarted.eac()).as("BAC / CPI with CPI 0").isEmpty();
        assertThat(notStarted.cvPercent()).isEmpty();
    }

    @Test
    void refusesANegativeBudget() {
        assertThatThrownBy(() -> EarnedValue.of(Baht.ofBaht(-1), pct("1"), pct("1"), Baht.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bac");
        assertThatThrownBy(() -> ProgressBaseline.ofCurve(Baht.ofBaht(-1), ProgressCurve.of(Map.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void roundsMoneyHalfUpToTheSatang() {
        EarnedValue ev = EarnedValue.of(Baht.parse("0.10"), pct("5"), pct("15"), Baht.parse("0.03"));
        assertThat(ev.pv()).isEqualTo(Baht.parse("0.01"));
        assertThat(ev.ev()).isEqualTo(Baht.parse("0.02"));
        assertThat(ev.eac()).contains(Baht.parse("0.15"));
    }

    @Test
    void historyComputesEarnedValueAtEachReportWithDisbursement() {
        LocalDate jan = LocalDate.of(2021, 1, 15);
        LocalDate feb = LocalDate.of(2021, 2, 15);
        LocalDate mar = LocalDate.of(2021, 3, 15);
        List<ProgressReport> reports = new ArrayList<>(List.of(
                ProgressReport.builder()
                        .from(ProgressReport.of(mar, pct("60")))
                        .disbursed(Baht.ofBaht(100_000))
                        .build(),
                ProgressReport.of(feb, pct("40")),
                ProgressReport.builder()
                        .from(ProgressReport.of(jan, pct("20")))
                        .disbursed(Baht.ofBaht(30_000))
                        .build()));
        ProgressBaseline baseline = ProgressBaseline.ofPlannedDisbursement(
                        Baht.ofBaht(200_000),
                        Map.of(
                                LocalDate.of(2021, 1, 1),
                                Baht.ofBaht(50_000),
                                LocalDate.of(2021, 3, 1),
                                Baht.ofBaht(120_000)))
                .withReturned(Map.of(LocalDate.of(2021, 3, 10), Baht.ofBaht(10_000)));
        List<EarnedValuePoint> points = ProgressHistory.of(reports).earnedValues(baseline);
        assertThat(points).extracting(EarnedValuePoint::date).containsExactly(jan, mar);
        assertThat(points.get(0).entry().index()).isEqualTo(2);
        EarnedValue january = points.get(0).value();
        assertThat(january.pv()).isEqualTo(Baht.ofBaht(50_000));
        assertThat(january.ev()).isEqualTo(Baht.ofBaht(40_000));
        assertThat(january.ac()).isEqualTo(Baht.ofBaht(30_000));
        EarnedValue march = points.get(1).value();
        assertThat(march.pv()).isEqualTo(Baht.ofBaht(120_000));
        assertThat(march.ac()).as("disbursed minus returned").isEqualTo(Baht.ofBaht(90_000));
        assertThat(march.spi()).contains(pct("1.0000"));
        assertThat(ProgressBaseline.ofPlannedDisbursement(Baht.ofBaht(1), Map.of())
                        .plannedValue(jan))
                .contains(Baht.ZERO);
        Project noPlan = Project.builder()
                .name("x")
                .fiscalYear(FiscalYear.ofBuddhistEra(2564))
                .addAllProgressReports(reports)
                .build();
        assertThat(ProgressHistory.of(noPlan).earnedValues(ProgressBaseline.of(noPlan, Baht.ofBaht(200_000))))
                .as("no plan, no planned value")
                .isEmpty();
        assertThat(ProgressBaseline.of(noPlan, Baht.ofBaht(1)).returnedBy(mar)).isEqualTo(Baht.ZERO);
    }

    @Test
    void allocatedBudgetIsTheFirstAmountAboveZeroOfReceivedAllocatedAndBudgeted() {
        FiscalYear fy = FiscalYear.ofBuddhistEra(2564);
        Project.Builder p = Project.builder().name("โครงการ").fiscalYear(fy);
        assertThat(ProgressBaseline.allocatedBudget(p.build())).isEmpty();
        assertThat(ProgressBaseline.of(p.build())).isEmpty();
        Budget budgeted = Budget.builder().statedTotal(Baht.ofBaht(50_000)).build();
        assertThat(ProgressBaseline.allocatedBudget(p.budget(budgeted).build())).contains(Baht.ofBaht(50_000));
        Budget allocated = Budget.builder()
                .from(budgeted)
                .addAllocation(BudgetAllocation.builder()
                        .total(Baht.ofBaht(80_000))
                        .addShare(AllocationShare.builder()
                                .name("เครือข่าย")
                                .amount(Baht.ofBaht(80_000))
                                .build())
                        .build())
                .build();
        assertThat(ProgressBaseline.allocatedBudget(p.budget(allocated).build()))
                .contains(Baht.ofBaht(80_000));
        Budget received = Budget.builder()
                .from(allocated)
                .receivedAmount(Baht.ofBaht(70_000))
                .build();
        assertThat(ProgressBaseline.allocatedBudget(p.budget(received).build())).contains(Baht.ofBaht(70_000));
        assertThat(ProgressBaseline.allocatedBudget(
                        p.ledger(Ledger.of(Baht.ofBaht(60_000))).build()))
                .contains(Baht.ofBaht(60_000));
        assertThat(ProgressBaseline.allocatedBudget(
                        p.ledger(Ledger.of(Baht.ZERO)).build()))
                .as("a ledger that received nothing leaves the budget's figure")
                .contains(Baht.ofBaht(70_000));
        Budget revised = Budget.builder().statedTotal(Baht.ofBaht(40_000)).build();
        assertThat(ProgressBaseline.allocatedBudget(Project.builder()
                        .name("x")
                        .fiscalYear(fy)
                        .budget(budgeted)
                        .addBudgetRevision(BudgetRevision.builder()
                                .round(1)
                                .budget(revised)
                                .build())
                        .build()))
                .as("the current budget is the last revision")
                .contains(Baht.ofBaht(40_000));
    }

    @Test
    void aProjectsBaselineUsesItsPlannedDisbursementsOrItsCurveAndItsReturns() {
        FiscalYear fy = FiscalYear.ofBuddhistEra(2564);
        LocalDate dec = LocalDate.of(2020, 12, 15);
        LocalDate mar = LocalDate.of(2021, 3, 15);
        Budget budget = Budget.builder()
                .receivedAmount(Baht.ofBaht(120_000))
                .putPlannedDisbursement(fy.month(2), Baht.ofBaht(30_000))
                .putPlannedDisbursement(fy.month(5), Baht.ofBaht(90_000))
                .build();
        Ledger ledger = Ledger.builder()
                .received(Baht.ofBaht(120_000))
                .addEntry(LedgerEntry.returned(LocalDate.of(2021, 3, 1), Baht.ofBaht(5_000)))
                .addEntry(LedgerEntry.returned(LocalDate.of(2021, 1, 1), Baht.ofBaht(1_000)))
                .addEntry(LedgerEntry.builder()
                        .kind(LedgerEntryKind.RETURN)
                        .amount(Baht.ofBaht(7))
                        .build())
                .build();
        ActionPlan plan = ActionPlan.of(List.of(ActionStep.of("ทั้งปี", fy.months())));
        Project project = Project.builder()
                .name("โครงการ")
                .fiscalYear(fy)
                .budget(budget)
                .ledger(ledger)
                .actionPlan(plan)
                .addProgressReports(ProgressReport.builder()
                        .from(ProgressReport.of(mar, new BigDecimal("50")))
                        .disbursed(Baht.ofBaht(60_000))
                        .build())
                .build();
        ProgressBaseline baseline = ProgressBaseline.of(project).orElseThrow();
        assertThat(baseline.budgetAtCompletion()).isEqualTo(Baht.ofBaht(120_000));
        assertThat(baseline.plannedValue(dec))
                .as("planned disbursements win over the curve")
                .contains(Baht.ofBaht(30_000));
        assertThat(baseline.plannedValue(mar)).contains(Baht.ofBaht(120_000));
        assertThat(baseline.returnedBy(LocalDate.of(2020, 12, 31))).isEqualTo(Baht.ZERO);
        assertThat(baseline.returnedBy(mar)).as("dated returns only").isEqualTo(Baht.ofBaht(6_000));
        EarnedValue atMarch =
                ProgressHistory.of(project).earnedValues(baseline).get(0).value();
        assertThat(atMarch.ac()).isEqualTo(Baht.ofBaht(54_000));
        assertThat(atMarch.ev()).isEqualTo(Baht.ofBaht(60_000));
        Project curveOnly = Project.builder()
                .from(project)
                .budget(Budget.builder().receivedAmount(Baht.ofBaht(120_000)).build())
                .build();
        assertThat(ProgressBaseline.of(curveOnly).orElseThrow().plannedValue(dec))
                .as("three of twelve months")
                .contains(Baht.ofBaht(30_000));
    }
}
