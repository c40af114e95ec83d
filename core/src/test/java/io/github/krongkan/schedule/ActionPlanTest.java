package io.github.krongkan.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.time.FiscalMonth;
import io.github.krongkan.time.FiscalYear;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActionPlanTest {
    private static final FiscalYear FY2569 = FiscalYear.ofBuddhistEra(2569);

    private static FiscalMonth m(int number) {
        return FY2569.month(number);
    }

    @Test
    void equalStepsSpreadEvenly() {
        ActionPlan plan = ActionPlan.of(List.of(
                ActionStep.of("จัดสรรงบประมาณ", List.of(m(2))),
                ActionStep.of("ประชุม วางแผน", List.of(m(2), m(3))),
                ActionStep.of("ดำเนินงานตามโครงการ", List.of(m(4), m(5), m(6), m(7), m(8))),
                ActionStep.of("รายงานสรุปผล", List.of(m(9)))));
        ProgressCurve curve = plan.plannedCurve();
        // Nov: 1/4 + 1/2 * 1/4 = 37.5 %; Dec: + 1/8 = 50 %; Jan–May: +5 % each; Jun: 100 %.
        assertThat(curve.points())
                .containsExactly(
                        Map.entry(m(2), new BigDecimal("37.50")), Map.entry(m(3), new BigDecimal("50.00")),
                        Map.entry(m(4), new BigDecimal("55.00")), Map.entry(m(5), new BigDecimal("60.00")),
                        Map.entry(m(6), new BigDecimal("65.00")), Map.entry(m(7), new BigDecimal("70.00")),
                        Map.entry(m(8), new BigDecimal("75.00")), Map.entry(m(9), new BigDecimal("100.00")));
        assertThat(curve.at(m(1))).isEqualByComparingTo("0");
        assertThat(curve.at(m(12))).isEqualByComparingTo("100");
        assertThat(curve.at(YearMonth.of(2026, 1).atDay(15))).isEqualByComparingTo("55.00");
    }

    @Test
    void weightsShiftTheCurve() {
        ActionPlan plan = ActionPlan.of(List.of(
                ActionStep.builder()
                        .description("ก")
                        .addPlannedMonth(m(1))
                        .weight(new BigDecimal("1"))
                        .build(),
                ActionStep.builder()
                        .description("ข")
                        .addPlannedMonth(m(2))
                        .weight(new BigDecimal("3"))
                        .build()));
        assertThat(plan.plannedCurve().at(m(1))).isEqualByComparingTo("25");
        assertThat(plan.plannedCurve().at(m(2))).isEqualByComparingTo("100");
    }

    @Test
    void gridShowsPlannedAndActual() {
        ActionStep step = ActionStep.builder()
                .description("ประชุม")
                .addPlannedMonths(m(2), m(3))
                .addActualMonths(m(3), m(4))
                .build();
        MonthGrid grid = ActionPlan.of(List.of(step)).grid();
        assertThat(grid.months()).hasSize(12);
        assertThat(grid.rows().get(0).cells().subList(0, 5))
                .containsExactly(
                        MonthGrid.Cell.EMPTY,
                        MonthGrid.Cell.PLANNED,
                        MonthGrid.Cell.PLANNED_AND_ACTUAL,
                        MonthGrid.Cell.ACTUAL,
                        MonthGrid.Cell.EMPTY);
    }

    @Test
    void stepsAcrossTheFiscalYearEndAreAllowed() {
        ActionStep step = ActionStep.of("ต่อเนื่อง", List.of(m(12), m(12).next()));
        assertThat(ActionPlan.of(List.of(step)).grid().months()).hasSize(24);
    }

    @Test
    void gridReachesTheLastSupportedFiscalYear() {
        FiscalYear last = FiscalYear.MAX;
        FiscalYear before = last.minusYears(1);
        ActionStep step = ActionStep.builder()
                .description("ปีสุดท้าย")
                .addPlannedMonths(before.month(12), last.month(1))
                .addActualMonths(last.month(12))
                .build();
        MonthGrid grid = ActionPlan.of(List.of(step)).grid();
        assertThat(grid.months()).hasSize(24);
        assertThat(grid.months().get(0)).isEqualTo(before.month(1));
        assertThat(grid.months().get(23)).isEqualTo(last.month(12));
        List<MonthGrid.Cell> cells = grid.rows().get(0).cells();
        assertThat(cells.get(11)).isEqualTo(MonthGrid.Cell.PLANNED);
        assertThat(cells.get(12)).isEqualTo(MonthGrid.Cell.PLANNED);
        assertThat(cells.get(23)).isEqualTo(MonthGrid.Cell.ACTUAL);
        ActionStep onlyTheLastYear = ActionStep.of("ปีสุดท้ายเท่านั้น", List.of(last.month(6)));
        assertThat(ActionPlan.of(List.of(onlyTheLastYear)).grid().months()).isEqualTo(last.months());
    }

    @Test
    void refusesWhatCannotBe() {
        assertThatThrownBy(() -> ActionStep.of(" ", List.of())).hasMessageContaining("description");
        assertThatThrownBy(() -> ActionStep.of("x", List.of(m(3), m(2)))).hasMessageContaining("chronological");
        assertThatThrownBy(() -> ActionStep.of("x", List.of(m(3), m(3)))).hasMessageContaining("without repeats");
        assertThatThrownBy(() -> ActionStep.builder()
                        .description("x")
                        .weight(BigDecimal.ONE.negate())
                        .build())
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> ActionPlan.of(List.of(
                        ActionStep.builder()
                                .description("a")
                                .weight(BigDecimal.ONE)
                                .build(),
                        ActionStep.builder().description("b").build())))
                .hasMessageContaining("every step has a weight or none");
        assertThat(ActionStep.builder()
                        .description("x")
                        .weight(new BigDecimal("1E+1"))
                        .build()
                        .weight())
                .contains(new BigDecimal("10"));
    }

    @Test
    void curvesRefuseDecreasesAndValuesOutOfRange() {
        assertThatThrownBy(() -> ProgressCurve.of(Map.of(m(1), new BigDecimal("20"), m(2), new BigDecimal("10"))))
                .hasMessageContaining("never decreases");
        assertThatThrownBy(() -> ProgressCurve.of(Map.of(m(1), new BigDecimal("101"))))
                .hasMessageContaining("between 0 and 100");
    }
}
