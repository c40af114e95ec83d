package io.github.krongkan.budget;

import io.github.krongkan.internal.Require;
import io.github.krongkan.money.Baht;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One expense line of a budget (รายการค่าใช้จ่าย): a unit cost times quantity factors, or a lump sum.
 *
 * <p><b>Unit cost × factors.</b> {@code ค่าอาหารกลางวัน 100 บาท/20 คน/2 มื้อ เป็นเงิน 4,000 บาท} has
 * the unit cost 100.00, the factors {@code 20 คน} and {@code 2 มื้อ}, and the stated amount 4,000.00.
 * {@link #computedAmount()} is the unit cost times the product of the counts. With whole counts the
 * result is exact; only when a count is fractional ({@code 0.5 วัน}) can the product fall between two
 * satang, and it is then rounded {@link RoundingMode#HALF_UP HALF_UP} to the satang, once, after
 * multiplying all factors exactly.
 *
 * <p><b>Lump sum.</b> {@code ค่าวัสดุอุปกรณ์ 90,000.-} has no unit cost and no factors, only a stated
 * amount; its {@link #computedAmount()} is empty.
 *
 * <p>The stated amount (what the document writes) is kept beside the computed one and never
 * corrected: {@code BUDGET_LINE_ARITHMETIC_MISMATCH} reports a difference. Read document text with
 * {@link #parse(CharSequence)}.
 */
@Value.Immutable
public abstract class BudgetLine {
    BudgetLine() {}

    /**
     * The item (รายการ) as written, e.g. {@code ค่าอาหารกลางวัน}; empty when the text names none.
     *
     * @return the item
     */
    public abstract Optional<String> item();

    /**
     * The expense category (หมวดรายจ่าย), if the document gives or implies it.
     *
     * @return the category
     */
    public abstract Optional<BudgetCategory> category();

    /**
     * The unit cost (ราคาต่อหน่วย, e.g. {@code 35 บาท} per person per meal); empty for a lump sum.
     *
     * @return the unit cost, not negative
     */
    public abstract Optional<Baht> unitCost();

    /**
     * The quantity factors the unit cost is multiplied by, in document order ({@code 20 คน},
     * {@code 4 มื้อ}); empty for a lump sum, or when the unit cost is the whole amount.
     *
     * @return the factors
     */
    public abstract List<QuantityFactor> factors();

    /**
     * The amount the document states (เป็นเงิน), if it states one.
     *
     * @return the stated amount, not negative
     */
    public abstract Optional<Baht> statedAmount();

    /**
     * The law or regulation the line follows (กฎหมาย ระเบียบที่เกี่ยวข้อง), as written.
     *
     * @return the legal reference
     */
    public abstract Optional<String> legalReference();

    /**
     * The kind of rate the unit cost is, for the rate-ceiling check, e.g.
     * {@link RateCeiling#SNACKS_GOVERNMENT_VENUE snacksGovernmentVenue}: the unit cost is compared
     * with the ceiling of this kind in the rate table in force. Empty: the line is not checked.
     *
     * @return the rate kind
     */
    public abstract Optional<String> rateKind();

    /**
     * A lump-sum line: an item and the amount the document states, with no unit cost.
     *
     * @param item   the item, e.g. {@code ค่าวัสดุ}
     * @param amount the stated amount
     * @return the line
     * @throws IllegalArgumentException if the item is blank or the amount negative
     */
    public static BudgetLine lumpSum(String item, Baht amount) {
        return builder().item(item).statedAmount(amount).build();
    }

    /**
     * Reads a budget line as Thai documents write it. See {@code docs/concepts.md} for the forms;
     * among them:
     * <ul>
     *   <li>{@code ค่าอาหารกลางวัน 100 บาท/100 คน/1 มื้อ เป็นเงิน 10,000 บาท}</li>
     *   <li>{@code ค่าเครื่องดื่มและอาหารว่าง 35 บาท/...20...คน/4 มื้อ เป็นเงิน....2,800.....บาท}
     *       (dotted leaders of filled-in forms are skipped)</li>
     *   <li>{@code ชุดละ 80 บาท จำนวน 200 ชุด}, {@code จำนวน 200 ชุด ชุดละ 80 บาท}</li>
     *   <li>{@code ค่าพาหนะ (45 คน x 200 บาท x 4 วัน) เป็นเงิน 36,000 บาท}: a parenthesized product
     *       gives the factors; the text before it is the item</li>
     *   <li>{@code จัดสรรให้กลุ่มโรงเรียนละ 40,000.- บาท / 5 กลุ่ม}</li>
     *   <li>{@code ค่าวัสดุ เป็นเงิน 1,000 บาท} (a lump sum)</li>
     * </ul>
     * Amounts are read with {@link Baht#read(CharSequence)}; Thai digits are accepted anywhere.
     * A leading list mark ({@code -}, {@code •}, {@code 1.}) is skipped, and table bars {@code |}
     * count as spaces. The category is set only when the item begins with a category term
     * ({@code ค่าวัสดุ…} is {@link BudgetCategory#MATERIALS}, {@code ค่าตอบแทน…}
     * {@link BudgetCategory#REMUNERATION}, {@code ค่าใช้สอย…} {@link BudgetCategory#EXPENSES}).
     *
     * @param text the text of one line
     * @return the line
     * @throws io.github.krongkan.text.ThaiParseException with the position of the first part that does not fit
     */
    public static BudgetLine parse(CharSequence text) {
        return new BudgetLineParser(text.toString()).parse();
    }

    /**
     * Whether this is a lump sum (no unit cost).
     *
     * @return {@code true} if the line has no unit cost
     */
    public boolean isLumpSum() {
        return unitCost().isEmpty();
    }

    /**
     * The product of the factors' counts, exact.
     *
     * @return the product; {@code 1} when there are no factors
     */
    public BigDecimal quantity() {
        BigDecimal product = BigDecimal.ONE;
        for (QuantityFactor f : factors()) {
            product = product.multiply(f.count());
        }
        return product;
    }

    /**
     * The unit cost times the product of the factors: exact for whole counts, otherwise rounded
     * {@link RoundingMode#HALF_UP HALF_UP} to the satang once at the end. Empty for a lump sum.
     *
     * @return the computed amount
     */
    public Optional<Baht> computedAmount() {
        return unitCost().map(cost -> cost.times(quantity(), RoundingMode.HALF_UP));
    }

    /**
     * The line's amount by arithmetic: the computed amount, or for a lump sum the stated amount.
     * Sums over these are what the budget really needs.
     *
     * @return the amount
     */
    public Baht amount() {
        return computedAmount().orElseGet(() -> statedAmount().orElseThrow());
    }

    /**
     * The line's amount as the document writes it: the stated amount, or the computed one where
     * the document states none.
     *
     * @return the written amount
     */
    public Baht writtenAmount() {
        return statedAmount().orElseGet(() -> computedAmount().orElseThrow());
    }

    /**
     * Whether the document states an amount that differs from unit cost × factors.
     *
     * @return {@code true} if both exist and differ
     */
    public boolean hasArithmeticError() {
        return statedAmount().isPresent()
                && computedAmount().isPresent()
                && !statedAmount().get().equals(computedAmount().get());
    }

    /**
     * The computation as a document writes it, e.g. {@code 35.00 บาท × 20 คน × 4 มื้อ}.
     *
     * @return the formula; for a lump sum, the stated amount
     */
    public String formula() {
        if (unitCost().isEmpty()) {
            return statedAmount().orElseThrow().toGroupedString() + " บาท";
        }
        StringBuilder s = new StringBuilder(unitCost().get().toGroupedString()).append(" บาท");
        for (QuantityFactor f : factors()) {
            s.append(" × ").append(f);
        }
        return s.toString();
    }

    /**
     * A builder for a budget line.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link BudgetLine}; {@code build()} validates it.
     *
     * <p>No attribute is required: every attribute is optional, a list or has a default.
     */
    public static final class Builder extends ImmutableBudgetLine.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        item().ifPresent(i -> Require.notBlank(i, "item (รายการ)"));
        legalReference().ifPresent(r -> Require.notBlank(r, "legalReference"));
        rateKind().ifPresent(r -> Require.identifier(r, "rateKind"));
        unitCost().ifPresent(c -> Require.notNegative(c.signum(), c, "unitCost (ราคาต่อหน่วย)"));
        statedAmount().ifPresent(a -> Require.notNegative(a.signum(), a, "statedAmount (เป็นเงิน)"));
        if (unitCost().isEmpty()) {
            if (statedAmount().isEmpty()) {
                throw new IllegalArgumentException(
                        "a budget line needs a unitCost (ราคาต่อหน่วย) or a statedAmount (เป็นเงิน)");
            }
            if (!factors().isEmpty()) {
                throw new IllegalArgumentException("factors need a unitCost (ราคาต่อหน่วย) to multiply");
            }
        }
        try {
            computedAmount();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    "unitCost × factors is beyond the supported amount: " + e.getMessage(), e);
        }
    }
}
