package io.github.krongkan.project;

import io.github.krongkan.budget.Budget;
import io.github.krongkan.money.Baht;
import java.util.Objects;

/**
 * What a number of projects add up to: how many, their budgets as written and what they have
 * disbursed, exact to the satang. Summed by {@link PortfolioRollUp}.
 *
 * @param projects  how many projects, at least 0
 * @param budget    the sum of the projects' current budgets as written ({@link Budget#writtenAmount()});
 *                  projects without a budget count as zero
 * @param disbursed the sum of the projects' cumulative disbursement: for each project, the amount of its
 *                  latest progress report (by date, the later in the list on the same date) that states one
 */
public record ProjectTotals(long projects, Baht budget, Baht disbursed) {
    /** No projects. */
    public static final ProjectTotals ZERO = new ProjectTotals(0, Baht.ZERO, Baht.ZERO);

    /**
     * Totals from their parts.
     *
     * @param projects  how many projects
     * @param budget    the budgets' sum
     * @param disbursed the disbursements' sum
     * @throws IllegalArgumentException if the count is negative
     * @throws NullPointerException     if an amount is null
     */
    public ProjectTotals {
        if (projects < 0) {
            throw new IllegalArgumentException("projects must not be negative: " + projects);
        }
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(disbursed, "disbursed");
    }

    /**
     * The totals of one project.
     *
     * @param project the project
     * @return one project, its written budget and its latest stated disbursement
     */
    public static ProjectTotals of(Project project) {
        Baht budget = project.currentBudget().map(Budget::writtenAmount).orElse(Baht.ZERO);
        ProgressReport latest = null;
        for (ProgressReport report : project.progressReports()) {
            if (report.disbursed().isPresent()
                    && (latest == null || !report.date().isBefore(latest.date()))) {
                latest = report;
            }
        }
        return new ProjectTotals(
                1, budget, latest == null ? Baht.ZERO : latest.disbursed().get());
    }

    /**
     * These totals and others together.
     *
     * @param other the other totals
     * @return the sums
     * @throws ArithmeticException if an amount overflows {@link Baht}'s range
     */
    public ProjectTotals plus(ProjectTotals other) {
        return new ProjectTotals(
                Math.addExact(projects, other.projects), budget.plus(other.budget), disbursed.plus(other.disbursed));
    }
}
