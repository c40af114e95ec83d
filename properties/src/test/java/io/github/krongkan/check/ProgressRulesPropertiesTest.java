package io.github.krongkan.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.progress.RandomReports;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.Project;
import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.Property;
import io.github.krongkan.testkit.PropertyResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Properties of the progress rules over random projects with progress reports ({@link RandomReports}). */
class ProgressRulesPropertiesTest {
    private static final List<String> PROGRESS_CODES = List.of(
            "PERIOD_OUTSIDE_FISCAL_YEAR",
            "ACTUAL_END_AFTER_PLAN",
            "REPORTS_NOT_IN_DATE_ORDER",
            "REPORT_DUPLICATED",
            "REPORT_DATE_MISMATCH",
            "REPORT_DATE_MONTH_FIRST",
            "REPORT_DATE_AMBIGUOUS",
            "REPORT_OUTSIDE_FISCAL_YEAR",
            "REPORT_OUTSIDE_PROJECT_PERIOD",
            "PROGRESS_OUT_OF_RANGE",
            "PROGRESS_DECREASED",
            "DISBURSED_DECREASED",
            "DISBURSED_ABOVE_BUDGET",
            "ON_PLAN_BELOW_CURVE",
            "COMPLETE_WITHOUT_DISBURSEMENT",
            "REPORT_AFTER_CANCELLATION",
            "INDICATOR_RESULT_ON_CANCELLED_PROJECT");

    private static List<Finding> check(Project project) {
        return ProjectCheck.standard().check(project);
    }

    /** Random projects with progress reports. */
    private static Gen<Project> projects() {
        return (random, size) -> new RandomReports(random).project();
    }

    /** A project and the same project with its reports in another order. */
    private record Reordered(Project project, Project shuffled) {}

    private static Gen<Reordered> reordered() {
        return (random, size) -> {
            RandomReports reports = new RandomReports(random);
            Project project = reports.project();
            Project shuffled = Project.builder()
                    .from(project)
                    .progressReports(reports.shuffle(project.progressReports()))
                    .build();
            return new Reordered(project, shuffled);
        };
    }

    /** A finding with its path made independent of the document order: the report instead of its index. */
    private record Located(
            String code,
            Severity severity,
            Object report,
            String rest,
            String messageThai,
            Optional<String> expected,
            Optional<String> actual) {
        static Located of(Finding f, List<ProgressReport> documentOrder) {
            String prefix = "/progressReports/";
            if (!f.path().startsWith(prefix)) {
                return new Located(f.code(), f.severity(), null, f.path(), f.messageThai(), f.expected(), f.actual());
            }
            String tail = f.path().substring(prefix.length());
            int slash = tail.indexOf('/');
            int index = Integer.parseInt(slash < 0 ? tail : tail.substring(0, slash));
            return new Located(
                    f.code(),
                    f.severity(),
                    documentOrder.get(index),
                    slash < 0 ? "" : tail.substring(slash),
                    f.messageThai(),
                    f.expected(),
                    f.actual());
        }
    }

    @Test
    void findingsDoNotDependOnTheDocumentOrderBeyondTheOrderFinding() {
        Property.forAll(reordered()).examples(1000).check(c -> {
            assertThat(located(c.shuffled())).isEqualTo(located(c.project()));
            for (Project p : List.of(c.project(), c.shuffled())) {
                List<Finding> findings = check(p);
                for (Rule rule : ProjectCheck.standard().rules()) {
                    List<Finding> own = findings.stream()
                            .filter(f -> f.code().equals(rule.code()))
                            .toList();
                    assertThat(rule.check(p)).as("rules are pure").isEqualTo(own);
                }
            }
        });
    }

    private static Map<Located, Long> located(Project project) {
        return check(project).stream()
                .filter(f -> !f.code().equals("REPORTS_NOT_IN_DATE_ORDER"))
                .map(f -> Located.of(f, project.progressReports()))
                .collect(Collectors.groupingBy(l -> l, Collectors.counting()));
    }

    @Test
    void theGeneratorOfThePropertiesExercisesEveryProgressRule() {
        PropertyResult result = Property.forAll(projects())
                .examples(1000)
                .collect("codes", p -> check(p).stream().map(Finding::code).collect(Collectors.toSet()))
                .check(p -> {});
        Set<String> seen = new TreeSet<>();
        result.collected("codes").keySet().forEach(code -> seen.add((String) code));
        assertThat(seen).as("codes seen in %s", result).containsAll(PROGRESS_CODES);
    }

    @Test
    void findingsOfEachRuleComeInDocumentOrder() {
        Property.forAll(projects()).examples(1000).check(project -> {
            for (Rule rule : ProjectCheck.standard().rules()) {
                List<Integer> indexes = rule.check(project).stream()
                        .map(Finding::path)
                        .filter(p -> p.startsWith("/progressReports/"))
                        .map(p -> Integer.parseInt(
                                p.substring("/progressReports/".length()).split("/")[0]))
                        .toList();
                assertThat(indexes).as(rule.code()).isSorted();
            }
        });
    }
}
