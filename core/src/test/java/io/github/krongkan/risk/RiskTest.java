package io.github.krongkan.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RiskTest {
    static final String SEED_000_RISK =
            "ผู้เข้าร่วมโครงการอาจมีภารกิจซ้ำซ้อนไม่สามารถเข้าร่วมกิจกรรมครบตามจำนวนที่กำหนด";

    @Test
    void seed000Risk() {
        Risk risk = Risk.builder()
                .description(SEED_000_RISK)
                .inherent(RiskRating.of(2, 1, "2 (น้อย)"))
                .responseText("ประชาสัมพันธ์การดำเนินงานล่วงหน้าเป็นระยะเวลานาน")
                .build();
        assertThat(risk.inherentCell(RiskMatrix.DEFAULT)).get().satisfies(cell -> {
            assertThat(cell.score()).isEqualTo(2);
            assertThat(cell.level()).isEqualTo(RiskLevel.LOW);
        });
        assertThat(risk.currentCell(RiskMatrix.DEFAULT)).isEmpty();
        assertThat(risk.residualCell(RiskMatrix.DEFAULT)).isEmpty();
        assertThat(risk.hasResponse()).isTrue();
        assertThat(risk.response()).isEmpty();
        assertThat(StatedRiskLevel.parse(risk.inherent().get().statedLevel().get())
                        .agreesWith(risk.inherentCell(RiskMatrix.DEFAULT).get()))
                .isTrue();
    }

    @Test
    void inherentCurrentAndResidualAreKeptApart() {
        Risk risk = Risk.builder()
                .description("งบประมาณโอนล่าช้า")
                .inherent(RiskRating.of(4, 4))
                .current(RiskRating.of(3, 4))
                .residual(RiskRating.of(2, 3))
                .response(RiskResponse.REDUCE)
                .build();
        assertThat(risk.inherentCell(RiskMatrix.DEFAULT).get().level()).isEqualTo(RiskLevel.VERY_HIGH);
        assertThat(risk.currentCell(RiskMatrix.DEFAULT).get().level()).isEqualTo(RiskLevel.HIGH);
        assertThat(risk.residualCell(RiskMatrix.DEFAULT).get().level()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(RiskResponse.REDUCE.thai()).isEqualTo("ลด/ควบคุม");
        assertThat(RiskResponse.AVOID.fourT()).isEqualTo("terminate");
    }

    @Test
    void refusesTheImpossible() {
        assertThatThrownBy(() -> RiskRating.of(0, 1))
                .hasMessageContaining("likelihood (โอกาสที่จะเกิด) must be at least 1");
        assertThatThrownBy(() -> RiskRating.of(1, 0)).hasMessageContaining("impact (ผลกระทบ) must be at least 1");
        assertThatThrownBy(() -> RiskRating.of(1, 1, " ")).hasMessageContaining("statedLevel must not be blank");
        assertThatThrownBy(() -> Risk.of(" ", 1, 1)).hasMessageContaining("Risk description must not be blank");
        assertThatThrownBy(
                        () -> Risk.builder().description("x").responseText("").build())
                .hasMessageContaining("responseText");
    }

    @Test
    void statedLevelsAreReadIntoScoreAndLabel() {
        assertThat(StatedRiskLevel.parse("2 (น้อย)"))
                .isEqualTo(new StatedRiskLevel("2 (น้อย)", OptionalInt.of(2), Optional.of("น้อย")));
        assertThat(StatedRiskLevel.parse("สูง").score()).isEmpty();
        assertThat(StatedRiskLevel.parse("สูง").label()).contains("สูง");
        assertThat(StatedRiskLevel.parse("๑๒").score()).hasValue(12);
        assertThat(StatedRiskLevel.parse("๑๒").label()).isEmpty();
        assertThat(StatedRiskLevel.parse("16 - สูงมาก").label()).contains("สูงมาก");
        assertThat(StatedRiskLevel.parse("very high (20)").label()).contains("very high");
        RiskCell two = RiskMatrix.DEFAULT.cell(2, 1);
        assertThat(StatedRiskLevel.parse("2 (ต่ำ)").agreesWith(two)).isTrue();
        assertThat(StatedRiskLevel.parse("low").agreesWith(two)).isTrue();
        assertThat(StatedRiskLevel.parse("3 (น้อย)").agreesWith(two)).isFalse();
        assertThat(StatedRiskLevel.parse("2 (ปานกลาง)").agreesWith(two)).isFalse();
        assertThat(StatedRiskLevel.parse("2 (เล็กน้อย)").agreesWith(two)).isFalse();
    }

    @Test
    void statedLevelsWithBothWordsOrAUnitAreRead() {
        RiskCell two = RiskMatrix.DEFAULT.cell(2, 1);
        assertThat(StatedRiskLevel.parse("2 (ต่ำ/น้อย)"))
                .isEqualTo(new StatedRiskLevel("2 (ต่ำ/น้อย)", OptionalInt.of(2), Optional.of("ต่ำ/น้อย")));
        assertThat(StatedRiskLevel.parse("2 (ต่ำ / น้อย)").labels()).containsExactly("ต่ำ", "น้อย");
        assertThat(StatedRiskLevel.parse("2 คะแนน (น้อย)"))
                .isEqualTo(new StatedRiskLevel("2 คะแนน (น้อย)", OptionalInt.of(2), Optional.of("น้อย")));
        assertThat(StatedRiskLevel.parse("๒ คะแนน").label()).isEmpty();
        assertThat(StatedRiskLevel.parse("2 points (low)").labels()).containsExactly("low");
        for (String agreeing : List.of("2 (ต่ำ/น้อย)", "2 คะแนน (น้อย)", "2 คะแนน (ต่ำ/น้อย)", "2คะแนน", "low/น้อย")) {
            assertThat(StatedRiskLevel.parse(agreeing).agreesWith(two))
                    .as(agreeing)
                    .isTrue();
        }
        for (String wrong : List.of("2 (ต่ำ/สูง)", "3 คะแนน (น้อย)", "2 คะแนน (สูง)", "12 (ต่ำ/น้อย)")) {
            assertThat(StatedRiskLevel.parse(wrong).agreesWith(two)).as(wrong).isFalse();
        }
    }
}
