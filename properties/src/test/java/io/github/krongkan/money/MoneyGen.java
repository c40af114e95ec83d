package io.github.krongkan.money;

import io.github.krongkan.testkit.Gen;
import java.util.List;

/** Generators of amounts for the property tests, on the testkit's shrinking generators. */
final class MoneyGen {
    static final long MAX_SATANG = Baht.MAX_ABSOLUTE.satang();

    private MoneyGen() {}

    /**
     * Amounts in satang over the whole range, mixing uniform values with values built digit by digit
     * where 0 and 1 are frequent (so that เอ็ด, empty groups and repeated ล้าน come up often), small
     * amounts and edge cases. Every draw shrinks towards 0.
     */
    static Gen<Long> satang() {
        Gen<Long> uniform = aroundZero(MAX_SATANG);
        Gen<Long> small = aroundZero(100_000_000L);
        Gen<Long> sparse = (random, size) -> {
            int length = random.nextInt(1, 18);
            long value = 0;
            for (int i = 0; i < length; i++) {
                int d = random.nextInt(0, 15);
                value = value * 10 + (d >= 12 ? 1 : d >= 10 ? 0 : d);
            }
            return random.nextBoolean() ? -value : value;
        };
        Gen<Long> edges = Gen.oneOf(List.of(
                0L, 1L, -1L, 100L, 101L, MAX_SATANG, -MAX_SATANG, MAX_SATANG - 1, 100_000_100L, 100_000_000_000_000L));
        return Gen.anyOf(List.of(sparse, sparse, sparse, uniform, uniform, small, small, edges));
    }

    /**
     * Whole numbers from {@code -limit} to {@code limit}, drawn as a magnitude and a sign so that they
     * shrink towards 0 (a plain range shrinks towards its lower end).
     */
    private static Gen<Long> aroundZero(long limit) {
        return (random, size) -> {
            long magnitude = random.nextLong(0, limit + 1);
            return random.nextBoolean() ? -magnitude : magnitude;
        };
    }

    /** Amounts over the whole range. */
    static Gen<Baht> bahts() {
        return satang().map(Baht::ofSatang);
    }

    /** Amounts whose sums and differences of two stay within range: |x| up to half the limit. */
    static Gen<Baht> halfRangeBahts() {
        return satang().map(s -> Baht.ofSatang(s / 2));
    }
}
