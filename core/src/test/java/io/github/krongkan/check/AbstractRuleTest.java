package io.github.krongkan.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.document.Fields;
import io.github.krongkan.project.Objective;
import io.github.krongkan.project.Project;
import io.github.krongkan.time.FiscalYear;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AbstractRuleTest {
    /** Objectives without a number, at the objective. */
    private static final class UnnumberedObjectiveRule extends AbstractRule {
        UnnumberedObjectiveRule() {
            super("UNNUMBERED_OBJECTIVE", Severity.INFO);
        }

        @Override
        public List<Finding> check(Project project) {
            List<Finding> findings = new ArrayList<>();
            for (Item<Objective> objective :
                    items(project.objectives(), DocumentPath.root().field(Fields.OBJECTIVES))) {
                if (objective.value().number().isEmpty()) {
                    findings.add(finding(objective.path())
                            .message("Objective " + objective.number() + " has no number")
                            .messageThai("วัตถุประสงค์รายการที่ " + objective.number() + " ไม่มีเลขข้อ")
                            .build());
                }
            }
            return findings;
        }
    }

    @Test
    void findingsCarryTheCodeTheSeverityAndThePointerOfTheItem() {
        Project project = Project.builder()
                .name("โครงการ")
                .fiscalYear(FiscalYear.ofBuddhistEra(2569))
                .addObjective(Objective.builder().number("1").text("ก").build())
                .addObjective(Objective.builder().text("ข").build())
                .build();
        Rule rule = new UnnumberedObjectiveRule();
        assertThat(rule.code()).isEqualTo("UNNUMBERED_OBJECTIVE");
        assertThat(rule.severity()).isEqualTo(Severity.INFO);
        assertThat(ProjectCheck.of(List.of(rule)).check(project))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.code()).isEqualTo("UNNUMBERED_OBJECTIVE");
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.path()).isEqualTo("/objectives/1");
                    assertThat(f.message()).isEqualTo("Objective 2 has no number");
                });
    }

    @Test
    void itemsKnowTheirIndexNumberAndPointer() {
        List<AbstractRule.Item<String>> items =
                AbstractRule.items(List.of("a", "b"), DocumentPath.root().field(Fields.NOTES));
        assertThat(items).extracting(AbstractRule.Item::index).containsExactly(0, 1);
        assertThat(items).extracting(AbstractRule.Item::number).containsExactly(1, 2);
        assertThat(items.get(1).path()).hasToString("/notes/1");
        assertThat(items.get(1).array()).hasToString("/notes");
        assertThat(items.get(1).field(Fields.TEXT)).hasToString("/notes/1/text");
        assertThat(AbstractRule.items(List.of(), DocumentPath.root())).isEmpty();
        assertThatThrownBy(() -> new AbstractRule.Item<>(-1, "x", DocumentPath.root()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFindingsPathMustBeAJsonPointer() {
        Finding.Builder builder =
                Finding.builder().code("X").severity(Severity.INFO).message("m").messageThai("ม");
        assertThat(builder.path(DocumentPath.root().field("a/b")).build().path())
                .isEqualTo("/a~1b");
        assertThatThrownBy(() -> builder.path("/a~2").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("JSON pointer")
                .hasMessageContaining("/a~2");
    }

    @Test
    void aCodeMustBeUpperCaseLettersDigitsAndUnderscores() {
        assertThatThrownBy(() -> new AbstractRule("lower", Severity.INFO) {
                    @Override
                    public List<Finding> check(Project project) {
                        return List.of();
                    }
                })
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lower");
    }
}
