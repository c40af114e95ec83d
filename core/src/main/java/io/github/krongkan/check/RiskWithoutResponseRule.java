package io.github.krongkan.check;

import io.github.krongkan.risk.Risk;
import io.github.krongkan.risk.RiskCell;
import io.github.krongkan.risk.RiskMatrix;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code RISK_WITHOUT_RESPONSE} (warning): a risk whose inherent or current rating reaches a level
 * that requires a response (high or very high on the presets) has neither a response strategy nor a
 * response text.
 */
final class RiskWithoutResponseRule extends RiskRule {
    RiskWithoutResponseRule() {
        super(RuleCode.RISK_WITHOUT_RESPONSE);
    }

    @Override
    void check(RiskMatrix matrix, Item<Risk> item, List<Finding> findings) {
        Risk risk = item.value();
        if (risk.hasResponse()) {
            return;
        }
        Optional<RiskCell> needing = Stream.of(risk.inherentCell(matrix), risk.currentCell(matrix))
                .flatMap(Optional::stream)
                .filter(c -> c.level().requiresResponse())
                .findFirst();
        if (needing.isEmpty()) {
            return;
        }
        RiskCell cell = needing.get();
        findings.add(finding(item.path())
                .message(
                        "The risk is " + cell.level().englishLabel() + " (" + cell.describe() + ") but has no response")
                .messageThai("ความเสี่ยงระดับ" + cell.level().thaiLabel() + " แต่ไม่มีแนวทางการบริหารความเสี่ยง")
                .expected("a response (accept, reduce, transfer, avoid) or a response text")
                .actual(cell.describe())
                .build());
    }
}
