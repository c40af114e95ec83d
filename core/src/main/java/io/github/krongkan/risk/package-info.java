/**
 * Project risks (ความเสี่ยงของโครงการ) and the risk matrices that grade them.
 *
 * <p>A {@link io.github.krongkan.risk.RiskMatrix} scores a likelihood (โอกาสที่จะเกิด) and an impact
 * (ผลกระทบ), each on a scale of 1 to n (5 by default), into a score (their product by default) and
 * a {@link io.github.krongkan.risk.RiskLevel level} with Thai and English labels and a colour. Levels
 * come either from {@link io.github.krongkan.risk.RiskBand bands} of scores, validated to cover every
 * reachable score exactly once, or from an explicit grid of likelihood × impact as some agencies
 * publish it. The Ministry of Finance principles leave the bands to each agency, so bands are data;
 * {@link io.github.krongkan.risk.RiskMatrix#DEFAULT} (1–3 low, 4–6 medium, 8–12 high, 15–25 very
 * high) and two other presets ship with the library.
 *
 * <p>A {@link io.github.krongkan.risk.Risk} keeps its inherent, current and residual
 * {@link io.github.krongkan.risk.RiskRating ratings} apart, each with the level the document states
 * as written ({@code 2 (น้อย)}), and its {@link io.github.krongkan.risk.RiskResponse response}
 * (accept, reduce, transfer, avoid) with the response text. A rating knows no matrix; the score and
 * level are derived by the matrix the project uses ({@link io.github.krongkan.risk.RiskMatrix#cell}).
 *
 * <p>Construction refuses what is impossible (a likelihood of 0, bands that leave a reachable score
 * uncovered or cover it twice, a grid whose level falls as likelihood rises) with an
 * {@link java.lang.IllegalArgumentException} naming the field; what is suspicious (a stated level that
 * disagrees with the computed one, a high risk without a response, a residual risk worse than the
 * inherent one) is reported by the checks of {@link io.github.krongkan.check}.
 */
@io.github.krongkan.internal.KrongkanStyle
package io.github.krongkan.risk;
