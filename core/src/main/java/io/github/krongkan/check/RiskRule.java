package io.github.krongkan.check;

import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.document.Fields;
import io.github.krongkan.project.Project;
import io.github.krongkan.risk.Risk;
import io.github.krongkan.risk.RiskMatrix;
import java.util.List;

/**
 * A rule on each risk of a project, rated on the project's risk matrix (or the default one): it
 * walks {@code /risks} and asks {@link #check(RiskMatrix, Item, List)} of every risk.
 */
abstract class RiskRule extends ItemRule<Risk> {
    RiskRule(RuleCode code) {
        super(code, Project::risks, DocumentPath.root().field(Fields.RISKS));
    }

    @Override
    final void check(Project project, Item<Risk> item, List<Finding> findings) {
        check(project.riskMatrixOrDefault(), item, findings);
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
