package io.github.krongkan.budget;

import io.github.krongkan.internal.Require;
import io.github.krongkan.money.Baht;
import io.github.krongkan.time.FiscalQuarter;
import io.github.krongkan.time.FiscalYear;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The money of a project as it moves: received (ได้รับ), disbursed (เบิกจ่าย), obliged
 * (ก่อหนี้ผูกพัน), returned (ส่งคืน) and remaining (คงเหลือ).
 *
 * <p><b>Two rates.</b> Thai budget reports track disbursement (เบิกจ่าย, cash paid) and spending
 * (ใช้จ่าย = disbursed plus outstanding obligations). {@link #disbursementRate(FiscalQuarter)} and
 * {@link #spendingRate(FiscalQuarter)} give them cumulatively up to the end of a fiscal quarter,
 * as a percentage of the received amount with two decimals (HALF_UP); {@link #quarterRates} sets
 * them against {@link DisbursementTargets}.
 *
 * <p><b>Identity.</b> received = disbursed + returned + remaining. {@link #balance()} computes the
 * remaining money; {@link #remaining()} is what the document states, and
 * {@code LEDGER_BALANCE_MISMATCH} reports a stated remaining that breaks the identity.
 */
@Value.Immutable
public abstract class Ledger {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    Ledger() {}

    /**
     * The money received or allocated to the project (ได้รับ / ได้รับจัดสรร).
     *
     * @return the received amount, not negative
     */
    public abstract Baht received();

    /**
     * The movements in document order: disbursements, outstanding obligations and returns.
     *
     * @return the entries, possibly empty
     */
    public abstract List<LedgerEntry> entries();

    /**
     * The remaining money (คงเหลือ) as the document states it, if it does.
     *
     * @return the stated remaining amount
     */
    public abstract Optional<Baht> remaining();

    /**
     * The total disbursed (เบิกจ่าย).
     *
     * @return the sum of the disbursement entries
     */
    public Baht disbursed() {
        return sum(LedgerEntryKind.DISBURSEMENT, null);
    }

    /**
     * The outstanding obligations (ก่อหนี้ผูกพัน).
     *
     * @return the sum of the obligation entries
     */
    public Baht obligations() {
        return sum(LedgerEntryKind.OBLIGATION, null);
    }

    /**
     * The money spent or committed (ใช้จ่าย): disbursed plus outstanding obligations.
     *
     * @return the committed amount
     */
    public Baht committed() {
        return disbursed().plus(obligations());
    }

    /**
     * The money returned (ส่งคืน).
     *
     * @return the sum of the return entries
     */
    public Baht returned() {
        return sum(LedgerEntryKind.RETURN, null);
    }

    /**
     * The remaining money by arithmetic: received − disbursed − returned.
     *
     * @return the balance; negative if more went out than came in
     */
    public Baht balance() {
        return received().minus(disbursed()).minus(returned());
    }

    /**
     * The money disbursed on or before a date; undated entries are not counted.
     *
     * @param date the last day counted
     * @return the cumulative disbursement
     */
    public Baht disbursedThrough(LocalDate date) {
        return sum(LedgerEntryKind.DISBURSEMENT, Objects.requireNonNull(date, "date"));
    }

    /**
     * The money disbursed or obliged on or before a date; undated entries are not counted.
     *
     * @param date the last day counted
     * @return the cumulative spending
     */
    public Baht committedThrough(LocalDate date) {
        return disbursedThrough(date).plus(sum(LedgerEntryKind.OBLIGATION, date));
    }

    /**
     * The cumulative disbursement rate at the end of a fiscal quarter:
     * {@code disbursedThrough(quarter end) × 100 / received}, two decimals, HALF_UP.
     *
     * @param quarter the quarter
     * @return the percentage; empty when nothing was received
     */
    public Optional<BigDecimal> disbursementRate(FiscalQuarter quarter) {
        return percent(disbursedThrough(quarter.end()));
    }

    /**
     * The cumulative spending rate (ใช้จ่าย) at the end of a fiscal quarter:
     * {@code committedThrough(quarter end) × 100 / received}, two decimals, HALF_UP.
     *
     * @param quarter the quarter
     * @return the percentage; empty when nothing was received
     */
    public Optional<BigDecimal> spendingRate(FiscalQuarter quarter) {
        return percent(committedThrough(quarter.end()));
    }

    /**
     * The cumulative rates of the four quarters of a fiscal year, without targets.
     *
     * @param fiscalYear the fiscal year
     * @return four rates, Q1 to Q4
     */
    public List<QuarterRate> quarterRates(FiscalYear fiscalYear) {
        return quarterRates(DisbursementTargets.builder().fiscalYear(fiscalYear).build());
    }

    /**
     * The cumulative rates of the four quarters of the targets' fiscal year, each with its targets.
     *
     * @param targets the targets, e.g. FY 2563: disbursement at least 54 % by the end of Q2
     * @return four rates, Q1 to Q4
     */
    public List<QuarterRate> quarterRates(DisbursementTargets targets) {
        List<QuarterRate> rates = new ArrayList<>();
        for (FiscalQuarter q : targets.fiscalYear().quarters()) {
            QuarterRate.Builder r = QuarterRate.builder()
                    .quarter(q)
                    .disbursed(disbursedThrough(q.end()))
                    .committed(committedThrough(q.end()))
                    .disbursementRate(disbursementRate(q))
                    .spendingRate(spendingRate(q))
                    .disbursementTarget(targets.disbursementTarget(q.number()))
                    .spendingTarget(targets.spendingTarget(q.number()));
            rates.add(r.build());
        }
        return List.copyOf(rates);
    }

    private Optional<BigDecimal> percent(Baht amount) {
        if (received().signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(
                amount.toBigDecimal().multiply(HUNDRED).divide(received().toBigDecimal(), 2, RoundingMode.HALF_UP));
    }

    private Baht sum(LedgerEntryKind kind, LocalDate through) {
        List<Baht> amounts = new ArrayList<>();
        for (LedgerEntry e : entries()) {
            if (e.kind() == kind
                    && (through == null
                            || (e.date().isPresent() && !e.date().get().isAfter(through)))) {
                amounts.add(e.amount());
            }
        }
        return Baht.sum(amounts);
    }

    /**
     * A ledger of the money received, without movements yet.
     *
     * @param received the received amount
     * @return the ledger
     * @throws IllegalArgumentException if the amount is negative
     */
    public static Ledger of(Baht received) {
        return builder().received(received).build();
    }

    /**
     * A builder for a ledger.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Ledger}; {@code build()} validates it.
     *
     * <p><b>Required:</b> {@link Ledger#received() received}. Every other attribute is optional, a
     * list or has a default; {@code build()} throws {@link IllegalStateException} naming each
     * required attribute that was not set.
     */
    public static final class Builder extends ImmutableLedger.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Require.notNegative(received().signum(), received(), "received (ได้รับ)");
        try {
            balance();
            committed();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("the ledger adds up beyond the supported amount", e);
        }
    }
}
