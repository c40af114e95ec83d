package io.github.krongkan.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.money.Baht;
import io.github.krongkan.project.Project;
import io.github.krongkan.schedule.ActionPlan;
import io.github.krongkan.schedule.ActionStep;
import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.Property;
import io.github.krongkan.time.FiscalMonth;
import io.github.krongkan.time.FiscalYear;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Properties of {@link EarnedValue} and {@link ProgressBaseline}: the identities and monotony of the measures. */
class EarnedValuePropertiesTest {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal LIMIT = Baht.MAX_ABSOLUTE.toBigDecimal();
    private static final FiscalYear YEAR = FiscalYear.ofBuddhistEra(2569);

    /** The four inputs of earned value. */
    private record Inputs(Baht bac, BigDecimal planned, BigDecimal progress, Baht ac) {}

    /** Inputs where each is zero now and then, and the actual cost sometimes the whole budget. */
    private static Gen<Inputs> inputs() {
        return (r, size) -> {
            Baht bac = r.nextInt(5) == 0 ? Baht.ZERO : Baht.ofSatang(r.nextLong(1, 10_000_000_000L));
            BigDecimal planned = r.nextInt(5) == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(r.nextLong(0, 10_001), 2);
            BigDecimal progress =
                    r.nextInt(5) == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(r.nextLong(-2_000, 15_001), 2);
            Baht ac = r.nextInt(5) == 0
                    ? Baht.ZERO
                    : r.nextInt(6) == 0 ? bac : Baht.ofSatang(r.nextLong(-1_000_000_00L, 20_000_000_000L));
            return new Inputs(bac, planned, progress, ac);
        };
    }

    @Test
    void identitiesHoldAndNotApplicableExactlyWhenADenominatorIsZero() {
        Property.forAll(inputs()).examples(2000).check(in -> {
            Baht bac = in.bac();
            BigDecimal planned = in.planned();
            BigDecimal progress = in.progress();
            Baht ac = in.ac();
            EarnedValue ev = EarnedValue.of(bac, planned, progress, ac);

            assertThat(ev.pv())
                    .isEqualTo(Baht.of(bac.toBigDecimal().multiply(planned).divide(HUNDRED), RoundingMode.HALF_UP));
            assertThat(ev.ev())
                    .isEqualTo(Baht.of(bac.toBigDecimal().multiply(progress).divide(HUNDRED), RoundingMode.HALF_UP));
            assertThat(ev.ac()).isEqualTo(ac);
            assertThat(ev.sv()).isEqualTo(ev.ev().minus(ev.pv()));
            assertThat(ev.cv()).isEqualTo(ev.ev().minus(ev.ac()));
            assertThat(ev.eacAtypical()).isEqualTo(ac.plus(bac).minus(ev.ev()));
            assertThat(ev.etcAtypical()).isEqualTo(ev.eacAtypical().minus(ac));
            assertThat(ev.vacAtypical()).isEqualTo(bac.minus(ev.eacAtypical()));

            assertThat(ev.spi().isEmpty()).isEqualTo(ev.pv().signum() == 0);
            assertThat(ev.svPercent().isEmpty()).isEqualTo(ev.pv().signum() == 0);
            assertThat(ev.cpi().isEmpty()).isEqualTo(ac.signum() == 0);
            assertThat(ev.cvPercent().isEmpty()).isEqualTo(ev.ev().signum() == 0);
            assertThat(ev.tcpi().isEmpty()).isEqualTo(bac.equals(ac));
            if (ev.pv().signum() != 0) {
                assertThat(ev.spi())
                        .contains(ev.ev().toBigDecimal().divide(ev.pv().toBigDecimal(), 4, RoundingMode.HALF_UP));
                assertThat(ev.svPercent())
                        .contains(ev.sv()
                                .toBigDecimal()
                                .multiply(HUNDRED)
                                .divide(ev.pv().toBigDecimal(), 2, RoundingMode.HALF_UP));
            }
            if (ac.signum() != 0) {
                assertThat(ev.cpi())
                        .contains(ev.ev().toBigDecimal().divide(ac.toBigDecimal(), 4, RoundingMode.HALF_UP));
            }
            if (!bac.equals(ac)) {
                assertThat(ev.tcpi())
                        .contains(bac.minus(ev.ev())
                                .toBigDecimal()
                                .divide(bac.minus(ac).toBigDecimal(), 4, RoundingMode.HALF_UP));
            }
            boolean eacApplicable = ac.signum() != 0 && ev.ev().signum() != 0;
            if (!eacApplicable) {
                assertThat(ev.eac()).isEmpty();
                assertThat(ev.etc()).isEmpty();
                assertThat(ev.vac()).isEmpty();
                return;
            }
            BigDecimal exact = bac.toBigDecimal()
                    .multiply(ac.toBigDecimal())
                    .divide(ev.ev().toBigDecimal(), 2, RoundingMode.HALF_UP);
            if (exact.abs().compareTo(LIMIT) > 0) {
                assertThatThrownBy(ev::eac).isInstanceOf(ArithmeticException.class);
                return;
            }
            Baht eac = ev.eac().orElseThrow();
            assertThat(eac.toBigDecimal()).isEqualByComparingTo(exact);
            assertThat(ev.etc()).contains(eac.minus(ac));
            assertThat(ev.vac()).contains(bac.minus(eac));
        });
    }

    /** A project with an action plan, a budget at completion and rising dates from before to after the year. */
    private record PlanCase(Project project, Baht bac, List<LocalDate> dates) {}

    private static Gen<PlanCase> plans() {
        return (r, size) -> {
            ActionPlan.Builder plan = ActionPlan.builder();
            for (int i = r.nextInt(1, 5); i > 0; i--) {
                TreeSet<FiscalMonth> months = new TreeSet<>();
                for (int k = r.nextInt(1, 6); k > 0; k--) {
                    months.add(YEAR.month(1 + r.nextInt(12)));
                }
                plan.addStep(ActionStep.of("ขั้นตอน", List.copyOf(months)));
            }
            Baht bac = Baht.ofSatang(r.nextLong(0, 100_000_000_00L));
            Project project = Project.builder()
                    .name("โครงการ")
                    .fiscalYear(YEAR)
                    .actionPlan(plan.build())
                    .build();
            List<LocalDate> dates = new ArrayList<>();
            for (LocalDate d = YEAR.start().minusDays(10);
                    !d.isAfter(YEAR.end().plusDays(10));
                    d = d.plusDays(r.nextInt(1, 20))) {
                dates.add(d);
            }
            return new PlanCase(project, bac, List.copyOf(dates));
        };
    }

    @Test
    void plannedValueNeverDecreasesAlongThePlanAndEndsAtTheBudget() {
        Property.forAll(plans()).examples(1000).check(c -> {
            ProgressBaseline baseline = ProgressBaseline.of(c.project(), c.bac());
            Baht previous = Baht.ZERO;
            for (LocalDate d : c.dates()) {
                Baht pv = baseline.plannedValue(d).orElseThrow();
                assertThat(pv).isGreaterThanOrEqualTo(previous);
                previous = pv;
            }
            assertThat(baseline.plannedValue(YEAR.end()).orElseThrow()).isEqualTo(c.bac());
            assertThat(baseline.plannedValue(YEAR.start().minusDays(1)).orElseThrow())
                    .isEqualTo(Baht.ZERO);
        });
    }

    /** A budget and two progress figures, the second at least the first. */
    private record Growth(Baht bac, BigDecimal p, BigDecimal q) {}

    private static Gen<Growth> growths() {
        return (r, size) -> {
            Baht bac = Baht.ofSatang(r.nextLong(0, 100_000_000_00L));
            BigDecimal p = BigDecimal.valueOf(r.nextLong(-1000, 12_000), 2);
            BigDecimal q = p.add(BigDecimal.valueOf(r.nextLong(0, 5000), 2));
            return new Growth(bac, p, q);
        };
    }

    @Test
    void earnedValueGrowsWithProgress() {
        Property.forAll(growths())
                .examples(1000)
                .check(g -> assertThat(
                                EarnedValue.of(g.bac(), g.p(), g.q(), Baht.ZERO).ev())
                        .isGreaterThanOrEqualTo(
                                EarnedValue.of(g.bac(), g.p(), g.p(), Baht.ZERO).ev()));
    }
}
