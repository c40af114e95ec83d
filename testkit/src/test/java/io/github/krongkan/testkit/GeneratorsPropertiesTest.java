package io.github.krongkan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.check.ProjectCheck;
import io.github.krongkan.indicator.Indicator;
import io.github.krongkan.indicator.Measurement;
import io.github.krongkan.money.Baht;
import io.github.krongkan.network.Network;
import io.github.krongkan.network.NetworkDirectory;
import io.github.krongkan.network.Office;
import io.github.krongkan.project.Portfolio;
import io.github.krongkan.project.Project;
import io.github.krongkan.risk.Risk;
import io.github.krongkan.risk.RiskMatrix;
import io.github.krongkan.risk.RiskRating;
import io.github.krongkan.time.FiscalYear;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Every generator gives valid values, the same ones for the same choices and size. */
class GeneratorsPropertiesTest {

    /** A generated value and the size it was generated at. */
    private record Sized<T>(T value, int size) {
        static <T> Gen<Sized<T>> of(Gen<T> gen) {
            return (random, size) -> new Sized<>(gen.next(random, size), size);
        }
    }

    /** Checks determinism and that the builder accepts the value again (rebuilding gives an equal value). */
    private static <T> void validAndDeterministic(Gen<T> gen, UnaryOperator<T> rebuild) {
        Property.forAll(Replayed.of(gen)).examples(1000).check(replayed -> {
            T value = replayed.value();
            assertThat(value).isNotNull();
            assertThat(replayed.again()).isEqualTo(value);
            assertThat(rebuild.apply(value)).isEqualTo(value);
        });
    }

    @Test
    void projects() {
        validAndDeterministic(
                ProjectGens.projects(), p -> Project.builder().from(p).build());
        Property.forAll(Sized.of(ProjectGens.projects())).examples(1000).check(sized -> {
            Project p = sized.value();
            int size = sized.size();
            assertThat(ProjectCheck.standard().check(p)).allMatch(f -> !f.code().isBlank());
            assertThat(p.risks())
                    .allMatch(
                            r -> r.inherent().map(p.riskMatrixOrDefault()::fits).orElse(true));
            assertThat(p.risks().size()).isLessThanOrEqualTo(Gen.scaled(6, size));
            assertThat(p.indicators().size()).isLessThanOrEqualTo(Gen.scaled(5, size));
        });
        Project smallest = ProjectGens.projects().sample(42, 0);
        assertThat(smallest.objectives()).isEmpty();
        assertThat(smallest.risks()).isEmpty();
        assertThat(smallest.indicators()).isEmpty();
        assertThat(smallest.targets()).isEmpty();
    }

    @Test
    void projectsCoverEveryFieldSomewhere() {
        List<Project> projects = ProjectGens.projects().samples(2024, 500);
        assertThat(projects)
                .anyMatch(
                        p -> p.riskMatrix().isPresent() && p.riskMatrix().get().isGrid());
        assertThat(projects)
                .anyMatch(p -> p.riskMatrix().isPresent()
                        && !p.riskMatrix().get().isGrid()
                        && !RiskMatrix.presets().contains(p.riskMatrix().get()));
        assertThat(projects)
                .anyMatch(p -> p.risks().stream()
                        .anyMatch(r -> r.residual().isPresent() && r.current().isPresent()));
        assertThat(projects)
                .anyMatch(p -> p.indicators().stream()
                        .anyMatch(i -> i.linkedTargetNumber().isPresent()));
        assertThat(projects)
                .anyMatch(p -> p.indicators().stream()
                        .anyMatch(i -> i.measurements().stream()
                                .anyMatch(m -> m.subjectId().isPresent()
                                        && m.period().isPresent()
                                        && m.date().isPresent())));
        assertThat(projects)
                .anyMatch(p ->
                        p.indicators().stream().anyMatch(i -> i.baselinePeriod().isPresent()));
        assertThat(projects)
                .anyMatch(p -> !p.networks().isEmpty()
                        && p.networks().get(0).coordinatorSchoolId().isPresent());
        assertThat(projects)
                .anyMatch(p -> p.plannedPeriod().isPresent()
                        && p.actualPeriod().isPresent()
                        && !p.approvals().isEmpty()
                        && !p.notes().isEmpty()
                        && p.nature().isPresent());
        assertThat(projects)
                .anyMatch(p -> ProjectCheck.standard().check(p).stream()
                        .anyMatch(f -> f.code().equals("INDICATOR_VALUE_IMPOSSIBLE")));
        assertThat(projects)
                .anyMatch(p -> ProjectCheck.standard().check(p).stream()
                        .anyMatch(f -> f.code().equals("RISK_LEVEL_MISMATCH")));
        assertThat(projects)
                .anyMatch(p -> p.progressReports().stream()
                        .anyMatch(r -> r.dateAsWritten().isPresent()
                                && r.disbursed().isPresent()
                                && r.onPlan().isPresent()
                                && r.onTarget().isPresent()
                                && r.number().isPresent()));
        assertThat(projects)
                .anyMatch(p -> p.progressReports().stream()
                        .anyMatch(r -> r.narrative().isPresent()
                                && r.problems().isPresent()
                                && r.obstacles().isPresent()
                                && r.statusChange().isPresent()));
        assertThat(projects)
                .anyMatch(p -> ProjectCheck.standard().check(p).stream()
                        .anyMatch(f -> f.code().equals("REPORT_DATE_MONTH_FIRST")));
        assertThat(projects)
                .anyMatch(p -> ProjectCheck.standard().check(p).stream()
                        .anyMatch(f -> f.code().equals("PROGRESS_OUT_OF_RANGE")));
    }

    @Test
    void portfolios() {
        validAndDeterministic(
                ProjectGens.portfolios(), p -> Portfolio.builder().from(p).build());
    }

    /** A matrix and twenty ratings on it, at sizes rising from 0 to {@link Gen#MAX_SIZE}. */
    private record MatrixAndRatings(RiskMatrix matrix, List<RiskRating> ratings) {}

    @Test
    void risksAndMatrices() {
        validAndDeterministic(
                RiskGens.matrices(), m -> RiskMatrix.builder().from(m).build());
        validAndDeterministic(RiskGens.risks(), r -> Risk.builder().from(r).build());
        Gen<MatrixAndRatings> ratings = (random, size) -> {
            RiskMatrix matrix = RiskGens.matrices().next(random, size);
            List<RiskRating> twenty = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                twenty.add(RiskGens.ratings(matrix).next(random, i * Gen.MAX_SIZE / 19));
            }
            return new MatrixAndRatings(matrix, twenty);
        };
        Property.forAll(ratings)
                .examples(1000)
                .check(m -> assertThat(m.ratings()).allMatch(m.matrix()::fits));
    }

    @Test
    void indicatorsAndMeasurements() {
        validAndDeterministic(
                IndicatorGens.indicators(), i -> Indicator.builder().from(i).build());
        validAndDeterministic(
                IndicatorGens.formulas(),
                f -> io.github.krongkan.indicator.Formula.builder().from(f).build());
        validAndDeterministic(
                IndicatorGens.ratioMeasurements(),
                m -> Measurement.builder().from(m).build());
        validAndDeterministic(
                TimeGens.fiscalYears().flatMap(IndicatorGens::periods),
                p -> io.github.krongkan.time.FiscalPeriod.parse(p.toString()));
    }

    @Test
    void ratioMeasurementsHitTheEdgeCases() {
        List<Measurement> samples = IndicatorGens.ratioMeasurements().samples(9, 2000);
        assertThat(samples)
                .allMatch(m -> m.numerator().get().compareTo(m.denominator().get()) <= 0);
        assertThat(samples).anyMatch(m -> m.denominator().get().signum() == 0);
        assertThat(samples)
                .anyMatch(m -> m.numerator().get().signum() == 0
                        && m.denominator().get().signum() > 0);
        assertThat(samples)
                .anyMatch(m -> m.numerator().get().equals(m.denominator().get())
                        && m.numerator().get().signum() > 0);
        List<Indicator> indicators = IndicatorGens.indicators().samples(9, 1000);
        assertThat(indicators)
                .anyMatch(i -> i.measurements().stream()
                        .anyMatch(m -> m.numerator().isPresent()
                                && m.denominator().isEmpty()
                                && i.formula().get().usesDenominator()));
    }

    @Test
    void money() {
        validAndDeterministic(MoneyGens.baht(), b -> Baht.parse(b.toString()));
        List<Baht> amounts = MoneyGens.baht().samples(5, 3000);
        assertThat(amounts).contains(Baht.ZERO);
        assertThat(amounts).anyMatch(b -> b.abs().equals(Baht.ofSatang(1)));
        assertThat(amounts).anyMatch(b -> b.abs().equals(Baht.MAX_ABSOLUTE));
        assertThat(amounts)
                .anyMatch(b -> b.abs().satang() % 10_000 == 1 || b.abs().satang() % 10_000 == 9_999);
        assertThat(amounts).anyMatch(b -> b.signum() < 0);
        assertThat(MoneyGens.nonNegativeBaht().samples(5, 500)).noneMatch(b -> b.signum() < 0);
        Baht min = Baht.parse("10.00");
        Baht max = Baht.parse("10.05");
        List<Baht> between = MoneyGens.bahtBetween(min, max).samples(5, 500);
        assertThat(between)
                .allMatch(b -> !b.isLessThan(min) && !b.isGreaterThan(max))
                .contains(min, max);
    }

    @Test
    void fiscalTime() {
        validAndDeterministic(TimeGens.fiscalYears(), y -> FiscalYear.ofBuddhistEra(y.buddhistEraYear()));
        validAndDeterministic(
                TimeGens.fiscalQuarters(), q -> io.github.krongkan.time.FiscalQuarter.parse(q.toString()));
        validAndDeterministic(TimeGens.fiscalMonths(), m -> io.github.krongkan.time.FiscalMonth.parse(m.toString()));
        validAndDeterministic(TimeGens.dates(), d -> LocalDate.parse(d.toString()));
        List<FiscalYear> years = TimeGens.fiscalYears().samples(3, 2000);
        assertThat(years).contains(FiscalYear.MIN, FiscalYear.MAX);
        List<LocalDate> dates = TimeGens.datesIn(FiscalYear.ofBuddhistEra(2567)).samples(3, 500);
        assertThat(dates)
                .allMatch(FiscalYear.ofBuddhistEra(2567)::contains)
                .contains(LocalDate.of(2023, 10, 1), LocalDate.of(2024, 9, 30), LocalDate.of(2024, 2, 29));
        assertThat(TimeGens.fiscalYearEnds().samples(3, 200))
                .allMatch(d -> d.getMonth() == Month.SEPTEMBER
                        && d.getDayOfMonth() == 30
                        && FiscalYear.containing(d.plusDays(1))
                                .equals(FiscalYear.containing(d).next()));
    }

    @Test
    void schoolsNetworksAndDirectories() {
        validAndDeterministic(NetworkGens.directories(), d -> NetworkDirectory.of(d.offices()));
        validAndDeterministic(
                NetworkGens.offices("o"), o -> Office.builder().from(o).build());
        validAndDeterministic(
                NetworkGens.networks("o", "n"), n -> Network.builder().from(n).build());
        List<NetworkDirectory> directories = NetworkGens.directories().samples(4, 500);
        assertThat(directories).anyMatch(d -> d.officeCount() == 0);
        assertThat(directories).anyMatch(d -> d.schoolCount() > 10);
        assertThat(directories)
                .anyMatch(d -> d.networks().stream().anyMatch(n -> n.schools().isEmpty()));
        assertThat(directories)
                .anyMatch(d -> d.schools().stream().anyMatch(s -> s.enrolment().equals(java.util.Optional.of(0))));
    }

    /** One value of each text generator. */
    private record Texts(String text, String plainText, String itemNumber) {}

    @Test
    void textIsNeverBlank() {
        Gen<Texts> texts = (random, size) -> new Texts(
                TextGens.text().next(random, size),
                TextGens.plainText().next(random, size),
                TextGens.itemNumbers().next(random, size));
        Property.forAll(texts).examples(1000).check(t -> {
            assertThat(t.text()).isNotBlank();
            assertThat(t.plainText()).isNotBlank().doesNotContain("\"", "\\", "\n");
            assertThat(t.itemNumber()).matches("[0-9]+(\\.[0-9]+)*");
        });
        assertThat(TextGens.text().samples(8, 500))
                .anyMatch(s -> s.contains("\n"))
                .anyMatch(s -> s.contains("🏫"));
    }
}
