package io.github.krongkan.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.budget.AllocationShare;
import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.BudgetActivity;
import io.github.krongkan.budget.BudgetAllocation;
import io.github.krongkan.budget.BudgetLine;
import io.github.krongkan.budget.Ledger;
import io.github.krongkan.budget.LedgerEntry;
import io.github.krongkan.budget.LedgerEntryKind;
import io.github.krongkan.budget.QuantityFactor;
import io.github.krongkan.budget.QuarterRate;
import io.github.krongkan.money.Baht;
import io.github.krongkan.project.Project;
import io.github.krongkan.testkit.BudgetGens;
import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.LedgerGens;
import io.github.krongkan.testkit.Property;
import io.github.krongkan.testkit.PropertyResult;
import io.github.krongkan.text.ThaiDigits;
import io.github.krongkan.time.FiscalQuarter;
import io.github.krongkan.time.FiscalYear;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** Properties of the budget arithmetic and of the rules that audit it. */
class BudgetPropertiesTest {
    private static final String[] UNITS = {"คน", "มื้อ", "วัน", "ชุด", "โล่", "กลุ่ม", "ครั้ง"};
    private static final ProjectCheck CHECK = ProjectCheck.standard();

    private static BudgetLine randomLine(RandomGenerator r, boolean fractional) {
        BudgetLine.Builder b = BudgetLine.builder();
        if (r.nextInt(5) == 0) {
            return b.item("ค่าวัสดุ")
                    .statedAmount(Baht.ofSatang(r.nextLong(0, 100_000_000)))
                    .build();
        }
        b.unitCost(Baht.ofSatang(r.nextLong(0, 10_000_000)));
        for (int i = r.nextInt(4); i > 0; i--) {
            BigDecimal count = fractional && r.nextBoolean()
                    ? BigDecimal.valueOf(r.nextLong(0, 10_000), r.nextInt(1, 3))
                    : BigDecimal.valueOf(r.nextLong(0, 300));
            b.addFactor(QuantityFactor.of(count, UNITS[r.nextInt(UNITS.length)]));
        }
        BudgetLine line = b.build();
        if (r.nextBoolean()) {
            Baht computed = line.computedAmount().orElseThrow();
            long delta = r.nextInt(3) == 0 ? r.nextLong(1, 1_000_000) : 0;
            return BudgetLine.builder()
                    .from(line)
                    .statedAmount(Baht.ofSatang(computed.satang() + delta))
                    .build();
        }
        return line;
    }

    private static Project project(Budget budget) {
        return Project.builder()
                .name("โครงการ")
                .fiscalYear(FiscalYear.ofBuddhistEra(2560))
                .budget(budget)
                .build();
    }

    private static Project withNetworks(Budget budget, List<String> ids) {
        return Project.builder()
                .name("โครงการ")
                .fiscalYear(FiscalYear.ofBuddhistEra(2560))
                .budget(budget)
                .networks(ids.stream()
                        .map(id -> io.github.krongkan.network.Network.builder()
                                .id(id)
                                .officeId("office")
                                .build())
                        .toList())
                .build();
    }

    private static List<String> codes(Project project) {
        return CHECK.check(project).stream().map(Finding::code).toList();
    }

    /** Lines of {@link #randomLine}, whole or fractional factors, and now and then a line of the testkit's. */
    private static Gen<BudgetLine> lines() {
        Gen<BudgetLine> own = (r, size) -> randomLine(r, r.nextBoolean());
        return Gen.anyOf(List.of(own, own, own, BudgetGens.lines()));
    }

    private static boolean fractional(BudgetLine line) {
        return line.factors().stream().anyMatch(f -> !f.isWhole());
    }

    @Test
    void computedAmountIsUnitCostTimesTheProductOfTheFactors() {
        PropertyResult result = Property.forAll(lines())
                .examples(2000)
                .classify("lump sum", BudgetLine::isLumpSum)
                .classify("fractional factor", BudgetPropertiesTest::fractional)
                .classify("arithmetic error", BudgetLine::hasArithmeticError)
                .check(line -> {
                    if (line.isLumpSum()) {
                        assertThat(line.computedAmount()).isEmpty();
                        assertThat(line.amount()).isEqualTo(line.statedAmount().orElseThrow());
                        return;
                    }
                    BigDecimal product = BigDecimal.ONE;
                    boolean whole = true;
                    for (QuantityFactor f : line.factors()) {
                        product = product.multiply(f.count());
                        whole &= f.isWhole();
                    }
                    BigDecimal exact =
                            line.unitCost().orElseThrow().toBigDecimal().multiply(product);
                    Baht computed = line.computedAmount().orElseThrow();
                    assertThat(computed.toBigDecimal()).isEqualByComparingTo(exact.setScale(2, RoundingMode.HALF_UP));
                    if (whole) {
                        assertThat(BigInteger.valueOf(computed.satang()))
                                .isEqualTo(
                                        BigInteger.valueOf(line.unitCost().get().satang())
                                                .multiply(product.toBigIntegerExact()));
                    }
                    assertThat(line.hasArithmeticError())
                            .isEqualTo(line.statedAmount()
                                    .map(s -> !s.equals(computed))
                                    .orElse(false));
                });
        assertThat(result.classified())
                .allSatisfy((label, count) -> assertThat(count).as(label).isPositive());
    }

    /** A line as a document writes it, and what it must read back as. */
    private record Written(String text, Baht cost, List<QuantityFactor> factors, Baht stated) {}

    private static Gen<Written> writtenLines() {
        return (r, size) -> {
            Baht cost = Baht.ofSatang(r.nextLong(0, 10_000_000L));
            StringBuilder text = new StringBuilder("ค่าอาหารว่าง ")
                    .append(cost.toGroupedString())
                    .append(" บาท");
            List<QuantityFactor> factors = new ArrayList<>();
            String leader = r.nextBoolean() ? "" : "...";
            for (int i = r.nextInt(4); i > 0; i--) {
                QuantityFactor f = QuantityFactor.of(r.nextLong(0, 1_000), UNITS[r.nextInt(UNITS.length)]);
                factors.add(f);
                text.append(r.nextBoolean() ? "/" : " x ")
                        .append(leader)
                        .append(f.count().toPlainString())
                        .append(leader)
                        .append(r.nextBoolean() ? " " : "")
                        .append(f.unit());
            }
            Baht stated = Baht.ofSatang(r.nextLong(0, 1_000_000_000_00L));
            text.append(" เป็นเงิน")
                    .append(leader)
                    .append(stated.toGroupedString())
                    .append(leader)
                    .append("บาท");
            String written = r.nextBoolean() ? ThaiDigits.toThai(text) : text.toString();
            return new Written(written, cost, List.copyOf(factors), stated);
        };
    }

    @Test
    void parseReadsBackWhatIsWritten() {
        Property.forAll(writtenLines()).examples(1000).check(w -> {
            BudgetLine line = BudgetLine.parse(w.text());
            if (w.factors().isEmpty()) {
                assertThat(line.unitCost()).hasValue(w.cost());
            } else {
                assertThat(line.unitCost()).hasValue(w.cost());
                assertThat(line.factors()).isEqualTo(w.factors());
            }
            assertThat(line.item()).hasValue("ค่าอาหารว่าง");
            assertThat(line.statedAmount()).hasValue(w.stated());
        });
    }

    /**
     * Activities with their sums counted as they were made: what the lines write and what they
     * compute; and the activity whose subtotal a test puts off by {@code delta} satang.
     */
    private record Sums(List<BudgetActivity> activities, long written, long computed, int which, long delta) {}

    private static Gen<Sums> sums() {
        return (r, size) -> {
            long written = 0;
            long computed = 0;
            int activities = r.nextInt(1, 4);
            List<BudgetActivity> list = new ArrayList<>();
            for (int a = 0; a < activities; a++) {
                BudgetActivity.Builder activity = BudgetActivity.builder().name("กิจกรรม " + a);
                long activityWritten = 0;
                for (int l = r.nextInt(0, 5); l > 0; l--) {
                    BudgetLine line = randomLine(r, false);
                    activity.addLine(line);
                    activityWritten += line.writtenAmount().satang();
                    computed += line.amount().satang();
                }
                if (r.nextBoolean()) {
                    activity.statedSubtotal(Baht.ofSatang(activityWritten));
                }
                written += activityWritten;
                list.add(activity.build());
            }
            return new Sums(List.copyOf(list), written, computed, r.nextInt(activities), r.nextLong(1, 1_000_000));
        };
    }

    @Test
    void sumsOfActivitiesAndBudgetsAndTheirRules() {
        Property.forAll(sums()).examples(1000).check(sums -> {
            List<BudgetActivity> list = sums.activities();
            long written = sums.written();
            Budget b = Budget.builder().addAllActivities(list).build();
            assertThat(b.writtenActivitySum().satang()).isEqualTo(written);
            assertThat(b.amount().satang()).isEqualTo(sums.computed());
            Budget consistent =
                    Budget.builder().from(b).statedTotal(Baht.ofSatang(written)).build();
            List<String> codes = codes(project(consistent));
            assertThat(codes).doesNotContain("BUDGET_SUBTOTAL_MISMATCH", "BUDGET_TOTAL_MISMATCH");
            long lineErrors = list.stream()
                    .flatMap(x -> x.lines().stream())
                    .filter(BudgetLine::hasArithmeticError)
                    .count();
            assertThat(codes.stream()
                            .filter("BUDGET_LINE_ARITHMETIC_MISMATCH"::equals)
                            .count())
                    .isEqualTo(lineErrors);
            // One activity's subtotal off by some satang: exactly one subtotal finding, and the total still
            // adds up the activities as written, so no total finding.
            int which = sums.which();
            BudgetActivity off = list.get(which);
            long delta = sums.delta();
            List<BudgetActivity> changed = new ArrayList<>(list);
            changed.set(
                    which,
                    BudgetActivity.builder()
                            .from(off)
                            .statedSubtotal(Baht.ofSatang(off.writtenLineSum().satang() + delta))
                            .build());
            Budget wrongSubtotal = Budget.builder()
                    .from(b)
                    .activities(changed)
                    .statedTotal(Baht.ofSatang(written + delta))
                    .build();
            List<Finding> findings = CHECK.check(project(wrongSubtotal));
            assertThat(findings)
                    .filteredOn(f -> f.code().equals("BUDGET_SUBTOTAL_MISMATCH"))
                    .extracting(Finding::path)
                    .containsExactly("/budget/activities/" + which + "/statedSubtotal");
            assertThat(findings).noneMatch(f -> f.code().equals("BUDGET_TOTAL_MISMATCH"));
            Budget wrongTotal = Budget.builder()
                    .from(b)
                    .statedTotal(Baht.ofSatang(written + delta))
                    .build();
            assertThat(codes(project(wrongTotal))).containsOnlyOnce("BUDGET_TOTAL_MISMATCH");
        });
    }

    /** A total split among networks by weights, and the share a test puts off by {@code delta} satang. */
    private record Split(Baht total, List<String> ids, List<Integer> weights, int which, long delta) {}

    private static Gen<Split> splits() {
        return (r, size) -> {
            Baht total = Baht.ofSatang(r.nextLong(0, 100_000_000_000L));
            int n = r.nextInt(1, 12);
            List<String> ids = new ArrayList<>();
            List<Integer> weights = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ids.add("net-" + i);
                weights.add(r.nextInt(0, 80));
            }
            weights.set(r.nextInt(n), r.nextInt(1, 80));
            int which = r.nextInt(n);
            long delta = r.nextBoolean() ? 1 : r.nextLong(1, 1_000_000);
            return new Split(total, List.copyOf(ids), List.copyOf(weights), which, delta);
        };
    }

    @Test
    void allocationSharesAddUpAndTheRuleSeesAnyDifference() {
        Property.forAll(splits()).examples(1000).check(split -> {
            Baht total = split.total();
            List<String> ids = split.ids();
            BudgetAllocation equal = BudgetAllocation.equally(total, ids);
            BudgetAllocation weighted = BudgetAllocation.byWeights(total, ids, split.weights());
            assertThat(equal.sharesSum()).isEqualTo(total);
            assertThat(weighted.sharesSum()).isEqualTo(total);
            assertThat(codes(withNetworks(
                            Budget.builder()
                                    .addAllocation(equal)
                                    .addAllocation(weighted)
                                    .build(),
                            ids)))
                    .isEmpty();
            int which = split.which();
            List<AllocationShare> shares = new ArrayList<>(weighted.shares());
            shares.set(
                    which,
                    AllocationShare.ofNetwork(
                            ids.get(which), shares.get(which).amount().plus(Baht.ofSatang(split.delta()))));
            BudgetAllocation wrong =
                    BudgetAllocation.builder().from(weighted).shares(shares).build();
            assertThat(CHECK.check(withNetworks(
                            Budget.builder()
                                    .addAllocation(equal)
                                    .addAllocation(wrong)
                                    .build(),
                            ids)))
                    .extracting(Finding::code, Finding::path)
                    .containsExactly(org.assertj.core.api.Assertions.tuple(
                            "BUDGET_ALLOCATION_MISMATCH", "/budget/allocations/1/total"));
        });
    }

    private static Ledger randomLedger(RandomGenerator r, FiscalYear year) {
        // nothing received now and then: the rates are then undefined
        long received = r.nextInt(20) == 0 ? 0 : r.nextLong(0, 1_000_000_000L);
        Ledger.Builder b = Ledger.builder().received(Baht.ofSatang(received));
        for (int i = r.nextInt(0, 8); i > 0; i--) {
            LedgerEntry.Builder e = LedgerEntry.builder()
                    .kind(LedgerEntryKind.values()[r.nextInt(LedgerEntryKind.values().length)])
                    .amount(Baht.ofSatang(r.nextLong(1, 300_000_000L)));
            if (r.nextInt(5) > 0) {
                e.date(year.start().plusDays(r.nextInt(-30, 400)));
            }
            if (r.nextBoolean()) {
                e.instalment(r.nextInt(1, 5));
            }
            b.addEntry(e.build());
        }
        return b.build();
    }

    /**
     * Ledgers of {@link #randomLedger} (which may spend more than they received, leave entries undated
     * or date them outside the year) and, one time in four, the testkit's consistent ledgers.
     */
    private static Gen<Ledger> ledgers(FiscalYear year) {
        Gen<Ledger> own = (r, size) -> randomLedger(r, year);
        return Gen.anyOf(List.of(own, own, own, LedgerGens.ledgers(year)));
    }

    private static boolean overspent(Ledger ledger) {
        return ledger.disbursed().isGreaterThan(ledger.received());
    }

    private static boolean undated(Ledger ledger) {
        return ledger.entries().stream().anyMatch(e -> e.date().isEmpty());
    }

    /** A ledger and how far a test puts its remaining amount off the balance. */
    private record Off(Ledger ledger, long satang) {}

    @Test
    void ledgerIdentityHoldsAndTheRulesSeeBreaks() {
        FiscalYear year = FiscalYear.ofBuddhistEra(2564);
        Gen<Ledger> ledgers = ledgers(year);
        Gen<Off> cases = (r, size) -> new Off(ledgers.next(r, size), r.nextBoolean() ? 1 : -r.nextLong(1, 1_000_000));
        PropertyResult result = Property.forAll(cases)
                .examples(1000)
                .classify("disbursed more than received", c -> overspent(c.ledger()))
                .classify("disbursed at most what was received", c -> !overspent(c.ledger()))
                .check(c -> {
                    Ledger ledger = c.ledger();
                    assertThat(ledger.disbursed().plus(ledger.returned()).plus(ledger.balance()))
                            .isEqualTo(ledger.received());
                    assertThat(ledger.committed()).isEqualTo(ledger.disbursed().plus(ledger.obligations()));
                    Project balanced = Project.builder()
                            .name("โครงการ")
                            .fiscalYear(year)
                            .ledger(Ledger.builder()
                                    .from(ledger)
                                    .remaining(ledger.balance())
                                    .build())
                            .build();
                    List<String> codes = codes(balanced);
                    assertThat(codes).doesNotContain("LEDGER_BALANCE_MISMATCH");
                    assertThat(codes.contains("LEDGER_DISBURSED_EXCEEDS_RECEIVED"))
                            .isEqualTo(overspent(ledger));
                    Baht off = ledger.balance().plus(Baht.ofSatang(c.satang()));
                    Project broken = Project.builder()
                            .from(balanced)
                            .ledger(Ledger.builder().from(ledger).remaining(off).build())
                            .build();
                    assertThat(codes(broken)).containsOnlyOnce("LEDGER_BALANCE_MISMATCH");
                });
        assertThat(result.classified())
                .allSatisfy((label, count) -> assertThat(count).as(label).isPositive());
    }

    @Test
    void quarterRatesAreCumulativeShares() {
        FiscalYear year = FiscalYear.ofBuddhistEra(2563);
        PropertyResult result = Property.forAll(ledgers(year))
                .examples(1000)
                .classify("nothing received", ledger -> ledger.received().signum() == 0)
                .classify("an undated entry", BudgetPropertiesTest::undated)
                .check(ledger -> {
                    List<QuarterRate> rates = ledger.quarterRates(year);
                    assertThat(rates).extracting(QuarterRate::quarter).isEqualTo(year.quarters());
                    BigDecimal previous = null;
                    for (QuarterRate q : rates) {
                        FiscalQuarter quarter = q.quarter();
                        LocalDate end = quarter.end();
                        long disbursed = ledger.entries().stream()
                                .filter(e -> e.kind() == LedgerEntryKind.DISBURSEMENT
                                        && e.date().isPresent()
                                        && !e.date().get().isAfter(end))
                                .mapToLong(e -> e.amount().satang())
                                .sum();
                        assertThat(q.disbursed().satang()).isEqualTo(disbursed);
                        assertThat(q.committed().isLessThan(q.disbursed())).isFalse();
                        if (ledger.received().signum() == 0) {
                            assertThat(q.disbursementRate()).isEmpty();
                            continue;
                        }
                        BigDecimal expected = BigDecimal.valueOf(disbursed)
                                .multiply(BigDecimal.valueOf(100))
                                .divide(BigDecimal.valueOf(ledger.received().satang()), 2, RoundingMode.HALF_UP);
                        assertThat(q.disbursementRate()).hasValue(expected);
                        assertThat(q.spendingRate().orElseThrow()).isGreaterThanOrEqualTo(expected);
                        if (previous != null) {
                            assertThat(expected).isGreaterThanOrEqualTo(previous);
                        }
                        previous = expected;
                    }
                });
        assertThat(result.classified())
                .allSatisfy((label, count) -> assertThat(count).as(label).isPositive());
    }
}
