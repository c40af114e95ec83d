package io.github.krongkan.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The quality scales; the rubric's own tests are in krongkan-properties' RubricPropertiesTest. */
class RubricTest {
    @Test
    void scales() {
        assertThat(QualityScale.OBEC_2561.levels())
                .extracting(QualityLevel::thaiLabel)
                .containsExactly("ยอดเยี่ยม", "ดีเลิศ", "ดี", "ปานกลาง", "กำลังพัฒนา");
        assertThat(QualityScale.OBEC_LEGACY.levels())
                .extracting(QualityLevel::thaiLabel)
                .containsExactly("ดีเยี่ยม", "ดีมาก", "ดี", "พอใช้", "ปรับปรุง");
        assertThat(QualityScale.OBEC_LEGACY.levels())
                .extracting(QualityLevel::englishLabel)
                .containsExactly("excellent", "very good", "good", "fair", "needs improvement");
        QualityScale q = QualityScale.QUESTIONNAIRE_MEAN;
        assertThat(q.levelOf(new BigDecimal("4.51")).thaiLabel()).isEqualTo("มากที่สุด");
        assertThat(q.levelOf(new BigDecimal("4.50")).thaiLabel()).isEqualTo("มาก");
        assertThat(q.levelOf(new BigDecimal("1.00")).thaiLabel()).isEqualTo("น้อยที่สุด");
        assertThat(q.levelOf(new BigDecimal("5")).thaiLabel()).isEqualTo("มากที่สุด");
        assertThatThrownBy(() -> q.levelOf(new BigDecimal("0.99"))).hasMessageContaining("outside the scale");
        assertThat(QualityScale.OBEC_2561.levelLabelled("very good").map(QualityLevel::thaiLabel))
                .contains("ดีเลิศ");
        assertThat(QualityScale.OBEC_2561.levelLabelled("ดีมาก")).isEmpty();
    }
}
