package io.github.krongkan.rubric;

import io.github.krongkan.internal.Require;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One level of a {@link QualityScale}: an English and a Thai label and the lowest score, inclusive,
 * that reaches it. Example: OBEC 2561 {@code excellent} / {@code ยอดเยี่ยม} from 80.
 */
@Value.Immutable
public abstract class QualityLevel {
    QualityLevel() {}

    /**
     * The English label, e.g. {@code excellent}.
     *
     * @return the label, not blank
     */
    public abstract String englishLabel();

    /**
     * The Thai label, e.g. {@code ยอดเยี่ยม}.
     *
     * @return the label, not blank
     */
    public abstract String thaiLabel();

    /**
     * The lowest score of the level, inclusive; the level reaches up to the next higher level's
     * minimum (exclusive) or the scale's maximum.
     *
     * @return the minimum score
     */
    public abstract BigDecimal minScore();

    /**
     * A level.
     *
     * @param englishLabel the English label
     * @param thaiLabel    the Thai label
     * @param minScore     the lowest score, inclusive
     * @return the level
     * @throws IllegalArgumentException if a label is blank
     */
    public static QualityLevel of(String englishLabel, String thaiLabel, BigDecimal minScore) {
        return builder()
                .englishLabel(englishLabel)
                .thaiLabel(thaiLabel)
                .minScore(minScore)
                .build();
    }

    /**
     * A builder for a level.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link QualityLevel}; {@code build()} validates it.
     *
     * <p><b>Required:</b> {@link QualityLevel#englishLabel() englishLabel}, {@link
     * QualityLevel#thaiLabel() thaiLabel}, {@link QualityLevel#minScore() minScore}. Every other
     * attribute is optional, a list or has a default; {@code build()} throws {@link
     * IllegalStateException} naming each required attribute that was not set.
     */
    public static final class Builder extends ImmutableQualityLevel.Builder {
        Builder() {}
    }

    /** Validates the level and writes a minimum with a negative scale as a plain integer. */
    @Value.Check
    QualityLevel check() {
        Require.notBlank(englishLabel(), "QualityLevel englishLabel");
        Require.notBlank(thaiLabel(), "QualityLevel thaiLabel");
        if (minScore().scale() < 0) {
            return builder().from(this).minScore(minScore().setScale(0)).build();
        }
        return this;
    }
}
