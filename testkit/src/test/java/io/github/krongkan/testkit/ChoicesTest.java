package io.github.krongkan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.project.Project;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ChoicesTest {
    @Test
    void recordingOverASplittableRandomGivesTheSampleOfTheSameSeed() {
        for (long seed = 0; seed < 20; seed++) {
            int size = (int) (seed * 5);
            Choices choices = Choices.recording(new SplittableRandom(seed));
            Project recorded = ProjectGens.projects().next(choices, size);
            assertThat(recorded).isEqualTo(ProjectGens.projects().sample(seed, size));
            assertThat(ProjectGens.projects().next(Choices.replaying(choices.choices()), size))
                    .isEqualTo(recorded);
            assertThat(choices.count()).isEqualTo(choices.choices().length);
        }
    }

    @Test
    void everyKindOfDrawReplaysWhatItRecorded() {
        Gen<List<Object>> everything = (random, size) -> {
            byte[] bytes = new byte[3];
            random.nextBytes(bytes);
            return List.of(
                    random.nextInt(),
                    random.nextLong(),
                    random.nextInt(7),
                    random.nextInt(-5, 5),
                    random.nextLong(1_000_000_000_000L),
                    random.nextLong(Long.MIN_VALUE, Long.MAX_VALUE),
                    random.nextBoolean(),
                    random.nextDouble(),
                    random.nextFloat(),
                    random.nextDouble(-2.5, 7.25),
                    random.nextDouble(3.0),
                    random.nextFloat(-1f, 1f),
                    random.nextGaussian(),
                    random.nextExponential(),
                    List.of(bytes[0], bytes[1], bytes[2]));
        };
        for (long seed = 0; seed < 200; seed++) {
            Choices choices = Choices.recording(new SplittableRandom(seed));
            List<Object> recorded = everything.next(choices, 10);
            assertThat(recorded).isEqualTo(everything.sample(seed, 10));
            assertThat(everything.next(Choices.replaying(choices.choices()), 10))
                    .isEqualTo(recorded);
        }
    }

    @Test
    void choiceZeroIsTheSimplestValue() {
        Choices zeros = Choices.replaying();
        assertThat(zeros.nextInt()).isZero();
        assertThat(zeros.nextLong()).isZero();
        assertThat(zeros.nextInt(7)).isZero();
        assertThat(zeros.nextInt(-5, 5)).isEqualTo(-5);
        assertThat(zeros.nextLong(10, 20)).isEqualTo(10);
        assertThat(zeros.nextBoolean()).isFalse();
        assertThat(zeros.nextDouble(-2.5, 7.25)).isEqualTo(-2.5);
        assertThat(zeros.nextGaussian()).isZero();
        assertThat(zeros.nextExponential()).isZero();
        // a bare nextDouble() is a probability: its simplest value answers no to every edge-case test
        assertThat(zeros.nextDouble()).isEqualTo(Math.nextDown(1.0));
        assertThat(zeros.nextFloat()).isEqualTo(Math.nextDown(1.0f));
        byte[] bytes = {1, 2};
        zeros.nextBytes(bytes);
        assertThat(bytes).containsExactly(0, 0);
        assertThat(zeros.choices()).hasSize(13).containsOnly(0L);
    }

    @Test
    void theSimplestValuesOfTheGeneratorsAvoidEdgeCasesAndAreSmall() {
        Choices zeros = Choices.replaying();
        assertThat(Gen.ints(3, 9).list(10).next(zeros, Gen.MAX_SIZE)).isEmpty();
        assertThat(TextGens.text().next(Choices.replaying(), Gen.MAX_SIZE)).isEqualTo("พัฒนาคุณภาพ");
        assertThat(Gen.ints(0, 9).withEdgeCases(List.of(100)).next(Choices.replaying(), 50))
                .isZero();
    }

    @Test
    void zigZagOrderPutsSmallMagnitudesFirst() {
        assertThat(Choices.replaying(0, 1, 2, 3, 4).longs(5)).containsExactly(0L, -1L, 1L, -2L, 2L);
        assertThat(Choices.replaying(-1L).nextLong()).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void aChoiceBeyondADrawsRangeIsClampedAndRecordedClamped() {
        Choices choices = Choices.replaying(99, 5, 1);
        assertThat(choices.nextInt(3)).isEqualTo(2);
        assertThat(choices.nextBoolean()).isTrue();
        assertThat(choices.nextInt(10, 12)).isEqualTo(11);
        assertThat(choices.choices()).containsExactly(2, 1, 1);
    }

    @Test
    void tooManyChoicesStopARunawayGenerator() {
        Choices choices = Choices.replaying(new long[0], 100);
        assertThatThrownBy(() -> {
                    while (!choices.nextBoolean()) {
                        // a loop that never ends on its simplest choice
                    }
                })
                .isInstanceOf(TooManyChoicesException.class)
                .hasMessageContaining("more than 100 random choices");
        assertThat(choices.count()).isEqualTo(100);
        assertThatThrownBy(() -> Choices.replaying(new long[0], 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void badBoundsAreRefusedAsByEveryRandomGenerator() {
        Choices choices = Choices.replaying();
        assertThatThrownBy(() -> choices.nextInt(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> choices.nextLong(5, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> choices.nextDouble(1.0, 0.0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(choices.count()).isZero();
    }
}
