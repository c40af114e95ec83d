package io.github.krongkan.examples.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.budget.RateTables;
import io.github.krongkan.check.CheckOptions;
import io.github.krongkan.check.ProjectCheck;
import io.github.krongkan.check.ReferenceSet;
import io.github.krongkan.json.KrongkanJson;
import io.github.krongkan.json.ReferenceJson;
import io.github.krongkan.project.Project;
import io.github.krongkan.time.FiscalYear;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The example reference directory, data/reference: what it holds, and that the seeds check the same with it. */
class ExampleReferenceDataTest {
    private static final Path REFERENCE = Path.of("data", "reference");

    @Test
    void itHoldsTheShippedRateTableAndTheCabinetTargetsOfDomainNotes() {
        ReferenceSet set = ReferenceJson.readDirectory(REFERENCE);
        assertThat(set.rates()).isEqualTo(RateTables.defaults());
        assertThat(set.targetsFor(FiscalYear.ofBuddhistEra(2563)).orElseThrow().disbursementTarget(2))
                .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("54"));
        assertThat(set.targetsFor(FiscalYear.ofBuddhistEra(2567)).orElseThrow().disbursementTarget(4))
                .hasValue(new BigDecimal("93"));
        assertThat(set.over(ReferenceSet.defaults()).rates()).isEqualTo(RateTables.defaults());
    }

    /**
     * Seed 003 (FY 2555, planned from October 2554) is dated before the shipped ว 5 table, which
     * takes effect on 14 January 2556; it names no rate kind, so nothing goes unchecked and it gets
     * no BUDGET_RATE_TABLE_MISSING. Seed 004 (FY 2560) is covered and its snacks are checked.
     */
    @Test
    void seed003PredatesTheShippedTableButNamesNoRateKindAndSeed004IsCovered() {
        Project seed003 = KrongkanJson.readProject(Path.of("data", "003-samut-prakan-2-reading.json"));
        assertThat(RateTables.defaults().inForceOn(LocalDate.of(2011, 10, 1))).isEmpty();
        assertThat(seed003.budget().orElseThrow().activities())
                .allSatisfy(a -> assertThat(a.lines())
                        .allSatisfy(l -> assertThat(l.rateKind()).isEmpty()));
        assertThat(ProjectCheck.standard().check(seed003)).isEmpty();
        Project seed004 = KrongkanJson.readProject(Path.of("data", "004-samut-prakan-2-quality-assurance.json"));
        assertThat(RateTables.defaults()
                        .inForceOn(seed004.plannedPeriod().orElseThrow().start()))
                .isPresent();
        assertThat(ProjectCheck.standard().check(seed004))
                .noneMatch(f -> f.code().equals("BUDGET_RATE_TABLE_MISSING"));
    }

    @Test
    void theSeedsGiveTheSameFindingsWithIt() throws IOException {
        ProjectCheck withReference = ProjectCheck.standard(CheckOptions.builder()
                .reference(ReferenceJson.readDirectory(REFERENCE).over(ReferenceSet.defaults()))
                .build());
        try (Stream<Path> files = Files.list(Path.of("data"))) {
            for (Path seed :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                Project project = KrongkanJson.readProject(seed);
                assertThat(withReference.check(project))
                        .as(seed.toString())
                        .isEqualTo(ProjectCheck.standard().check(project));
            }
        }
    }
}
