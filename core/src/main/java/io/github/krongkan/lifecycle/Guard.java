package io.github.krongkan.lifecycle;

import io.github.krongkan.check.Finding;
import io.github.krongkan.check.ProjectCheck;
import io.github.krongkan.check.Severity;
import io.github.krongkan.project.Project;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A condition a {@link Workflow} checks before it accepts a transition, beyond the moves and levels
 * it defines: it looks at the project and the transition and refuses or lets it pass. A guard must
 * be a pure function and must not throw for a refusal.
 */
@FunctionalInterface
public interface Guard {
    /**
     * Checks a transition about to be applied to a project.
     *
     * @param project the project the transition is about
     * @param transition the transition
     * @return a refusal (usually {@link Refusal#byGuard}), or empty to let it pass
     */
    Optional<Refusal> check(Project project, Transition transition);

    /**
     * The default guard: refuses {@link Action#APPROVE approval} and {@link Action#APPROVE_REVISION
     * approval of a revision} while the check finds {@link
     * Severity#ERROR ERROR} findings in the project (a budget that does not add up cannot be
     * approved); every other action passes.
     *
     * @param check the check to run, usually {@link ProjectCheck#standard()}
     * @return the guard
     */
    static Guard noErrorsBeforeApproval(ProjectCheck check) {
        Objects.requireNonNull(check, "check");
        return (project, transition) -> {
            if (transition.action() != Action.APPROVE && transition.action() != Action.APPROVE_REVISION) {
                return Optional.empty();
            }
            List<Finding> errors = check.check(project).stream()
                    .filter(f -> f.severity() == Severity.ERROR)
                    .collect(Collectors.toList());
            if (errors.isEmpty()) {
                return Optional.empty();
            }
            String codes = errors.stream().map(Finding::code).distinct().collect(Collectors.joining(", "));
            return Optional.of(Refusal.byGuard(
                    "approval refused while the project has " + errors.size() + " ERROR finding(s): " + codes,
                    "ไม่อนุมัติ เนื่องจากโครงการยังมีข้อผิดพลาด " + errors.size() + " รายการ: " + codes));
        };
    }
}
