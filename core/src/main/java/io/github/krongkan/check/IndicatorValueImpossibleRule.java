package io.github.krongkan.check;

import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.document.Fields;
import io.github.krongkan.indicator.FormulaKind;
import io.github.krongkan.indicator.Indicator;
import io.github.krongkan.indicator.Measure;
import io.github.krongkan.indicator.Measurement;
import io.github.krongkan.project.Project;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * {@code INDICATOR_VALUE_IMPOSSIBLE} (error): a measurement's value cannot be what the indicator
 * measures: a percentage's numerator above its denominator (more schools meeting the criteria than
 * schools), a percentage (measure percentage or unit percent) below 0 or above 100, a level outside
 * 1–5, a negative count. At most one finding per measurement.
 */
final class IndicatorValueImpossibleRule extends IndicatorRule {
    IndicatorValueImpossibleRule() {
        super(RuleCode.INDICATOR_VALUE_IMPOSSIBLE);
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal FIVE = BigDecimal.valueOf(5);

    @Override
    void check(Project project, Item<Indicator> item, List<Finding> findings) {
        Indicator indicator = item.value();
        for (Item<Measurement> measurement : items(indicator.measurements(), item.field(Fields.MEASUREMENTS))) {
            check(indicator, measurement.value(), measurement.path()).ifPresent(findings::add);
        }
    }

    private Optional<Finding> check(Indicator indicator, Measurement m, DocumentPath path) {
        Optional<FormulaKind> kind = indicator.formula().map(f -> f.kind());
        if (indicator.measure() == Measure.PERCENTAGE
                && kind.equals(Optional.of(FormulaKind.RATIO))
                && m.numerator().isPresent()
                && m.denominator().isPresent()
                && m.numerator().get().compareTo(m.denominator().get()) > 0) {
            String n = m.numerator().get().toPlainString();
            String d = m.denominator().get().toPlainString();
            return Optional.of(finding(
                    path.field(Fields.NUMERATOR),
                    "The numerator " + n + " is above the denominator " + d + ": a part cannot be more than its whole",
                    "ตัวตั้ง " + n + " มากกว่าตัวหาร " + d + " ซึ่งเป็นไปไม่ได้สำหรับร้อยละ",
                    "at most " + d,
                    n));
        }
        Optional<BigDecimal> value = indicator.value(m);
        if (value.isEmpty() || kind.equals(Optional.of(FormulaKind.CHANGE))) {
            return Optional.empty();
        }
        BigDecimal v = value.get();
        DocumentPath where = m.hasRawValues() ? path : path.field(Fields.REPORTED_VALUE);
        Measure measure = IndicatorScale.isPercentage(indicator) ? Measure.PERCENTAGE : indicator.measure();
        return switch (measure) {
            case PERCENTAGE ->
                v.signum() < 0 || v.compareTo(HUNDRED) > 0
                        ? Optional.of(finding(
                                where,
                                "The percentage " + v.toPlainString() + " is outside 0 to 100",
                                "ร้อยละ " + v.toPlainString() + " อยู่นอกช่วง 0 ถึง 100",
                                "0 to 100",
                                v.toPlainString()))
                        : Optional.empty();
            case ORDINAL_LEVEL ->
                v.compareTo(BigDecimal.ONE) < 0 || v.compareTo(FIVE) > 0
                        ? Optional.of(finding(
                                where,
                                "The level " + v.toPlainString() + " is outside 1 to 5",
                                "ระดับ " + v.toPlainString() + " อยู่นอกช่วง 1 ถึง 5",
                                "1 to 5",
                                v.toPlainString()))
                        : Optional.empty();
            case COUNT ->
                v.signum() < 0
                        ? Optional.of(finding(
                                where,
                                "The count " + v.toPlainString() + " is negative",
                                "จำนวน " + v.toPlainString() + " ติดลบ",
                                "at least 0",
                                v.toPlainString()))
                        : Optional.empty();
            case NOMINAL, QUALITATIVE -> Optional.empty();
        };
    }

    private Finding finding(DocumentPath path, String message, String messageThai, String expected, String actual) {
        return finding(path)
                .message(message)
                .messageThai(messageThai)
                .expected(expected)
                .actual(actual)
                .build();
    }
}
