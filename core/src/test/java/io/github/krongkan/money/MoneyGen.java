package io.github.krongkan.money;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of amounts for the property tests. */
final class MoneyGen {
    static final long MAX_SATANG = Baht.MAX_ABSOLUTE.satang();

    private MoneyGen() {}

    /**
     * Amounts in satang over the whole range, mixing uniform values with values built digit by digit
     * where 0 and 1 are frequent (so that เอ็ด, empty groups and repeated ล้าน come up often) and small
     * amounts.
     */
    static Gen<Long> satang() {
        Gen<Long> uniform = longs().between(-MAX_SATANG, MAX_SATANG);
        Gen<Long> small = longs().between(-100_000_000L, 100_000_000L);
        Gen<Long> sparse = lists().of(integers().between(0, 14))
                .ofSizeBetween(1, 17)
                .zip(booleans().all(), (digits, negative) -> {
                    long value = 0;
                    for (int d : digits) {
                        value = value * 10 + (d >= 12 ? 1 : d >= 10 ? 0 : d);
                    }
                    return negative ? -value : value;
                });
        Gen<Long> edges = Generate.pick(java.util.List.of(
                0L, 1L, -1L, 100L, 101L, MAX_SATANG, -MAX_SATANG, MAX_SATANG - 1, 100_000_100L, 100_000_000_000_000L));
        return Generate.frequency(
                org.quicktheories.api.Pair.of(3, sparse),
                org.quicktheories.api.Pair.of(2, uniform),
                org.quicktheories.api.Pair.of(2, small),
                org.quicktheories.api.Pair.of(1, edges));
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
