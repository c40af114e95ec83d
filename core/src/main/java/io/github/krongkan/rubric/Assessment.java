package io.github.krongkan.rubric;

import io.github.krongkan.internal.Require;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An assessment of a school or a network against a {@link Rubric}: the score chosen for each
 * criterion, by criterion id. {@link Rubric#evaluate(Assessment)} gives its weighted score and level.
 */
@Value.Immutable
public abstract class Assessment {
    Assessment() {}

    /**
     * The id of the school or network assessed.
     *
     * @return the subject's id, not blank
     */
    public abstract String subjectId();

    /**
     * The score chosen for each criterion, by criterion id.
     *
     * @return the scores, not negative
     */
    public abstract Map<String, BigDecimal> scores();

    /**
     * When the assessment was made, if recorded.
     *
     * @return the date
     */
    public abstract Optional<LocalDate> date();

    /**
     * Who assessed (e.g. a supervisor, ศึกษานิเทศก์), if recorded.
     *
     * @return the assessor, not blank
     */
    public abstract Optional<String> assessor();

    /**
     * An assessment.
     *
     * @param subjectId the school or network
     * @param scores    the score per criterion id
     * @return the assessment
     * @throws IllegalArgumentException if the subject is blank or a score negative
     */
    public static Assessment of(String subjectId, Map<String, BigDecimal> scores) {
        return builder().subjectId(subjectId).putAllScores(scores).build();
    }

    /**
     * A builder for an assessment.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an {@link Assessment}; {@code build()} validates it.
     *
     * <p><b>Required:</b> {@link Assessment#subjectId() subjectId}. Every other attribute is
     * optional, a list or has a default; {@code build()} throws {@link IllegalStateException}
     * naming each required attribute that was not set.
     */
    public static final class Builder extends ImmutableAssessment.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Require.notBlank(subjectId(), "Assessment subjectId");
        assessor().ifPresent(a -> Require.notBlank(a, "Assessment assessor"));
        scores().forEach((id, score) -> {
            if (score.signum() < 0) {
                throw new IllegalArgumentException("Assessment score for criterion " + id + " must not be negative: "
                        + score.toPlainString() + " (subject " + subjectId() + ")");
            }
        });
    }
}
