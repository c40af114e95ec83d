package io.github.krongkan.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.indicator.ChangeBasis;
import io.github.krongkan.indicator.Direction;
import io.github.krongkan.indicator.Formula;
import io.github.krongkan.indicator.Indicator;
import io.github.krongkan.indicator.IndicatorTarget;
import io.github.krongkan.indicator.IndicatorUnit;
import io.github.krongkan.indicator.Measure;
import io.github.krongkan.project.Project;
import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.Property;
import io.github.krongkan.time.FiscalYear;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties of INDICATOR_TARGET_IMPOSSIBLE and INDICATOR_TARGET_UNREACHABLE over whole scales. */
class IndicatorTargetRulesPropertiesTest {
    private static final FiscalYear FY2569 = FiscalYear.ofBuddhistEra(2569);
    private static final int EXAMPLES = 1000;

    private static List<Finding> findings(Indicator indicator, String code) {
        Project project = Project.builder()
                .name("โครงการ")
                .fiscalYear(FY2569)
                .addIndicators(indicator)
                .build();
        return ProjectCheck.standard().check(project).stream()
                .filter(f -> f.code().equals(code))
                .toList();
    }

    private static Indicator percentage(long target, Direction direction) {
        return Indicator.builder()
                .name("ร้อยละของโรงเรียนที่ผ่านเกณฑ์")
                .measure(Measure.PERCENTAGE)
                .unit(IndicatorUnit.PERCENT)
                .formula(Formula.percentage())
                .direction(direction)
                .addTargets(IndicatorTarget.of(BigDecimal.valueOf(target)))
                .build();
    }

    private static Indicator change(Direction direction, int baseline, int target) {
        return Indicator.builder()
                .name("ร้อยละของนักเรียนที่อ่านไม่ออก")
                .measure(Measure.PERCENTAGE)
                .formula(Formula.change(ChangeBasis.ABSOLUTE))
                .direction(direction)
                .baseline(BigDecimal.valueOf(baseline))
                .addTargets(IndicatorTarget.of(BigDecimal.valueOf(target)))
                .build();
    }

    /** Integers from {@code min} to {@code max} with both ends mixed in. */
    private static Gen<Integer> between(int min, int max) {
        return Gen.ints(min, max).withEdgeCases(List.of(min, max));
    }

    private record Change(int baseline, int target) {}

    /**
     * Over every baseline and target on a percentage scale, an absolute reduction target is reported
     * exactly when it is more than the baseline, and a rise exactly when baseline plus target passes 100.
     */
    @Test
    void absoluteChangesAreReportedExactlyWhenTheScaleCannotHoldThem() {
        Gen<Integer> baselines = between(0, 100);
        Gen<Integer> targets = between(0, 200);
        Gen<Change> changes = (random, size) -> new Change(baselines.next(random, size), targets.next(random, size));
        Property.forAll(changes).examples(EXAMPLES).check(c -> {
            int baseline = c.baseline();
            int target = c.target();
            assertThat(findings(change(Direction.REDUCE_BY_AT_LEAST, baseline, target), "INDICATOR_TARGET_UNREACHABLE")
                            .isEmpty())
                    .isEqualTo(target <= baseline);
            assertThat(findings(
                                    change(Direction.INCREASE_BY_AT_LEAST, baseline, target),
                                    "INDICATOR_TARGET_UNREACHABLE")
                            .isEmpty())
                    .isEqualTo(baseline + target <= 100);
        });
    }

    private record Level(int target, Direction direction) {}

    /** A percentage target is impossible exactly when it is outside 0–100, whatever its direction. */
    @Test
    void percentageTargetsAreImpossibleExactlyOutsideTheScale() {
        Gen<Integer> targets = between(-300, 300).withEdgeCases(List.of(-1, 0, 100, 101));
        Gen<Direction> directions = Gen.oneOf(Direction.AT_LEAST, Direction.AT_MOST, Direction.EXACTLY);
        Gen<Level> levels = (random, size) -> new Level(targets.next(random, size), directions.next(random, size));
        Property.forAll(levels).examples(EXAMPLES).check(l -> {
            int target = l.target();
            assertThat(findings(percentage(target, l.direction()), "INDICATOR_TARGET_IMPOSSIBLE"))
                    .hasSize(target < 0 || target > 100 ? 1 : 0);
        });
    }
}
