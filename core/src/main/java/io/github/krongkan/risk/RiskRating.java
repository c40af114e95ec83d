package io.github.krongkan.risk;

import io.github.krongkan.internal.Require;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One assessment of a risk (การประเมินความเสี่ยง): a likelihood (โอกาสที่จะเกิด) and an impact
 * (ผลกระทบ), each 1 or more, and the level the document states as written.
 *
 * <p>A rating knows no matrix: a {@link RiskMatrix} derives its score and level
 * ({@link #cell(RiskMatrix)}), and a project refuses a rating beyond the scales of the matrix it
 * uses. Seed 000 rates likelihood 2 and impact 1 and states {@code 2 (น้อย)}.
 */
@Value.Immutable
public abstract class RiskRating {
    RiskRating() {}

    /**
     * The likelihood (โอกาสที่จะเกิด).
     *
     * @return at least 1
     */
    public abstract int likelihood();

    /**
     * The impact (ผลกระทบ).
     *
     * @return at least 1
     */
    public abstract int impact();

    /**
     * The level as the document writes it (ระดับของความเสี่ยง), e.g. {@code 2 (น้อย)} or {@code สูง}, if
     * it states one; read by {@link StatedRiskLevel#parse(String)}.
     *
     * @return the stated level, not blank
     */
    public abstract Optional<String> statedLevel();

    /**
     * A rating without a stated level.
     *
     * @param likelihood the likelihood, at least 1
     * @param impact     the impact, at least 1
     * @return the rating
     * @throws IllegalArgumentException if the likelihood or impact is below 1
     */
    public static RiskRating of(int likelihood, int impact) {
        return builder().likelihood(likelihood).impact(impact).build();
    }

    /**
     * A rating with the level the document states.
     *
     * @param likelihood  the likelihood, at least 1
     * @param impact      the impact, at least 1
     * @param statedLevel the level as written, e.g. {@code 2 (น้อย)}
     * @return the rating
     * @throws IllegalArgumentException if the likelihood or impact is below 1 or the stated level is blank
     */
    public static RiskRating of(int likelihood, int impact, String statedLevel) {
        return builder()
                .likelihood(likelihood)
                .impact(impact)
                .statedLevel(statedLevel)
                .build();
    }

    /**
     * The cell of this rating on a matrix: score, level and colour.
     *
     * @param matrix the matrix
     * @return the cell
     * @throws IllegalArgumentException if the likelihood or impact is beyond the matrix's scales
     */
    public RiskCell cell(RiskMatrix matrix) {
        return matrix.cell(likelihood(), impact());
    }

    /**
     * The score of this rating on a matrix.
     *
     * @param matrix the matrix
     * @return the score, e.g. likelihood × impact
     * @throws IllegalArgumentException if the likelihood or impact is beyond the matrix's scales
     */
    public int score(RiskMatrix matrix) {
        return matrix.score(likelihood(), impact());
    }

    /**
     * The level of this rating on a matrix.
     *
     * @param matrix the matrix
     * @return the level
     * @throws IllegalArgumentException if the likelihood or impact is beyond the matrix's scales
     */
    public RiskLevel level(RiskMatrix matrix) {
        return matrix.level(likelihood(), impact());
    }

    /**
     * A builder for a rating.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link RiskRating}; {@code build()} validates it.
     *
     * <p><b>Required:</b> {@link RiskRating#likelihood() likelihood}, {@link RiskRating#impact()
     * impact}. Every other attribute is optional, a list or has a default; {@code build()} throws
     * {@link IllegalStateException} naming each required attribute that was not set.
     */
    public static final class Builder extends ImmutableRiskRating.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        if (likelihood() < 1) {
            throw new IllegalArgumentException(
                    "likelihood (โอกาสที่จะเกิด) must be at least 1 but was " + likelihood());
        }
        if (impact() < 1) {
            throw new IllegalArgumentException("impact (ผลกระทบ) must be at least 1 but was " + impact());
        }
        statedLevel().ifPresent(s -> Require.notBlank(s, "statedLevel"));
    }
}
