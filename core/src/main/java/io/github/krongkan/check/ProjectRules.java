package io.github.krongkan.check;

import java.util.List;

/** The built-in rules, in the order {@code docs/rules.md} lists them. */
final class ProjectRules {
    private ProjectRules() {
    }

    static List<Rule> all() {
        return List.of(
                new PeriodOutsideFiscalYearRule(),
                new DuplicateNumberRule(),
                new RiskLevelMismatchRule(),
                new RiskWithoutResponseRule(),
                new ResidualRiskAboveInherentRule(),
                new IndicatorValueImpossibleRule(),
                new IndicatorTargetWithoutDirectionRule(),
                new IndicatorTargetMismatchRule());
    }
}
