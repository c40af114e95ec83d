package io.github.krongkan.rubric;

import io.github.krongkan.indicator.Measurement;
import io.github.krongkan.internal.Require;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A quality rubric (เกณฑ์การประเมินคุณภาพ): weighted criteria with scored levels, a quality scale on
 * percent scores, and the level a subject must reach to meet the criteria.
 *
 * <p>The weighted score of an assessment is {@code Σ weight × score / Σ weight × maximum score × 100},
 * rounded half-up to 2 decimal places; the scale classes the rounded score.
 *
 * <pre>{@code
 * Rubric rubric = Rubric.builder()
 *         .name("เกณฑ์การประเมินคุณภาพเครือข่ายโรงเรียน")
 *         .scale(QualityScale.OBEC_2561)
 *         .passingLevel("good")
 *         .addCriteria(exhibition, teacherSelection, competition)
 *         .build();
 * Measurement kpi = rubric.meetingCriteria(assessmentsOfNetwork19);   // e.g. 5 of 5
 * }</pre>
 */
@Value.Immutable
public abstract class Rubric {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Decimal places of a weighted score. */
    public static final int SCALE = 2;

    Rubric() {}

    /**
     * The rubric's name.
     *
     * @return the name, not blank
     */
    public abstract String name();

    /**
     * The criteria, with distinct ids.
     *
     * @return the criteria, at least one
     */
    public abstract List<Criterion> criteria();

    /**
     * The quality scale of weighted scores; its range must be 0 to 100.
     *
     * @return the scale; {@link QualityScale#OBEC_2561} unless set
     */
    @Value.Default
    public QualityScale scale() {
        return QualityScale.OBEC_2561;
    }

    /**
     * The English or Thai label of the lowest level of the scale that meets the criteria, e.g.
     * {@code good} (ดี).
     *
     * @return the passing level's label; a label of the scale
     */
    public abstract String passingLevel();

    /**
     * Evaluates an assessment.
     *
     * @param assessment the assessment
     * @return the weighted score, level and whether it meets the criteria; empty if a criterion has no score
     * @throws IllegalArgumentException if the assessment scores a criterion the rubric does not have, or
     *                                  gives a criterion a score none of its levels has
     */
    public Optional<AssessmentResult> evaluate(Assessment assessment) {
        for (var entry : assessment.scores().entrySet()) {
            Criterion criterion = criteria().stream()
                    .filter(c -> c.id().equals(entry.getKey()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "Assessment of " + assessment.subjectId() + " scores criterion " + entry.getKey()
                                    + ", which the rubric " + name() + " does not have"));
            if (!criterion.hasScore(entry.getValue())) {
                throw new IllegalArgumentException("Assessment of " + assessment.subjectId() + " gives criterion "
                        + criterion.id() + " the score " + entry.getValue().toPlainString()
                        + ", which none of its levels has");
            }
        }
        BigDecimal earned = BigDecimal.ZERO;
        BigDecimal possible = BigDecimal.ZERO;
        for (Criterion criterion : criteria()) {
            BigDecimal score = assessment.scores().get(criterion.id());
            if (score == null) {
                return Optional.empty();
            }
            earned = earned.add(criterion.weight().multiply(score));
            possible = possible.add(criterion.weight().multiply(criterion.maxScore()));
        }
        BigDecimal percent = Require.plain(earned.multiply(HUNDRED).divide(possible, SCALE, RoundingMode.HALF_UP));
        QualityLevel level = scale().levelOf(percent);
        boolean meets = scale().rank(level) <= scale().rank(passing());
        return Optional.of(new AssessmentResult(assessment.subjectId(), percent, level, meets));
    }

    /**
     * Whether each subject meets the criteria, as a count measurement per subject: numerator 1 or 0
     * of denominator 1, or no numerator for an incomplete assessment. Roll them up with
     * {@link io.github.krongkan.indicator.Indicator#rollUp} to get a network's "schools meeting the
     * criteria × 100 / schools".
     *
     * @param assessments one assessment per subject
     * @return a measurement per subject id, in the order given
     * @throws IllegalArgumentException if a subject is assessed twice, or an assessment does not fit the rubric
     */
    public Map<String, Measurement> meetingCriteriaBySubject(List<Assessment> assessments) {
        Map<String, Measurement> bySubject = new LinkedHashMap<>();
        for (Assessment assessment : assessments) {
            Optional<AssessmentResult> result = evaluate(assessment);
            Measurement.Builder m =
                    Measurement.builder().subjectId(assessment.subjectId()).denominator(BigDecimal.ONE);
            result.ifPresent(r -> m.numerator(r.meetsCriteria() ? BigDecimal.ONE : BigDecimal.ZERO));
            if (bySubject.put(assessment.subjectId(), m.build()) != null) {
                throw new IllegalArgumentException("The subject " + assessment.subjectId() + " is assessed twice");
            }
        }
        return bySubject;
    }

    /**
     * How many subjects meet the criteria, of how many: the raw values of a KPI such as seed 000's
     * "schools meeting the criteria × 100 / all schools".
     *
     * @param assessments one assessment per subject
     * @return numerator = subjects meeting the criteria, denominator = subjects; no numerator if an
     *         assessment is incomplete
     * @throws IllegalArgumentException if a subject is assessed twice, or an assessment does not fit the rubric
     */
    public Measurement meetingCriteria(List<Assessment> assessments) {
        Measurement total = Measurement.builder()
                .numerator(BigDecimal.ZERO)
                .denominator(BigDecimal.ZERO)
                .build();
        for (Measurement m : meetingCriteriaBySubject(assessments).values()) {
            total = total.plus(m);
        }
        return total;
    }

    private QualityLevel passing() {
        return scale().levelLabelled(passingLevel()).orElseThrow();
    }

    /**
     * A builder for a rubric.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Rubric}; {@code build()} validates it.
     *
     * <p><b>Required:</b> {@link Rubric#name() name}, {@link Rubric#passingLevel() passingLevel}.
     * Every other attribute is optional, a list or has a default; {@code build()} throws {@link
     * IllegalStateException} naming each required attribute that was not set.
     */
    public static final class Builder extends ImmutableRubric.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Require.notBlank(name(), "Rubric name");
        if (criteria().isEmpty()) {
            throw new IllegalArgumentException("Rubric criteria must not be empty (rubric " + name() + ")");
        }
        Set<String> ids = new HashSet<>();
        for (Criterion c : criteria()) {
            if (!ids.add(c.id())) {
                throw new IllegalArgumentException(
                        "Rubric criteria has duplicate id " + c.id() + " (rubric " + name() + ")");
            }
        }
        if (scale().minScore().compareTo(BigDecimal.ZERO) != 0
                || scale().maxScore().compareTo(HUNDRED) != 0) {
            throw new IllegalArgumentException("Rubric scale must run from 0 to 100 (percent of the maximum), but "
                    + scale().name() + " runs from " + scale().minScore().toPlainString() + " to "
                    + scale().maxScore().toPlainString() + " (rubric " + name() + ")");
        }
        if (scale().levelLabelled(passingLevel()).isEmpty()) {
            throw new IllegalArgumentException("Rubric passingLevel '" + passingLevel()
                    + "' is not a level of the scale " + scale().name() + " (rubric " + name() + ")");
        }
    }
}
