package io.github.krongkan.json.codec;

import io.github.krongkan.document.Fields;
import io.github.krongkan.indicator.Instrument;
import io.github.krongkan.project.Certification;
import io.github.krongkan.project.CloseOut;
import io.github.krongkan.project.CloseOutResult;
import io.github.krongkan.project.Evidence;
import io.github.krongkan.project.EvidenceKind;
import io.github.krongkan.project.MonitoringItem;
import io.github.krongkan.project.MonitoringKind;
import io.github.krongkan.project.TargetKind;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/**
 * Reads and writes the close-out of a project, its evidence references, the certifications of the
 * record and the monitoring items, in the krongkan JSON format, version 1.
 */
final class CloseOutJson {
    private CloseOutJson() {}

    // ---------------------------------------------------------------- reading

    static CloseOut closeOut(JsonIn in) {
        CloseOut.Builder b = CloseOut.builder();
        in.object("closeOut (ผลการดำเนินงาน)", List.of(), name -> {
            switch (name) {
                case Fields.DATE -> b.date(in.date("date"));
                case Fields.RESULTS -> b.addAllResults(in.array("results", () -> result(in)));
                case Fields.PROBLEMS -> b.addAllProblems(in.strings("problems (ปัญหา/อุปสรรค)"));
                case Fields.SUGGESTIONS -> b.addAllSuggestions(in.strings("suggestions (ข้อเสนอแนะ)"));
                case Fields.LESSONS -> b.addAllLessons(in.strings("lessons (บทเรียน)"));
                case Fields.EVIDENCE -> b.addAllEvidence(in.array("evidence", () -> evidence(in)));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return in.build("closeOut", b::build);
    }

    private static CloseOutResult result(JsonIn in) {
        CloseOutResult.Builder b = CloseOutResult.builder();
        in.object("result (ผลการดำเนินงาน)", List.of(Fields.TEXT), name -> {
            switch (name) {
                case Fields.KIND -> b.kind(in.enumValue("kind", TargetKind.class));
                case Fields.NUMBER -> b.number(in.text("number"));
                case Fields.OBJECTIVE_NUMBER -> b.objectiveNumber(in.text("objectiveNumber"));
                case Fields.INDICATOR_NUMBER -> b.indicatorNumber(in.text("indicatorNumber"));
                case Fields.TEXT -> b.text(in.text("text"));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return in.build("result", b::build);
    }

    private static Evidence evidence(JsonIn in) {
        Evidence.Builder b = Evidence.builder();
        in.object("evidence (หลักฐาน)", List.of(Fields.KIND, Fields.TITLE), name -> {
            switch (name) {
                case Fields.KIND -> b.kind(in.enumValue("kind", EvidenceKind.class));
                case Fields.TITLE -> b.title(in.text("title"));
                case Fields.DATE -> b.date(in.date("date"));
                case Fields.URI -> b.uri(uri(in));
                case Fields.SHA256 -> b.sha256(in.text("sha256 (64 hexadecimal digits)"));
                case Fields.DESCRIPTION -> b.description(in.text("description"));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return in.build("evidence", b::build);
    }

    private static URI uri(JsonIn in) {
        String raw = in.text("uri");
        try {
            return new URI(raw);
        } catch (URISyntaxException e) {
            throw in.error(
                    "invalid uri " + JsonIn.quote(raw) + ": " + e.getReason()
                            + (e.getIndex() >= 0 ? " at character " + e.getIndex() : "")
                            + "; write a URI (RFC 3986) such as https://example.org/photo.jpg, with spaces and"
                            + " other characters a URI does not allow percent-encoded (%20)",
                    e);
        }
    }

    static Certification certification(JsonIn in) {
        Certification.Builder b = Certification.builder();
        in.object("certification (คำรับรอง)", List.of(Fields.STATEMENT), name -> {
            switch (name) {
                case Fields.STATEMENT -> b.statement(in.text("statement"));
                case Fields.NAME -> b.name(in.text("name"));
                case Fields.SIGNED_AS -> b.signedAs(in.text("signedAs"));
                case Fields.POSITION -> b.position(in.text("position"));
                case Fields.DATE -> b.date(in.date("date"));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return in.build("certification", b::build);
    }

    static MonitoringItem monitoringItem(JsonIn in) {
        MonitoringItem.Builder b = MonitoringItem.builder();
        in.object("monitoring item (การติดตามและประเมินผล)", List.of(Fields.KIND), name -> {
            switch (name) {
                case Fields.KIND -> b.kind(in.enumValue("kind", MonitoringKind.class));
                case Fields.NUMBER -> b.number(in.text("number"));
                case Fields.SUBJECT -> b.subject(in.text("subject"));
                case Fields.INDICATOR_NUMBERS -> b.addAllIndicatorNumbers(in.strings("indicatorNumbers"));
                case Fields.METHOD -> b.method(in.text("method"));
                case Fields.INSTRUMENT -> b.instrument(in.enumValue("instrument", Instrument.class));
                case Fields.INSTRUMENT_TEXT -> b.instrumentText(in.text("instrumentText"));
                case Fields.TIMEFRAME -> b.timeframe(in.text("timeframe"));
                case Fields.EVALUATOR -> b.evaluator(in.text("evaluator"));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return in.build("monitoring item", b::build);
    }

    // ---------------------------------------------------------------- writing

    static void closeOut(JsonOut out, CloseOut c) throws IOException {
        out.startObject();
        out.date(Fields.DATE, c.date());
        out.array(Fields.RESULTS, c.results(), CloseOutJson::result);
        out.strings(Fields.PROBLEMS, c.problems());
        out.strings(Fields.SUGGESTIONS, c.suggestions());
        out.strings(Fields.LESSONS, c.lessons());
        out.array(Fields.EVIDENCE, c.evidence(), CloseOutJson::evidence);
        out.endObject();
    }

    private static void result(JsonOut out, CloseOutResult r) throws IOException {
        out.startObject();
        out.enumValue(Fields.KIND, r.kind());
        out.text(Fields.NUMBER, r.number());
        out.text(Fields.OBJECTIVE_NUMBER, r.objectiveNumber());
        out.text(Fields.INDICATOR_NUMBER, r.indicatorNumber());
        out.text(Fields.TEXT, r.text());
        out.endObject();
    }

    private static void evidence(JsonOut out, Evidence e) throws IOException {
        out.startObject();
        out.enumValue(Fields.KIND, e.kind());
        out.text(Fields.TITLE, e.title());
        out.date(Fields.DATE, e.date());
        out.text(Fields.URI, e.uri().map(URI::toString));
        out.text(Fields.SHA256, e.sha256());
        out.text(Fields.DESCRIPTION, e.description());
        out.endObject();
    }

    static void certification(JsonOut out, Certification c) throws IOException {
        out.startObject();
        out.text(Fields.STATEMENT, c.statement());
        out.text(Fields.NAME, c.name());
        out.text(Fields.SIGNED_AS, c.signedAs());
        out.text(Fields.POSITION, c.position());
        out.date(Fields.DATE, c.date());
        out.endObject();
    }

    static void monitoringItem(JsonOut out, MonitoringItem m) throws IOException {
        out.startObject();
        out.enumValue(Fields.KIND, m.kind());
        out.text(Fields.NUMBER, m.number());
        out.text(Fields.SUBJECT, m.subject());
        out.strings(Fields.INDICATOR_NUMBERS, m.indicatorNumbers());
        out.text(Fields.METHOD, m.method());
        out.enumValue(Fields.INSTRUMENT, m.instrument());
        out.text(Fields.INSTRUMENT_TEXT, m.instrumentText());
        out.text(Fields.TIMEFRAME, m.timeframe());
        out.text(Fields.EVALUATOR, m.evaluator());
        out.endObject();
    }
}
