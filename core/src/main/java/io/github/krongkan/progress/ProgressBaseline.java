package io.github.krongkan.progress;

import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.BudgetAllocation;
import io.github.krongkan.budget.Ledger;
import io.github.krongkan.budget.LedgerEntry;
import io.github.krongkan.budget.LedgerEntryKind;
import io.github.krongkan.money.Baht;
import io.github.krongkan.project.Project;
import io.github.krongkan.schedule.ActionPlan;
import io.github.krongkan.schedule.ProgressCurve;
import io.github.krongkan.time.FiscalMonth;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What earned value is measured against: the budget at completion, the planned value by date and
 * the amounts returned by date. This is the one place where budget figures enter the progress
 * calculations, so any budget source can supply them.
 *
 * <p>Use {@link #of(Project)} for what a project's own budget, ledger and plan say,
 * {@link #ofCurve(Baht, ProgressCurve)} for a budget and an action plan's planned curve,
 * {@link #ofPlannedDisbursement(Baht, Map)} for a budget and planned cumulative disbursements, or
 * {@link #of(Project, Baht)} for a project's own plan with a budget of your choice.
 *
 * <h2>From a project</h2>
 * <ul>
 *   <li><b>Budget at completion</b> is {@link #allocatedBudget(Project)}: the money allocated to the
 *       project.</li>
 *   <li><b>Planned value</b> at a date is the cumulative planned disbursement of the current budget
 *       ({@link Budget#plannedThrough(FiscalMonth)}, to the end of the month containing the date)
 *       when the budget plans its disbursement by month; otherwise the budget at completion times the
 *       action plan's planned curve ({@link ProgressCurve#at(LocalDate)}); otherwise nothing.</li>
 *   <li><b>Returned</b> by a date is the sum of the ledger's return entries (ส่งคืน) dated on or
 *       before it; undated returns are not counted, as in {@link Ledger#disbursedThrough(LocalDate)}.</li>
 * </ul>
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
        return planned(bac, date -> {
            if (curve.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(Baht.of(
                    bac.toBigDecimal().multiply(curve.at(date)).divide(BigDecimal.valueOf(100)), RoundingMode.HALF_UP));
        });
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
        return planned(bac, date -> {
            Map.Entry<LocalDate, Baht> floor = plan.floorEntry(date);
            return Optional.of(floor == null ? Baht.ZERO : floor.getValue());
        });
    }

    /**
     * The money allocated to a project (งบประมาณที่ได้รับจัดสรร), the budget at completion of its
     * earned value and the budget its disbursements are measured against. The first of these that
     * is above zero:
     * <ol>
     *   <li>the ledger's received amount ({@link Ledger#received()});</li>
     *   <li>the current budget's received amount ({@link Budget#receivedAmount()});</li>
     *   <li>the sum of the current budget's allocations to networks or groups
     *       ({@link BudgetAllocation#total()}), e.g. seed 001's 4 networks × 90,000 baht while its
     *       tracking record says 0 received;</li>
     *   <li>the current budget's written total ({@link Budget#writtenAmount()}).</li>
     * </ol>
     * The current budget is the last revision's, or else {@link Project#budget()}.
     *
     * @param project the project
     * @return the allocated amount; empty if the project records none above zero
     */
    static Optional<Baht> allocatedBudget(Project project) {
        Optional<Budget> budget = project.currentBudget();
        Optional<Baht> received = project.ledger().map(Ledger::received).filter(b -> b.signum() > 0);
        if (received.isEmpty()) {
            received = budget.flatMap(Budget::receivedAmount).filter(b -> b.signum() > 0);
        }
        if (received.isEmpty()) {
            received = budget.map(b -> Baht.sum(b.allocations().stream()
                            .map(BudgetAllocation::total)
                            .toList()))
                    .filter(b -> b.signum() > 0);
        }
        if (received.isEmpty()) {
            received = budget.map(Budget::writtenAmount).filter(b -> b.signum() > 0);
        }
        return received;
    }

    /**
     * A project's baseline from its own records, as described in the interface documentation.
     *
     * @param project the project
     * @return the baseline; empty if the project records no allocated budget
     *         ({@link #allocatedBudget(Project)})
     */
    static Optional<ProgressBaseline> of(Project project) {
        Optional<Baht> allocated = allocatedBudget(project);
        if (allocated.isEmpty()) {
            return Optional.empty();
        }
        Optional<Budget> budget =
                project.currentBudget().filter(b -> !b.plannedDisbursements().isEmpty());
        ProgressBaseline base =
                budget.isPresent() ? ofPlannedMonths(allocated.get(), budget.get()) : of(project, allocated.get());
        NavigableMap<LocalDate, Baht> returned = new TreeMap<>();
        project.ledger().ifPresent(ledger -> {
            Baht sum = Baht.ZERO;
            for (LedgerEntry e : ledger.entries().stream()
                    .filter(e -> e.kind() == LedgerEntryKind.RETURN && e.date().isPresent())
                    .sorted(java.util.Comparator.comparing(e -> e.date().get()))
                    .toList()) {
                sum = sum.plus(e.amount());
                returned.put(e.date().get(), sum);
            }
        });
        return Optional.of(returned.isEmpty() ? base : base.withReturned(returned));
    }

    private static ProgressBaseline ofPlannedMonths(Baht bac, Budget budget) {
        return planned(bac, date -> Optional.of(budget.plannedThrough(FiscalMonth.containing(date))));
    }

    /**
     * A baseline with a budget and a planned value by date.
     *
     * @param bac the budget at completion, checked
     * @param plannedValue the planned value at a date
     * @return the baseline, with nothing returned
     */
    private static ProgressBaseline planned(Baht bac, Function<LocalDate, Optional<Baht>> plannedValue) {
        return new ProgressBaseline() {
            @Override
            public Baht budgetAtCompletion() {
                return bac;
            }

            @Override
            public Optional<Baht> plannedValue(LocalDate date) {
                return plannedValue.apply(date);
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
        return ofCurve(
                budgetAtCompletion,
                project.actionPlan().map(ActionPlan::plannedCurve).orElse(ProgressCurve.of(Map.of())));
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
        if (budgetAtCompletion.signum() < 0) {
            throw new IllegalArgumentException("budgetAtCompletion must not be negative: " + budgetAtCompletion);
        }
        return budgetAtCompletion;
    }
}
