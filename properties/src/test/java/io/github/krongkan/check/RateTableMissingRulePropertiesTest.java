package io.github.krongkan.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.BudgetActivity;
import io.github.krongkan.budget.BudgetLine;
import io.github.krongkan.budget.RateCeiling;
import io.github.krongkan.budget.RateTable;
import io.github.krongkan.budget.RateTables;
import io.github.krongkan.money.Baht;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectPeriod;
import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.Property;
import io.github.krongkan.testkit.PropertyResult;
import io.github.krongkan.time.FiscalYear;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties of BUDGET_RATE_TABLE_MISSING over generated rate tables, lines and dates. */
class RateTableMissingRulePropertiesTest {
    private static final String CODE = "BUDGET_RATE_TABLE_MISSING";

    private static BudgetLine snacks(String text) {
        return BudgetLine.builder()
                .from(BudgetLine.parse(text))
                .rateKind(RateCeiling.SNACKS_GOVERNMENT_VENUE)
                .build();
    }

    private static Project project(int fiscalYear, LocalDate start, List<BudgetLine> lines) {
        return Project.builder()
                .name("โครงการ")
                .fiscalYear(FiscalYear.ofBuddhistEra(fiscalYear))
                .plannedPeriod(ProjectPeriod.of(start, start.plusMonths(3)))
                .budget(Budget.builder()
                        .addActivity(BudgetActivity.builder()
                                .name("ประชุม")
                                .addLine(BudgetLine.parse("ค่าวัสดุ 500 บาท"))
                                .addAllLines(lines)
                                .build())
                        .build())
                .build();
    }

    /** Up to two rate tables one after the other, up to three lines, and the start of the planned period. */
    private record Case(RateTables rates, List<BudgetLine> lines, LocalDate start) {}

    private static Gen<Case> cases() {
        return (r, size) -> {
            List<RateTable> tables = new ArrayList<>();
            LocalDate from = LocalDate.of(2010, 1, 1).plusDays(r.nextInt(3000));
            for (int i = r.nextInt(3); i > 0; i--) {
                RateTable.Builder t = RateTable.builder()
                        .source("ตาราง " + i)
                        .effectiveFrom(from)
                        .addCeiling(RateCeiling.of(RateCeiling.SNACKS_GOVERNMENT_VENUE, Baht.ofBaht(35), "อาหารว่าง"));
                if (r.nextBoolean()) {
                    t.effectiveUntil(from.plusDays(r.nextInt(1000)));
                }
                tables.add(t.build());
                from = from.plusDays(1 + r.nextInt(2000));
            }
            List<BudgetLine> lines = new ArrayList<>();
            for (int i = r.nextInt(4); i > 0; i--) {
                String cost = String.valueOf(1 + r.nextInt(60));
                lines.add(
                        r.nextBoolean()
                                ? snacks("ค่าอาหารว่าง " + cost + " บาท/10 คน")
                                : BudgetLine.parse("ค่าวัสดุ " + cost + " บาท/10 ชุด"));
            }
            LocalDate start = LocalDate.of(2010, 1, 1).plusDays(r.nextInt(6000));
            return new Case(RateTables.of(tables), List.copyOf(lines), start);
        };
    }

    private static long kinded(Case c) {
        return c.lines().stream().filter(l -> l.rateKind().isPresent()).count();
    }

    /**
     * Whatever the tables and the date: every line with a rate kind and a unit cost is either judged
     * against a table in force or named, with the others, in one BUDGET_RATE_TABLE_MISSING finding;
     * and the two rules never speak of the same project at once.
     */
    @Test
    void everyLineWithARateKindIsJudgedOrReportedUnchecked() {
        PropertyResult result = Property.forAll(cases())
                .examples(300)
                .classify(
                        "lines unchecked",
                        c -> kinded(c) > 0 && c.rates().inForceOn(c.start()).isEmpty())
                .classify(
                        "lines judged",
                        c -> kinded(c) > 0 && c.rates().inForceOn(c.start()).isPresent())
                .check(c -> {
                    LocalDate start = c.start();
                    int year = FiscalYear.containing(start).buddhistEraYear();
                    Project p = project(year, start, c.lines());
                    ProjectCheck check = ProjectCheck.standard(
                            CheckOptions.builder().rateTables(c.rates()).build());
                    List<Finding> all = check.check(p);
                    long kinded = kinded(c);
                    boolean covered = c.rates().inForceOn(start).isPresent();
                    List<Finding> missing =
                            all.stream().filter(f -> f.code().equals(CODE)).toList();
                    assertThat(missing).hasSize(kinded > 0 && !covered ? 1 : 0);
                    missing.forEach(f -> assertThat(f.message()).startsWith(kinded + " line"));
                    if (!missing.isEmpty()) {
                        assertThat(all).noneMatch(f -> f.code().equals("BUDGET_RATE_ABOVE_CEILING"));
                    }
                });
        assertThat(result.classified())
                .allSatisfy((label, count) -> assertThat(count).as(label).isPositive());
    }
}
