package io.github.krongkan.examples.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.budget.BudgetActivity;
import io.github.krongkan.check.Finding;
import io.github.krongkan.check.ProjectCheck;
import io.github.krongkan.check.RuleCode;
import io.github.krongkan.json.KrongkanJson;
import io.github.krongkan.project.Project;
import io.github.krongkan.schedule.ActionPlan;
import io.github.krongkan.schedule.ActionStep;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The links between the sections of the seeds, and what the rules of links say about them. */
class SeedLinksTest {
    private static final Path DATA = Path.of("data");

    private static Project seed(String name) {
        return KrongkanJson.readProject(DATA.resolve(name));
    }

    @Test
    void seed004NumbersItsFiveActivitiesAndItsStepsCarryThemOut() {
        Project project = seed("004-samut-prakan-2-quality-assurance.json");
        assertThat(project.budget().orElseThrow().activities())
                .extracting(a -> a.number().orElseThrow())
                .containsExactly("1", "2", "3", "4", "5");
        assertThat(project.actionPlan().orElseThrow().steps())
                .extracting(ActionStep::activityNumber)
                .containsExactly(
                        Optional.of("1"),
                        Optional.of("2"),
                        Optional.of("3"),
                        Optional.empty(),
                        Optional.of("4"),
                        Optional.of("5"),
                        Optional.empty());
        BudgetActivity supervision = project.budget().orElseThrow().activities().get(3);
        assertThat(supervision.name()).startsWith("กิจกรรมนิเทศ ติดตาม");
        assertThat(project.actionPlan().orElseThrow().steps().get(4).description())
                .startsWith("นิเทศ ติดตาม");
        assertThat(project.notes()).anyMatch(n -> n.contains("ขั้นตอนที่ 4 (พัฒนาศักยภาพผู้ประเมิน)"));
    }

    @Test
    void seed004LinksAgreeAndItsStepsLieInItsPeriod() {
        Project project = seed("004-samut-prakan-2-quality-assurance.json");
        assertThat(ProjectCheck.standard().check(project))
                .extracting(Finding::code)
                .doesNotContain(
                        RuleCode.LINK_TO_MISSING_ITEM.code(),
                        RuleCode.ACTIVITY_WITHOUT_STEP.code(),
                        RuleCode.STEP_OUTSIDE_PROJECT_PERIOD.code(),
                        RuleCode.STEP_OUTSIDE_FISCAL_YEAR.code());
    }

    @Test
    void seed004IndicatorTargetMismatchIsOnItsThirdIndicator() {
        Project project = seed("004-samut-prakan-2-quality-assurance.json");
        assertThat(ProjectCheck.standard().check(project))
                .filteredOn(f -> f.code().equals(RuleCode.INDICATOR_TARGET_MISMATCH.code()))
                .extracting(Finding::toString)
                .containsExactly("WARNING INDICATOR_TARGET_MISMATCH /indicators/2/targets/0/value: The indicator's"
                        + " target 100 differs from the project target 3.1.2, 200 คน (expected 200, actual 100)");
    }

    @Test
    void withoutItsLinksSeed004IsNotJudgedForActivitiesWithoutSteps() {
        Project project = seed("004-samut-prakan-2-quality-assurance.json");
        Project unlinked = Project.builder()
                .from(project)
                .actionPlan(ActionPlan.of(project.actionPlan().orElseThrow().steps().stream()
                        .map(s -> ActionStep.builder()
                                .from(s)
                                .activityNumber(Optional.empty())
                                .build())
                        .toList()))
                .build();
        assertThat(ProjectCheck.standard().check(unlinked))
                .extracting(Finding::code)
                .doesNotContain(RuleCode.ACTIVITY_WITHOUT_STEP.code());
        Project dropped = Project.builder()
                .from(project)
                .actionPlan(
                        ActionPlan.of(project.actionPlan().orElseThrow().steps().subList(0, 4)))
                .build();
        assertThat(ProjectCheck.standard().check(dropped))
                .filteredOn(f -> f.code().equals(RuleCode.ACTIVITY_WITHOUT_STEP.code()))
                .extracting(Finding::path)
                .containsExactly("/budget/activities/3", "/budget/activities/4");
    }
}
