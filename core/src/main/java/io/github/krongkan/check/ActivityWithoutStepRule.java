package io.github.krongkan.check;

import io.github.krongkan.budget.BudgetActivity;
import io.github.krongkan.document.Fields;
import io.github.krongkan.money.Baht;
import io.github.krongkan.project.Project;
import io.github.krongkan.schedule.ActionStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code ACTIVITY_WITHOUT_STEP} (warning): the document links action steps to budget activities
 * ({@code activityNumber}), but an activity of the budget in force that has money is carried out by
 * no step. A document that links no step at all is not judged: most plans do not number their
 * links, and an unlinked plan says nothing about which step spends what.
 */
final class ActivityWithoutStepRule extends AbstractRule {
    ActivityWithoutStepRule() {
        super(RuleCode.ACTIVITY_WITHOUT_STEP);
    }

    @Override
    public List<Finding> check(Project project) {
        Optional<CurrentBudget> current = CurrentBudget.of(project);
        if (current.isEmpty() || project.actionPlan().isEmpty()) {
            return List.of();
        }
        Set<String> linked = project.actionPlan().get().steps().stream()
                .map(ActionStep::activityNumber)
                .flatMap(Optional::stream)
                .collect(Collectors.toSet());
        if (linked.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (Item<BudgetActivity> activity :
                items(current.get().budget().activities(), current.get().path().field(Fields.ACTIVITIES))) {
            BudgetActivity a = activity.value();
            if (a.writtenAmount().signum() <= 0 && a.amount().signum() <= 0) {
                continue;
            }
            if (a.number().isPresent() && linked.contains(a.number().get())) {
                continue;
            }
            Baht money = a.writtenAmount().signum() > 0 ? a.writtenAmount() : a.amount();
            String name =
                    a.number().map(n -> "Activity " + n).orElse("Activity " + activity.number() + " (unnumbered)");
            String nameThai = a.number()
                    .map(n -> "กิจกรรมที่ " + n)
                    .orElse("กิจกรรมรายการที่ " + activity.number() + " (ไม่มีเลขข้อ)");
            findings.add(finding(activity.path())
                    .message(name + " has a budget of " + CurrentBudget.baht(money)
                            + " baht, but no action step carries it out")
                    .messageThai(nameThai + " มีงบประมาณ " + CurrentBudget.baht(money)
                            + " บาท แต่ไม่มีขั้นตอนการดำเนินงานใดอ้างถึง")
                    .build());
        }
        return findings;
    }
}
