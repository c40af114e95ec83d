package io.github.krongkan.rubric;

import io.github.krongkan.internal.Require;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A quality scale: a range of scores and the levels that divide it, highest first, as documents
 * list them. Scales are data; define your own with {@link #of(String, BigDecimal, BigDecimal, List)}.
 *
 * <p>Presets:
 * <ul>
 *   <li>{@link #OBEC_2561}: OBEC standards 2561 (มาตรฐานการศึกษา พ.ศ. 2561) on a percent score:
 *       ยอดเยี่ยม excellent, ดีเลิศ very good, ดี good, ปานกลาง fair, กำลังพัฒนา developing;</li>
 *   <li>{@link #OBEC_LEGACY}: the older five levels on a percent score: ดีเยี่ยม excellent, ดีมาก
 *       very good, ดี good, พอใช้ fair, ปรับปรุง needs improvement;</li>
 *   <li>{@link #QUESTIONNAIRE_MEAN}: questionnaire means on a 5-point scale, 4.51–5.00 มากที่สุด,
 *       3.51–4.50 มาก, 2.51–3.50 ปานกลาง, 1.51–2.50 น้อย, 1.00–1.50 น้อยที่สุด.</li>
 * </ul>
 * The two percent scales carry the labels of their standards; their cut-offs (80, 70, 60, 50) are
 * common practice, not part of the standards, which leave them to each area office. Replace them
 * with your office's own.
 */
@Value.Immutable
public abstract class QualityScale {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** OBEC standards 2561, percent: ≥ 80 ยอดเยี่ยม, ≥ 70 ดีเลิศ, ≥ 60 ดี, ≥ 50 ปานกลาง, else กำลังพัฒนา. */
    public static final QualityScale OBEC_2561 =
            percent("OBEC 2561", "developing", "ยอดเยี่ยม", "ดีเลิศ", "ดี", "ปานกลาง", "กำลังพัฒนา");

    /** The older OBEC levels, percent: ≥ 80 ดีเยี่ยม, ≥ 70 ดีมาก, ≥ 60 ดี, ≥ 50 พอใช้, else ปรับปรุง. */
    public static final QualityScale OBEC_LEGACY =
            percent("OBEC legacy", "needs improvement", "ดีเยี่ยม", "ดีมาก", "ดี", "พอใช้", "ปรับปรุง");

    /** Questionnaire means, 1.00–5.00: 4.51 มากที่สุด, 3.51 มาก, 2.51 ปานกลาง, 1.51 น้อย, 1.00 น้อยที่สุด. */
    public static final QualityScale QUESTIONNAIRE_MEAN = of(
            "questionnaire mean, 5 points",
            BigDecimal.ONE,
            BigDecimal.valueOf(5),
            List.of(
                    QualityLevel.of("highest", "มากที่สุด", new BigDecimal("4.51")),
                    QualityLevel.of("high", "มาก", new BigDecimal("3.51")),
                    QualityLevel.of("moderate", "ปานกลาง", new BigDecimal("2.51")),
                    QualityLevel.of("low", "น้อย", new BigDecimal("1.51")),
                    QualityLevel.of("lowest", "น้อยที่สุด", BigDecimal.ONE)));

    QualityScale() {}

    /**
     * An OBEC percent scale, 0–100, with levels from 80, 70, 60, 50 and 0, the first four called
     * excellent, very good, good and fair in English.
     *
     * @param name the scale's name
     * @param lowestEnglish the English label of the lowest level
     * @param thai the five Thai labels, the highest level first
     */
    private static QualityScale percent(String name, String lowestEnglish, String... thai) {
        List<String> english = List.of("excellent", "very good", "good", "fair", lowestEnglish);
        int[] minimums = {80, 70, 60, 50, 0};
        List<QualityLevel> levels = new ArrayList<>();
        for (int i = 0; i < minimums.length; i++) {
            levels.add(QualityLevel.of(english.get(i), thai[i], BigDecimal.valueOf(minimums[i])));
        }
        return of(name, BigDecimal.ZERO, HUNDRED, levels);
    }

    /**
     * The scale's name.
     *
     * @return the name, not blank
     */
    public abstract String name();

    /**
     * The lowest score on the scale, inclusive; the lowest level's minimum.
     *
     * @return the minimum
     */
    public abstract BigDecimal minScore();

    /**
     * The highest score on the scale, inclusive.
     *
     * @return the maximum, above the minimum
     */
    public abstract BigDecimal maxScore();

    /**
     * The levels, highest first, their minimum scores strictly falling to {@link #minScore()}.
     *
     * @return the levels, at least two
     */
    public abstract List<QualityLevel> levels();

    /**
     * A scale.
     *
     * @param name     the name
     * @param minScore the lowest score
     * @param maxScore the highest score
     * @param levels   the levels, highest first
     * @return the scale
     * @throws IllegalArgumentException if the levels do not divide the range (see {@link #levels()})
     */
    public static QualityScale of(String name, BigDecimal minScore, BigDecimal maxScore, List<QualityLevel> levels) {
        return builder()
                .name(name)
                .minScore(minScore)
                .maxScore(maxScore)
                .addAllLevels(levels)
                .build();
    }

    /**
     * The level of a score.
     *
     * @param score a score within the range
     * @return the highest level whose minimum the score reaches
     * @throws IllegalArgumentException if the score is outside the scale's range
     */
    public QualityLevel levelOf(BigDecimal score) {
        if (score.compareTo(minScore()) < 0 || score.compareTo(maxScore()) > 0) {
            throw new IllegalArgumentException("score " + score.toPlainString() + " is outside the scale " + name()
                    + " (" + minScore().toPlainString() + "–" + maxScore().toPlainString() + ")");
        }
        for (QualityLevel level : levels()) {
            if (score.compareTo(level.minScore()) >= 0) {
                return level;
            }
        }
        throw new AssertionError("the lowest level starts at the scale's minimum");
    }

    /**
     * The level with a label.
     *
     * @param label an English or Thai label
     * @return the level, if any
     */
    public Optional<QualityLevel> levelLabelled(String label) {
        String wanted = label.strip();
        return levels().stream()
                .filter(l -> l.englishLabel().equals(wanted) || l.thaiLabel().equals(wanted))
                .findFirst();
    }

    /**
     * The rank of a level: 0 for the highest.
     *
     * @param level a level of this scale
     * @return its position in {@link #levels()}
     * @throws IllegalArgumentException if the level is not of this scale
     */
    public int rank(QualityLevel level) {
        int rank = levels().indexOf(level);
        if (rank < 0) {
            throw new IllegalArgumentException(
                    "The level " + level.englishLabel() + " is not a level of the scale " + name());
        }
        return rank;
    }

    /**
     * A builder for a scale.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link QualityScale}; {@code build()} validates it.
     *
     * <p><b>Required:</b> {@link QualityScale#name() name}, {@link QualityScale#minScore()
     * minScore}, {@link QualityScale#maxScore() maxScore}. Every other attribute is optional, a
     * list or has a default; {@code build()} throws {@link IllegalStateException} naming each
     * required attribute that was not set.
     */
    public static final class Builder extends ImmutableQualityScale.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Require.notBlank(name(), "QualityScale name");
        String where = " (scale " + name() + ")";
        if (maxScore().compareTo(minScore()) <= 0) {
            throw new IllegalArgumentException("QualityScale maxScore must be above minScore" + where);
        }
        if (levels().size() < 2) {
            throw new IllegalArgumentException("QualityScale levels must be at least two" + where);
        }
        Set<String> english = new HashSet<>();
        Set<String> thai = new HashSet<>();
        for (int i = 0; i < levels().size(); i++) {
            QualityLevel level = levels().get(i);
            if (!english.add(level.englishLabel()) || !thai.add(level.thaiLabel())) {
                throw new IllegalArgumentException("QualityScale levels repeat the label " + level.englishLabel()
                        + " / " + level.thaiLabel() + where);
            }
            if (level.minScore().compareTo(maxScore()) > 0 || level.minScore().compareTo(minScore()) < 0) {
                throw new IllegalArgumentException("QualityScale level " + level.englishLabel() + " starts at "
                        + level.minScore().toPlainString() + ", outside the range" + where);
            }
            if (i > 0 && level.minScore().compareTo(levels().get(i - 1).minScore()) >= 0) {
                throw new IllegalArgumentException("QualityScale levels must be listed highest first with falling "
                        + "minimum scores, but " + level.englishLabel() + " starts at "
                        + level.minScore().toPlainString()
                        + ", not below " + levels().get(i - 1).englishLabel() + where);
            }
        }
        QualityLevel lowest = levels().get(levels().size() - 1);
        if (lowest.minScore().compareTo(minScore()) != 0) {
            throw new IllegalArgumentException("QualityScale lowest level " + lowest.englishLabel()
                    + " must start at the scale's minimum " + minScore().toPlainString() + where);
        }
    }
}
