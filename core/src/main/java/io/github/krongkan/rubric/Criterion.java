package io.github.krongkan.rubric;

import io.github.krongkan.internal.Require;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One criterion of a {@link Rubric} (เกณฑ์): an id, a name, a weight and the scored levels an
 * assessor chooses from.
 */
@Value.Immutable
public abstract class Criterion {
    Criterion() {}

    /**
     * The criterion's id, e.g. {@code 1.2}; unique within a rubric.
     *
     * @return the id, not blank
     */
    public abstract String id();

    /**
     * The criterion, as the rubric words it.
     *
     * @return the name, not blank
     */
    public abstract String name();

    /**
     * The weight (น้ำหนัก) of the criterion.
     *
     * @return a positive weight
     */
    public abstract BigDecimal weight();

    /**
     * The levels an assessor chooses from, with distinct scores.
     *
     * @return the levels, at least one, one of them with a positive score
     */
    public abstract List<CriterionLevel> levels();

    /**
     * A criterion.
     *
     * @param id     the id
     * @param name   the name
     * @param weight the weight, positive
     * @param levels the levels
     * @return the criterion
     * @throws IllegalArgumentException if the weight is not positive, the levels are empty or repeat a score
     */
    public static Criterion of(String id, String name, BigDecimal weight, List<CriterionLevel> levels) {
        return builder().id(id).name(name).weight(weight).addAllLevels(levels).build();
    }

    /**
     * The highest score of the levels.
     *
     * @return the maximum score, positive
     */
    public BigDecimal maxScore() {
        return levels().stream()
                .map(CriterionLevel::score)
                .max(BigDecimal::compareTo)
                .orElseThrow();
    }

    /**
     * Whether a score is one of the levels' scores.
     *
     * @param score a score
     * @return {@code true} if a level has it
     */
    public boolean hasScore(BigDecimal score) {
        return levels().stream().anyMatch(l -> l.score().compareTo(score) == 0);
    }

    /**
     * A builder for a criterion.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Criterion}; {@code build()} validates it.
     *
     * <p><b>Required:</b> {@link Criterion#id() id}, {@link Criterion#name() name}, {@link
     * Criterion#weight() weight}. Every other attribute is optional, a list or has a default;
     * {@code build()} throws {@link IllegalStateException} naming each required attribute that was
     * not set.
     */
    public static final class Builder extends ImmutableCriterion.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Require.notBlank(id(), "Criterion id");
        Require.notBlank(name(), "Criterion name (" + id() + ")");
        if (weight().signum() <= 0) {
            throw new IllegalArgumentException(
                    "Criterion weight must be positive but was " + weight().toPlainString() + " (" + id() + ")");
        }
        if (levels().isEmpty()) {
            throw new IllegalArgumentException("Criterion levels must not be empty (" + id() + ")");
        }
        Set<BigDecimal> scores = new HashSet<>();
        for (CriterionLevel level : levels()) {
            if (!scores.add(Require.plain(level.score()))) {
                throw new IllegalArgumentException(
                        "Criterion levels repeat the score " + level.score().toPlainString() + " (" + id() + ")");
            }
        }
        if (maxScore().signum() <= 0) {
            throw new IllegalArgumentException("Criterion levels need a positive score (" + id() + ")");
        }
    }
}
