package io.github.krongkan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.BudgetActivity;
import io.github.krongkan.budget.BudgetAllocation;
import io.github.krongkan.budget.BudgetLine;
import io.github.krongkan.budget.BudgetRevision;
import io.github.krongkan.budget.Ledger;
import io.github.krongkan.budget.LedgerEntry;
import io.github.krongkan.check.ProjectCheck;
import io.github.krongkan.money.Baht;
import io.github.krongkan.money.BahtText;
import io.github.krongkan.network.Network;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.Project;
import io.github.krongkan.schedule.ActionPlan;
import io.github.krongkan.schedule.ProgressCurve;
import io.github.krongkan.time.FiscalMonth;
import io.github.krongkan.time.FiscalYear;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The generators of budgets, ledgers, action plans and progress histories: valid and consistent
 * values, the same value for the same seed and size, the smallest value at size 0, and failures that
 * shrink to small budgets.
 */
class MoneyAndScheduleGensTest {
    private static final FiscalYear FY = FiscalYear.ofBuddhistEra(2569);
    private static final List<String> IDS = List.of("net-1", "net-2", "net-3");

    /** A project of FY 2569 with three networks, the frame the generated parts are checked in. */
    private static Project.Builder frame() {
        Project.Builder b = Project.builder().name("โครงการ").fiscalYear(FY);
        for (String id : IDS) {
            b.addNetwork(Network.builder().id(id).officeId("office-0").build());
        }
        return b;
    }

    @Test
    void budgetsAddUpAndGiveNoFindings() {
        Property.forAll(BudgetGens.budgets(FY, IDS)).examples(1000).check(budget -> {
            assertThat(Budget.builder().from(budget).build()).isEqualTo(budget);
            assertThat(budget.activities()).isNotEmpty();
            for (BudgetActivity a : budget.activities()) {
                assertThat(a.lines()).isNotEmpty();
                assertThat(a.lines()).noneMatch(BudgetLine::hasArithmeticError);
                assertThat(a.writtenAmount()).isEqualTo(a.amount());
            }
            assertThat(budget.writtenAmount()).isEqualTo(budget.amount());
            budget.amountInWords()
                    .ifPresent(w -> assertThat(BahtText.matches(budget.amount(), w))
                            .as(w)
                            .isTrue());
            budget.receivedAmount()
                    .ifPresent(r -> assertThat(r.isLessThan(budget.amount())).isFalse());
            if (!budget.fundingSources().isEmpty()) {
                assertThat(budget.fundingSourcesTotal()).isEqualTo(budget.amount());
            }
            for (BudgetAllocation allocation : budget.allocations()) {
                assertThat(allocation.sharesSum()).isEqualTo(allocation.total()).isEqualTo(budget.amount());
                assertThat(allocation.shares()).hasSize(IDS.size());
            }
            if (!budget.plannedDisbursements().isEmpty()) {
                assertThat(budget.plannedTotal()).isEqualTo(budget.amount());
                assertThat(budget.plannedDisbursements().keySet())
                        .allMatch(m -> m.fiscalYear().equals(FY));
            }
            assertThat(ProjectCheck.standard().check(frame().budget(budget).build()))
                    .isEmpty();
        });
    }

    @Test
    void amountsInWordsComeInBothConventions() {
        List<String> words = BudgetGens.budgets(FY).samples(3, 2000).stream()
                .flatMap(b -> b.amountInWords().stream())
                .toList();
        assertThat(words).anyMatch(w -> w.contains("หนึ่งร้อยเอ็ด") || w.contains("พันเอ็ด"));
        assertThat(words).anyMatch(w -> w.contains("ร้อยหนึ่ง") || w.contains("พันหนึ่ง"));
        assertThat(BudgetGens.lines().samples(4, 500))
                .anyMatch(l -> l.factors().size() >= 2)
                .anyMatch(BudgetLine::isLumpSum)
                .anyMatch(l -> l.category().isPresent());
    }

    @Test
    void revisionsHaveIncreasingRoundsAndAProjectAcceptsThem() {
        Property.forAll(BudgetGens.revisions(FY, IDS)).examples(300).check(revisions -> {
            int round = 0;
            for (BudgetRevision r : revisions) {
                assertThat(r.round()).isGreaterThan(round);
                round = r.round();
            }
            Project p = frame().budget(BudgetGens.budgets(FY, IDS).sample(1))
                    .addAllBudgetRevisions(revisions)
                    .build();
            assertThat(ProjectCheck.standard().check(p)).isEmpty();
        });
    }

    @Test
    void ledgersBalanceAndGiveNoFindings() {
        Property.forAll(Gen.longs(0, 10_000_000)
                        .flatMap(received -> LedgerGens.ledgers(FY, IDS, Baht.ofBaht(received))))
                .examples(1000)
                .check(ledger -> {
                    assertThat(Ledger.builder().from(ledger).build()).isEqualTo(ledger);
                    assertThat(ledger.balance().signum()).isNotNegative();
                    assertThat(ledger.disbursed().isGreaterThan(ledger.received()))
                            .isFalse();
                    ledger.remaining().ifPresent(r -> assertThat(r).isEqualTo(ledger.balance()));
                    List<LedgerEntry> entries = ledger.entries();
                    for (int i = 1; i < entries.size(); i++) {
                        assertThat(entries.get(i).date().orElseThrow())
                                .isAfterOrEqualTo(entries.get(i - 1).date().orElseThrow());
                    }
                    assertThat(entries).allMatch(e -> FY.contains(e.date().orElseThrow()));
                    assertThat(ProjectCheck.standard()
                                    .check(frame().ledger(ledger).build()))
                            .isEmpty();
                });
    }

    @Test
    void actionPlansLinkEveryActivityAndStayInTheYear() {
        List<String> activities = List.of("1", "2", "3");
        Property.forAll(ScheduleGens.actionPlans(FY, activities)).examples(1000).check(plan -> {
            assertThat(ActionPlan.builder().from(plan).build()).isEqualTo(plan);
            assertThat(plan.steps().stream().flatMap(s -> s.activityNumber().stream()))
                    .containsExactlyElementsOf(activities);
            assertThat(plan.months()).allMatch(m -> m.fiscalYear().equals(FY));
            assertThat(plan.steps().stream().filter(s -> s.weight().isPresent()).count())
                    .isIn(0L, (long) plan.steps().size());
            assertThat(plan.plannedCurve().at(FY.month(12)))
                    .isEqualByComparingTo(plan.steps().isEmpty() ? BigDecimal.ZERO : BigDecimal.valueOf(100));
        });
    }

    @Test
    void historiesFollowThePlanAndTheBudget() {
        Gen<Object[]> gen = (random, size) -> {
            Budget budget = BudgetGens.budgets(FY, IDS).next(random, size);
            List<String> numbers = budget.activities().stream()
                    .flatMap(a -> a.number().stream())
                    .toList();
            ActionPlan plan = ScheduleGens.actionPlans(FY, numbers).next(random, size);
            List<ProgressReport> reports =
                    ScheduleGens.histories(FY, plan, budget.amount()).next(random, size);
            return new Object[] {budget, plan, reports};
        };
        Property.forAll(gen).examples(1000).check(parts -> {
            Budget budget = (Budget) parts[0];
            ActionPlan plan = (ActionPlan) parts[1];
            @SuppressWarnings("unchecked")
            List<ProgressReport> reports = (List<ProgressReport>) parts[2];
            ProgressCurve curve = plan.plannedCurve();
            BigDecimal progress = BigDecimal.ZERO;
            Baht disbursed = Baht.ZERO;
            for (int i = 0; i < reports.size(); i++) {
                ProgressReport r = reports.get(i);
                assertThat(FY.contains(r.date())).isTrue();
                if (i > 0) {
                    assertThat(r.date()).isAfter(reports.get(i - 1).date());
                }
                assertThat(r.progress()).isBetween(progress, BigDecimal.valueOf(100));
                progress = r.progress();
                if (r.disbursed().isPresent()) {
                    assertThat(r.disbursed().get().isLessThan(disbursed)).isFalse();
                    assertThat(r.disbursed().get().isGreaterThan(budget.amount()))
                            .isFalse();
                    disbursed = r.disbursed().get();
                }
                if (r.onPlan().orElse(false)) {
                    assertThat(r.progress()).isGreaterThanOrEqualTo(curve.at(r.date()));
                }
            }
            Project p = frame().budget(budget)
                    .actionPlan(plan)
                    .addAllProgressReports(reports)
                    .build();
            assertThat(ProjectCheck.standard().check(p)).isEmpty();
        });
    }

    @Test
    void sameSeedAndSizeGiveTheSameValue() {
        for (long seed = 0; seed < 50; seed++) {
            int size = (int) (seed * 2);
            assertThat(BudgetGens.budgets(FY, IDS).sample(seed, size))
                    .isEqualTo(BudgetGens.budgets(FY, IDS).sample(seed, size));
            assertThat(LedgerGens.ledgers(FY).sample(seed, size))
                    .isEqualTo(LedgerGens.ledgers(FY).sample(seed, size));
            assertThat(ScheduleGens.actionPlans(FY, IDS).sample(seed, size))
                    .isEqualTo(ScheduleGens.actionPlans(FY, IDS).sample(seed, size));
            assertThat(ProjectGens.clean().sample(seed, size))
                    .isEqualTo(ProjectGens.clean().sample(seed, size));
        }
    }

    @Test
    void sizeZeroGivesTheSmallestValues() {
        for (long seed = 0; seed < 100; seed++) {
            Budget budget = BudgetGens.budgets(FY, IDS).sample(seed, 0);
            assertThat(budget.activities()).hasSize(1);
            assertThat(budget.activities().get(0).lines()).hasSize(1);
            assertThat(budget.activities().get(0).lines().get(0).factors().size())
                    .isLessThanOrEqualTo(1);
            assertThat(BudgetGens.revisions(FY, IDS).sample(seed, 0)).isEmpty();
            assertThat(LedgerGens.ledgers(FY).sample(seed, 0).entries()).isEmpty();
            assertThat(ScheduleGens.actionPlans(FY).sample(seed, 0).steps()).isEmpty();
            assertThat(ScheduleGens.actionPlans(FY, List.of("1"))
                            .sample(seed, 0)
                            .steps())
                    .hasSize(1);
            assertThat(ScheduleGens.histories(FY, ActionPlan.of(List.of()), Baht.ofBaht(100))
                            .sample(seed, 0))
                    .isEmpty();
        }
    }

    @Test
    void aBudgetTooLargeShrinksToOneActivityWithOneLumpSum() {
        Baht limit = Baht.ofBaht(1000);
        for (long seed : new long[] {21, 22, 23}) {
            PropertyFailure failure = ShrinkerTest.failureOf(() -> Property.forAll(BudgetGens.budgets(FY, IDS))
                    .seed(seed)
                    .verify(b -> b.amount().isLessThan(limit)));
            Budget b = (Budget) failure.counterexample();
            assertThat(b.activities()).hasSize(1);
            BudgetActivity activity = b.activities().get(0);
            assertThat(activity.lines()).hasSize(1);
            // one line of about the limit: a lump sum, or a unit cost times one factor (the shrinker
            // lowers one draw at a time, so a product may stop a little above, e.g. at 1,024 baht)
            BudgetLine line = activity.lines().get(0);
            assertThat(line.amount().isLessThan(limit)).isFalse();
            assertThat(line.amount().isLessThan(Baht.ofBaht(2000))).isTrue();
            assertThat(line.factors().size()).isLessThanOrEqualTo(1);
            assertThat(line.item()).isEmpty();
            assertThat(line.category()).isEmpty();
            assertThat(activity.statedSubtotal()).isEmpty();
            assertThat(b.statedTotal()).isEmpty();
            assertThat(b.amountInWords()).isEmpty();
            assertThat(b.allocations()).isEmpty();
            assertThat(b.plannedDisbursements()).isEmpty();
            assertThat(b.fundingSources()).isEmpty();
        }
    }

    @Test
    void aLedgerShrinksToOneEntry() {
        PropertyFailure failure = ShrinkerTest.failureOf(() -> Property.forAll(LedgerGens.ledgers(FY))
                .seed(31)
                .verify(l -> l.entries().isEmpty()));
        Ledger ledger = (Ledger) failure.counterexample();
        assertThat(ledger.entries()).hasSize(1);
        assertThat(ledger.remaining()).isEqualTo(Optional.empty());
        assertThat(ledger.entries().get(0).note()).isEmpty();
        FiscalMonth first = FY.month(1);
        assertThat(ledger.entries().get(0).date()).contains(first.yearMonth().atDay(1));
    }
}
