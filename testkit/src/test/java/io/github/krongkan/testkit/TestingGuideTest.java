package io.github.krongkan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.krongkan.check.Finding;
import io.github.krongkan.check.ProjectCheck;
import io.github.krongkan.check.RuleCode;
import io.github.krongkan.lifecycle.RecordCheck;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.Project;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The examples of docs/testing.md, run: every {@code java} block the guide marks with
 * {@code <!-- run by TestingGuideTest -->} appears, line by line, in this file.
 */
class TestingGuideTest {
    // --- the guide's example: an office's own KPI and its properties ---

    /** The office's KPI: the share of a project's progress reports that say it is on target, in per cent. */
    static BigDecimal onTargetShare(Project project) {
        List<ProgressReport> reports = project.progressReports();
        if (reports.isEmpty()) {
            return BigDecimal.ZERO;
        }
        long onTarget = reports.stream().filter(r -> r.onTarget().orElse(false)).count();
        return BigDecimal.valueOf(100 * onTarget).divide(BigDecimal.valueOf(reports.size()), 2, RoundingMode.HALF_UP);
    }

    @Test
    void theShareIsAPercentage() {
        PropertyResult result = Property.forAll(ProjectGens.projects())
                .classify("no reports", p -> p.progressReports().isEmpty())
                .classify("all on target", p -> onTargetShare(p).compareTo(BigDecimal.valueOf(100)) == 0)
                .collect("reports", p -> p.progressReports().size())
                .check(p -> assertThat(onTargetShare(p)).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100)));
        assertThat(result.count("no reports")).isLessThan(result.examples() / 2);
        assertThat(result.count("all on target")).isPositive();
    }

    /** A first, wrong version of the KPI: it assumes the share always comes out exact. */
    static BigDecimal onTargetShareExact(Project project) {
        List<ProgressReport> reports = project.progressReports();
        if (reports.isEmpty()) {
            return BigDecimal.ZERO;
        }
        long onTarget = reports.stream().filter(r -> r.onTarget().orElse(false)).count();
        return BigDecimal.valueOf(100 * onTarget)
                .divide(BigDecimal.valueOf(reports.size()), 2, RoundingMode.UNNECESSARY);
    }

    @Test
    void theWrongVersionIsCaughtAndShrunk() {
        assertThatThrownBy(() -> Property.forAll(ProjectGens.projects())
                        .seed(2569)
                        .check(p ->
                                assertThat(onTargetShareExact(p)).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100))))
                .isInstanceOf(PropertyFailure.class)
                .hasCauseInstanceOf(ArithmeticException.class)
                .satisfies(failure -> {
                    Project p = (Project) ((PropertyFailure) failure).counterexample();
                    // the smallest project whose share is not a whole number of hundredths: one report
                    // on target out of three
                    assertThat(p.progressReports()).hasSize(3);
                    assertThat(p.progressReports().stream()
                                    .filter(r -> r.onTarget().orElse(false)))
                            .hasSize(1);
                    assertThat(p.risks()).isEmpty();
                    assertThat(p.budget()).isEmpty();
                    // since projects carry budgets, this seed's shrink keeps one bare network
                    assertThat(p.networks()).allMatch(n -> n.schools().isEmpty());
                    assertThat(p.networks().size()).isLessThanOrEqualTo(1);
                });
    }

    @Test
    void aCounterexampleFromAnotherFrameworkShrinks() {
        long seed = 1;
        while (!(ProjectGens.projects().sample(seed, 60).risks().size() > 2)) {
            seed++;
        }
        // a QuickTheories or jqwik property reported the project sampled at (seed, 60):
        Project smallest =
                Shrinker.shrink(ProjectGens.projects(), seed, 60, p -> p.risks().size() > 2);
        assertThat(smallest.risks()).hasSize(3);
        assertThat(smallest.progressReports()).isEmpty();
    }

    // --- the guide's bridge to QuickTheories ---

    @Test
    void theShareIsAPercentageUnderQuickTheories() {
        Predicate<Project> outOfRange = p -> onTargetShare(p).compareTo(BigDecimal.ZERO) < 0
                || onTargetShare(p).compareTo(BigDecimal.valueOf(100)) > 0;
        qt().withExamples(1000)
                .withShrinkCycles(0) // the testkit shrinks
                .forAll(longs().all(), integers().between(0, Gen.MAX_SIZE))
                .checkAssert((seed, size) -> {
                    Project project = ProjectGens.projects().sample(seed, size);
                    if (outOfRange.test(project)) {
                        Project smallest = Shrinker.shrink(ProjectGens.projects(), seed, size, outOfRange);
                        fail("share out of range for " + smallest);
                    }
                });
    }

    @Test
    void theBridgeShrinksWhatQuickTheoriesFinds() {
        List<Integer> shrunkSizes = new ArrayList<>();
        assertThatThrownBy(() -> qt().withExamples(200)
                        .withFixedSeed(3)
                        .withShrinkCycles(0)
                        .forAll(longs().all(), integers().between(0, Gen.MAX_SIZE))
                        .checkAssert((seed, size) -> {
                            Predicate<Project> tooManyRisks = p -> p.risks().size() > 2;
                            if (tooManyRisks.test(ProjectGens.projects().sample(seed, size))) {
                                Project smallest = Shrinker.shrink(ProjectGens.projects(), seed, size, tooManyRisks);
                                shrunkSizes.add(smallest.risks().size());
                                assertThat(smallest.progressReports()).isEmpty();
                                fail("too many risks for " + smallest);
                            }
                        }))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("too many risks");
        assertThat(shrunkSizes).contains(3);
    }

    // --- the guide's planted errors ---

    @Test
    void everyPlantedFindingIsFoundAtItsPointer() {
        for (RuleCode code : Plant.codes()) {
            Property.forAll(Plant.of(code))
                    .examples(50)
                    .check(planted -> assertThat(ProjectCheck.standard().check(planted.project()))
                            .extracting(Finding::code, Finding::path)
                            .containsExactly(tuple(code.code(), planted.pointer())));
        }
    }

    @Test
    void aPlantedProject() {
        Planted planted = Plant.of("BUDGET_SUBTOTAL_MISMATCH").sample(42L);
        assertThat(planted.pointer()).matches("/budget/activities/\\d+/statedSubtotal");
    }

    @Test
    void aPlantedRecord() {
        PlantedRecord planted = Plant.record("STATUS_MOVED_BACKWARDS").sample(42L);
        assertThat(RecordCheck.standard().check(planted.record()))
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("STATUS_MOVED_BACKWARDS", planted.pointer()));
        assertThat(planted.pointer()).matches("/history/\\d+/action");
    }

    // --- the guide and this file agree ---

    @Test
    void theGuidesMarkedExamplesAreTheCodeOfThisTest() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        Path guide = root.resolveSibling("docs").resolve("testing.md");
        Path self = root.resolve("src/test/java/io/github/krongkan/testkit/TestingGuideTest.java");
        List<String> code = stripped(Files.readAllLines(self));
        List<List<String>> blocks = markedBlocks(Files.readAllLines(guide));
        assertThat(blocks).hasSizeGreaterThanOrEqualTo(2);
        for (List<String> block : blocks) {
            assertThat(String.join("\n", code))
                    .as("a marked block of docs/testing.md")
                    .contains(String.join("\n", block));
        }
    }

    private static List<List<String>> markedBlocks(List<String> lines) {
        List<List<String>> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("<!-- run by TestingGuideTest -->")) {
                int start = i + 2; // the line after ```java
                int end = start;
                while (!lines.get(end).startsWith("```")) {
                    end++;
                }
                blocks.add(stripped(lines.subList(start, end)));
                i = end;
            }
        }
        return blocks;
    }

    private static List<String> stripped(List<String> lines) {
        return lines.stream().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
    }
}
