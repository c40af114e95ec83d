package io.github.krongkan.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Properties of {@link SizeScheme}: every positive enrolment falls in exactly one class. */
class SizeSchemePropertiesTest {

    /** Enrolments that hit the presets' boundaries often (7 in 10), and everything else sometimes. */
    private static Gen<Integer> enrolments() {
        Gen<Integer> small = Gen.ints(1, 3_000);
        Gen<Integer> any = Gen.ints(1, Integer.MAX_VALUE);
        return (random, size) -> random.nextInt(100) < 70 ? small.next(random, size) : any.next(random, size);
    }

    /** Random user schemes: 1 to 8 classes cut at distinct upper bounds. */
    private static Gen<SizeScheme> randomSchemes() {
        Gen<Integer> bound = Gen.ints(1, 5_000);
        return (random, size) -> {
            TreeSet<Integer> cuts = new TreeSet<>();
            for (int n = random.nextInt(0, 8); n > 0; n--) {
                cuts.add(bound.next(random, size));
            }
            List<SizeClass> classes = new ArrayList<>();
            int start = 1;
            int i = 0;
            for (int cut : cuts) {
                if (cut < start) {
                    continue;
                }
                classes.add(SizeClass.of("c" + i, "ข" + i, start, cut));
                start = cut + 1;
                i++;
            }
            classes.add(SizeClass.atLeast("c" + i, "ข" + i, start));
            return SizeScheme.of("random", classes);
        };
    }

    /** A scheme and an enrolment to place in it. */
    private record Case(SizeScheme scheme, int enrolment) {}

    @Test
    void presetsPartitionEveryPositiveEnrolment() {
        Property.forAll(enrolments()).examples(1000).check(enrolment -> {
            for (SizeScheme scheme : List.of(SizeScheme.OBEC_PRIMARY_4, SizeScheme.OBEC_SECONDARY_4)) {
                assertExactlyOneClass(scheme, enrolment);
            }
        });
    }

    @Test
    void userSchemesPartitionEveryPositiveEnrolment() {
        Gen<Case> cases = (random, size) ->
                new Case(randomSchemes().next(random, size), enrolments().next(random, size));
        Property.forAll(cases).examples(1000).check(c -> assertExactlyOneClass(c.scheme(), c.enrolment()));
    }

    private static void assertExactlyOneClass(SizeScheme scheme, int enrolment) {
        List<SizeClass> containing =
                scheme.classes().stream().filter(c -> c.contains(enrolment)).toList();
        assertThat(containing)
                .as("classes of %s containing %d", scheme.name(), enrolment)
                .hasSize(1);
        assertThat(scheme.classOf(enrolment)).isEqualTo(Optional.of(containing.get(0)));
    }
}
