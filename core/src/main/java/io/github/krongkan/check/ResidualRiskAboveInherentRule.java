package io.github.krongkan.check;

import io.github.krongkan.document.Fields;
import io.github.krongkan.risk.Risk;
import io.github.krongkan.risk.RiskCell;
import io.github.krongkan.risk.RiskMatrix;
import java.util.List;

/**
 * {@code RESIDUAL_RISK_ABOVE_INHERENT} (warning): a risk's residual rating, expected after the
 * response, is worse than its inherent rating: a higher level, or the same level with a higher
 * score. A response should not make a risk worse; usually the columns were swapped.
 */
final class ResidualRiskAboveInherentRule extends RiskRule {
    ResidualRiskAboveInherentRule() {
        super(RuleCode.RESIDUAL_RISK_ABOVE_INHERENT);
    }

    @Override
    void check(RiskMatrix matrix, Item<Risk> item, List<Finding> findings) {
        Risk risk = item.value();
        if (risk.inherent().isEmpty() || risk.residual().isEmpty()) {
            return;
        }
        RiskCell inherent = matrix.cell(risk.inherent().get());
        RiskCell residual = matrix.cell(risk.residual().get());
        int byLevel = Integer.compare(matrix.rank(residual.level()), matrix.rank(inherent.level()));
        boolean worse = byLevel > 0 || (byLevel == 0 && residual.score() > inherent.score());
        if (!worse) {
            return;
        }
        findings.add(finding(item.field(Fields.RESIDUAL))
                .message("The residual risk " + residual.describe() + " is worse than the inherent risk "
                        + inherent.describe())
                .messageThai("ความเสี่ยงคงเหลือ (" + residual.score() + " "
                        + residual.level().thaiLabel() + ") สูงกว่าความเสี่ยงก่อนการจัดการ (" + inherent.score()
                        + " " + inherent.level().thaiLabel() + ")")
                .expected("at most " + inherent.describe())
                .actual(residual.describe())
                .build());
    }
}
