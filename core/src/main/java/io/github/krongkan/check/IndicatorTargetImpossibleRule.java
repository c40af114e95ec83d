package io.github.krongkan.check;

import io.github.krongkan.document.Fields;
import io.github.krongkan.indicator.Indicator;
import io.github.krongkan.indicator.IndicatorTarget;
import io.github.krongkan.project.Project;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * {@code INDICATOR_TARGET_IMPOSSIBLE} (error): a target value (ค่าเป้าหมาย) the indicator can never
 * take: a percentage (measure percentage or unit percent) below 0 or above 100, as in
 * "ไม่น้อยกว่าร้อยละ 120"; an ordinal level outside 1–5; a negative count. Targets of a change
 * against a baseline are changes, not levels, and are left to {@code INDICATOR_TARGET_UNREACHABLE}.
 * One finding per target, at its {@code value}.
 */
final class IndicatorTargetImpossibleRule extends IndicatorRule {
    IndicatorTargetImpossibleRule() {
        super(RuleCode.INDICATOR_TARGET_IMPOSSIBLE);
    }

    @Override
    void check(Project project, Item<Indicator> item, List<Finding> findings) {
        Indicator indicator = item.value();
        Optional<IndicatorScale> scale = IndicatorScale.ofValues(indicator);
        if (scale.isEmpty() || IndicatorScale.isChange(indicator)) {
            return;
        }
        for (Item<IndicatorTarget> target : items(indicator.targets(), item.field(Fields.TARGETS))) {
            BigDecimal value = target.value().value();
            if (!scale.get().contains(value)) {
                String v = value.toPlainString();
                String direction =
                        indicator.direction().map(d -> d.thai() + " ").orElse("");
                findings.add(finding(target.path().field(Fields.VALUE))
                        .message("The target " + v + " is outside "
                                + scale.get().describe() + ", the values this indicator can take")
                        .messageThai("ค่าเป้าหมาย " + direction + scale.get().thai() + " " + v + " อยู่นอกช่วง "
                                + scale.get().describeThai() + " ซึ่งตัวชี้วัดนี้เป็นไปได้")
                        .expected(scale.get().describe())
                        .actual(v)
                        .build());
            }
        }
    }
}
