package io.github.krongkan.check;

import io.github.krongkan.budget.BudgetActivity;
import io.github.krongkan.budget.BudgetLine;
import io.github.krongkan.document.Fields;
import io.github.krongkan.project.Project;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule on the budget in force ({@link CurrentBudget}): it finds nothing in a project without a
 * budget, and walks the budget's activities and lines with their pointers.
 */
abstract class BudgetRule extends AbstractRule {
    BudgetRule(RuleCode code) {
        super(code);
    }

    @Override
    public final List<Finding> check(Project project) {
        return CurrentBudget.of(project).map(current -> check(project, current)).orElse(List.of());
    }

    /**
     * The findings on the budget in force.
     *
     * @param project the project
     * @param current its budget in force, with the budget's pointer
     * @return the findings, in document order
     */
    abstract List<Finding> check(Project project, CurrentBudget current);

    /** The activities of the budget, each with its pointer. */
    static List<Item<BudgetActivity>> activities(CurrentBudget current) {
        return items(current.budget().activities(), current.path().field(Fields.ACTIVITIES));
    }

    /** Every line of the budget, activity by activity, each with its activity. */
    static List<Line> lines(CurrentBudget current) {
        List<Line> lines = new ArrayList<>();
        for (Item<BudgetActivity> activity : activities(current)) {
            for (Item<BudgetLine> line : items(activity.value().lines(), activity.field(Fields.LINES))) {
                lines.add(new Line(activity, line));
            }
        }
        return lines;
    }

    /**
     * A line of the budget with the activity it stands in.
     *
     * @param activity the activity
     * @param item the line
     */
    record Line(Item<BudgetActivity> activity, Item<BudgetLine> item) {}
}
