package io.github.krongkan.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.krongkan.schedule.ActionPlan;
import io.github.krongkan.schedule.ActionStep;
import io.github.krongkan.time.FiscalMonth;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.util.List;

/** Reads and writes action plans of the krongkan JSON format; months are ISO months ({@code 2025-11}). */
final class ScheduleJson {
    private ScheduleJson() {}

    static ActionPlan actionPlan(JsonIn in) {
        ActionPlan.Builder b = ActionPlan.builder();
        in.object("action plan (แผนปฏิบัติการ)", List.of(), name -> {
            if (name.equals("steps")) {
                b.addAllSteps(in.array("steps", () -> step(in)));
                return true;
            }
            return false;
        });
        return in.build("action plan", b::build);
    }

    private static ActionStep step(JsonIn in) {
        ActionStep.Builder b = ActionStep.builder();
        in.object("action step (ขั้นตอนการดำเนินงาน)", List.of("description"), name -> {
            switch (name) {
                case "number":
                    b.number(in.text("number"));
                    return true;
                case "description":
                    b.description(in.text("description"));
                    return true;
                case "plannedMonths":
                    b.addAllPlannedMonths(months(in, "plannedMonths"));
                    return true;
                case "actualMonths":
                    b.addAllActualMonths(months(in, "actualMonths"));
                    return true;
                case "responsible":
                    b.addAllResponsible(in.strings("responsible"));
                    return true;
                case "weight":
                    b.weight(in.decimal("weight"));
                    return true;
                default:
                    return false;
            }
        });
        return in.build("action step", b::build);
    }

    private static List<FiscalMonth> months(JsonIn in, String what) {
        return in.array(what, () -> {
            var month = in.month(what);
            try {
                return FiscalMonth.of(month);
            } catch (IllegalArgumentException | DateTimeException e) {
                throw in.error("invalid " + what + ": " + e.getMessage(), e);
            }
        });
    }

    static void write(JsonGenerator g, ActionPlan plan) throws IOException {
        g.writeStartObject();
        if (!plan.steps().isEmpty()) {
            g.writeArrayFieldStart("steps");
            for (ActionStep step : plan.steps()) {
                g.writeStartObject();
                if (step.number().isPresent()) {
                    g.writeStringField("number", step.number().get());
                }
                g.writeStringField("description", step.description());
                writeMonths(g, "plannedMonths", step.plannedMonths());
                writeMonths(g, "actualMonths", step.actualMonths());
                if (!step.responsible().isEmpty()) {
                    g.writeArrayFieldStart("responsible");
                    for (String r : step.responsible()) {
                        g.writeString(r);
                    }
                    g.writeEndArray();
                }
                if (step.weight().isPresent()) {
                    BigDecimal w = step.weight().get();
                    g.writeFieldName("weight");
                    g.writeNumber(w.toPlainString());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void writeMonths(JsonGenerator g, String field, List<FiscalMonth> months) throws IOException {
        if (months.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(field);
        for (FiscalMonth m : months) {
            g.writeString(m.yearMonth().toString());
        }
        g.writeEndArray();
    }
}
