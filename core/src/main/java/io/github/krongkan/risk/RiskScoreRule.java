package io.github.krongkan.risk;

/** How a {@link RiskMatrix} turns a likelihood and an impact into a score. */
public enum RiskScoreRule {
    /** Likelihood × impact (โอกาส × ผลกระทบ), the usual rule: on a 5 × 5 matrix the scores 1 … 25. */
    PRODUCT,
    /** Likelihood + impact, as some agencies score: on a 5 × 5 matrix the scores 2 … 10. */
    SUM;

    /**
     * The score of a likelihood and an impact.
     *
     * @param likelihood the likelihood, at least 1
     * @param impact     the impact, at least 1
     * @return the score
     */
    public int score(int likelihood, int impact) {
        return this == PRODUCT ? likelihood * impact : likelihood + impact;
    }
}
