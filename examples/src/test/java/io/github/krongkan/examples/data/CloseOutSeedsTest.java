package io.github.krongkan.examples.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.krongkan.indicator.Instrument;
import io.github.krongkan.json.KrongkanJson;
import io.github.krongkan.project.Certification;
import io.github.krongkan.project.CloseOut;
import io.github.krongkan.project.CloseOutResult;
import io.github.krongkan.project.Evidence;
import io.github.krongkan.project.EvidenceKind;
import io.github.krongkan.project.MonitoringItem;
import io.github.krongkan.project.MonitoringKind;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.TargetKind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The seeds' close-outs, evidence, certification and monitoring items are typed facts, and the
 * notes no longer carry them.
 */
class CloseOutSeedsTest {
    private static final Path DATA = Path.of("data");

    private static Project read(String file) {
        return KrongkanJson.readProject(DATA.resolve(file));
    }

    @Test
    void seed000MonitoringAndEvaluationIsThreeItemsBySupervisors() {
        Project p = read("000-bang-khen-network-19.json");
        assertThat(p.monitoring()).isEmpty();
        assertThat(p.monitoringItems())
                .extracting(MonitoringItem::number, MonitoringItem::kind)
                .containsExactly(
                        tuple(Optional.of("10.2"), MonitoringKind.MONITORING),
                        tuple(Optional.of("10.3.1"), MonitoringKind.EVALUATION),
                        tuple(Optional.of("10.3.2"), MonitoringKind.EVALUATION));
        assertThat(p.monitoringItems().get(0).evaluator())
                .hasValue("ศึกษานิเทศก์ที่รับผิดชอบโรงเรียนในเครือข่ายโรงเรียนสังกัดกรุงเทพมหานคร");
        assertThat(p.monitoringItems().get(1).instrument()).hasValue(Instrument.SUPERVISION);
        assertThat(p.monitoringItems().get(2).method())
                .hasValue("การวิเคราะห์ผลการดำเนินการ โดยใช้ค่าร้อยละ และการวิเคราะห์เนื้อหา");
        assertThat(p.closeOut()).isEmpty();
    }

    @Test
    void seed001IsCertifiedByTheProjectOwnerWithBlankSignatureLines() {
        Project p = read("001-lat-krabang-fy2564-tracking.json");
        assertThat(p.certifications()).hasSize(1);
        Certification c = p.certifications().get(0);
        assertThat(c.statement())
                .startsWith("ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้")
                .endsWith("เพื่อเป็นหลักฐานไว้ตรวจสอบ");
        assertThat(c.signedAs()).hasValue("ผู้รับผิดชอบโครงการ");
        assertThat(c.name()).isEmpty();
        assertThat(c.position()).isEmpty();
        assertThat(c.date()).isEmpty();
    }

    @Test
    void seed003ClosesWithFourResultsAndOneSuggestion() {
        Project p = read("003-samut-prakan-2-reading.json");
        CloseOut c = p.closeOut().orElseThrow();
        assertThat(c.results())
                .extracting(r -> r.kind().orElseThrow())
                .containsExactly(
                        TargetKind.QUANTITATIVE,
                        TargetKind.QUANTITATIVE,
                        TargetKind.QUALITATIVE,
                        TargetKind.QUALITATIVE);
        assertThat(c.results()).allMatch(CloseOutResult::isOverall);
        assertThat(c.results().get(1).text()).isEqualTo("โรงเรียน 71 โรงเรียน เป็นสมาชิกกลุ่มโรงเรียน ทุกโรงเรียน");
        assertThat(c.problems()).isEmpty();
        assertThat(c.suggestions())
                .containsExactly(
                        "ควรส่งเสริมให้กลุ่มโรงเรียนมีกิจกรรมพัฒนาทางวิชาการให้ชัดเจนและเป็นรูปธรรมมากยิ่งขึ้น");
        assertThat(c.evidence()).isEmpty();
        // 6. การประเมินผล: outputs and outcomes, each asked by questionnaire.
        assertThat(p.monitoring()).isEmpty();
        assertThat(p.monitoringItems()).hasSize(2).allSatisfy(m -> {
            assertThat(m.kind()).isEqualTo(MonitoringKind.EVALUATION);
            assertThat(m.method()).hasValue("สอบถาม");
            assertThat(m.instrument()).hasValue(Instrument.QUESTIONNAIRE);
            assertThat(m.instrumentText()).hasValue("แบบสอบถาม");
        });
        assertThat(p.monitoringItems().get(0).indicatorNumbers()).containsExactly("ผลผลิต 1", "ผลผลิต 2");
        assertThat(p.monitoringItems().get(1).indicatorNumbers()).containsExactly("ผลลัพธ์ 1", "ผลลัพธ์ 2");
        p.monitoringItems()
                .forEach(m -> assertThat(m.indicatorNumbers())
                        .allMatch(n ->
                                p.indicators().stream().anyMatch(i -> i.number().equals(Optional.of(n)))));
        // The actual period stays where it was, and the notes no longer repeat what is typed.
        assertThat(p.actualPeriod().orElseThrow().toString())
                .contains("2011-10")
                .contains("2012-05");
        assertThat(p.notes())
                .noneMatch(n -> n.startsWith("ผลการดำเนินงาน")
                        || n.startsWith("ปัญหา อุปสรรค")
                        || n.startsWith("ระยะเวลาดำเนินการ"));
    }

    @Test
    void seed004ClosesWithResultsPerOutputIndicatorAndThreePiecesOfEvidence() {
        Project p = read("004-samut-prakan-2-quality-assurance.json");
        CloseOut c = p.closeOut().orElseThrow();
        assertThat(c.results()).hasSize(10);
        assertThat(c.results())
                .filteredOn(r -> r.kind().equals(Optional.of(TargetKind.QUALITATIVE)))
                .extracting(r -> r.indicatorNumber().orElseThrow())
                .containsExactly("ผลผลิต 1", "ผลผลิต 2", "ผลผลิต 3", "ผลผลิต 4", "ผลผลิต 5");
        assertThat(c.results())
                .allMatch(r -> p.indicators().stream().anyMatch(i -> i.number().equals(r.indicatorNumber())));
        assertThat(c.results().get(7).text()).startsWith("ผู้ประเมินคุณภาพสถานศึกษาจำนวน 100 คน");
        assertThat(c.problems()).containsExactly("-");
        assertThat(c.suggestions()).containsExactly("-");
        assertThat(c.evidence())
                .extracting(Evidence::kind, Evidence::date)
                .containsExactly(
                        tuple(EvidenceKind.DOCUMENT, Optional.empty()),
                        tuple(EvidenceKind.PHOTO, Optional.of(LocalDate.of(2016, 6, 15))),
                        tuple(EvidenceKind.PHOTO, Optional.empty()));
        assertThat(c.evidence().get(1).title()).contains("ก.ต.ป.น. ครั้งที่ 4/2559");
        assertThat(c.evidence().get(2).title()).contains("สัญจร ครั้งที่ 5/2559");
        assertThat(p.notes())
                .noneMatch(n -> n.startsWith("ภาพประกอบ:")
                        || n.startsWith("ระยะเวลาดำเนินการ")
                        || n.contains("ปัญหา/อุปสรรค และแนวทางแก้ไข"));
    }
}
