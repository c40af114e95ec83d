package io.github.krongkan.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.budget.AllocationShare;
import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.BudgetActivity;
import io.github.krongkan.budget.BudgetAllocation;
import io.github.krongkan.budget.BudgetLine;
import io.github.krongkan.budget.RateCeiling;
import io.github.krongkan.indicator.Formula;
import io.github.krongkan.indicator.Indicator;
import io.github.krongkan.indicator.IndicatorTarget;
import io.github.krongkan.indicator.IndicatorUnit;
import io.github.krongkan.indicator.Measure;
import io.github.krongkan.indicator.Measurement;
import io.github.krongkan.money.Baht;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectPeriod;
import io.github.krongkan.project.Target;
import io.github.krongkan.risk.Risk;
import io.github.krongkan.risk.RiskRating;
import io.github.krongkan.time.FiscalYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The details of findings: which line and activity they name, in English and Thai, and edge values. */
class RuleDetailsTest {
    private static final FiscalYear FY2560 = FiscalYear.ofBuddhistEra(2560);
    private static final FiscalYear FY2569 = FiscalYear.ofBuddhistEra(2569);

    private static List<Finding> findings(Project project, String code) {
        return ProjectCheck.standard().check(project).stream()
                .filter(f -> f.code().equals(code))
                .toList();
    }

    private static Project.Builder fy2560() {
        return Project.builder()
                .name("โครงการ")
                .fiscalYear(FY2560)
                .plannedPeriod(ProjectPeriod.of(LocalDate.of(2016, 11, 1), LocalDate.of(2017, 8, 31)));
    }

    private static BudgetActivity activity(BudgetLine... lines) {
        return BudgetActivity.builder().name("กิจกรรม").addLines(lines).build();
    }

    private static BudgetLine snacks(String text) {
        return BudgetLine.builder()
                .from(BudgetLine.parse(text))
                .rateKind(RateCeiling.SNACKS_GOVERNMENT_VENUE)
                .build();
    }

    @Test
    void findingsNumberLinesAndActivitiesFromOne() {
        Budget budget = Budget.builder()
                .addActivity(activity(BudgetLine.parse("ค่าวัสดุ 500 บาท")))
                .addActivity(BudgetActivity.builder()
                        .name("ประชุม")
                        .addLine(snacks("ค่าอาหารว่าง 40 บาท/10 คน เป็นเงิน 500 บาท"))
                        .statedSubtotal(Baht.ofBaht(600))
                        .build())
                .build();
        Project p = fy2560().budget(budget).build();
        Finding line = findings(p, "BUDGET_LINE_ARITHMETIC_MISMATCH").get(0);
        assertThat(line.message()).startsWith("Line 1 of activity 2 ");
        assertThat(line.messageThai()).startsWith("รายการที่ 1 ของกิจกรรมที่ 2 ");
        Finding subtotal = findings(p, "BUDGET_SUBTOTAL_MISMATCH").get(0);
        assertThat(subtotal.message()).startsWith("Activity 2 states a subtotal of 600.00 baht");
        assertThat(subtotal.messageThai()).startsWith("กิจกรรมที่ 2 เขียนยอดรวมไว้ 600.00 บาท");
        Finding rate = findings(p, "BUDGET_RATE_ABOVE_CEILING").get(0);
        assertThat(rate.path()).isEqualTo("/budget/activities/1/lines/0/unitCost");
        assertThat(rate.message()).startsWith("Line 1 of activity 2 costs 40.00 baht per unit, above the");
        assertThat(rate.messageThai())
                .startsWith("รายการที่ 1 ของกิจกรรมที่ 2 ราคาต่อหน่วย 40.00 บาท เกินอัตราที่กำหนด 35.00 บาท");
        assertThat(rate.expected()).contains("<= 35.00");
    }

    @Test
    void lumpSumsWithARateKindAreNotCheckedAgainstTheCeiling() {
        Budget budget = Budget.builder()
                .addActivity(activity(snacks("ค่าอาหารว่าง เป็นเงิน 5,000 บาท")))
                .build();
        assertThat(findings(fy2560().budget(budget).build(), "BUDGET_RATE_ABOVE_CEILING"))
                .isEmpty();
    }

    @Test
    void theRateTableOfTheActualStartAppliesWithoutAPlannedPeriod() {
        Budget budget = Budget.builder()
                .addActivity(activity(snacks("ค่าอาหารว่าง 40 บาท/10 คน")))
                .build();
        Project within = Project.builder()
                .name("โครงการ")
                .fiscalYear(FY2569)
                .budget(budget)
                .actualPeriod(ProjectPeriod.ofMonths(YearMonth.of(2025, 10), YearMonth.of(2025, 12)))
                .build();
        assertThat(findings(within, "BUDGET_RATE_ABOVE_CEILING")).hasSize(1);
        Project after = Project.builder()
                .name("โครงการ")
                .fiscalYear(FY2569)
                .budget(budget)
                .actualPeriod(ProjectPeriod.ofMonths(YearMonth.of(2026, 1), YearMonth.of(2026, 6)))
                .build();
        assertThat(findings(after, "BUDGET_RATE_ABOVE_CEILING")).isEmpty();
        Project byYear = Project.builder()
                .name("โครงการ")
                .fiscalYear(FY2569)
                .budget(budget)
                .build();
        assertThat(findings(byYear, "BUDGET_RATE_ABOVE_CEILING")).hasSize(1);
    }

    @Test
    void allocationFindingsNameTheAllocationFromOne() {
        BudgetAllocation wrong = BudgetAllocation.builder()
                .addShares(
                        AllocationShare.builder()
                                .name("กลุ่ม 1")
                                .amount(Baht.ofBaht(40_000))
                                .build(),
                        AllocationShare.builder()
                                .name("กลุ่ม 2")
                                .amount(Baht.ofBaht(40_000))
                                .build())
                .total(Baht.ofBaht(90_000))
                .build();
        Budget budget = Budget.builder()
                .addActivity(activity(BudgetLine.parse("ค่าวัสดุ 500 บาท")))
                .addAllocation(wrong)
                .build();
        Finding f = findings(fy2560().budget(budget).build(), "BUDGET_ALLOCATION_MISMATCH")
                .get(0);
        assertThat(f.path()).isEqualTo("/budget/allocations/0/total");
        assertThat(f.message())
                .isEqualTo("Allocation 1 states a total of 90,000.00 baht, but its 2 shares add up to 80,000.00");
        assertThat(f.messageThai()).startsWith("การจัดสรรที่ 1 ระบุยอดรวม 90,000.00 บาท");
    }

    @Test
    void duplicateTargetNumbersAndUnnumberedItems() {
        Target a = Target.builder().from(Target.qualitative("ก")).number("3.1").build();
        Target b = Target.builder().from(Target.qualitative("ข")).number("3.1").build();
        Project p = Project.builder()
                .name("โครงการ")
                .fiscalYear(FY2569)
                .addTargets(Target.qualitative("ไม่มีเลข"), a, Target.qualitative("ไม่มีเลขเช่นกัน"), b)
                .build();
        assertThat(findings(p, "DUPLICATE_ITEM_NUMBER")).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("/targets/3/number");
            assertThat(f.message()).contains("first at /targets/1");
        });
    }

    @Test
    void indicatorValuesAtTheEdgesOfTheirRangesArePossible() {
        Indicator percent = Indicator.builder()
                .name("ร้อยละ")
                .measure(Measure.PERCENTAGE)
                .addMeasurements(
                        Measurement.builder()
                                .subjectId("a")
                                .reportedValue(BigDecimal.ZERO)
                                .build(),
                        Measurement.builder()
                                .subjectId("b")
                                .reportedValue(BigDecimal.valueOf(100))
                                .build())
                .build();
        Indicator level = Indicator.builder()
                .name("ระดับ")
                .measure(Measure.ORDINAL_LEVEL)
                .addMeasurements(
                        Measurement.builder()
                                .subjectId("a")
                                .reportedValue(BigDecimal.ONE)
                                .build(),
                        Measurement.builder()
                                .subjectId("b")
                                .reportedValue(BigDecimal.valueOf(5))
                                .build())
                .build();
        Indicator count = Indicator.builder()
                .name("จำนวน")
                .measure(Measure.COUNT)
                .addMeasurement(Measurement.reported(BigDecimal.ZERO))
                .build();
        Project p = Project.builder()
                .name("โครงการ")
                .fiscalYear(FY2569)
                .addIndicators(percent, level, count)
                .build();
        assertThat(findings(p, "INDICATOR_VALUE_IMPOSSIBLE")).isEmpty();
        Indicator below = Indicator.builder()
                .name("ต่ำ")
                .measure(Measure.ORDINAL_LEVEL)
                .addMeasurement(Measurement.reported(new BigDecimal("0.99")))
                .build();
        Indicator negative = Indicator.builder()
                .name("ลบ")
                .measure(Measure.PERCENTAGE)
                .addMeasurement(Measurement.reported(new BigDecimal("-0.01")))
                .build();
        assertThat(findings(
                        Project.builder()
                                .name("โครงการ")
                                .fiscalYear(FY2569)
                                .addIndicators(below, negative)
                                .build(),
                        "INDICATOR_VALUE_IMPOSSIBLE"))
                .hasSize(2);
    }

    @Test
    void indicatorTargetsAreComparedOnlyWithTheirOwnQuantitativeTarget() {
        Target teachers = Target.builder()
                .from(Target.quantitative("ครู 200 คน", BigDecimal.valueOf(200), "คน"))
                .number("1")
                .build();
        Target schools = Target.builder()
                .from(Target.quantitative("โรงเรียน 100 แห่ง", BigDecimal.valueOf(100), "แห่ง"))
                .number("2")
                .build();
        Target quality = Target.builder()
                .from(Target.qualitative("ครูมีความรู้"))
                .number("3")
                .build();
        Indicator.Builder kpi = Indicator.builder()
                .name("จำนวน")
                .measure(Measure.COUNT)
                .formula(Formula.count())
                .direction(io.github.krongkan.indicator.Direction.AT_LEAST)
                .addTarget(IndicatorTarget.of(BigDecimal.valueOf(100)));
        Project linkedToSchools = Project.builder()
                .name("โครงการ")
                .fiscalYear(FY2569)
                .addTargets(teachers, schools, quality)
                .addIndicator(kpi.linkedTargetNumber("2").build())
                .build();
        assertThat(findings(linkedToSchools, "INDICATOR_TARGET_MISMATCH")).isEmpty();
        Project linkedToQuality = Project.builder()
                .name("โครงการ")
                .fiscalYear(FY2569)
                .addTargets(teachers, schools, quality)
                .addIndicator(kpi.linkedTargetNumber("3").build())
                .build();
        assertThat(findings(linkedToQuality, "INDICATOR_TARGET_MISMATCH")).isEmpty();
        Project inPercent = Project.builder()
                .name("โครงการ")
                .fiscalYear(FY2569)
                .addTargets(teachers)
                .addIndicator(
                        kpi.linkedTargetNumber("1").unit(IndicatorUnit.PERCENT).build())
                .build();
        assertThat(findings(inPercent, "INDICATOR_TARGET_MISMATCH")).isEmpty();
    }

    @Test
    void aResidualLevelThatDisagreesIsReported() {
        Risk risk = Risk.builder()
                .description("ความเสี่ยง")
                .residual(RiskRating.of(1, 1, "สูง"))
                .build();
        assertThat(findings(
                        Project.builder()
                                .name("โครงการ")
                                .fiscalYear(FY2569)
                                .addRisk(risk)
                                .build(),
                        "RISK_LEVEL_MISMATCH"))
                .extracting(Finding::path)
                .containsExactly("/risks/0/residual/statedLevel");
    }
}
