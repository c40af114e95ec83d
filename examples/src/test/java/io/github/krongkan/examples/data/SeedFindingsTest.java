package io.github.krongkan.examples.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.krongkan.budget.AllocationShare;
import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.BudgetAllocation;
import io.github.krongkan.budget.BudgetCategory;
import io.github.krongkan.budget.BudgetLine;
import io.github.krongkan.budget.BudgetSource;
import io.github.krongkan.budget.BudgetSourceKind;
import io.github.krongkan.budget.NetworkMoney;
import io.github.krongkan.check.Finding;
import io.github.krongkan.check.ProjectCheck;
import io.github.krongkan.indicator.Achievement;
import io.github.krongkan.indicator.Indicator;
import io.github.krongkan.indicator.IndicatorType;
import io.github.krongkan.indicator.Instrument;
import io.github.krongkan.json.KrongkanJson;
import io.github.krongkan.money.Baht;
import io.github.krongkan.money.BahtText;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.Project;
import io.github.krongkan.schedule.ActionPlan;
import io.github.krongkan.schedule.ActionStep;
import io.github.krongkan.time.FiscalMonth;
import io.github.krongkan.time.FiscalYear;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The standard check over every bundled seed finds exactly the mistakes of its source document
 * (DOMAIN.md, "What each seed teaches"), and the parts of the sources the documents carry are there.
 */
class SeedFindingsTest {
    private static final Path DATA = Path.of("data");

    private static final Map<String, List<String>> CODES = Map.of(
            "000-bang-khen-network-19.json", List.of(),
            "001-lat-krabang-fy2564-tracking.json",
                    List.of("COMPLETE_WITHOUT_DISBURSEMENT", "RETURNED_WHILE_ON_TARGET"),
            "002-bueng-kum-fy2564-tracking.json",
                    List.of(
                            "REPORTS_NOT_IN_DATE_ORDER",
                            "REPORT_DATE_MONTH_FIRST",
                            "PROGRESS_DECREASED",
                            "REPORT_AFTER_CANCELLATION",
                            "REPORT_AFTER_CANCELLATION",
                            "INDICATOR_RESULT_ON_CANCELLED_PROJECT"),
            "003-samut-prakan-2-reading.json", List.of(),
            "004-samut-prakan-2-quality-assurance.json",
                    List.of(
                            "BUDGET_LINE_ARITHMETIC_MISMATCH",
                            "BUDGET_LINE_ARITHMETIC_MISMATCH",
                            "BUDGET_SUBTOTAL_MISMATCH",
                            "BUDGET_SUBTOTAL_MISMATCH",
                            "BUDGET_EXCEEDS_RECEIVED",
                            "INDICATOR_TARGET_MISMATCH"));

    private static Project seed(String name) {
        return KrongkanJson.readProject(DATA.resolve(name));
    }

    @Test
    void everySeedGivesExactlyThePlantedFindings() {
        assertThat(DATA.toFile().list((d, n) -> n.endsWith(".json")))
                .containsExactlyInAnyOrderElementsOf(CODES.keySet());
        CODES.forEach((name, codes) -> assertThat(ProjectCheck.standard().check(seed(name)))
                .as(name)
                .extracting(Finding::code)
                .containsExactlyElementsOf(codes));
    }

    @Test
    void seed000HasItsLumpSumAsWrittenAndItsFiveStepsWithoutTheLostMonthMarks() {
        Project project = seed("000-bang-khen-network-19.json");
        Budget budget = project.budget().orElseThrow();
        assertThat(budget.activities()).singleElement().satisfies(a -> {
            assertThat(a.targetGroup()).contains("เครือข่ายโรงเรียนที่ 19");
            assertThat(a.lines()).singleElement().satisfies(line -> {
                assertThat(line.isLumpSum()).isTrue();
                assertThat(line.item()).contains("ค่าวัสดุอุปกรณ์");
                assertThat(line.category()).contains(BudgetCategory.MATERIALS);
                assertThat(line.statedAmount()).contains(Baht.ofBaht(90_000));
                assertThat(line.legalReference().orElseThrow()).contains("การบริหารพัสดุภาครัฐ พ.ศ.2560");
            });
        });
        assertThat(budget.statedTotal()).contains(Baht.read("90,000.-"));
        assertThat(BahtText.matches(
                        budget.statedTotal().get(),
                        budget.amountInWords().orElseThrow().replaceAll("[()]", "")))
                .isTrue();
        ActionPlan plan = project.actionPlan().orElseThrow();
        assertThat(plan.steps()).extracting(s -> s.number().orElseThrow()).containsExactly("1", "2", "3", "4", "5");
        assertThat(plan.steps().get(0).description()).isEqualTo("จัดสรรงบประมาณให้ผู้ประสานงานเครือข่ายโรงเรียนที่ 19");
        assertThat(plan.steps()).allSatisfy(s -> assertThat(s.plannedMonths()).isEmpty());
        assertThat(project.notes()).anyMatch(n -> n.contains("marks in the month cells did not survive"));
    }

    @Test
    void seed001HasTheMoneyOfItsFourNetworksOneDisbursedThreeReturned() {
        Project project = seed("001-lat-krabang-fy2564-tracking.json");
        BudgetAllocation allocation =
                project.budget().orElseThrow().allocations().get(0);
        assertThat(allocation.shares())
                .extracting(s -> s.name().orElseThrow(), AllocationShare::amount)
                .containsExactly(
                        tuple("เครือข่ายที่ 1", Baht.ofBaht(90_000)),
                        tuple("เครือข่ายที่ 2", Baht.ofBaht(90_000)),
                        tuple("เครือข่ายที่ 3", Baht.ofBaht(90_000)),
                        tuple("เครือข่ายที่ 4", Baht.ofBaht(90_000)));
        ProgressReport report11 = project.progressReports().get(10);
        assertThat(report11.date()).isEqualTo(LocalDate.of(2021, 8, 29));
        List<NetworkMoney> lines = report11.networkMoney();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).party()).contains("เครือข่ายที่ 1");
        assertThat(lines.get(0).note()).contains("เบิกจ่ายได้");
        assertThat(lines.get(0).hasReturn()).isFalse();
        assertThat(lines.subList(1, 4)).allSatisfy(line -> {
            assertThat(line.returned()).contains(Baht.ofBaht(90_000));
            assertThat(line.reason()).contains("ส่งเงินงบประมาณคืน");
            assertThat(line.disbursed()).isEmpty();
        });
        assertThat(project.progressReports())
                .filteredOn(r -> r != report11)
                .allSatisfy(r -> assertThat(r.networkMoney()).isEmpty());
        assertThat(project.notes()).noneMatch(n -> n.contains("the ledger records no returns"));
    }

    @Test
    void seed004HasItsThreeFundingSourcesWithTheBlankOneWithoutAnAmount() {
        Budget budget =
                seed("004-samut-prakan-2-quality-assurance.json").budget().orElseThrow();
        assertThat(budget.source().orElseThrow().kind()).isEqualTo(BudgetSourceKind.ANNUAL_BUDGET);
        assertThat(budget.fundingSources())
                .extracting(BudgetSource::kind, BudgetSource::amount)
                .containsExactly(
                        tuple(BudgetSourceKind.ANNUAL_BUDGET, Optional.of(Baht.ofBaht(120_000))),
                        tuple(BudgetSourceKind.OBEC, Optional.empty()),
                        tuple(BudgetSourceKind.OTHER, Optional.of(Baht.ZERO)));
        assertThat(budget.fundingSources())
                .allSatisfy(s -> assertThat(s.fiscalYear()).contains(FiscalYear.ofBuddhistEra(2560)));
        assertThat(budget.fundingSourcesTotal()).isEqualTo(budget.writtenAmount());
    }

    @Test
    void seed003HasItsStepsAndItsQuestionnaireIndicators() {
        Project project = seed("003-samut-prakan-2-reading.json");
        assertThat(project.actionPlan().orElseThrow().steps())
                .extracting(ActionStep::description)
                .containsExactly(
                        "จัดสรรงบประมาณ ให้แก่กลุ่มโรงเรียนเพื่อดำเนินการกลุ่มโรงเรียนละ 40,000 บาท 5 กลุ่มโรงเรียน เป็นเงิน 200,000 บาท",
                        "กลุ่มโรงเรียน ช่วยเหลือร่วมมือกับโรงเรียนภายในกลุ่มพัฒนาวิชาการ จัดกิจกรรมการแข่งขัน และพัฒนาครู");
        List<Indicator> kpis = project.indicators();
        assertThat(kpis)
                .extracting(k -> k.type().orElseThrow())
                .containsExactly(
                        IndicatorType.OUTPUT, IndicatorType.OUTPUT, IndicatorType.OUTCOME, IndicatorType.OUTCOME);
        assertThat(kpis).allSatisfy(k -> assertThat(k.instrument()).contains(Instrument.QUESTIONNAIRE));
        assertThat(kpis.get(0).targets())
                .singleElement()
                .satisfies(t -> assertThat(t.value()).isEqualByComparingTo("100"));
        assertThat(kpis.get(0).evaluate(BigDecimal.valueOf(100)).achievement()).isEqualTo(Achievement.MET);
    }

    @Test
    void seed004HasItsSevenMonthlyStepsItsTwoUnratedRisksAndItsKpiOf100AgainstTheTargetOf200() {
        Project project = seed("004-samut-prakan-2-quality-assurance.json");
        ActionPlan plan = project.actionPlan().orElseThrow();
        assertThat(plan.steps())
                .extracting(s -> s.plannedMonths().get(0).yearMonth())
                .containsExactly(
                        YearMonth.of(2016, 11),
                        YearMonth.of(2017, 1),
                        YearMonth.of(2017, 2),
                        YearMonth.of(2017, 4),
                        YearMonth.of(2017, 6),
                        YearMonth.of(2017, 7),
                        YearMonth.of(2017, 8));
        assertThat(plan.plannedCurve().at(FiscalMonth.of(YearMonth.of(2017, 8))))
                .isEqualByComparingTo("100");
        assertThat(project.risks()).extracting(r -> r.number().orElseThrow()).containsExactly("1.1", "1.2");
        assertThat(project.risks()).allSatisfy(r -> {
            assertThat(r.inherent()).isEmpty();
            assertThat(r.responseText()).contains("จัดทำปฏิทินการปฏิบัติการที่ชัดเจนและแจ้งให้ทุกโรงเรียนทราบ");
        });
        assertThat(project.indicators()).hasSize(9);
        Indicator assessors = project.indicators().get(2);
        assertThat(assessors.linkedTargetNumber()).contains("3.1.2");
        assertThat(assessors.targets().get(0).value()).isEqualByComparingTo("100");
        assertThat(project.targets())
                .filteredOn(t -> t.number().equals(Optional.of("3.1.2")))
                .singleElement()
                .satisfies(t -> assertThat(t.quantity().orElseThrow()).isEqualByComparingTo("200"));
        BudgetLine copies =
                project.budget().orElseThrow().activities().get(0).lines().get(3);
        assertThat(copies.computedAmount()).contains(Baht.ofBaht(16_000));
        assertThat(copies.statedAmount()).contains(Baht.ofBaht(13_000));
    }
}
