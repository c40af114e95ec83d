package io.github.krongkan.check;

import io.github.krongkan.budget.BudgetActivity;
import io.github.krongkan.budget.BudgetLine;
import io.github.krongkan.project.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code BUDGET_LINE_ARITHMETIC_MISMATCH} (error): a line's stated amount is not its unit cost times
 * its quantity factors, e.g. seed 004's {@code 200 ชุด ชุดละ 80 บาท เป็นเงิน 13,000 บาท} (16,000).
 */
final class BudgetLineArithmeticRule implements Rule {
    static final String CODE = "BUDGET_LINE_ARITHMETIC_MISMATCH";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Finding> check(Project project) {
        Optional<CurrentBudget> current = CurrentBudget.of(project);
        if (current.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        List<BudgetActivity> activities = current.get().budget().activities();
        for (int a = 0; a < activities.size(); a++) {
            List<BudgetLine> lines = activities.get(a).lines();
            for (int l = 0; l < lines.size(); l++) {
                BudgetLine line = lines.get(l);
                if (!line.hasArithmeticError()) {
                    continue;
                }
                String computed = CurrentBudget.baht(line.computedAmount().orElseThrow());
                String stated = CurrentBudget.baht(line.statedAmount().orElseThrow());
                String item = line.item().map(i -> " (" + i + ")").orElse("");
                findings.add(Finding.builder()
                        .code(CODE)
                        .severity(Severity.ERROR)
                        .path(current.get().path() + "/activities/" + a + "/lines/" + l + "/statedAmount")
                        .message("Line " + (l + 1) + " of activity " + (a + 1) + item + " states " + stated
                                + " baht, but " + line.formula() + " = " + computed + " baht")
                        .messageThai("รายการที่ " + (l + 1) + " ของกิจกรรมที่ " + (a + 1) + item + " เขียนไว้ " + stated
                                + " บาท แต่ " + line.formula() + " = " + computed + " บาท")
                        .expected(line.computedAmount().orElseThrow().toString())
                        .actual(line.statedAmount().orElseThrow().toString())
                        .build());
            }
        }
        return findings;
    }
}
