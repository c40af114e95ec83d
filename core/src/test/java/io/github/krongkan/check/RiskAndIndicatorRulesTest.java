package io.github.krongkan.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.indicator.ChangeBasis;
import io.github.krongkan.indicator.Direction;
import io.github.krongkan.indicator.Formula;
import io.github.krongkan.indicator.Indicator;
import io.github.krongkan.indicator.IndicatorTarget;
import io.github.krongkan.indicator.IndicatorUnit;
import io.github.krongkan.indicator.Measure;
import io.github.krongkan.indicator.Measurement;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.Target;
import io.github.krongkan.risk.Risk;
import io.github.krongkan.risk.RiskMatrix;
import io.github.krongkan.risk.RiskRating;
import io.github.krongkan.risk.RiskResponse;
import io.github.krongkan.time.FiscalYear;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiskAndIndicatorRulesTest {
    private static final FiscalYear FY2569 = FiscalYear.ofBuddhistEra(2569);

    private static Project.Builder project() {
        return Project.builder().name("โครงการ").fiscalYear(FY2569);
    }

    private static List<Finding> findings(Project project, String code) {
        return ProjectCheck.standard().check(project).stream()
                .filter(f -> f.code().equals(code))
                .toList();
    }

    private static Risk rated(int likelihood, int impact, String stated) {
        return Risk.builder()
                .description("ความเสี่ยง")
                .inherent(RiskRating.of(likelihood, impact, stated))
                .response(RiskResponse.REDUCE)
                .build();
    }

    @Test
    void seed000RiskAgreesWithTheDefaultMatrix() {
        Project p = project()
                .addRisk(Risk.builder()
                        .description("ผู้เข้าร่วมโครงการอาจมีภารกิจซ้ำซ้อน")
                        .inherent(RiskRating.of(2, 1, "2 (น้อย)"))
                        .responseText("ประชาสัมพันธ์การดำเนินงานล่วงหน้าเป็นระยะเวลานาน")
                        .build())
                .build();
        assertThat(ProjectCheck.standard().check(p)).isEmpty();
    }

    @Test
    void statedLevelThatDisagreesIsReported() {
        Project p = project()
                .addRisks(rated(2, 1, "2 (น้อย)"), rated(2, 3, "5 (ปานกลาง)"), rated(4, 3, "12 (ปานกลาง)"))
                .build();
        List<Finding> found = findings(p, "RISK_LEVEL_MISMATCH");
        assertThat(found).hasSize(2);
        assertThat(found.get(0).path()).isEqualTo("/risks/1/inherent/statedLevel");
        assertThat(found.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(found.get(0).expected()).contains("6 (ปานกลาง, medium)");
        assertThat(found.get(0).actual()).contains("5 (ปานกลาง)");
        assertThat(found.get(0).message()).contains("2 × 3 = 6 medium (ปานกลาง)");
        assertThat(found.get(1).path()).isEqualTo("/risks/2/inherent/statedLevel");
        assertThat(found.get(1).expected()).contains("12 (สูง, high)");
        assertThat(found.get(1).messageThai()).contains("4 × 3 = 12 (สูง)");
    }

    @Test
    void statedLevelsWithBothWordsOrAUnitAreNoMismatch() {
        Project p = project()
                .addRisks(
                        rated(2, 1, "2 (ต่ำ/น้อย)"),
                        rated(2, 1, "2 คะแนน (น้อย)"),
                        rated(2, 1, "๒ คะแนน (ต่ำ / น้อย)"),
                        rated(2, 1, "2 คะแนน (ต่ำ/ปานกลาง)"),
                        rated(2, 3, "2 คะแนน (น้อย)"))
                .build();
        assertThat(findings(p, "RISK_LEVEL_MISMATCH"))
                .as("only the real mismatches")
                .extracting(Finding::path)
                .containsExactly("/risks/3/inherent/statedLevel", "/risks/4/inherent/statedLevel");
    }

    @Test
    void theProjectsMatrixDecides() {
        Risk stated = rated(2, 2, "4 (ต่ำ)");
        assertThat(findings(project().addRisk(stated).build(), "RISK_LEVEL_MISMATCH"))
                .hasSize(1);
        assertThat(findings(
                        project()
                                .riskMatrix(RiskMatrix.FIVE_BY_FIVE_WIDE_LOW)
                                .addRisk(stated)
                                .build(),
                        "RISK_LEVEL_MISMATCH"))
                .isEmpty();
        Risk current = Risk.builder()
                .description("x")
                .current(RiskRating.of(1, 1, "สูง"))
                .build();
        assertThat(findings(project().addRisk(current).build(), "RISK_LEVEL_MISMATCH"))
                .extracting(Finding::path)
                .containsExactly("/risks/0/current/statedLevel");
    }

    @Test
    void highRisksNeedAResponse() {
        Project p = project()
                .addRisks(
                        Risk.of("สูง ไม่มีแนวทาง", 3, 3),
                        Risk.of("ต่ำ ไม่มีแนวทาง", 1, 2),
                        Risk.builder()
                                .from(Risk.of("สูงมาก มีแนวทาง", 5, 5))
                                .response(RiskResponse.ACCEPT)
                                .build(),
                        Risk.builder()
                                .from(Risk.of("มีข้อความ", 4, 4))
                                .responseText("จัดทำปฏิทิน")
                                .build(),
                        Risk.builder()
                                .description("ปัจจุบันสูง")
                                .current(RiskRating.of(5, 4))
                                .build())
                .build();
        List<Finding> found = findings(p, "RISK_WITHOUT_RESPONSE");
        assertThat(found).extracting(Finding::path).containsExactly("/risks/0", "/risks/4");
        assertThat(found.get(0).message()).isEqualTo("The risk is high (3 × 3 = 9 high (สูง)) but has no response");
        assertThat(found.get(0).messageThai()).contains("ความเสี่ยงระดับสูง");
    }

    @Test
    void residualWorseThanInherentIsReported() {
        Risk worse = Risk.builder()
                .description("x")
                .inherent(RiskRating.of(2, 2))
                .residual(RiskRating.of(3, 3))
                .response(RiskResponse.REDUCE)
                .build();
        Risk sameLevelHigherScore = Risk.builder()
                .description("y")
                .inherent(RiskRating.of(1, 2))
                .residual(RiskRating.of(3, 1))
                .build();
        Risk better = Risk.builder()
                .description("z")
                .inherent(RiskRating.of(4, 4))
                .residual(RiskRating.of(2, 2))
                .response(RiskResponse.REDUCE)
                .build();
        Project p = project().addRisks(worse, sameLevelHigherScore, better).build();
        List<Finding> found = findings(p, "RESIDUAL_RISK_ABOVE_INHERENT");
        assertThat(found).extracting(Finding::path).containsExactly("/risks/0/residual", "/risks/1/residual");
        assertThat(found.get(0).actual()).contains("3 × 3 = 9 high (สูง)");
        assertThat(found.get(0).expected()).contains("at most 2 × 2 = 4 medium (ปานกลาง)");
    }

    private static Indicator.Builder percentKpi() {
        return Indicator.builder()
                .name("ร้อยละของโรงเรียน")
                .measure(Measure.PERCENTAGE)
                .formula(Formula.percentage())
                .direction(Direction.AT_LEAST)
                .addTarget(IndicatorTarget.of(BigDecimal.valueOf(90)));
    }

    @Test
    void impossibleValuesAreErrors() {
        Indicator kpi = percentKpi()
                .addMeasurements(
                        Measurement.builder()
                                .subjectId("a")
                                .numerator(BigDecimal.valueOf(6))
                                .denominator(BigDecimal.valueOf(5))
                                .build(),
                        Measurement.builder()
                                .subjectId("b")
                                .numerator(BigDecimal.valueOf(5))
                                .denominator(BigDecimal.valueOf(5))
                                .build(),
                        Measurement.builder()
                                .subjectId("c")
                                .numerator(BigDecimal.ZERO)
                                .denominator(BigDecimal.ZERO)
                                .build())
                .build();
        Indicator reported = Indicator.builder()
                .name("ร้อยละที่รายงาน")
                .measure(Measure.PERCENTAGE)
                .addMeasurements(
                        Measurement.builder()
                                .subjectId("a")
                                .reportedValue(BigDecimal.valueOf(120))
                                .build(),
                        Measurement.builder()
                                .subjectId("b")
                                .reportedValue(BigDecimal.valueOf(100))
                                .build())
                .build();
        Indicator level = Indicator.builder()
                .name("ระดับความสำเร็จ")
                .measure(Measure.ORDINAL_LEVEL)
                .formula(Formula.count())
                .addMeasurements(
                        Measurement.builder()
                                .subjectId("a")
                                .numerator(BigDecimal.valueOf(6))
                                .build(),
                        Measurement.builder()
                                .subjectId("b")
                                .numerator(BigDecimal.valueOf(5))
                                .build())
                .build();
        Indicator count = Indicator.builder()
                .name("จำนวน")
                .measure(Measure.COUNT)
                .addMeasurement(Measurement.reported(BigDecimal.valueOf(-3)))
                .build();
        Project p = project().addIndicators(kpi, reported, level, count).build();
        List<Finding> found = findings(p, "INDICATOR_VALUE_IMPOSSIBLE");
        assertThat(found)
                .extracting(Finding::path)
                .containsExactly(
                        "/indicators/0/measurements/0/numerator",
                        "/indicators/1/measurements/0/reportedValue",
                        "/indicators/2/measurements/0",
                        "/indicators/3/measurements/0/reportedValue");
        assertThat(found).allMatch(f -> f.severity() == Severity.ERROR);
        assertThat(found.get(0).expected()).contains("at most 5");
        assertThat(found.get(0).actual()).contains("6");
        assertThat(found.get(1).expected()).contains("0 to 100");
        assertThat(found.get(2).expected()).contains("1 to 5");
        assertThat(found.get(3).expected()).contains("at least 0");
    }

    @Test
    void changesMayBeNegative() {
        Indicator reduction = Indicator.builder()
                .name("ลดลง")
                .measure(Measure.PERCENTAGE)
                .formula(Formula.change(ChangeBasis.RELATIVE))
                .baseline(BigDecimal.valueOf(50))
                .direction(Direction.REDUCE_BY_AT_LEAST)
                .addTarget(IndicatorTarget.of(BigDecimal.valueOf(2)))
                .addMeasurement(Measurement.count(BigDecimal.valueOf(40)))
                .build();
        assertThat(ProjectCheck.standard()
                        .check(project().addIndicator(reduction).build()))
                .isEmpty();
    }

    @Test
    void targetsWithoutADirectionAreReported() {
        Indicator noDirection = Indicator.builder()
                .name("x")
                .measure(Measure.COUNT)
                .addTarget(IndicatorTarget.of(BigDecimal.TEN))
                .build();
        Indicator noTargets =
                Indicator.builder().name("y").measure(Measure.COUNT).build();
        List<Finding> found = findings(
                project()
                        .addIndicators(percentKpi().build(), noDirection, noTargets)
                        .build(),
                "INDICATOR_TARGET_WITHOUT_DIRECTION");
        assertThat(found).extracting(Finding::path).containsExactly("/indicators/1");
        assertThat(found.get(0).messageThai()).contains("ไม่น้อยกว่า");
    }

    @Test
    void seed004TargetOf200AssessorsAgainstAKpiOf100() {
        Target assessors = Target.builder()
                .from(Target.quantitative(
                        "จัดการประชุมปฏิบัติการพัฒนาศักยภาพผู้ประเมินคุณภาพสถานศึกษาตามมาตรฐานผู้ประเมิน จำนวน 200 คน",
                        BigDecimal.valueOf(200),
                        "คน"))
                .number("3.1.2")
                .build();
        Indicator kpi = Indicator.builder()
                .number("3")
                .name("จำนวนผู้ประเมินคุณภาพสถานศึกษาที่ได้รับการพัฒนาตามมาตรฐานผู้ประเมิน")
                .measure(Measure.COUNT)
                .unit(IndicatorUnit.PERSONS)
                .unitText("คน")
                .formula(Formula.count())
                .direction(Direction.AT_LEAST)
                .addTarget(IndicatorTarget.of(BigDecimal.valueOf(100)))
                .targetText("ผู้ประเมินคุณภาพสถานศึกษาจำนวน 100 คน ได้รับการพัฒนาตามมาตรฐานผู้ประเมิน")
                .linkedTargetNumber("3.1.2")
                .build();
        List<Finding> found =
                findings(project().addTarget(assessors).addIndicator(kpi).build(), "INDICATOR_TARGET_MISMATCH");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("/indicators/0/targets/0/value");
            assertThat(f.expected()).contains("200");
            assertThat(f.actual()).contains("100");
            assertThat(f.message())
                    .isEqualTo("The indicator's target 100 differs from the project target 3.1.2, 200 คน");
        });
        Indicator agreeing = Indicator.builder()
                .from(kpi)
                .targets(List.of(
                        IndicatorTarget.of(new BigDecimal("200.0")),
                        IndicatorTarget.of(FY2569.quarter(2), BigDecimal.valueOf(50))))
                .build();
        assertThat(findings(
                        project().addTarget(assessors).addIndicator(agreeing).build(), "INDICATOR_TARGET_MISMATCH"))
                .isEmpty();
        Indicator yearly = Indicator.builder()
                .from(kpi)
                .targets(List.of(IndicatorTarget.of(FY2569, BigDecimal.valueOf(150))))
                .build();
        assertThat(findings(project().addTarget(assessors).addIndicator(yearly).build(), "INDICATOR_TARGET_MISMATCH"))
                .hasSize(1);
        Indicator unlinked = Indicator.builder()
                .from(kpi)
                .linkedTargetNumber(java.util.Optional.empty())
                .build();
        assertThat(findings(
                        project().addTarget(assessors).addIndicator(unlinked).build(), "INDICATOR_TARGET_MISMATCH"))
                .isEmpty();
        Indicator percent =
                Indicator.builder().from(kpi).measure(Measure.PERCENTAGE).build();
        assertThat(findings(project().addTarget(assessors).addIndicator(percent).build(), "INDICATOR_TARGET_MISMATCH"))
                .isEmpty();
    }

    @Test
    void standardCheckListsTheNewRulesInOrder() {
        assertThat(ProjectCheck.standard().rules())
                .extracting(Rule::code)
                .containsSubsequence(
                        "PERIOD_OUTSIDE_FISCAL_YEAR",
                        "DUPLICATE_ITEM_NUMBER",
                        "RISK_LEVEL_MISMATCH",
                        "RISK_WITHOUT_RESPONSE",
                        "RESIDUAL_RISK_ABOVE_INHERENT",
                        "INDICATOR_VALUE_IMPOSSIBLE",
                        "INDICATOR_TARGET_WITHOUT_DIRECTION",
                        "INDICATOR_TARGET_MISMATCH");
    }
}
