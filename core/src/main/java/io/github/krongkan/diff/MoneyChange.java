package io.github.krongkan.diff;

import io.github.krongkan.money.Baht;
import java.util.Objects;

/**
 * How an amount of money changed between two versions: the budget's total, or one activity's
 * amount. An amount that is not in a version (no budget, an activity added or removed) counts as
 * zero there.
 *
 * @param label  what the amount is: {@code "budget"}, or the activity's number or name
 * @param before the amount in the old version
 * @param after  the amount in the new version
 */
public record MoneyChange(String label, Baht before, Baht after) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException when one is null
     */
    public MoneyChange {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /**
     * How much the amount went up (positive) or down (negative).
     *
     * @return {@code after - before}
     */
    public Baht difference() {
        return after.minus(before);
    }

    /**
     * The same change seen from the new version to the old one.
     *
     * @return the change with before and after swapped
     */
    public MoneyChange inverse() {
        return new MoneyChange(label, after, before);
    }

    /**
     * The change in English, such as {@code budget up 5,000.00 baht (90,000.00 → 95,000.00)}.
     *
     * @return the description
     */
    public String english() {
        String way = difference().signum() > 0 ? " up " : difference().signum() < 0 ? " down " : " unchanged ";
        return label + way + difference().abs().toGroupedString() + " baht (" + before.toGroupedString() + " → "
                + after.toGroupedString() + ")";
    }

    /**
     * The change in Thai, such as {@code budget เพิ่มขึ้น 5,000.00 บาท (90,000.00 → 95,000.00)}.
     *
     * @return the description
     */
    public String thai() {
        String way = difference().signum() > 0 ? " เพิ่มขึ้น " : difference().signum() < 0 ? " ลดลง " : " เท่าเดิม ";
        return label + way + difference().abs().toGroupedString() + " บาท (" + before.toGroupedString() + " → "
                + after.toGroupedString() + ")";
    }
}
