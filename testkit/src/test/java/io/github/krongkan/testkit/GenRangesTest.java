package io.github.krongkan.testkit;

import static io.github.krongkan.testkit.ShrinkerTest.failureOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@link Gen#ints}, {@link Gen#longs}, {@link Gen#list(int, int)} and {@link Gen#zip}: ranges, uniformity, shrinking. */
class GenRangesTest {
    private record Range(long min, long max) {}

    /** Ranges of every shape: positive, negative, across 0, single values, the ends of long. */
    private static Gen<Range> ranges() {
        Gen<Long> ends = Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE)
                .withEdgeCases(
                        0.4,
                        List.of(0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE + 1, Long.MAX_VALUE - 1));
        return Gen.zip(ends, ends, (a, b) -> new Range(Math.min(a, b), Math.max(a, b)));
    }

    @Test
    void everyValueIsInItsRange() {
        Property.forAll(ranges()).examples(2000).check(range -> {
            Gen<Long> longs = Gen.longs(range.min(), range.max());
            for (long value : longs.samples(range.min() ^ range.max(), 20)) {
                assertThat(value).isBetween(range.min(), range.max());
            }
        });
    }

    @Test
    void everyValueOfASmallRangeIsEquallyLikely() {
        Map<Integer, Long> counts = Gen.ints(-3, 5).samples(9, 9_000).stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(counts).hasSize(9);
        assertThat(counts.values()).allSatisfy(c -> assertThat(c).isBetween(800L, 1200L));
        Map<Long, Long> uneven = Gen.longs(-2, 7).samples(10, 10_000).stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(uneven).hasSize(10);
        assertThat(uneven.values()).allSatisfy(c -> assertThat(c).isBetween(850L, 1150L));
    }

    @Test
    void theSimplestDrawIsTheValueClosestToZero() {
        assertThat(Gen.longs(-1000, 1000).next(Choices.replaying(), 10)).isZero();
        assertThat(Gen.longs(-1000, -5).next(Choices.replaying(), 10)).isEqualTo(-5);
        assertThat(Gen.longs(5, 1000).next(Choices.replaying(), 10)).isEqualTo(5);
        assertThat(Gen.ints(Integer.MIN_VALUE, Integer.MAX_VALUE).next(Choices.replaying(), 10))
                .isZero();
        assertThat(Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE).next(Choices.replaying(), 10))
                .isZero();
    }

    @Test
    void integersShrinkTowardsZero() {
        assertThat(failureOf(() ->
                                Property.forAll(Gen.longs(-1000, 1000)).seed(1).verify(x -> Math.abs(x) < 10))
                        .counterexample())
                .isIn(10L, -10L);
        assertThat(failureOf(() -> Property.forAll(Gen.ints(-1000, -5)).seed(2).verify(x -> x < -20))
                        .counterexample())
                .isEqualTo(-5);
        assertThat(failureOf(() -> Property.forAll(Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE))
                                .seed(3)
                                .verify(x -> Math.abs(x) < 1000))
                        .counterexample())
                .isIn(1000L, -1000L);
        assertThat(failureOf(() -> Property.forAll(Gen.ints(-50, 1_000_000))
                                .seed(4)
                                .verify(x -> x > -7 && x < 30))
                        .counterexample())
                .isIn(-7, 30);
    }

    @Test
    void listsBetweenTwoLengthsShrinkToTheShortest() {
        Property.forAll(Gen.ints(0, 9).list(2, 5))
                .check(list -> assertThat(list).hasSizeBetween(2, 5));
        @SuppressWarnings("unchecked")
        List<Integer> shortest = (List<Integer>) failureOf(() ->
                        Property.forAll(Gen.ints(0, 9).list(3, 40)).seed(5).verify(list -> list.size() < 3))
                .counterexample();
        assertThat(shortest).hasSize(3).containsOnly(0);
        assertThat(Gen.ints(0, 9).list(4, 4).sample(6)).hasSize(4);
        assertThatThrownBy(() -> Gen.ints(0, 9).list(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Gen.ints(0, 9).list(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void zipDrawsBothInOrder() {
        Gen<String> pairs = Gen.zip(Gen.ints(0, 9), Gen.oneOf("a", "b"), (n, s) -> n + s);
        assertThat(pairs.samples(7, 300)).allMatch(p -> p.matches("[0-9][ab]"));
        assertThat(pairs.next(Choices.replaying(), 0)).isEqualTo("0a");
        assertThat(failureOf(() -> Property.forAll(pairs).seed(8).verify(p -> !p.endsWith("b")))
                        .counterexample())
                .isEqualTo("0b");
    }
}
