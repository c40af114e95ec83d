package io.github.krongkan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.check.Finding;
import io.github.krongkan.check.ProjectCheck;
import io.github.krongkan.check.RuleCode;
import io.github.krongkan.project.Project;
import org.junit.jupiter.api.Test;

/** The links between sections in the krongkan/1 format: read, written, strict, and never refused for dangling. */
class LinksJsonTest {
    private static final String LINKED = """
            {"format":"krongkan/1","name":"โครงการ","fiscalYear":2560,
             "objectives":[{"number":"2","text":"เพื่อ"}],
             "targets":[{"number":"3.1","kind":"qualitative","text":"ก","objectiveNumber":"2"}],
             "actionPlan":{"steps":[{"description":"ก","activityNumber":"1","indicatorNumbers":["ผลผลิต 1"]}]},
             "indicators":[{"number":"ผลผลิต 1","name":"ก","measure":"count","linkedTargetNumber":"3.1"}],
             "budget":{"activities":[{"number":"1","name":"กิจกรรม"}]}}
            """;

    @Test
    void linksAreReadAndWrittenBack() {
        Project project = KrongkanJson.readProject(LINKED);
        assertThat(project.targets().get(0).objectiveNumber()).contains("2");
        assertThat(project.actionPlan().orElseThrow().steps().get(0).activityNumber())
                .contains("1");
        assertThat(project.budget().orElseThrow().activities().get(0).number()).contains("1");
        assertThat(project.actionPlan().orElseThrow().steps().get(0).indicatorNumbers())
                .containsExactly("ผลผลิต 1");
        String written = KrongkanJson.write(project);
        assertThat(written).contains("\"objectiveNumber\"").contains("\"activityNumber\"");
        assertThat(KrongkanJson.readProject(written)).isEqualTo(project);
        assertThat(ProjectCheck.standard().check(project))
                .extracting(Finding::code)
                .doesNotContain(RuleCode.LINK_TO_MISSING_ITEM.code(), RuleCode.ACTIVITY_WITHOUT_STEP.code());
    }

    @Test
    void aDanglingLinkIsReadAndReportedAtItsPointer() {
        String dangling = LINKED.replace("\"activityNumber\":\"1\"", "\"activityNumber\":\"9\"")
                .replace("\"linkedTargetNumber\":\"3.1\"", "\"linkedTargetNumber\":\"3.2\"");
        Project project = KrongkanJson.readProject(dangling);
        assertThat(ProjectCheck.standard().check(project))
                .filteredOn(f -> f.code().equals(RuleCode.LINK_TO_MISSING_ITEM.code()))
                .extracting(Finding::path)
                .containsExactly("/indicators/0/linkedTargetNumber", "/actionPlan/steps/0/activityNumber");
    }

    @Test
    void blankLinksAndMisspeltMembersAreRefusedWithTheirPointer() {
        assertThatThrownBy(() -> KrongkanJson.readProject(
                        LINKED.replace("\"objectiveNumber\":\"2\"", "\"objectiveNumber\":\" \"")))
                .isInstanceOfSatisfying(KrongkanJsonException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/targets/0");
                    assertThat(e.reason()).contains("objectiveNumber");
                });
        assertThatThrownBy(() -> KrongkanJson.readProject(LINKED.replace("\"activityNumber\"", "\"activityNo\"")))
                .isInstanceOfSatisfying(KrongkanJsonException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/actionPlan/steps/0/activityNo");
                    assertThat(e.reason()).contains("unknown field");
                });
    }
}
