package io.github.krongkan.progress;

import io.github.krongkan.money.Baht;
import io.github.krongkan.project.Project;
import io.github.krongkan.schedule.ActionPlan;
import io.github.krongkan.schedule.ProgressCurve;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What earned value is measured against: the budget at completion, the planned value by date and
 * the amounts returned by date. This is the one place where budget figures enter the progress
 * calculations, so any budget source can supply them.
 *
 * <p>Use {@link #ofCurve(Baht, ProgressCurve)} for a budget and an action plan's planned curve,
 * {@link #ofPlannedDisbursement(Baht, Map)} for a budget and planned cumulative disbursements, or
 * {@link #of(Project, Baht)} for a project's own plan.
 */
public interface ProgressBaseline {
    /**
     * Budget at completion (BAC): the budget allocated to the project.
     *
     * @return the budget, not negative
     */
    Baht budgetAtCompletion();

    /**
     * The planned value (PV) at a date.
     *
     * @param date the date of a report
     * @return the planned value; empty if the baseline says nothing about the date
     */
    Optional<Baht> plannedValue(LocalDate date);

    /**
     * The amount returned (ส่งคืน) by a date, which the actual cost leaves out.
     *
     * @param date the date of a report
     * @return the cumulative amount returned; zero unless the baseline knows of returns
     */
    default Baht returnedBy(LocalDate date) {
        return Baht.ZERO;
    }

    /**
     * A baseline whose planned value is the budget times the planned curve at the date
     * (BAC × {@link ProgressCurve#at(LocalDate)} / 100, rounded half up to the satang).
     *
     * @param budgetAtCompletion the budget, not negative
     * @param curve              the planned cumulative progress; an empty curve plans nothing, so
     *                           every planned value is empty
     * @return the baseline, with nothing returned
     * @throws IllegalArgumentException if the budget is negative
     */
    static ProgressBaseline ofCurve(Baht budgetAtCompletion, ProgressCurve curve) {
        Baht bac = checked(budgetAtCompletion);
        Objects.requireNonNull(curve, "curve");
        return new ProgressBaseline() {
            @Override
            public Baht budgetAtCompletion() {
                return bac;
            }

            @Override
            public Optional<Baht> plannedValue(LocalDate date) {
                if (curve.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(Baht.of(bac.toBigDecimal().multiply(curve.at(date))
                        .divide(BigDecimal.valueOf(100)), RoundingMode.HALF_UP));
            }
        };
    }

    /**
     * A baseline whose planned value is a planned cumulative disbursement: the amount planned by
     * the latest date on or before the report's date, zero before the first.
     *
     * @param budgetAtCompletion the budget, not negative
     * @param plannedCumulative  the planned cumulative disbursement by date
     * @return the baseline, with nothing returned
     * @throws IllegalArgumentException if the budget is negative
     */
    static ProgressBaseline ofPlannedDisbursement(Baht budgetAtCompletion, Map<LocalDate, Baht> plannedCumulative) {
        Baht bac = checked(budgetAtCompletion);
        NavigableMap<LocalDate, Baht> plan = new TreeMap<>(plannedCumulative);
        plan.values().forEach(v -> Objects.requireNonNull(v, "planned amount"));
        return new ProgressBaseline() {
            @Override
            public Baht budgetAtCompletion() {
                return bac;
            }

            @Override
            public Optional<Baht> plannedValue(LocalDate date) {
                Map.Entry<LocalDate, Baht> floor = plan.floorEntry(date);
                return Optional.of(floor == null ? Baht.ZERO : floor.getValue());
            }
        };
    }

    /**
     * A project's baseline: the given budget and the planned curve of the project's action plan.
     *
     * @param project            the project
     * @param budgetAtCompletion the budget allocated to it, not negative
     * @return the baseline; without an action plan, or with one that plans no months, every
     *         planned value is empty
     * @throws IllegalArgumentException if the budget is negative
     */
    static ProgressBaseline of(Project project, Baht budgetAtCompletion) {
        return ofCurve(budgetAtCompletion, project.actionPlan().map(ActionPlan::plannedCurve)
                .orElse(ProgressCurve.of(Map.of())));
    }

    /**
     * This baseline with amounts returned by date (cumulative), which the actual cost leaves out.
     *
     * @param returnedCumulative the cumulative amount returned by date; before the first date nothing
     * @return the baseline with returns
     */
    default ProgressBaseline withReturned(Map<LocalDate, Baht> returnedCumulative) {
        NavigableMap<LocalDate, Baht> returned = new TreeMap<>(returnedCumulative);
        returned.values().forEach(v -> Objects.requireNonNull(v, "returned amount"));
        ProgressBaseline base = this;
        return new ProgressBaseline() {
            @Override
            public Baht budgetAtCompletion() {
                return base.budgetAtCompletion();
            }

            @Override
            public Optional<Baht> plannedValue(LocalDate date) {
                return base.plannedValue(date);
            }

            @Override
            public Baht returnedBy(LocalDate date) {
                Map.Entry<LocalDate, Baht> floor = returned.floorEntry(date);
                return floor == null ? Baht.ZERO : floor.getValue();
            }
        };
    }

    private static Baht checked(Baht budgetAtCompletion) {
        Objects.requireNonNull(budgetAtCompletion, "budgetAtCompletion");
        if (budgetAtCompletion.isNegative()) {
            throw new IllegalArgumentException("budgetAtCompletion must not be negative: " + budgetAtCompletion);
        }
        return budgetAtCompletion;
    }
}
