package io.github.krongkan.progress;

import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.Ledger;
import io.github.krongkan.budget.LedgerEntry;
import io.github.krongkan.indicator.Indicator;
import io.github.krongkan.indicator.Measure;
import io.github.krongkan.indicator.Measurement;
import io.github.krongkan.money.Baht;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectPeriod;
import io.github.krongkan.project.ProjectStatus;
import io.github.krongkan.schedule.ActionPlan;
import io.github.krongkan.schedule.ActionStep;
import io.github.krongkan.time.FiscalMonth;
import io.github.krongkan.time.FiscalYear;
import io.github.krongkan.time.ThaiDateStyle;
import io.github.krongkan.time.ThaiDates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/**
 * Random projects with progress reports, made to exercise the progress rules: few dates and numbers (so duplicates occur), decreases, values out of range, cancellations
 * and resumptions, written dates of every form. No two reports share both date and number, so the
 * history order never depends on the document order. Every value is drawn from the source of
 * randomness it is given, so with the testkit's recorded source a failing property shrinks its
 * projects, reports and queries.
 */
public final class RandomReports {
    /** The fiscal year of the generated projects. */
    public static final FiscalYear YEAR = FiscalYear.ofBuddhistEra(2564);

    private static final ProjectStatus[] CHANGES = {
        ProjectStatus.DELAYED,
        ProjectStatus.CANCELLED,
        ProjectStatus.CANCELLED,
        ProjectStatus.COMPLETED,
        ProjectStatus.IN_PROGRESS
    };

    private final RandomGenerator random;

    /**
     * A generator drawing from a source of randomness.
     *
     * @param random the source, e.g. the one a testkit {@code Gen} is given
     */
    public RandomReports(RandomGenerator random) {
        this.random = random;
    }

    /**
     * A project with up to ten reports in random document order.
     *
     * @return the project
     */
    public Project project() {
        Project.Builder b = Project.builder().name("โครงการ").fiscalYear(YEAR);
        if (random.nextBoolean()) {
            LocalDate start = YEAR.start().plusDays(random.nextInt(0, 120));
            b.plannedPeriod(ProjectPeriod.of(start, start.plusDays(random.nextInt(30, 330))));
        }
        if (random.nextInt(3) == 0) {
            LocalDate start = YEAR.start().plusDays(random.nextInt(0, 120));
            b.actualPeriod(ProjectPeriod.of(start, start.plusDays(random.nextInt(30, 360))));
        }
        if (random.nextBoolean()) {
            b.actionPlan(plan());
        }
        switch (random.nextInt(4)) {
            case 0:
                b.ledger(ledger());
                break;
            case 1:
                b.budget(Budget.builder()
                        .statedTotal(Baht.ofBaht(random.nextInt(0, 4) * 50_000L))
                        .build());
                break;
            default:
                break;
        }
        if (random.nextInt(3) == 0) {
            b.status(random.nextBoolean() ? ProjectStatus.CANCELLED : ProjectStatus.IN_PROGRESS);
        }
        if (random.nextBoolean()) {
            b.addIndicator(indicator());
        }
        b.addAllProgressReports(reports());
        return b.build();
    }

    /**
     * Up to ten reports, unique by date and number together.
     *
     * @return the reports in random order
     */
    public List<ProgressReport> reports() {
        List<ProgressReport> reports = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        int dayRange = random.nextBoolean() ? 20 : 420;
        for (int i = random.nextInt(11); i > 0; i--) {
            ProgressReport r = report(YEAR.start().plusDays(random.nextInt(-30, dayRange)));
            if (keys.add(r.date() + "|" + r.number().orElse(""))) {
                reports.add(r);
            }
        }
        return reports;
    }

    /**
     * A random permutation of a list.
     *
     * @param items the list
     * @param <T>   the element type
     * @return the permuted copy
     */
    public <T> List<T> shuffle(List<T> items) {
        List<T> copy = new ArrayList<>(items);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, t);
        }
        return copy;
    }

    private Indicator indicator() {
        Indicator.Builder indicator = Indicator.builder().name("ตัวชี้วัด").measure(Measure.COUNT);
        for (int i = random.nextInt(4); i > 0; i--) {
            Measurement.Builder m = Measurement.builder().subjectId("school-" + i);
            switch (random.nextInt(4)) {
                case 0:
                    m.reportedValue(BigDecimal.valueOf(random.nextInt(0, 100)));
                    break;
                case 1:
                    m.reportedText("ดี");
                    break;
                case 2:
                    m.reportedValue(BigDecimal.valueOf(random.nextInt(0, 10), 1));
                    break;
                default:
                    m.note("ยังไม่ได้วัด");
                    break;
            }
            switch (random.nextInt(3)) {
                case 0:
                    m.date(YEAR.start().plusDays(random.nextInt(0, 365)));
                    break;
                case 1:
                    m.period(YEAR.month(1 + random.nextInt(12)));
                    break;
                default:
                    break;
            }
            indicator.addMeasurement(m.build());
        }
        return indicator.build();
    }

    private Ledger ledger() {
        Ledger.Builder ledger = Ledger.builder().received(Baht.ofBaht(random.nextInt(0, 4) * 50_000L));
        for (int i = random.nextInt(3); i > 0; i--) {
            LocalDate date = YEAR.start().plusDays(random.nextInt(0, 365));
            Baht amount = Baht.ofBaht(random.nextInt(1, 5) * 10_000L);
            ledger.addEntry(
                    random.nextBoolean() ? LedgerEntry.disbursement(date, amount) : LedgerEntry.returned(date, amount));
        }
        return ledger.build();
    }

    private ProgressReport report(LocalDate date) {
        ProgressReport.Builder r = ProgressReport.builder()
                .date(date)
                .progress(
                        random.nextInt(8) == 0
                                ? BigDecimal.valueOf(random.nextInt(-20, 150))
                                : BigDecimal.valueOf(random.nextInt(0, 11) * 10L)
                                        .setScale(random.nextInt(0, 3)));
        if (random.nextInt(4) != 0) {
            r.number(Integer.toString(random.nextInt(1, 8)));
        }
        switch (random.nextInt(5)) {
            case 0:
                r.dateAsWritten(ThaiDates.format(date, ThaiDateStyle.NUMERIC));
                break;
            case 1:
                r.dateAsWritten(date.getMonthValue() + "/" + date.getDayOfMonth() + "/" + date.getYear());
                break;
            case 2:
                r.dateAsWritten(ThaiDates.format(date.plusDays(random.nextInt(1, 40)), ThaiDateStyle.LONG));
                break;
            case 3:
                r.dateAsWritten("ไม่ทราบ");
                break;
            default:
                break;
        }
        if (random.nextBoolean()) {
            r.disbursed(Baht.ofBaht(random.nextInt(0, 5) * 20_000L));
        }
        if (random.nextBoolean()) {
            r.onPlan(random.nextInt(4) != 0);
        }
        if (random.nextInt(4) == 0) {
            r.statusChange(CHANGES[random.nextInt(CHANGES.length)]);
        }
        return r.build();
    }

    private ActionPlan plan() {
        ActionPlan.Builder plan = ActionPlan.builder();
        for (int i = random.nextInt(1, 4); i > 0; i--) {
            TreeSet<FiscalMonth> months = new TreeSet<>();
            for (int k = random.nextInt(1, 5); k > 0; k--) {
                months.add(YEAR.month(1).plusMonths(random.nextInt(12)));
            }
            plan.addStep(ActionStep.of("ขั้นตอน " + i, List.copyOf(months)));
        }
        return plan.build();
    }

    /**
     * A random date of the generated range, for queries.
     *
     * @return the date
     */
    public LocalDate date() {
        return YEAR.start().plusDays(random.nextInt(-40, 430));
    }

    /**
     * A random optional budget.
     *
     * @return a budget or nothing
     */
    public Optional<Baht> budget() {
        return random.nextInt(4) == 0 ? Optional.empty() : Optional.of(Baht.ofBaht(random.nextInt(0, 4) * 90_000L));
    }
}
