package io.github.krongkan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.check.Finding;
import io.github.krongkan.check.ProjectCheck;
import io.github.krongkan.check.RuleCode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every planted generator gives valid projects in which the check finds exactly the planted code at
 * the planted pointer, and no other ERROR or WARNING (nor any other INFO).
 */
class PlantTest {
    private static final ProjectCheck CHECK = ProjectCheck.standard();

    /** Over 10,000 planted projects in all (205 for each of the 49 codes), as many as the clean ones. */
    private static final int PER_CODE = 205;

    /** Codes whose planted item sits at a random position among clean ones. */
    private static final Set<RuleCode> VARYING = EnumSet.of(
            RuleCode.DUPLICATE_ITEM_NUMBER,
            RuleCode.SCHOOL_IN_TWO_NETWORKS,
            RuleCode.BUDGET_LINE_ARITHMETIC_MISMATCH,
            RuleCode.BUDGET_SUBTOTAL_MISMATCH,
            RuleCode.ALLOCATION_SHARE_DUPLICATED,
            RuleCode.BUDGET_RATE_ABOVE_CEILING,
            RuleCode.LEDGER_DISBURSED_EXCEEDS_RECEIVED,
            RuleCode.RISK_LEVEL_MISMATCH,
            RuleCode.RISK_WITHOUT_RESPONSE,
            RuleCode.INDICATOR_VALUE_IMPOSSIBLE,
            RuleCode.LINK_TO_MISSING_ITEM,
            RuleCode.ACTIVITY_WITHOUT_STEP,
            RuleCode.STEP_OUTSIDE_FISCAL_YEAR,
            RuleCode.REPORT_DUPLICATED,
            RuleCode.REPORT_DATE_MISMATCH,
            RuleCode.PROGRESS_DECREASED,
            RuleCode.DISBURSED_ABOVE_BUDGET,
            RuleCode.ON_PLAN_BELOW_CURVE);

    @Test
    void everyProjectRuleCodeIsSupported() {
        assertThat(Plant.codes()).containsExactlyElementsOf(RuleCode.projectCodes());
    }

    @Test
    void everyCodeIsFoundAloneAtItsPointer() {
        List<String> failures = new ArrayList<>();
        for (RuleCode code : Plant.codes()) {
            Set<String> pointers = new HashSet<>();
            List<Planted> samples;
            try {
                samples = Plant.of(code).samples(code.ordinal() * 1_000L + 17, PER_CODE);
            } catch (RuntimeException e) {
                failures.add(code + " threw " + e);
                continue;
            }
            for (Planted planted : samples) {
                assertThat(planted.code()).isEqualTo(code);
                pointers.add(planted.pointer());
                List<Finding> findings = CHECK.check(planted.project());
                List<Finding> found = findings.stream()
                        .filter(f -> f.code().equals(code.code()))
                        .toList();
                List<Finding> others = findings.stream()
                        .filter(f -> !f.code().equals(code.code()))
                        .toList();
                if (found.size() != 1 || !found.get(0).path().equals(planted.pointer()) || !others.isEmpty()) {
                    failures.add(code + " at " + planted.pointer() + " gave " + findings);
                    break;
                }
            }
            if (VARYING.contains(code)) {
                assertThat(pointers).as("pointers of %s", code).hasSizeGreaterThan(2);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void unsupportedCodesAreRefusedWithTheList() {
        assertThatThrownBy(() -> Plant.of("NO_SUCH_CODE"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NO_SUCH_CODE")
                .hasMessageContaining("BUDGET_TOTAL_MISMATCH")
                .hasMessageContaining("PERIOD_OUTSIDE_FISCAL_YEAR");
        // the rules of project records judge a record, not one project: nothing to plant in a project
        assertThat(RuleCode.recordCodes())
                .isNotEmpty()
                .allSatisfy(code -> assertThatThrownBy(() -> Plant.of(code))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining(code.code()));
    }
}
