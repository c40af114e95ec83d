/**
 * krongkan core: immutable value types and pure rules for Thai public-sector school-network
 * development projects (โครงการ): exact baht money and Thai baht text, fiscal years and
 * Buddhist-era dates, networks of schools, budgets, action plans, risks, indicators, rubrics, the
 * project aggregate, progress analysis, the checks and the workflow of a project's life.
 *
 * <p>Every package but {@code io.github.krongkan.internal} is API. The module reads nothing but
 * {@code java.base} at run time: the Immutables annotations are needed only to compile it.
 */
// Immutables' annotations, an automatic module, are read at compile time only.
@SuppressWarnings("requires-automatic")
module io.github.krongkan.core {
    requires static org.immutables.value.annotations;

    exports io.github.krongkan.text;
    exports io.github.krongkan.document;
    exports io.github.krongkan.money;
    exports io.github.krongkan.time;
    exports io.github.krongkan.network;
    exports io.github.krongkan.risk;
    exports io.github.krongkan.budget;
    exports io.github.krongkan.schedule;
    exports io.github.krongkan.indicator;
    exports io.github.krongkan.rubric;
    exports io.github.krongkan.project;
    exports io.github.krongkan.progress;
    exports io.github.krongkan.diff;
    exports io.github.krongkan.check;
    exports io.github.krongkan.lifecycle;
}
