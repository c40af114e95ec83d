package io.github.krongkan.testkit;

import io.github.krongkan.risk.Risk;
import io.github.krongkan.risk.RiskBand;
import io.github.krongkan.risk.RiskLevel;
import io.github.krongkan.risk.RiskMatrix;
import io.github.krongkan.risk.RiskRating;
import io.github.krongkan.risk.RiskResponse;
import io.github.krongkan.risk.RiskScoreRule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/**
 * Generators of risk matrices, ratings and risks. Matrices are the presets about half of the time,
 * otherwise random banded matrices (scales of 1 to 7, product or sum, bands cut at random through
 * the reachable scores) or random monotone grids. Ratings fit the matrix they are made for, with
 * its corners (1 × 1 and the largest) as edge cases; a stated level is usually the one the matrix
 * computes, written as documents write it ({@code 2 (น้อย)}), and sometimes one that disagrees.
 */
public final class RiskGens {
    private static final List<RiskLevel> LEVELS = List.of(
            RiskLevel.LOW,
            RiskLevel.MEDIUM,
            RiskLevel.HIGH,
            RiskLevel.VERY_HIGH,
            RiskLevel.of("extreme", "วิกฤต", "#7f0000", true));

    private RiskGens() {}

    /**
     * Valid risk matrices: presets, random banded matrices and random grids.
     *
     * @return the generator
     */
    public static Gen<RiskMatrix> matrices() {
        return (random, size) -> {
            int pick = random.nextInt(6);
            if (pick < 3) {
                return RiskMatrix.presets()
                        .get(random.nextInt(RiskMatrix.presets().size()));
            }
            return pick < 5 ? banded(random) : grid(random);
        };
    }

    /**
     * Ratings on a matrix's scales.
     *
     * @param matrix the matrix the ratings must fit
     * @return the generator
     */
    public static Gen<RiskRating> ratings(RiskMatrix matrix) {
        Objects.requireNonNull(matrix, "matrix");
        return (random, size) -> {
            int likelihood;
            int impact;
            if (random.nextDouble() < Gen.EDGE_CASE_RATE) {
                boolean top = random.nextBoolean();
                likelihood = top ? matrix.likelihoodLevels() : 1;
                impact = top ? matrix.impactLevels() : 1;
            } else {
                likelihood = random.nextInt(1, matrix.likelihoodLevels() + 1);
                impact = random.nextInt(1, matrix.impactLevels() + 1);
            }
            RiskRating.Builder r = RiskRating.builder().likelihood(likelihood).impact(impact);
            switch (random.nextInt(5)) {
                case 0, 1 -> {
                    RiskLevel level = matrix.level(likelihood, impact);
                    r.statedLevel(matrix.score(likelihood, impact) + " ("
                            + (level.otherLabels().isEmpty()
                                    ? level.thaiLabel()
                                    : level.otherLabels().get(0)) + ")");
                }
                case 2 -> {
                    List<RiskLevel> levels = matrix.levels();
                    r.statedLevel(levels.get(random.nextInt(levels.size())).thaiLabel());
                }
                default -> {
                    // no stated level
                }
            }
            return r.build();
        };
    }

    /**
     * Risks whose ratings fit a matrix: each of the inherent, current and residual ratings present
     * or not, a response strategy and text present or not.
     *
     * @param matrix the matrix the ratings must fit
     * @return the generator
     */
    public static Gen<Risk> risks(RiskMatrix matrix) {
        Gen<RiskRating> ratings = ratings(matrix);
        Gen<String> text = TextGens.text();
        return (random, size) -> {
            Risk.Builder r = Risk.builder().description(text.next(random, size));
            if (random.nextInt(3) == 0) {
                r.number(TextGens.itemNumbers().next(random, size));
            }
            if (random.nextInt(5) > 0) {
                r.inherent(ratings.next(random, size));
            }
            if (random.nextInt(3) == 0) {
                r.current(ratings.next(random, size));
            }
            if (random.nextInt(3) == 0) {
                r.residual(ratings.next(random, size));
            }
            if (random.nextBoolean()) {
                RiskResponse[] responses = RiskResponse.values();
                r.response(responses[random.nextInt(responses.length)]);
            }
            if (random.nextBoolean()) {
                r.responseText(text.next(random, size));
            }
            return r.build();
        };
    }

    /**
     * Risks on a matrix of {@link #matrices()}; use {@link #risks(RiskMatrix)} to keep several risks on one matrix.
     *
     * @return the generator
     */
    public static Gen<Risk> risks() {
        return matrices().flatMap(RiskGens::risks);
    }

    private static RiskMatrix banded(RandomGenerator random) {
        int likelihood = random.nextInt(1, 8);
        int impact = random.nextInt(1, 8);
        RiskScoreRule rule = random.nextInt(4) == 0 ? RiskScoreRule.SUM : RiskScoreRule.PRODUCT;
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
        List<Integer> ends = new ArrayList<>(cuts);
        ends.add(scores.size());
        List<RiskBand> bands = new ArrayList<>();
        for (int g = 0; g < ends.size(); g++) {
            int to = ends.get(g);
            int min = g == 0
                    ? random.nextInt(1, scores.get(0) + 1)
                    : bands.get(g - 1).maxScore() + 1;
            int last = scores.get(to - 1);
            int nextFirst = to < scores.size() ? scores.get(to) : last + 5;
            bands.add(RiskBand.of(LEVELS.get(g), min, random.nextInt(last, nextFirst)));
        }
        List<RiskBand> order = new ArrayList<>(bands);
        Collections.shuffle(order, new Random(random.nextLong()));
        String name = likelihood + " × " + impact + " " + rule.name().toLowerCase(java.util.Locale.ROOT) + ", "
                + bands.size() + " bands";
        return RiskMatrix.banded(name, likelihood, impact, rule, order);
    }

    private static RiskMatrix grid(RandomGenerator random) {
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
        return RiskMatrix.gridded(likelihood + " × " + impact + " grid", LEVELS.subList(0, levels), rows);
    }
}
