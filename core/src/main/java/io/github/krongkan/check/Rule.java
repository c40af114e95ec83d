package io.github.krongkan.check;

import io.github.krongkan.project.Project;
import java.util.List;

/**
 * One check over a project. Implementations are pure: the same project always gives the same
 * findings, in the same order.
 *
 * <p>Every finding of a rule has the rule's {@link #code()}; its path is a JSON pointer built with
 * {@link io.github.krongkan.document.DocumentPath} from the member names of {@link
 * io.github.krongkan.document.Fields}. {@link AbstractRule} is the usual way to write one;
 * {@code docs/extending.md} tells how.
 */
public interface Rule {
    /**
     * The stable code of the findings this rule reports, e.g. {@code PERIOD_OUTSIDE_FISCAL_YEAR}.
     *
     * @return the code
     */
    String code();

    /**
     * The severity of the findings this rule reports. By default the severity the catalogue gives
     * the rule's code ({@link RuleCode}); a rule with a code of its own must say it (or extend
     * {@link AbstractRule}, which does).
     *
     * @return the severity
     * @throws UnsupportedOperationException if the code is not built in and the rule does not say
     */
    default Severity severity() {
        return RuleCode.find(code())
                .map(RuleCode::severity)
                .orElseThrow(() -> new UnsupportedOperationException(
                        "the rule " + code() + " has a code of its own and must override severity()"));
    }

    /**
     * Checks a project.
     *
     * @param project the project
     * @return the findings, empty when all is well
     */
    List<Finding> check(Project project);
}
