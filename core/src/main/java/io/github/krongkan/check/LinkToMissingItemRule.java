package io.github.krongkan.check;

import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.BudgetActivity;
import io.github.krongkan.budget.BudgetRevision;
import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.document.Fields;
import io.github.krongkan.indicator.Indicator;
import io.github.krongkan.project.Objective;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.Target;
import io.github.krongkan.schedule.ActionStep;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code LINK_TO_MISSING_ITEM} (error): a link between sections names a number that no item of the
 * section it points to carries: an indicator's {@code linkedTargetNumber} no target has, an action
 * step's {@code activityNumber} no budget activity has (in the approved budget or any revision), an
 * action step's {@code indicatorNumbers} entry no indicator has, a target's {@code objectiveNumber}
 * no objective has. Numbers are compared as written.
 */
final class LinkToMissingItemRule extends AbstractRule {
    LinkToMissingItemRule() {
        super(RuleCode.LINK_TO_MISSING_ITEM);
    }

    @Override
    public List<Finding> check(Project project) {
        List<Finding> findings = new ArrayList<>();
        Set<String> objectives = numbers(project.objectives().stream().map(Objective::number));
        for (Item<Target> target : items(project.targets(), DocumentPath.root().field(Fields.TARGETS))) {
            Optional<String> link = target.value().objectiveNumber();
            if (link.isPresent() && !objectives.contains(link.get())) {
                findings.add(missing(
                        target.field(Fields.OBJECTIVE_NUMBER),
                        "Target " + target.number(),
                        "เป้าหมายรายการที่ " + target.number(),
                        "objective",
                        "วัตถุประสงค์",
                        link.get(),
                        objectives));
            }
        }
        Set<String> targets = numbers(project.targets().stream().map(Target::number));
        for (Item<Indicator> indicator :
                items(project.indicators(), DocumentPath.root().field(Fields.INDICATORS))) {
            Optional<String> link = indicator.value().linkedTargetNumber();
            if (link.isPresent() && !targets.contains(link.get())) {
                findings.add(missing(
                        indicator.field(Fields.LINKED_TARGET_NUMBER),
                        "Indicator " + indicator.number(),
                        "ตัวชี้วัดรายการที่ " + indicator.number(),
                        "target",
                        "เป้าหมาย",
                        link.get(),
                        targets));
            }
        }
        if (project.actionPlan().isPresent()) {
            Set<String> activities = activityNumbers(project);
            Set<String> indicators = numbers(project.indicators().stream().map(Indicator::number));
            DocumentPath steps = DocumentPath.root().field(Fields.ACTION_PLAN).field(Fields.STEPS);
            for (Item<ActionStep> step : items(project.actionPlan().get().steps(), steps)) {
                Optional<String> link = step.value().activityNumber();
                if (link.isPresent() && !activities.contains(link.get())) {
                    findings.add(missing(
                            step.field(Fields.ACTIVITY_NUMBER),
                            "Action step " + step.number(),
                            "ขั้นตอนการดำเนินงานรายการที่ " + step.number(),
                            "budget activity",
                            "กิจกรรมในงบประมาณ",
                            link.get(),
                            activities));
                }
                List<String> toIndicators = step.value().indicatorNumbers();
                for (int j = 0; j < toIndicators.size(); j++) {
                    if (!indicators.contains(toIndicators.get(j))) {
                        findings.add(missing(
                                step.field(Fields.INDICATOR_NUMBERS).index(j),
                                "Action step " + step.number(),
                                "ขั้นตอนการดำเนินงานรายการที่ " + step.number(),
                                "indicator",
                                "ตัวชี้วัด",
                                toIndicators.get(j),
                                indicators));
                    }
                }
            }
        }
        return findings;
    }

    private Finding missing(
            DocumentPath path,
            String what,
            String whatThai,
            String section,
            String sectionThai,
            String number,
            Set<String> numbers) {
        Finding.Builder b = finding(path)
                .message(what + " is linked to " + section + " " + number + ", but no " + section + " is numbered "
                        + number)
                .messageThai(whatThai + " อ้างถึง" + sectionThai + "ข้อ " + number + " ซึ่งไม่มีอยู่")
                .actual(number);
        if (!numbers.isEmpty()) {
            b.expected("one of " + String.join(", ", numbers));
        }
        return b.build();
    }

    /** The numbers of the activities of the approved budget and of every revision. */
    static Set<String> activityNumbers(Project project) {
        Stream<Budget> budgets = Stream.concat(
                project.budget().stream(), project.budgetRevisions().stream().map(BudgetRevision::budget));
        return numbers(budgets.flatMap(b -> b.activities().stream()).map(BudgetActivity::number));
    }

    private static Set<String> numbers(Stream<Optional<String>> numbers) {
        Set<String> out = new LinkedHashSet<>();
        numbers.flatMap(Optional::stream).forEach(out::add);
        return out;
    }
}
