package io.github.krongkan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GenTest {
    @Test
    void samplesAreDeterministicPerSeedAndRiseInSize() {
        Gen<List<Integer>> lists = Gen.ints(0, 9).list(50);
        assertThat(lists.samples(7, 20)).isEqualTo(lists.samples(7, 20));
        assertThat(lists.sample(7)).isEqualTo(lists.sample(7, Gen.DEFAULT_SIZE));
        List<List<Integer>> samples = lists.samples(7, 101);
        assertThat(samples.get(0)).isEmpty();
        assertThat(samples).anySatisfy(l -> assertThat(l.size()).isGreaterThan(20));
        assertThat(lists.samples(7, 0)).isEmpty();
        assertThat(lists.samples(7, 1)).hasSize(1);
        assertThatThrownBy(() -> lists.samples(7, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** A list drawn at a size, and the size, which may lie outside 0 to {@link Gen#MAX_SIZE}. */
    private record SizedList(int size, List<Integer> list) {}

    @Test
    void listLengthsAreBoundedBySizeAndSometimesEmpty() {
        Gen<Integer> sizes = Gen.ints(-5, 150);
        Gen<List<Integer>> lists = Gen.ints(1, 3).list(10);
        Gen<SizedList> sizedLists = (random, runnerSize) -> {
            int size = sizes.next(random, runnerSize);
            return new SizedList(size, lists.next(random, size));
        };
        Property.forAll(sizedLists).examples(1000).check(sized -> {
            assertThat(sized.list().size()).isLessThanOrEqualTo(Gen.scaled(10, sized.size()));
            assertThat(sized.list()).allMatch(i -> i >= 1 && i <= 3);
        });
        long empties = Gen.ints(1, 3).list(10).samples(1, 1000).stream()
                .filter(List::isEmpty)
                .count();
        assertThat(empties).isBetween(50L, 400L);
    }

    @Test
    void combinators() {
        Gen<Integer> dice = (random, size) -> random.nextInt(1, 7);
        assertThat(dice.map(i -> i * 2).samples(3, 200)).allMatch(i -> i % 2 == 0 && i >= 2 && i <= 12);
        Gen<List<Integer>> dependent =
                Gen.ints(0, 5).flatMap(n -> (random, size) -> java.util.Collections.nCopies(n, n));
        assertThat(dependent.samples(3, 200)).allMatch(l -> l.stream().allMatch(i -> i == l.size()));
        assertThat(Gen.constant("x").sample(1)).isEqualTo("x");
        assertThat(Gen.oneOf("a", "b").samples(1, 100)).containsOnly("a", "b");
        assertThat(Gen.anyOf(List.of(Gen.constant(1), Gen.constant(2))).samples(1, 100))
                .containsOnly(1, 2);
        assertThat(Gen.enums(java.time.DayOfWeek.class).samples(1, 500))
                .hasSize(500)
                .containsAll(List.of(java.time.DayOfWeek.values()));
        assertThat(Gen.booleans().samples(1, 100)).contains(true, false);
        List<Optional<Integer>> optionals = dice.optional().samples(1, 100);
        assertThat(optionals).contains(Optional.empty()).anyMatch(Optional::isPresent);
        assertThat(dice.withEdgeCases(1.0, List.of(99)).samples(1, 20)).containsOnly(99);
        assertThat(dice.withEdgeCases(0.0, List.of(99)).samples(1, 20)).doesNotContain(99);
        assertThat(dice.withEdgeCases(List.of()).sample(5)).isEqualTo(dice.sample(5));
        assertThatThrownBy(() -> dice.withEdgeCases(1.5, List.of(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Gen.oneOf(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Gen.ints(2, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void integerRangesIncludeBothEnds() {
        assertThat(Gen.ints(-1, 1).samples(1, 200)).containsOnly(-1, 0, 1).contains(-1, 1);
        assertThat(Gen.longs(Long.MAX_VALUE - 1, Long.MAX_VALUE).samples(1, 200))
                .containsOnly(Long.MAX_VALUE - 1, Long.MAX_VALUE)
                .contains(Long.MAX_VALUE);
        assertThat(Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE).sample(1)).isNotNull();
        assertThat(Gen.ints(Integer.MAX_VALUE, Integer.MAX_VALUE).sample(1)).isEqualTo(Integer.MAX_VALUE);
        assertThat(Gen.scaled(10, 0)).isZero();
        assertThat(Gen.scaled(10, 100)).isEqualTo(10);
        assertThat(Gen.scaled(10, 1000)).isEqualTo(10);
        assertThat(Gen.scaled(10, 1)).isEqualTo(1);
    }
}
