package io.github.krongkan.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The levels of a quality scale must divide its range, highest first. */
class QualityScaleValidationTest {
    private static final BigDecimal ZERO = BigDecimal.ZERO;
    private static final BigDecimal TEN = BigDecimal.TEN;

    private static QualityLevel level(String english, String thai, int min) {
        return QualityLevel.of(english, thai, BigDecimal.valueOf(min));
    }

    private static QualityScale scale(BigDecimal min, BigDecimal max, QualityLevel... levels) {
        return QualityScale.of("scale", min, max, List.of(levels));
    }

    @Test
    void aValidScaleAndTheLevelsOfItsScores() {
        QualityScale s = scale(ZERO, TEN, level("good", "ดี", 5), level("poor", "ปรับปรุง", 0));
        assertThat(s).isNotNull();
        assertThat(s.levelOf(ZERO).englishLabel()).isEqualTo("poor");
        assertThat(s.levelOf(TEN).englishLabel()).isEqualTo("good");
        assertThat(s.levelOf(BigDecimal.valueOf(5)).englishLabel()).isEqualTo("good");
        assertThat(s.levelOf(new BigDecimal("4.99")).englishLabel()).isEqualTo("poor");
        assertThatThrownBy(() -> s.levelOf(new BigDecimal("-0.01"))).hasMessageContaining("outside the scale");
        assertThatThrownBy(() -> s.levelOf(new BigDecimal("10.01"))).hasMessageContaining("outside the scale");
        assertThat(s.rank(s.levels().get(1))).isEqualTo(1);
        assertThat(s.rank(s.levels().get(0))).isZero();
        assertThatThrownBy(() -> s.rank(level("other", "อื่น", 0))).hasMessageContaining("not a level of the scale");
    }

    @Test
    void scalesRefuseWhatDoesNotDivideTheRange() {
        assertThatThrownBy(() -> QualityScale.of(" ", ZERO, TEN, List.of(level("a", "ก", 5), level("b", "ข", 0))))
                .hasMessageContaining("name");
        assertThatThrownBy(() -> scale(TEN, TEN, level("a", "ก", 10), level("b", "ข", 10)))
                .hasMessageContaining("maxScore must be above minScore");
        assertThatThrownBy(() -> scale(ZERO, TEN, level("a", "ก", 0))).hasMessageContaining("at least two");
        assertThatThrownBy(() -> scale(ZERO, TEN, level("a", "ก", 5), level("a", "ข", 0)))
                .hasMessageContaining("repeat");
        assertThatThrownBy(() -> scale(ZERO, TEN, level("a", "ก", 5), level("b", "ก", 0)))
                .hasMessageContaining("repeat");
        assertThatThrownBy(() -> scale(ZERO, TEN, level("a", "ก", 11), level("b", "ข", 0)))
                .hasMessageContaining("outside the range");
        assertThatThrownBy(() -> scale(BigDecimal.ONE, TEN, level("a", "ก", 5), level("b", "ข", 0)))
                .hasMessageContaining("outside the range");
        assertThatThrownBy(() -> scale(ZERO, TEN, level("a", "ก", 5), level("b", "ข", 5), level("c", "ค", 0)))
                .hasMessageContaining("highest first");
        assertThatThrownBy(() -> scale(ZERO, TEN, level("a", "ก", 5), level("b", "ข", 1)))
                .hasMessageContaining("lowest level");
        // the top level may start at the maximum itself
        assertThat(scale(ZERO, TEN, level("a", "ก", 10), level("b", "ข", 0))
                        .levelOf(TEN)
                        .englishLabel())
                .isEqualTo("a");
    }
}
