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
        in.object("progress report (รายงานความก้าวหน้า)", List.of(Fields.DATE, Fields.PROGRESS), name -> {
            switch (name) {
                case Fields.NUMBER -> b.number(in.text("number"));
                case Fields.DATE -> b.date(in.date("date"));
                case Fields.DATE_AS_WRITTEN -> b.dateAsWritten(in.text("dateAsWritten"));
                case Fields.PROGRESS -> b.progress(in.decimal("progress"));
                case Fields.DISBURSED -> b.disbursed(in.baht("disbursed"));
                case Fields.ON_PLAN -> b.onPlan(in.bool("onPlan"));
                case Fields.ON_TARGET -> b.onTarget(in.bool("onTarget"));
                case Fields.NARRATIVE -> b.narrative(in.text("narrative"));
                case Fields.PROBLEMS -> b.problems(in.text("problems"));
                case Fields.OBSTACLES -> b.obstacles(in.text("obstacles"));
                case Fields.STATUS_CHANGE -> b.statusChange(in.enumValue("statusChange", ProjectStatus.class));
                default -> {
                    return false;
                }
            }
            return true;
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
