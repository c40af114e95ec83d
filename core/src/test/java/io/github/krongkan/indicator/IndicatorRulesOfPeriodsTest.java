package io.github.krongkan.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.time.FiscalMonth;
import io.github.krongkan.time.FiscalPeriod;
import io.github.krongkan.time.FiscalQuarter;
import io.github.krongkan.time.FiscalYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Targets and measurements of periods, directions and formulas, and what indicators refuse. */
class IndicatorRulesOfPeriodsTest {
    private static final FiscalYear FY2569 = FiscalYear.ofBuddhistEra(2569);
    private static final FiscalPeriod YEAR = FY2569;

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static IndicatorTarget quarter(int number, String value) {
        return IndicatorTarget.of(FY2569.quarter(number), d(value));
    }

    private static IndicatorTarget month(int number, String value) {
        return IndicatorTarget.of(FY2569.month(number), d(value));
    }

    private static Indicator.Builder perPeriod() {
        return Indicator.builder()
                .name("จำนวนครูที่ได้รับการพัฒนา")
                .measure(Measure.COUNT)
                .formula(Formula.count())
                .accumulation(Accumulation.PER_PERIOD)
                .direction(Direction.AT_LEAST);
    }

    @Test
    void aPeriodWithoutItsOwnTargetFallsBackToTheWholeIndicator() {
        Indicator kpi = perPeriod()
                .addTargets(IndicatorTarget.of(d("500")), quarter(1, "20"))
                .build();
        assertThat(kpi.targetFor(FY2569.quarter(2))).contains(d("500"));
        assertThat(kpi.targetFor(FY2569.quarter(1))).contains(d("20"));
        assertThat(kpi.overallTarget()).contains(d("500"));
        assertThat(perPeriod().build().targetFor(YEAR)).isEmpty();
    }

    @Test
    void quarterTargetsThatCoverTheYearAddUpToItsTarget() {
        Indicator kpi = perPeriod()
                .addTargets(
                        IndicatorTarget.of(d("500")),
                        quarter(1, "10"),
                        quarter(2, "20"),
                        quarter(3, "30"),
                        quarter(4, "40"),
                        month(1, "7"))
                .build();
        assertThat(kpi.targetFor(YEAR)).contains(d("100"));
        Indicator cumulative = Indicator.builder()
                .from(kpi)
                .accumulation(Accumulation.CUMULATIVE)
                .build();
        assertThat(cumulative.targetFor(YEAR)).contains(d("40"));
        Indicator threeQuarters = perPeriod()
                .addTargets(IndicatorTarget.of(d("500")), quarter(1, "10"), quarter(2, "20"), quarter(3, "30"))
                .build();
        assertThat(threeQuarters.targetFor(YEAR)).contains(d("500"));
    }

    @Test
    void monthTargetsMakeQuarterAndYearTargets() {
        Indicator.Builder b = perPeriod();
        for (int m = 1; m <= 12; m++) {
            b.addTargets(month(m, Integer.toString(m)));
        }
        Indicator kpi = b.build();
        assertThat(kpi.targetFor(YEAR)).contains(d("78"));
        assertThat(kpi.targetFor(FY2569.quarter(1))).contains(d("6"));
        assertThat(kpi.targetFor(FY2569.quarter(4))).contains(d("33"));
        Indicator twoMonths =
                perPeriod().addTargets(month(1, "1"), month(2, "2")).build();
        assertThat(twoMonths.targetFor(FY2569.quarter(1))).isEmpty();
    }

    @Test
    void aMeasurementMadeFromShorterPeriodsKeepsItsSubject() {
        FiscalQuarter q1 = FY2569.quarter(1);
        Indicator kpi = perPeriod()
                .addMeasurements(
                        Measurement.builder()
                                .subjectId("a")
                                .period(q1)
                                .numerator(d("2"))
                                .build(),
                        Measurement.builder()
                                .subjectId("a")
                                .period(q1.next())
                                .numerator(d("3"))
                                .build())
                .build();
        Measurement year = kpi.measurementFor(YEAR, "a").orElseThrow();
        assertThat(year.subjectId()).contains("a");
        assertThat(year.period()).contains(YEAR);
        assertThat(year.numerator()).contains(d("5"));
        assertThat(kpi.measurementFor(YEAR)).isEmpty();
    }

    @Test
    void addingMeasurementsKeepsTheirPeriodOnlyWhenTheyShareIt() {
        FiscalPeriod q1 = FY2569.quarter(1);
        FiscalPeriod q2 = FY2569.quarter(2);
        Measurement a = Measurement.builder()
                .period(q1)
                .numerator(d("2"))
                .denominator(d("4"))
                .build();
        Measurement b = Measurement.builder()
                .period(q1)
                .numerator(d("1"))
                .denominator(d("4"))
                .build();
        Measurement c = Measurement.builder().period(q2).numerator(d("1")).build();
        assertThat(a.plus(b).period()).contains(q1);
        assertThat(a.plus(b).denominator()).contains(d("8"));
        assertThat(a.plus(c).period()).isEmpty();
        assertThat(a.plus(c).numerator()).contains(d("3"));
        assertThat(a.plus(c).denominator()).isEmpty();
        assertThat(Measurement.count(d("1")).plus(c).period()).isEmpty();
    }

    @Test
    void periodsKnowTheirYearQuarterMonthAndFirstDay() {
        FiscalPeriod november = FY2569.month(2);
        assertThat(november.fiscalYear()).isEqualTo(FY2569);
        assertThat(november)
                .isInstanceOfSatisfying(
                        FiscalMonth.class, m -> assertThat(m.quarter()).isEqualTo(FY2569.quarter(1)));
        assertThat(november.granularity()).isEqualTo(FiscalPeriod.Granularity.MONTH);
        assertThat(november.start()).isEqualTo(LocalDate.of(2025, 11, 1));
        assertThat(FY2569.quarter(2).granularity()).isEqualTo(FiscalPeriod.Granularity.QUARTER);
        assertThat(FY2569.quarter(2).start()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(YEAR.start()).isEqualTo(FY2569.start());
        assertThat(YEAR.fiscalYear()).isSameAs(YEAR);
    }

    @Test
    void directionsSayWhichWayIsBetter() {
        assertThat(Direction.AT_LEAST.isAscending()).isTrue();
        assertThat(Direction.AT_LEAST.isDescending()).isFalse();
        assertThat(Direction.INCREASE_BY_AT_LEAST.isAscending()).isTrue();
        assertThat(Direction.INCREASE_BY_AT_LEAST.isChange()).isTrue();
        assertThat(Direction.REDUCE_BY_AT_LEAST.isChange()).isTrue();
        assertThat(Direction.AT_LEAST.isChange()).isFalse();
        assertThat(Direction.AT_MOST.isDescending()).isTrue();
        assertThat(Direction.AT_MOST.isAscending()).isFalse();
        for (Direction direction : Direction.values()) {
            assertThat(direction.isAscending() && direction.isDescending())
                    .as(direction.name())
                    .isFalse();
        }
    }

    @Test
    void formulasThatDivide() {
        assertThat(Formula.percentage().usesDenominator()).isTrue();
        assertThat(Formula.mean().usesDenominator()).isTrue();
        assertThat(Formula.count().usesDenominator()).isFalse();
        assertThat(Formula.change(ChangeBasis.ABSOLUTE).usesDenominator()).isFalse();
        assertThat(Formula.mean().apply(Optional.of(d("9")), Optional.of(d("3")), Optional.empty()))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3"));
        assertThat(Formula.mean().apply(Optional.of(d("9")), Optional.of(BigDecimal.ZERO), Optional.empty()))
                .isEmpty();
    }

    @Test
    void blankTextsAreRefused() {
        Formula.Builder formula = Formula.builder().from(Formula.percentage());
        assertBlankRefused(() -> formula.text(" ").build(), "Formula text");
        assertBlankRefused(
                () -> Formula.builder()
                        .from(Formula.percentage())
                        .numeratorLabel(" ")
                        .build(),
                "numeratorLabel");
        assertBlankRefused(
                () -> Formula.builder()
                        .from(Formula.percentage())
                        .denominatorLabel(" ")
                        .build(),
                "denominatorLabel");

        assertBlankRefused(() -> perPeriod().name(" ").build(), "name");
        for (UnaryOperator<Indicator.Builder> blank : java.util.List.<UnaryOperator<Indicator.Builder>>of(
                b -> b.number(" "),
                b -> b.unitText(" "),
                b -> b.targetText(" "),
                b -> b.instrumentText(" "),
                b -> b.timeframe(" "),
                b -> b.linkedTargetNumber(" "))) {
            assertBlankRefused(() -> blank.apply(perPeriod()).build(), "Indicator");
        }

        assertBlankRefused(
                () -> Measurement.builder().subjectId(" ").numerator(d("1")).build(), "subjectId");
        assertThatThrownBy(() ->
                        Measurement.builder().subjectId(" a").numerator(d("1")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("white space");
        assertBlankRefused(
                () -> Measurement.builder()
                        .reportedValue(d("1"))
                        .reportedText(" ")
                        .build(),
                "reportedText");
        assertBlankRefused(
                () -> Measurement.builder().reportedValue(d("1")).note(" ").build(), "note");
        assertThatThrownBy(() -> Measurement.of(d("-1"), d("2")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("numerator");
        assertThatThrownBy(() -> Measurement.of(d("1"), d("-2")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("denominator");
    }

    @Test
    void decimalsWithANegativeScaleBecomePlainIntegers() {
        Measurement m = Measurement.of(d("1E+2"), d("2E+2"));
        assertThat(m.numerator().orElseThrow().scale()).isZero();
        assertThat(m.numerator().orElseThrow().toString()).isEqualTo("100");
        assertThat(m.denominator().orElseThrow().toString()).isEqualTo("200");
        assertThat(Measurement.reported(d("3E+1")).reportedValue().orElseThrow().toString())
                .isEqualTo("30");
        assertThat(Measurement.count(d("5")).numerator()).contains(d("5"));
    }

    private static void assertBlankRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable build, String what) {
        assertThatThrownBy(build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(what);
    }
}
