package io.github.krongkan.budget;

import io.github.krongkan.internal.Require;
import io.github.krongkan.money.Allocation;
import io.github.krongkan.money.Baht;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A total allocated (จัดสรร) among school groups or networks, e.g. seed 003's
 * {@code จัดสรรให้กลุ่มโรงเรียนละ 40,000.- บาท / 5 กลุ่ม เป็นเงิน 200,000 บาท}: the total 200,000.00 and
 * five shares of 40,000.00.
 *
 * <p>{@link #equally} and {@link #byWeights} split a total with the exact {@link Allocation}, so their
 * shares always add up; shares entered from a document may not, and
 * {@code BUDGET_ALLOCATION_MISMATCH} reports it.
 */
@Value.Immutable
public abstract class BudgetAllocation {
    BudgetAllocation() {}

    /**
     * What the allocation is for, as written, if stated.
     *
     * @return the description
     */
    public abstract Optional<String> description();

    /**
     * The total being allocated, as stated.
     *
     * @return the total, not negative
     */
    public abstract Baht total();

    /**
     * The shares in document order.
     *
     * @return the shares, at least one
     */
    public abstract List<AllocationShare> shares();

    /**
     * The sum of the shares.
     *
     * @return the sum
     */
    public Baht sharesSum() {
        return Baht.sum(shares().stream().map(AllocationShare::amount).toList());
    }

    /**
     * Splits a total equally among networks of the project ({@link Allocation#equally}); the shares
     * add up to the total to the satang, the larger ones first.
     *
     * @param total      the total
     * @param networkIds the receiving networks' ids, in order
     * @return the allocation
     * @throws IllegalArgumentException if there are no network ids or the total is negative
     */
    public static BudgetAllocation equally(Baht total, List<String> networkIds) {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(networkIds, "networkIds");
        if (networkIds.isEmpty()) {
            throw new IllegalArgumentException("an allocation needs at least one share");
        }
        List<Baht> amounts = Allocation.equally(total, networkIds.size());
        Builder b = builder().total(total);
        for (int i = 0; i < amounts.size(); i++) {
            b.addShare(AllocationShare.ofNetwork(networkIds.get(i), amounts.get(i)));
        }
        return b.build();
    }

    /**
     * Splits a total among networks in proportion to weights (e.g. their numbers of schools) with
     * {@link Allocation#byWeights}; the shares add up to the total to the satang.
     *
     * @param total      the total
     * @param networkIds the receiving networks' ids, in order
     * @param weights    one weight per network, not negative, at least one positive
     * @return the allocation
     * @throws IllegalArgumentException if the lists differ in length or the weights are unusable
     */
    public static BudgetAllocation byWeights(Baht total, List<String> networkIds, List<? extends Number> weights) {
        if (networkIds.size() != weights.size()) {
            throw new IllegalArgumentException("one weight per network needed: " + networkIds.size() + " networks, "
                    + weights.size() + " weights");
        }
        List<Baht> amounts = Allocation.byWeights(total, weights);
        Builder b = builder().total(total);
        for (int i = 0; i < amounts.size(); i++) {
            b.addShare(AllocationShare.ofNetwork(networkIds.get(i), amounts.get(i)));
        }
        return b.build();
    }

    /**
     * A builder for an allocation.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link BudgetAllocation}; {@code build()} validates it.
     *
     * <p><b>Required:</b> {@link BudgetAllocation#total() total}. Every other attribute is
     * optional, a list or has a default; {@code build()} throws {@link IllegalStateException}
     * naming each required attribute that was not set.
     */
    public static final class Builder extends ImmutableBudgetAllocation.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        description().ifPresent(d -> Require.notBlank(d, "description of an allocation"));
        Require.notNegative(total().signum(), total(), "total of an allocation (จัดสรร)");
        if (shares().isEmpty()) {
            throw new IllegalArgumentException("an allocation (จัดสรร) needs at least one share");
        }
        try {
            sharesSum();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("the shares add up beyond the supported amount", e);
        }
    }
}
