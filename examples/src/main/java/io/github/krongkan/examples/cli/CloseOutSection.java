package io.github.krongkan.examples.cli;

import io.github.krongkan.project.Certification;
import io.github.krongkan.project.CloseOut;
import io.github.krongkan.project.CloseOutResult;
import io.github.krongkan.project.Evidence;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.TargetKind;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The close-out (ผลการดำเนินงาน) of the project: its results, each with the objective or indicator it
 * answers, the problems, suggestions and lessons, the evidence it refers to, and the certifications
 * of the document.
 */
final class CloseOutSection implements ReportSection {
    @Override
    public void render(Project project, ReportLanguage l, PrintStream out) {
        ReportSection.heading(out, l.pick("ผลการดำเนินงาน", "Close-out"));
        Optional<CloseOut> closeOut = project.closeOut();
        if (closeOut.isEmpty() && project.certifications().isEmpty()) {
            out.println(l.pick("ยังไม่มีรายงานผลการดำเนินงาน", "no close-out report"));
            return;
        }
        closeOut.ifPresent(c -> render(c, l, out));
        for (Certification certification : project.certifications()) {
            out.println(l.pick("การรับรอง: ", "certified: ") + certification.statement());
            StringBuilder by = new StringBuilder();
            certification.name().ifPresent(by::append);
            certification
                    .signedAs()
                    .ifPresent(s -> by.append(by.length() > 0 ? ", " : "").append(s));
            certification
                    .position()
                    .ifPresent(p -> by.append(by.length() > 0 ? ", " : "").append(p));
            certification
                    .date()
                    .ifPresent(d -> by.append(by.length() > 0 ? ", " : "").append(l.date(d)));
            if (by.length() > 0) {
                out.println("  " + by);
            }
        }
    }

    private static void render(CloseOut c, ReportLanguage l, PrintStream out) {
        c.date().ifPresent(d -> out.println(l.pick("วันที่รายงาน ", "reported on ") + l.date(d)));
        for (CloseOutResult result : c.results()) {
            out.println(TextColumns.left(answers(result, l), 14) + result.text());
        }
        list(out, l.pick("ปัญหา/อุปสรรค", "problems"), c.problems());
        list(out, l.pick("ข้อเสนอแนะ", "suggestions"), c.suggestions());
        list(out, l.pick("บทเรียน", "lessons"), c.lessons());
        for (Evidence evidence : c.evidence()) {
            StringBuilder line = new StringBuilder(l.pick("หลักฐาน: ", "evidence: "))
                    .append(
                            l == ReportLanguage.TH
                                    ? evidence.kind().thai()
                                    : evidence.kind()
                                            .name()
                                            .toLowerCase(Locale.ROOT)
                                            .replace('_', ' '))
                    .append(' ')
                    .append(evidence.title());
            evidence.date().ifPresent(d -> line.append(" (").append(l.date(d)).append(')'));
            evidence.uri().ifPresent(u -> line.append(' ').append(u));
            out.println(line);
        }
    }

    private static String answers(CloseOutResult result, ReportLanguage l) {
        if (result.indicatorNumber().isPresent()) {
            return result.indicatorNumber().get();
        }
        if (result.objectiveNumber().isPresent()) {
            return l.pick("วัตถุประสงค์ ", "objective ")
                    + result.objectiveNumber().get();
        }
        return result.kind()
                .map(k -> k == TargetKind.QUANTITATIVE
                        ? l.pick("เชิงปริมาณ", "quantitative")
                        : l.pick("เชิงคุณภาพ", "qualitative"))
                .orElse(l.pick("ภาพรวม", "overall"));
    }

    private static void list(PrintStream out, String label, List<String> items) {
        for (String item : items) {
            out.println(label + ": " + item);
        }
    }
}
