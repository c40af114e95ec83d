package io.github.krongkan.check;

import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.document.Fields;
import io.github.krongkan.risk.Risk;
import io.github.krongkan.risk.RiskCell;
import io.github.krongkan.risk.RiskMatrix;
import io.github.krongkan.risk.RiskRating;
import io.github.krongkan.risk.StatedRiskLevel;
import java.util.List;
import java.util.Optional;

/**
 * {@code RISK_LEVEL_MISMATCH} (warning): the level a document states for a rating ({@code 2 (น้อย)})
 * disagrees with the score or the level the project's risk matrix computes from its likelihood and
 * impact. Checked for the inherent, current and residual ratings of every risk.
 */
final class RiskLevelMismatchRule extends RiskRule {
    RiskLevelMismatchRule() {
        super(RuleCode.RISK_LEVEL_MISMATCH);
    }

    @Override
    void check(RiskMatrix matrix, Item<Risk> item, List<Finding> findings) {
        Risk risk = item.value();
        checkRating(matrix, risk.inherent(), item.field(Fields.INHERENT), findings);
        checkRating(matrix, risk.current(), item.field(Fields.CURRENT), findings);
        checkRating(matrix, risk.residual(), item.field(Fields.RESIDUAL), findings);
    }

    private void checkRating(
            RiskMatrix matrix, Optional<RiskRating> rating, DocumentPath path, List<Finding> findings) {
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
