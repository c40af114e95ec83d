package io.github.krongkan.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.budget.QuantityFactor;
import io.github.krongkan.indicator.Formula;
import io.github.krongkan.indicator.Indicator;
import io.github.krongkan.indicator.IndicatorTarget;
import io.github.krongkan.indicator.Measure;
import io.github.krongkan.indicator.Measurement;
import io.github.krongkan.schedule.ActionStep;
import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.Property;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every decimal field of the model that krongkan's JSON writes keeps its value with a scale of at
 * least 0, so that the text written ({@code toPlainString}) reads back to an equal value: {@code 1E+2}
 * is kept as {@code 100}, {@code 2.50} as {@code 2.50}.
 */
class DecimalScalesPropertiesTest {
    /** Not negative decimals with scales from -8 to 8. */
    private static Gen<BigDecimal> decimals() {
        Gen<Long> unscaled = Gen.longs(0, 1_000_000_000L);
        Gen<Integer> scales = Gen.ints(-8, 8);
        return (random, size) -> BigDecimal.valueOf(unscaled.next(random, size), scales.next(random, size));
    }

    /** Each field: how to put a decimal into the model and take it out again. */
    private static Map<String, Function<BigDecimal, BigDecimal>> fields() {
        Map<String, Function<BigDecimal, BigDecimal>> fields = new LinkedHashMap<>();
        fields.put("QuantityFactor.count", v -> QuantityFactor.of(v, "คน").count());
        fields.put(
                "Indicator.baseline",
                v -> indicator().baseline(v).build().baseline().orElseThrow());
        fields.put("Formula.factor", v -> Formula.ratio(v.max(BigDecimal.ONE)).factor());
        fields.put("IndicatorTarget.value", v -> IndicatorTarget.of(v).value());
        fields.put(
                "Measurement.numerator",
                v -> Measurement.of(v, BigDecimal.ONE).numerator().orElseThrow());
        fields.put(
                "Measurement.denominator",
                v -> Measurement.of(BigDecimal.ONE, v).denominator().orElseThrow());
        fields.put(
                "Measurement.reportedValue",
                v -> Measurement.reported(v).reportedValue().orElseThrow());
        fields.put(
                "ProgressReport.progress",
                v -> ProgressReport.builder()
                        .date(LocalDate.of(2026, 3, 1))
                        .progress(v)
                        .build()
                        .progress());
        fields.put(
                "Target.quantity",
                v -> Target.quantitative("ครู", v, "คน").quantity().orElseThrow());
        fields.put(
                "ActionStep.weight",
                v -> ActionStep.builder()
                        .description("ขั้นตอน")
                        .weight(v)
                        .build()
                        .weight()
                        .orElseThrow());
        return fields;
    }

    private static Indicator.Builder indicator() {
        return Indicator.builder().name("ตัวชี้วัด").measure(Measure.COUNT);
    }

    @Test
    void everyDecimalFieldReadsBackEqualFromTheTextItIsWrittenAs() {
        fields().forEach((field, roundTrip) -> Property.forAll(decimals())
                .named("everyDecimalFieldReadsBackEqualFromTheTextItIsWrittenAs " + field)
                .examples(300)
                .check(v -> {
                    BigDecimal kept = roundTrip.apply(v);
                    if (field.equals("Formula.factor") && v.compareTo(BigDecimal.ONE) < 0) {
                        return;
                    }
                    assertThat(kept).as(field + " of " + v).isEqualByComparingTo(v);
                    assertThat(kept.scale()).as(field + " of " + v).isNotNegative();
                    assertThat(new BigDecimal(kept.toPlainString()))
                            .as(field + " of " + v)
                            .isEqualTo(kept);
                }));
    }

    @Test
    void theBaselineOfTheIssueIsWrittenAndReadAsOneHundred() {
        Indicator kpi = indicator().baseline(new BigDecimal("1E+2")).build();
        assertThat(kpi.baseline()).contains(new BigDecimal("100"));
        assertThat(kpi).isEqualTo(indicator().baseline(new BigDecimal("100")).build());
    }
}
