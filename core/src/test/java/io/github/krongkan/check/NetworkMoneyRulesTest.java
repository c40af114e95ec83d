package io.github.krongkan.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.krongkan.budget.AllocationShare;
import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.BudgetAllocation;
import io.github.krongkan.budget.BudgetRevision;
import io.github.krongkan.budget.BudgetSource;
import io.github.krongkan.budget.BudgetSourceKind;
import io.github.krongkan.budget.Ledger;
import io.github.krongkan.budget.LedgerEntry;
import io.github.krongkan.budget.LedgerEntryKind;
import io.github.krongkan.budget.NetworkMoney;
import io.github.krongkan.money.Baht;
import io.github.krongkan.network.Network;
import io.github.krongkan.network.School;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectPeriod;
import io.github.krongkan.time.FiscalYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules on money per network, funding sources, the monthly plan, allocations and schools in
 * two networks, and the refusal of network ids the project does not have.
 */
class NetworkMoneyRulesTest {
    private static final FiscalYear FY2564 = FiscalYear.ofBuddhistEra(2564);

    private static Baht b(long baht) {
        return Baht.ofBaht(baht);
    }

    private static Project.Builder project() {
        return Project.builder().name("โครงการ").fiscalYear(FY2564);
    }

    private static Network network(String id, School... schools) {
        return Network.builder().id(id).officeId("o1").addSchools(schools).build();
    }

    private static List<Finding> check(Project project, String code) {
        return ProjectCheck.standard().check(project).stream()
                .filter(f -> f.code().equals(code))
                .toList();
    }

    private static ProgressReport report(String date, int progress, boolean onTarget, NetworkMoney... lines) {
        return ProgressReport.builder()
                .date(LocalDate.parse(date))
                .progress(BigDecimal.valueOf(progress))
                .onTarget(onTarget)
                .addNetworkMoney(lines)
                .build();
    }

    private static NetworkMoney returned(String party, long baht) {
        return NetworkMoney.builder().party(party).returned(b(baht)).build();
    }

    // ---------------------------------------------------------------- RETURNED_WHILE_ON_TARGET

    @Test
    void moneySentBackBeforeAReportOfHundredPercentOnTargetIsReportedOnce() {
        Project p = project()
                .addProgressReports(
                        report(
                                "2021-08-29",
                                80,
                                true,
                                NetworkMoney.builder()
                                        .party("เครือข่ายที่ 1")
                                        .note("เบิกจ่ายได้")
                                        .build(),
                                returned("เครือข่ายที่ 2", 90_000),
                                returned("เครือข่ายที่ 3", 90_000)),
                        report("2021-09-27", 100, true),
                        report("2021-09-30", 100, true))
                .build();
        assertThat(check(p, "RETURNED_WHILE_ON_TARGET")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.path()).isEqualTo("/progressReports/1/onTarget");
            assertThat(f.message())
                    .isEqualTo(
                            "The report of 2021-09-27 gives 100 % progress on target, but by then 2 of 3 networks had"
                                    + " sent their money back (180,000.00 baht: เครือข่ายที่ 2, เครือข่ายที่ 3)");
            assertThat(f.messageThai()).contains("ส่งเงินคืน").contains("เป็นไปตามเป้าหมาย");
        });
    }

    @Test
    void returnsAtTheLimitOfAnAmountAddUpInTheMessage() {
        NetworkMoney a =
                NetworkMoney.builder().party("ก").returned(Baht.MAX_ABSOLUTE).build();
        NetworkMoney c =
                NetworkMoney.builder().party("ข").returned(Baht.MAX_ABSOLUTE).build();
        Project p = project()
                .addProgressReports(report("2021-09-27", 100, true, a, c))
                .build();
        assertThat(check(p, "RETURNED_WHILE_ON_TARGET"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("(2,000,000,000,000,000.00 baht: ก, ข)"));
    }

    @Test
    void theUnspentRestSentBackAfterDisbursingIsNormal() {
        NetworkMoney rest = NetworkMoney.builder()
                .party("เครือข่ายที่ 1")
                .disbursed(b(85_000))
                .returned(b(5_000))
                .reason("เงินเหลือจ่าย")
                .build();
        Project p = project()
                .addProgressReports(report("2021-09-27", 100, true, rest))
                .build();
        assertThat(check(p, "RETURNED_WHILE_ON_TARGET")).isEmpty();
    }

    @Test
    void aSmallReturnAgainstTheNetworksShareIsALeftoverButMostOfItIsNot() {
        Budget budget = Budget.builder()
                .addAllocation(BudgetAllocation.builder()
                        .total(b(180_000))
                        .addShares(
                                AllocationShare.ofNetwork("n1", b(90_000)),
                                AllocationShare.builder()
                                        .name("เครือข่ายที่ 2")
                                        .amount(b(90_000))
                                        .build())
                        .build())
                .build();
        Project leftovers = project()
                .addNetworks(network("n1"))
                .budget(budget)
                .addProgressReports(report(
                        "2021-09-27",
                        100,
                        true,
                        NetworkMoney.builder()
                                .networkId("n1")
                                .returned(b(5_000))
                                .build(),
                        returned("เครือข่ายที่ 2", 44_999)))
                .build();
        assertThat(check(leftovers, "RETURNED_WHILE_ON_TARGET")).isEmpty();
        Project half = project()
                .addNetworks(network("n1"))
                .budget(budget)
                .addProgressReports(report("2021-09-27", 100, true, returned("เครือข่ายที่ 2", 45_000)))
                .build();
        assertThat(check(half, "RETURNED_WHILE_ON_TARGET"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("1 of 2 networks"));
    }

    @Test
    void notOnTargetOrBelowHundredOrAReturnAfterTheReportIsNoFinding() {
        NetworkMoney back = returned("เครือข่ายที่ 1", 90_000);
        assertThat(check(
                        project()
                                .addProgressReports(report("2021-09-27", 100, false, back))
                                .build(),
                        "RETURNED_WHILE_ON_TARGET"))
                .isEmpty();
        assertThat(check(
                        project()
                                .addProgressReports(report("2021-09-27", 99, true, back))
                                .build(),
                        "RETURNED_WHILE_ON_TARGET"))
                .isEmpty();
        assertThat(check(
                        project()
                                .addProgressReports(
                                        report("2021-09-01", 100, true), report("2021-09-27", 100, false, back))
                                .build(),
                        "RETURNED_WHILE_ON_TARGET"))
                .isEmpty();
    }

    @Test
    void mostNetworksHavingDisbursedNothingIsReported() {
        NetworkMoney none1 = NetworkMoney.of("n1", Baht.ZERO, Baht.ZERO);
        NetworkMoney none2 = NetworkMoney.of("n2", Baht.ZERO, Baht.ZERO);
        NetworkMoney spent = NetworkMoney.of("n3", b(90_000), Baht.ZERO);
        Project most = project()
                .addNetworks(network("n1"), network("n2"), network("n3"))
                .addProgressReports(report("2021-09-27", 100, true, none1, none2, spent))
                .build();
        assertThat(check(most, "RETURNED_WHILE_ON_TARGET"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).endsWith("2 of 3 networks had disbursed nothing"));
        Project half = project()
                .addNetworks(network("n1"), network("n2"), network("n3"), network("n4"))
                .addProgressReports(
                        report("2021-09-27", 100, true, none1, none2, spent, NetworkMoney.of("n4", b(1), Baht.ZERO)))
                .build();
        assertThat(check(half, "RETURNED_WHILE_ON_TARGET"))
                .as("half is not most")
                .isEmpty();
    }

    @Test
    void returnsOfTheLedgerThatNameANetworkCountToo() {
        Ledger ledger = Ledger.builder()
                .received(b(180_000))
                .addEntries(
                        LedgerEntry.builder()
                                .kind(LedgerEntryKind.RETURN)
                                .amount(b(90_000))
                                .date(LocalDate.of(2021, 8, 1))
                                .networkId("n1")
                                .note("ส่งเงินงบประมาณคืน")
                                .build(),
                        LedgerEntry.builder()
                                .kind(LedgerEntryKind.DISBURSEMENT)
                                .amount(b(90_000))
                                .date(LocalDate.of(2021, 7, 1))
                                .networkId("n2")
                                .build())
                .build();
        Project p = project()
                .addNetworks(network("n1"), network("n2"))
                .ledger(ledger)
                .addProgressReports(report("2021-07-31", 100, true), report("2021-09-27", 100, true))
                .build();
        assertThat(check(p, "RETURNED_WHILE_ON_TARGET"))
                .extracting(Finding::path)
                .containsExactly("/progressReports/1/onTarget");
    }

    // ---------------------------------------------------------------- COMPLETE_WITHOUT_DISBURSEMENT

    @Test
    void completeWithAllocationsButNoLedgerAndNoDisbursedAmountIsNotChecked() {
        Budget budget = Budget.builder()
                .addAllocation(BudgetAllocation.builder()
                        .total(b(90_000))
                        .addShare(AllocationShare.builder()
                                .name("เครือข่ายที่ 19")
                                .amount(b(90_000))
                                .build())
                        .build())
                .build();
        Project unknown = project()
                .budget(budget)
                .addProgressReports(report("2021-09-27", 100, true))
                .build();
        assertThat(check(unknown, "COMPLETE_WITHOUT_DISBURSEMENT"))
                .as("nothing is known of the money")
                .isEmpty();
        Project stated = project()
                .budget(budget)
                .addProgressReports(ProgressReport.builder()
                        .from(report("2021-09-27", 100, true))
                        .disbursed(Baht.ZERO)
                        .build())
                .build();
        assertThat(check(stated, "COMPLETE_WITHOUT_DISBURSEMENT"))
                .as("the report says 0 disbursed")
                .extracting(Finding::path)
                .containsExactly("/progressReports/0");
        Project emptyLedger = project()
                .budget(budget)
                .ledger(Ledger.of(b(90_000)))
                .addProgressReports(report("2021-09-27", 100, true))
                .build();
        assertThat(check(emptyLedger, "COMPLETE_WITHOUT_DISBURSEMENT"))
                .as("a ledger without disbursements")
                .hasSize(1);
    }

    // ---------------------------------------------------------------- funding sources and plan

    private static BudgetSource source(BudgetSourceKind kind, Long baht) {
        BudgetSource.Builder s = BudgetSource.builder().kind(kind).fiscalYear(FY2564);
        if (baht != null) {
            s.amount(b(baht));
        }
        return s.build();
    }

    @Test
    void fundingSourcesMustAddUpToTheBudgetButBlankIsNotZero() {
        Budget.Builder base = Budget.builder().statedTotal(b(120_000));
        Budget exact = base.addFundingSources(
                        source(BudgetSourceKind.ANNUAL_BUDGET, 100_000L), source(BudgetSourceKind.OBEC, 20_000L))
                .build();
        assertThat(check(project().budget(exact).build(), "FUNDING_SOURCES_MISMATCH"))
                .isEmpty();
        Budget shortfall = Budget.builder()
                .statedTotal(b(120_000))
                .addFundingSources(source(BudgetSourceKind.ANNUAL_BUDGET, 100_000L), source(BudgetSourceKind.OTHER, 0L))
                .build();
        assertThat(check(project().budget(shortfall).build(), "FUNDING_SOURCES_MISMATCH"))
                .extracting(
                        Finding::severity,
                        Finding::path,
                        f -> f.expected().orElseThrow(),
                        f -> f.actual().orElseThrow())
                .containsExactly(tuple(Severity.ERROR, "/budget/fundingSources", "120000.00", "100000.00"));
        Budget blank = Budget.builder()
                .statedTotal(b(120_000))
                .addFundingSources(
                        source(BudgetSourceKind.ANNUAL_BUDGET, 100_000L), source(BudgetSourceKind.OBEC, null))
                .build();
        assertThat(check(project().budget(blank).build(), "FUNDING_SOURCES_MISMATCH"))
                .as("the blank OBEC amount may hold the rest")
                .isEmpty();
        Budget over = Budget.builder()
                .statedTotal(b(120_000))
                .addFundingSources(
                        source(BudgetSourceKind.ANNUAL_BUDGET, 130_000L), source(BudgetSourceKind.OBEC, null))
                .build();
        assertThat(check(project().budget(over).build(), "FUNDING_SOURCES_MISMATCH"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("blank amount left out"));
    }

    @Test
    void theBudgetInForceIsChecked() {
        Budget first = Budget.builder()
                .statedTotal(b(120_000))
                .addFundingSources(source(BudgetSourceKind.ANNUAL_BUDGET, 1L))
                .build();
        Budget revised = Budget.builder()
                .statedTotal(b(100_000))
                .addFundingSources(source(BudgetSourceKind.ANNUAL_BUDGET, 100_000L))
                .build();
        Project p = project()
                .budget(first)
                .addBudgetRevisions(
                        BudgetRevision.builder().round(1).budget(revised).build())
                .build();
        assertThat(check(p, "FUNDING_SOURCES_MISMATCH")).isEmpty();
    }

    @Test
    void aMonthlyPlanAboveTheBudgetOrBelowItWithinTheYearIsReported() {
        Budget.Builder plan = Budget.builder()
                .statedTotal(b(90_000))
                .putPlannedDisbursement(FY2564.month(2), b(30_000))
                .putPlannedDisbursement(FY2564.month(6), b(30_000));
        ProjectPeriod within = ProjectPeriod.of(LocalDate.of(2020, 11, 1), LocalDate.of(2021, 6, 30));
        ProjectPeriod beyond = ProjectPeriod.of(LocalDate.of(2020, 11, 1), LocalDate.of(2021, 12, 31));
        Budget below = plan.build();
        assertThat(check(project().plannedPeriod(within).budget(below).build(), "PLANNED_DISBURSEMENTS_MISMATCH"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.path()).isEqualTo("/budget/plannedDisbursements");
                    assertThat(f.message()).contains("60,000.00").contains("less than the budget of 90,000.00");
                });
        assertThat(check(project().budget(below).build(), "PLANNED_DISBURSEMENTS_MISMATCH"))
                .as("no period: taken as within the year")
                .hasSize(1);
        assertThat(check(project().plannedPeriod(beyond).budget(below).build(), "PLANNED_DISBURSEMENTS_MISMATCH"))
                .as("a project running into the next year plans this year's part")
                .isEmpty();
        Budget above = Budget.builder()
                .from(below)
                .putPlannedDisbursement(FY2564.month(12), b(40_000))
                .build();
        assertThat(check(project().plannedPeriod(beyond).budget(above).build(), "PLANNED_DISBURSEMENTS_MISMATCH"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("more than the budget"));
        Budget exact = Budget.builder()
                .from(below)
                .putPlannedDisbursement(FY2564.month(12), b(30_000))
                .build();
        assertThat(check(project().plannedPeriod(within).budget(exact).build(), "PLANNED_DISBURSEMENTS_MISMATCH"))
                .isEmpty();
        assertThat(check(
                        project()
                                .budget(Budget.builder().statedTotal(b(1)).build())
                                .build(),
                        "PLANNED_DISBURSEMENTS_MISMATCH"))
                .as("no plan")
                .isEmpty();
    }

    // ---------------------------------------------------------------- allocations

    @Test
    void anAllocationNamingAGroupTwiceAndLeavingANetworkOutIsReported() {
        BudgetAllocation allocation = BudgetAllocation.builder()
                .total(b(120_000))
                .addShares(
                        AllocationShare.ofNetwork("n1", b(40_000)),
                        AllocationShare.ofNetwork("n2", b(40_000)),
                        AllocationShare.ofNetwork("n1", b(40_000)))
                .build();
        Project p = project()
                .addNetworks(network("n1"), network("n2"), network("n3"))
                .budget(Budget.builder().addAllocation(allocation).build())
                .build();
        assertThat(check(p, "ALLOCATION_SHARE_DUPLICATED")).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("/budget/allocations/0/shares/2");
            assertThat(f.message()).contains("network n1").contains("/budget/allocations/0/shares/0");
        });
        assertThat(check(p, "ALLOCATION_NETWORK_MISSING")).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("/budget/allocations");
            assertThat(f.message()).contains("n3");
        });
    }

    @Test
    void sharesByNameAreComparedWithoutExtraSpaceAndCountForANetworksName() {
        BudgetAllocation byName = BudgetAllocation.builder()
                .total(b(80_000))
                .addShares(
                        AllocationShare.builder()
                                .name("กลุ่มโรงเรียนบางพลี 1")
                                .amount(b(40_000))
                                .build(),
                        AllocationShare.builder()
                                .name(" กลุ่มโรงเรียนบางพลี  1")
                                .amount(b(40_000))
                                .build())
                .build();
        assertThat(check(
                        project()
                                .budget(Budget.builder().addAllocation(byName).build())
                                .build(),
                        "ALLOCATION_SHARE_DUPLICATED"))
                .hasSize(1);
        Network named = Network.builder()
                .id("bp2")
                .name("กลุ่มโรงเรียนบางพลี 2")
                .officeId("o1")
                .build();
        BudgetAllocation mixed = BudgetAllocation.builder()
                .total(b(80_000))
                .addShares(
                        AllocationShare.ofNetwork("n1", b(40_000)),
                        AllocationShare.builder()
                                .name("กลุ่มโรงเรียนบางพลี 2")
                                .amount(b(40_000))
                                .build())
                .build();
        Project p = project()
                .addNetworks(network("n1"), named)
                .budget(Budget.builder().addAllocation(mixed).build())
                .build();
        assertThat(check(p, "ALLOCATION_NETWORK_MISSING")).isEmpty();
        assertThat(check(p, "ALLOCATION_SHARE_DUPLICATED")).isEmpty();
    }

    @Test
    void allocationsByNameOnlyAreNotCheckedForMissingNetworks() {
        BudgetAllocation byName = BudgetAllocation.builder()
                .total(b(40_000))
                .addShare(AllocationShare.builder()
                        .name("สำนักงานเขต")
                        .amount(b(40_000))
                        .build())
                .build();
        Project p = project()
                .addNetworks(network("n1"), network("n2"))
                .budget(Budget.builder().addAllocation(byName).build())
                .build();
        assertThat(check(p, "ALLOCATION_NETWORK_MISSING")).isEmpty();
    }

    // ---------------------------------------------------------------- schools

    @Test
    void aSchoolInTwoNetworksOfTheProjectIsAcceptedAndReported() {
        School watBangKhen = School.of("s1", "โรงเรียนวัดบางเขน");
        Project p = project()
                .addNetworks(
                        network("n1", watBangKhen), network("n2", School.of("s2", "โรงเรียนบ้านคลอง"), watBangKhen))
                .build();
        assertThat(check(p, "SCHOOL_IN_TWO_NETWORKS")).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("/networks/1/schools/1");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.actual()).contains("n1, n2");
        });
    }

    // ---------------------------------------------------------------- references

    @Test
    void aNetworkIdTheProjectDoesNotHaveIsRefusedWithItsPointer() {
        assertThatThrownBy(() -> project()
                        .addProgressReports(
                                report("2021-09-27", 100, true, NetworkMoney.of("n9", Baht.ZERO, Baht.ZERO)))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/progressReports/0/networkMoney/0/networkId")
                .hasMessageContaining("n9");
        assertThatThrownBy(() -> project()
                        .addNetworks(network("n1"))
                        .ledger(Ledger.builder()
                                .received(b(1))
                                .addEntries(LedgerEntry.builder()
                                        .kind(LedgerEntryKind.DISBURSEMENT)
                                        .amount(b(1))
                                        .networkId("n2")
                                        .build())
                                .build())
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/ledger/entries/0/networkId")
                .hasMessageContaining("[n1]");
        assertThatThrownBy(() -> project()
                        .budget(Budget.builder()
                                .addAllocation(BudgetAllocation.equally(b(2), List.of("a", "b")))
                                .build())
                        .build())
                .hasMessageContaining("/budget/allocations/0/shares/0/networkId");
    }

    @Test
    void aReportNamesEachNetworkOnceAndALineSaysSomething() {
        assertThatThrownBy(() ->
                        report("2021-09-27", 100, true, returned("เครือข่ายที่ 1", 1), returned("เครือข่ายที่ 1", 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> NetworkMoney.builder().party("เครือข่ายที่ 1").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("note");
        assertThatThrownBy(() -> NetworkMoney.builder()
                        .party("เครือข่ายที่ 1")
                        .reason("ส่งคืน")
                        .note("x")
                        .build())
                .hasMessageContaining("returned");
        assertThatThrownBy(() -> NetworkMoney.builder().disbursed(b(1)).build())
                .hasMessageContaining("networkId or a party");
    }
}
