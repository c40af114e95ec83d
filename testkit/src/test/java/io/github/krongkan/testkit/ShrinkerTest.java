package io.github.krongkan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.money.Baht;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectStatus;
import io.github.krongkan.risk.Risk;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class ShrinkerTest {
    @Test
    void anIntShrinksToTheSmallestThatFails() {
        PropertyFailure failure =
                failureOf(() -> Property.forAll(Gen.ints(0, 1_000_000)).seed(1).verify(i -> i < 137));
        assertThat(failure.counterexample()).isEqualTo(137);
        assertThat((Integer) failure.original()).isGreaterThanOrEqualTo(137);
    }

    @Test
    void aNegativeRangeShrinksTowardsItsOrigin() {
        PropertyFailure failure =
                failureOf(() -> Property.forAll(Gen.ints(-1000, 1000)).seed(2).verify(i -> i < -10));
        // integers shrink towards 0 (Gen.ints), the failing value of the range closest to it
        assertThat(failure.counterexample()).isEqualTo(0);
    }

    @Test
    void aListWhoseSumIsTooLargeShrinksToOneElement() {
        PropertyFailure failure = failureOf(() -> Property.forAll(
                        Gen.ints(0, 1000).list(20))
                .seed(3)
                .verify(list -> list.stream().mapToInt(Integer::intValue).sum() < 100));
        assertThat(failure.counterexample()).isEqualTo(List.of(100));
    }

    @Test
    void aListWithAnElementTooLargeShrinksToThatElementAlone() {
        PropertyFailure failure =
                failureOf(() -> Property.forAll(Gen.ints(0, 1000).list(20))
                        .seed(4)
                        .verify(list -> list.stream().allMatch(i -> i < 500)));
        assertThat(failure.counterexample()).isEqualTo(List.of(500));
    }

    @Test
    void anAmountShrinksToTheRoundAmountAtTheLimit() {
        Baht limit = Baht.ofBaht(1000);
        PropertyFailure failure =
                failureOf(() -> Property.forAll(MoneyGens.baht()).seed(5).verify(b -> b.isLessThan(limit)));
        assertThat(failure.counterexample()).isEqualTo(limit);
    }

    @Test
    void aNegativeAmountShrinksToMinusOneSatang() {
        PropertyFailure failure =
                failureOf(() -> Property.forAll(MoneyGens.baht()).seed(6).verify(b -> !b.isLessThan(Baht.ZERO)));
        assertThat(failure.counterexample()).isEqualTo(Baht.ofSatang(-1));
    }

    @Test
    void projectsWithMoreThanTwoRisksShrinkToThreeBareRisksAndNothingElseOptional() {
        for (long seed : new long[] {17, 18}) {
            PropertyFailure failure = failureOf(() -> Property.forAll(ProjectGens.projects())
                    .seed(seed)
                    .verify(p -> p.risks().size() <= 2));
            Project p = (Project) failure.counterexample();
            assertThat(p.risks()).hasSize(3);
            Project.Builder bare =
                    Project.builder().name(p.name()).fiscalYear(p.fiscalYear()).status(ProjectStatus.DRAFT);
            for (Risk r : p.risks()) {
                bare.addRisk(Risk.builder().description(r.description()).build());
            }
            assertThat(p).isEqualTo(bare.build());
            assertThat(p.name()).isEqualTo("พัฒนาคุณภาพ");
        }
    }

    @Test
    void shrinkingIsDeterministic() {
        Predicate<List<Integer>> sortedDescending = list -> {
            for (int i = 1; i < list.size(); i++) {
                if (list.get(i - 1) < list.get(i)) {
                    return false;
                }
            }
            return true;
        };
        PropertyFailure first = failureOf(
                () -> Property.forAll(Gen.ints(0, 50).list(10)).seed(7).verify(sortedDescending));
        PropertyFailure again = failureOf(
                () -> Property.forAll(Gen.ints(0, 50).list(10)).seed(7).verify(sortedDescending));
        assertThat(again.counterexample()).isEqualTo(first.counterexample()).isEqualTo(List.of(0, 1));
        assertThat(again.getMessage()).isEqualTo(first.getMessage());
    }

    @Test
    void onlyCandidatesFailingTheSameWayAreKept() {
        // below 300 the check throws an IllegalStateException, from 300 an AssertionError
        for (long s = 0; s < 5; s++) {
            long seed = s;
            PropertyFailure failure = failureOf(() -> Property.forAll(Gen.ints(0, 1000))
                    .seed(seed)
                    .check(i -> {
                        if (i >= 300) {
                            throw new AssertionError("too big: " + i);
                        }
                        if (i >= 50) {
                            throw new IllegalStateException("odd: " + i);
                        }
                    }));
            if (failure.getCause() instanceof IllegalStateException) {
                assertThat(failure.counterexample()).isEqualTo(50);
            } else {
                assertThat(failure.getCause()).isInstanceOf(AssertionError.class);
                assertThat(failure.counterexample()).isEqualTo(300);
            }
        }
    }

    @Test
    void aCounterexampleFromAnotherFrameworkShrinksFromItsSeedAndSize() {
        Gen<List<Integer>> lists = Gen.ints(0, 1000).list(20);
        Predicate<List<Integer>> tooLong = list -> list.size() >= 4;
        long seed = 0;
        while (!tooLong.test(lists.sample(seed, 60))) {
            seed++;
        }
        assertThat(Shrinker.shrink(lists, seed, 60, tooLong)).isEqualTo(List.of(0, 0, 0, 0));
        long passing = 0;
        while (tooLong.test(lists.sample(passing, 60))) {
            passing++;
        }
        long notACounterexample = passing;
        assertThatThrownBy(() -> Shrinker.shrink(lists, notACounterexample, 60, tooLong))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a counterexample");
    }

    @Test
    void theShrunkChoicesReplayTheShrunkValue() {
        Gen<List<Integer>> lists = Gen.ints(0, 1000).list(20);
        long[] found = null;
        for (long seed = 0; found == null; seed++) {
            Choices choices = Choices.recording(new java.util.SplittableRandom(seed));
            if (lists.next(choices, 80).size() >= 3) {
                found = choices.choices();
            }
        }
        Shrinker.Shrunk<List<Integer>> shrunk = Shrinker.shrink(lists, 80, found, list -> list.size() >= 3);
        assertThat(shrunk.value()).isEqualTo(List.of(0, 0, 0));
        assertThat(lists.next(Choices.replaying(shrunk.choices()), 80)).isEqualTo(shrunk.value());
        assertThat(shrunk.steps()).isPositive().isLessThanOrEqualTo(Shrinker.DEFAULT_MAX_STEPS);
    }

    @Test
    void aRunawayGeneratorIsStoppedWhileShrinking() {
        // on its simplest choices this generator never stops: shrinking must reject those candidates
        Gen<Integer> falsesBeforeTrue = (random, size) -> {
            int count = 0;
            while (!random.nextBoolean()) {
                count++;
            }
            return count;
        };
        PropertyFailure failure = failureOf(
                () -> Property.forAll(falsesBeforeTrue).seed(8).maxChoices(1000).verify(count -> count < 2));
        assertThat(failure.counterexample()).isEqualTo(2);
    }

    @Test
    void aStepBudgetOfZeroReportsTheOriginal() {
        PropertyFailure failure = failureOf(() ->
                Property.forAll(Gen.ints(0, 1_000_000)).seed(9).shrinkSteps(0).verify(i -> i < 137));
        assertThat(failure.counterexample()).isEqualTo(failure.original());
        assertThat(failure.getMessage()).contains("in 0 steps (the budget");
    }

    @Test
    void shortlexOrdersByLengthThenUnsignedChoices() {
        assertThat(Shrinker.shortlexLess(new long[] {9}, new long[] {0, 0})).isTrue();
        assertThat(Shrinker.shortlexLess(new long[] {0, 1}, new long[] {0, 2})).isTrue();
        assertThat(Shrinker.shortlexLess(new long[] {5}, new long[] {-1L})).isTrue();
        assertThat(Shrinker.shortlexLess(new long[] {1, 2}, new long[] {1, 2})).isFalse();
    }

    @Test
    void aShrunkValueStillFailsAndIsNeverBiggerThanTheOriginal() {
        // a property of the shrinker, run by the runner: lists over a random threshold of their sum
        Gen<long[]> cases = (random, size) -> new long[] {random.nextLong(), random.nextInt(0, 500)};
        Gen<List<Integer>> lists = Gen.ints(0, 100).list(30);
        PropertyResult result = Property.forAll(cases)
                .examples(100)
                .classify("failed", c -> sum(lists.sample(c[0], 80)) >= c[1])
                .check(c -> {
                    Predicate<List<Integer>> fails = l -> sum(l) >= c[1];
                    if (fails.test(lists.sample(c[0], 80))) {
                        List<Integer> shrunk = Shrinker.shrink(lists, c[0], 80, fails);
                        assertThat(fails.test(shrunk)).isTrue();
                        assertThat(shrunk.size())
                                .isLessThanOrEqualTo(lists.sample(c[0], 80).size());
                        assertThat(sum(shrunk)).isLessThan(c[1] + 100);
                    }
                });
        assertThat(result.count("failed")).isPositive();
    }

    private static long sum(List<Integer> list) {
        return list.stream().mapToLong(Integer::longValue).sum();
    }

    static PropertyFailure failureOf(Runnable property) {
        try {
            property.run();
        } catch (PropertyFailure f) {
            return f;
        }
        throw new AssertionError("the property did not fail");
    }
}
