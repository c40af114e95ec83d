package io.github.krongkan.check;

import io.github.krongkan.budget.Budget;
import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.document.Fields;
import io.github.krongkan.money.Baht;
import io.github.krongkan.project.Project;
import java.util.Optional;

/**
 * The budget the budget rules check, the one in force, with its JSON pointer: {@code /budget}, or
 * {@code /budgetRevisions/<last>/budget} once the budget has been revised.
 */
record CurrentBudget(Budget budget, DocumentPath path) {

    static Optional<CurrentBudget> of(Project project) {
        if (!project.budgetRevisions().isEmpty()) {
            int last = project.budgetRevisions().size() - 1;
            return Optional.of(new CurrentBudget(
                    project.budgetRevisions().get(last).budget(),
                    DocumentPath.root()
                            .field(Fields.BUDGET_REVISIONS)
                            .index(last)
                            .field(Fields.BUDGET)));
        }
        return project.budget()
                .map(b -> new CurrentBudget(b, DocumentPath.root().field(Fields.BUDGET)));
    }

    /** An amount for messages: {@code 10,000.00}. */
    static String baht(Baht amount) {
        return amount.toGroupedString();
    }
}
