package io.github.krongkan.json.codec;

import io.github.krongkan.budget.NetworkMoney;
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
                case Fields.NETWORK_MONEY -> b.addAllNetworkMoney(in.array("networkMoney", () -> networkMoney(in)));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return in.build("progress report", b::build);
    }

    private static NetworkMoney networkMoney(JsonIn in) {
        NetworkMoney.Builder b = NetworkMoney.builder();
        in.object("money of a network (เงินของเครือข่าย)", List.of(), name -> {
            switch (name) {
                case Fields.NETWORK_ID -> b.networkId(in.text("networkId"));
                case Fields.PARTY -> b.party(in.text("party"));
                case Fields.DISBURSED -> b.disbursed(in.baht("disbursed"));
                case Fields.RETURNED -> b.returned(in.baht("returned"));
                case Fields.RETURN_DATE -> b.returnDate(in.date("returnDate"));
                case Fields.REASON -> b.reason(in.text("reason"));
                case Fields.NOTE -> b.note(in.text("note"));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return in.build("money of a network", b::build);
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
        out.array(Fields.NETWORK_MONEY, r.networkMoney(), ProgressJson::networkMoney);
        out.endObject();
    }

    private static void networkMoney(JsonOut out, NetworkMoney m) throws IOException {
        out.startObject();
        out.text(Fields.NETWORK_ID, m.networkId());
        out.text(Fields.PARTY, m.party());
        out.baht(Fields.DISBURSED, m.disbursed());
        out.baht(Fields.RETURNED, m.returned());
        out.date(Fields.RETURN_DATE, m.returnDate());
        out.text(Fields.REASON, m.reason());
        out.text(Fields.NOTE, m.note());
        out.endObject();
    }
}
