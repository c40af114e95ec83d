package io.github.krongkan.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.project.Objective;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectPeriod;
import io.github.krongkan.project.Target;
import io.github.krongkan.time.FiscalYear;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectCheckTest {
    private static final FiscalYear FY2569 = FiscalYear.ofBuddhistEra(2569);

    private static Project withPeriod(ProjectPeriod period) {
        return Project.builder()
                .name("โครงการ")
                .fiscalYear(FY2569)
                .plannedPeriod(period)
                .build();
    }

    @Test
    void seed000PeriodInsideTheFiscalYearIsClean() {
        Project seed000 = withPeriod(ProjectPeriod.ofMonths(YearMonth.of(2025, 11), YearMonth.of(2026, 6)));
        assertThat(ProjectCheck.standard().check(seed000)).isEmpty();
    }

    @Test
    void periodOutsideTheFiscalYearIsAWarningAtPlannedPeriod() {
        Project late = withPeriod(ProjectPeriod.ofMonths(YearMonth.of(2026, 6), YearMonth.of(2026, 10)));
        List<Finding> findings = ProjectCheck.standard().check(late);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("PERIOD_OUTSIDE_FISCAL_YEAR");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.path()).isEqualTo("/plannedPeriod");
            assertThat(f.expected()).contains("2025-10-01/2026-09-30");
            assertThat(f.actual()).contains("2026-06-01/2026-10-31");
            assertThat(f.messageThai()).contains("ปีงบประมาณ พ.ศ. 2569");
        });
    }

    @Test
    void duplicateObjectiveAndTargetNumbersAreReportedAtTheSecondUse() {
        Project project = Project.builder()
                .name("โครงการ")
                .fiscalYear(FY2569)
                .addObjectives(Objective.of("2.1", "ก"), Objective.of("2.2", "ข"), Objective.of("2.1", "ค"))
                .addTarget(Target.builder()
                        .from(Target.qualitative("ง"))
                        .number("3.1")
                        .build())
                .addTarget(Target.builder()
                        .from(Target.qualitative("จ"))
                        .number("3.2")
                        .build())
                .build();
        assertThat(ProjectCheck.standard().check(project)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("DUPLICATE_ITEM_NUMBER");
            assertThat(f.path()).isEqualTo("/objectives/2/number");
            assertThat(f.message()).contains("first at /objectives/0");
        });
    }

    @Test
    void customRulesRunAfterTheStandardOnesAndCodesMustDiffer() {
        Rule always = new Rule() {
            @Override
            public String code() {
                return "ALWAYS";
            }

            @Override
            public List<Finding> check(Project project) {
                return List.of(Finding.builder()
                        .code("ALWAYS")
                        .severity(Severity.INFO)
                        .path("")
                        .message("always")
                        .messageThai("เสมอ")
                        .build());
            }
        };
        ProjectCheck check = ProjectCheck.standard().with(always);
        Project late = withPeriod(ProjectPeriod.ofMonths(YearMonth.of(2026, 6), YearMonth.of(2026, 10)));
        assertThat(check.check(late)).extracting(Finding::code).containsExactly("PERIOD_OUTSIDE_FISCAL_YEAR", "ALWAYS");
        assertThat(check.without("ALWAYS").check(late))
                .extracting(Finding::code)
                .containsExactly("PERIOD_OUTSIDE_FISCAL_YEAR");
        assertThatThrownBy(() -> check.with(always))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ALWAYS");
    }

    @Test
    void findingsValidateCodeAndPath() {
        assertThatThrownBy(() -> Finding.builder()
                        .code("lower")
                        .severity(Severity.INFO)
                        .path("")
                        .message("m")
                        .messageThai("ม")
                        .build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Finding.builder()
                        .code("X")
                        .severity(Severity.INFO)
                        .path("name")
                        .message("m")
                        .messageThai("ม")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("JSON pointer");
        Finding f = Finding.builder()
                .code("X")
                .severity(Severity.ERROR)
                .path("/a")
                .message("m")
                .messageThai("ม")
                .expected("1")
                .actual("2")
                .build();
        assertThat(f).hasToString("ERROR X /a: m (expected 1, actual 2)");
    }
}
