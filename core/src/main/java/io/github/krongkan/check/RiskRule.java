package io.github.krongkan.check;

import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.document.Fields;
import io.github.krongkan.project.Project;
import io.github.krongkan.risk.Risk;
import io.github.krongkan.risk.RiskMatrix;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule on each risk of a project, rated on the project's risk matrix (or the default one): it
 * walks {@code /risks} and asks {@link #check(RiskMatrix, Item, List)} of every risk.
 */
abstract class RiskRule extends AbstractRule {
    RiskRule(RuleCode code) {
        super(code);
    }

    @Override
    public final List<Finding> check(Project project) {
        RiskMatrix matrix = project.riskMatrixOrDefault();
        List<Finding> findings = new ArrayList<>();
        for (Item<Risk> item : items(project.risks(), DocumentPath.root().field(Fields.RISKS))) {
            check(matrix, item, findings);
        }
        return findings;
    }

    /**
     * Checks one risk.
     *
     * @param matrix the project's risk matrix, or the default one
     * @param item the risk with its pointer
     * @param findings where to add the findings on it
     */
    abstract void check(RiskMatrix matrix, Item<Risk> item, List<Finding> findings);
}
