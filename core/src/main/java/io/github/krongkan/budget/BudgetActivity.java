package io.github.krongkan.budget;

import io.github.krongkan.internal.Require;
import io.github.krongkan.money.Baht;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An activity (กิจกรรม) of a budget with its expense lines, e.g. seed 004's
 * {@code กิจกรรมประชุมปฏิบัติการคณะทำงาน…} with four lines and {@code รวม 23,800 บาท}.
 *
 * <p>Three sums are kept apart: {@link #statedSubtotal()} (what the document writes under the
 * lines), {@link #writtenLineSum()} (the lines' amounts as written) and {@link #amount()} (the lines'
 * amounts by arithmetic).
 */
@Value.Immutable
public abstract class BudgetActivity {
    BudgetActivity() {}

    /**
     * The activity's name as written.
     *
     * @return the name, never blank
     */
    public abstract String name();

    /**
     * The number the document gives the activity, e.g. {@code 1} for seed 004's {@code 1.กิจกรรม…},
     * if any: the number action steps name in {@link
     * io.github.krongkan.schedule.ActionStep#activityNumber()}.
     *
     * @return the number
     */
    public abstract Optional<String> number();

    /**
     * The target group (กลุ่มเป้าหมาย), if stated, e.g. {@code เครือข่ายโรงเรียนที่ 19}.
     *
     * @return the target group
     */
    public abstract Optional<String> targetGroup();

    /**
     * The expense lines in document order.
     *
     * @return the lines, possibly empty
     */
    public abstract List<BudgetLine> lines();

    /**
     * The subtotal the document writes for the activity (รวม), if any.
     *
     * @return the stated subtotal, not negative
     */
    public abstract Optional<Baht> statedSubtotal();

    /**
     * The sum of the lines' amounts as written ({@link BudgetLine#writtenAmount()}).
     *
     * @return the sum; zero for no lines
     */
    public Baht writtenLineSum() {
        return Baht.sum(lines().stream().map(BudgetLine::writtenAmount).toList());
    }

    /**
     * The sum of the lines' amounts by arithmetic ({@link BudgetLine#amount()}): what the activity
     * really needs.
     *
     * @return the sum; zero for no lines
     */
    public Baht amount() {
        return Baht.sum(lines().stream().map(BudgetLine::amount).toList());
    }

    /**
     * The activity's amount as the document writes it: the stated subtotal, or else the sum of the
     * lines as written.
     *
     * @return the written amount
     */
    public Baht writtenAmount() {
        return statedSubtotal().orElseGet(this::writtenLineSum);
    }

    /**
     * A builder for an activity.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link BudgetActivity}; {@code build()} validates it.
     *
     * <p><b>Required:</b> {@link BudgetActivity#name() name}. Every other attribute is optional, a
     * list or has a default; {@code build()} throws {@link IllegalStateException} naming each
     * required attribute that was not set.
     */
    public static final class Builder extends ImmutableBudgetActivity.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Require.notBlank(name(), "name of a budget activity (กิจกรรม)");
        number().ifPresent(n -> Require.notBlank(n, "number of a budget activity (กิจกรรม)"));
        targetGroup().ifPresent(t -> Require.notBlank(t, "targetGroup (กลุ่มเป้าหมาย)"));
        statedSubtotal().ifPresent(a -> Require.notNegative(a.signum(), a, "statedSubtotal (รวม)"));
        try {
            writtenLineSum();
            amount();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    "the lines of activity " + name() + " add up beyond the supported amount", e);
        }
    }
}
