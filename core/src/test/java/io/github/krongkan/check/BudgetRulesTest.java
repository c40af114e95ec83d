package io.github.krongkan.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.krongkan.budget.AllocationShare;
import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.BudgetActivity;
import io.github.krongkan.budget.BudgetAllocation;
import io.github.krongkan.budget.BudgetLine;
import io.github.krongkan.budget.BudgetRevision;
import io.github.krongkan.budget.Ledger;
import io.github.krongkan.budget.LedgerEntry;
import io.github.krongkan.budget.RateCeiling;
import io.github.krongkan.budget.RateTable;
import io.github.krongkan.budget.RateTables;
import io.github.krongkan.money.Baht;
import io.github.krongkan.money.BahtText;
import io.github.krongkan.network.Network;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectPeriod;
import io.github.krongkan.time.FiscalYear;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BudgetRulesTest {
    private static final ProjectCheck CHECK = ProjectCheck.standard();

    private static Project withBudget(Budget budget) {
        return Project.builder()
                .name("โครงการ")
                .fiscalYear(FiscalYear.ofBuddhistEra(2560))
                .plannedPeriod(ProjectPeriod.of(LocalDate.of(2016, 11, 1), LocalDate.of(2017, 8, 31)))
                .budget(budget)
                .build();
    }

    private static Project withLedger(Ledger ledger) {
        return Project.builder()
                .name("โครงการ")
                .fiscalYear(FiscalYear.ofBuddhistEra(2560))
                .ledger(ledger)
                .build();
    }

    private static BudgetActivity activity(String... lines) {
        BudgetActivity.Builder b = BudgetActivity.builder().name("กิจกรรม");
        for (String line : lines) {
            b.addLine(BudgetLine.parse(line));
        }
        return b.build();
    }

    private static Baht b(long baht) {
        return Baht.ofBaht(baht);
    }

    @Test
    void seed004GivesExactlyTheErrorsOfTheDocument() {
        List<Finding> findings = CHECK.check(SeedBudgets.seed004());
        assertThat(findings)
                .extracting(
                        Finding::code,
                        Finding::severity,
                        Finding::path,
                        f -> f.expected().orElseThrow(),
                        f -> f.actual().orElseThrow())
                .containsExactly(
                        tuple(
                                "BUDGET_LINE_ARITHMETIC_MISMATCH",
                                Severity.ERROR,
                                "/budget/activities/0/lines/3/statedAmount",
                                "16000.00",
                                "13000.00"),
                        tuple(
                                "BUDGET_LINE_ARITHMETIC_MISMATCH",
                                Severity.ERROR,
                                "/budget/activities/4/lines/1/statedAmount",
                                "10000.00",
                                "100000.00"),
                        tuple(
                                "BUDGET_SUBTOTAL_MISMATCH",
                                Severity.ERROR,
                                "/budget/activities/0/statedSubtotal",
                                "20800.00",
                                "23800.00"),
                        tuple(
                                "BUDGET_SUBTOTAL_MISMATCH",
                                Severity.ERROR,
                                "/budget/activities/4/statedSubtotal",
                                "113200.00",
                                "22200.00"),
                        tuple(
                                "BUDGET_EXCEEDS_RECEIVED",
                                Severity.ERROR,
                                "/budget/receivedAmount",
                                "121000.00",
                                "120000.00"));
        assertThat(findings.get(0).message())
                .isEqualTo("Line 4 of activity 1 (ค่าสำเนา เครื่องมือแนวทางการพัฒนาระบบประกันคุณภาพ)"
                        + " states 13,000.00 baht, but 80.00 บาท × 200 ชุด = 16,000.00 baht");
        assertThat(findings.get(2).message())
                .endsWith("add up to 20,800.00; it equals the lines as computed (23,800.00),"
                        + " so a line's stated amount is wrong");
        assertThat(findings.get(3).message()).endsWith("add up to 113,200.00; the lines as computed give 23,200.00");
        assertThat(findings.get(4).messageThai())
                .isEqualTo("กิจกรรมทั้งหมดคำนวณแล้วต้องใช้เงิน 121,000.00 บาท เกินงบประมาณที่ได้รับ 120,000.00 บาท");
    }

    @Test
    void seed004AddsUpAsTheDomainNotesSay() {
        Budget budget = SeedBudgets.seed004Budget();
        assertThat(budget.amount()).isEqualTo(b(121_000));
        assertThat(budget.writtenActivitySum()).isEqualTo(b(120_000));
        assertThat(budget.activities().get(3).amount()).isEqualTo(b(36_000));
        assertThat(budget.activities().get(4).amount()).isEqualTo(b(23_200));
        Ledger ledger = SeedBudgets.seed004Ledger();
        assertThat(ledger.committed()).isEqualTo(b(20_000));
        assertThat(ledger.balance()).isEqualTo(b(100_000));
    }

    @Test
    void seed003GivesNoFindingsItsEarlyEndIsNoMistake() {
        assertThat(CHECK.check(SeedBudgets.seed003())).isEmpty();
        Budget budget = SeedBudgets.seed003Budget();
        assertThat(budget.amount()).isEqualTo(b(214_650));
        assertThat(budget.allocations().get(0).sharesSum()).isEqualTo(b(200_000));
    }

    @Test
    void theExampleOfConceptsMd() {
        Budget budget = Budget.builder()
                .addActivity(BudgetActivity.builder()
                        .name("ประชุมปฏิบัติการ")
                        .addLine(BudgetLine.parse("ค่าเครื่องดื่มและอาหารว่าง 35 บาท/20 คน/4 มื้อ เป็นเงิน 2,800 บาท"))
                        .addLine(BudgetLine.parse("ชุดละ 80 บาท จำนวน 200 ชุด เป็นเงิน 13,000 บาท"))
                        .statedSubtotal(Baht.ofBaht(18_800))
                        .build())
                .receivedAmount(Baht.ofBaht(18_000))
                .build();
        assertThat(budget.amount()).hasToString("18800.00");
        assertThat(budget.writtenActivitySum()).hasToString("18800.00");
        assertThat(CHECK.check(withBudget(budget)))
                .extracting(Finding::code, f -> f.expected().orElseThrow())
                .containsExactly(
                        tuple("BUDGET_LINE_ARITHMETIC_MISMATCH", "16000.00"),
                        tuple("BUDGET_SUBTOTAL_MISMATCH", "15800.00"),
                        tuple("BUDGET_EXCEEDS_RECEIVED", "18800.00"));
    }

    @Test
    void lineArithmeticFiresOnlyOnADifference() {
        Project wrong = withBudget(Budget.builder()
                .addActivity(activity("ค่าอาหาร 100 บาท/20 คน/2 มื้อ เป็นเงิน 4,001 บาท"))
                .build());
        assertThat(CHECK.check(wrong)).extracting(Finding::code).containsExactly("BUDGET_LINE_ARITHMETIC_MISMATCH");
        Project right = withBudget(Budget.builder()
                .addActivity(activity(
                        "ค่าอาหาร 100 บาท/20 คน/2 มื้อ เป็นเงิน 4,000 บาท",
                        "ค่าวัสดุ 500 บาท",
                        "ชุดละ 80 บาท จำนวน 200 ชุด"))
                .build());
        assertThat(CHECK.check(right)).isEmpty();
    }

    @Test
    void subtotalIsComparedWithTheLinesAsWrittenOnce() {
        BudgetActivity lines =
                activity("ค่าอาหาร 100 บาท/20 คน/2 มื้อ เป็นเงิน 4,000 บาท", "ค่าวัสดุ เป็นเงิน 1,000 บาท");
        Project right = withBudget(Budget.builder()
                .addActivity(BudgetActivity.builder()
                        .from(lines)
                        .statedSubtotal(b(5_000))
                        .build())
                .build());
        assertThat(CHECK.check(right)).isEmpty();
        Project wrong = withBudget(Budget.builder()
                .addActivity(BudgetActivity.builder()
                        .from(lines)
                        .statedSubtotal(b(5_500))
                        .build())
                .build());
        assertThat(CHECK.check(wrong)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("BUDGET_SUBTOTAL_MISMATCH");
            assertThat(f.path()).isEqualTo("/budget/activities/0/statedSubtotal");
            assertThat(f.message()).endsWith("add up to 5,000.00");
        });
        // A wrong line whose wrong amount the subtotal adds up: only the line is reported.
        BudgetActivity wrongLine = BudgetActivity.builder()
                .name("กิจกรรม")
                .addLine(BudgetLine.parse("ค่าอาหาร 100 บาท/20 คน/2 มื้อ เป็นเงิน 40,000 บาท"))
                .statedSubtotal(b(40_000))
                .build();
        assertThat(CHECK.check(
                        withBudget(Budget.builder().addActivity(wrongLine).build())))
                .extracting(Finding::code)
                .containsExactly("BUDGET_LINE_ARITHMETIC_MISMATCH");
    }

    @Test
    void totalIsComparedWithTheActivitiesAsWritten() {
        Budget.Builder budget = Budget.builder()
                .addActivity(BudgetActivity.builder()
                        .from(activity("ค่าวัสดุ เป็นเงิน 1,000 บาท"))
                        .statedSubtotal(b(1_000))
                        .build())
                .addActivity(activity("ค่าอาหาร 100 บาท/20 คน/2 มื้อ เป็นเงิน 4,000 บาท"));
        assertThat(CHECK.check(withBudget(budget.statedTotal(b(5_000)).build())))
                .isEmpty();
        assertThat(CHECK.check(withBudget(budget.statedTotal(b(5_100)).build())))
                .extracting(Finding::code, Finding::path, f -> f.expected().orElseThrow())
                .containsExactly(tuple("BUDGET_TOTAL_MISMATCH", "/budget/statedTotal", "5000.00"));
    }

    @Test
    void wordsMustSayTheTotalInEitherConvention() {
        Budget.Builder budget = Budget.builder()
                .addActivity(activity("ค่าวัสดุอุปกรณ์ 90,000.-"))
                .statedTotal(b(90_000));
        assertThat(CHECK.check(
                        withBudget(budget.amountInWords("(เก้าหมื่นบาทถ้วน)").build())))
                .isEmpty();
        assertThat(CHECK.check(withBudget(
                        budget.amountInWords("เก้าหมื่นหนึ่งพันบาทถ้วน").build())))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.code()).isEqualTo("BUDGET_WORDS_MISMATCH");
                    assertThat(f.path()).isEqualTo("/budget/amountInWords");
                    assertThat(f.expected()).hasValue("เก้าหมื่นบาทถ้วน");
                    assertThat(f.message()).contains("91,000.00");
                });
        assertThat(CHECK.check(
                        withBudget(budget.amountInWords("เก้าหมื่นบาทตรง").build())))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("cannot be read"));
        Budget odd = Budget.builder()
                .addActivity(activity("ค่าวัสดุ 101 บาท"))
                .amountInWords("หนึ่งร้อยหนึ่งบาทถ้วน")
                .build();
        assertThat(CHECK.check(withBudget(odd))).isEmpty();
        assertThat(BahtText.matches(b(101), "หนึ่งร้อยหนึ่งบาทถ้วน")).isTrue();
    }

    @Test
    void wordsFramedAsOfficialDocumentsAndChequesPrintThemAreAccepted() {
        Budget.Builder budget = Budget.builder()
                .addActivity(activity("ค่าวัสดุอุปกรณ์ 90,000.-"))
                .statedTotal(b(90_000));
        for (String words : List.of(
                "(-เก้าหมื่นบาทถ้วน-)", "“เก้าหมื่นบาทถ้วน”", "\"เก้าหมื่นบาทถ้วน\"", " (-เก้าหมื่นบาทถ้วน-) ")) {
            assertThat(CHECK.check(withBudget(budget.amountInWords(words).build())))
                    .as(words)
                    .isEmpty();
        }
        assertThat(CHECK.check(withBudget(
                        budget.amountInWords("(-เก้าหมื่นหนึ่งพันบาทถ้วน-)").build())))
                .as("a framed wrong amount is still an error")
                .extracting(Finding::code, Finding::severity)
                .containsExactly(tuple("BUDGET_WORDS_MISMATCH", Severity.ERROR));
    }

    @Test
    void wordsWithoutThuanAreOnlyNoted() {
        Budget.Builder budget = Budget.builder()
                .addActivity(activity("ค่าวัสดุอุปกรณ์ 90,000.-"))
                .statedTotal(b(90_000));
        for (String words : List.of("เก้าหมื่นบาท", "(-เก้าหมื่นบาท-)", "“เก้าหมื่นบาท”")) {
            assertThat(CHECK.check(withBudget(budget.amountInWords(words).build())))
                    .as(words)
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(f.code()).isEqualTo("BUDGET_WORDS_WITHOUT_EXACT");
                        assertThat(f.severity()).isEqualTo(Severity.INFO);
                        assertThat(f.path()).isEqualTo("/budget/amountInWords");
                        assertThat(f.expected()).hasValue("เก้าหมื่นบาทถ้วน");
                        assertThat(f.message())
                                .as("the example of docs/rules.md")
                                .isEqualTo("The amount in words says 90,000.00 baht but ends \"บาท\" without "
                                        + "\"ถ้วน\"; whole amounts are written เก้าหมื่นบาทถ้วน");
                    });
        }
        assertThat(CHECK.check(withBudget(budget.amountInWords("แปดหมื่นบาท").build())))
                .as("a wrong amount without ถ้วน is a mismatch, not a note")
                .extracting(Finding::code, Finding::severity)
                .containsExactly(tuple("BUDGET_WORDS_MISMATCH", Severity.ERROR));
    }

    @Test
    void exceedingTheReceivedMoneyFallsBackToTheLedger() {
        Budget budget = Budget.builder()
                .addActivity(activity("ค่าอาหาร 100 บาท/20 คน/2 มื้อ"))
                .build();
        Project project = Project.builder()
                .from(withBudget(budget))
                .ledger(Ledger.of(b(3_999)))
                .build();
        assertThat(CHECK.check(project))
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("BUDGET_EXCEEDS_RECEIVED", "/ledger/received"));
        assertThat(CHECK.check(Project.builder()
                        .from(project)
                        .ledger(Ledger.of(b(4_000)))
                        .build()))
                .isEmpty();
        assertThat(CHECK.check(withBudget(budget))).isEmpty();
    }

    @Test
    void allocationSharesMustAddUp() {
        BudgetAllocation.Builder allocation = BudgetAllocation.builder().total(b(210_000));
        for (String group : SeedBudgets.SEED_003_GROUPS) {
            allocation.addShare(
                    AllocationShare.builder().name(group).amount(b(40_000)).build());
        }
        Project project = Project.builder()
                .name("โครงการ")
                .fiscalYear(FiscalYear.ofBuddhistEra(2560))
                .plannedPeriod(ProjectPeriod.of(LocalDate.of(2016, 11, 1), LocalDate.of(2017, 8, 31)))
                .budget(Budget.builder()
                        .addAllocation(BudgetAllocation.equally(b(100), List.of("a", "b", "c")))
                        .addAllocation(allocation.build())
                        .build())
                .networks(Stream.of("a", "b", "c")
                        .map(id -> Network.builder().id(id).officeId("office").build())
                        .toList())
                .build();
        assertThat(CHECK.check(project))
                .extracting(Finding::code, Finding::path, f -> f.expected().orElseThrow())
                .containsExactly(tuple("BUDGET_ALLOCATION_MISMATCH", "/budget/allocations/1/total", "200000.00"));
    }

    @Test
    void rateCeilingsApplyToTheTableInForce() {
        BudgetLine snacks = BudgetLine.builder()
                .from(BudgetLine.parse("ค่าอาหารว่าง 40 บาท/20 คน/2 มื้อ"))
                .rateKind(RateCeiling.SNACKS_GOVERNMENT_VENUE)
                .build();
        BudgetLine privateVenue = BudgetLine.builder()
                .from(snacks)
                .rateKind(RateCeiling.SNACKS_PRIVATE_VENUE)
                .build();
        Budget budget = Budget.builder()
                .addActivity(BudgetActivity.builder()
                        .name("อบรม")
                        .addLine(snacks)
                        .addLine(privateVenue)
                        .build())
                .build();
        Project fy2560 = withBudget(budget);
        assertThat(CHECK.check(fy2560)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("BUDGET_RATE_ABOVE_CEILING");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.path()).isEqualTo("/budget/activities/0/lines/0/unitCost");
            assertThat(f.expected()).hasValue("<= 35.00");
            assertThat(f.message()).contains("กค 0406.4/ว 5");
        });
        // Before 14 January 2556 and after the replacement of ว 5, the default tables have no ceiling:
        // the lines go unchecked, and BUDGET_RATE_TABLE_MISSING says so.
        Project fy2556 = Project.builder()
                .name("โครงการ")
                .fiscalYear(FiscalYear.ofBuddhistEra(2556))
                .plannedPeriod(ProjectPeriod.of(LocalDate.of(2012, 10, 1), LocalDate.of(2013, 1, 13)))
                .budget(budget)
                .build();
        assertThat(CHECK.check(fy2556))
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("BUDGET_RATE_TABLE_MISSING", "/budget/activities/0/lines/0/rateKind"));
        Project fy2569 = Project.builder()
                .name("โครงการ")
                .fiscalYear(FiscalYear.ofBuddhistEra(2569))
                .plannedPeriod(ProjectPeriod.of(LocalDate.of(2025, 11, 1), LocalDate.of(2026, 6, 30)))
                .budget(budget)
                .build();
        assertThat(CHECK.check(fy2569))
                .filteredOn(f -> f.code().equals("BUDGET_RATE_ABOVE_CEILING"))
                .isEmpty();
        // Users pass their own tables.
        RateTables own = RateTables.of(List.of(RateTable.builder()
                .source("ตารางอัตราของหน่วยงาน")
                .effectiveFrom(LocalDate.of(2025, 11, 1))
                .addCeiling(RateCeiling.of(RateCeiling.SNACKS_GOVERNMENT_VENUE, b(39), "อาหารว่าง"))
                .build()));
        ProjectCheck custom =
                ProjectCheck.standard(CheckOptions.builder().rateTables(own).build());
        assertThat(custom.rules())
                .extracting(Rule::code)
                .isEqualTo(CHECK.rules().stream().map(Rule::code).toList());
        assertThat(custom.check(fy2569))
                .extracting(Finding::path)
                .containsExactly("/budget/activities/0/lines/0/unitCost");
        assertThat(custom.check(fy2560)).extracting(Finding::code).containsExactly("BUDGET_RATE_TABLE_MISSING");
    }

    @Test
    void theCurrentBudgetIsTheLatestRevision() {
        Budget wrong = Budget.builder()
                .addActivity(activity("ค่าอาหาร 100 บาท/20 คน/2 มื้อ เป็นเงิน 4,001 บาท"))
                .build();
        Budget fixed = Budget.builder()
                .addActivity(activity("ค่าอาหาร 100 บาท/20 คน/2 มื้อ เป็นเงิน 4,000 บาท"))
                .build();
        Project revisedAway = Project.builder()
                .from(withBudget(wrong))
                .addBudgetRevision(BudgetRevision.builder()
                        .round(1)
                        .reason("ปรับแผน")
                        .budget(fixed)
                        .build())
                .build();
        assertThat(CHECK.check(revisedAway)).isEmpty();
        assertThat(revisedAway.budget()).hasValue(wrong);
        Project revisedWrong = Project.builder()
                .from(withBudget(fixed))
                .addBudgetRevision(
                        BudgetRevision.builder().round(1).budget(fixed).build())
                .addBudgetRevision(BudgetRevision.builder()
                        .round(2)
                        .date(LocalDate.of(2017, 3, 1))
                        .budget(wrong)
                        .build())
                .build();
        assertThat(CHECK.check(revisedWrong))
                .extracting(Finding::path)
                .containsExactly("/budgetRevisions/1/budget/activities/0/lines/0/statedAmount");
    }

    @Test
    void ledgerIdentityAndOverdisbursement() {
        Ledger ok = Ledger.builder()
                .received(b(360_000))
                .addEntry(LedgerEntry.disbursement(LocalDate.of(2021, 8, 1), b(90_000)))
                .addEntry(LedgerEntry.returned(LocalDate.of(2021, 8, 29), b(270_000)))
                .remaining(Baht.ZERO)
                .build();
        assertThat(CHECK.check(withLedger(ok))).isEmpty();
        Ledger broken = Ledger.builder().from(ok).remaining(b(10)).build();
        assertThat(CHECK.check(withLedger(broken)))
                .extracting(Finding::code, Finding::path, f -> f.expected().orElseThrow())
                .containsExactly(tuple("LEDGER_BALANCE_MISMATCH", "/ledger/remaining", "0.00"));
        Ledger over = Ledger.builder()
                .received(b(100))
                .addEntry(LedgerEntry.obligation(LocalDate.of(2021, 1, 1), b(500)))
                .addEntry(LedgerEntry.disbursement(LocalDate.of(2021, 1, 1), b(60)))
                .addEntry(LedgerEntry.disbursement(LocalDate.of(2021, 2, 1), b(60)))
                .addEntry(LedgerEntry.disbursement(LocalDate.of(2021, 3, 1), b(60)))
                .build();
        assertThat(CHECK.check(withLedger(over)))
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("LEDGER_DISBURSED_EXCEEDS_RECEIVED", "/ledger/entries/2/amount"));
    }
}
