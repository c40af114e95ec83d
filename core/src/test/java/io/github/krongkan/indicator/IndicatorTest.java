package io.github.krongkan.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.network.Network;
import io.github.krongkan.network.NetworkDirectory;
import io.github.krongkan.network.Office;
import io.github.krongkan.network.OfficeKind;
import io.github.krongkan.network.RollUp;
import io.github.krongkan.network.School;
import io.github.krongkan.text.ThaiParseException;
import io.github.krongkan.time.FiscalMonth;
import io.github.krongkan.time.FiscalPeriod;
import io.github.krongkan.time.FiscalQuarter;
import io.github.krongkan.time.FiscalYear;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndicatorTest {
    static final FiscalYear FY2569 = FiscalYear.ofBuddhistEra(2569);

    /** Seed 000's KPI as the proposal states it. */
    static Indicator seed000Kpi() {
        return Indicator.builder()
                .name("ร้อยละของโรงเรียนในเครือข่ายที่ 19 ที่มีการพัฒนาคุณภาพเกี่ยวกับการแสดงผลงาน "
                        + "การคัดเลือกผู้นำทางวิชาการและการประกวดหรือแข่งขันความสามารถ")
                .type(IndicatorType.OUTPUT)
                .measure(Measure.PERCENTAGE)
                .unit(IndicatorUnit.PERCENT)
                .unitText("ร้อยละ")
                .formula(Formula.builder()
                        .kind(FormulaKind.RATIO)
                        .text(
                                "จำนวนโรงเรียนในเครือข่ายที่ 19 ที่มีผลงานตามเกณฑ์ที่กำหนด x 100/จำนวนโรงเรียนในเครือข่ายที่ 19 ทั้งหมด")
                        .numeratorLabel("จำนวนโรงเรียนในเครือข่ายที่ 19 ที่มีผลงานตามเกณฑ์ที่กำหนด")
                        .denominatorLabel("จำนวนโรงเรียนในเครือข่ายที่ 19 ทั้งหมด")
                        .build())
                .direction(Direction.AT_LEAST)
                .addTarget(IndicatorTarget.of(BigDecimal.valueOf(90)))
                .targetText("ร้อยละ 90")
                .timeframe("ตลอดปีงบประมาณ")
                .build();
    }

    /** Seed 003's "reading and writing problems reduced by at least 2 %", with an invented baseline. */
    static Indicator seed003Reduction() {
        return Indicator.builder()
                .name("การแก้ไขปัญหาการอ่านการเขียน ให้ลดลงอย่างน้อยร้อยละ 2")
                .type(IndicatorType.OUTCOME)
                .measure(Measure.COUNT)
                .unit(IndicatorUnit.PERSONS)
                .formula(Formula.change(ChangeBasis.RELATIVE))
                .baseline(BigDecimal.valueOf(250))
                .baselinePeriod(FiscalYear.ofBuddhistEra(2554))
                .direction(Direction.REDUCE_BY_AT_LEAST)
                .addTarget(IndicatorTarget.of(BigDecimal.valueOf(2)))
                .targetText("ลดลงอย่างน้อยร้อยละ 2")
                .instrument(Instrument.QUESTIONNAIRE)
                .instrumentText("สอบถาม / แบบสอบถาม")
                .build();
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void seed000KpiIsAPercentageOfSchoolsAtLeast90() {
        Indicator kpi = seed000Kpi();
        Evaluation all = kpi.evaluate(Measurement.of(5, 5));
        assertThat(all.value()).contains(d("100"));
        assertThat(all.target()).contains(d("90"));
        assertThat(all.achievement()).isEqualTo(Achievement.MET);
        assertThat(all.attainment()).contains(d("1.111111"));
        Evaluation four = kpi.evaluate(Measurement.of(4, 5));
        assertThat(four.value()).contains(d("80"));
        assertThat(four.isMet()).isFalse();
        assertThat(four.achievement()).isEqualTo(Achievement.NOT_MET);
        assertThat(four.attainment()).contains(d("0.888888"));
        assertThat(kpi.evaluate(Measurement.of(2, 3)).value()).contains(d("66.666667"));
    }

    @Test
    void missingOrZeroRawValuesGiveNoValue() {
        Indicator kpi = seed000Kpi();
        assertThat(kpi.evaluate(Measurement.of(0, 0)).achievement()).isEqualTo(Achievement.NO_VALUE);
        assertThat(kpi.value(Measurement.of(0, 0))).isEmpty();
        assertThat(kpi.value(Measurement.builder().numerator(BigDecimal.ONE).build()))
                .isEmpty();
        assertThat(kpi.value(Measurement.builder().denominator(BigDecimal.TEN).build()))
                .isEmpty();
        // A reported value stands only where there are no raw values at all.
        assertThat(kpi.value(Measurement.reported(d("92.50")))).contains(d("92.5"));
        assertThat(kpi.value(Measurement.builder()
                        .numerator(BigDecimal.ONE)
                        .reportedValue(d("92"))
                        .build()))
                .isEmpty();
        assertThat(kpi.value(Measurement.builder().build())).isEmpty();
        assertThat(kpi.value(Measurement.of(0, 5))).contains(BigDecimal.ZERO);
    }

    @Test
    void seed003ReductionByAtLeastTwoPercent() {
        Indicator reduction = seed003Reduction();
        Evaluation cut = reduction.evaluate(Measurement.count(BigDecimal.valueOf(240)));
        assertThat(cut.value()).contains(d("-4"));
        assertThat(cut.achievement()).isEqualTo(Achievement.MET);
        assertThat(cut.attainment()).contains(d("2"));
        Evaluation small = reduction.evaluate(Measurement.count(BigDecimal.valueOf(247)));
        assertThat(small.value()).contains(d("-1.2"));
        assertThat(small.achievement()).isEqualTo(Achievement.NOT_MET);
        assertThat(small.attainment()).contains(d("0.6"));
        Evaluation exactly = reduction.evaluate(Measurement.count(BigDecimal.valueOf(245)));
        assertThat(exactly.value()).contains(d("-2"));
        assertThat(exactly.isMet()).isTrue();
        Evaluation worse = reduction.evaluate(Measurement.count(BigDecimal.valueOf(255)));
        assertThat(worse.value()).contains(d("2"));
        assertThat(worse.isMet()).isFalse();
        assertThat(worse.attainment()).contains(d("-1"));
        assertThat(Direction.REDUCE_BY_AT_LEAST.isDescending()).isTrue();
        assertThat(Direction.REDUCE_BY_AT_LEAST.thai()).isEqualTo("ลดลงอย่างน้อย");
    }

    @Test
    void absoluteChangeAndOtherFormulas() {
        Indicator points = Indicator.builder()
                .name("ร้อยละนักเรียนที่อ่านไม่คล่อง")
                .measure(Measure.PERCENTAGE)
                .formula(Formula.change(ChangeBasis.ABSOLUTE))
                .baseline(d("12.5"))
                .direction(Direction.REDUCE_BY_AT_LEAST)
                .addTarget(IndicatorTarget.of(d("2")))
                .build();
        assertThat(points.evaluate(Measurement.count(d("10.0"))).value()).contains(d("-2.5"));
        assertThat(points.evaluate(Measurement.count(d("10.0"))).isMet()).isTrue();
        Indicator relativeFromZero = Indicator.builder()
                .from(points)
                .formula(Formula.change(ChangeBasis.RELATIVE))
                .baseline(BigDecimal.ZERO)
                .build();
        assertThat(relativeFromZero.value(Measurement.count(d("3")))).isEmpty();

        Indicator mean = Indicator.builder()
                .name("ความพึงพอใจ")
                .measure(Measure.ORDINAL_LEVEL)
                .formula(Formula.mean())
                .direction(Direction.AT_LEAST)
                .addTarget(IndicatorTarget.of(d("3.51")))
                .build();
        assertThat(mean.evaluate(Measurement.of(412, 100)).value()).contains(d("4.12"));
        assertThat(mean.evaluate(Measurement.of(412, 100)).isMet()).isTrue();

        Indicator assessors = Indicator.builder()
                .name("จำนวนผู้ประเมินคุณภาพสถานศึกษาที่ได้รับการพัฒนา")
                .measure(Measure.COUNT)
                .unit(IndicatorUnit.PERSONS)
                .formula(Formula.count())
                .direction(Direction.EXACTLY)
                .addTarget(IndicatorTarget.of(d("100")))
                .build();
        assertThat(assessors.evaluate(Measurement.count(d("100"))).attainment()).contains(BigDecimal.ONE);
        assertThat(assessors.evaluate(Measurement.count(d("101"))).isMet()).isFalse();

        Indicator perThousand = Indicator.builder()
                .name("อัตราต่อพันคน")
                .measure(Measure.COUNT)
                .formula(Formula.ratio(d("1E+3")))
                .build();
        assertThat(perThousand.formula().get().factor()).isEqualByComparingTo("1000");
        assertThat(perThousand.formula().get().factor().scale()).isZero();
        assertThat(perThousand.value(Measurement.of(3, 1500))).contains(d("2"));
    }

    @Test
    void withoutATargetOrADirectionThereIsNoVerdict() {
        Indicator noTarget =
                Indicator.builder().from(seed000Kpi()).targets(List.of()).build();
        assertThat(noTarget.evaluate(Measurement.of(5, 5)).achievement()).isEqualTo(Achievement.NO_TARGET);
        Indicator noDirection = Indicator.builder()
                .name("x")
                .measure(Measure.PERCENTAGE)
                .formula(Formula.percentage())
                .addTarget(IndicatorTarget.of(d("90")))
                .build();
        Evaluation e = noDirection.evaluate(Measurement.of(5, 5));
        assertThat(e.achievement()).isEqualTo(Achievement.NO_DIRECTION);
        assertThat(e.attainment()).isEmpty();
        assertThat(e.value()).contains(d("100"));
    }

    @Test
    void atMostComparesDownward() {
        Indicator dropouts = Indicator.builder()
                .name("จำนวนนักเรียนออกกลางคัน")
                .measure(Measure.COUNT)
                .formula(Formula.count())
                .direction(Direction.AT_MOST)
                .addTarget(IndicatorTarget.of(d("4")))
                .build();
        assertThat(dropouts.evaluate(Measurement.count(d("2"))).isMet()).isTrue();
        assertThat(dropouts.evaluate(Measurement.count(d("2"))).attainment()).contains(d("2"));
        assertThat(dropouts.evaluate(Measurement.count(d("8"))).attainment()).contains(d("0.5"));
        assertThat(dropouts.evaluate(Measurement.count(d("0"))).isMet()).isTrue();
        assertThat(dropouts.evaluate(Measurement.count(d("0"))).attainment()).isEmpty();
    }

    @Test
    void cumulativeQuarterlyTargets() {
        FiscalQuarter q1 = FY2569.quarter(1);
        Indicator progress = Indicator.builder()
                .name("ร้อยละความก้าวหน้าของโครงการ")
                .measure(Measure.PERCENTAGE)
                .formula(Formula.percentage())
                .direction(Direction.AT_LEAST)
                .accumulation(Accumulation.CUMULATIVE)
                .addTargets(
                        IndicatorTarget.of(q1, d("40")),
                        IndicatorTarget.of(q1.plusQuarters(1), d("55")),
                        IndicatorTarget.of(q1.plusQuarters(2), d("70")),
                        IndicatorTarget.of(q1.plusQuarters(3), d("100")))
                .addMeasurements(
                        Measurement.builder()
                                .period(q1)
                                .numerator(d("2"))
                                .denominator(d("5"))
                                .build(),
                        Measurement.builder()
                                .period(q1.next())
                                .numerator(d("3"))
                                .denominator(d("5"))
                                .build(),
                        Measurement.builder()
                                .period(q1.next().next())
                                .numerator(d("3"))
                                .denominator(d("5"))
                                .build())
                .build();
        assertThat(progress.evaluate(progress.measurements().get(0)).isMet()).isTrue();
        assertThat(progress.evaluate(progress.measurements().get(1)).isMet()).isTrue();
        assertThat(progress.evaluate(progress.measurements().get(2)).isMet()).isFalse();
        FiscalPeriod year = FY2569;
        assertThat(progress.targetFor(year)).contains(d("100"));
        Measurement yearSoFar = progress.measurementFor(year).orElseThrow();
        assertThat(yearSoFar.period()).contains(year);
        assertThat(progress.value(yearSoFar)).contains(d("60"));
        assertThat(progress.evaluate(yearSoFar).achievement()).isEqualTo(Achievement.NOT_MET);
        assertThat(progress.overallTarget()).isEmpty();
        assertThat(progress.measurementFor(FY2569.next())).isEmpty();
    }

    @Test
    void perPeriodIndicatorsSumTheirPeriods() {
        Indicator trained = Indicator.builder()
                .name("จำนวนครูที่ได้รับการอบรม")
                .measure(Measure.COUNT)
                .unit(IndicatorUnit.PERSONS)
                .formula(Formula.count())
                .direction(Direction.AT_LEAST)
                .accumulation(Accumulation.PER_PERIOD)
                .addTargets(
                        IndicatorTarget.of(FY2569.quarter(1), d("10")),
                        IndicatorTarget.of(FY2569.quarter(2), d("10")),
                        IndicatorTarget.of(FY2569.quarter(3), d("10")),
                        IndicatorTarget.of(FY2569.quarter(4), d("20")))
                .addMeasurements(
                        Measurement.builder()
                                .period(FY2569.quarter(1))
                                .numerator(d("12"))
                                .build(),
                        Measurement.builder()
                                .period(FY2569.quarter(2))
                                .numerator(d("9"))
                                .build(),
                        Measurement.builder()
                                .period(FY2569.month(1))
                                .numerator(d("4"))
                                .build())
                .build();
        FiscalPeriod year = FY2569;
        assertThat(trained.targetFor(year)).contains(d("50"));
        Measurement sum = trained.measurementFor(year).orElseThrow();
        assertThat(sum.numerator()).contains(d("21"));
        assertThat(trained.evaluate(sum).isMet()).isFalse();
        // Only months: Q1 from its month.
        assertThat(trained.measurementFor(FY2569.quarter(1)).get().numerator()).contains(d("12"));
        Indicator partial = Indicator.builder()
                .from(trained)
                .targets(trained.targets().subList(0, 3))
                .build();
        assertThat(partial.targetFor(year))
                .as("three quarters do not make a year")
                .isEmpty();
    }

    @Test
    void refusesTheImpossible() {
        Indicator.Builder base = Indicator.builder().name("x").measure(Measure.COUNT);
        assertThatThrownBy(() -> Indicator.builder()
                        .from(base.build())
                        .direction(Direction.REDUCE_BY_AT_LEAST)
                        .build())
                .hasMessageContaining("the formula must be a change");
        assertThatThrownBy(() -> Indicator.builder()
                        .from(base.build())
                        .formula(Formula.change(ChangeBasis.RELATIVE))
                        .build())
                .hasMessageContaining("baseline (ค่าฐาน) is required");
        assertThatThrownBy(() -> Indicator.builder()
                        .from(base.build())
                        .addTargets(IndicatorTarget.of(d("1")), IndicatorTarget.of(d("2")))
                        .build())
                .hasMessageContaining("two targets for the whole indicator");
        assertThatThrownBy(() -> Indicator.builder()
                        .from(base.build())
                        .formula(Formula.count())
                        .addMeasurements(Measurement.count(d("1")), Measurement.count(d("2")))
                        .build())
                .hasMessageContaining("two measurements of the whole project for the whole indicator");
        assertThatThrownBy(() -> Indicator.builder()
                        .from(base.build())
                        .addMeasurement(Measurement.count(d("1")))
                        .build())
                .hasMessageContaining("no formula");
        assertThatThrownBy(() -> Indicator.builder()
                        .from(base.build())
                        .formula(Formula.count())
                        .addMeasurement(Measurement.of(1, 2))
                        .build())
                .hasMessageContaining("a count formula has none");
        assertThatThrownBy(() -> Indicator.builder()
                        .from(base.build())
                        .baselinePeriod(FY2569)
                        .build())
                .hasMessageContaining("baselinePeriod is given without a baseline");
        assertThatThrownBy(() -> Measurement.of(-1, 2)).hasMessageContaining("numerator must not be negative");
        assertThatThrownBy(() -> Measurement.of(1, -2)).hasMessageContaining("denominator must not be negative");
        assertThatThrownBy(() -> Formula.ratio(BigDecimal.ZERO)).hasMessageContaining("factor must be positive");
        assertThatThrownBy(() -> Formula.builder()
                        .kind(FormulaKind.COUNT)
                        .factor(d("100"))
                        .build())
                .hasMessageContaining("factor applies to a ratio only");
        assertThatThrownBy(() -> Formula.builder().kind(FormulaKind.CHANGE).build())
                .hasMessageContaining("changeBasis is required");
        assertThatThrownBy(() -> Formula.builder()
                        .kind(FormulaKind.RATIO)
                        .changeBasis(ChangeBasis.ABSOLUTE)
                        .build())
                .hasMessageContaining("changeBasis applies to a change only");
        assertThatThrownBy(() -> Measurement.builder().subjectId(" 19").build()).hasMessageContaining("white space");
    }

    @Test
    void decimalsWithNegativeScaleAreWrittenPlainly() {
        Measurement m = Measurement.builder()
                .numerator(d("2E+1"))
                .denominator(d("3E+1"))
                .reportedValue(d("1E+2"))
                .build();
        assertThat(m.numerator().get().scale()).isZero();
        assertThat(m.denominator().get().scale()).isZero();
        assertThat(m.reportedValue().get().scale()).isZero();
        assertThat(IndicatorTarget.of(d("9E+1")).value().scale()).isZero();
    }

    @Test
    void rollUpSumsRawValuesAndRecomputesTheRatio() {
        Office office = Office.of(
                "bangkhen",
                "สำนักงานเขตบางเขน",
                OfficeKind.BMA_DISTRICT_OFFICE,
                List.of(
                        Network.numbered("bangkhen", 19, List.of(School.of("a", "ก"), School.of("b", "ข"))),
                        Network.numbered("bangkhen", 20, List.of(School.of("c", "ค")))));
        NetworkDirectory directory = NetworkDirectory.of(office);
        Map<String, Measurement> bySchool = new LinkedHashMap<>();
        bySchool.put("a", Measurement.of(1, 1));
        bySchool.put("b", Measurement.of(0, 1));
        bySchool.put("c", Measurement.of(90, 100));
        Indicator kpi = seed000Kpi();
        RollUp<Optional<BigDecimal>> values = kpi.rollUpValues(directory, bySchool);
        assertThat(values.byNetwork().get("19")).contains(d("50"));
        assertThat(values.byNetwork().get("20")).contains(d("90"));
        // 91 of 102, not the mean of 100, 0 and 90.
        assertThat(values.byOffice().get("bangkhen")).contains(d("89.215686"));
        assertThat(values.total()).contains(Optional.of(d("89.215686")));
        RollUp<Optional<BigDecimal>> means = kpi.rollUpMeanOfValues(directory, bySchool);
        assertThat(means.byOffice().get("bangkhen")).contains(new BigDecimal("63.333333"));
        assertThat(kpi.rollUpEvaluations(directory, bySchool)
                        .byNetwork()
                        .get("20")
                        .isMet())
                .isTrue();
        bySchool.put("b", Measurement.builder().numerator(BigDecimal.ZERO).build());
        assertThat(kpi.rollUpValues(directory, bySchool).byNetwork().get("19")).isEmpty();
        assertThat(kpi.rollUpMeanOfValues(directory, bySchool).byNetwork().get("19"))
                .isEmpty();
        assertThat(kpi.rollUpValues(directory, bySchool).byNetwork().get("20")).contains(d("90"));
    }

    @Test
    void measurementsBySubjectFeedTheRollUp() {
        FiscalPeriod year = FY2569;
        Indicator kpi = Indicator.builder()
                .from(seed000Kpi())
                .addMeasurements(
                        Measurement.builder()
                                .subjectId("a")
                                .period(year)
                                .numerator(d("1"))
                                .denominator(d("1"))
                                .build(),
                        Measurement.builder()
                                .subjectId("b")
                                .period(year)
                                .numerator(d("0"))
                                .denominator(d("1"))
                                .build(),
                        Measurement.builder()
                                .subjectId("a")
                                .numerator(d("1"))
                                .denominator(d("1"))
                                .build())
                .build();
        assertThat(kpi.measurementsBySubject(year)).containsOnlyKeys("a", "b");
        assertThat(kpi.measurementsBySubject()).containsOnlyKeys("a");
        assertThat(kpi.measurementFor(year, "b").get().numerator()).contains(BigDecimal.ZERO);
    }

    @Test
    void periodsReadWriteAndOrder() {
        FiscalPeriod year = FiscalPeriod.parse("FY2569");
        FiscalPeriod q4 = FiscalPeriod.parse("fy2569-q4");
        FiscalPeriod m12 = FiscalPeriod.parse("FY2569-M12");
        assertThat(year).isEqualTo(FY2569).hasToString("FY2569");
        assertThat(q4).isEqualTo(FY2569.quarter(4)).hasToString("FY2569-Q4");
        assertThat(m12).isEqualTo(FiscalMonth.of(FY2569, 12));
        assertThat(year.granularity()).isEqualTo(FiscalPeriod.Granularity.YEAR);
        assertThat(m12)
                .isInstanceOfSatisfying(
                        FiscalMonth.class, m -> assertThat(m.quarter()).isEqualTo(FY2569.quarter(4)));
        assertThat(year.contains(q4)).isTrue();
        assertThat(q4.contains(year)).isFalse();
        assertThat(List.of(m12, q4, year, FiscalPeriod.parse("FY2569-Q1")).stream()
                        .sorted(FiscalPeriod.chronological())
                        .toList())
                .extracting(Object::toString)
                .containsExactly("FY2569-Q1", "FY2569", "FY2569-Q4", "FY2569-M12");
        assertThat(year.start()).isEqualTo(FY2569.start());
        assertThat(m12.end()).isEqualTo(FY2569.end());
        assertThatThrownBy(() -> FiscalPeriod.parse("2569")).isInstanceOf(ThaiParseException.class);
        assertThatThrownBy(() -> FiscalPeriod.parse("FY2569-Q5")).isInstanceOf(ThaiParseException.class);
    }
}
