package io.github.krongkan.rubric;

import io.github.krongkan.internal.Require;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One scored level of a {@link Criterion}: a score and what it takes to earn it, e.g. 4 "มีการจัด
 * นิทรรศการร่วมกันทุกโรงเรียน".
 */
@Value.Immutable
public abstract class CriterionLevel {
    CriterionLevel() {}

    /**
     * The score of the level.
     *
     * @return the score, not negative
     */
    public abstract BigDecimal score();

    /**
     * What it takes to earn the level.
     *
     * @return the description, not blank
     */
    public abstract String description();

    /**
     * A level.
     *
     * @param score       the score, not negative
     * @param description what it takes
     * @return the level
     * @throws IllegalArgumentException if the score is negative or the description blank
     */
    public static CriterionLevel of(int score, String description) {
        return builder()
                .score(BigDecimal.valueOf(score))
                .description(description)
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
     * Builds a {@link CriterionLevel}; {@code build()} validates it.
     *
     * <p><b>Required:</b> {@link CriterionLevel#score() score}, {@link CriterionLevel#description()
     * description}. Every other attribute is optional, a list or has a default; {@code build()}
     * throws {@link IllegalStateException} naming each required attribute that was not set.
     */
    public static final class Builder extends ImmutableCriterionLevel.Builder {
        Builder() {}
    }

    @Value.Check
    CriterionLevel check() {
        Require.notBlank(description(), "CriterionLevel description");
        if (score().signum() < 0) {
            throw new IllegalArgumentException("CriterionLevel score must not be negative: " + score().toPlainString());
        }
        if (score().scale() < 0) {
            return builder().from(this).score(score().setScale(0)).build();
        }
        return this;
    }
}
