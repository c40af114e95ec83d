package io.github.krongkan.examples.cli;

import io.github.krongkan.indicator.Achievement;
import io.github.krongkan.indicator.Direction;
import io.github.krongkan.indicator.Evaluation;
import io.github.krongkan.indicator.Indicator;
import io.github.krongkan.indicator.Measurement;
import io.github.krongkan.project.Project;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One row of a report's KPI table, as the text and the HTML reports both show it: an indicator
 * with one of its measurements (or none), evaluated against its target.
 *
 * @param number      the indicator's item number, or its position from 1
 * @param indicator   the indicator's name, with its type in brackets when it has one
 * @param scope       the measurement's period and subject in brackets, or empty
 * @param target      the target with its direction symbol ({@code ≥80}), or {@code -}
 * @param targetText  the target as the document writes it, shown where no numeric target is known
 * @param result      the measured value, or {@code -}
 * @param resultText  the result as the document writes it
 * @param attained    the attainment in percent with two decimals (100 meaning on target), or {@code -}
 * @param achievement whether the target is met, in the report's language
 * @param outcome     the evaluation's achievement, for classes
 */
record KpiRow(
        String number,
        String indicator,
        String scope,
        String target,
        Optional<String> targetText,
        String result,
        Optional<String> resultText,
        String attained,
        String achievement,
        Achievement outcome) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The rows of a project's indicators: one per measurement, one for an indicator without any. */
    static List<KpiRow> of(Project project, ReportLanguage l) {
        List<KpiRow> rows = new ArrayList<>();
        for (int i = 0; i < project.indicators().size(); i++) {
            Indicator indicator = project.indicators().get(i);
            String number = indicator.number().orElse(String.valueOf(i + 1));
            if (indicator.measurements().isEmpty()) {
                rows.add(of(l, number, indicator, indicator.evaluateWithoutValue(), Optional.empty()));
            }
            for (Measurement m : indicator.measurements()) {
                rows.add(of(l, number, indicator, indicator.evaluate(m), Optional.of(m)));
            }
        }
        return rows;
    }

    private static KpiRow of(
            ReportLanguage l, String number, Indicator indicator, Evaluation e, Optional<Measurement> measurement) {
        String target = e.target()
                .map(t -> symbol(e.direction()) + ReportLanguage.number(t))
                .orElse("-");
        Optional<String> targetText = e.target().isEmpty() ? indicator.targetText() : Optional.empty();
        String result = e.value().map(ReportLanguage::number).orElse("-");
        String attained = e.attainment()
                .map(a -> a.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP).toPlainString())
                .orElse("-");
        String achievement = l == ReportLanguage.TH
                ? e.achievement().thai()
                : e.achievement().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        String type = indicator
                .type()
                .map(t -> l == ReportLanguage.TH ? t.thai() : t.name().toLowerCase(Locale.ROOT))
                .map(t -> " (" + t + ")")
                .orElse("");
        String scope = measurement
                        .flatMap(m -> m.period().map(Object::toString))
                        .map(p -> " [" + p + "]")
                        .orElse("")
                + measurement
                        .flatMap(Measurement::subjectId)
                        .map(s -> " [" + s + "]")
                        .orElse("");
        return new KpiRow(
                number,
                indicator.name() + type,
                scope,
                target,
                targetText,
                result,
                measurement.flatMap(Measurement::reportedText),
                attained,
                achievement,
                e.achievement());
    }

    private static String symbol(Optional<Direction> direction) {
        if (direction.isEmpty()) {
            return "";
        }
        return switch (direction.get()) {
            case AT_LEAST -> "≥";
            case AT_MOST -> "≤";
            case EXACTLY -> "=";
            case REDUCE_BY_AT_LEAST -> "↓";
            case INCREASE_BY_AT_LEAST -> "↑";
        };
    }
}
