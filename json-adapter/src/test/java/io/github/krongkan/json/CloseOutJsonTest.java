package io.github.krongkan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.krongkan.indicator.Instrument;
import io.github.krongkan.project.Certification;
import io.github.krongkan.project.CloseOut;
import io.github.krongkan.project.CloseOutResult;
import io.github.krongkan.project.Evidence;
import io.github.krongkan.project.EvidenceKind;
import io.github.krongkan.project.MonitoringItem;
import io.github.krongkan.project.MonitoringKind;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.TargetKind;
import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The close-out, evidence, certifications and monitoring items in the JSON format: every member,
 * the errors with their pointers, and {@link KrongkanJson#migrate(JsonNode)}.
 */
class CloseOutJsonTest {
    private static final String MINIMAL =
            "{\"format\":\"krongkan/1\",\"name\":\"โครงการ\",\"fiscalYear\":2560,\"status\":\"draft\"}";
    private static final String DIGEST = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private static String with(String members) {
        return MINIMAL.replace("}", "," + members + "}");
    }

    @Test
    void readsEveryMemberAndWritesItBack() {
        String json =
                with("\"monitoringItems\":[{\"kind\":\"evaluation\",\"number\":\"6\",\"subject\":\"ผลผลิต Outputs\","
                        + "\"indicatorNumbers\":[\"ผลผลิต 1\"],\"method\":\"สอบถาม\",\"instrument\":\"questionnaire\","
                        + "\"instrumentText\":\"แบบสอบถาม\",\"timeframe\":\"ตลอดปีงบประมาณ\",\"evaluator\":\"ศึกษานิเทศก์\"}],"
                        + "\"closeOut\":{\"date\":\"2017-08-31\",\"results\":[{\"kind\":\"qualitative\",\"number\":\"3\","
                        + "\"objectiveNumber\":\"1\",\"indicatorNumber\":\"ผลผลิต 3\",\"text\":\"ผู้ประเมิน 100 คน\"}],"
                        + "\"problems\":[\"-\"],\"suggestions\":[\"ควรส่งเสริม\"],\"lessons\":[\"ประชุมก่อน\"],"
                        + "\"evidence\":[{\"kind\":\"photo\",\"title\":\"ภาพประกอบการประชุม ก.ต.ป.น. ครั้งที่ 4/2559\","
                        + "\"date\":\"2016-06-15\",\"uri\":\"https://example.org/%E0%B8%A0.jpg\",\"sha256\":\"" + DIGEST
                        + "\",\"description\":\"ณ ห้องประชุม สทท/สท ๒\"}]},"
                        + "\"certifications\":[{\"statement\":\"ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้ถูกต้อง\","
                        + "\"name\":\"นางสาวพรพิมล ชนะศรี\",\"signedAs\":\"ผู้รับผิดชอบโครงการ\",\"position\":\"ศึกษานิเทศก์\","
                        + "\"date\":\"2017-09-01\"}]");
        Project p = KrongkanJson.readProject(json);
        assertThat(p.monitoringItems())
                .containsExactly(MonitoringItem.builder()
                        .kind(MonitoringKind.EVALUATION)
                        .number("6")
                        .subject("ผลผลิต Outputs")
                        .addIndicatorNumber("ผลผลิต 1")
                        .method("สอบถาม")
                        .instrument(Instrument.QUESTIONNAIRE)
                        .instrumentText("แบบสอบถาม")
                        .timeframe("ตลอดปีงบประมาณ")
                        .evaluator("ศึกษานิเทศก์")
                        .build());
        assertThat(p.closeOut())
                .hasValue(CloseOut.builder()
                        .date(LocalDate.of(2017, 8, 31))
                        .addResult(CloseOutResult.builder()
                                .kind(TargetKind.QUALITATIVE)
                                .number("3")
                                .objectiveNumber("1")
                                .indicatorNumber("ผลผลิต 3")
                                .text("ผู้ประเมิน 100 คน")
                                .build())
                        .addProblem("-")
                        .addSuggestion("ควรส่งเสริม")
                        .addLesson("ประชุมก่อน")
                        .addEvidence(Evidence.builder()
                                .kind(EvidenceKind.PHOTO)
                                .title("ภาพประกอบการประชุม ก.ต.ป.น. ครั้งที่ 4/2559")
                                .date(LocalDate.of(2016, 6, 15))
                                .uri(URI.create("https://example.org/%E0%B8%A0.jpg"))
                                .sha256(DIGEST)
                                .description("ณ ห้องประชุม สทท/สท ๒")
                                .build())
                        .build());
        assertThat(p.certifications())
                .containsExactly(Certification.builder()
                        .statement("ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้ถูกต้อง")
                        .name("นางสาวพรพิมล ชนะศรี")
                        .signedAs("ผู้รับผิดชอบโครงการ")
                        .position("ศึกษานิเทศก์")
                        .date(LocalDate.of(2017, 9, 1))
                        .build());
        assertThat(KrongkanJson.writeCompact(p)).isEqualTo(json);
    }

    @Test
    void anUpperCaseDigestReadsAsTheSameDigestInLowerCase() {
        Project p = KrongkanJson.readProject(
                with("\"closeOut\":{\"evidence\":[{\"kind\":\"document\",\"title\":\"โครงการ\"," + "\"sha256\":\""
                        + DIGEST.toUpperCase(java.util.Locale.ROOT) + "\"}]}"));
        assertThat(p.closeOut().orElseThrow().evidence().get(0).sha256()).hasValue(DIGEST);
    }

    @Test
    void aDigestThatIsNotSixtyFourHexDigitsIsRefusedAtTheEvidence() {
        assertThatThrownBy(() -> KrongkanJson.readProject(
                        with("\"closeOut\":{\"evidence\":[{\"kind\":\"photo\",\"title\":\"ภาพ\",\"sha256\":\""
                                + DIGEST.substring(1) + "g\"}]}")))
                .isInstanceOfSatisfying(KrongkanJsonException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/closeOut/evidence/0");
                    assertThat(e.reason()).contains("sha256 must be 64 hexadecimal digits");
                });
        assertThatThrownBy(() -> KrongkanJson.readProject(with(
                        "\"closeOut\":{\"evidence\":[{\"kind\":\"photo\",\"title\":\"ภาพ\",\"sha256\":\"abc\"}]}")))
                .isInstanceOfSatisfying(
                        KrongkanJsonException.class, e -> assertThat(e.reason()).contains("(3 characters)"));
    }

    @Test
    void aUriThatDoesNotParseIsRefusedAtTheUri() {
        assertThatThrownBy(
                        () -> KrongkanJson.readProject(
                                with(
                                        "\"closeOut\":{\"evidence\":[{\"kind\":\"photo\",\"title\":\"ภาพ\",\"uri\":\"http://x/a b.jpg\"}]}")))
                .isInstanceOfSatisfying(KrongkanJsonException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/closeOut/evidence/0/uri");
                    assertThat(e.reason()).contains("invalid uri").contains("percent-encoded");
                });
    }

    @Test
    void aRelativeUriWithThaiLettersReadsAndWritesBackAsWritten() {
        String json = with("\"closeOut\":{\"evidence\":[{\"kind\":\"photo\",\"title\":\"ภาพ\","
                + "\"uri\":\"photos/ภาพประกอบ-4-2559.jpg\"}]}");
        Project p = KrongkanJson.readProject(json);
        assertThat(p.closeOut()
                        .orElseThrow()
                        .evidence()
                        .get(0)
                        .uri()
                        .orElseThrow()
                        .isAbsolute())
                .isFalse();
        assertThat(KrongkanJson.writeCompact(p)).isEqualTo(json);
    }

    @Test
    void unknownMembersAndWrongKindsAreRefusedWithTheirPointer() {
        assertThatThrownBy(() -> KrongkanJson.readProject(
                        with("\"certifications\":[{\"statement\":\"ขอรับรอง\",\"signature\":\"x\"}]")))
                .isInstanceOfSatisfying(KrongkanJsonException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/certifications/0/signature");
                    assertThat(e.reason()).contains("unknown field \"signature\"");
                });
        assertThatThrownBy(() -> KrongkanJson.readProject(
                        with("\"closeOut\":{\"evidence\":[{\"kind\":\"picture\",\"title\":\"ภาพ\"}]}")))
                .isInstanceOfSatisfying(KrongkanJsonException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/closeOut/evidence/0/kind");
                    assertThat(e.reason()).contains("photo, document, video, webPage, other");
                });
        assertThatThrownBy(() -> KrongkanJson.readProject(with("\"closeOut\":{\"problems\":[\" \"]}")))
                .isInstanceOfSatisfying(
                        KrongkanJsonException.class,
                        e -> assertThat(e.pointer()).isEqualTo("/closeOut"));
        assertThatThrownBy(
                        () -> KrongkanJson.readProject(with("\"closeOut\":{\"results\":[{\"kind\":\"qualitative\"}]}")))
                .isInstanceOfSatisfying(KrongkanJsonException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/closeOut/results/0");
                    assertThat(e.reason()).contains("missing required field \"text\"");
                });
    }

    @Test
    void aMonitoringItemThatSaysNothingIsRefused() {
        assertThatThrownBy(() -> KrongkanJson.readProject(
                        with("\"monitoringItems\":[{\"kind\":\"monitoring\",\"subject\":\"ความก้าวหน้า\"}]")))
                .isInstanceOfSatisfying(KrongkanJsonException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/monitoringItems/0");
                    assertThat(e.reason()).contains("at least one of method, instrument");
                });
    }

    @Test
    void theMonitoringTextAndTheItemsMayStandTogether() {
        Project p = KrongkanJson.readProject(with("\"monitoring\":\"ติดตามโดยศึกษานิเทศก์\","
                + "\"monitoringItems\":[{\"kind\":\"monitoring\",\"evaluator\":\"ศึกษานิเทศก์\"}]"));
        assertThat(p.monitoring()).hasValue("ติดตามโดยศึกษานิเทศก์");
        assertThat(p.monitoringItems()).hasSize(1);
    }

    @Test
    void migrateReturnsACopyOfAKrongkan1DocumentUnchanged() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        String json = with("\"closeOut\":{\"suggestions\":[\"ควรส่งเสริม\"]}");
        JsonNode document = mapper.readTree(json);
        JsonNode migrated = KrongkanJson.migrate(document);
        assertThat(migrated).isEqualTo(document).isNotSameAs(document);
        ((ObjectNode) migrated).put("name", "อื่น");
        assertThat(document.get("name").textValue()).isEqualTo("โครงการ");
        assertThat(KrongkanJson.readProject(mapper.writeValueAsString(KrongkanJson.migrate(document))))
                .isEqualTo(KrongkanJson.readProject(json));
    }

    @Test
    void theMigrationSampleOfTheFormatPageReadsTheProject() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new KrongkanModule());
        String json = with("\"certifications\":[{\"statement\":\"ขอรับรอง\"}]");
        JsonNode current = KrongkanJson.migrate(mapper.readTree(json));
        assertThat(mapper.treeToValue(current, Project.class)).isEqualTo(KrongkanJson.readProject(json));
    }

    @Test
    void migrateRefusesWhatItCannotMigrate() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        assertThatThrownBy(() -> KrongkanJson.migrate(mapper.readTree(MINIMAL.replace("krongkan/1", "krongkan/2"))))
                .isInstanceOfSatisfying(KrongkanJsonException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/format");
                    assertThat(e.reason()).contains("unsupported format \"krongkan/2\"");
                });
        assertThatThrownBy(() -> KrongkanJson.migrate(mapper.readTree("{\"name\":\"โครงการ\"}")))
                .isInstanceOfSatisfying(KrongkanJsonException.class, e -> {
                    assertThat(e.pointer()).isEmpty();
                    assertThat(e.reason()).contains("missing required field \"format\"");
                });
        assertThatThrownBy(() -> KrongkanJson.migrate(mapper.readTree("{\"format\":1}")))
                .isInstanceOfSatisfying(
                        KrongkanJsonException.class,
                        e -> assertThat(e.pointer()).isEqualTo("/format"));
        assertThatThrownBy(() -> KrongkanJson.migrate(mapper.readTree("[]"))).isInstanceOf(KrongkanJsonException.class);
    }
}
