package io.github.krongkan.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.indicator.Instrument;
import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Close-outs, evidence references, certifications and monitoring items: what they hold and refuse. */
class CloseOutTest {
    private static final String DIGEST = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void evidenceKeepsItsReferenceAndADigestInLowerCase() {
        Evidence e = Evidence.builder()
                .kind(EvidenceKind.PHOTO)
                .title("ภาพประกอบการประชุมคณะกรรมการ ก.ต.ป.น. ครั้งที่ 4/2559")
                .date(LocalDate.of(2016, 6, 15))
                .uri(URI.create("photos/ktpn-4-2559.jpg"))
                .sha256(DIGEST.toUpperCase(Locale.ROOT))
                .build();
        assertThat(e.sha256()).hasValue(DIGEST);
        assertThat(e).isEqualTo(Evidence.builder().from(e).sha256(DIGEST).build());
        assertThat(e.uri().orElseThrow().isAbsolute()).isFalse();
        assertThat(EvidenceKind.PHOTO.thai()).isEqualTo("ภาพถ่าย");
    }

    @Test
    void evidenceRefusesABlankTitleAndADigestOfTheWrongLength() {
        assertThatThrownBy(() -> Evidence.of(EvidenceKind.DOCUMENT, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("title");
        assertThatThrownBy(() -> Evidence.builder()
                        .kind(EvidenceKind.DOCUMENT)
                        .title("โครงการ")
                        .sha256(DIGEST + "0")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sha256 must be 64 hexadecimal digits")
                .hasMessageContaining("65 characters");
    }

    @Test
    void aResultIsOverallUnlessItNamesAnObjectiveOrAnIndicator() {
        assertThat(CloseOutResult.of(TargetKind.QUANTITATIVE, "โรงเรียน 71 โรงเรียน เป็นสมาชิกกลุ่มโรงเรียน")
                        .isOverall())
                .isTrue();
        assertThat(CloseOutResult.builder()
                        .text("ผู้ประเมิน 100 คน")
                        .indicatorNumber("ผลผลิต 3")
                        .build()
                        .isOverall())
                .isFalse();
        assertThat(CloseOutResult.builder()
                        .text("ก")
                        .objectiveNumber("1")
                        .build()
                        .isOverall())
                .isFalse();
        assertThatThrownBy(() ->
                        CloseOutResult.builder().text("ก").indicatorNumber("").build())
                .hasMessageContaining("indicatorNumber");
    }

    @Test
    void aCloseOutRefusesBlankProblemsAndNamesWhichOne() {
        assertThat(CloseOut.builder().addProblem("-").build().problems()).containsExactly("-");
        assertThatThrownBy(() -> CloseOut.builder()
                        .addProblem("งบประมาณโอนล่าช้า")
                        .addProblem(" ")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/problems/1");
        assertThatThrownBy(() -> CloseOut.builder().addLesson("").build()).hasMessageContaining("/lessons/0");
    }

    @Test
    void aCertificationNeedsAStatementAndNothingElse() {
        Certification c = Certification.of("ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้ …");
        assertThat(c.name()).isEmpty();
        assertThat(c.signedAs()).isEmpty();
        assertThatThrownBy(() -> Certification.of(" ")).hasMessageContaining("statement");
        assertThatThrownBy(() -> Certification.builder()
                        .statement("ขอรับรอง")
                        .signedAs(" ")
                        .build())
                .hasMessageContaining("signedAs");
    }

    @Test
    void aMonitoringItemMustSayHowWhenOrByWhom() {
        assertThat(MonitoringItem.of(MonitoringKind.EVALUATION, "สอบถาม").method())
                .hasValue("สอบถาม");
        assertThat(MonitoringItem.builder()
                        .kind(MonitoringKind.EVALUATION)
                        .instrument(Instrument.QUESTIONNAIRE)
                        .build()
                        .instrument())
                .hasValue(Instrument.QUESTIONNAIRE);
        assertThatThrownBy(() -> MonitoringItem.builder()
                        .kind(MonitoringKind.MONITORING)
                        .subject("ความก้าวหน้า")
                        .addIndicatorNumber("ผลผลิต 1")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one of method, instrument, instrumentText, timeframe and evaluator");
        assertThat(MonitoringKind.EVALUATION.thai()).isEqualTo("การประเมินผล");
    }
}
