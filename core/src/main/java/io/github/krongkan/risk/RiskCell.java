package io.github.krongkan.risk;

import java.util.Objects;

/**
 * One cell of a {@link RiskMatrix}: a likelihood, an impact, their score and the level and colour
 * the matrix gives them. {@link RiskMatrix#heatMap()} lists every cell for front-ends;
 * {@link RiskMatrix#cell(RiskRating)} grades one rating.
 *
 * @param likelihood the likelihood (โอกาสที่จะเกิด), 1 to the matrix's number of likelihood levels
 * @param impact     the impact (ผลกระทบ), 1 to the matrix's number of impact levels
 * @param score      the score by the matrix's score rule, e.g. likelihood × impact
 * @param level      the level of the cell
 */
public record RiskCell(int likelihood, int impact, int score, RiskLevel level) {

    /**
     * A cell from its parts.
     *
     * @param likelihood the likelihood
     * @param impact     the impact
     * @param score      the score
     * @param level      the level
     * @throws NullPointerException if the level is null
     */
    public RiskCell {
        Objects.requireNonNull(level, "level");
    }

    /**
     * The colour of the cell: its level's colour.
     *
     * @return e.g. {@code green}
     */
    public String colour() {
        return level.colour();
    }

    /**
     * The cell as a document writes it.
     *
     * @return e.g. {@code 2 × 1 = 2 low (ต่ำ)}
     */
    public String describe() {
        return likelihood + " × " + impact + " = " + score + " " + level.englishLabel() + " (" + level.thaiLabel()
                + ")";
    }
}
