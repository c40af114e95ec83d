package io.github.krongkan.check;

import java.util.List;

/** The built-in rules, in the order {@code docs/rules.md} lists them. */
final class ProjectRules {
    private ProjectRules() {}

    static List<Rule> all(CheckOptions options) {
        return List.of(
                new PeriodOutsideFiscalYearRule(),
                new DuplicateNumberRule(),
                new SchoolInTwoNetworksRule(),
                new BudgetLineArithmeticRule(),
                new BudgetSubtotalRule(),
                new BudgetTotalRule(),
                new BudgetWordsRule(),
                new BudgetWordsWithoutExactRule(),
                new BudgetExceedsReceivedRule(),
                new BudgetAllocationRule(),
                new AllocationShareDuplicatedRule(),
                new AllocationNetworkMissingRule(),
                new FundingSourcesRule(),
                new PlannedDisbursementsRule(),
                new RateCeilingRule(options.rateTables()),
                new RateTableMissingRule(options.rateTables()),
                new LedgerBalanceRule(),
                new LedgerOverdisbursedRule(),
                new RiskLevelMismatchRule(),
                new RiskWithoutResponseRule(),
                new ResidualRiskAboveInherentRule(),
                new IndicatorValueImpossibleRule(),
                new IndicatorTargetWithoutDirectionRule(),
                new IndicatorTargetMismatchRule(),
                new LinkToMissingItemRule(),
                new ActivityWithoutStepRule(),
                new StepOutsideProjectPeriodRule(),
                new StepOutsideFiscalYearRule(),
                new ApprovalOutOfOrderRule(),
                new ApprovalByProposerRule(),
                new IndicatorTargetImpossibleRule(),
                new IndicatorTargetUnreachableRule(),
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
                new OnPlanBelowCurveRule(options.onPlanTolerance()),
                new CompleteWithoutDisbursementRule(),
                new ReturnedWhileOnTargetRule(),
                new ReportAfterCancellationRule(),
                new IndicatorResultOnCancelledProjectRule());
    }
}
