package io.github.krongkan.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.indicator.Direction;
import io.github.krongkan.indicator.Evaluation;
import io.github.krongkan.indicator.Formula;
import io.github.krongkan.indicator.Indicator;
import io.github.krongkan.indicator.IndicatorTarget;
import io.github.krongkan.indicator.Measure;
import io.github.krongkan.indicator.Measurement;
import io.github.krongkan.network.Network;
import io.github.krongkan.network.NetworkDirectory;
import io.github.krongkan.network.Office;
import io.github.krongkan.network.OfficeKind;
import io.github.krongkan.network.School;
import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.Property;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Seed 000's network rubric: its weighted score over every assessment it can give (a property), and
 * the examples that use the same rubric.
 */
class RubricPropertiesTest {
    private static List<CriterionLevel> fourLevels() {
        return List.of(
                CriterionLevel.of(1, "ยังไม่ได้ดำเนินการ"),
                CriterionLevel.of(2, "ดำเนินการบางส่วน"),
                CriterionLevel.of(3, "ดำเนินการครบถ้วน"),
                CriterionLevel.of(4, "ดำเนินการครบถ้วนและเผยแพร่"));
    }

    /** Seed 000's three kinds of work: exhibition, outstanding-teacher selection, competition. */
    static Rubric networkRubric() {
        return Rubric.builder()
                .name("เกณฑ์การประเมินคุณภาพเครือข่ายโรงเรียน")
                .addCriteria(
                        Criterion.of("1", "การจัดนิทรรศการแสดงผลงาน", BigDecimal.valueOf(40), fourLevels()),
                        Criterion.of("2", "การคัดเลือกครูดีเด่น", BigDecimal.valueOf(30), fourLevels()),
                        Criterion.of("3", "การประกวดหรือแข่งขันความสามารถ", BigDecimal.valueOf(30), fourLevels()))
                .scale(QualityScale.OBEC_2561)
                .passingLevel("ดี")
                .build();
    }

    private static Assessment assessed(String school, int exhibition, int teacher, int competition) {
        return Assessment.of(
                school,
                Map.of(
                        "1",
                        BigDecimal.valueOf(exhibition),
                        "2",
                        BigDecimal.valueOf(teacher),
                        "3",
                        BigDecimal.valueOf(competition)));
    }

    @Test
    void weightedScoreAndQualityLevel() {
        Rubric rubric = networkRubric();
        AssessmentResult best = rubric.evaluate(assessed("a", 4, 4, 4)).orElseThrow();
        assertThat(best.score()).isEqualByComparingTo("100");
        assertThat(best.level().thaiLabel()).isEqualTo("ยอดเยี่ยม");
        assertThat(best.meetsCriteria()).isTrue();
        // (40×3 + 30×2 + 30×3) / (100×4) = 270 / 400 = 67.5 %: ดี, meets.
        AssessmentResult good = rubric.evaluate(assessed("b", 3, 2, 3)).orElseThrow();
        assertThat(good.score()).isEqualByComparingTo("67.5");
        assertThat(good.level().englishLabel()).isEqualTo("good");
        assertThat(good.meetsCriteria()).isTrue();
        // (40×2 + 30×2 + 30×2) / 400 = 50 %: ปานกลาง, does not meet.
        AssessmentResult fair = rubric.evaluate(assessed("c", 2, 2, 2)).orElseThrow();
        assertThat(fair.level().thaiLabel()).isEqualTo("ปานกลาง");
        assertThat(fair.meetsCriteria()).isFalse();
        AssessmentResult third = rubric.evaluate(Assessment.of(
                        "d", Map.of("1", BigDecimal.ONE, "2", BigDecimal.ONE, "3", BigDecimal.valueOf(2))))
                .orElseThrow();
        assertThat(third.score()).isEqualByComparingTo("32.5");
        assertThat(third.level().thaiLabel()).isEqualTo("กำลังพัฒนา");
        assertThat(rubric.evaluate(Assessment.of("e", Map.of("1", BigDecimal.ONE))))
                .isEmpty();
    }

    @Test
    void assessmentsThatDoNotFitTheRubricAreRefused() {
        Rubric rubric = networkRubric();
        assertThatThrownBy(() -> rubric.evaluate(Assessment.of("a", Map.of("9", BigDecimal.ONE))))
                .hasMessageContaining("scores criterion 9, which the rubric");
        assertThatThrownBy(() -> rubric.evaluate(assessed("a", 5, 1, 1)))
                .hasMessageContaining("gives criterion 1 the score 5, which none of its levels has");
        assertThatThrownBy(() -> Assessment.of("a", Map.of("1", BigDecimal.ONE.negate())))
                .hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> rubric.meetingCriteria(List.of(assessed("a", 1, 1, 1), assessed("a", 2, 2, 2))))
                .hasMessageContaining("assessed twice");
    }

    @Test
    void seed000KpiFromAssessmentsOfNetwork19() {
        Rubric rubric = networkRubric();
        List<Assessment> network19 = List.of(
                assessed("s1", 4, 4, 4),
                assessed("s2", 3, 3, 3),
                assessed("s3", 3, 2, 3),
                assessed("s4", 4, 3, 2),
                assessed("s5", 2, 2, 2));
        Measurement raw = rubric.meetingCriteria(network19);
        assertThat(raw.numerator()).contains(BigDecimal.valueOf(4));
        assertThat(raw.denominator()).contains(BigDecimal.valueOf(5));
        Indicator kpi = Indicator.builder()
                .name("ร้อยละของโรงเรียนในเครือข่ายที่ 19 ที่มีผลงานตามเกณฑ์")
                .measure(Measure.PERCENTAGE)
                .formula(Formula.percentage())
                .direction(Direction.AT_LEAST)
                .addTarget(IndicatorTarget.of(BigDecimal.valueOf(90)))
                .build();
        Evaluation evaluation = kpi.evaluate(raw);
        assertThat(evaluation.value()).contains(BigDecimal.valueOf(80));
        assertThat(evaluation.isMet()).isFalse();

        NetworkDirectory directory = NetworkDirectory.of(Office.of(
                "bangkhen",
                "สำนักงานเขตบางเขน",
                OfficeKind.BMA_DISTRICT_OFFICE,
                List.of(Network.numbered(
                        "bangkhen",
                        19,
                        List.of(
                                School.of("s1", "ก"),
                                School.of("s2", "ข"),
                                School.of("s3", "ค"),
                                School.of("s4", "ง"),
                                School.of("s5", "จ"))))));
        assertThat(kpi.rollUpValues(directory, rubric.meetingCriteriaBySubject(network19))
                        .byNetwork()
                        .get("19"))
                .contains(BigDecimal.valueOf(80));
        Measurement incomplete = rubric.meetingCriteria(
                List.of(assessed("s1", 4, 4, 4), Assessment.of("s2", Map.of("1", BigDecimal.ONE))));
        assertThat(incomplete.numerator()).isEmpty();
        assertThat(kpi.value(incomplete)).isEmpty();
    }

    @Test
    void scalesAndRubricsRefuseTheImpossible() {
        assertThatThrownBy(() -> QualityScale.of(
                        "x",
                        BigDecimal.ZERO,
                        BigDecimal.TEN,
                        List.of(
                                QualityLevel.of("a", "ก", BigDecimal.ONE),
                                QualityLevel.of("b", "ข", BigDecimal.valueOf(5)))))
                .hasMessageContaining("highest first with falling minimum scores");
        assertThatThrownBy(() -> QualityScale.of(
                        "x",
                        BigDecimal.ZERO,
                        BigDecimal.TEN,
                        List.of(
                                QualityLevel.of("a", "ก", BigDecimal.valueOf(5)),
                                QualityLevel.of("b", "ข", BigDecimal.ONE))))
                .hasMessageContaining("must start at the scale's minimum 0");
        assertThatThrownBy(() -> Rubric.builder()
                        .from(networkRubric())
                        .passingLevel("ดีมาก")
                        .build())
                .hasMessageContaining("passingLevel 'ดีมาก' is not a level");
        assertThatThrownBy(() -> Rubric.builder()
                        .from(networkRubric())
                        .scale(QualityScale.QUESTIONNAIRE_MEAN)
                        .passingLevel("มาก")
                        .build())
                .hasMessageContaining("must run from 0 to 100");
        assertThatThrownBy(() -> Criterion.of("1", "x", BigDecimal.ZERO, fourLevels()))
                .hasMessageContaining("weight must be positive");
        assertThatThrownBy(() -> Criterion.of(
                        "1", "x", BigDecimal.ONE, List.of(CriterionLevel.of(1, "a"), CriterionLevel.of(1, "b"))))
                .hasMessageContaining("repeat the score 1");
        assertThatThrownBy(() -> Criterion.of("1", "x", BigDecimal.ONE, List.of(CriterionLevel.of(0, "a"))))
                .hasMessageContaining("need a positive score");
    }

    /** The levels an assessment gives the rubric's three criteria. */
    private record Scores(int exhibition, int teacher, int competition) {}

    @Test
    void weightedScoreStaysWithinTheScaleAndRisesWithEachCriterion() {
        Rubric rubric = networkRubric();
        Gen<Integer> levels = Gen.ints(1, 4);
        Gen<Scores> scores = (random, size) ->
                new Scores(levels.next(random, size), levels.next(random, size), levels.next(random, size));
        Property.forAll(scores).examples(1000).check(s -> {
            int a = s.exhibition();
            int b = s.teacher();
            int c = s.competition();
            AssessmentResult r = rubric.evaluate(assessed("x", a, b, c)).orElseThrow();
            assertThat(r.score()).isBetween(BigDecimal.valueOf(25), BigDecimal.valueOf(100));
            if (a < 4) {
                AssessmentResult up =
                        rubric.evaluate(assessed("x", a + 1, b, c)).orElseThrow();
                assertThat(up.score()).isGreaterThan(r.score());
                assertThat(rubric.scale().rank(up.level()))
                        .isLessThanOrEqualTo(rubric.scale().rank(r.level()));
                assertThat(!r.meetsCriteria() || up.meetsCriteria()).isTrue();
            }
            assertThat(Optional.of(r.meetsCriteria())).contains(r.score().compareTo(BigDecimal.valueOf(60)) >= 0);
        });
    }
}
