package io.github.krongkan.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.krongkan.budget.AllocationShare;
import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.BudgetAllocation;
import io.github.krongkan.budget.BudgetSource;
import io.github.krongkan.budget.BudgetSourceKind;
import io.github.krongkan.budget.NetworkMoney;
import io.github.krongkan.money.Allocation;
import io.github.krongkan.money.Baht;
import io.github.krongkan.network.Network;
import io.github.krongkan.network.School;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectPeriod;
import io.github.krongkan.time.FiscalYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Properties of the money-per-network rules over generated projects: each fires exactly when its
 * arithmetic says so, at the place it names.
 */
class NetworkMoneyPropertiesTest {
    private static final ProjectCheck CHECK = ProjectCheck.standard();
    private static final FiscalYear YEAR = FiscalYear.ofBuddhistEra(2564);

    private static List<Finding> check(Project project, String code) {
        return CHECK.check(project).stream().filter(f -> f.code().equals(code)).toList();
    }

    private static Project.Builder project() {
        return Project.builder().name("โครงการ").fiscalYear(YEAR);
    }

    private static List<Network> networks(int n) {
        List<Network> networks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            networks.add(Network.builder().id("n" + i).officeId("o").build());
        }
        return networks;
    }

    @Test
    void fundingSourcesFireExactlyWhenTheGivenAmountsCannotMakeTheTotal() {
        qt().withExamples(500).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            Baht total = Baht.ofSatang(r.nextLong(1, 10_000_000_000L));
            int n = r.nextInt(1, 5);
            List<Baht> parts = Allocation.equally(total, n);
            List<BudgetSource> sources = new ArrayList<>();
            long delta = r.nextInt(3) == 0 ? 0 : r.nextLong(-1_000_000, 1_000_000);
            boolean blank = r.nextInt(3) == 0;
            Baht given = Baht.ZERO;
            for (int i = 0; i < n; i++) {
                BudgetSource.Builder s = BudgetSource.builder().kind(BudgetSourceKind.OTHER);
                Baht amount = i == 0 ? parts.get(i).plus(Baht.ofSatang(delta)) : parts.get(i);
                if (amount.signum() < 0) {
                    amount = Baht.ZERO;
                }
                if (blank && i == n - 1) {
                    sources.add(s.build());
                    continue;
                }
                given = given.plus(amount);
                sources.add(s.amount(amount).build());
            }
            Project p = project()
                    .budget(Budget.builder()
                            .statedTotal(total)
                            .addAllFundingSources(sources)
                            .build())
                    .build();
            Baht sum = given;
            boolean expected = !sources.stream().allMatch(s -> s.amount().isEmpty())
                    && (blank ? sum.compareTo(total) > 0 : !sum.equals(total));
            assertThat(check(p, "FUNDING_SOURCES_MISMATCH"))
                    .as("sources %s against %s", sources, total)
                    .hasSize(expected ? 1 : 0)
                    .allSatisfy(f -> assertThat(f.actual()).contains(sum.toString()));
        });
    }

    @Test
    void aPlanSplitFromTheBudgetNeverFiresAndAnyChangeDoesWithinTheYear() {
        qt().withExamples(500).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            Baht total = Baht.ofSatang(r.nextLong(1, 10_000_000_000L));
            int months = r.nextInt(1, 13);
            List<Baht> amounts = Allocation.equally(total, months);
            Budget.Builder plan = Budget.builder().statedTotal(total);
            for (int m = 0; m < months; m++) {
                plan.putPlannedDisbursement(YEAR.month(m + 1), amounts.get(m));
            }
            Budget exact = plan.build();
            ProjectPeriod within = ProjectPeriod.of(YEAR.start(), YEAR.end());
            ProjectPeriod beyond = ProjectPeriod.of(YEAR.start(), YEAR.end().plusMonths(r.nextInt(1, 12)));
            assertThat(check(project().plannedPeriod(within).budget(exact).build(), "PLANNED_DISBURSEMENTS_MISMATCH"))
                    .isEmpty();
            long delta = r.nextBoolean() ? 1 : r.nextLong(1, 1_000_000);
            boolean up = r.nextBoolean() || total.satang() <= delta;
            Budget changed = Budget.builder()
                    .from(exact)
                    .statedTotal(
                            up
                                    ? total.minus(Baht.ofSatang(Math.min(delta, total.satang())))
                                    : total.plus(Baht.ofSatang(delta)))
                    .build();
            boolean planAbove = changed.plannedTotal().compareTo(changed.writtenAmount()) > 0;
            boolean differs = !changed.plannedTotal().equals(changed.writtenAmount())
                    && changed.writtenAmount().signum() > 0;
            assertThat(check(project().plannedPeriod(within).budget(changed).build(), "PLANNED_DISBURSEMENTS_MISMATCH"))
                    .hasSize(differs ? 1 : 0);
            assertThat(check(project().plannedPeriod(beyond).budget(changed).build(), "PLANNED_DISBURSEMENTS_MISMATCH"))
                    .as("a plan below the budget of a project that runs on is no finding")
                    .hasSize(differs && planAbove ? 1 : 0);
        });
    }

    @Test
    void anAllocationToEveryNetworkOnceIsCleanAndACopiedShareIsFoundTwice() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            int n = r.nextInt(2, 9);
            List<Network> networks = networks(n);
            List<String> ids = networks.stream().map(Network::id).toList();
            Baht total = Baht.ofSatang(r.nextLong(0, 1_000_000_000L));
            BudgetAllocation clean = BudgetAllocation.equally(total, ids);
            Project ok = project()
                    .networks(networks)
                    .budget(Budget.builder().addAllocation(clean).build())
                    .build();
            assertThat(check(ok, "ALLOCATION_SHARE_DUPLICATED")).isEmpty();
            assertThat(check(ok, "ALLOCATION_NETWORK_MISSING")).isEmpty();
            int from = r.nextInt(n);
            int to = (from + r.nextInt(1, n)) % n;
            List<AllocationShare> shares = new ArrayList<>(clean.shares());
            shares.set(
                    to, AllocationShare.ofNetwork(ids.get(from), shares.get(to).amount()));
            Project copied = project()
                    .networks(networks)
                    .budget(Budget.builder()
                            .addAllocation(BudgetAllocation.builder()
                                    .from(clean)
                                    .shares(shares)
                                    .build())
                            .build())
                    .build();
            assertThat(check(copied, "ALLOCATION_SHARE_DUPLICATED"))
                    .extracting(Finding::path)
                    .containsExactly("/budget/allocations/0/shares/" + Math.max(from, to));
            assertThat(check(copied, "ALLOCATION_NETWORK_MISSING"))
                    .singleElement()
                    .satisfies(f -> assertThat(f.expected()).contains("a share for network " + ids.get(to)));
        });
    }

    @Test
    void returnedWhileOnTargetFiresExactlyWhenNetworksGaveTheirMoneyBackOrMostSpentNothing() {
        qt().withExamples(500).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            int n = r.nextInt(1, 8);
            List<NetworkMoney> lines = new ArrayList<>();
            int returnedAll = 0;
            int nothing = 0;
            for (int i = 0; i < n; i++) {
                NetworkMoney.Builder m = NetworkMoney.builder().party("เครือข่ายที่ " + (i + 1));
                switch (r.nextInt(4)) {
                    case 0 -> {
                        m.returned(Baht.ofBaht(r.nextLong(1, 100_000)));
                        returnedAll++;
                    }
                    case 1 ->
                        m.disbursed(Baht.ofBaht(r.nextLong(1, 100_000))).returned(Baht.ofBaht(r.nextLong(0, 1_000)));
                    case 2 -> {
                        m.disbursed(Baht.ZERO);
                        nothing++;
                    }
                    default -> m.note("เบิกจ่ายได้");
                }
                lines.add(m.build());
            }
            int progress = r.nextBoolean() ? 100 : r.nextInt(0, 100);
            boolean onTarget = r.nextBoolean();
            LocalDate first = YEAR.start().plusDays(r.nextInt(0, 300));
            Project p = project()
                    .addProgressReports(
                            ProgressReport.builder()
                                    .date(first)
                                    .progress(BigDecimal.valueOf(r.nextInt(0, 100)))
                                    .addAllNetworkMoney(lines)
                                    .build(),
                            ProgressReport.builder()
                                    .date(first.plusDays(r.nextInt(1, 60)))
                                    .progress(BigDecimal.valueOf(progress))
                                    .onTarget(onTarget)
                                    .build())
                    .build();
            boolean expected = progress >= 100 && onTarget && (returnedAll > 0 || (returnedAll + nothing) * 2 > n);
            assertThat(check(p, "RETURNED_WHILE_ON_TARGET"))
                    .as(
                            "%d networks, %d returned all, %d spent nothing, %d %%, on target %s",
                            n, returnedAll, nothing, progress, onTarget)
                    .extracting(Finding::path)
                    .containsExactlyElementsOf(expected ? List.of("/progressReports/1/onTarget") : List.of());
        });
    }

    @Test
    void everySchoolListedAgainInAnotherNetworkIsFoundOnce() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            int n = r.nextInt(1, 6);
            List<List<School>> schools = new ArrayList<>();
            int next = 0;
            for (int i = 0; i < n; i++) {
                List<School> members = new ArrayList<>();
                for (int j = r.nextInt(0, 5); j > 0; j--) {
                    members.add(School.of("s" + next, "โรงเรียน " + next));
                    next++;
                }
                schools.add(members);
            }
            int copies = 0;
            if (n > 1 && next > 0) {
                for (int k = r.nextInt(0, 3); k > 0; k--) {
                    int s = r.nextInt(next);
                    int owner = 0;
                    while (schools.get(owner).stream().noneMatch(x -> x.id().equals("s" + s))) {
                        owner++;
                    }
                    int into = (owner + r.nextInt(1, n)) % n;
                    if (schools.get(into).stream().noneMatch(x -> x.id().equals("s" + s))) {
                        schools.get(into).add(School.of("s" + s, "โรงเรียน " + s));
                        copies++;
                    }
                }
            }
            List<Network> networks = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                networks.add(Network.builder()
                        .id("n" + i)
                        .officeId("o")
                        .addAllSchools(schools.get(i))
                        .build());
            }
            long listings = schools.stream().mapToLong(List::size).sum();
            long distinct = schools.stream()
                    .flatMap(List::stream)
                    .map(School::id)
                    .distinct()
                    .count();
            assertThat(check(project().networks(networks).build(), "SCHOOL_IN_TWO_NETWORKS"))
                    .hasSize((int) (listings - distinct))
                    .hasSizeLessThanOrEqualTo(copies);
        });
    }
}
