package io.github.krongkan.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.money.Baht;
import io.github.krongkan.project.Project;
import io.github.krongkan.time.FiscalMonth;
import io.github.krongkan.time.FiscalYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetModelTest {
    private static Baht b(long baht) {
        return Baht.ofBaht(baht);
    }

    @Test
    void constructionRefusesImpossibleLines() {
        assertThatThrownBy(() -> BudgetLine.builder().item("ค่าอาหาร").build())
                .hasMessageContaining("needs a unitCost");
        assertThatThrownBy(() -> BudgetLine.builder()
                        .statedAmount(b(1))
                        .addFactor(QuantityFactor.of(2, "คน"))
                        .build())
                .hasMessageContaining("factors need a unitCost");
        assertThatThrownBy(() -> BudgetLine.builder().unitCost(b(-1)).build()).hasMessageContaining("unitCost");
        assertThatThrownBy(() -> BudgetLine.lumpSum(" ", b(1))).hasMessageContaining("item");
        assertThatThrownBy(() -> BudgetLine.builder()
                        .unitCost(b(1))
                        .rateKind("snacks venue")
                        .build())
                .hasMessageContaining("rateKind");
        assertThatThrownBy(() -> QuantityFactor.of(-1, "คน")).hasMessageContaining("negative");
        assertThatThrownBy(() -> QuantityFactor.of(1, "")).hasMessageContaining("unit");
        assertThatThrownBy(() -> BudgetLine.builder()
                        .unitCost(Baht.MAX_ABSOLUTE)
                        .addFactor(QuantityFactor.of(2, "คน"))
                        .build())
                .hasMessageContaining("beyond");
        assertThat(QuantityFactor.of(new BigDecimal("1E+1"), "คน").count().toPlainString())
                .isEqualTo("10");
    }

    @Test
    void aLumpSumHasNoComputedAmount() {
        BudgetLine line = BudgetLine.builder()
                .item("ค่าวัสดุอุปกรณ์")
                .category(BudgetCategory.MATERIALS)
                .statedAmount(b(90_000))
                .legalReference("ระเบียบกระทรวงการคลังว่าด้วยการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ.2560")
                .build();
        assertThat(line.isLumpSum()).isTrue();
        assertThat(line.computedAmount()).isEmpty();
        assertThat(line.amount()).isEqualTo(b(90_000));
        assertThat(line.writtenAmount()).isEqualTo(b(90_000));
        assertThat(line.hasArithmeticError()).isFalse();
        assertThat(line.formula()).isEqualTo("90,000.00 บาท");
        assertThat(BudgetCategory.MATERIALS.thai()).isEqualTo("ค่าวัสดุ");
    }

    @Test
    void aFractionalFactorRoundsHalfUpOnceAtTheEnd() {
        BudgetLine line = BudgetLine.builder()
                .unitCost(Baht.parse("0.05"))
                .addFactor(QuantityFactor.of(new BigDecimal("0.5"), "วัน"))
                .addFactor(QuantityFactor.of(new BigDecimal("0.5"), "วัน"))
                .build();
        // 0.05 × 0.25 = 0.0125 → 0.01; rounding after each factor would give 0.03 × 0.5 = 0.015 → 0.02.
        assertThat(line.computedAmount()).hasValue(Baht.parse("0.01"));
        assertThat(line.quantity()).isEqualByComparingTo("0.25");
    }

    @Test
    void budgetTotalsAndThePlanByMonth() {
        FiscalYear fy = FiscalYear.ofBuddhistEra(2560);
        Budget budget = Budget.builder()
                .addActivity(BudgetActivity.builder()
                        .name("ก")
                        .addLine(BudgetLine.parse("ค่าอาหาร 100 บาท/20 คน เป็นเงิน 3,000 บาท"))
                        .statedSubtotal(b(2_500))
                        .build())
                .addActivity(BudgetActivity.builder()
                        .name("ข")
                        .addLine(BudgetLine.lumpSum("ค่าวัสดุ", b(1_000)))
                        .build())
                .putPlannedDisbursement(fy.month(5), b(1_000))
                .putPlannedDisbursement(fy.month(2), b(2_000))
                .putPlannedDisbursement(fy.month(11), b(500))
                .build();
        assertThat(budget.amount()).isEqualTo(b(3_000));
        assertThat(budget.writtenActivitySum()).isEqualTo(b(3_500));
        assertThat(budget.writtenAmount()).isEqualTo(b(3_500));
        assertThat(budget.plannedDisbursements().keySet()).containsExactly(fy.month(2), fy.month(5), fy.month(11));
        assertThat(budget.plannedTotal()).isEqualTo(b(3_500));
        assertThat(budget.plannedThrough(fy.month(1))).isEqualTo(Baht.ZERO);
        assertThat(budget.plannedThrough(fy.month(5))).isEqualTo(b(3_000));
        assertThat(budget.plannedThrough(FiscalMonth.of(fy.next(), 1))).isEqualTo(b(3_500));
        FiscalMonth last = FiscalMonth.of(FiscalYear.MAX, 12);
        Budget atTheEnd = Budget.builder()
                .putPlannedDisbursement(last.previous(), b(100))
                .putPlannedDisbursement(last, b(50))
                .build();
        assertThat(atTheEnd.plannedThrough(last)).isEqualTo(b(150));
        assertThat(atTheEnd.plannedThrough(last.previous())).isEqualTo(b(100));
        assertThatThrownBy(() -> Budget.builder()
                        .putPlannedDisbursement(fy.month(1), b(-1))
                        .build())
                .hasMessageContaining("plannedDisbursements");
    }

    @Test
    void allocationsSplitExactly() {
        BudgetAllocation five = BudgetAllocation.equally(
                b(200_000), List.of("บางพลี 1", "บางพลี 2", "บางบ่อ 1", "บางบ่อ 2", "บางเสาธง"));
        assertThat(five.shares()).extracting(AllocationShare::amount).containsOnly(b(40_000));
        BudgetAllocation thirds = BudgetAllocation.equally(b(100), List.of("a", "b", "c"));
        assertThat(thirds.shares())
                .extracting(AllocationShare::amount)
                .containsExactly(Baht.parse("33.34"), Baht.parse("33.33"), Baht.parse("33.33"));
        BudgetAllocation weighted = BudgetAllocation.byWeights(b(214_650), List.of("a", "b"), List.of(200_000, 14_650));
        assertThat(weighted.shares()).extracting(AllocationShare::amount).containsExactly(b(200_000), b(14_650));
        assertThatThrownBy(() -> BudgetAllocation.equally(b(1), List.of())).hasMessageContaining("at least one share");
        assertThatThrownBy(() -> BudgetAllocation.byWeights(b(1), List.of("a"), List.of(1, 2)))
                .hasMessageContaining("one weight per network");
        assertThatThrownBy(() -> AllocationShare.builder().amount(b(1)).build())
                .hasMessageContaining("networkId or a name");
    }

    @Test
    void revisionsKeepTheApprovedBudget() {
        Budget approved = Budget.builder().statedTotal(b(90_000)).build();
        Budget revised = Budget.builder().statedTotal(b(80_000)).build();
        Project.Builder p = Project.builder().name("โครงการ").fiscalYear(FiscalYear.ofBuddhistEra(2569));
        assertThat(p.build().currentBudget()).isEmpty();
        Project project = p.budget(approved)
                .addBudgetRevision(BudgetRevision.builder()
                        .round(1)
                        .reason("ลดงบประมาณ")
                        .date(LocalDate.of(2026, 2, 1))
                        .budget(revised)
                        .build())
                .build();
        assertThat(project.budget()).hasValue(approved);
        assertThat(project.currentBudget()).hasValue(revised);
        assertThatThrownBy(() -> Project.builder()
                        .name("x")
                        .fiscalYear(FiscalYear.ofBuddhistEra(2569))
                        .addBudgetRevision(BudgetRevision.builder()
                                .round(1)
                                .budget(revised)
                                .build())
                        .build())
                .hasMessageStartingWith("/budgetRevisions: ")
                .hasMessageContaining("need the approved budget");
        assertThatThrownBy(() -> Project.builder()
                        .from(project)
                        .addBudgetRevision(BudgetRevision.builder()
                                .round(1)
                                .budget(revised)
                                .build())
                        .build())
                .hasMessageStartingWith("/budgetRevisions/1/round: round 1 follows round 1")
                .hasMessageContaining("rounds must increase");
        assertThatThrownBy(
                        () -> BudgetRevision.builder().round(0).budget(revised).build())
                .hasMessageContaining("at least 1");
    }

    @Test
    void disbursementTargetsAreDataPerFiscalYear() {
        FiscalYear fy2563 = FiscalYear.ofBuddhistEra(2563);
        DisbursementTargets targets = DisbursementTargets.builder()
                .fiscalYear(fy2563)
                .putCumulativeDisbursement(2, new BigDecimal("54"))
                .build();
        Ledger ledger = Ledger.builder()
                .received(b(100_000))
                .addEntry(LedgerEntry.disbursement(LocalDate.of(2019, 11, 15), b(20_000)))
                .addEntry(LedgerEntry.disbursement(LocalDate.of(2020, 3, 31), b(30_000)))
                .addEntry(LedgerEntry.obligation(LocalDate.of(2020, 2, 1), b(10_000)))
                .addEntry(LedgerEntry.builder()
                        .kind(LedgerEntryKind.DISBURSEMENT)
                        .amount(b(5_000))
                        .instalment(2)
                        .build())
                .build();
        List<QuarterRate> rates = ledger.quarterRates(targets);
        assertThat(rates).hasSize(4);
        assertThat(rates.get(0).disbursementRate()).hasValue(new BigDecimal("20.00"));
        assertThat(rates.get(0).disbursementMet()).isEmpty();
        assertThat(rates.get(1).disbursementRate()).hasValue(new BigDecimal("50.00"));
        assertThat(rates.get(1).spendingRate()).hasValue(new BigDecimal("60.00"));
        assertThat(rates.get(1).disbursementTarget()).hasValue(new BigDecimal("54"));
        assertThat(rates.get(1).disbursementMet()).hasValue(false);
        assertThat(rates.get(1).spendingMet()).isEmpty();
        assertThat(ledger.disbursed())
                .as("the undated entry counts in the total")
                .isEqualTo(b(55_000));
        assertThat(ledger.disbursementRate(fy2563.quarter(4))).hasValue(new BigDecimal("50.00"));
        assertThat(Ledger.of(Baht.ZERO).disbursementRate(fy2563.quarter(1))).isEmpty();
        assertThatThrownBy(() -> DisbursementTargets.builder()
                        .fiscalYear(fy2563)
                        .putCumulativeDisbursement(5, BigDecimal.ONE)
                        .build())
                .hasMessageContaining("1 to 4");
        assertThatThrownBy(() -> DisbursementTargets.builder()
                        .fiscalYear(fy2563)
                        .putCumulativeDisbursement(1, BigDecimal.TEN)
                        .putCumulativeDisbursement(2, BigDecimal.ONE)
                        .build())
                .hasMessageContaining("may not fall");
        assertThatThrownBy(() -> DisbursementTargets.builder()
                        .fiscalYear(fy2563)
                        .putCumulativeSpending(1, new BigDecimal("101"))
                        .build())
                .hasMessageContaining("0 to 100");
        assertThatThrownBy(() -> LedgerEntry.disbursement(LocalDate.of(2020, 1, 1), Baht.ZERO))
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> Ledger.of(b(-1))).hasMessageContaining("received");
    }

    @Test
    void rateTablesPickTheTableInForce() {
        RateTables defaults = RateTables.defaults();
        assertThat(defaults.inForceOn(LocalDate.of(2013, 1, 13))).isEmpty();
        RateTable v5 = defaults.inForceOn(LocalDate.of(2013, 1, 14)).orElseThrow();
        assertThat(v5.source()).contains("กค 0406.4/ว 5");
        assertThat(v5.ceiling(RateCeiling.SNACKS_GOVERNMENT_VENUE).orElseThrow().ceiling())
                .isEqualTo(b(35));
        assertThat(v5.ceiling(RateCeiling.SNACKS_PRIVATE_VENUE).orElseThrow().ceiling())
                .isEqualTo(b(50));
        assertThat(v5.ceiling(RateCeiling.MEALS_PER_DAY_TYPE_A_GOVERNMENT_VENUE)
                        .orElseThrow()
                        .ceiling())
                .isEqualTo(b(850));
        assertThat(v5.ceiling(RateCeiling.MEALS_PER_DAY_TYPE_B_GOVERNMENT_VENUE)
                        .orElseThrow()
                        .ceiling())
                .isEqualTo(b(600));
        assertThat(v5.ceiling(RateCeiling.MEALS_PER_DAY_OUTSIDERS_GOVERNMENT_VENUE)
                        .orElseThrow()
                        .ceiling())
                .isEqualTo(b(500));
        assertThat(defaults.inForceOn(LocalDate.of(2025, 10, 31))).hasValue(v5);
        assertThat(defaults.inForceOn(LocalDate.of(2025, 11, 1))).isEmpty();
        RateTable newer = RateTable.builder()
                .source("ใหม่")
                .effectiveFrom(LocalDate.of(2020, 1, 1))
                .build();
        RateTables both = RateTables.builder()
                .addTables(newer)
                .addAllTables(defaults.tables())
                .build();
        assertThat(both.inForceOn(LocalDate.of(2019, 12, 31))).hasValue(v5);
        assertThat(both.inForceOn(LocalDate.of(2020, 1, 1))).hasValue(newer);
        assertThat(both.inForceOn(LocalDate.of(2030, 1, 1))).hasValue(newer);
        assertThatThrownBy(() -> RateTables.of(List.of(newer, newer)))
                .hasMessageContaining("take effect on 2020-01-01");
        assertThatThrownBy(() -> RateTable.builder()
                        .source("x")
                        .effectiveFrom(LocalDate.of(2020, 1, 1))
                        .effectiveUntil(LocalDate.of(2019, 1, 1))
                        .build())
                .hasMessageContaining("before effectiveFrom");
    }
}
