package io.github.krongkan.progress;

import io.github.krongkan.budget.DisbursementTargets;
import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.document.Fields;
import io.github.krongkan.money.Baht;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectStatus;
import io.github.krongkan.text.ThaiDigits;
import io.github.krongkan.time.FiscalQuarter;
import io.github.krongkan.time.FiscalYear;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The progress reports of a project in date order, whatever order the document lists them in
 * (tracking systems often list the newest first).
 *
 * <p><b>Order.</b> Reports are ordered by date; reports of the same date by number (whole numbers,
 * in ASCII or Thai digits, by value and before other numbers, which go by text; reports without a
 * number last), and then by their position in the document. So the order, and everything derived
 * from it, does not depend on the document order unless two reports share both date and number.
 *
 * <pre>{@code
 * ProgressHistory history = ProgressHistory.of(project);
 * Optional<ProgressReport> latest = history.latest();
 * Optional<ProjectStatus> status = history.statusOn(LocalDate.of(2021, 8, 1));   // cancelled
 * }</pre>
 */
public final class ProgressHistory {
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]+");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * The order of the history: by date, then by number, then by position in the document.
     */
    public static final Comparator<Entry> ORDER = Comparator.comparing(
                    (Entry e) -> e.report().date())
            .thenComparing(e -> e.report().number(), ProgressHistory::compareNumbers)
            .thenComparingInt(Entry::index);

    /**
     * A report with its position in the document.
     *
     * @param index  the report's index in {@link Project#progressReports()} (0-based), as in the
     *               JSON pointer {@code /progressReports/<index>}
     * @param report the report
     */
    public record Entry(int index, ProgressReport report) {
        /**
         * Checks the entry.
         *
         * @param index  the index, not negative
         * @param report the report
         */
        public Entry {
            if (index < 0) {
                throw new IllegalArgumentException("index must not be negative: " + index);
            }
            Objects.requireNonNull(report, "report");
        }

        /**
         * The report's date.
         *
         * @return the date
         */
        public LocalDate date() {
            return report.date();
        }

        /**
         * The JSON pointer of the report in its project: {@code /progressReports/<index>}.
         *
         * @return the pointer
         */
        public String path() {
            return DocumentPath.root()
                    .field(Fields.PROGRESS_REPORTS)
                    .index(index)
                    .toString();
        }
    }

    private final List<ProgressReport> documentOrder;
    private final List<Entry> entries;

    private ProgressHistory(List<ProgressReport> documentOrder) {
        this.documentOrder = List.copyOf(documentOrder);
        List<Entry> sorted = new ArrayList<>();
        for (int i = 0; i < this.documentOrder.size(); i++) {
            sorted.add(new Entry(i, this.documentOrder.get(i)));
        }
        sorted.sort(ORDER);
        this.entries = List.copyOf(sorted);
    }

    /**
     * The history of reports given in document order.
     *
     * @param reports the reports in document order
     * @return the history
     */
    public static ProgressHistory of(List<ProgressReport> reports) {
        return new ProgressHistory(reports);
    }

    /**
     * The history of a project's reports.
     *
     * @param project the project
     * @return the history of {@link Project#progressReports()}
     */
    public static ProgressHistory of(Project project) {
        return new ProgressHistory(project.progressReports());
    }

    /**
     * The reports in document order, as given.
     *
     * @return the reports
     */
    public List<ProgressReport> documentOrder() {
        return documentOrder;
    }

    /**
     * The reports in history order, with their positions in the document.
     *
     * @return the entries, oldest first
     */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * The reports in history order.
     *
     * @return the reports, oldest first
     */
    public List<ProgressReport> reports() {
        return entries.stream().map(Entry::report).toList();
    }

    /**
     * Tells whether there are no reports.
     *
     * @return {@code true} for a project without reports
     */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * Tells whether the document lists the reports in chronological order, i.e. no report is
     * dated before one listed earlier. Reports of the same date may come in any order.
     *
     * @return {@code true} if the document order is chronological
     */
    public boolean isDocumentOrderChronological() {
        for (int i = 1; i < documentOrder.size(); i++) {
            if (documentOrder.get(i).date().isBefore(documentOrder.get(i - 1).date())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first report in history order.
     *
     * @return the oldest report, if any
     */
    public Optional<ProgressReport> first() {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(0).report());
    }

    /**
     * The last report in history order.
     *
     * @return the newest report, if any
     */
    public Optional<ProgressReport> latest() {
        return entries.isEmpty()
                ? Optional.empty()
                : Optional.of(entries.get(entries.size() - 1).report());
    }

    /**
     * The last report dated on or before a date.
     *
     * @param date the date
     * @return the report, empty if every report is later
     */
    public Optional<ProgressReport> latestOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        ProgressReport found = null;
        for (Entry e : entries) {
            if (e.date().isAfter(date)) {
                break;
            }
            found = e.report();
        }
        return Optional.ofNullable(found);
    }

    /**
     * The cumulative progress reported by the last report on or before a date.
     *
     * @param date the date
     * @return the percentage, empty before the first report
     */
    public Optional<BigDecimal> progressOn(LocalDate date) {
        return latestOn(date).map(ProgressReport::progress);
    }

    /**
     * The status the reports give the project as of a date: the last status change reported on or
     * before it.
     *
     * @param date the date
     * @return the status, empty if no report up to the date changes it (the project's own
     *         {@link Project#status()} is not consulted)
     */
    public Optional<ProjectStatus> statusOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        ProjectStatus status = null;
        for (Entry e : entries) {
            if (e.date().isAfter(date)) {
                break;
            }
            if (e.report().statusChange().isPresent()) {
                status = e.report().statusChange().get();
            }
        }
        return Optional.ofNullable(status);
    }

    /**
     * The status after the last status change of all reports.
     *
     * @return the status, empty if no report changes it
     */
    public Optional<ProjectStatus> latestStatus() {
        return latest().isEmpty() ? Optional.empty() : statusOn(latest().get().date());
    }

    /**
     * The first report, in history order, that changes the status to the given one.
     *
     * @param status the status, e.g. {@link ProjectStatus#CANCELLED}
     * @return the entry, if any
     */
    public Optional<Entry> firstChangeTo(ProjectStatus status) {
        Objects.requireNonNull(status, "status");
        return entries.stream()
                .filter(e -> e.report().statusChange().equals(Optional.of(status)))
                .findFirst();
    }

    /**
     * The earned value at each report that states the amount disbursed, in history order.
     * The actual cost is the report's cumulative disbursement minus what the baseline says was
     * returned by its date; reports without a disbursed amount, or dated where the baseline has
     * no planned value, are left out.
     *
     * @param baseline the budget at completion, the planned value by date and the returned amounts
     * @return one point per such report, oldest first
     */
    public List<EarnedValuePoint> earnedValues(ProgressBaseline baseline) {
        Objects.requireNonNull(baseline, "baseline");
        List<EarnedValuePoint> points = new ArrayList<>();
        for (Entry e : entries) {
            ProgressReport r = e.report();
            Optional<Baht> planned = baseline.plannedValue(r.date());
            if (r.disbursed().isEmpty() || planned.isEmpty()) {
                continue;
            }
            Baht actualCost = r.disbursed().get().minus(baseline.returnedBy(r.date()));
            points.add(new EarnedValuePoint(
                    e,
                    EarnedValue.ofPlannedValue(
                            baseline.budgetAtCompletion(), planned.get(), r.progress(), actualCost)));
        }
        return List.copyOf(points);
    }

    /**
     * Progress and disbursement quarter by quarter through a fiscal year, without targets and
     * without a budget (no disbursement rates). See {@link #quarterly(DisbursementTargets, Baht)}.
     *
     * @param year the fiscal year
     * @return four entries, Q1 to Q4
     */
    public List<QuarterProgress> quarterly(FiscalYear year) {
        return quarterly(targetsOf(year), Optional.empty());
    }

    /**
     * Progress and disbursement quarter by quarter through a fiscal year, without targets. See
     * {@link #quarterly(DisbursementTargets, Baht)}.
     *
     * @param year   the fiscal year
     * @param budget the budget the disbursement rate is a share of
     * @return four entries, Q1 to Q4
     */
    public List<QuarterProgress> quarterly(FiscalYear year, Baht budget) {
        Objects.requireNonNull(budget, "budget");
        return quarterly(targetsOf(year), Optional.of(budget));
    }

    /**
     * Progress quarter by quarter through the targets' fiscal year, without a budget: as
     * {@link #quarterly(DisbursementTargets, Baht)}, with no disbursement rates.
     *
     * @param targets the fiscal year and its cumulative disbursement targets in percent
     * @return four entries, Q1 to Q4
     */
    public List<QuarterProgress> quarterly(DisbursementTargets targets) {
        Objects.requireNonNull(targets, "targets");
        return quarterly(targets, Optional.empty());
    }

    /**
     * Progress and disbursement quarter by quarter through the targets' fiscal year: for each of its
     * four quarters, the last report dated in that quarter, its cumulative disbursement as a
     * percentage of the budget, and the quarter's cumulative disbursement target
     * ({@link DisbursementTargets#disbursementTarget(int)}), if set.
     *
     * <pre>{@code
     * ProgressHistory.of(project).quarterly(targets, allocated);
     * }</pre>
     *
     * @param targets the fiscal year and its cumulative disbursement targets in percent (e.g. FY 2563:
     *                at least 54 by the end of Q2)
     * @param budget  the budget the disbursement rate is a share of (the allocated budget)
     * @return four entries, Q1 to Q4
     */
    public List<QuarterProgress> quarterly(DisbursementTargets targets, Baht budget) {
        Objects.requireNonNull(targets, "targets");
        Objects.requireNonNull(budget, "budget");
        return quarterly(targets, Optional.of(budget));
    }

    private static DisbursementTargets targetsOf(FiscalYear year) {
        return DisbursementTargets.builder()
                .fiscalYear(Objects.requireNonNull(year, "year"))
                .build();
    }

    private List<QuarterProgress> quarterly(DisbursementTargets targets, Optional<Baht> budget) {
        List<QuarterProgress> quarters = new ArrayList<>();
        for (FiscalQuarter quarter : targets.fiscalYear().quarters()) {
            Entry last = null;
            for (Entry e : entries) {
                if (quarter.contains(e.date())) {
                    last = e;
                }
            }
            Optional<ProgressReport> report = Optional.ofNullable(last).map(Entry::report);
            Optional<BigDecimal> rate =
                    report.flatMap(ProgressReport::disbursed).flatMap(d -> rate(d, budget));
            quarters.add(new QuarterProgress(quarter, report, rate, targets.disbursementTarget(quarter.number())));
        }
        return List.copyOf(quarters);
    }

    private static Optional<BigDecimal> rate(Baht disbursed, Optional<Baht> budget) {
        if (budget.isEmpty() || budget.get().signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(disbursed
                .toBigDecimal()
                .multiply(HUNDRED)
                .divide(budget.get().toBigDecimal(), 2, RoundingMode.HALF_UP));
    }

    /**
     * Compares report numbers: whole numbers (ASCII or Thai digits) by value first, then other
     * numbers by text, then absent numbers.
     */
    static int compareNumbers(Optional<String> a, Optional<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Boolean.compare(a.isEmpty(), b.isEmpty());
        }
        String x = ThaiDigits.toAscii(a.get().strip());
        String y = ThaiDigits.toAscii(b.get().strip());
        boolean xWhole = WHOLE_NUMBER.matcher(x).matches();
        boolean yWhole = WHOLE_NUMBER.matcher(y).matches();
        if (xWhole && yWhole) {
            int byValue = new BigInteger(x).compareTo(new BigInteger(y));
            return byValue != 0 ? byValue : a.get().compareTo(b.get());
        }
        if (xWhole != yWhole) {
            return xWhole ? -1 : 1;
        }
        return a.get().compareTo(b.get());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProgressHistory h && h.documentOrder.equals(documentOrder);
    }

    @Override
    public int hashCode() {
        return documentOrder.hashCode();
    }

    @Override
    public String toString() {
        return "ProgressHistory" + reports();
    }
}
