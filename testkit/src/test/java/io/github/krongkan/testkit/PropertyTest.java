package io.github.krongkan.testkit;

import static io.github.krongkan.testkit.ShrinkerTest.failureOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.project.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class PropertyTest {
    @Test
    void runsTwoHundredExamplesOfRisingSizeAsGenSampleGivesThem() {
        List<Integer> seen = new ArrayList<>();
        PropertyResult result = Property.forAll(Gen.ints(0, 1_000_000)).seed(42).check(seen::add);
        assertThat(result.examples()).isEqualTo(Property.DEFAULT_EXAMPLES);
        assertThat(result.seed()).isEqualTo(42);
        assertThat(result.name()).isEqualTo("PropertyTest.runsTwoHundredExamplesOfRisingSizeAsGenSampleGivesThem");
        SplittableRandom seeds = new SplittableRandom(42);
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            expected.add(Gen.ints(0, 1_000_000).sample(seeds.nextLong(), i * Gen.MAX_SIZE / 199));
        }
        assertThat(seen).isEqualTo(expected);

        List<Integer> sizes = new ArrayList<>();
        Property.forAll((random, size) -> size).examples(11).sizes(10, 20).check(sizes::add);
        assertThat(sizes).containsExactly(10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20);
        sizes.clear();
        Property.forAll((random, size) -> size).examples(3).size(7).check(sizes::add);
        assertThat(sizes).containsExactly(7, 7, 7);
    }

    @Test
    void classificationsAndCollectionsAreCountedOverTheExamples() {
        Gen<List<Integer>> lists = Gen.ints(0, 3).list(5);
        PropertyResult result = Property.forAll(lists)
                .seed(7)
                .examples(500)
                .classify("empty", List::isEmpty)
                .classify("long", l -> l.size() >= 4)
                .collect("length", List::size)
                .collect("elements", l -> l)
                .check(l -> {});
        SplittableRandom seeds = new SplittableRandom(7);
        long empty = 0;
        long withThree = 0;
        for (int i = 0; i < 500; i++) {
            List<Integer> l = lists.sample(seeds.nextLong(), i * Gen.MAX_SIZE / 499);
            empty += l.isEmpty() ? 1 : 0;
            withThree += l.contains(3) ? 1 : 0;
        }
        assertThat(result.count("empty")).isEqualTo(empty).isPositive();
        assertThat(result.classified()).containsOnlyKeys("empty", "long");
        assertThat(result.collected("length").get(0)).isEqualTo(empty);
        assertThat(result.collected("length").values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(500);
        // an element is counted once per example that has it
        assertThat(result.collected("elements").get(3)).isEqualTo(withThree);
        assertThat(result.toString()).contains("empty: " + empty);
        assertThatThrownBy(() -> result.count("nope")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> result.collected("nope")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFailurePrintsTheSeedAndItsReplayReproducesTheCounterexample() {
        String previous = System.getProperty(Property.SEED_PROPERTY);
        try {
            System.clearProperty(Property.SEED_PROPERTY);
            PropertyFailure random =
                    failureOf(() -> Property.forAll(Gen.ints(0, 1000).list(10)).verify(l -> l.size() < 3));
            assertThat(random.getMessage())
                    .contains("seed " + random.seed() + ")")
                    .contains("-Dkrongkan.seed=" + random.seed())
                    .contains("Property PropertyTest.aFailurePrintsTheSeedAndItsReplayReproducesTheCounterexample")
                    .contains("failed on example " + (random.example() + 1) + " of 200");
            assertThat(random.counterexample()).isEqualTo(List.of(0, 0, 0));

            System.setProperty(Property.SEED_PROPERTY, Long.toString(random.seed()));
            PropertyFailure replayed =
                    failureOf(() -> Property.forAll(Gen.ints(0, 1000).list(10)).verify(l -> l.size() < 3));
            assertThat(replayed.seed()).isEqualTo(random.seed());
            assertThat(replayed.example()).isEqualTo(random.example());
            assertThat(replayed.original()).isEqualTo(random.original());
            assertThat(replayed.getMessage()).isEqualTo(random.getMessage());

            // the example alone, as the message gives it
            String sample = random.getMessage().replaceFirst("(?s).*gen\\.sample\\((-?\\d+)L, (\\d+)\\).*", "$1 $2");
            String[] parts = sample.split(" ");
            assertThat(Gen.ints(0, 1000).list(10).sample(Long.parseLong(parts[0]), Integer.parseInt(parts[1])))
                    .isEqualTo(random.original());

            System.setProperty(Property.SEED_PROPERTY, "not a number");
            assertThatThrownBy(() -> Property.forAll(Gen.ints(0, 1)).check(i -> {}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("krongkan.seed");
        } finally {
            if (previous == null) {
                System.clearProperty(Property.SEED_PROPERTY);
            } else {
                System.setProperty(Property.SEED_PROPERTY, previous);
            }
        }
    }

    @Test
    void aFixedSeedWinsAndTheMessageSaysSo() {
        PropertyFailure failure = failureOf(() ->
                Property.forAll(Gen.ints(0, 1000)).named("small ints").seed(5).verify(i -> i < 10));
        assertThat(failure.getMessage())
                .startsWith("Property small ints failed on example")
                .contains("the property has .seed(5L)")
                .contains("Counterexample:\n10\nFailure: the predicate is false");
        assertThat(failure.rendered()).isEqualTo("10");
        assertThat(failure.seed()).isEqualTo(5);
    }

    @Test
    void theFailureOfTheShrunkCounterexampleIsTheCause() {
        PropertyFailure failure =
                failureOf(() -> Property.forAll(Gen.ints(0, 1000)).seed(3).check(i -> {
                    if (i > 20) {
                        throw new IllegalStateException("too many: " + i);
                    }
                }));
        assertThat(failure).isInstanceOf(AssertionError.class);
        assertThat(failure.getCause()).isInstanceOf(IllegalStateException.class).hasMessage("too many: 21");
        assertThat(failure.getMessage()).contains("Failure: java.lang.IllegalStateException: too many: 21");
    }

    @Test
    void aCustomRendererShowsTheCounterexample() {
        PropertyFailure failure = failureOf(() -> Property.forAll(Gen.ints(0, 1000))
                .seed(3)
                .render(i -> "<" + i + " schools>")
                .verify(i -> i < 20));
        assertThat(failure.rendered()).isEqualTo("<20 schools>");
        assertThat(failure.getMessage()).contains("Counterexample:\n<20 schools>\n");
    }

    @Test
    void withoutTheJsonAdapterAProjectIsRenderedByToStringCutAtTheLimit() {
        Project project = ProjectGens.projects().sample(1, Gen.MAX_SIZE);
        assertThat(Property.defaultRender(project)).isEqualTo(project.toString());
        assertThat(Property.defaultRender(42)).isEqualTo("42");
        String text = "ก".repeat(Property.RENDER_LIMIT + 500);
        assertThat(Property.cut(text, Property.RENDER_LIMIT))
                .startsWith("ก".repeat(Property.RENDER_LIMIT))
                .endsWith("… (cut; 4,500 characters in all)");
        assertThat(Property.cut("short", Property.RENDER_LIMIT)).isEqualTo("short");
    }

    @Test
    void aBrokenGeneratorIsReportedWithItsSeedNotShrunk() {
        Gen<Integer> runaway = (random, size) -> {
            int count = 0;
            while (random.nextInt(1000) != 999) {
                count++;
            }
            return count;
        };
        assertThatThrownBy(
                        () -> Property.forAll(runaway).seed(11).maxChoices(50).check(i -> {}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the generator failed on example 1")
                .hasMessageContaining("seed 11")
                .hasCauseInstanceOf(TooManyChoicesException.class);
        Gen<Integer> throwing = (random, size) -> {
            throw new IllegalArgumentException("no");
        };
        assertThatThrownBy(() -> Property.forAll(throwing).seed(1).check(i -> {}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gen.sample(");
    }

    @Test
    void examplesAnAssumptionGivesUpOnAreDiscardedNotFailed() {
        PropertyResult result = Property.forAll(Gen.ints(0, 9))
                .seed(12)
                .classify("seen", i -> true)
                .check(i -> {
                    Assumptions.assumeTrue(i % 2 == 0, "even only");
                    assertThat(i % 2).isZero();
                });
        assertThat(result.discarded()).isPositive().isLessThan(200);
        assertThat(result.count("seen")).isEqualTo(200L - result.discarded());
        assertThat(result.toString()).contains(result.discarded() + " discarded");
    }

    @Test
    void badSettingsAreRefused() {
        Property<Integer> p = Property.forAll(Gen.ints(0, 1));
        assertThatThrownBy(() -> p.examples(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.sizes(5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.size(Gen.MAX_SIZE + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.shrinkSteps(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.maxChoices(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(p.examples(3).check(i -> {}).examples()).isEqualTo(3);
    }
}
