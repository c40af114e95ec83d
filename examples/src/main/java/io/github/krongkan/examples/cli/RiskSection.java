package io.github.krongkan.examples.cli;

import io.github.krongkan.project.Project;
import io.github.krongkan.risk.Risk;
import io.github.krongkan.risk.RiskBand;
import io.github.krongkan.risk.RiskCell;
import io.github.krongkan.risk.RiskLevel;
import io.github.krongkan.risk.RiskMatrix;
import io.github.krongkan.risk.RiskRating;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The risk matrix of the project (its own, or the default 5 × 5): likelihood × impact with the
 * score and level of every cell and the project's risks placed in it by number (by their inherent
 * rating), the bands of levels, and then the risks one by one with their responses.
 */
final class RiskSection implements ReportSection {
    @Override
    public void render(Project project, ReportLanguage l, PrintStream out) {
        ReportSection.heading(out, l.pick("ความเสี่ยง", "Risks"));
        if (project.risks().isEmpty()) {
            out.println(l.pick("ไม่มีความเสี่ยง", "no risks"));
            return;
        }
        RiskMatrix matrix = project.riskMatrixOrDefault();
        out.println(l.pick("เมทริกซ์ความเสี่ยง ", "Risk matrix ")
                + matrix.name()
                + l.pick(" (โอกาสที่จะเกิด × ผลกระทบ)", " (likelihood × impact)"));
        List<String> cells = new ArrayList<>();
        int width = 0;
        for (int likelihood = matrix.likelihoodLevels(); likelihood >= 1; likelihood--) {
            for (int impact = 1; impact <= matrix.impactLevels(); impact++) {
                String cell = cell(project, matrix, l, likelihood, impact);
                cells.add(cell);
                width = Math.max(width, TextColumns.width(cell));
            }
        }
        width += 2;
        int first = TextColumns.width(l.pick("โอกาส\\ผลกระทบ", "likelihood\\impact")) + 2;
        StringBuilder head = new StringBuilder(TextColumns.left(l.pick("โอกาส\\ผลกระทบ", "likelihood\\impact"), first));
        for (int impact = 1; impact <= matrix.impactLevels(); impact++) {
            head.append(TextColumns.left(String.valueOf(impact), width));
        }
        out.println(head.toString().stripTrailing());
        int k = 0;
        for (int likelihood = matrix.likelihoodLevels(); likelihood >= 1; likelihood--) {
            StringBuilder row = new StringBuilder(TextColumns.left(String.valueOf(likelihood), first));
            for (int impact = 1; impact <= matrix.impactLevels(); impact++) {
                row.append(TextColumns.left(cells.get(k++), width));
            }
            out.println(row.toString().stripTrailing());
        }
        for (RiskBand band : matrix.bands()) {
            out.println("  " + label(band.level(), l) + " " + band.minScore() + "–" + band.maxScore() + " ("
                    + band.level().colour() + ")");
        }
        out.println();
        for (int i = 0; i < project.risks().size(); i++) {
            Risk risk = project.risks().get(i);
            Optional<RiskCell> cell = risk.inherentCell(matrix);
            String rating = cell.map(
                            c -> c.likelihood() + " × " + c.impact() + " = " + c.score() + " " + label(c.level(), l))
                    .orElse(l.pick("ไม่ได้ประเมิน", "not rated"));
            String stated = risk.inherent()
                    .flatMap(RiskRating::statedLevel)
                    .map(s -> l.pick(" (เอกสารระบุ ", " (stated ") + s + ")")
                    .orElse("");
            out.println(TextColumns.left(number(risk, i), 6) + rating + stated + "  " + risk.description());
            String response = risk.responseText()
                    .orElse(risk.response()
                            .map(r -> l == ReportLanguage.TH ? r.thai() : r.fourT())
                            .orElse(""));
            if (!response.isEmpty()) {
                out.println(" ".repeat(6) + l.pick("แนวทางการบริหารความเสี่ยง: ", "response: ") + response);
            }
        }
    }

    private static String cell(Project project, RiskMatrix matrix, ReportLanguage l, int likelihood, int impact) {
        RiskCell cell = matrix.cell(likelihood, impact);
        StringBuilder s = new StringBuilder().append(cell.score()).append(' ').append(label(cell.level(), l));
        List<String> placed = new ArrayList<>();
        for (int i = 0; i < project.risks().size(); i++) {
            Optional<RiskCell> at = project.risks().get(i).inherentCell(matrix);
            if (at.isPresent()
                    && at.get().likelihood() == likelihood
                    && at.get().impact() == impact) {
                placed.add(number(project.risks().get(i), i));
            }
        }
        if (!placed.isEmpty()) {
            s.append(" [").append(String.join(",", placed)).append(']');
        }
        return s.toString();
    }

    private static String label(RiskLevel level, ReportLanguage l) {
        return l == ReportLanguage.TH ? level.thaiLabel() : level.englishLabel();
    }

    private static String number(Risk risk, int index) {
        return risk.number().orElse(String.valueOf(index + 1));
    }
}
