package io.github.krongkan.risk;

import io.github.krongkan.internal.Require;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * A risk matrix: a likelihood scale and an impact scale (1 to 5 each by default), a score rule
 * (likelihood × impact by default) and the {@link RiskLevel levels} scores fall into, lowest first.
 *
 * <p><b>Bands or a grid.</b> A matrix gives levels in one of two ways:
 * <ul>
 *   <li>{@link #bands() bands} of scores, e.g. 1–3 low, 4–6 medium, 8–12 high, 15–25 very high.
 *       Construction checks that every <em>reachable</em> score (on a 5 × 5 product matrix only 1,
 *       2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20 and 25 occur) lies in exactly one band, that every
 *       band holds a reachable score, and that levels rise with the score;</li>
 *   <li>an explicit {@link #gridCells() grid} of likelihood × impact → level, as some agencies
 *       publish it. Construction checks its size and that the level never falls as the likelihood or
 *       the impact rises.</li>
 * </ul>
 * Either way the level of a cell never falls when the likelihood or the impact rises.
 *
 * <p><b>Presets.</b> {@link #DEFAULT} ({@link #FIVE_BY_FIVE}: 1–3 / 4–6 / 8–12 / 15–25),
 * {@link #FIVE_BY_FIVE_WIDE_LOW} (1–4 / 5–9 / 10–16 / 17–25) and {@link #FOUR_BY_FOUR}
 * (1–2 / 3–4 / 5–8 / 9–16), all with the levels {@link RiskLevel#LOW}, {@link RiskLevel#MEDIUM},
 * {@link RiskLevel#HIGH} and {@link RiskLevel#VERY_HIGH} (green, yellow, orange, red). Define your
 * own with {@link #banded(String, int, int, List)}, {@link #gridded(String, List, List)} or
 * {@link #builder()}.
 *
 * <pre>{@code
 * RiskCell cell = RiskMatrix.DEFAULT.cell(2, 1);   // 2 × 1 = 2 low (ต่ำ), green
 * }</pre>
 */
@Value.Immutable
public abstract class RiskMatrix {
    /** The largest number of levels of a scale. */
    public static final int MAX_SCALE = 10;

    /** 5 × 5, product, bands 1–3 low, 4–6 medium, 8–12 high, 15–25 very high: the default. */
    public static final RiskMatrix FIVE_BY_FIVE = square(5, 1, 3, 4, 6, 8, 12, 15, 25);

    /** 5 × 5, product, bands 1–4 low, 5–9 medium, 10–16 high, 17–25 very high. */
    public static final RiskMatrix FIVE_BY_FIVE_WIDE_LOW = square(5, 1, 4, 5, 9, 10, 16, 17, 25);

    /** 4 × 4, product, bands 1–2 low, 3–4 medium, 5–8 high, 9–16 very high. */
    public static final RiskMatrix FOUR_BY_FOUR = square(4, 1, 2, 3, 4, 5, 8, 9, 16);

    /** The matrix a project uses when it names none: {@link #FIVE_BY_FIVE}. */
    public static final RiskMatrix DEFAULT = FIVE_BY_FIVE;

    RiskMatrix() {}

    /**
     * A preset: a square product matrix with the four levels low to very high banded by score, named
     * after its size and bands, e.g. {@code 5 × 5, 1–3 / 4–6 / 8–12 / 15–25}.
     *
     * @param size the levels of likelihood and of impact
     * @param bounds the lowest and highest score of each level, low first
     */
    private static RiskMatrix square(int size, int... bounds) {
        List<RiskLevel> levels = List.of(RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH, RiskLevel.VERY_HIGH);
        List<RiskBand> bands = new ArrayList<>();
        StringJoiner name = new StringJoiner(" / ", size + " × " + size + ", ", "");
        for (int i = 0; i < levels.size(); i++) {
            bands.add(RiskBand.of(levels.get(i), bounds[2 * i], bounds[2 * i + 1]));
            name.add(bounds[2 * i] + "–" + bounds[2 * i + 1]);
        }
        return banded(name.toString(), size, size, bands);
    }

    /**
     * The matrix's name, e.g. {@code 5 × 5, 1–3 / 4–6 / 8–12 / 15–25}.
     *
     * @return the name, not blank
     */
    public abstract String name();

    /**
     * The number of likelihood levels (โอกาสที่จะเกิด): likelihoods run from 1 to this.
     *
     * @return 1 to {@value #MAX_SCALE}; 5 unless set
     */
    @Value.Default
    public int likelihoodLevels() {
        return 5;
    }

    /**
     * The number of impact levels (ผลกระทบ): impacts run from 1 to this.
     *
     * @return 1 to {@value #MAX_SCALE}; 5 unless set
     */
    @Value.Default
    public int impactLevels() {
        return 5;
    }

    /**
     * How a likelihood and an impact make a score.
     *
     * @return the score rule; {@link RiskScoreRule#PRODUCT} unless set
     */
    @Value.Default
    public RiskScoreRule scoreRule() {
        return RiskScoreRule.PRODUCT;
    }

    /**
     * The levels, lowest first; a level's position is its rank.
     *
     * @return the levels, never empty, with distinct labels
     */
    public abstract List<RiskLevel> levels();

    /**
     * The bands of scores, for a banded matrix; empty for a grid.
     *
     * @return the bands, in the order given
     */
    public abstract List<RiskBand> bands();

    /**
     * The grid, for a gridded matrix; empty for a banded one. Row by row: likelihood 1 with impacts 1
     * to {@link #impactLevels()}, then likelihood 2, and so on; {@link #gridRow(int)} gives one row.
     *
     * @return the grid's levels, {@code likelihoodLevels() × impactLevels()} of them, or none
     */
    public abstract List<RiskLevel> gridCells();

    /**
     * A banded matrix, its levels taken from the bands in order of score.
     *
     * @param name             the matrix's name
     * @param likelihoodLevels the number of likelihood levels
     * @param impactLevels     the number of impact levels
     * @param bands            the bands; with the product rule
     * @return the matrix
     * @throws IllegalArgumentException if the bands leave a reachable score uncovered, cover one twice,
     *                                  cover none, or fall as the score rises
     */
    public static RiskMatrix banded(String name, int likelihoodLevels, int impactLevels, List<RiskBand> bands) {
        return banded(name, likelihoodLevels, impactLevels, RiskScoreRule.PRODUCT, bands);
    }

    /**
     * A banded matrix with a score rule, its levels taken from the bands in order of score.
     *
     * @param name             the matrix's name
     * @param likelihoodLevels the number of likelihood levels
     * @param impactLevels     the number of impact levels
     * @param scoreRule        how scores are made
     * @param bands            the bands
     * @return the matrix
     * @throws IllegalArgumentException if the bands leave a reachable score uncovered, cover one twice,
     *                                  cover none, or fall as the score rises
     */
    public static RiskMatrix banded(
            String name, int likelihoodLevels, int impactLevels, RiskScoreRule scoreRule, List<RiskBand> bands) {
        List<RiskBand> byScore = new ArrayList<>(bands);
        byScore.sort(java.util.Comparator.comparingInt(RiskBand::minScore));
        List<RiskLevel> levels = new ArrayList<>();
        for (RiskBand band : byScore) {
            if (!levels.contains(band.level())) {
                levels.add(band.level());
            }
        }
        return builder()
                .name(name)
                .likelihoodLevels(likelihoodLevels)
                .impactLevels(impactLevels)
                .scoreRule(scoreRule)
                .levels(levels)
                .bands(bands)
                .build();
    }

    /**
     * A gridded matrix: the level of every likelihood × impact cell given explicitly.
     *
     * @param name   the matrix's name
     * @param levels the levels, lowest first
     * @param rows   one row per likelihood from 1 up, each with one level per impact from 1 up
     * @return the matrix; its scales are the grid's size, its score rule the product
     * @throws IllegalArgumentException if the rows differ in length, a cell's level is not among the
     *                                  levels, or the level falls as the likelihood or impact rises
     */
    public static RiskMatrix gridded(String name, List<RiskLevel> levels, List<List<RiskLevel>> rows) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(levels, "levels");
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("RiskMatrix grid must have at least one row (matrix " + name + ")");
        }
        int width = rows.get(0).size();
        List<RiskLevel> cells = new ArrayList<>();
        for (int l = 0; l < rows.size(); l++) {
            if (rows.get(l).size() != width) {
                throw new IllegalArgumentException("RiskMatrix grid row for likelihood " + (l + 1) + " has "
                        + rows.get(l).size() + " cells but the first row has " + width + " (matrix " + name + ")");
            }
            cells.addAll(rows.get(l));
        }
        return builder()
                .name(name)
                .likelihoodLevels(rows.size())
                .impactLevels(width)
                .levels(levels)
                .gridCells(cells)
                .build();
    }

    /**
     * The preset matrices: {@link #FIVE_BY_FIVE}, {@link #FIVE_BY_FIVE_WIDE_LOW}, {@link #FOUR_BY_FOUR}.
     *
     * @return the presets
     */
    public static List<RiskMatrix> presets() {
        return List.of(FIVE_BY_FIVE, FIVE_BY_FIVE_WIDE_LOW, FOUR_BY_FOUR);
    }

    /**
     * Whether the matrix gives levels by an explicit grid rather than by bands.
     *
     * @return {@code true} for a grid
     */
    public boolean isGrid() {
        return !gridCells().isEmpty();
    }

    /**
     * The score of a likelihood and an impact.
     *
     * @param likelihood 1 to {@link #likelihoodLevels()}
     * @param impact     1 to {@link #impactLevels()}
     * @return the score by {@link #scoreRule()}
     * @throws IllegalArgumentException if the likelihood or impact is outside its scale
     */
    public int score(int likelihood, int impact) {
        requireOnScales(likelihood, impact);
        return scoreRule().score(likelihood, impact);
    }

    /**
     * The level of a likelihood and an impact.
     *
     * @param likelihood 1 to {@link #likelihoodLevels()}
     * @param impact     1 to {@link #impactLevels()}
     * @return the level
     * @throws IllegalArgumentException if the likelihood or impact is outside its scale
     */
    public RiskLevel level(int likelihood, int impact) {
        requireOnScales(likelihood, impact);
        if (isGrid()) {
            return gridCells().get((likelihood - 1) * impactLevels() + impact - 1);
        }
        int score = scoreRule().score(likelihood, impact);
        return bandOf(score).orElseThrow().level();
    }

    /**
     * The cell of a likelihood and an impact: score, level, colour.
     *
     * @param likelihood 1 to {@link #likelihoodLevels()}
     * @param impact     1 to {@link #impactLevels()}
     * @return the cell
     * @throws IllegalArgumentException if the likelihood or impact is outside its scale
     */
    public RiskCell cell(int likelihood, int impact) {
        return new RiskCell(likelihood, impact, score(likelihood, impact), level(likelihood, impact));
    }

    /**
     * The cell of a rating.
     *
     * @param rating a rating
     * @return the cell
     * @throws IllegalArgumentException if the rating is beyond the matrix's scales
     */
    public RiskCell cell(RiskRating rating) {
        return cell(rating.likelihood(), rating.impact());
    }

    /**
     * Whether a rating lies on this matrix's scales.
     *
     * @param rating a rating
     * @return {@code true} if its likelihood and impact are within the scales
     */
    public boolean fits(RiskRating rating) {
        return rating.likelihood() <= likelihoodLevels() && rating.impact() <= impactLevels();
    }

    /**
     * The band a score falls in, for a banded matrix.
     *
     * @param score a score
     * @return the one band containing it; empty for an unreachable score outside every band, and for a grid
     */
    public Optional<RiskBand> bandOf(int score) {
        return bands().stream().filter(b -> b.contains(score)).findFirst();
    }

    /**
     * The rank of a level: its position in {@link #levels()}, 0 for the lowest.
     *
     * @param level a level of this matrix
     * @return the rank
     * @throws IllegalArgumentException if the level is not one of this matrix's
     */
    public int rank(RiskLevel level) {
        int rank = levels().indexOf(level);
        if (rank < 0) {
            throw new IllegalArgumentException(
                    "The level " + level.englishLabel() + " is not a level of the risk matrix " + name());
        }
        return rank;
    }

    /**
     * The level with a label, as a document writes it.
     *
     * @param label an English (any case), Thai or other label
     * @return the first level so labelled, if any
     */
    public Optional<RiskLevel> levelLabelled(String label) {
        return levels().stream().filter(l -> l.isLabelled(label)).findFirst();
    }

    /**
     * Every score a likelihood and an impact on the scales can make, ascending.
     *
     * @return the reachable scores; for the 5 × 5 product 1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25
     */
    public List<Integer> reachableScores() {
        return List.copyOf(reachable().keySet());
    }

    /**
     * One row of the grid.
     *
     * @param likelihood 1 to {@link #likelihoodLevels()}
     * @return the levels of impacts 1 to {@link #impactLevels()}
     * @throws IllegalArgumentException if the likelihood is outside its scale
     * @throws IllegalStateException    if the matrix is banded
     */
    public List<RiskLevel> gridRow(int likelihood) {
        requireOnScales(likelihood, 1);
        if (!isGrid()) {
            throw new IllegalStateException("The risk matrix " + name() + " is banded and has no grid");
        }
        int from = (likelihood - 1) * impactLevels();
        return gridCells().subList(from, from + impactLevels());
    }

    /**
     * Every cell, as a heat map is drawn: the highest likelihood first, and within a likelihood the
     * impacts from 1 up.
     *
     * @return {@code likelihoodLevels() × impactLevels()} cells
     */
    public List<RiskCell> heatMap() {
        List<RiskCell> cells = new ArrayList<>();
        for (int l = likelihoodLevels(); l >= 1; l--) {
            for (int i = 1; i <= impactLevels(); i++) {
                cells.add(cell(l, i));
            }
        }
        return List.copyOf(cells);
    }

    private void requireOnScales(int likelihood, int impact) {
        if (likelihood < 1 || likelihood > likelihoodLevels()) {
            throw new IllegalArgumentException("likelihood (โอกาสที่จะเกิด) " + likelihood + " is outside 1–"
                    + likelihoodLevels() + " of the risk matrix " + name());
        }
        if (impact < 1 || impact > impactLevels()) {
            throw new IllegalArgumentException(
                    "impact (ผลกระทบ) " + impact + " is outside 1–" + impactLevels() + " of the risk matrix " + name());
        }
    }

    /** Reachable scores with one likelihood × impact that makes each, ascending by score. */
    private NavigableMap<Integer, String> reachable() {
        TreeMap<Integer, String> scores = new TreeMap<>();
        for (int l = 1; l <= likelihoodLevels(); l++) {
            for (int i = 1; i <= impactLevels(); i++) {
                scores.putIfAbsent(scoreRule().score(l, i), "likelihood " + l + ", impact " + i);
            }
        }
        return scores;
    }

    /**
     * A builder for a matrix.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link RiskMatrix}; {@code build()} validates it.
     *
     * <p><b>Required:</b> {@link RiskMatrix#likelihoodLevels() likelihoodLevels}, {@link
     * RiskMatrix#impactLevels() impactLevels}, {@link RiskMatrix#scoreRule() scoreRule}, {@link
     * RiskMatrix#name() name}. Every other attribute is optional, a list or has a default; {@code
     * build()} throws {@link IllegalStateException} naming each required attribute that was not
     * set.
     */
    public static final class Builder extends ImmutableRiskMatrix.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Require.notBlank(name(), "RiskMatrix name");
        String where = " (matrix " + name() + ")";
        if (likelihoodLevels() < 1 || likelihoodLevels() > MAX_SCALE) {
            throw new IllegalArgumentException(
                    "RiskMatrix likelihoodLevels must be 1 to " + MAX_SCALE + " but was " + likelihoodLevels() + where);
        }
        if (impactLevels() < 1 || impactLevels() > MAX_SCALE) {
            throw new IllegalArgumentException(
                    "RiskMatrix impactLevels must be 1 to " + MAX_SCALE + " but was " + impactLevels() + where);
        }
        if (levels().isEmpty()) {
            throw new IllegalArgumentException("RiskMatrix levels must not be empty" + where);
        }
        Set<String> english = new HashSet<>();
        Set<String> thai = new HashSet<>();
        for (RiskLevel level : levels()) {
            if (!english.add(level.englishLabel().strip().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(
                        "RiskMatrix levels has duplicate englishLabel '" + level.englishLabel() + "'" + where);
            }
            if (!thai.add(level.thaiLabel().strip())) {
                throw new IllegalArgumentException(
                        "RiskMatrix levels has duplicate thaiLabel '" + level.thaiLabel() + "'" + where);
            }
        }
        if (bands().isEmpty() == gridCells().isEmpty()) {
            throw new IllegalArgumentException("RiskMatrix needs either bands or a grid, and not both" + where);
        }
        if (isGrid()) {
            checkGrid(where);
        } else {
            checkBands(where);
        }
    }

    private void checkBands(String where) {
        for (RiskBand band : bands()) {
            if (!levels().contains(band.level())) {
                throw new IllegalArgumentException("RiskMatrix band " + band.describe()
                        + " has a level that is not among the matrix's levels" + where);
            }
        }
        NavigableMap<Integer, String> reachable = reachable();
        for (var entry : reachable.entrySet()) {
            int score = entry.getKey();
            List<RiskBand> covering =
                    bands().stream().filter(b -> b.contains(score)).toList();
            if (covering.isEmpty()) {
                throw new IllegalArgumentException("RiskMatrix bands leave the reachable score " + score + " ("
                        + entry.getValue() + ") uncovered" + where);
            }
            if (covering.size() > 1) {
                throw new IllegalArgumentException("RiskMatrix bands cover the score " + score + " more than once: "
                        + covering.stream().map(RiskBand::describe).toList() + where);
            }
        }
        for (RiskBand band : bands()) {
            if (reachable.subMap(band.minScore(), true, band.maxScore(), true).isEmpty()) {
                throw new IllegalArgumentException("RiskMatrix band " + band.describe()
                        + " covers no reachable score; reachable scores are " + reachable.keySet() + where);
            }
        }
        List<RiskBand> byScore = new ArrayList<>(bands());
        byScore.sort(java.util.Comparator.comparingInt(RiskBand::minScore));
        for (int b = 1; b < byScore.size(); b++) {
            RiskBand lower = byScore.get(b - 1);
            RiskBand higher = byScore.get(b);
            if (levels().indexOf(higher.level()) < levels().indexOf(lower.level())) {
                throw new IllegalArgumentException("RiskMatrix bands must rise with the score, but " + higher.describe()
                        + " ranks below " + lower.describe() + " in the levels" + where);
            }
        }
    }

    private void checkGrid(String where) {
        int expected = likelihoodLevels() * impactLevels();
        if (gridCells().size() != expected) {
            throw new IllegalArgumentException("RiskMatrix grid must have likelihoodLevels × impactLevels = " + expected
                    + " cells but has " + gridCells().size() + where);
        }
        for (RiskLevel level : gridCells()) {
            if (!levels().contains(level)) {
                throw new IllegalArgumentException("RiskMatrix grid has the level " + level.englishLabel()
                        + " that is not among the matrix's levels" + where);
            }
        }
        for (int l = 1; l <= likelihoodLevels(); l++) {
            for (int i = 1; i <= impactLevels(); i++) {
                int rank = levels().indexOf(gridCells().get((l - 1) * impactLevels() + i - 1));
                if (l > 1 && levels().indexOf(gridCells().get((l - 2) * impactLevels() + i - 1)) > rank) {
                    throw new IllegalArgumentException(
                            "RiskMatrix grid level falls as the likelihood rises: likelihood " + l + ", impact " + i
                                    + " ranks below likelihood " + (l - 1) + ", impact " + i + where);
                }
                if (i > 1 && levels().indexOf(gridCells().get((l - 1) * impactLevels() + i - 2)) > rank) {
                    throw new IllegalArgumentException("RiskMatrix grid level falls as the impact rises: likelihood "
                            + l + ", impact " + i + " ranks below likelihood " + l + ", impact " + (i - 1) + where);
                }
            }
        }
    }
}
