package io.github.krongkan.json;

import io.github.krongkan.document.Fields;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.ProjectStatus;
import java.io.IOException;
import java.util.List;

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

    // ---------------------------------------------------------------- writing

    static void report(JsonOut out, ProgressReport r) throws IOException {
        out.startObject();
        out.text(Fields.NUMBER, r.number());
        out.date(Fields.DATE, r.date());
        out.text(Fields.DATE_AS_WRITTEN, r.dateAsWritten());
        out.decimal(Fields.PROGRESS, r.progress());
        out.baht(Fields.DISBURSED, r.disbursed());
        out.bool(Fields.ON_PLAN, r.onPlan());
        out.bool(Fields.ON_TARGET, r.onTarget());
        out.text(Fields.NARRATIVE, r.narrative());
        out.text(Fields.PROBLEMS, r.problems());
        out.text(Fields.OBSTACLES, r.obstacles());
        out.enumValue(Fields.STATUS_CHANGE, r.statusChange());
        out.endObject();
    }
}
