package io.github.krongkan.check;

import io.github.krongkan.project.Project;
import java.util.List;

/**
 * One check over a project. Implementations are pure: the same project always gives the same
 * findings, in the same order.
 */
public interface Rule {
    /**
     * The stable code of the findings this rule reports, e.g. {@code PERIOD_OUTSIDE_FISCAL_YEAR}.
     *
     * @return the code
     */
    String code();

    /**
     * Checks a project.
     *
     * @param project the project
     * @return the findings, empty when all is well
     */
    List<Finding> check(Project project);
}
