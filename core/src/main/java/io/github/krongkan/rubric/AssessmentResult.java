package io.github.krongkan.rubric;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An {@link Assessment} evaluated against a {@link Rubric}.
 *
 * @param subjectId     the school or network assessed
 * @param score         the weighted score in percent of the maximum, 0 to 100
 * @param level         the quality level of the score on the rubric's scale
 * @param meetsCriteria whether the level is at or above the rubric's passing level
 */
public record AssessmentResult(String subjectId, BigDecimal score, QualityLevel level, boolean meetsCriteria) {

    /**
     * A result from its parts.
     *
     * @param subjectId     the subject
     * @param score         the weighted score
     * @param level         the level
     * @param meetsCriteria whether it meets the criteria
     * @throws NullPointerException if an argument is null
     */
    public AssessmentResult {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(level, "level");
    }
}
