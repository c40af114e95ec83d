package io.github.krongkan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.check.Finding;
import io.github.krongkan.check.ProjectCheck;
import io.github.krongkan.indicator.Direction;
import io.github.krongkan.indicator.FormulaKind;
import io.github.krongkan.indicator.Indicator;
import io.github.krongkan.indicator.IndicatorTarget;
import io.github.krongkan.indicator.IndicatorUnit;
import io.github.krongkan.indicator.Measure;
import io.github.krongkan.project.Project;
import io.github.krongkan.testkit.ProjectGens;
import io.github.krongkan.testkit.Property;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Properties of {@code INDICATOR_TARGET_IMPOSSIBLE} and {@code INDICATOR_TARGET_UNREACHABLE} over the
 * testkit's generated projects.
 */
class IndicatorTargetRulesPropertiesTest {
    private static final ProjectCheck CHECK = ProjectCheck.standard();
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static List<String> paths(Project project, String code) {
        return CHECK.check(project).stream()
                .filter(f -> f.code().equals(code))
                .map(Finding::path)
                .toList();
    }

    private static boolean isChange(Indicator i) {
        return i.formula().map(f -> f.kind() == FormulaKind.CHANGE).orElse(false);
    }

    /** The impossible targets, worked out here without the rule's code. */
    private static List<String> impossibleTargets(Project project) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < project.indicators().size(); i++) {
            Indicator indicator = project.indicators().get(i);
            if (isChange(indicator)) {
                continue;
            }
            boolean percent = indicator.measure() == Measure.PERCENTAGE
                    || indicator.unit().equals(Optional.of(IndicatorUnit.PERCENT));
            for (int k = 0; k < indicator.targets().size(); k++) {
                BigDecimal v = indicator.targets().get(k).value();
                boolean impossible = percent
                        ? v.signum() < 0 || v.compareTo(HUNDRED) > 0
                        : switch (indicator.measure()) {
                            case ORDINAL_LEVEL ->
                                v.compareTo(BigDecimal.ONE) < 0 || v.compareTo(BigDecimal.valueOf(5)) > 0;
                            case COUNT -> v.signum() < 0;
                            default -> false;
                        };
                if (impossible) {
                    out.add("/indicators/" + i + "/targets/" + k + "/value");
                }
            }
        }
        return out;
    }

    @Test
    void impossibleTargetsAreExactlyThoseOffTheScale() {
        Property.forAll(ProjectGens.projects())
                .examples(500)
                .check(project -> assertThat(paths(project, "INDICATOR_TARGET_IMPOSSIBLE"))
                        .containsExactlyElementsOf(impossibleTargets(project)));
    }

    @Test
    void unreachableTargetsAreChangeTargetsAndATargetOfZeroIsAlwaysReachable() {
        Property.forAll(ProjectGens.projects()).examples(500).check(project -> {
            for (String path : paths(project, "INDICATOR_TARGET_UNREACHABLE")) {
                Indicator indicator = project.indicators().get(Integer.parseInt(path.split("/")[2]));
                assertThat(isChange(indicator)).as(path).isTrue();
                assertThat(indicator.baseline()).as(path).isPresent();
                assertThat(indicator.direction().map(Direction::isChange))
                        .as(path)
                        .contains(true);
            }
            List<Indicator> zeroed = project.indicators().stream()
                    .map(i -> Indicator.builder()
                            .from(i)
                            .targets(i.targets().stream()
                                    .map(t -> IndicatorTarget.builder()
                                            .from(t)
                                            .value(BigDecimal.ZERO)
                                            .build())
                                    .toList())
                            .build())
                    .toList();
            Project atZero = Project.builder().from(project).indicators(zeroed).build();
            assertThat(paths(atZero, "INDICATOR_TARGET_UNREACHABLE")).isEmpty();
        });
    }
}
