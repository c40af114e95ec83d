package io.github.krongkan.check;

import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.document.Fields;
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
final class RiskLevelMismatchRule extends AbstractRule {
    RiskLevelMismatchRule() {
        super(RuleCode.RISK_LEVEL_MISMATCH);
    }

    @Override
    public List<Finding> check(Project project) {
        RiskMatrix matrix = project.riskMatrixOrDefault();
        List<Finding> findings = new ArrayList<>();
        for (Item<Risk> item : items(project.risks(), DocumentPath.root().field(Fields.RISKS))) {
            Risk risk = item.value();
            check(matrix, risk.inherent(), item.field(Fields.INHERENT), findings);
            check(matrix, risk.current(), item.field(Fields.CURRENT), findings);
            check(matrix, risk.residual(), item.field(Fields.RESIDUAL), findings);
        }
        return findings;
    }

    private void check(RiskMatrix matrix, Optional<RiskRating> rating, DocumentPath path, List<Finding> findings) {
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
        findings.add(finding(path.field(Fields.STATED_LEVEL))
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
