package io.github.krongkan.check;

import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.document.Fields;
import io.github.krongkan.indicator.Indicator;
import io.github.krongkan.project.Project;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule on each indicator of a project on its own: it walks {@code /indicators} and asks {@link
 * #check(Project, Item, List)} of every indicator.
 */
abstract class IndicatorRule extends AbstractRule {
    IndicatorRule(RuleCode code) {
        super(code);
    }

    @Override
    public final List<Finding> check(Project project) {
        List<Finding> findings = new ArrayList<>();
        for (Item<Indicator> item :
                items(project.indicators(), DocumentPath.root().field(Fields.INDICATORS))) {
            check(project, item, findings);
        }
        return findings;
    }

    /**
     * Checks one indicator.
     *
     * @param project the project the indicator belongs to
     * @param item the indicator with its pointer
     * @param findings where to add the findings on it
     */
    abstract void check(Project project, Item<Indicator> item, List<Finding> findings);
}
