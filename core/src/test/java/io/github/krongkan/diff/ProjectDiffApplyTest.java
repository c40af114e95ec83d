package io.github.krongkan.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.BudgetActivity;
import io.github.krongkan.budget.BudgetLine;
import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.indicator.Indicator;
import io.github.krongkan.indicator.IndicatorType;
import io.github.krongkan.indicator.Measure;
import io.github.krongkan.money.Baht;
import io.github.krongkan.project.Approval;
import io.github.krongkan.project.ApprovalRole;
import io.github.krongkan.project.Objective;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectPeriod;
import io.github.krongkan.project.ProjectStatus;
import io.github.krongkan.project.Target;
import io.github.krongkan.project.TargetQuantity;
import io.github.krongkan.time.FiscalYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link ProjectDiff#apply}: each kind of change, and the refusal of a project of another version. */
class ProjectDiffApplyTest {
    private static BudgetActivity activity(String number, String name, long... amounts) {
        BudgetActivity.Builder b = BudgetActivity.builder().number(number).name(name);
        for (int i = 0; i < amounts.length; i++) {
            b.addLines(BudgetLine.lumpSum("item " + i, Baht.ofBaht(amounts[i])));
        }
        return b.build();
    }

    private static Indicator indicator(String number, IndicatorType type, IndicatorType... more) {
        Indicator.Builder b = Indicator.builder()
                .number(number)
                .name("ร้อยละของนักเรียนที่อ่านออก")
                .measure(Measure.PERCENTAGE);
        b.type(type).addTypes(type).addTypes(more);
        return b.build();
    }

    private static Project project() {
        return Project.builder()
                .name("โครงการพัฒนาการอ่าน")
                .fiscalYear(FiscalYear.ofBuddhistEra(2569))
                .addObjectives(
                        Objective.of("1", "อ่านออก"), Objective.of("2", "เขียนได้"), Objective.of("3", "คิดเป็น"))
                .addTargets(Target.quantitative("โรงเรียนในเครือข่าย", BigDecimal.valueOf(5), "โรงเรียน"))
                .addIndicators(indicator("1", IndicatorType.OUTPUT))
                .plannedPeriod(ProjectPeriod.of(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 9, 30)))
                .addApprovals(Approval.of(ApprovalRole.PROPOSED, "นางสาวสมศรี ใจดี"))
                .budget(Budget.builder()
                        .addActivities(activity("1", "ประชุม", 1000, 2000), activity("2", "นิเทศ", 3000))
                        .build())
                .build();
    }

    /** Applies the diff both ways and returns it. */
    private static ProjectDiff roundTrip(Project a, Project b) {
        ProjectDiff diff = ProjectDiff.between(a, b);
        assertThat(diff.apply(a)).isEqualTo(b);
        assertThat(diff.inverse().apply(b)).isEqualTo(a);
        return diff;
    }

    @Test
    void anEmptyDiffGivesTheSameProjectBack() {
        Project a = project();
        assertThat(ProjectDiff.between(a, a).apply(a)).isSameAs(a);
    }

    @Test
    void aChangedMember() {
        Project a = project();
        roundTrip(
                a,
                Project.builder()
                        .from(a)
                        .name("โครงการใหม่")
                        .status(ProjectStatus.APPROVED)
                        .build());
    }

    @Test
    void anOptionalMemberAddedAndAnotherRemoved() {
        Project a = project();
        ProjectDiff diff = roundTrip(
                a,
                Project.builder()
                        .from(a)
                        .rationale("เหตุผล")
                        .plannedPeriod(Optional.empty())
                        .build());
        assertThat(diff.changes()).hasSize(2);
    }

    @Test
    void keyedItemsInsertedRemovedAndReordered() {
        Project a = project();
        List<Objective> o = a.objectives();
        roundTrip(
                a,
                Project.builder()
                        .from(a)
                        .objectives(List.of(Objective.of("0", "ฟังเข้าใจ"), o.get(0), o.get(1), o.get(2)))
                        .build());
        roundTrip(
                a,
                Project.builder()
                        .from(a)
                        .objectives(List.of(o.get(0), o.get(2)))
                        .build());
        roundTrip(
                a,
                Project.builder()
                        .from(a)
                        .objectives(List.of(o.get(2), o.get(0), o.get(1)))
                        .build());
        // all at once: 2 removed, 3 moved first and edited, 4 added between
        roundTrip(
                a,
                Project.builder()
                        .from(a)
                        .objectives(List.of(Objective.of("3", "คิดเป็นระบบ"), Objective.of("4", "ใหม่"), o.get(0)))
                        .build());
        // a list that empties, and one that fills
        roundTrip(a, Project.builder().from(a).objectives(List.of()).build());
    }

    @Test
    void itemsWithoutKeysAreMatchedByIndex() {
        Project a = Project.builder()
                .from(project())
                .objectives(List.of(Objective.builder().text("ก").build(), Objective.of("2", "ข")))
                .build();
        roundTrip(
                a,
                Project.builder()
                        .from(a)
                        .objectives(List.of(
                                Objective.of("2", "ข"),
                                Objective.builder().text("ก").build(),
                                Objective.of("9", "ค")))
                        .build());
        roundTrip(
                a,
                Project.builder()
                        .from(a)
                        .addApprovals(Approval.of(ApprovalRole.APPROVED, "นายสมชาย รักเรียน"))
                        .build());
    }

    @Test
    void aNestedBudgetLineEdit() {
        Project a = project();
        Budget budget = a.budget().orElseThrow();
        Project b = Project.builder()
                .from(a)
                .budget(Budget.builder()
                        .from(budget)
                        .activities(List.of(
                                activity("2", "นิเทศ", 3500, 200),
                                budget.activities().get(0)))
                        .build())
                .build();
        ProjectDiff diff = roundTrip(a, b);
        assertThat(diff.changes())
                .extracting(c -> c.path().toString())
                .contains("/budget/activities/0/lines/0/statedAmount", "/budget/activities/0/lines/1");
    }

    @Test
    void aPeriodChangedBetweenDaysAndMonths() {
        Project a = project();
        Project months = Project.builder()
                .from(a)
                .plannedPeriod(ProjectPeriod.ofMonths(YearMonth.of(2025, 11), YearMonth.of(2026, 6)))
                .build();
        ProjectDiff diff = roundTrip(a, months);
        assertThat(diff.changes())
                .extracting(Change::english)
                .contains("changed /plannedPeriod/start from 2025-10-01 to 2025-11");
        roundTrip(
                months,
                Project.builder()
                        .from(months)
                        .plannedPeriod(ProjectPeriod.ofMonths(YearMonth.of(2025, 11), YearMonth.of(2026, 9)))
                        .build());
    }

    @Test
    void aTargetGainsAndLosesQuantities() {
        Project a = project();
        Target one = a.targets().get(0);
        Target several =
                Target.quantitative(one.text(), List.of(TargetQuantity.of(5, "โรงเรียน"), TargetQuantity.of(2, "วัน")));
        Project b = Project.builder().from(a).targets(List.of(several)).build();
        assertThat(roundTrip(a, b).changes())
                .singleElement()
                .satisfies(c -> assertThat(c.path()).isEqualTo(DocumentPath.parse("/targets/0/quantities")));
        Target other =
                Target.quantitative(one.text(), List.of(TargetQuantity.of(20, "คน"), TargetQuantity.of(2, "วัน")));
        roundTrip(b, Project.builder().from(a).targets(List.of(other)).build());
        roundTrip(
                b,
                Project.builder()
                        .from(a)
                        .targets(List.of(Target.quantitative(one.text(), BigDecimal.valueOf(20), "คน")))
                        .build());
        roundTrip(
                a,
                Project.builder()
                        .from(a)
                        .targets(List.of(Target.qualitative(one.text())))
                        .build());
    }

    @Test
    void anIndicatorGainsAndLosesTypes() {
        Project a = project();
        Project b = Project.builder()
                .from(a)
                .indicators(List.of(indicator("1", IndicatorType.OUTPUT, IndicatorType.ROUTINE)))
                .build();
        roundTrip(a, b);
        roundTrip(
                b,
                Project.builder()
                        .from(a)
                        .indicators(List.of(indicator("1", IndicatorType.ROUTINE)))
                        .build());
        roundTrip(
                b,
                Project.builder()
                        .from(a)
                        .indicators(List.of(indicator("1", IndicatorType.ROUTINE, IndicatorType.OUTPUT)))
                        .build());
    }

    @Test
    void aChangedValueThatIsNotTheOldOneIsRefusedWithItsPointer() {
        Project a = project();
        Budget budget = a.budget().orElseThrow();
        Project b = Project.builder()
                .from(a)
                .budget(Budget.builder()
                        .from(budget)
                        .activities(List.of(budget.activities().get(0), activity("2", "นิเทศติดตาม", 3000)))
                        .build())
                .build();
        Project other = Project.builder()
                .from(a)
                .budget(Budget.builder()
                        .from(budget)
                        .activities(List.of(budget.activities().get(0), activity("2", "อบรม", 3000)))
                        .build())
                .build();
        assertThatThrownBy(() -> ProjectDiff.between(a, b).apply(other))
                .isInstanceOf(DiffMismatchException.class)
                .hasMessage("/budget/activities/1/name: expected \"นิเทศ\" before the change, found \"อบรม\"")
                .satisfies(e -> {
                    DiffMismatchException m = (DiffMismatchException) e;
                    assertThat(m.path()).isEqualTo(DocumentPath.parse("/budget/activities/1/name"));
                    assertThat(m.reason()).isEqualTo("expected \"นิเทศ\" before the change, found \"อบรม\"");
                });
    }

    @Test
    void aRemovedOrChangedValueThatIsNotThereIsRefused() {
        Project a = project();
        Project b = Project.builder().from(a).plannedPeriod(Optional.empty()).build();
        Project withoutPeriod =
                Project.builder().from(a).plannedPeriod(Optional.empty()).build();
        assertThatThrownBy(() -> ProjectDiff.between(a, b).apply(withoutPeriod))
                .isInstanceOf(DiffMismatchException.class)
                .hasMessageStartingWith("/plannedPeriod: expected ProjectPeriod{")
                .hasMessageEndingWith("before the change, found nothing there");
        Project c = Project.builder()
                .from(a)
                .objectives(a.objectives().subList(0, 2))
                .build();
        assertThatThrownBy(() -> ProjectDiff.between(a, c).apply(c))
                .isInstanceOf(DiffMismatchException.class)
                .hasMessageStartingWith("/objectives/2: expected Objective{number=3");
    }

    @Test
    void anAddedValueWhereTheProjectHasOneIsRefused() {
        Project a = project();
        Project b = Project.builder().from(a).rationale("เหตุผล").build();
        assertThatThrownBy(() -> ProjectDiff.between(a, b)
                        .apply(Project.builder().from(a).rationale("อื่น").build()))
                .isInstanceOf(DiffMismatchException.class)
                .hasMessage("/rationale: expected no value before the change (which adds \"เหตุผล\"), found \"อื่น\"");
    }

    @Test
    void aProjectThatDiffersOnlyWhereTheDiffDoesNotLookIsRefused() {
        Project a = project();
        Project b = Project.builder().from(a).name("โครงการใหม่").build();
        Project other = Project.builder().from(a).location("เขตบางเขน").build();
        assertThatThrownBy(() -> ProjectDiff.between(a, b).apply(other))
                .isInstanceOf(DiffMismatchException.class)
                .hasMessageStartingWith("the project is not the old version this diff was made from")
                .satisfies(e ->
                        assertThat(((DiffMismatchException) e).path().isRoot()).isTrue());
        // and the new version is no old version either
        assertThatThrownBy(() -> ProjectDiff.between(a, b).apply(b)).isInstanceOf(DiffMismatchException.class);
    }

    @Test
    void diffsMadeFromOtherVersionsAreNotEqualEvenWithTheSameChanges() {
        Project a = project();
        Project b = Project.builder().from(a).name("โครงการใหม่").build();
        Project a2 = Project.builder().from(a).location("เขตบางเขน").build();
        Project b2 = Project.builder().from(a2).name("โครงการใหม่").build();
        assertThat(ProjectDiff.between(a, b).changes())
                .isEqualTo(ProjectDiff.between(a2, b2).changes());
        assertThat(ProjectDiff.between(a, b)).isNotEqualTo(ProjectDiff.between(a2, b2));
        assertThat(ProjectDiff.between(a, b))
                .isEqualTo(ProjectDiff.between(a, b))
                .hasSameHashCodeAs(ProjectDiff.between(a, b));
    }
}
