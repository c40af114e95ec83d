package io.github.krongkan.json.codec;

import io.github.krongkan.document.Fields;
import io.github.krongkan.schedule.ActionPlan;
import io.github.krongkan.schedule.ActionStep;
import io.github.krongkan.time.FiscalMonth;
import java.io.IOException;
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
        in.object("action step (ขั้นตอนการดำเนินงาน)", List.of(Fields.DESCRIPTION), name -> {
            switch (name) {
                case Fields.NUMBER -> b.number(in.text("number"));
                case Fields.DESCRIPTION -> b.description(in.text("description"));
                case Fields.PLANNED_MONTHS -> b.addAllPlannedMonths(months(in, "plannedMonths"));
                case Fields.ACTUAL_MONTHS -> b.addAllActualMonths(months(in, "actualMonths"));
                case Fields.RESPONSIBLE -> b.addAllResponsible(in.strings("responsible"));
                case Fields.WEIGHT -> b.weight(in.decimal("weight"));
                case Fields.ACTIVITY_NUMBER -> b.activityNumber(in.text("activityNumber"));
                case Fields.INDICATOR_NUMBERS -> b.addAllIndicatorNumbers(in.strings("indicatorNumbers"));
                default -> {
                    return false;
                }
            }
            return true;
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

    // ---------------------------------------------------------------- writing

    static void actionPlan(JsonOut out, ActionPlan plan) throws IOException {
        out.startObject();
        out.array(Fields.STEPS, plan.steps(), ScheduleJson::step);
        out.endObject();
    }

    private static void step(JsonOut out, ActionStep step) throws IOException {
        out.startObject();
        out.text(Fields.NUMBER, step.number());
        out.text(Fields.DESCRIPTION, step.description());
        out.array(Fields.PLANNED_MONTHS, step.plannedMonths(), ScheduleJson::month);
        out.array(Fields.ACTUAL_MONTHS, step.actualMonths(), ScheduleJson::month);
        out.strings(Fields.RESPONSIBLE, step.responsible());
        out.decimal(Fields.WEIGHT, step.weight());
        out.text(Fields.ACTIVITY_NUMBER, step.activityNumber());
        out.strings(Fields.INDICATOR_NUMBERS, step.indicatorNumbers());
        out.endObject();
    }

    private static void month(JsonOut out, FiscalMonth month) throws IOException {
        out.string(month.yearMonth().toString());
    }
}
