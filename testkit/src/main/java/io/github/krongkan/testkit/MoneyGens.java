package io.github.krongkan.testkit;

import io.github.krongkan.money.Baht;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Generators of {@link Baht} amounts. Magnitudes grow with size, up to the full range of
 * ±{@link Baht#MAX_ABSOLUTE} at {@link Gen#MAX_SIZE}; edge cases are zero, ±1 satang, the limits,
 * and round amounts plus or minus one satang (89,999.99 and 90,000.01).
 */
public final class MoneyGens {
    private static final long MAX_SATANG = Baht.MAX_ABSOLUTE.satang();

    private MoneyGens() {}

    /**
     * Amounts of either sign (negative about a quarter of the time).
     *
     * @return the generator
     */
    public static Gen<Baht> baht() {
        return (random, size) -> {
            Baht amount =
                    random.nextDouble() < Gen.EDGE_CASE_RATE ? edge(random) : Baht.ofSatang(magnitude(random, size));
            return random.nextInt(4) == 0 ? amount.negated() : amount;
        };
    }

    /**
     * Amounts of zero or more.
     *
     * @return the generator
     */
    public static Gen<Baht> nonNegativeBaht() {
        return baht().map(Baht::abs);
    }

    /**
     * Amounts from {@code min} to {@code max}, both included; the ends and one satang inside them
     * are edge cases.
     *
     * @param min the smallest amount
     * @param max the largest amount, at least {@code min}
     * @return the generator
     * @throws IllegalArgumentException if {@code max} is below {@code min}
     */
    public static Gen<Baht> bahtBetween(Baht min, Baht max) {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (max.isLessThan(min)) {
            throw new IllegalArgumentException("max " + max + " is below min " + min);
        }
        long lo = min.satang();
        long hi = max.satang();
        return (random, size) -> {
            if (random.nextDouble() < Gen.EDGE_CASE_RATE) {
                long[] edges = {lo, hi, Math.min(hi, lo + 1), Math.max(lo, hi - 1)};
                return Baht.ofSatang(edges[random.nextInt(edges.length)]);
            }
            return Baht.ofSatang(random.nextLong(lo, hi + 1));
        };
    }

    private static long magnitude(RandomGenerator random, int size) {
        int digits = 1 + random.nextInt(Gen.scaled(17, size) + 1);
        long bound = 1;
        for (int i = 0; i < Math.min(digits, 17); i++) {
            bound *= 10;
        }
        return random.nextLong(0, Math.min(bound, MAX_SATANG) + 1);
    }

    private static Baht edge(RandomGenerator random) {
        return switch (random.nextInt(5)) {
            case 0 -> Baht.ZERO;
            case 1 -> Baht.ofSatang(1);
            case 2 -> Baht.MAX_ABSOLUTE;
            default -> {
                long round = 1;
                for (int k = random.nextInt(1, 12); k > 0; k--) {
                    round *= 10;
                }
                yield Baht.ofBaht(round).plus(Baht.ofSatang(random.nextBoolean() ? 1 : -1));
            }
        };
    }
}
