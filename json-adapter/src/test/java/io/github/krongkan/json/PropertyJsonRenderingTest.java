package io.github.krongkan.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.lifecycle.ProjectRecord;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.Project;
import io.github.krongkan.risk.Risk;
import io.github.krongkan.testkit.ProjectGens;
import io.github.krongkan.testkit.Property;
import io.github.krongkan.testkit.PropertyFailure;
import io.github.krongkan.testkit.RecordGens;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With json-adapter on the class path, the testkit's property runner prints a shrunk project as a
 * compact krongkan/1 document, which reads back to the counterexample.
 */
class PropertyJsonRenderingTest {
    @Test
    void aShrunkProjectIsPrintedAsCompactKrongkanJson() {
        PropertyFailure failure = null;
        try {
            Property.forAll(ProjectGens.projects())
                    .seed(17)
                    .verify(p -> p.risks().size() <= 2);
        } catch (PropertyFailure f) {
            failure = f;
        }
        assertThat(failure).isNotNull();
        Project counterexample = (Project) failure.counterexample();
        assertThat(failure.rendered())
                .isEqualTo(KrongkanJson.writeCompact(counterexample))
                .startsWith("{")
                .doesNotContain("\n");
        assertThat(failure.rendered().getBytes(StandardCharsets.UTF_8).length).isLessThan(2048);
        assertThat(failure.getMessage()).contains("Counterexample:\n" + failure.rendered() + "\n");
        assertThat(KrongkanJson.readProject(failure.rendered())).isEqualTo(counterexample);
        assertThat(counterexample.risks()).hasSize(3);
    }

    /** A KPI rule of an office, written wrong: it assumes the on-target share always divides exactly. */
    private static BigDecimal onTargetShareExact(Project project) {
        List<ProgressReport> reports = project.progressReports();
        if (reports.isEmpty()) {
            return BigDecimal.ZERO;
        }
        long onTarget = reports.stream().filter(r -> r.onTarget().orElse(false)).count();
        return BigDecimal.valueOf(100 * onTarget)
                .divide(BigDecimal.valueOf(reports.size()), 2, RoundingMode.UNNECESSARY);
    }

    @Test
    void aWrongKpiRuleIsCaughtWithItsSeedAndASmallJsonCounterexample() {
        for (long seed : new long[] {1, 2569, 77_777}) {
            PropertyFailure failure = null;
            try {
                Property.forAll(ProjectGens.projects()).seed(seed).check(p -> onTargetShareExact(p));
            } catch (PropertyFailure f) {
                failure = f;
            }
            assertThat(failure).as("seed %d", seed).isNotNull();
            assertThat(failure.getCause()).isInstanceOf(ArithmeticException.class);
            assertThat(failure.getMessage())
                    .contains("seed " + seed + ")")
                    .contains(".seed(" + seed + "L)")
                    .contains("Counterexample:\n" + failure.rendered());
            assertThat(failure.rendered().getBytes(StandardCharsets.UTF_8).length)
                    .as("the shrunk counterexample of seed %d: %s", seed, failure.rendered())
                    .isLessThan(2048);
            Project shrunk = KrongkanJson.readProject(failure.rendered());
            assertThat(shrunk).isEqualTo(failure.counterexample());
            assertThat(shrunk.progressReports()).hasSize(3);
        }
    }

    @Test
    void aShrunkRecordIsPrintedAsACompactRecordDocument() {
        PropertyFailure failure = null;
        try {
            Property.forAll(RecordGens.records())
                    .seed(5)
                    .verify(r -> r.children().isEmpty());
        } catch (PropertyFailure f) {
            failure = f;
        }
        assertThat(failure).isNotNull();
        ProjectRecord counterexample = (ProjectRecord) failure.counterexample();
        assertThat(failure.rendered())
                .isEqualTo(KrongkanJson.writeRecordCompact(counterexample))
                .doesNotContain("\n");
        assertThat(KrongkanJson.readRecord(failure.rendered())).isEqualTo(counterexample);
        assertThat(counterexample.children()).hasSize(1);
        assertThat(failure.rendered().getBytes(StandardCharsets.UTF_8).length).isLessThan(2048);
    }

    @Test
    void aProjectWithTooManyRisksShrinksToThreeBareRisksAndNothingElse() {
        for (long seed = 1; seed <= 5; seed++) {
            PropertyFailure failure = null;
            try {
                Property.forAll(ProjectGens.projects())
                        .seed(seed)
                        .verify(p -> p.risks().size() <= 2);
            } catch (PropertyFailure f) {
                failure = f;
            }
            assertThat(failure).as("seed %d", seed).isNotNull();
            Project p = (Project) failure.counterexample();
            Project bare = Project.builder()
                    .name(p.name())
                    .fiscalYear(p.fiscalYear())
                    .addAllRisks(p.risks().stream()
                            .map(r ->
                                    Risk.builder().description(r.description()).build())
                            .toList())
                    .build();
            assertThat(p).as("seed %d: %s", seed, failure.rendered()).isEqualTo(bare);
            assertThat(p.risks()).hasSize(3);
            assertThat(failure.rendered().length()).isLessThan(300);
        }
    }
}
