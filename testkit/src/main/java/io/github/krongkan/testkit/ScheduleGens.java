package io.github.krongkan.testkit;

import io.github.krongkan.money.Baht;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.schedule.ActionPlan;
import io.github.krongkan.schedule.ActionStep;
import io.github.krongkan.schedule.ProgressCurve;
import io.github.krongkan.time.FiscalMonth;
import io.github.krongkan.time.FiscalYear;
import io.github.krongkan.time.ThaiDateStyle;
import io.github.krongkan.time.ThaiDates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Generators of action plans (แผนการดำเนินงาน) over the fiscal months and of progress histories
 * consistent with them.
 *
 * <p>{@link #actionPlans(FiscalYear, List)} gives one step per budget activity, linked by its number,
 * plus a few steps of its own (planning, reporting), each planned over consecutive months of the
 * fiscal year, now and then carried out in months of the year too, with weights on every step or on
 * none. {@link #histories(FiscalYear, ActionPlan, Baht)} gives progress reports in date order whose
 * progress and disbursed amounts never decrease, whose dates as written match, and which claim to be
 * on plan (ตามแผน) only when at or above the plan's S-curve ({@link ActionPlan#plannedCurve()}).
 */
public final class ScheduleGens {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ScheduleGens() {}

    /**
     * Action plans of a fiscal year without links to a budget.
     *
     * @param year the fiscal year
     * @return the generator
     */
    public static Gen<ActionPlan> actionPlans(FiscalYear year) {
        return actionPlans(year, List.of());
    }

    /**
     * Action plans of a fiscal year with a step for each of the activities, linked by
     * {@link ActionStep#activityNumber()}, and up to three more steps (none at size 0). All months
     * lie in the fiscal year.
     *
     * @param year            the fiscal year
     * @param activityNumbers the numbers of the budget's activities
     * @return the generator
     */
    public static Gen<ActionPlan> actionPlans(FiscalYear year, List<String> activityNumbers) {
        Objects.requireNonNull(year, "year");
        List<String> activities = List.copyOf(activityNumbers);
        Gen<String> text = TextGens.text();
        return (random, size) -> {
            int extra = random.nextInt(Gen.scaled(3, size) + 1);
            boolean weighted = random.nextInt(3) == 2;
            List<ActionStep> steps = new ArrayList<>();
            int total = activities.size() + extra;
            for (int i = 0; i < total; i++) {
                ActionStep.Builder s = ActionStep.builder().description(text.next(random, size));
                if (i < activities.size()) {
                    s.activityNumber(activities.get(i));
                }
                if (random.nextBoolean()) {
                    s.number(Integer.toString(i + 1));
                }
                List<FiscalMonth> months = year.months();
                int first = random.nextInt(12);
                int length = 1 + random.nextInt(12 - first);
                s.addAllPlannedMonths(months.subList(first, first + length));
                if (random.nextBoolean()) {
                    int actualFirst = random.nextInt(12);
                    int actualLength = 1 + random.nextInt(12 - actualFirst);
                    s.addAllActualMonths(months.subList(actualFirst, actualFirst + actualLength));
                }
                if (random.nextInt(3) == 2) {
                    s.addResponsible(text.next(random, size));
                }
                if (weighted) {
                    s.weight(BigDecimal.valueOf(random.nextInt(1, 51)));
                }
                steps.add(s.build());
            }
            return ActionPlan.of(steps);
        };
    }

    /**
     * Progress histories of a project: up to twelve reports (none at size 0) on distinct dates of the
     * fiscal year in date order, numbered 1, 2, …, progress never decreasing from 0 to 100, disbursed
     * amounts never decreasing and never above the budget, some dated as written in Thai, claiming to
     * be on plan only when at or above the plan's curve. A report at 100 % gives a disbursed amount
     * above zero; with a budget of zero, progress stays below 100.
     *
     * @param year   the fiscal year
     * @param plan   the action plan whose curve the on-plan claims respect
     * @param budget the money the disbursed amounts stay within, zero or more
     * @return the generator
     */
    public static Gen<List<ProgressReport>> histories(FiscalYear year, ActionPlan plan, Baht budget) {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(budget, "budget");
        ProgressCurve curve = plan.plannedCurve();
        Gen<String> text = TextGens.text();
        return (random, size) -> {
            int count = random.nextInt(Gen.scaled(12, size) + 1);
            TreeSet<LocalDate> dates = new TreeSet<>();
            for (int i = 0; i < count; i++) {
                dates.add(year.start().plusDays(random.nextInt(year.lengthInDays())));
            }
            List<ProgressReport> reports = new ArrayList<>();
            BigDecimal progress = BigDecimal.ZERO;
            long disbursed = 0;
            int number = 0;
            BigDecimal most = budget.signum() > 0 ? HUNDRED : BigDecimal.valueOf(99);
            for (LocalDate date : dates) {
                BigDecimal room = most.subtract(progress);
                BigDecimal step = random.nextBoolean()
                        ? BigDecimal.valueOf(
                                random.nextLong(0, room.movePointRight(2).longValueExact() + 1), 2)
                        : BigDecimal.valueOf(random.nextLong(0, room.longValue() + 1));
                progress = progress.add(step);
                if (random.nextInt(8) == 7) {
                    progress = most; // done
                }
                disbursed += random.nextLong(0, budget.satang() - disbursed + 1);
                ProgressReport.Builder r =
                        ProgressReport.builder().date(date).progress(progress).number(Integer.toString(++number));
                if (progress.compareTo(HUNDRED) == 0 && disbursed == 0) {
                    disbursed = budget.satang();
                }
                if (random.nextBoolean() || progress.compareTo(HUNDRED) == 0) {
                    r.disbursed(Baht.ofSatang(disbursed));
                }
                if (random.nextBoolean()) {
                    r.dateAsWritten(ThaiDates.format(date, ThaiDateStyle.LONG));
                }
                if (random.nextBoolean()) {
                    r.onPlan(progress.compareTo(curve.at(date)) >= 0);
                }
                if (random.nextInt(3) == 2) {
                    r.narrative(text.next(random, size));
                }
                reports.add(r.build());
            }
            return List.copyOf(reports);
        };
    }
}
