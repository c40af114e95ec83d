package io.github.krongkan.budget;

import io.github.krongkan.internal.Require;
import io.github.krongkan.money.Baht;
import io.github.krongkan.time.FiscalMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * A project's budget (งบประมาณ): its source, its activities with their expense lines, the total and
 * the total in Thai words as the document writes them, the money received, allocations to school
 * groups or networks, and the planned disbursement by fiscal month.
 *
 * <pre>{@code
 * Budget budget = Budget.builder()
 *         .source(BudgetSource.of(BudgetSourceKind.ANNUAL_BUDGET))
 *         .addActivity(BudgetActivity.builder()
 *                 .name("ประชุมปฏิบัติการ")
 *                 .addLine(BudgetLine.parse("ค่าอาหารกลางวัน 100 บาท/20 คน/2 มื้อ เป็นเงิน 4,000 บาท"))
 *                 .build())
 *         .statedTotal(Baht.ofBaht(4_000))
 *         .build();
 * }</pre>
 *
 * <p>Stated and computed amounts are kept apart at every level (see {@link BudgetLine} and
 * {@link BudgetActivity}); the rules of {@code io.github.krongkan.check} compare them.
 */
@Value.Immutable
public abstract class Budget {
    Budget() {}

    /**
     * Where the money comes from (แหล่งงบประมาณ), if stated.
     *
     * @return the source
     */
    public abstract Optional<BudgetSource> source();

    /**
     * The funding sources (แหล่งงบประมาณ) with the amount each gives, in document order, e.g.
     * seed 004's plan budget 120,000, OBEC (blank) and other (-). {@link #source()} stays the one
     * source a document names without amounts.
     *
     * @return the sources, possibly empty
     */
    public abstract List<BudgetSource> fundingSources();

    /**
     * The sum of the funding sources' amounts that are given; blank amounts are left out, not
     * counted as zero.
     *
     * @return the sum of the stated amounts
     */
    public Baht fundingSourcesTotal() {
        return Baht.sum(
                fundingSources().stream().flatMap(s -> s.amount().stream()).toList());
    }

    /**
     * The activities (กิจกรรม) with their lines, in document order.
     *
     * @return the activities, possibly empty
     */
    public abstract List<BudgetActivity> activities();

    /**
     * The total the document writes (รวมทั้งสิ้น / เป็นเงิน), if any.
     *
     * @return the stated total, not negative
     */
    public abstract Optional<Baht> statedTotal();

    /**
     * The total in Thai words as written, e.g. {@code (เก้าหมื่นบาทถ้วน)}, if any.
     *
     * @return the words
     */
    public abstract Optional<String> amountInWords();

    /**
     * The money actually received or allocated to the project (งบประมาณที่ได้รับ), if stated;
     * seed 004 received 120,000.
     *
     * @return the received amount, not negative
     */
    public abstract Optional<Baht> receivedAmount();

    /**
     * Totals split among school groups or networks (จัดสรร), in document order.
     *
     * @return the allocations, possibly empty
     */
    public abstract List<BudgetAllocation> allocations();

    /**
     * The planned disbursement by fiscal month (แผนการใช้จ่ายงบประมาณ): the plan that progress
     * curves and earned value compare against.
     *
     * @return the planned amount per month, in month order; amounts not negative
     */
    @Value.NaturalOrder
    public abstract SortedMap<FiscalMonth, Baht> plannedDisbursements();

    /**
     * The sum of the activities as written ({@link BudgetActivity#writtenAmount()}: each stated
     * subtotal, or else its lines as written). This is what a stated total should equal.
     *
     * @return the sum
     */
    public Baht writtenActivitySum() {
        return Baht.sum(activities().stream().map(BudgetActivity::writtenAmount).toList());
    }

    /**
     * What the activities need by arithmetic: the sum of every line's {@link BudgetLine#amount()}.
     *
     * @return the sum
     */
    public Baht amount() {
        return Baht.sum(activities().stream().map(BudgetActivity::amount).toList());
    }

    /**
     * The budget's total as the document writes it: the stated total, or else
     * {@link #writtenActivitySum()}.
     *
     * @return the written total
     */
    public Baht writtenAmount() {
        return statedTotal().orElseGet(this::writtenActivitySum);
    }

    /**
     * The planned disbursement of all months.
     *
     * @return the sum of {@link #plannedDisbursements()}
     */
    public Baht plannedTotal() {
        return Baht.sum(plannedDisbursements().values());
    }

    /**
     * The cumulative planned disbursement up to and including a month.
     *
     * @param month the last month counted
     * @return the sum of the plan's months up to {@code month}; also for the last supported month
     *         ({@link io.github.krongkan.time.FiscalYear#MAX}'s September), which has no next month
     */
    public Baht plannedThrough(FiscalMonth month) {
        Objects.requireNonNull(month, "month");
        return Baht.sum(plannedDisbursements().entrySet().stream()
                .filter(e -> !e.getKey().isAfter(month))
                .map(Map.Entry::getValue)
                .toList());
    }

    /**
     * A builder for a budget.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Budget}; {@code build()} validates it.
     *
     * <p>No attribute is required: every attribute is optional, a list or has a default.
     */
    public static final class Builder extends ImmutableBudget.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        statedTotal().ifPresent(a -> Require.notNegative(a.signum(), a, "statedTotal"));
        receivedAmount().ifPresent(a -> Require.notNegative(a.signum(), a, "receivedAmount (งบประมาณที่ได้รับ)"));
        amountInWords().ifPresent(w -> Require.notBlank(w, "amountInWords"));
        plannedDisbursements()
                .forEach((month, amount) ->
                        Require.notNegative(amount.signum(), amount, "plannedDisbursements of " + month));
        try {
            writtenActivitySum();
            amount();
            plannedTotal();
            fundingSourcesTotal();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("the budget adds up beyond the supported amount", e);
        }
    }
}
