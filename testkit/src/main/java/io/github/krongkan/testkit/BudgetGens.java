package io.github.krongkan.testkit;

import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.BudgetActivity;
import io.github.krongkan.budget.BudgetAllocation;
import io.github.krongkan.budget.BudgetCategory;
import io.github.krongkan.budget.BudgetLine;
import io.github.krongkan.budget.BudgetRevision;
import io.github.krongkan.budget.BudgetSource;
import io.github.krongkan.budget.BudgetSourceKind;
import io.github.krongkan.budget.QuantityFactor;
import io.github.krongkan.money.Allocation;
import io.github.krongkan.money.Baht;
import io.github.krongkan.money.BahtText;
import io.github.krongkan.money.BahtTextConvention;
import io.github.krongkan.time.FiscalMonth;
import io.github.krongkan.time.FiscalYear;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Generators of budgets (งบประมาณ) that add up: expense lines as lump sums or unit cost × factors
 * (persons, days, meals) with categories, activities numbered {@code 1}, {@code 2}, … with stated
 * subtotals, a stated total and the amount in Thai words in either convention of {@link BahtText},
 * the amount received, funding sources that add up to the total, allocations per network that add
 * up, planned disbursements by fiscal month that add up, and budget revisions.
 *
 * <p>Every value is consistent: a budget from {@link #budgets(FiscalYear, List)} gives none of the
 * budget findings of {@code ProjectCheck.standard()} (no rate kinds are set, so rate ceilings do not
 * apply). At size 0 a budget has one activity with one line; at the simplest choices (see
 * {@link Choices}) that line is a lump sum of 1 baht and nothing optional is set.
 */
public final class BudgetGens {
    private static final List<BudgetCategory> CATEGORIES = List.of(BudgetCategory.values());
    private static final List<BudgetSourceKind> SOURCE_KINDS = List.of(BudgetSourceKind.values());
    private static final List<BahtTextConvention> CONVENTIONS = List.of(BahtTextConvention.values());
    private static final String[] UNITS = {"คน", "วัน", "มื้อ", "ชุด", "เล่ม", "ครั้ง"};

    private BudgetGens() {}

    /**
     * Budget lines (รายการ) whose stated amount, when there is one, is the computed amount: lump sums
     * of 1 baht upward, or a unit cost times up to three factors, now and then with satang or a factor
     * of zero.
     *
     * @return the generator
     */
    public static Gen<BudgetLine> lines() {
        Gen<String> text = TextGens.text();
        return (random, size) -> {
            BudgetLine.Builder l = BudgetLine.builder();
            long most = 1 + (long) Math.pow(10, 1 + Gen.scaled(5, size));
            if (random.nextBoolean()) {
                l.item(text.next(random, size));
            }
            if (random.nextBoolean()) {
                l.category(CATEGORIES.get(random.nextInt(CATEGORIES.size())));
            }
            if (!random.nextBoolean()) {
                // a lump sum (เหมาจ่าย); the simplest line is 1 baht
                return l.statedAmount(Baht.ofSatang(100 * random.nextLong(1, most + 1)))
                        .build();
            }
            Baht unitCost = random.nextInt(4) == 3
                    ? Baht.ofSatang(random.nextLong(1, 100 * most))
                    : Baht.ofBaht(random.nextLong(1, most + 1));
            l.unitCost(unitCost);
            for (int i = random.nextInt(Math.min(3, Gen.scaled(3, size)) + 1); i > 0; i--) {
                long count = random.nextDouble() < Gen.EDGE_CASE_RATE / 2 ? 0 : random.nextLong(1, 61);
                l.addFactor(QuantityFactor.of(count, UNITS[random.nextInt(UNITS.length)]));
            }
            BudgetLine line = l.build();
            return random.nextBoolean()
                    ? BudgetLine.builder()
                            .from(line)
                            .statedAmount(line.computedAmount().orElseThrow())
                            .build()
                    : line;
        };
    }

    /**
     * Budget activities (กิจกรรม) with a number, one to six lines (at the largest size), and now and
     * then a target group and a stated subtotal that equals the sum of the lines.
     *
     * @param number the activity's number, such as {@code "1"}
     * @return the generator
     */
    public static Gen<BudgetActivity> activities(String number) {
        Objects.requireNonNull(number, "number");
        Gen<String> text = TextGens.text();
        Gen<BudgetLine> lines = lines();
        return (random, size) -> {
            BudgetActivity.Builder a =
                    BudgetActivity.builder().name(text.next(random, size)).number(number);
            int count = 1 + random.nextInt(Gen.scaled(5, size) + 1);
            for (int i = 0; i < count; i++) {
                a.addLine(lines.next(random, size));
            }
            if (random.nextInt(4) == 3) {
                a.targetGroup(text.next(random, size));
            }
            BudgetActivity activity = a.build();
            return random.nextBoolean()
                    ? BudgetActivity.builder()
                            .from(activity)
                            .statedSubtotal(activity.writtenLineSum())
                            .build()
                    : activity;
        };
    }

    /**
     * Budgets of a fiscal year without allocations to networks.
     *
     * @param year the fiscal year of the planned disbursements
     * @return the generator
     */
    public static Gen<Budget> budgets(FiscalYear year) {
        return budgets(year, List.of());
    }

    /**
     * Budgets of a fiscal year whose allocations, when there are any, give every one of the networks
     * a share (by weights or equally) and add up to the total.
     *
     * @param year       the fiscal year of the planned disbursements
     * @param networkIds the ids of the project's networks, distinct
     * @return the generator
     */
    public static Gen<Budget> budgets(FiscalYear year, List<String> networkIds) {
        Objects.requireNonNull(year, "year");
        List<String> ids = List.copyOf(networkIds);
        Gen<String> text = TextGens.text();
        return (random, size) -> {
            Budget.Builder b = Budget.builder();
            int count = 1 + random.nextInt(Gen.scaled(5, size) + 1);
            for (int i = 1; i <= count; i++) {
                b.addActivity(activities(Integer.toString(i)).next(random, size));
            }
            Budget budget = b.build();
            Baht total = budget.writtenActivitySum();
            Budget.Builder full = Budget.builder().from(budget);
            if (random.nextBoolean()) {
                full.statedTotal(total);
            }
            if (random.nextBoolean()) {
                full.amountInWords(BahtText.format(total, CONVENTIONS.get(random.nextInt(CONVENTIONS.size()))));
            }
            if (random.nextBoolean()) {
                full.receivedAmount(random.nextBoolean() ? total : total.plus(Baht.ofBaht(random.nextLong(1, 10_000))));
            }
            if (random.nextBoolean()) {
                full.source(source(random, size, text, Baht.ZERO, false, year));
            }
            if (random.nextInt(3) == 2) {
                List<Baht> parts = split(total, 1 + random.nextInt(3), random);
                for (Baht part : parts) {
                    full.addFundingSource(source(random, size, text, part, true, year));
                }
            }
            if (!ids.isEmpty() && random.nextBoolean()) {
                BudgetAllocation allocation;
                if (random.nextBoolean()) {
                    allocation = BudgetAllocation.equally(total, ids);
                } else {
                    List<Integer> weights = new ArrayList<>();
                    ids.forEach(id -> weights.add(random.nextInt(1, 50)));
                    allocation = BudgetAllocation.byWeights(total, ids, weights);
                }
                if (random.nextBoolean()) {
                    allocation = BudgetAllocation.builder()
                            .from(allocation)
                            .description(text.next(random, size))
                            .build();
                }
                full.addAllocation(allocation);
            }
            if (random.nextBoolean()) {
                List<FiscalMonth> months = year.months();
                int first = random.nextInt(12);
                int length = 1 + random.nextInt(12 - first);
                List<Baht> parts = split(total, length, random);
                for (int i = 0; i < length; i++) {
                    full.putPlannedDisbursement(months.get(first + i), parts.get(i));
                }
            }
            return full.build();
        };
    }

    /**
     * Budget revisions (การปรับแผน) of a budget: rounds 1, 2, … in order, each a whole budget that adds
     * up, with a reason and a date in the year now and then.
     *
     * @param year       the fiscal year
     * @param networkIds the ids of the project's networks, distinct
     * @return the generator of lists of up to three revisions (none at size 0)
     */
    public static Gen<List<BudgetRevision>> revisions(FiscalYear year, List<String> networkIds) {
        Objects.requireNonNull(year, "year");
        Gen<Budget> budgets = budgets(year, networkIds);
        Gen<String> text = TextGens.text();
        return (random, size) -> {
            List<BudgetRevision> revisions = new ArrayList<>();
            int count = random.nextInt(Gen.scaled(3, size) + 1);
            int round = 0;
            for (int i = 0; i < count; i++) {
                round += 1 + (random.nextInt(4) == 3 ? 1 : 0);
                BudgetRevision.Builder r = BudgetRevision.builder().round(round).budget(budgets.next(random, size));
                if (random.nextBoolean()) {
                    r.reason(text.next(random, size));
                }
                if (random.nextBoolean()) {
                    r.date(TimeGens.datesIn(year).next(random, size));
                }
                revisions.add(r.build());
            }
            return List.copyOf(revisions);
        };
    }

    /**
     * Splits an amount into a number of non-negative parts that add up to it exactly.
     *
     * @param total  the amount
     * @param parts  how many parts, at least 1
     * @param random the source of randomness
     * @return the parts
     */
    static List<Baht> split(Baht total, int parts, RandomGenerator random) {
        if (parts == 1) {
            return List.of(total);
        }
        if (random.nextBoolean()) {
            return Allocation.equally(total, parts);
        }
        List<Integer> weights = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            weights.add(random.nextInt(1, 20));
        }
        return Allocation.byWeights(total, weights);
    }

    private static BudgetSource source(
            RandomGenerator random, int size, Gen<String> text, Baht amount, boolean withAmount, FiscalYear year) {
        BudgetSource.Builder s = BudgetSource.builder().kind(SOURCE_KINDS.get(random.nextInt(SOURCE_KINDS.size())));
        if (random.nextBoolean()) {
            s.text(text.next(random, size));
        }
        if (withAmount) {
            s.amount(amount);
        }
        if (random.nextBoolean()) {
            s.fiscalYear(year);
        }
        return s.build();
    }
}
