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
import io.github.krongkan.time.FiscalYear;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** INDICATOR_TARGET_IMPOSSIBLE, INDICATOR_TARGET_UNREACHABLE and percent-unit results. */
class IndicatorTargetRulesTest {
    private static final FiscalYear FY2569 = FiscalYear.ofBuddhistEra(2569);

    private static List<Finding> findings(Indicator indicator, String code) {
        Project project = Project.builder()
                .name("โครงการ")
                .fiscalYear(FY2569)
                .addIndicators(indicator)
                .build();
        return ProjectCheck.standard().check(project).stream()
                .filter(f -> f.code().equals(code))
                .toList();
    }

    private static Indicator.Builder percentage(long target, Direction direction) {
        return Indicator.builder()
                .name("ร้อยละของโรงเรียนที่ผ่านเกณฑ์")
                .measure(Measure.PERCENTAGE)
                .unit(IndicatorUnit.PERCENT)
                .formula(Formula.percentage())
                .direction(direction)
                .addTargets(IndicatorTarget.of(BigDecimal.valueOf(target)));
    }

    private static Indicator change(
            Measure measure, ChangeBasis basis, Direction direction, String baseline, String target) {
        return Indicator.builder()
                .name("ร้อยละของนักเรียนที่อ่านไม่ออก")
                .measure(measure)
                .formula(Formula.change(basis))
                .direction(direction)
                .baseline(new BigDecimal(baseline))
                .addTargets(IndicatorTarget.of(new BigDecimal(target)))
                .build();
    }

    // ---------------------------------------------------------------- INDICATOR_TARGET_IMPOSSIBLE

    @Test
    void atLeast120PercentIsAnImpossibleTarget() {
        List<Finding> found = findings(percentage(120, Direction.AT_LEAST).build(), "INDICATOR_TARGET_IMPOSSIBLE");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("/indicators/0/targets/0/value");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.expected()).contains("0 to 100");
            assertThat(f.actual()).contains("120");
            assertThat(f.messageThai()).contains("ไม่น้อยกว่า").contains("120");
        });
    }

    @Test
    void negativePercentageTargetAndTheBoundsThemselves() {
        assertThat(findings(percentage(-5, Direction.AT_MOST).build(), "INDICATOR_TARGET_IMPOSSIBLE"))
                .hasSize(1);
        assertThat(findings(percentage(100, Direction.EXACTLY).build(), "INDICATOR_TARGET_IMPOSSIBLE"))
                .isEmpty();
        assertThat(findings(percentage(0, Direction.AT_MOST).build(), "INDICATOR_TARGET_IMPOSSIBLE"))
                .isEmpty();
    }

    @Test
    void unitPercentMakesAPercentageWhateverTheMeasure() {
        Indicator reported = Indicator.builder()
                .name("สถานศึกษาที่ส่งข้อมูล")
                .measure(Measure.COUNT)
                .unit(IndicatorUnit.PERCENT)
                .direction(Direction.AT_LEAST)
                .addTargets(IndicatorTarget.of(BigDecimal.valueOf(180)))
                .addMeasurements(Measurement.builder()
                        .reportedValue(BigDecimal.valueOf(150))
                        .build())
                .build();
        assertThat(findings(reported, "INDICATOR_TARGET_IMPOSSIBLE")).hasSize(1);
        assertThat(findings(reported, "INDICATOR_VALUE_IMPOSSIBLE"))
                .singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo("/indicators/0/measurements/0/reportedValue"));
    }

    @Test
    void levelsAndCountsHaveTheirOwnScales() {
        Indicator level = Indicator.builder()
                .name("ระดับคุณภาพ")
                .measure(Measure.ORDINAL_LEVEL)
                .direction(Direction.AT_LEAST)
                .addTargets(IndicatorTarget.of(BigDecimal.valueOf(6)))
                .build();
        Indicator count = Indicator.builder()
                .name("จำนวนโรงเรียน")
                .measure(Measure.COUNT)
                .direction(Direction.AT_LEAST)
                .addTargets(IndicatorTarget.of(BigDecimal.valueOf(-1)))
                .build();
        Indicator many = Indicator.builder()
                .from(count)
                .targets(List.of(IndicatorTarget.of(BigDecimal.valueOf(5000))))
                .build();
        assertThat(findings(level, "INDICATOR_TARGET_IMPOSSIBLE")).hasSize(1);
        assertThat(findings(count, "INDICATOR_TARGET_IMPOSSIBLE")).hasSize(1);
        assertThat(findings(many, "INDICATOR_TARGET_IMPOSSIBLE")).isEmpty();
    }

    @Test
    void changeTargetsAreNotLevels() {
        Indicator rise = change(Measure.PERCENTAGE, ChangeBasis.RELATIVE, Direction.INCREASE_BY_AT_LEAST, "10", "150");
        assertThat(findings(rise, "INDICATOR_TARGET_IMPOSSIBLE")).isEmpty();
        assertThat(findings(rise, "INDICATOR_TARGET_UNREACHABLE")).isEmpty();
    }

    // ---------------------------------------------------------------- INDICATOR_TARGET_UNREACHABLE

    @Test
    void reducingByMoreThanTheBaselineIsUnreachable() {
        Indicator points = change(Measure.PERCENTAGE, ChangeBasis.ABSOLUTE, Direction.REDUCE_BY_AT_LEAST, "2", "3");
        assertThat(findings(points, "INDICATOR_TARGET_UNREACHABLE"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.path()).isEqualTo("/indicators/0/targets/0/value");
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.message()).contains("baseline 2").contains("at most 2");
                    assertThat(f.messageThai()).contains("ค่าฐาน 2");
                    assertThat(f.expected()).contains("at most 2");
                });
        Indicator reachable = change(Measure.PERCENTAGE, ChangeBasis.ABSOLUTE, Direction.REDUCE_BY_AT_LEAST, "2", "2");
        assertThat(findings(reachable, "INDICATOR_TARGET_UNREACHABLE")).isEmpty();
    }

    @Test
    void aRelativeReductionAbove100PercentIsUnreachable() {
        assertThat(findings(
                        change(Measure.COUNT, ChangeBasis.RELATIVE, Direction.REDUCE_BY_AT_LEAST, "40", "120"),
                        "INDICATOR_TARGET_UNREACHABLE"))
                .hasSize(1);
        assertThat(findings(
                        change(Measure.COUNT, ChangeBasis.RELATIVE, Direction.REDUCE_BY_AT_LEAST, "40", "2"),
                        "INDICATOR_TARGET_UNREACHABLE"))
                .isEmpty();
    }

    @Test
    void aRiseAboveTheTopOfTheScaleIsUnreachable() {
        assertThat(findings(
                        change(Measure.PERCENTAGE, ChangeBasis.ABSOLUTE, Direction.INCREASE_BY_AT_LEAST, "95", "10"),
                        "INDICATOR_TARGET_UNREACHABLE"))
                .singleElement()
                .satisfies(f -> assertThat(f.expected()).contains("at most 5"));
        assertThat(findings(
                        change(Measure.PERCENTAGE, ChangeBasis.RELATIVE, Direction.INCREASE_BY_AT_LEAST, "80", "30"),
                        "INDICATOR_TARGET_UNREACHABLE"))
                .singleElement()
                .satisfies(f -> assertThat(f.expected()).contains("at most 25"));
        assertThat(findings(
                        change(Measure.ORDINAL_LEVEL, ChangeBasis.ABSOLUTE, Direction.INCREASE_BY_AT_LEAST, "4", "1"),
                        "INDICATOR_TARGET_UNREACHABLE"))
                .isEmpty();
        assertThat(findings(
                        change(Measure.COUNT, ChangeBasis.ABSOLUTE, Direction.INCREASE_BY_AT_LEAST, "4", "1000"),
                        "INDICATOR_TARGET_UNREACHABLE"))
                .as("a count has no top")
                .isEmpty();
    }

    @Test
    void aNegativeChangeTargetPointsTheOtherWay() {
        assertThat(findings(
                        change(Measure.NOMINAL, ChangeBasis.ABSOLUTE, Direction.INCREASE_BY_AT_LEAST, "4", "-1"),
                        "INDICATOR_TARGET_UNREACHABLE"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("asks for a fall"));
    }

    @Test
    void aBaselineOffTheScaleOrOfZeroIsLeftAlone() {
        assertThat(findings(
                        change(Measure.PERCENTAGE, ChangeBasis.ABSOLUTE, Direction.REDUCE_BY_AT_LEAST, "140", "150"),
                        "INDICATOR_TARGET_UNREACHABLE"))
                .isEmpty();
        assertThat(findings(
                        change(Measure.PERCENTAGE, ChangeBasis.RELATIVE, Direction.REDUCE_BY_AT_LEAST, "0", "150"),
                        "INDICATOR_TARGET_UNREACHABLE"))
                .isEmpty();
    }
}
