package io.github.krongkan.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.krongkan.indicator.Accumulation;
import io.github.krongkan.indicator.ChangeBasis;
import io.github.krongkan.indicator.Direction;
import io.github.krongkan.indicator.Formula;
import io.github.krongkan.indicator.FormulaKind;
import io.github.krongkan.indicator.Indicator;
import io.github.krongkan.indicator.IndicatorTarget;
import io.github.krongkan.indicator.IndicatorType;
import io.github.krongkan.indicator.IndicatorUnit;
import io.github.krongkan.indicator.Instrument;
import io.github.krongkan.indicator.Measure;
import io.github.krongkan.indicator.Measurement;
import io.github.krongkan.project.Project;
import io.github.krongkan.time.FiscalPeriod;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Reads and writes a project's indicators, with their targets and measurements, in the krongkan JSON format. */
final class IndicatorJson {
    private IndicatorJson() {}

    // ---------------------------------------------------------------- reading

    static Indicator indicator(JsonIn in) {
        Indicator.Builder b = Indicator.builder();
        in.object("indicator (ตัวชี้วัด)", List.of("name", "measure"), name -> {
            switch (name) {
                case "number":
                    b.number(in.text("number"));
                    return true;
                case "name":
                    b.name(in.text("name"));
                    return true;
                case "type":
                    b.type(in.enumValue("type", IndicatorType.class));
                    return true;
                case "measure":
                    b.measure(in.enumValue("measure", Measure.class));
                    return true;
                case "unit":
                    b.unit(in.enumValue("unit", IndicatorUnit.class));
                    return true;
                case "unitText":
                    b.unitText(in.text("unitText"));
                    return true;
                case "formula":
                    b.formula(formula(in));
                    return true;
                case "direction":
                    b.direction(in.enumValue("direction", Direction.class));
                    return true;
                case "accumulation":
                    b.accumulation(in.enumValue("accumulation", Accumulation.class));
                    return true;
                case "targets":
                    b.addAllTargets(in.array("targets", () -> target(in)));
                    return true;
                case "targetText":
                    b.targetText(in.text("targetText"));
                    return true;
                case "baseline":
                    b.baseline(in.decimal("baseline"));
                    return true;
                case "baselinePeriod":
                    b.baselinePeriod(period(in, "baselinePeriod"));
                    return true;
                case "instrument":
                    b.instrument(in.enumValue("instrument", Instrument.class));
                    return true;
                case "instrumentText":
                    b.instrumentText(in.text("instrumentText"));
                    return true;
                case "timeframe":
                    b.timeframe(in.text("timeframe"));
                    return true;
                case "linkedTargetNumber":
                    b.linkedTargetNumber(in.text("linkedTargetNumber"));
                    return true;
                case "measurements":
                    b.addAllMeasurements(in.array("measurements", () -> measurement(in)));
                    return true;
                default:
                    return false;
            }
        });
        return in.build("indicator", b::build);
    }

    private static Formula formula(JsonIn in) {
        Formula.Builder b = Formula.builder();
        in.object("formula (วิธีการคำนวณ)", List.of("kind"), name -> {
            switch (name) {
                case "kind":
                    b.kind(in.enumValue("kind", FormulaKind.class));
                    return true;
                case "factor":
                    b.factor(in.decimal("factor"));
                    return true;
                case "changeBasis":
                    b.changeBasis(in.enumValue("changeBasis", ChangeBasis.class));
                    return true;
                case "text":
                    b.text(in.text("text"));
                    return true;
                case "numeratorLabel":
                    b.numeratorLabel(in.text("numeratorLabel"));
                    return true;
                case "denominatorLabel":
                    b.denominatorLabel(in.text("denominatorLabel"));
                    return true;
                default:
                    return false;
            }
        });
        return in.build("formula", b::build);
    }

    private static IndicatorTarget target(JsonIn in) {
        IndicatorTarget.Builder b = IndicatorTarget.builder();
        in.object("indicator target (ค่าเป้าหมาย)", List.of("value"), name -> {
            switch (name) {
                case "period":
                    b.period(period(in, "period"));
                    return true;
                case "value":
                    b.value(in.decimal("value"));
                    return true;
                default:
                    return false;
            }
        });
        return in.build("indicator target", b::build);
    }

    private static Measurement measurement(JsonIn in) {
        Measurement.Builder b = Measurement.builder();
        in.object("measurement (ผลการดำเนินงาน)", List.of(), name -> {
            switch (name) {
                case "period":
                    b.period(period(in, "period"));
                    return true;
                case "subjectId":
                    b.subjectId(in.text("subjectId"));
                    return true;
                case "numerator":
                    b.numerator(in.decimal("numerator"));
                    return true;
                case "denominator":
                    b.denominator(in.decimal("denominator"));
                    return true;
                case "reportedValue":
                    b.reportedValue(in.decimal("reportedValue"));
                    return true;
                case "reportedText":
                    b.reportedText(in.text("reportedText"));
                    return true;
                case "date":
                    b.date(in.date("date"));
                    return true;
                case "note":
                    b.note(in.text("note"));
                    return true;
                default:
                    return false;
            }
        });
        return in.build("measurement", b::build);
    }

    private static FiscalPeriod period(JsonIn in, String what) {
        String raw = in.text(what + " (FY2569, FY2569-Q1 or FY2569-M02)");
        try {
            return FiscalPeriod.parse(raw);
        } catch (IllegalArgumentException e) {
            throw in.error(
                    "invalid " + what + " \"" + raw + "\": expected a fiscal year, quarter or month such as "
                            + "FY2569, FY2569-Q1 or FY2569-M02",
                    e);
        }
    }

    // ---------------------------------------------------------------- writing

    /** Writes the {@code indicators} member of a project, when it has indicators. */
    static void write(JsonGenerator g, Project p) throws IOException {
        if (p.indicators().isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("indicators");
        for (Indicator indicator : p.indicators()) {
            write(g, indicator);
        }
        g.writeEndArray();
    }

    private static void write(JsonGenerator g, Indicator i) throws IOException {
        g.writeStartObject();
        text(g, "number", i.number());
        g.writeStringField("name", i.name());
        enumValue(g, "type", i.type());
        g.writeStringField("measure", JsonNames.of(i.measure()));
        enumValue(g, "unit", i.unit());
        text(g, "unitText", i.unitText());
        if (i.formula().isPresent()) {
            Formula f = i.formula().get();
            g.writeObjectFieldStart("formula");
            g.writeStringField("kind", JsonNames.of(f.kind()));
            if (f.kind() == FormulaKind.RATIO) {
                decimal(g, "factor", f.factor());
            }
            enumValue(g, "changeBasis", f.changeBasis());
            text(g, "text", f.text());
            text(g, "numeratorLabel", f.numeratorLabel());
            text(g, "denominatorLabel", f.denominatorLabel());
            g.writeEndObject();
        }
        enumValue(g, "direction", i.direction());
        g.writeStringField("accumulation", JsonNames.of(i.accumulation()));
        if (!i.targets().isEmpty()) {
            g.writeArrayFieldStart("targets");
            for (IndicatorTarget t : i.targets()) {
                g.writeStartObject();
                if (t.period().isPresent()) {
                    g.writeStringField("period", t.period().get().toString());
                }
                decimal(g, "value", t.value());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        text(g, "targetText", i.targetText());
        if (i.baseline().isPresent()) {
            decimal(g, "baseline", i.baseline().get());
        }
        if (i.baselinePeriod().isPresent()) {
            g.writeStringField("baselinePeriod", i.baselinePeriod().get().toString());
        }
        enumValue(g, "instrument", i.instrument());
        text(g, "instrumentText", i.instrumentText());
        text(g, "timeframe", i.timeframe());
        text(g, "linkedTargetNumber", i.linkedTargetNumber());
        if (!i.measurements().isEmpty()) {
            g.writeArrayFieldStart("measurements");
            for (Measurement m : i.measurements()) {
                write(g, m);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void write(JsonGenerator g, Measurement m) throws IOException {
        g.writeStartObject();
        if (m.period().isPresent()) {
            g.writeStringField("period", m.period().get().toString());
        }
        text(g, "subjectId", m.subjectId());
        if (m.numerator().isPresent()) {
            decimal(g, "numerator", m.numerator().get());
        }
        if (m.denominator().isPresent()) {
            decimal(g, "denominator", m.denominator().get());
        }
        if (m.reportedValue().isPresent()) {
            decimal(g, "reportedValue", m.reportedValue().get());
        }
        text(g, "reportedText", m.reportedText());
        if (m.date().isPresent()) {
            g.writeStringField("date", m.date().get().toString());
        }
        text(g, "note", m.note());
        g.writeEndObject();
    }

    private static void decimal(JsonGenerator g, String field, BigDecimal value) throws IOException {
        g.writeFieldName(field);
        g.writeNumber(value.toPlainString());
    }

    private static void text(JsonGenerator g, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(field, value.get());
        }
    }

    private static void enumValue(JsonGenerator g, String field, Optional<? extends Enum<?>> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(field, JsonNames.of(value.get()));
        }
    }
}
