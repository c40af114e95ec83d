package io.github.krongkan.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.money.Baht;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.schedule.ProgressCurve;
import io.github.krongkan.time.FiscalYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Earned values, histories and curves are values: equal by their inputs, and say what they hold. */
class ProgressValuesTest {
    private static final Baht BAC = Baht.ofBaht(100_000);

    private static BigDecimal pct(String value) {
        return new BigDecimal(value);
    }

    @Test
    void earnedValuesAreEqualByTheirInputs() {
        EarnedValue ev = EarnedValue.of(BAC, pct("50"), pct("40"), Baht.ofBaht(45_000));
        EarnedValue same = EarnedValue.ofPlannedValue(BAC, Baht.ofBaht(50_000), pct("40"), Baht.ofBaht(45_000));
        assertThat(ev).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(ev.bac()).isEqualTo(BAC);
        assertThat(ev.progressPercent()).isEqualTo(pct("40"));
        assertThat(ev).isNotEqualTo(EarnedValue.of(Baht.ofBaht(100_001), pct("50"), pct("40"), Baht.ofBaht(45_000)));
        assertThat(ev).isNotEqualTo(EarnedValue.of(BAC, pct("51"), pct("40"), Baht.ofBaht(45_000)));
        assertThat(ev).isNotEqualTo(EarnedValue.of(BAC, pct("50"), pct("41"), Baht.ofBaht(45_000)));
        assertThat(ev).isNotEqualTo(EarnedValue.of(BAC, pct("50"), pct("40"), Baht.ofBaht(45_001)));
        assertThat(ev).isNotEqualTo("EarnedValue");
        assertThatThrownBy(() -> EarnedValue.ofPlannedValue(Baht.ofBaht(-1), Baht.ZERO, pct("0"), Baht.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bac");
        assertThatThrownBy(() -> EarnedValue.of(Baht.ofBaht(-1), pct("0"), pct("0"), Baht.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bac");
    }

    @Test
    void historiesAreEqualByTheirReportsInDocumentOrder() {
        ProgressReport jan = ProgressReport.of(LocalDate.of(2026, 1, 31), pct("20"));
        ProgressReport feb = ProgressReport.of(LocalDate.of(2026, 2, 28), pct("40"));
        ProgressHistory empty = ProgressHistory.of(List.of());
        ProgressHistory two = ProgressHistory.of(List.of(jan, feb));
        assertThat(empty.isEmpty()).isTrue();
        assertThat(two.isEmpty()).isFalse();
        assertThat(two)
                .isEqualTo(ProgressHistory.of(List.of(jan, feb)))
                .hasSameHashCodeAs(ProgressHistory.of(List.of(jan, feb)));
        assertThat(two)
                .isNotEqualTo(ProgressHistory.of(List.of(feb, jan)))
                .isNotEqualTo(empty)
                .isNotEqualTo(List.of(jan, feb));
        assertThat(two.toString()).startsWith("ProgressHistory[").contains("2026-01-31", "2026-02-28");
        assertThat(empty.toString()).isEqualTo("ProgressHistory[]");
    }

    @Test
    void reportNumbersCompareAsNumbersFirst() {
        assertThat(ProgressHistory.compareNumbers(Optional.of("2"), Optional.of("10")))
                .isNegative();
        assertThat(ProgressHistory.compareNumbers(Optional.of("๑๐"), Optional.of("9")))
                .isPositive();
        assertThat(ProgressHistory.compareNumbers(Optional.of("10"), Optional.of("ก")))
                .isNegative();
        assertThat(ProgressHistory.compareNumbers(Optional.of("ก"), Optional.of("10")))
                .isPositive();
        assertThat(ProgressHistory.compareNumbers(Optional.of("ก"), Optional.of("ข")))
                .isNegative();
        assertThat(ProgressHistory.compareNumbers(Optional.of("1"), Optional.empty()))
                .isNegative();
        assertThat(ProgressHistory.compareNumbers(Optional.empty(), Optional.of("1")))
                .isPositive();
        assertThat(ProgressHistory.compareNumbers(Optional.of("01"), Optional.of("1")))
                .isNegative();
    }

    @Test
    void curvesAreEqualByTheirPointsAndListThem() {
        FiscalYear fy = FiscalYear.ofBuddhistEra(2569);
        Map<io.github.krongkan.time.FiscalMonth, BigDecimal> points = new LinkedHashMap<>();
        points.put(fy.month(1), pct("25"));
        points.put(fy.month(2), pct("50"));
        ProgressCurve curve = ProgressCurve.of(points);
        assertThat(curve).isEqualTo(ProgressCurve.of(Map.copyOf(points))).hasSameHashCodeAs(ProgressCurve.of(points));
        assertThat(curve)
                .isNotEqualTo(ProgressCurve.of(Map.of(fy.month(1), pct("25"))))
                .isNotEqualTo(points);
        assertThat(curve).hasToString("ProgressCurve{2025-10=25, 2025-11=50}");
        assertThat(ProgressCurve.of(Map.of())).hasToString("ProgressCurve{}");
    }
}
