package io.github.krongkan.progress;

import io.github.krongkan.money.Baht;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.time.FiscalQuarter;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Progress and disbursement at the end of one fiscal quarter (ไตรมาส), as the last report dated in
 * the quarter gives them, with the quarter's cumulative disbursement target. See
 * {@link ProgressHistory#quarterly(io.github.krongkan.budget.DisbursementTargets, io.github.krongkan.money.Baht)}.
 *
 * @param quarter          the fiscal quarter
 * @param lastReport       the last report dated in the quarter, empty if none is
 * @param disbursementRate the cumulative disbursement of that report in percent of the budget
 *                         (อัตราการเบิกจ่าย), with two decimals rounded half up; empty without a
 *                         report, a disbursed amount, or a budget above zero
 * @param target           the cumulative disbursement target of the quarter in percent, if one is set
 */
public record QuarterProgress(
        FiscalQuarter quarter,
        Optional<ProgressReport> lastReport,
        Optional<BigDecimal> disbursementRate,
        Optional<BigDecimal> target) {
    /**
     * Checks the components.
     *
     * @param quarter          the quarter
     * @param lastReport       the last report
     * @param disbursementRate the disbursement rate
     * @param target           the target
     */
    public QuarterProgress {
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(lastReport, "lastReport");
        Objects.requireNonNull(disbursementRate, "disbursementRate");
        Objects.requireNonNull(target, "target");
    }

    /**
     * The cumulative progress at the end of the quarter.
     *
     * @return the last report's progress in percent, empty without a report
     */
    public Optional<BigDecimal> progress() {
        return lastReport.map(ProgressReport::progress);
    }

    /**
     * The cumulative amount disbursed at the end of the quarter.
     *
     * @return the last report's disbursed amount, if it states one
     */
    public Optional<Baht> disbursed() {
        return lastReport.flatMap(ProgressReport::disbursed);
    }

    /**
     * Tells whether the disbursement rate reaches the target.
     *
     * @return {@code true} if rate ≥ target; empty if either is unknown
     */
    public Optional<Boolean> meetsTarget() {
        return disbursementRate.isEmpty() || target.isEmpty()
                ? Optional.empty()
                : Optional.of(disbursementRate.get().compareTo(target.get()) >= 0);
    }

    /**
     * How far the disbursement rate is below the target, in percentage points.
     *
     * @return target − rate when the rate is below the target, zero when it reaches it; empty if
     *         either is unknown
     */
    public Optional<BigDecimal> shortfall() {
        return meetsTarget().map(met -> met ? BigDecimal.ZERO : target.get().subtract(disbursementRate.get()));
    }
}
