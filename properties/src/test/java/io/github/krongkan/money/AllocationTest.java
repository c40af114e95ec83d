package io.github.krongkan.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.Property;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllocationTest {
    private static final int EXAMPLES = 1000;

    /** A total and a number of equal shares. */
    private record Equal(Baht total, int n) {}

    /** A total, a number of equal shares and the weight each would have. */
    private record EqualWeights(Baht total, int n, int weight) {}

    /** A total and weights. */
    private record Weighted(Baht total, List<BigDecimal> weights) {}

    /** A total, weights and a factor in hundredths to scale them by. */
    private record Scaled(Baht total, List<BigDecimal> weights, int factor) {}

    /** Weights, where to put a negative one, and the negative one. */
    private record WithNegative(List<BigDecimal> weights, int at, long negative) {}

    private static Gen<Integer> shareCounts() {
        return Gen.ints(1, 300);
    }

    /** Weights as BigDecimal with up to 3 decimals, some zero, at least one positive. */
    private static Gen<List<BigDecimal>> weights() {
        Gen<BigDecimal> weight =
                Gen.longs(0, 5_000_000).map(w -> w % 7 == 0 ? 0 : w).map(w -> BigDecimal.valueOf(w, (int) (w % 4)));
        return (random, size) -> {
            int length = random.nextInt(1, 61);
            List<BigDecimal> ws = new ArrayList<>(length);
            for (int i = 0; i < length; i++) {
                ws.add(weight.next(random, size));
            }
            if (ws.stream().allMatch(w -> w.signum() == 0)) {
                ws.set(0, BigDecimal.ONE);
            }
            return ws;
        };
    }

    /** A total over the whole range and weights. */
    private static Gen<Weighted> weighted(Gen<Baht> totals) {
        Gen<List<BigDecimal>> weights = weights();
        return (random, size) -> new Weighted(totals.next(random, size), weights.next(random, size));
    }

    private static Gen<Equal> equal() {
        Gen<Integer> counts = shareCounts();
        return (random, size) -> new Equal(MoneyGen.bahts().next(random, size), counts.next(random, size));
    }

    @Test
    void splitsTheSeedBudgets() {
        assertThat(Allocation.equally(Baht.ofBaht(200_000), 5))
                .containsExactly(
                        Baht.ofBaht(40_000),
                        Baht.ofBaht(40_000),
                        Baht.ofBaht(40_000),
                        Baht.ofBaht(40_000),
                        Baht.ofBaht(40_000));
        assertThat(Allocation.equally(Baht.ofBaht(360_000), 4))
                .containsOnly(Baht.ofBaht(90_000))
                .hasSize(4);
        assertThat(Allocation.byWeights(Baht.ofBaht(214_650), List.of(40_000, 40_000, 40_000, 40_000, 40_000, 14_650)))
                .containsExactly(
                        Baht.ofBaht(40_000),
                        Baht.ofBaht(40_000),
                        Baht.ofBaht(40_000),
                        Baht.ofBaht(40_000),
                        Baht.ofBaht(40_000),
                        Baht.ofBaht(14_650));
    }

    @Test
    void givesTheLeftOverSatangToTheFirstShares() {
        assertThat(Allocation.equally(Baht.parse("100.00"), 3))
                .containsExactly(Baht.parse("33.34"), Baht.parse("33.33"), Baht.parse("33.33"));
        assertThat(Allocation.equally(Baht.parse("0.05"), 3))
                .containsExactly(Baht.parse("0.02"), Baht.parse("0.02"), Baht.parse("0.01"));
        assertThat(Allocation.equally(Baht.parse("0.01"), 4))
                .containsExactly(Baht.parse("0.01"), Baht.ZERO, Baht.ZERO, Baht.ZERO);
        assertThat(Allocation.byWeights(Baht.parse("100.00"), List.of(1, 1, 1)))
                .containsExactly(Baht.parse("33.34"), Baht.parse("33.33"), Baht.parse("33.33"));
    }

    @Test
    void givesTheLeftOverSatangToTheLargestRemainders() {
        // exact quotients 16.666…, 33.333…, 50.00 → floors 16.66, 33.33, 50.00 and one satang left for
        // the largest remainder (index 0: 0.666… satang against 0.333…)
        assertThat(Allocation.byWeights(Baht.parse("100.00"), List.of(1, 2, 3)))
                .containsExactly(Baht.parse("16.67"), Baht.parse("33.33"), Baht.parse("50.00"));
        // 0.10 by 1, 1, 8: exact 0.0125 → 0.01 +0.25 rem, 0.01 +0.25 rem, 0.08 exact → 0 left over
        assertThat(Allocation.byWeights(Baht.parse("0.10"), List.of(1, 1, 8)))
                .containsExactly(Baht.parse("0.01"), Baht.parse("0.01"), Baht.parse("0.08"));
        // 1.00 by 0.3, 0.3, 0.4 as doubles: read as the decimals 0.3, 0.3, 0.4
        assertThat(Allocation.byWeights(Baht.parse("1.00"), List.of(0.3, 0.3, 0.4)))
                .containsExactly(Baht.parse("0.30"), Baht.parse("0.30"), Baht.parse("0.40"));
        assertThat(Allocation.byWeights(Baht.parse("1.00"), List.of(0.1f, 0.2f, 0.7f)))
                .containsExactly(Baht.parse("0.10"), Baht.parse("0.20"), Baht.parse("0.70"));
    }

    @Test
    void splitsNegativeTotalsSymmetrically() {
        assertThat(Allocation.equally(Baht.parse("-100.00"), 3))
                .containsExactly(Baht.parse("-33.34"), Baht.parse("-33.33"), Baht.parse("-33.33"));
        Property.forAll(weighted(MoneyGen.bahts())).examples(EXAMPLES).check(c -> {
            Baht total = c.total();
            List<BigDecimal> weights = c.weights();
            List<Baht> negated = new ArrayList<>();
            for (Baht share : Allocation.byWeights(total, weights)) {
                negated.add(share.negated());
            }
            assertThat(Allocation.byWeights(total.negated(), weights)).isEqualTo(negated);
        });
    }

    @Test
    void equalSharesAddUpToTheTotal() {
        Property.forAll(equal())
                .examples(EXAMPLES)
                .check(c -> assertThat(Baht.sum(Allocation.equally(c.total(), c.n())))
                        .isEqualTo(c.total()));
    }

    @Test
    void equalSharesAreWithinOneSatangOfEachOtherLargerFirst() {
        Property.forAll(equal()).examples(EXAMPLES).check(c -> {
            Baht total = c.total();
            int n = c.n();
            List<Baht> shares = Allocation.equally(total, n);
            assertThat(shares).hasSize(n);
            long[] abs = shares.stream().mapToLong(s -> Math.abs(s.satang())).toArray();
            long max = Arrays.stream(abs).max().orElseThrow();
            long min = Arrays.stream(abs).min().orElseThrow();
            assertThat(max - min).isLessThanOrEqualTo(1);
            for (int i = 1; i < abs.length; i++) {
                assertThat(abs[i]).isLessThanOrEqualTo(abs[i - 1]);
            }
            assertThat(shares)
                    .allSatisfy(s -> assertThat(s.signum() * total.signum()).isNotNegative());
        });
    }

    @Test
    void equalSharesAreTheWeightedSharesWithEqualWeights() {
        Gen<Integer> counts = shareCounts();
        Gen<Integer> weights = Gen.ints(1, 1000);
        Gen<EqualWeights> cases = (random, size) -> new EqualWeights(
                MoneyGen.bahts().next(random, size), counts.next(random, size), weights.next(random, size));
        Property.forAll(cases)
                .examples(EXAMPLES)
                .check(c -> assertThat(Allocation.equally(c.total(), c.n()))
                        .isEqualTo(Allocation.byWeights(c.total(), java.util.Collections.nCopies(c.n(), c.weight()))));
    }

    @Test
    void weightedSharesAddUpToTheTotal() {
        Property.forAll(weighted(MoneyGen.bahts())).examples(EXAMPLES).check(c -> {
            Baht total = c.total();
            List<BigDecimal> weights = c.weights();
            List<Baht> shares = Allocation.byWeights(total, weights);
            assertThat(shares).hasSize(weights.size());
            assertThat(Baht.sum(shares)).isEqualTo(total);
        });
    }

    @Test
    void eachShareIsWithinOneSatangOfItsExactQuotient() {
        Property.forAll(weighted(MoneyGen.bahts())).examples(EXAMPLES).check(c -> {
            Baht total = c.total();
            List<BigDecimal> weights = c.weights();
            List<Baht> shares = Allocation.byWeights(total, weights);
            BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            for (int i = 0; i < shares.size(); i++) {
                BigDecimal exact = BigDecimal.valueOf(total.satang())
                        .multiply(weights.get(i))
                        .divide(sum, MathContext.DECIMAL128);
                BigDecimal error = BigDecimal.valueOf(shares.get(i).satang())
                        .subtract(exact)
                        .abs();
                assertThat(error).as("share %d of %s by %s", i, total, weights).isLessThan(BigDecimal.ONE);
                if (weights.get(i).signum() == 0) {
                    assertThat(shares.get(i)).isEqualTo(Baht.ZERO);
                }
            }
        });
    }

    @Test
    void sharesFollowTheOrderOfTheirWeights() {
        Property.forAll(weighted(MoneyGen.bahts().map(Baht::abs)))
                .examples(EXAMPLES)
                .check(c -> {
                    List<BigDecimal> weights = c.weights();
                    List<Baht> shares = Allocation.byWeights(c.total(), weights);
                    for (int i = 0; i < weights.size(); i++) {
                        for (int j = 0; j < weights.size(); j++) {
                            int byWeight = weights.get(i).compareTo(weights.get(j));
                            if (byWeight > 0 || byWeight == 0 && i < j) {
                                assertThat(shares.get(i)).isGreaterThanOrEqualTo(shares.get(j));
                            }
                        }
                    }
                });
    }

    @Test
    void scalingTheWeightsChangesNothing() {
        Gen<List<BigDecimal>> weightLists = weights();
        Gen<Integer> factors = Gen.ints(1, 10_000);
        Gen<Scaled> cases = (random, size) -> new Scaled(
                MoneyGen.bahts().next(random, size), weightLists.next(random, size), factors.next(random, size));
        Property.forAll(cases).examples(EXAMPLES).check(c -> {
            Baht total = c.total();
            List<BigDecimal> weights = c.weights();
            List<BigDecimal> scaled = new ArrayList<>();
            for (BigDecimal w : weights) {
                scaled.add(w.multiply(BigDecimal.valueOf(c.factor(), 2)));
            }
            assertThat(Allocation.byWeights(total, scaled)).isEqualTo(Allocation.byWeights(total, weights));
        });
    }

    @Test
    void isDeterministic() {
        Property.forAll(weighted(MoneyGen.bahts())).examples(EXAMPLES).check(c -> {
            Baht total = c.total();
            List<BigDecimal> weights = c.weights();
            assertThat(Allocation.byWeights(total, weights))
                    .isEqualTo(Allocation.byWeights(total, List.copyOf(weights)));
            assertThat(Allocation.equally(total, weights.size())).isEqualTo(Allocation.equally(total, weights.size()));
        });
    }

    @Test
    void acceptsEveryExactKindOfWeight() {
        Baht total = Baht.parse("1000.00");
        List<Baht> expected = Allocation.byWeights(total, List.of(1, 2, 3));
        assertThat(Allocation.byWeights(total, List.of(1L, 2L, 3L))).isEqualTo(expected);
        assertThat(Allocation.byWeights(total, List.of(BigInteger.ONE, BigInteger.TWO, BigInteger.valueOf(3))))
                .isEqualTo(expected);
        assertThat(Allocation.byWeights(
                        total, List.of(new BigDecimal("0.1"), new BigDecimal("0.20"), new BigDecimal("3E-1"))))
                .isEqualTo(expected);
        assertThat(Allocation.byWeights(total, List.of((short) 10, (byte) 20, 30.0)))
                .isEqualTo(expected);
    }

    @Test
    void returnsUnmodifiableLists() {
        assertThatThrownBy(() -> Allocation.equally(Baht.ofBaht(1), 2).set(0, Baht.ZERO))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() ->
                        Allocation.byWeights(Baht.ofBaht(1), List.of(1, 2)).add(Baht.ZERO))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesBadShareCountsAndWeights() {
        Baht total = Baht.ofBaht(100);
        assertThatThrownBy(() -> Allocation.equally(total, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 shares");
        assertThatThrownBy(() -> Allocation.equally(total, -3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-3 shares");
        assertThatThrownBy(() -> Allocation.byWeights(total, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> Allocation.byWeights(total, List.of(0, 0, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("all zero");
        assertThatThrownBy(() -> Allocation.byWeights(total, List.of(1, -2, 3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("index 1")
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> Allocation.byWeights(total, List.of(1.0, Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not finite");
        assertThatThrownBy(() -> Allocation.byWeights(total, List.of(1.0, Double.POSITIVE_INFINITY)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not finite");
        assertThatThrownBy(() -> Allocation.byWeights(total, Arrays.asList(1, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("null");
        assertThatThrownBy(() -> Allocation.byWeights(total, List.of(new BigDecimal("-0.01"), BigDecimal.TEN)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative");
    }

    @Test
    void refusesNegativeWeightsWhereverTheyAre() {
        Gen<List<BigDecimal>> weightLists = weights();
        Gen<Integer> places = Gen.ints(0, 59);
        Gen<Long> negatives = Gen.longs(-1_000_000, -1);
        Gen<WithNegative> cases = (random, size) -> new WithNegative(
                weightLists.next(random, size), places.next(random, size), negatives.next(random, size));
        Property.forAll(cases).examples(EXAMPLES).check(c -> {
            List<Number> withNegative = new ArrayList<>(c.weights());
            int index = c.at() % withNegative.size();
            withNegative.set(index, c.negative());
            assertThatThrownBy(() -> Allocation.byWeights(Baht.ofBaht(1), withNegative))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("index " + index);
        });
    }

    @Test
    void absurdSplitsAreRefusedAtOnce() {
        Baht total = Baht.ofBaht(100);
        assertThatThrownBy(() -> Allocation.equally(total, Integer.MAX_VALUE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 1000000");
        assertThat(Allocation.equally(total, Allocation.MAX_SHARES)).hasSize(Allocation.MAX_SHARES);
        assertThatThrownBy(() -> Allocation.byWeights(total, List.of(new BigDecimal("1E-100000000"), 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("after the decimal point");
        assertThatThrownBy(() -> Allocation.byWeights(total, List.of(new BigDecimal("1E+100000000"), 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before the decimal point");
        assertThatThrownBy(() -> Allocation.byWeights(total, List.of(new BigDecimal("1E-3000000"), 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Allocation.byWeights(total, List.of(1e-300, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        BigDecimal longOne = new BigDecimal("1." + "0".repeat(2000));
        assertThatThrownBy(() -> Allocation.byWeights(total, List.of(longOne, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("digits");
        assertThatThrownBy(
                        () -> Allocation.byWeights(total, java.util.Collections.nCopies(Allocation.MAX_SHARES + 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void weightsAtTheLimitsStillSplitExactly() {
        BigDecimal tiny = BigDecimal.ONE.movePointLeft(Allocation.MAX_WEIGHT_DIGITS);
        BigDecimal huge = BigDecimal.ONE.movePointRight(Allocation.MAX_WEIGHT_DIGITS - 1);
        assertThat(Allocation.byWeights(Baht.ofBaht(100), List.of(tiny, BigDecimal.ONE)))
                .containsExactly(Baht.ZERO, Baht.ofBaht(100));
        assertThat(Allocation.byWeights(Baht.ofBaht(100), List.of(huge, huge)))
                .containsExactly(Baht.ofBaht(50), Baht.ofBaht(50));
        // Trailing zeros do not count against the limit.
        assertThat(Allocation.byWeights(Baht.ofBaht(100), List.of(new BigDecimal("1." + "0".repeat(500)), 1)))
                .containsExactly(Baht.ofBaht(50), Baht.ofBaht(50));
    }
}
