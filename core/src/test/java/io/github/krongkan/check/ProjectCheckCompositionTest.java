package io.github.krongkan.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.krongkan.budget.RateTables;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectPeriod;
import io.github.krongkan.time.FiscalYear;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How checks are put together: the order of rules, replacing, removing and adding them. */
class ProjectCheckCompositionTest {
    private static final FiscalYear FY2569 = FiscalYear.ofBuddhistEra(2569);

    private static Rule fixed(String code, String path) {
        return new Rule() {
            @Override
            public String code() {
                return code;
            }

            @Override
            public List<Finding> check(Project project) {
                return List.of(Finding.builder()
                        .code(code)
                        .severity(Severity.INFO)
                        .path(path)
                        .message("found " + code)
                        .messageThai("พบ " + code)
                        .build());
            }
        };
    }

    private static List<String> codes(ProjectCheck check) {
        List<String> codes = new ArrayList<>();
        for (Rule r : check.rules()) {
            codes.add(r.code());
        }
        return codes;
    }

    private static Project late() {
        return Project.builder()
                .name("โครงการ")
                .fiscalYear(FY2569)
                .plannedPeriod(ProjectPeriod.ofMonths(YearMonth.of(2026, 6), YearMonth.of(2026, 10)))
                .build();
    }

    @Test
    void theStandardCheckHasEveryBuiltInRuleOnceInTheDocumentedOrder() {
        List<String> codes = codes(ProjectCheck.standard());
        assertThat(codes)
                .containsExactly(
                        "PERIOD_OUTSIDE_FISCAL_YEAR",
                        "DUPLICATE_ITEM_NUMBER",
                        "SCHOOL_IN_TWO_NETWORKS",
                        "BUDGET_LINE_ARITHMETIC_MISMATCH",
                        "BUDGET_SUBTOTAL_MISMATCH",
                        "BUDGET_TOTAL_MISMATCH",
                        "BUDGET_WORDS_MISMATCH",
                        "BUDGET_WORDS_WITHOUT_EXACT",
                        "BUDGET_EXCEEDS_RECEIVED",
                        "BUDGET_ALLOCATION_MISMATCH",
                        "ALLOCATION_SHARE_DUPLICATED",
                        "ALLOCATION_NETWORK_MISSING",
                        "FUNDING_SOURCES_MISMATCH",
                        "PLANNED_DISBURSEMENTS_MISMATCH",
                        "BUDGET_RATE_ABOVE_CEILING",
                        "BUDGET_RATE_TABLE_MISSING",
                        "LEDGER_BALANCE_MISMATCH",
                        "LEDGER_DISBURSED_EXCEEDS_RECEIVED",
                        "RISK_LEVEL_MISMATCH",
                        "RISK_WITHOUT_RESPONSE",
                        "RESIDUAL_RISK_ABOVE_INHERENT",
                        "INDICATOR_VALUE_IMPOSSIBLE",
                        "INDICATOR_TARGET_WITHOUT_DIRECTION",
                        "INDICATOR_TARGET_MISMATCH",
                        "LINK_TO_MISSING_ITEM",
                        "ACTIVITY_WITHOUT_STEP",
                        "STEP_OUTSIDE_PROJECT_PERIOD",
                        "STEP_OUTSIDE_FISCAL_YEAR",
                        "APPROVAL_OUT_OF_ORDER",
                        "APPROVAL_BY_PROPOSER",
                        "INDICATOR_TARGET_IMPOSSIBLE",
                        "INDICATOR_TARGET_UNREACHABLE",
                        "ACTUAL_END_AFTER_PLAN",
                        "REPORTS_NOT_IN_DATE_ORDER",
                        "REPORT_DUPLICATED",
                        "REPORT_DATE_MISMATCH",
                        "REPORT_DATE_MONTH_FIRST",
                        "REPORT_DATE_AMBIGUOUS",
                        "REPORT_OUTSIDE_FISCAL_YEAR",
                        "REPORT_OUTSIDE_PROJECT_PERIOD",
                        "PROGRESS_OUT_OF_RANGE",
                        "PROGRESS_DECREASED",
                        "DISBURSED_DECREASED",
                        "DISBURSED_ABOVE_BUDGET",
                        "ON_PLAN_BELOW_CURVE",
                        "COMPLETE_WITHOUT_DISBURSEMENT",
                        "RETURNED_WHILE_ON_TARGET",
                        "REPORT_AFTER_CANCELLATION",
                        "INDICATOR_RESULT_ON_CANCELLED_PROJECT");
    }

    @Test
    void ofRunsTheGivenRulesInTheirOrder() {
        ProjectCheck check = ProjectCheck.of(List.of(fixed("B", "/b"), fixed("A", "/a")));
        assertThat(check.check(late()))
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("B", "/b"), tuple("A", "/a"));
        assertThatThrownBy(() -> ProjectCheck.of(List.of(fixed("A", ""), fixed("A", "/x"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("A");
        assertThat(ProjectCheck.of(List.of()).check(late())).isEmpty();
    }

    @Test
    void replacingKeepsThePlaceAndRefusesAnUnknownCode() {
        ProjectCheck check = ProjectCheck.of(List.of(fixed("A", "/a"), fixed("B", "/b"), fixed("C", "/c")));
        ProjectCheck replaced = check.replacing(fixed("B", "/new"));
        assertThat(replaced.check(late())).extracting(Finding::path).containsExactly("/a", "/new", "/c");
        assertThat(check.check(late())).extracting(Finding::path).containsExactly("/a", "/b", "/c");
        assertThatThrownBy(() -> check.replacing(fixed("D", "/d")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("D");
    }

    @Test
    void optionsChangeOnlyTheRulesTheyConfigure() {
        ProjectCheck standard = ProjectCheck.standard();
        ProjectCheck strict = ProjectCheck.standard(
                CheckOptions.builder().onPlanTolerance(BigDecimal.ZERO).build());
        ProjectCheck noTables = ProjectCheck.standard(
                CheckOptions.builder().rateTables(RateTables.of(List.of())).build());
        assertThat(codes(strict)).isEqualTo(codes(standard));
        assertThat(codes(noTables)).isEqualTo(codes(standard));
        assertThat(ProjectCheck.standard(CheckOptions.defaults()).check(late())).isEqualTo(standard.check(late()));
        assertThatThrownBy(() -> CheckOptions.builder()
                        .onPlanTolerance(new BigDecimal("-0.01"))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("onPlanTolerance")
                .hasMessageContaining("-0.01");
        assertThat(CheckOptions.defaults().onPlanTolerance()).isEqualByComparingTo("10");
    }

    @Test
    void withoutAnUnknownCodeIsAnError() {
        ProjectCheck standard = ProjectCheck.standard();
        assertThatThrownBy(() -> standard.without("NO_SUCH_RULE"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NO_SUCH_RULE");
        ProjectCheck fewer = standard.without("PERIOD_OUTSIDE_FISCAL_YEAR");
        assertThat(fewer.rules()).hasSize(standard.rules().size() - 1);
        assertThat(fewer.check(late())).isEmpty();
        assertThat(standard.check(late())).extracting(Finding::code).containsExactly("PERIOD_OUTSIDE_FISCAL_YEAR");
        assertThat(codes(standard.without(RuleCode.PERIOD_OUTSIDE_FISCAL_YEAR))).isEqualTo(codes(fewer));
        assertThatThrownBy(() -> fewer.without(RuleCode.PERIOD_OUTSIDE_FISCAL_YEAR))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PERIOD_OUTSIDE_FISCAL_YEAR");
    }

    @Test
    void withReplacingAndWithoutAgreeOnWhichCodesArePresent() {
        ProjectCheck standard = ProjectCheck.standard();
        Rule ceiling = new RateCeilingRule(RateTables.of(List.of()));
        assertThatThrownBy(() -> standard.with(ceiling)).isInstanceOf(IllegalArgumentException.class);
        ProjectCheck replaced = standard.replacing(ceiling);
        assertThat(codes(replaced)).isEqualTo(codes(standard));
        ProjectCheck fewer = standard.without(ceiling.code());
        assertThatThrownBy(() -> fewer.replacing(ceiling)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fewer.without(ceiling.code())).isInstanceOf(IllegalArgumentException.class);
        ProjectCheck added = fewer.with(ceiling);
        assertThat(codes(added)).hasSize(codes(standard).size());
        assertThat(codes(added).get(codes(added).size() - 1)).isEqualTo(RuleCode.BUDGET_RATE_ABOVE_CEILING.code());
    }

    @Test
    void theFindingsListCannotBeChanged() {
        List<Finding> findings = ProjectCheck.standard().check(late());
        assertThatThrownBy(() -> findings.add(findings.get(0))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ProjectCheck.standard().check(null)).isInstanceOf(NullPointerException.class);
    }
}
