package io.github.krongkan.check;

import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.document.Fields;
import io.github.krongkan.indicator.Indicator;
import io.github.krongkan.project.Project;

/** A rule on each indicator of a project on its own, walking {@code /indicators}. */
abstract class IndicatorRule extends ItemRule<Indicator> {
    IndicatorRule(RuleCode code) {
        super(code, Project::indicators, DocumentPath.root().field(Fields.INDICATORS));
    }
}
