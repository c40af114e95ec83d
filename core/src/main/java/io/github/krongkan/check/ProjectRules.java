package io.github.krongkan.check;

import io.github.krongkan.budget.RateTables;
import java.util.List;

/** The built-in rules, in the order {@code docs/rules.md} lists them. */
final class ProjectRules {
    private ProjectRules() {}

    static List<Rule> all() {
        return List.of(
                new PeriodOutsideFiscalYearRule(),
                new DuplicateNumberRule(),
                new BudgetLineArithmeticRule(),
                new BudgetSubtotalRule(),
                new BudgetTotalRule(),
                new BudgetWordsRule(),
                new BudgetExceedsReceivedRule(),
                new BudgetAllocationRule(),
                new RateCeilingRule(RateTables.defaults()),
                new LedgerBalanceRule(),
                new LedgerOverdisbursedRule(),
                new RiskLevelMismatchRule(),
                new RiskWithoutResponseRule(),
                new ResidualRiskAboveInherentRule(),
                new IndicatorValueImpossibleRule(),
                new IndicatorTargetWithoutDirectionRule(),
                new IndicatorTargetMismatchRule(),
                new ActualEndAfterPlanRule(),
                new ReportsNotInDateOrderRule(),
                new ReportDuplicatedRule(),
                new ReportDateMismatchRule(),
                new ReportDateMonthFirstRule(),
                new ReportDateAmbiguousRule(),
                new ReportOutsideFiscalYearRule(),
                new ReportOutsideProjectPeriodRule(),
                new ProgressOutOfRangeRule(),
                new ProgressDecreasedRule(),
                new DisbursedDecreasedRule(),
                new DisbursedAboveBudgetRule(),
                new OnPlanBelowCurveRule(ProgressChecks.DEFAULT_ON_PLAN_TOLERANCE),
                new CompleteWithoutDisbursementRule(),
                new ReportAfterCancellationRule(),
                new IndicatorResultOnCancelledProjectRule());
    }
}
