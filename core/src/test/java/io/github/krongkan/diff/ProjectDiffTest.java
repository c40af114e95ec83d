package io.github.krongkan.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.BudgetActivity;
import io.github.krongkan.budget.BudgetLine;
import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.money.Baht;
import io.github.krongkan.project.Objective;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectPeriod;
import io.github.krongkan.project.ProjectStatus;
import io.github.krongkan.time.FiscalYear;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProjectDiffTest {
    private static BudgetActivity activity(String number, String name, long... amounts) {
        BudgetActivity.Builder b = BudgetActivity.builder().number(number).name(name);
        for (int i = 0; i < amounts.length; i++) {
            b.addLines(BudgetLine.lumpSum("item " + i, Baht.ofBaht(amounts[i])));
        }
        return b.build();
    }

    private static Project project() {
        return Project.builder()
                .name("โครงการพัฒนาการอ่าน")
                .fiscalYear(FiscalYear.ofBuddhistEra(2569))
                .addObjectives(Objective.of("1", "อ่านออก"), Objective.of("2", "เขียนได้"))
                .plannedPeriod(ProjectPeriod.of(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 9, 30)))
                .budget(Budget.builder()
                        .addActivities(activity("1", "ประชุม", 1000, 2000), activity("2", "นิเทศ", 3000))
                        .build())
                .build();
    }

    private static List<String> paths(ProjectDiff diff) {
        return diff.changes().stream().map(c -> c.path().toString()).toList();
    }

    @Test
    void equalProjectsHaveAnEmptyDiff() {
        ProjectDiff diff = ProjectDiff.between(project(), project());
        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.money()).isEmpty();
        assertThat(diff.english()).isEmpty();
    }

    @Test
    void aChangedTopLevelValueIsOneChangeWithBothValues() {
        Project a = project();
        Project b = Project.builder()
                .from(a)
                .name("โครงการใหม่")
                .status(ProjectStatus.APPROVED)
                .build();
        ProjectDiff diff = ProjectDiff.between(a, b);
        assertThat(paths(diff)).containsExactly("/name", "/status");
        Change name = diff.changes().get(0);
        assertThat(name.kind()).isEqualTo(ChangeKind.CHANGED);
        assertThat(name.before()).contains("โครงการพัฒนาการอ่าน");
        assertThat(name.after()).contains("โครงการใหม่");
        assertThat(name.english()).isEqualTo("changed /name from \"โครงการพัฒนาการอ่าน\" to \"โครงการใหม่\"");
        assertThat(name.thai()).isEqualTo("แก้ไข /name จาก \"โครงการพัฒนาการอ่าน\" เป็น \"โครงการใหม่\"");
        assertThat(diff.changes().get(1).english()).isEqualTo("changed /status from draft to approved");
    }

    @Test
    void insertingAnObjectiveIsOneChangeNotACascade() {
        Project a = project();
        Project b = Project.builder()
                .from(a)
                .objectives(List.of(
                        Objective.of("0", "ฟังเข้าใจ"),
                        a.objectives().get(0),
                        a.objectives().get(1)))
                .build();
        ProjectDiff diff = ProjectDiff.between(a, b);
        assertThat(diff.changes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ChangeKind.ADDED);
            assertThat(c.path()).isEqualTo(DocumentPath.parse("/objectives/0"));
            assertThat(c.after()).contains(Objective.of("0", "ฟังเข้าใจ"));
        });
        assertThat(ProjectDiff.between(b, a).changes())
                .singleElement()
                .satisfies(c -> assertThat(c.kind()).isEqualTo(ChangeKind.REMOVED));
    }

    @Test
    void anEditedItemThatMovedNamesBothPlaces() {
        Project a = project();
        Project b = Project.builder()
                .from(a)
                .objectives(List.of(
                        Objective.of("0", "ฟังเข้าใจ"),
                        Objective.of("1", "อ่านคล่อง"),
                        a.objectives().get(1)))
                .build();
        Change edit = ProjectDiff.between(a, b).changes().get(0);
        assertThat(edit.beforePath()).contains(DocumentPath.parse("/objectives/0/text"));
        assertThat(edit.afterPath()).contains(DocumentPath.parse("/objectives/1/text"));
        assertThat(edit.english()).contains("(was at /objectives/0/text)");
    }

    @Test
    void reorderingKeptItemsIsOneChangeOfTheOrder() {
        Project a = project();
        Project b = Project.builder()
                .from(a)
                .objectives(List.of(a.objectives().get(1), a.objectives().get(0)))
                .build();
        assertThat(ProjectDiff.between(a, b).changes()).singleElement().satisfies(c -> {
            assertThat(c.path()).isEqualTo(DocumentPath.parse("/objectives"));
            assertThat(c.before()).contains(List.of("1", "2"));
            assertThat(c.after()).contains(List.of("2", "1"));
        });
    }

    @Test
    void aCorrectedLineIsOneChangeAndTheMoneyIsSummarised() {
        Project a = project();
        Budget budget = a.budget().orElseThrow();
        Project b = Project.builder()
                .from(a)
                .budget(Budget.builder()
                        .from(budget)
                        .activities(List.of(budget.activities().get(0), activity("2", "นิเทศ", 3500)))
                        .build())
                .build();
        ProjectDiff diff = ProjectDiff.between(a, b);
        assertThat(paths(diff)).containsExactly("/budget/activities/1/lines/0/statedAmount");
        assertThat(diff.changes().get(0).beforeText()).contains("3000.00");
        assertThat(diff.changes().get(0).afterText()).contains("3500.00");
        assertThat(diff.money())
                .containsExactly(
                        new MoneyChange("budget", Baht.ofBaht(6000), Baht.ofBaht(6500)),
                        new MoneyChange("activity 2", Baht.ofBaht(3000), Baht.ofBaht(3500)));
        assertThat(diff.money().get(0).english()).isEqualTo("budget up 500.00 baht (6,000.00 → 6,500.00)");
        assertThat(diff.money().get(1).thai()).isEqualTo("activity 2 เพิ่มขึ้น 500.00 บาท (3,000.00 → 3,500.00)");
        assertThat(diff.inverse().money().get(0).english()).isEqualTo("budget down 500.00 baht (6,500.00 → 6,000.00)");
    }

    @Test
    void anAddedActivityCountsFromZero() {
        Project a = project();
        Budget budget = a.budget().orElseThrow();
        Project b = Project.builder()
                .from(a)
                .budget(Budget.builder()
                        .from(budget)
                        .addActivities(activity("3", "สรุปผล", 700))
                        .build())
                .build();
        ProjectDiff diff = ProjectDiff.between(a, b);
        assertThat(paths(diff)).containsExactly("/budget/activities/2");
        assertThat(diff.money())
                .containsExactly(
                        new MoneyChange("budget", Baht.ofBaht(6000), Baht.ofBaht(6700)),
                        new MoneyChange("activity 3", Baht.ZERO, Baht.ofBaht(700)));
    }

    @Test
    void anOptionalMemberAppearingOrDisappearingIsAddedOrRemoved() {
        Project a = project();
        Project b = Project.builder()
                .from(a)
                .rationale("เหตุผล")
                .plannedPeriod(Optional.empty())
                .build();
        ProjectDiff diff = ProjectDiff.between(a, b);
        assertThat(diff.changes())
                .extracting(Change::kind, c -> c.path().toString())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.ADDED, "/rationale"),
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.REMOVED, "/plannedPeriod"));
    }

    @Test
    void aPeriodChangeNamesItsEnd() {
        Project a = project();
        Project b = Project.builder()
                .from(a)
                .plannedPeriod(ProjectPeriod.of(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 6, 30)))
                .build();
        assertThat(ProjectDiff.between(a, b).changes())
                .singleElement()
                .satisfies(c ->
                        assertThat(c.english()).isEqualTo("changed /plannedPeriod/end from 2026-09-30 to 2026-06-30"));
    }

    @Test
    void theInverseIsTheDiffTheOtherWay() {
        Project a = project();
        Project b = Project.builder()
                .from(a)
                .name("x")
                .addObjectives(Objective.of("3", "คิดเป็น"))
                .budget(Optional.empty())
                .build();
        assertThat(ProjectDiff.between(a, b).inverse()).isEqualTo(ProjectDiff.between(b, a));
        assertThat(ProjectDiff.between(a, b)).isNotEqualTo(ProjectDiff.between(b, a));
    }

    @Test
    void aChangeRefusesPathsThatDoNotFitItsKind() {
        DocumentPath at = DocumentPath.parse("/name");
        assertThatThrownBy(() -> new Change(
                        ChangeKind.ADDED, Optional.of(at), Optional.of(at), Optional.empty(), Optional.of("x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ADDED has no before path");
    }
}
