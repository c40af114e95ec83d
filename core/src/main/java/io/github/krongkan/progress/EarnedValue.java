package io.github.krongkan.progress;

import io.github.krongkan.money.Baht;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * The earned-value figures of a project at one date (การวิเคราะห์มูลค่างานที่ได้รับ, earned value
 * management), computed from four inputs and never stored:
 *
 * <table>
 *   <caption>Inputs and figures</caption>
 *   <tr><th>figure</th><th>meaning</th><th>formula</th></tr>
 *   <tr><td>BAC</td><td>budget at completion (the allocated budget, งบประมาณที่ได้รับจัดสรร)</td><td>input</td></tr>
 *   <tr><td>PV</td><td>planned value</td><td>BAC × planned % / 100, or a planned disbursement</td></tr>
 *   <tr><td>EV</td><td>earned value</td><td>BAC × progress % / 100</td></tr>
 *   <tr><td>AC</td><td>actual cost (disbursed minus returned)</td><td>input</td></tr>
 *   <tr><td>SV, CV</td><td>schedule and cost variance</td><td>EV − PV, EV − AC</td></tr>
 *   <tr><td>SV %, CV %</td><td>the variances in percent</td><td>SV / PV × 100, CV / EV × 100</td></tr>
 *   <tr><td>SPI, CPI</td><td>schedule and cost performance index</td><td>EV / PV, EV / AC</td></tr>
 *   <tr><td>EAC</td><td>estimate at completion, typical (costs go on as so far)</td><td>BAC / CPI</td></tr>
 *   <tr><td>EAC atypical</td><td>estimate at completion, atypical (the rest costs as budgeted)</td><td>AC + BAC − EV</td></tr>
 *   <tr><td>ETC</td><td>estimate to complete</td><td>EAC − AC</td></tr>
 *   <tr><td>VAC</td><td>variance at completion</td><td>BAC − EAC</td></tr>
 *   <tr><td>TCPI</td><td>to-complete performance index (on BAC)</td><td>(BAC − EV) / (BAC − AC)</td></tr>
 * </table>
 *
 * <p><b>Rounding.</b> Money is {@link Baht}: PV, EV and the typical EAC are rounded
 * {@link RoundingMode#HALF_UP HALF_UP} to the satang; the other amounts are exact sums and
 * differences of those, so SV = EV − PV, CV = EV − AC, ETC = EAC − AC and VAC = BAC − EAC hold
 * exactly. The indexes SPI, CPI and TCPI have {@value #INDEX_SCALE} decimals, SV % and CV %
 * {@value #PERCENT_SCALE}, all rounded HALF_UP from the exact quotient of the (rounded) amounts.
 *
 * <p><b>Not applicable.</b> A figure whose denominator is zero is {@link Optional#empty()}, never 0
 * or infinity: SV % and SPI when PV is 0, CV % when EV is 0, CPI when AC is 0, TCPI when BAC
 * equals AC. The typical EAC, and the ETC and VAC built on it, are not applicable when CPI is not
 * applicable or zero (AC or EV is 0), since BAC / CPI then has no value.
 *
 * <pre>{@code
 * EarnedValue ev = EarnedValue.of(Baht.ofBaht(360_000), new BigDecimal("50"), new BigDecimal("40"), Baht.ofBaht(90_000));
 * ev.pv();   // 180000.00
 * ev.ev();   // 144000.00
 * ev.spi();  // Optional[0.8000]
 * ev.cpi();  // Optional[1.6000]
 * }</pre>
 */
public final class EarnedValue {
    /** The number of decimals of SPI, CPI and TCPI. */
    public static final int INDEX_SCALE = 4;

    /** The number of decimals of SV % and CV %. */
    public static final int PERCENT_SCALE = 2;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Baht bac;
    private final Baht pv;
    private final BigDecimal progressPercent;
    private final Baht ev;
    private final Baht ac;

    private EarnedValue(Baht bac, Baht pv, BigDecimal progressPercent, Baht ac) {
        this.bac = bac;
        this.pv = pv;
        this.progressPercent = progressPercent;
        this.ev = percentOf(bac, progressPercent);
        this.ac = ac;
    }

    /**
     * The figures from the planned percentage.
     *
     * @param bac             budget at completion, not negative
     * @param plannedPercent  the planned cumulative progress in percent at the date (from the plan's
     *                        curve, {@link io.github.krongkan.schedule.ProgressCurve#at(java.time.LocalDate)})
     * @param progressPercent the reported cumulative progress in percent
     * @param actualCost      the actual cost: disbursed minus returned
     * @return the figures
     * @throws IllegalArgumentException if BAC is negative
     * @throws ArithmeticException      if PV or EV is beyond the limit of {@link Baht}
     */
    public static EarnedValue of(Baht bac, BigDecimal plannedPercent, BigDecimal progressPercent, Baht actualCost) {
        Objects.requireNonNull(plannedPercent, "plannedPercent");
        checkBac(bac);
        return ofPlannedValue(bac, percentOf(bac, plannedPercent), progressPercent, actualCost);
    }

    /**
     * The figures from a planned value given as an amount (a planned cumulative disbursement).
     *
     * @param bac             budget at completion, not negative
     * @param plannedValue    the planned value at the date
     * @param progressPercent the reported cumulative progress in percent
     * @param actualCost      the actual cost: disbursed minus returned
     * @return the figures
     * @throws IllegalArgumentException if BAC is negative
     * @throws ArithmeticException      if EV is beyond the limit of {@link Baht}
     */
    public static EarnedValue ofPlannedValue(Baht bac, Baht plannedValue, BigDecimal progressPercent, Baht actualCost) {
        checkBac(bac);
        Objects.requireNonNull(plannedValue, "plannedValue");
        Objects.requireNonNull(progressPercent, "progressPercent");
        Objects.requireNonNull(actualCost, "actualCost");
        return new EarnedValue(bac, plannedValue, progressPercent, actualCost);
    }

    private static void checkBac(Baht bac) {
        Objects.requireNonNull(bac, "bac");
        if (bac.signum() < 0) {
            throw new IllegalArgumentException("bac (budget at completion) must not be negative: " + bac);
        }
    }

    private static Baht percentOf(Baht amount, BigDecimal percent) {
        return Baht.of(amount.toBigDecimal().multiply(percent).divide(HUNDRED), RoundingMode.HALF_UP);
    }

    /**
     * Budget at completion (BAC).
     *
     * @return the budget
     */
    public Baht bac() {
        return bac;
    }

    /**
     * The reported cumulative progress in percent the earned value is computed from.
     *
     * @return the percentage
     */
    public BigDecimal progressPercent() {
        return progressPercent;
    }

    /**
     * Planned value (PV): the budgeted cost of the work planned by the date.
     *
     * @return BAC × planned % / 100 rounded half up, or the given planned value
     */
    public Baht pv() {
        return pv;
    }

    /**
     * Earned value (EV): the budgeted cost of the work done by the date.
     *
     * @return BAC × progress % / 100, rounded half up to the satang
     */
    public Baht ev() {
        return ev;
    }

    /**
     * Actual cost (AC): disbursed minus returned.
     *
     * @return the actual cost
     */
    public Baht ac() {
        return ac;
    }

    /**
     * Schedule variance (SV): ahead of plan when positive.
     *
     * @return EV − PV
     */
    public Baht sv() {
        return ev.minus(pv);
    }

    /**
     * Cost variance (CV): under budget when positive.
     *
     * @return EV − AC
     */
    public Baht cv() {
        return ev.minus(ac);
    }

    /**
     * The schedule variance in percent of the planned value.
     *
     * @return SV / PV × 100 with {@value #PERCENT_SCALE} decimals; empty (not applicable) when PV is 0
     */
    public Optional<BigDecimal> svPercent() {
        return quotient(sv().toBigDecimal().multiply(HUNDRED), pv, PERCENT_SCALE);
    }

    /**
     * The cost variance in percent of the earned value.
     *
     * @return CV / EV × 100 with {@value #PERCENT_SCALE} decimals; empty (not applicable) when EV is 0
     */
    public Optional<BigDecimal> cvPercent() {
        return quotient(cv().toBigDecimal().multiply(HUNDRED), ev, PERCENT_SCALE);
    }

    /**
     * Schedule performance index (SPI): behind schedule below 1.
     *
     * @return EV / PV with {@value #INDEX_SCALE} decimals; empty (not applicable) when PV is 0
     */
    public Optional<BigDecimal> spi() {
        return quotient(ev.toBigDecimal(), pv, INDEX_SCALE);
    }

    /**
     * Cost performance index (CPI): over budget below 1.
     *
     * @return EV / AC with {@value #INDEX_SCALE} decimals; empty (not applicable) when AC is 0
     */
    public Optional<BigDecimal> cpi() {
        return quotient(ev.toBigDecimal(), ac, INDEX_SCALE);
    }

    /**
     * Estimate at completion, typical (EAC = BAC / CPI): the work left costs as the work so far did.
     * Computed as BAC × AC / EV from the exact CPI, rounded half up to the satang.
     *
     * @return the estimate; empty (not applicable) when CPI is not applicable or zero, i.e. when AC
     *         or EV is 0
     * @throws ArithmeticException if the estimate is beyond the limit of {@link Baht}
     */
    public Optional<Baht> eac() {
        if (ac.signum() == 0 || ev.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(Baht.of(
                bac.toBigDecimal().multiply(ac.toBigDecimal()).divide(ev.toBigDecimal(), 2, RoundingMode.HALF_UP)));
    }

    /**
     * Estimate at completion, atypical: the work left costs what was budgeted for it.
     *
     * @return AC + BAC − EV
     */
    public Baht eacAtypical() {
        return ac.plus(bac).minus(ev);
    }

    /**
     * Estimate to complete, typical.
     *
     * @return {@link #eac()} − AC; empty when EAC is not applicable
     */
    public Optional<Baht> etc() {
        return eac().map(e -> e.minus(ac));
    }

    /**
     * Estimate to complete, atypical.
     *
     * @return {@link #eacAtypical()} − AC, that is BAC − EV
     */
    public Baht etcAtypical() {
        return eacAtypical().minus(ac);
    }

    /**
     * Variance at completion, typical: money left over at the end when positive.
     *
     * @return BAC − {@link #eac()}; empty when EAC is not applicable
     */
    public Optional<Baht> vac() {
        return eac().map(bac::minus);
    }

    /**
     * Variance at completion, atypical.
     *
     * @return BAC − {@link #eacAtypical()}
     */
    public Baht vacAtypical() {
        return bac.minus(eacAtypical());
    }

    /**
     * To-complete performance index on BAC (TCPI): the cost performance the remaining work needs
     * to finish within the budget.
     *
     * @return (BAC − EV) / (BAC − AC) with {@value #INDEX_SCALE} decimals; empty (not applicable)
     *         when BAC equals AC
     */
    public Optional<BigDecimal> tcpi() {
        return quotient(bac.minus(ev).toBigDecimal(), bac.minus(ac), INDEX_SCALE);
    }

    private static Optional<BigDecimal> quotient(BigDecimal numerator, Baht denominator, int scale) {
        if (denominator.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(numerator.divide(denominator.toBigDecimal(), scale, RoundingMode.HALF_UP));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EarnedValue e
                && e.bac.equals(bac)
                && e.pv.equals(pv)
                && e.ac.equals(ac)
                && e.progressPercent.equals(progressPercent);
    }

    @Override
    public int hashCode() {
        return Objects.hash(bac, pv, progressPercent, ac);
    }

    @Override
    public String toString() {
        return "EarnedValue[BAC " + bac + ", PV " + pv + ", EV " + ev + ", AC " + ac + ", SV " + sv() + ", CV " + cv()
                + ", SPI " + spi().map(BigDecimal::toPlainString).orElse("n/a")
                + ", CPI " + cpi().map(BigDecimal::toPlainString).orElse("n/a") + "]";
    }
}
