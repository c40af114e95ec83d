package io.github.krongkan.check;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.NetworkGens;
import io.github.krongkan.testkit.Property;
import io.github.krongkan.testkit.PropertyResult;
import io.github.krongkan.time.FiscalYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

    /** Funding sources that split a total, the first off by some satang or not, the last blank or not. */
    private record Sources(Baht total, List<BudgetSource> sources, boolean blank, Baht given) {}

    private static Gen<Sources> sources() {
        return (r, size) -> {
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
            return new Sources(total, List.copyOf(sources), blank, given);
        };
    }

    @Test
    void fundingSourcesFireExactlyWhenTheGivenAmountsCannotMakeTheTotal() {
        Property.forAll(sources()).examples(500).check(c -> {
            Baht total = c.total();
            List<BudgetSource> sources = c.sources();
            Project p = project()
                    .budget(Budget.builder()
                            .statedTotal(total)
                            .addAllFundingSources(sources)
                            .build())
                    .build();
            Baht sum = c.given();
            boolean expected = !sources.stream().allMatch(s -> s.amount().isEmpty())
                    && (c.blank() ? sum.compareTo(total) > 0 : !sum.equals(total));
            assertThat(check(p, "FUNDING_SOURCES_MISMATCH"))
                    .as("sources %s against %s", sources, total)
                    .hasSize(expected ? 1 : 0)
                    .allSatisfy(f -> assertThat(f.actual()).contains(sum.toString()));
        });
    }

    /** A total planned by month over part of the year, and how the test changes the total. */
    private record Plan(Baht total, int months, int monthsBeyond, long delta, boolean up) {}

    private static Gen<Plan> plans() {
        return (r, size) -> {
            Baht total = Baht.ofSatang(r.nextLong(1, 10_000_000_000L));
            int months = r.nextInt(1, 13);
            int beyond = r.nextInt(1, 12);
            long delta = r.nextBoolean() ? 1 : r.nextLong(1, 1_000_000);
            boolean up = r.nextBoolean() || total.satang() <= delta;
            return new Plan(total, months, beyond, delta, up);
        };
    }

    @Test
    void aPlanSplitFromTheBudgetNeverFiresAndAnyChangeDoesWithinTheYear() {
        Property.forAll(plans()).examples(500).check(c -> {
            Baht total = c.total();
            int months = c.months();
            List<Baht> amounts = Allocation.equally(total, months);
            Budget.Builder plan = Budget.builder().statedTotal(total);
            for (int m = 0; m < months; m++) {
                plan.putPlannedDisbursement(YEAR.month(m + 1), amounts.get(m));
            }
            Budget exact = plan.build();
            ProjectPeriod within = ProjectPeriod.of(YEAR.start(), YEAR.end());
            ProjectPeriod beyond = ProjectPeriod.of(YEAR.start(), YEAR.end().plusMonths(c.monthsBeyond()));
            assertThat(check(project().plannedPeriod(within).budget(exact).build(), "PLANNED_DISBURSEMENTS_MISMATCH"))
                    .isEmpty();
            long delta = c.delta();
            Budget changed = Budget.builder()
                    .from(exact)
                    .statedTotal(
                            c.up()
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

    /** How many networks, the total to allocate, and which share is overwritten with whose id. */
    private record Copy(int networks, Baht total, int from, int to) {}

    private static Gen<Copy> copies() {
        return (r, size) -> {
            int n = r.nextInt(2, 9);
            Baht total = Baht.ofSatang(r.nextLong(0, 1_000_000_000L));
            int from = r.nextInt(n);
            int to = (from + r.nextInt(1, n)) % n;
            return new Copy(n, total, from, to);
        };
    }

    @Test
    void anAllocationToEveryNetworkOnceIsCleanAndACopiedShareIsFoundTwice() {
        Property.forAll(copies()).examples(300).check(c -> {
            List<Network> networks = networks(c.networks());
            List<String> ids = networks.stream().map(Network::id).toList();
            BudgetAllocation clean = BudgetAllocation.equally(c.total(), ids);
            Project ok = project()
                    .networks(networks)
                    .budget(Budget.builder().addAllocation(clean).build())
                    .build();
            assertThat(check(ok, "ALLOCATION_SHARE_DUPLICATED")).isEmpty();
            assertThat(check(ok, "ALLOCATION_NETWORK_MISSING")).isEmpty();
            int from = c.from();
            int to = c.to();
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

    /** Two progress reports: the first lists money per network, the second says how far and whether on target. */
    private record Returns(
            Project project, int networks, int returnedAll, int nothing, int progress, boolean onTarget) {}

    private static Gen<Returns> returns() {
        return (r, size) -> {
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
            return new Returns(p, n, returnedAll, nothing, progress, onTarget);
        };
    }

    @Test
    void returnedWhileOnTargetFiresExactlyWhenNetworksGaveTheirMoneyBackOrMostSpentNothing() {
        Property.forAll(returns()).examples(500).check(c -> {
            boolean expected = c.progress() >= 100
                    && c.onTarget()
                    && (c.returnedAll() > 0 || (c.returnedAll() + c.nothing()) * 2 > c.networks());
            assertThat(check(c.project(), "RETURNED_WHILE_ON_TARGET"))
                    .as(
                            "%d networks, %d returned all, %d spent nothing, %d %%, on target %s",
                            c.networks(), c.returnedAll(), c.nothing(), c.progress(), c.onTarget())
                    .extracting(Finding::path)
                    .containsExactlyElementsOf(expected ? List.of("/progressReports/1/onTarget") : List.of());
        });
    }

    /**
     * One to five networks of the testkit (numbered or named, with schools of their own, sometimes a
     * coordinator school) and up to two schools listed again in another network; {@code copies} counts
     * the listings added.
     */
    private record Listings(List<Network> networks, int copies) {}

    private static Gen<Listings> listings() {
        return (r, size) -> {
            int n = r.nextInt(1, 6);
            List<Network> made = new ArrayList<>();
            List<List<School>> schools = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Network network = NetworkGens.networks("o", "n" + i).next(r, size);
                made.add(network);
                schools.add(new ArrayList<>(network.schools()));
            }
            List<School> all = schools.stream().flatMap(List::stream).toList();
            int copies = 0;
            if (n > 1 && !all.isEmpty()) {
                for (int k = r.nextInt(0, 3); k > 0; k--) {
                    School school = all.get(r.nextInt(all.size()));
                    int owner = 0;
                    while (schools.get(owner).stream().noneMatch(x -> x.id().equals(school.id()))) {
                        owner++;
                    }
                    int into = (owner + r.nextInt(1, n)) % n;
                    if (schools.get(into).stream().noneMatch(x -> x.id().equals(school.id()))) {
                        schools.get(into).add(school);
                        copies++;
                    }
                }
            }
            List<Network> networks = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                networks.add(Network.builder()
                        .from(made.get(i))
                        .schools(schools.get(i))
                        .build());
            }
            return new Listings(List.copyOf(networks), copies);
        };
    }

    @Test
    void everySchoolListedAgainInAnotherNetworkIsFoundOnce() {
        PropertyResult result = Property.forAll(listings())
                .examples(300)
                .classify("a school listed twice", c -> c.copies() > 0)
                .check(c -> {
                    List<List<School>> schools =
                            c.networks().stream().map(Network::schools).toList();
                    long listings = schools.stream().mapToLong(List::size).sum();
                    long distinct = schools.stream()
                            .flatMap(List::stream)
                            .map(School::id)
                            .distinct()
                            .count();
                    assertThat(check(project().networks(c.networks()).build(), "SCHOOL_IN_TWO_NETWORKS"))
                            .hasSize((int) (listings - distinct))
                            .hasSizeLessThanOrEqualTo(c.copies());
                });
        assertThat(result.classified())
                .allSatisfy((label, count) -> assertThat(count).as(label).isPositive());
    }
}
