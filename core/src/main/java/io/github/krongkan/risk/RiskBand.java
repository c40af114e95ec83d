package io.github.krongkan.risk;

import org.immutables.value.Value;

/**
 * A band of scores of a {@link RiskMatrix} and the level it gives: scores {@link #minScore()} to
 * {@link #maxScore()}, both inclusive. Example: the default matrix's band 8–12 is high (สูง).
 */
@Value.Immutable
public abstract class RiskBand {
    RiskBand() {}

    /**
     * The level a score in this band gets.
     *
     * @return the level
     */
    public abstract RiskLevel level();

    /**
     * The lowest score of the band, inclusive.
     *
     * @return at least 1
     */
    public abstract int minScore();

    /**
     * The highest score of the band, inclusive.
     *
     * @return at least {@link #minScore()}
     */
    public abstract int maxScore();

    /**
     * A band.
     *
     * @param level    the level scores in the band get
     * @param minScore the lowest score, inclusive, at least 1
     * @param maxScore the highest score, inclusive, at least {@code minScore}
     * @return the band
     * @throws IllegalArgumentException if the range is empty or below 1
     */
    public static RiskBand of(RiskLevel level, int minScore, int maxScore) {
        return builder().level(level).minScore(minScore).maxScore(maxScore).build();
    }

    /**
     * Whether a score falls in this band.
     *
     * @param score a score
     * @return {@code true} if {@code minScore() <= score <= maxScore()}
     */
    public boolean contains(int score) {
        return score >= minScore() && score <= maxScore();
    }

    /**
     * The band as documents write it.
     *
     * @return e.g. {@code high (8–12)}
     */
    public String describe() {
        return level().englishLabel() + " (" + minScore() + "–" + maxScore() + ")";
    }

    /**
     * A builder for a band.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link RiskBand}; {@code build()} validates it.
     *
     * <p><b>Required:</b> {@link RiskBand#level() level}, {@link RiskBand#minScore() minScore},
     * {@link RiskBand#maxScore() maxScore}. Every other attribute is optional, a list or has a
     * default; {@code build()} throws {@link IllegalStateException} naming each required attribute
     * that was not set.
     */
    public static final class Builder extends ImmutableRiskBand.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        if (minScore() < 1) {
            throw new IllegalArgumentException(
                    "RiskBand minScore must be at least 1 but was " + minScore() + " (" + level().englishLabel() + ")");
        }
        if (maxScore() < minScore()) {
            throw new IllegalArgumentException("RiskBand maxScore " + maxScore() + " is below minScore " + minScore()
                    + " (" + level().englishLabel() + ")");
        }
    }
}
