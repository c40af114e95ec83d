package io.github.krongkan.check;

import io.github.krongkan.project.Project;
import io.github.krongkan.risk.Risk;
import io.github.krongkan.risk.RiskCell;
import io.github.krongkan.risk.RiskMatrix;
import io.github.krongkan.risk.RiskRating;
import io.github.krongkan.risk.StatedRiskLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code RISK_LEVEL_MISMATCH} (warning): the level a document states for a rating ({@code 2 (น้อย)})
 * disagrees with the score or the level the project's risk matrix computes from its likelihood and
 * impact. Checked for the inherent, current and residual ratings of every risk.
 */
final class RiskLevelMismatchRule implements Rule {
    static final String CODE = "RISK_LEVEL_MISMATCH";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Finding> check(Project project) {
        RiskMatrix matrix = project.riskMatrixOrDefault();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < project.risks().size(); i++) {
            Risk risk = project.risks().get(i);
            check(matrix, risk.inherent(), "/risks/" + i + "/inherent", findings);
            check(matrix, risk.current(), "/risks/" + i + "/current", findings);
            check(matrix, risk.residual(), "/risks/" + i + "/residual", findings);
        }
        return findings;
    }

    private static void check(RiskMatrix matrix, Optional<RiskRating> rating, String path, List<Finding> findings) {
        if (rating.isEmpty() || rating.get().statedLevel().isEmpty()) {
            return;
        }
        RiskCell cell = matrix.cell(rating.get());
        StatedRiskLevel stated =
                StatedRiskLevel.parse(rating.get().statedLevel().get());
        if (stated.agreesWith(cell)) {
            return;
        }
        String computed = cell.score() + " (" + cell.level().thaiLabel() + ", "
                + cell.level().englishLabel() + ")";
        findings.add(Finding.builder()
                .code(CODE)
                .severity(Severity.WARNING)
                .path(path + "/statedLevel")
                .message("The stated risk level " + stated.text() + " disagrees with " + cell.describe()
                        + " on the risk matrix " + matrix.name())
                .messageThai("ระดับความเสี่ยงที่ระบุ " + stated.text() + " ไม่ตรงกับที่คำนวณได้ "
                        + cell.likelihood() + " × " + cell.impact() + " = " + cell.score() + " ("
                        + cell.level().thaiLabel() + ")")
                .expected(computed)
                .actual(stated.text())
                .build());
    }
}
