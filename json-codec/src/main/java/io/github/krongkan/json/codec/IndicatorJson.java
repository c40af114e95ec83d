package io.github.krongkan.json.codec;

import io.github.krongkan.document.Fields;
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
import io.github.krongkan.time.FiscalMonth;
import io.github.krongkan.time.FiscalPeriod;
import io.github.krongkan.time.FiscalQuarter;
import java.io.IOException;
import java.util.List;

/** Reads and writes a project's indicators, with their targets and measurements, in the krongkan JSON format. */
final class IndicatorJson {
    private IndicatorJson() {}

    // ---------------------------------------------------------------- reading

    static Indicator indicator(JsonIn in) {
        Indicator.Builder b = Indicator.builder();
        in.object("indicator (ตัวชี้วัด)", List.of(Fields.NAME, Fields.MEASURE), name -> {
            switch (name) {
                case Fields.NUMBER -> b.number(in.text("number"));
                case Fields.NAME -> b.name(in.text("name"));
                case Fields.TYPE -> b.type(in.enumValue("type", IndicatorType.class));
                case Fields.TYPES -> b.addAllTypes(types(in));
                case Fields.MEASURE -> b.measure(in.enumValue("measure", Measure.class));
                case Fields.UNIT -> b.unit(in.enumValue("unit", IndicatorUnit.class));
                case Fields.UNIT_TEXT -> b.unitText(in.text("unitText"));
                case Fields.FORMULA -> b.formula(formula(in));
                case Fields.DIRECTION -> b.direction(in.enumValue("direction", Direction.class));
                case Fields.ACCUMULATION -> b.accumulation(in.enumValue("accumulation", Accumulation.class));
                case Fields.TARGETS -> b.addAllTargets(in.array("targets", () -> target(in)));
                case Fields.TARGET_TEXT -> b.targetText(in.text("targetText"));
                case Fields.BASELINE -> b.baseline(in.decimal("baseline"));
                case Fields.BASELINE_PERIOD -> b.baselinePeriod(period(in, "baselinePeriod"));
                case Fields.INSTRUMENT -> b.instrument(in.enumValue("instrument", Instrument.class));
                case Fields.INSTRUMENT_TEXT -> b.instrumentText(in.text("instrumentText"));
                case Fields.TIMEFRAME -> b.timeframe(in.text("timeframe"));
                case Fields.LINKED_TARGET_NUMBER -> b.linkedTargetNumber(in.text("linkedTargetNumber"));
                case Fields.MEASUREMENTS -> b.addAllMeasurements(in.array("measurements", () -> measurement(in)));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return in.build("indicator", b::build);
    }

    private static List<IndicatorType> types(JsonIn in) {
        List<IndicatorType> types =
                in.array("types", () -> in.enumValue("types (ประเภทตัวชี้วัด)", IndicatorType.class));
        if (types.isEmpty()) {
            throw in.error("types is empty; give at least one type or leave types out");
        }
        if (types.stream().distinct().count() != types.size()) {
            throw in.error("types lists a type twice: " + types);
        }
        return types;
    }

    private static Formula formula(JsonIn in) {
        Formula.Builder b = Formula.builder();
        in.object("formula (วิธีการคำนวณ)", List.of(Fields.KIND), name -> {
            switch (name) {
                case Fields.KIND -> b.kind(in.enumValue("kind", FormulaKind.class));
                case Fields.FACTOR -> b.factor(in.decimal("factor"));
                case Fields.CHANGE_BASIS -> b.changeBasis(in.enumValue("changeBasis", ChangeBasis.class));
                case Fields.TEXT -> b.text(in.text("text"));
                case Fields.NUMERATOR_LABEL -> b.numeratorLabel(in.text("numeratorLabel"));
                case Fields.DENOMINATOR_LABEL -> b.denominatorLabel(in.text("denominatorLabel"));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return in.build("formula", b::build);
    }

    private static IndicatorTarget target(JsonIn in) {
        IndicatorTarget.Builder b = IndicatorTarget.builder();
        in.object("indicator target (ค่าเป้าหมาย)", List.of(Fields.VALUE), name -> {
            switch (name) {
                case Fields.PERIOD -> b.period(period(in, "period"));
                case Fields.VALUE -> b.value(in.decimal("value"));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return in.build("indicator target", b::build);
    }

    private static Measurement measurement(JsonIn in) {
        Measurement.Builder b = Measurement.builder();
        in.object("measurement (ผลการดำเนินงาน)", List.of(), name -> {
            switch (name) {
                case Fields.PERIOD -> b.period(period(in, "period"));
                case Fields.SUBJECT_ID -> b.subjectId(in.text("subjectId"));
                case Fields.NUMERATOR -> b.numerator(in.decimal("numerator"));
                case Fields.DENOMINATOR -> b.denominator(in.decimal("denominator"));
                case Fields.REPORTED_VALUE -> b.reportedValue(in.decimal("reportedValue"));
                case Fields.REPORTED_TEXT -> b.reportedText(in.text("reportedText"));
                case Fields.DATE -> b.date(in.date("date"));
                case Fields.NOTE -> b.note(in.text("note"));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return in.build("measurement", b::build);
    }

    private static FiscalPeriod period(JsonIn in, String what) {
        return period(in, what, FiscalPeriod.class);
    }

    /**
     * A period of the kind given in its code, {@code FY2569}, {@code FY2569-Q1} or {@code
     * FY2569-M02}: the form of the indicators' periods, read for them and for the Jackson modules.
     */
    static <T extends FiscalPeriod> T period(JsonIn in, String what, Class<T> kind) {
        String expected;
        if (kind == FiscalQuarter.class) {
            expected = "a fiscal quarter such as FY2569-Q1";
        } else if (kind == FiscalMonth.class) {
            expected = "a fiscal month such as FY2569-M02";
        } else {
            expected = "a fiscal year, quarter or month such as FY2569, FY2569-Q1 or FY2569-M02";
        }
        String raw = in.text(what + " (" + expected.substring(expected.indexOf("such as ") + 8) + ")");
        try {
            FiscalPeriod period;
            if (kind == FiscalQuarter.class) {
                period = FiscalQuarter.parse(raw);
            } else if (kind == FiscalMonth.class) {
                period = FiscalMonth.parse(raw);
            } else {
                period = FiscalPeriod.parse(raw);
            }
            return kind.cast(period);
        } catch (IllegalArgumentException e) {
            throw in.error("invalid " + what + " \"" + raw + "\": expected " + expected, e);
        }
    }

    // ---------------------------------------------------------------- writing

    static void indicator(JsonOut out, Indicator i) throws IOException {
        out.startObject();
        out.text(Fields.NUMBER, i.number());
        out.text(Fields.NAME, i.name());
        out.enumValue(Fields.TYPE, i.type());
        if (i.types().size() > 1) {
            out.sink().name(Fields.TYPES);
            out.sink().startArray();
            for (IndicatorType t : i.types()) {
                out.string(JsonNames.of(t));
            }
            out.sink().endArray();
        }
        out.enumValue(Fields.MEASURE, i.measure());
        out.enumValue(Fields.UNIT, i.unit());
        out.text(Fields.UNIT_TEXT, i.unitText());
        out.optional(Fields.FORMULA, i.formula(), IndicatorJson::formula);
        out.enumValue(Fields.DIRECTION, i.direction());
        out.enumValue(Fields.ACCUMULATION, i.accumulation());
        out.array(Fields.TARGETS, i.targets(), IndicatorJson::target);
        out.text(Fields.TARGET_TEXT, i.targetText());
        out.decimal(Fields.BASELINE, i.baseline());
        out.optional(Fields.BASELINE_PERIOD, i.baselinePeriod(), IndicatorJson::period);
        out.enumValue(Fields.INSTRUMENT, i.instrument());
        out.text(Fields.INSTRUMENT_TEXT, i.instrumentText());
        out.text(Fields.TIMEFRAME, i.timeframe());
        out.text(Fields.LINKED_TARGET_NUMBER, i.linkedTargetNumber());
        out.array(Fields.MEASUREMENTS, i.measurements(), IndicatorJson::measurement);
        out.endObject();
    }

    private static void formula(JsonOut out, Formula f) throws IOException {
        out.startObject();
        out.enumValue(Fields.KIND, f.kind());
        if (f.kind() == FormulaKind.RATIO) {
            out.decimal(Fields.FACTOR, f.factor());
        }
        out.enumValue(Fields.CHANGE_BASIS, f.changeBasis());
        out.text(Fields.TEXT, f.text());
        out.text(Fields.NUMERATOR_LABEL, f.numeratorLabel());
        out.text(Fields.DENOMINATOR_LABEL, f.denominatorLabel());
        out.endObject();
    }

    private static void target(JsonOut out, IndicatorTarget t) throws IOException {
        out.startObject();
        out.optional(Fields.PERIOD, t.period(), IndicatorJson::period);
        out.decimal(Fields.VALUE, t.value());
        out.endObject();
    }

    private static void measurement(JsonOut out, Measurement m) throws IOException {
        out.startObject();
        out.optional(Fields.PERIOD, m.period(), IndicatorJson::period);
        out.text(Fields.SUBJECT_ID, m.subjectId());
        out.decimal(Fields.NUMERATOR, m.numerator());
        out.decimal(Fields.DENOMINATOR, m.denominator());
        out.decimal(Fields.REPORTED_VALUE, m.reportedValue());
        out.text(Fields.REPORTED_TEXT, m.reportedText());
        out.date(Fields.DATE, m.date());
        out.text(Fields.NOTE, m.note());
        out.endObject();
    }

    /** A period as the text its {@code toString()} gives and the reader parses. */
    static void period(JsonOut out, Object period) throws IOException {
        out.string(period.toString());
    }
}
