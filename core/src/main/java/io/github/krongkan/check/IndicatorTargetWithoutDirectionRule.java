package io.github.krongkan.check;

import io.github.krongkan.indicator.Indicator;
import io.github.krongkan.project.Project;
import java.util.List;

/**
 * {@code INDICATOR_TARGET_WITHOUT_DIRECTION} (warning): an indicator has targets but no direction, so
 * nobody can say whether a value meets them: is "90" at least 90 (ไม่น้อยกว่า), at most 90 (ไม่เกิน)
 * or exactly 90?
 */
final class IndicatorTargetWithoutDirectionRule extends IndicatorRule {
    IndicatorTargetWithoutDirectionRule() {
        super(RuleCode.INDICATOR_TARGET_WITHOUT_DIRECTION);
    }

    @Override
    void check(Project project, Item<Indicator> item, List<Finding> findings) {
        Indicator indicator = item.value();
        if (indicator.targets().isEmpty() || indicator.direction().isPresent()) {
            return;
        }
        findings.add(finding(item.path())
                .message("The indicator has " + indicator.targets().size() + " target(s) but no direction "
                        + "(at least, at most, exactly, reduce by at least, increase by at least)")
                .messageThai("ตัวชี้วัดมีค่าเป้าหมายแต่ไม่ระบุว่าไม่น้อยกว่า ไม่เกิน หรือเท่ากับ")
                .expected("a direction")
                .build());
    }
}
