package io.github.krongkan.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.BudgetActivity;
import io.github.krongkan.budget.BudgetLine;
import io.github.krongkan.budget.RateCeiling;
import io.github.krongkan.budget.RateTable;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectPeriod;
import io.github.krongkan.time.FiscalYear;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** BUDGET_RATE_TABLE_MISSING: lines that name a rate kind on a date no rate table covers. */
class RateTableMissingRuleTest {
    private static final String CODE = "BUDGET_RATE_TABLE_MISSING";

    private static BudgetLine snacks(String text) {
        return BudgetLine.builder()
                .from(BudgetLine.parse(text))
                .rateKind(RateCeiling.SNACKS_GOVERNMENT_VENUE)
                .build();
    }

    private static Project project(int fiscalYear, LocalDate start, BudgetLine... lines) {
        return Project.builder()
                .name("โครงการ")
                .fiscalYear(FiscalYear.ofBuddhistEra(fiscalYear))
                .plannedPeriod(ProjectPeriod.of(start, start.plusMonths(3)))
                .budget(Budget.builder()
                        .addActivity(BudgetActivity.builder()
                                .name("ประชุม")
                                .addLine(BudgetLine.parse("ค่าวัสดุ 500 บาท"))
                                .addLines(lines)
                                .build())
                        .build())
                .build();
    }

    private static List<Finding> findings(ProjectCheck check, Project project) {
        return check.check(project).stream().filter(f -> f.code().equals(CODE)).toList();
    }

    @Test
    void aLineWithARateKindOnADateWithoutATableIsReportedOnceAtTheFirstLine() {
        Project fy2569 = project(
                2569,
                LocalDate.of(2025, 12, 1),
                snacks("ค่าอาหารว่าง 50 บาท/20 คน"),
                snacks("ค่าอาหารว่าง 35 บาท/20 คน"));
        assertThat(findings(ProjectCheck.standard(), fy2569)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.path()).isEqualTo("/budget/activities/0/lines/1/rateKind");
            assertThat(f.message())
                    .startsWith("2 lines name a rate kind (the first, line 2 of activity 1, snacksGovernmentVenue)")
                    .contains("no rate table is in force on 2025-12-01, the start of the planned period");
            assertThat(f.messageThai()).contains("ไม่มีตารางอัตราค่าใช้จ่าย").contains("2 รายการ");
            assertThat(f.expected()).hasValue("a rate table in force on 2025-12-01");
            assertThat(f.actual()).hasValue("none");
        });
    }

    @Test
    void aTableInForceOrNoLineToCheckGivesNothing() {
        Project fy2560 = project(2560, LocalDate.of(2016, 11, 1), snacks("ค่าอาหารว่าง 50 บาท/20 คน"));
        assertThat(findings(ProjectCheck.standard(), fy2560)).isEmpty();
        // A lump sum with a rate kind has no unit cost to check; a line without a kind is not checked.
        Project lumpSum = project(2569, LocalDate.of(2025, 12, 1), snacks("ค่าอาหารว่าง เป็นเงิน 5,000 บาท"));
        assertThat(findings(ProjectCheck.standard(), lumpSum)).isEmpty();
        Project noKind = project(2569, LocalDate.of(2025, 12, 1), BudgetLine.parse("ค่าอาหารว่าง 50 บาท/20 คน"));
        assertThat(findings(ProjectCheck.standard(), noKind)).isEmpty();
        Project noBudget = Project.builder()
                .name("โครงการ")
                .fiscalYear(FiscalYear.ofBuddhistEra(2569))
                .build();
        assertThat(findings(ProjectCheck.standard(), noBudget)).isEmpty();
    }

    @Test
    void aTableOfANewCircularCoversTheDate() {
        RateTable w246 = RateTable.builder()
                .source("ตารางอัตราตามหนังสือเวียนฉบับใหม่")
                .effectiveFrom(LocalDate.of(2025, 11, 1))
                .build();
        ProjectCheck check = ProjectCheck.standard(CheckOptions.builder()
                .reference(ReferenceSet.builder().addRateTables(w246).build().over(ReferenceSet.defaults()))
                .build());
        Project fy2569 = project(2569, LocalDate.of(2025, 12, 1), snacks("ค่าอาหารว่าง 50 บาท/20 คน"));
        assertThat(findings(check, fy2569)).isEmpty();
        // The shipped table still covers the older dates.
        Project fy2560 = project(2560, LocalDate.of(2016, 11, 1), snacks("ค่าอาหารว่าง 50 บาท/20 คน"));
        assertThat(check.check(fy2560)).extracting(Finding::code).containsExactly("BUDGET_RATE_ABOVE_CEILING");
        // The day before the first table, and the fiscal year's start without periods.
        Project before = project(2556, LocalDate.of(2013, 1, 13), snacks("ค่าอาหารว่าง 50 บาท/20 คน"));
        assertThat(findings(check, before))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("2013-01-13"));
        Project byYear = Project.builder()
                .from(before)
                .plannedPeriod(java.util.Optional.empty())
                .fiscalYear(FiscalYear.ofBuddhistEra(2555))
                .build();
        assertThat(findings(check, byYear))
                .singleElement()
                .satisfies(f -> assertThat(f.message())
                        .contains("no rate table is in force on 2011-10-01, the start of fiscal year 2555"));
    }
}
