package io.github.krongkan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.check.Finding;
import io.github.krongkan.check.ProjectCheck;
import io.github.krongkan.check.RuleCode;
import io.github.krongkan.project.Project;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link ProjectGens#clean()} gives projects without findings, and {@link ProjectGens#projects()},
 * now with budgets, ledgers and action plans, makes many finding codes fire.
 */
class CleanProjectsTest {
    private static final ProjectCheck CHECK = ProjectCheck.standard();

    /** As many clean projects as the planted ones of {@code PlantTest}: over 10,000, no finding fires. */
    private static final int EXAMPLES = 10_000;

    @Test
    void cleanProjectsGiveNoFindings() {
        PropertyResult result = Property.forAll(ProjectGens.clean())
                .examples(EXAMPLES)
                .classify("budget", p -> p.budget().isPresent())
                .classify("ledger", p -> p.ledger().isPresent())
                .classify(
                        "action plan",
                        p -> !p.actionPlan().map(a -> a.steps().isEmpty()).orElse(true))
                .classify("progress reports", p -> p.progressReports().size() >= 2)
                .classify("risks", p -> !p.risks().isEmpty())
                .classify("indicators", p -> !p.indicators().isEmpty())
                .classify(
                        "allocations",
                        p -> p.budget().map(b -> !b.allocations().isEmpty()).orElse(false))
                .check(p -> {
                    assertThat(Project.builder().from(p).build()).isEqualTo(p);
                    assertThat(CHECK.check(p)).isEmpty();
                });
        assertThat(result.examples()).isEqualTo(EXAMPLES);
        assertThat(result.count("budget")).isGreaterThan(EXAMPLES * 6 / 10);
        assertThat(result.count("ledger")).isGreaterThan(EXAMPLES * 3 / 10);
        assertThat(result.count("action plan")).isGreaterThan(EXAMPLES / 2);
        assertThat(result.count("progress reports")).isGreaterThan(EXAMPLES / 2);
        assertThat(result.count("risks")).isGreaterThan(EXAMPLES / 10);
        assertThat(result.count("indicators")).isGreaterThan(EXAMPLES / 10);
        assertThat(result.count("allocations")).isGreaterThan(EXAMPLES / 10);
    }

    @Test
    void theSimplestCleanProjectHasItsNameAndFiscalYearOnly() {
        PropertyFailure failure = ShrinkerTest.failureOf(() -> Property.forAll(ProjectGens.clean())
                .seed(41)
                .verify(p -> p.name().isEmpty()));
        Project p = (Project) failure.counterexample();
        assertThat(p)
                .isEqualTo(Project.builder()
                        .name(p.name())
                        .fiscalYear(p.fiscalYear())
                        .build());
    }

    @Test
    void generatedProjectsFireManyCodes() {
        Map<Project, Set<String>> seen = new IdentityHashMap<>();
        Set<String> fired = new TreeSet<>();
        Property<Project> property = Property.forAll(ProjectGens.projects()).examples(2000);
        for (RuleCode code : RuleCode.values()) {
            property = property.classify(
                    code.code(), p -> seen.computeIfAbsent(p, q -> codes(q)).contains(code.code()));
        }
        PropertyResult result = property.check(p -> fired.addAll(seen.computeIfAbsent(p, q -> codes(q))));
        Set<String> classified = result.classified().entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(HashSet::new));
        // measured: 46 distinct codes fired over 2,000 projects (31 before projects carried budgets,
        // ledgers and action plans); the seed varies from run to run, so the bound leaves room
        assertThat(classified).as("codes fired: %s", classified).hasSizeGreaterThanOrEqualTo(42);
        assertThat(fired).containsAll(classified);
        assertThat(classified)
                .contains(
                        "BUDGET_EXCEEDS_RECEIVED",
                        "ACTIVITY_WITHOUT_STEP",
                        "DISBURSED_ABOVE_BUDGET",
                        "LEDGER_DISBURSED_EXCEEDS_RECEIVED");
    }

    @Test
    void mostGeneratedProjectsCarryABudgetALedgerOrAnActionPlan() {
        PropertyResult result = Property.forAll(ProjectGens.projects())
                .examples(1000)
                .classify("budget", p -> p.budget().isPresent())
                .classify("revisions", p -> !p.budgetRevisions().isEmpty())
                .classify("ledger", p -> p.ledger().isPresent())
                .classify("action plan", p -> p.actionPlan().isPresent())
                .classify(
                        "alignment levels",
                        p -> p.alignments().stream().anyMatch(a -> !a.levels().isEmpty()))
                .classify(
                        "signed certification",
                        p -> p.certifications().stream()
                                .anyMatch(c ->
                                        c.date().isPresent() && c.signedAs().isPresent()))
                .verify(p -> true);
        // by construction budgets come in 3 projects of 4, ledgers in 1 of 2, plans in 2 of 3, and
        // revisions in 1 budget of 4 (fewer at small sizes)
        assertThat(result.count("budget")).isGreaterThan(650);
        assertThat(result.count("revisions")).isGreaterThan(50);
        assertThat(result.count("ledger")).isGreaterThan(400);
        assertThat(result.count("action plan")).isGreaterThan(550);
        assertThat(result.count("alignment levels")).isGreaterThan(50);
        assertThat(result.count("signed certification")).isGreaterThan(20);
    }

    private static Set<String> codes(Project p) {
        return CHECK.check(p).stream().map(Finding::code).collect(Collectors.toSet());
    }
}
