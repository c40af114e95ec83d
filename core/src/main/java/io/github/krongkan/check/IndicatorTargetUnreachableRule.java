package io.github.krongkan.check;

import io.github.krongkan.document.Fields;
import io.github.krongkan.indicator.ChangeBasis;
import io.github.krongkan.indicator.Direction;
import io.github.krongkan.indicator.Indicator;
import io.github.krongkan.indicator.IndicatorTarget;
import io.github.krongkan.project.Project;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * {@code INDICATOR_TARGET_UNREACHABLE} (warning): a change target (ลดลงอย่างน้อย / เพิ่มขึ้นอย่างน้อย)
 * that cannot be reached in its direction from the baseline (ค่าฐาน): a reduction of at least 3
 * points from a baseline of 2 %, a reduction of more than 100 % of the baseline, a rise that would
 * take a percentage above 100 or a level above 5, or a change target below 0, which asks for a move
 * the other way. Levels are bounded by the indicator's measure (a percentage 0–100, a level 1–5, a
 * count 0 and up). One finding per target, at its {@code value}.
 */
final class IndicatorTargetUnreachableRule extends IndicatorRule {
    IndicatorTargetUnreachableRule() {
        super(RuleCode.INDICATOR_TARGET_UNREACHABLE);
    }

    @Override
    void check(Project project, Item<Indicator> item, List<Finding> findings) {
        Indicator indicator = item.value();
        Optional<Direction> direction = indicator.direction().filter(Direction::isChange);
        if (direction.isEmpty()
                || !IndicatorScale.isChange(indicator)
                || indicator.baseline().isEmpty()) {
            return;
        }
        ChangeBasis basis = indicator.formula().get().changeBasis().orElse(ChangeBasis.ABSOLUTE);
        BigDecimal baseline = indicator.baseline().get();
        Optional<IndicatorScale> scale = IndicatorScale.ofMeasure(indicator.measure());
        for (Item<IndicatorTarget> target : items(indicator.targets(), item.field(Fields.TARGETS))) {
            unreachable(direction.get(), basis, baseline, scale, target.value().value())
                    .ifPresent(why -> findings.add(finding(target.path().field(Fields.VALUE))
                            .message(why[0])
                            .messageThai(why[1])
                            .expected(why[2])
                            .actual(target.value().value().toPlainString())
                            .build()));
        }
    }

    /** Why a target cannot be reached: the English message, the Thai message, what is reachable. */
    private static Optional<String[]> unreachable(
            Direction direction,
            ChangeBasis basis,
            BigDecimal baseline,
            Optional<IndicatorScale> scale,
            BigDecimal target) {
        String t = target.toPlainString();
        String b = baseline.toPlainString();
        boolean reduce = direction == Direction.REDUCE_BY_AT_LEAST;
        if (target.signum() < 0) {
            return Optional.of(new String[] {
                "The target " + (reduce ? "reduction" : "rise") + " of " + t + " is below 0: it asks for a "
                        + (reduce ? "rise" : "fall") + ", not a " + (reduce ? "reduction" : "rise"),
                "ค่าเป้าหมาย" + direction.thai() + " " + t + " ติดลบ จึงกลับทิศทางกับที่ระบุ",
                "at least 0"
            });
        }
        if (scale.isEmpty() || (basis == ChangeBasis.RELATIVE && baseline.signum() <= 0)) {
            return Optional.empty();
        }
        IndicatorScale s = scale.get();
        if (!s.contains(baseline)) {
            return Optional.empty(); // a baseline off the scale is a mistake of its own, not of the target
        }
        String unit = basis == ChangeBasis.RELATIVE ? " % of the baseline" : "";
        String unitThai = basis == ChangeBasis.RELATIVE ? "ร้อยละ " : "";
        if (reduce) {
            BigDecimal most = change(basis, baseline, s.min()).negate();
            if (target.compareTo(most) > 0) {
                return Optional.of(new String[] {
                    "A reduction of at least " + t + unit + " cannot be reached from the baseline " + b
                            + ": the level cannot fall below " + s.min().toPlainString() + ", a reduction of at most "
                            + most.toPlainString() + unit,
                    "ค่าเป้าหมายลดลงอย่างน้อย" + unitThai + t + " เป็นไปไม่ได้จากค่าฐาน " + b + " เพราะ" + s.thai()
                            + "ต่ำกว่า " + s.min().toPlainString() + " ไม่ได้",
                    "at most " + most.toPlainString()
                });
            }
            return Optional.empty();
        }
        if (s.max().isEmpty()) {
            return Optional.empty();
        }
        BigDecimal most = change(basis, baseline, s.max().get());
        if (target.compareTo(most) > 0) {
            return Optional.of(new String[] {
                "A rise of at least " + t + unit + " cannot be reached from the baseline " + b
                        + ": the level cannot rise above " + s.max().get().toPlainString() + ", a rise of at most "
                        + most.toPlainString() + unit,
                "ค่าเป้าหมายเพิ่มขึ้นอย่างน้อย" + unitThai + t + " เป็นไปไม่ได้จากค่าฐาน " + b + " เพราะ" + s.thai()
                        + "สูงกว่า " + s.max().get().toPlainString() + " ไม่ได้",
                "at most " + most.toPlainString()
            });
        }
        return Optional.empty();
    }

    /** The change from the baseline to a level, in the basis of the formula. */
    private static BigDecimal change(ChangeBasis basis, BigDecimal baseline, BigDecimal level) {
        BigDecimal difference = level.subtract(baseline);
        if (basis == ChangeBasis.ABSOLUTE) {
            return difference.stripTrailingZeros().scale() < 0
                    ? difference.setScale(0, RoundingMode.UNNECESSARY)
                    : difference.stripTrailingZeros();
        }
        BigDecimal relative = difference.multiply(IndicatorScale.HUNDRED).divide(baseline, 6, RoundingMode.HALF_UP);
        BigDecimal stripped = relative.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
    }
}
