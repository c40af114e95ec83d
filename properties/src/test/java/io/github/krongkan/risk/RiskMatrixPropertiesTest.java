package io.github.krongkan.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** Bands partition the reachable scores, and levels never fall as likelihood or impact rises. */
class RiskMatrixPropertiesTest {
    private static final List<RiskLevel> LEVELS = List.of(
            RiskLevel.LOW,
            RiskLevel.MEDIUM,
            RiskLevel.HIGH,
            RiskLevel.VERY_HIGH,
            RiskLevel.of("extreme", "วิกฤต", "#7f0000", true));

    /** A random valid banded matrix: the reachable scores cut into contiguous groups, bands stretched into the gaps. */
    static RiskMatrix randomBanded(RandomGenerator random) {
        int likelihood = random.nextInt(1, 8);
        int impact = random.nextInt(1, 8);
        RiskScoreRule rule = random.nextBoolean() ? RiskScoreRule.PRODUCT : RiskScoreRule.SUM;
        TreeSet<Integer> reachable = new TreeSet<>();
        for (int l = 1; l <= likelihood; l++) {
            for (int i = 1; i <= impact; i++) {
                reachable.add(rule.score(l, i));
            }
        }
        List<Integer> scores = List.copyOf(reachable);
        int groups = random.nextInt(1, Math.min(LEVELS.size(), scores.size()) + 1);
        TreeSet<Integer> cuts = new TreeSet<>();
        while (cuts.size() < groups - 1) {
            cuts.add(random.nextInt(1, scores.size()));
        }
        List<RiskBand> bands = new ArrayList<>();
        List<Integer> ends = new ArrayList<>(cuts);
        ends.add(scores.size());
        for (int g = 0; g < ends.size(); g++) {
            int to = ends.get(g);
            int min = g == 0
                    ? random.nextInt(1, scores.get(0) + 1)
                    : bands.get(g - 1).maxScore() + 1;
            int lastInGroup = scores.get(to - 1);
            int nextFirst = to < scores.size() ? scores.get(to) : lastInGroup + 5;
            int max = random.nextInt(lastInGroup, nextFirst);
            bands.add(RiskBand.of(LEVELS.get(g), min, max));
        }
        List<RiskBand> shuffled = new ArrayList<>(bands);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            java.util.Collections.swap(shuffled, i, random.nextInt(i + 1));
        }
        return RiskMatrix.banded("random", likelihood, impact, rule, shuffled);
    }

    /** A random valid grid: each cell's rank is at least its lower and left neighbours'. */
    static RiskMatrix randomGrid(RandomGenerator random) {
        int likelihood = random.nextInt(1, 7);
        int impact = random.nextInt(1, 7);
        int levels = random.nextInt(1, LEVELS.size() + 1);
        int[][] rank = new int[likelihood][impact];
        List<List<RiskLevel>> rows = new ArrayList<>();
        for (int l = 0; l < likelihood; l++) {
            List<RiskLevel> row = new ArrayList<>();
            for (int i = 0; i < impact; i++) {
                int floor = Math.max(l > 0 ? rank[l - 1][i] : 0, i > 0 ? rank[l][i - 1] : 0);
                rank[l][i] = Math.min(levels - 1, floor + (random.nextInt(3) == 0 ? 1 : 0));
                row.add(LEVELS.get(rank[l][i]));
            }
            rows.add(row);
        }
        return RiskMatrix.gridded("random grid", LEVELS.subList(0, levels), rows);
    }

    /** A preset now and then, else a random banded matrix or grid. */
    static RiskMatrix randomMatrix(RandomGenerator random) {
        int pick = random.nextInt(5);
        return pick == 0
                ? RiskMatrix.presets().get(random.nextInt(3))
                : pick < 3 ? randomBanded(random) : randomGrid(random);
    }

    private static Gen<RiskMatrix> banded() {
        return (random, size) -> randomBanded(random);
    }

    private static Gen<RiskMatrix> matrices() {
        return (random, size) -> randomMatrix(random);
    }

    /** A square matrix's size and bands in order of their lowest score, which may or may not partition its scores. */
    private record BandSet(int size, List<RiskBand> bands) {}

    private static Gen<BandSet> bandSets() {
        return (random, ignored) -> {
            int size = random.nextInt(1, 6);
            List<RiskBand> bands = new ArrayList<>();
            for (int b = random.nextInt(1, 5); b > 0; b--) {
                int min = random.nextInt(1, size * size + 2);
                bands.add(RiskBand.of(LEVELS.get(bands.size()), min, random.nextInt(min, size * size + 3)));
            }
            bands.sort(java.util.Comparator.comparingInt(RiskBand::minScore));
            return new BandSet(size, List.copyOf(bands));
        };
    }

    /** Square grids of 1 to 3 rows of the first three levels, monotone or not. */
    private static Gen<List<List<RiskLevel>>> grids() {
        return (random, ignored) -> {
            int size = random.nextInt(1, 4);
            List<List<RiskLevel>> rows = new ArrayList<>();
            for (int l = 0; l < size; l++) {
                List<RiskLevel> row = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    row.add(LEVELS.get(random.nextInt(3)));
                }
                rows.add(List.copyOf(row));
            }
            return List.copyOf(rows);
        };
    }

    @Test
    void validBandsPartitionTheReachableScores() {
        Property.forAll(banded()).examples(2000).check(matrix -> {
            for (int score : matrix.reachableScores()) {
                assertThat(matrix.bands().stream()
                                .filter(b -> b.contains(score))
                                .count())
                        .as("bands covering %d in %s", score, matrix.bands())
                        .isEqualTo(1);
            }
            for (RiskBand band : matrix.bands()) {
                assertThat(matrix.reachableScores().stream().anyMatch(band::contains))
                        .isTrue();
            }
            for (int l = 1; l <= matrix.likelihoodLevels(); l++) {
                for (int i = 1; i <= matrix.impactLevels(); i++) {
                    assertThat(matrix.bandOf(matrix.score(l, i)))
                            .map(RiskBand::level)
                            .contains(matrix.level(l, i));
                }
            }
        });
    }

    @Test
    void anyBandSetIsAcceptedExactlyWhenItPartitionsTheReachableScores() {
        Property.forAll(bandSets()).examples(2000).check(c -> {
            int size = c.size();
            List<RiskBand> bands = c.bands();
            List<Integer> reachable = new ArrayList<>(new TreeSet<>(productScores(size)));
            boolean partitions = reachable.stream()
                            .allMatch(s ->
                                    bands.stream().filter(b -> b.contains(s)).count() == 1)
                    && bands.stream().allMatch(b -> reachable.stream().anyMatch(b::contains));
            if (partitions) {
                RiskMatrix matrix = RiskMatrix.banded("x", size, size, bands);
                assertThat(matrix.bands()).isEqualTo(bands);
            } else {
                assertThatThrownBy(() -> RiskMatrix.banded("x", size, size, bands))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageMatching(".*(uncovered|more than once|covers no reachable score).*");
            }
        });
    }

    private static List<Integer> productScores(int size) {
        List<Integer> scores = new ArrayList<>();
        for (int l = 1; l <= size; l++) {
            for (int i = 1; i <= size; i++) {
                scores.add(l * i);
            }
        }
        return scores;
    }

    @Test
    void levelIsMonotoneInLikelihoodAndImpact() {
        Property.forAll(matrices()).examples(2000).check(matrix -> {
            for (int l = 1; l <= matrix.likelihoodLevels(); l++) {
                for (int i = 1; i <= matrix.impactLevels(); i++) {
                    int rank = matrix.rank(matrix.level(l, i));
                    if (l < matrix.likelihoodLevels()) {
                        assertThat(matrix.rank(matrix.level(l + 1, i))).isGreaterThanOrEqualTo(rank);
                    }
                    if (i < matrix.impactLevels()) {
                        assertThat(matrix.rank(matrix.level(l, i + 1))).isGreaterThanOrEqualTo(rank);
                    }
                }
            }
            assertThat(matrix.heatMap()).hasSize(matrix.likelihoodLevels() * matrix.impactLevels());
        });
    }

    @Test
    void anyGridIsAcceptedExactlyWhenItIsMonotone() {
        Property.forAll(grids()).examples(2000).check(rows -> {
            int size = rows.size();
            boolean monotone = true;
            for (int l = 0; l < size; l++) {
                for (int i = 0; i < size; i++) {
                    int rank = LEVELS.indexOf(rows.get(l).get(i));
                    monotone &= l == 0 || LEVELS.indexOf(rows.get(l - 1).get(i)) <= rank;
                    monotone &= i == 0 || LEVELS.indexOf(rows.get(l).get(i - 1)) <= rank;
                }
            }
            if (monotone) {
                assertThat(RiskMatrix.gridded("g", LEVELS.subList(0, 3), rows).level(size, size))
                        .isEqualTo(rows.get(size - 1).get(size - 1));
            } else {
                assertThatThrownBy(() -> RiskMatrix.gridded("g", LEVELS.subList(0, 3), rows))
                        .hasMessageContaining("level falls as the");
            }
        });
    }
}
