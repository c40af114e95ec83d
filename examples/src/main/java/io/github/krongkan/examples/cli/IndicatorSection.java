package io.github.krongkan.examples.cli;

import io.github.krongkan.indicator.Direction;
import io.github.krongkan.indicator.Evaluation;
import io.github.krongkan.indicator.Indicator;
import io.github.krongkan.indicator.Measurement;
import io.github.krongkan.project.Project;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The indicator (KPI) table: for every indicator, and for each of its measurements, the target
 * with its direction, the result, the attainment in percent (100 meaning exactly on target) and
 * whether the target is met.
 */
final class IndicatorSection implements ReportSection {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public void render(Project project, ReportLanguage l, PrintStream out) {
        ReportSection.heading(out, l.pick("ตัวชี้วัด", "Indicators"));
        if (project.indicators().isEmpty()) {
            out.println(l.pick("ไม่มีตัวชี้วัด", "no indicators"));
            return;
        }
        out.println(TextColumns.left(l.pick("ข้อ", "no."), 11) + TextColumns.right(l.pick("เป้าหมาย", "target"), 10)
                + TextColumns.right(l.pick("ผล", "result"), 10) + TextColumns.right(l.pick("บรรลุ %", "attained %"), 12)
                + "  " + l.pick("ผลการประเมิน / ตัวชี้วัด", "achievement / indicator"));
        for (int i = 0; i < project.indicators().size(); i++) {
            Indicator indicator = project.indicators().get(i);
            String number = indicator.number().orElse(String.valueOf(i + 1));
            List<Measurement> measurements = indicator.measurements();
            if (measurements.isEmpty()) {
                row(out, l, number, indicator, indicator.evaluateWithoutValue(), Optional.empty());
            }
            for (Measurement m : measurements) {
                row(out, l, number, indicator, indicator.evaluate(m), Optional.of(m));
            }
        }
    }

    private static void row(
            PrintStream out,
            ReportLanguage l,
            String number,
            Indicator indicator,
            Evaluation e,
            Optional<Measurement> measurement) {
        String target = e.target()
                .map(t -> symbol(e.direction()) + ReportLanguage.number(t))
                .orElse("-");
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
        out.println(TextColumns.left(number, 11) + TextColumns.right(target, 10) + TextColumns.right(result, 10)
                + TextColumns.right(attained, 12) + "  " + achievement + scope + ": " + indicator.name() + type);
        if (e.target().isEmpty()) {
            indicator
                    .targetText()
                    .ifPresent(t -> out.println(" ".repeat(45) + l.pick("ค่าเป้าหมาย: ", "target as written: ") + t));
        }
        measurement
                .flatMap(Measurement::reportedText)
                .ifPresent(t -> out.println(" ".repeat(45) + l.pick("ผลที่รายงาน: ", "result as written: ") + t));
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
