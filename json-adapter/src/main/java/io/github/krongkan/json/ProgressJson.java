package io.github.krongkan.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.ProjectStatus;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes progress reports of the krongkan JSON format: dates ISO, the progress a plain
 * number, the disbursed amount a decimal string.
 */
final class ProgressJson {
    private ProgressJson() {}

    static List<ProgressReport> reports(JsonIn in) {
        return in.array("progressReports", () -> report(in));
    }

    private static ProgressReport report(JsonIn in) {
        ProgressReport.Builder b = ProgressReport.builder();
        in.object("progress report (รายงานความก้าวหน้า)", List.of("date", "progress"), name -> {
            switch (name) {
                case "number":
                    b.number(in.text("number"));
                    return true;
                case "date":
                    b.date(in.date("date"));
                    return true;
                case "dateAsWritten":
                    b.dateAsWritten(in.text("dateAsWritten"));
                    return true;
                case "progress":
                    b.progress(in.decimal("progress"));
                    return true;
                case "disbursed":
                    b.disbursed(in.baht("disbursed"));
                    return true;
                case "onPlan":
                    b.onPlan(in.bool("onPlan"));
                    return true;
                case "onTarget":
                    b.onTarget(in.bool("onTarget"));
                    return true;
                case "narrative":
                    b.narrative(in.text("narrative"));
                    return true;
                case "problems":
                    b.problems(in.text("problems"));
                    return true;
                case "obstacles":
                    b.obstacles(in.text("obstacles"));
                    return true;
                case "statusChange":
                    b.statusChange(in.enumValue("statusChange", ProjectStatus.class));
                    return true;
                default:
                    return false;
            }
        });
        return in.build("progress report", b::build);
    }

    static void write(JsonGenerator g, List<ProgressReport> reports) throws IOException {
        g.writeStartArray();
        for (ProgressReport r : reports) {
            g.writeStartObject();
            optional(g, "number", r.number());
            g.writeStringField("date", r.date().toString());
            optional(g, "dateAsWritten", r.dateAsWritten());
            g.writeFieldName("progress");
            g.writeNumber(r.progress().toPlainString());
            if (r.disbursed().isPresent()) {
                g.writeStringField("disbursed", r.disbursed().get().toString());
            }
            if (r.onPlan().isPresent()) {
                g.writeBooleanField("onPlan", r.onPlan().get());
            }
            if (r.onTarget().isPresent()) {
                g.writeBooleanField("onTarget", r.onTarget().get());
            }
            optional(g, "narrative", r.narrative());
            optional(g, "problems", r.problems());
            optional(g, "obstacles", r.obstacles());
            if (r.statusChange().isPresent()) {
                g.writeStringField("statusChange", JsonNames.of(r.statusChange().get()));
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void optional(JsonGenerator g, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(field, value.get());
        }
    }
}
