package io.github.krongkan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.krongkan.lifecycle.Action;
import io.github.krongkan.lifecycle.Actor;
import io.github.krongkan.lifecycle.ProjectRecord;
import io.github.krongkan.lifecycle.ReviewLevel;
import io.github.krongkan.lifecycle.Transition;
import io.github.krongkan.lifecycle.Version;
import io.github.krongkan.lifecycle.VersionKind;
import io.github.krongkan.project.ProjectStatus;
import io.github.krongkan.testkit.Property;
import io.github.krongkan.testkit.RecordGens;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The record form: lossless round trip, schema, strict reading with record pointers, readAsRecord. */
class RecordJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new KrongkanModule());

    private static final String PROJECT = "{\"name\":\"โครงการ\",\"fiscalYear\":2560}";
    private static final String MINIMAL =
            "{\"format\":\"krongkan/1\",\"versions\":[{\"number\":1,\"kind\":\"proposal\",\"project\":" + PROJECT
                    + "}]}";
    private static final String TWO_VERSIONS = "{\"format\":\"krongkan/1\",\"id\":\"004\",\"workflow\":\"obec\","
            + "\"versions\":[{\"number\":1,\"kind\":\"proposal\",\"date\":\"2016-10-03\",\"project\":" + PROJECT
            + "},{\"number\":2,\"kind\":\"resultReport\",\"project\":" + PROJECT + "}],"
            + "\"history\":[{\"action\":\"propose\",\"actor\":{\"name\":\"นาย ก\"},\"date\":\"2016-10-03\"},"
            + "{\"action\":\"approve\",\"actor\":{\"name\":\"นาย ข\",\"position\":\"ผอ.สพป.\"},"
            + "\"date\":\"2016-10-10\",\"dateAsWritten\":\"10 ต.ค. 2559\",\"level\":\"areaOffice\",\"version\":1}]}";

    @TempDir
    Path dir;

    // --- round trip -------------------------------------------------------------------

    @Test
    void writeThenReadGivesAnEqualRecordAndTheSameBytes() {
        Property.forAll(RandomRecords.gen()).examples(400).check(record -> {
            String json = KrongkanJson.writeRecord(record);
            ProjectRecord back = KrongkanJson.readRecord(json);
            assertThat(back).isEqualTo(record);
            assertThat(KrongkanJson.writeRecord(back)).isEqualTo(json);
            assertThat(KrongkanJson.readAsRecord(json)).isEqualTo(record);
            assertThat(KrongkanJson.readRecord(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                    .isEqualTo(record);
        });
    }

    @Test
    void writeThenReadGivesAnEqualTestkitRecord() {
        Property.forAll(RecordGens.records()).examples(200).check(record -> {
            String json = KrongkanJson.writeRecord(record);
            assertThat(KrongkanJson.readRecord(json)).isEqualTo(record);
            try {
                assertThat(SchemaTest.validate(json)).isEmpty();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void everyWrittenRecordIsValidAgainstTheSchema() {
        Property.forAll(RandomRecords.gen()).examples(200).check(record -> {
            String json = KrongkanJson.writeRecord(record);
            try {
                assertThat(SchemaTest.validate(json)).as(json).isEmpty();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void theSchemaRefusesWhatTheRecordReaderRefuses() throws Exception {
        assertThat(SchemaTest.validate(MINIMAL)).isEmpty();
        assertThat(SchemaTest.validate(TWO_VERSIONS)).isEmpty();
        String[] refused = {
            MINIMAL.replace("\"proposal\"", "\"draft\""),
            MINIMAL.replace("\"proposal\"", "\"revision\""),
            MINIMAL.replace("\"number\":1", "\"number\":0"),
            MINIMAL.replace("{\"format\"", "{\"colour\":\"red\",\"format\""),
            MINIMAL.replace(",\"project\":" + PROJECT, ""),
            MINIMAL.replace("\"fiscalYear\":2560", "\"fiscalYear\":2560,\"format\":\"krongkan/1\""),
            "{\"format\":\"krongkan/1\",\"versions\":[]}",
            TWO_VERSIONS.replace("\"action\":\"approve\"", "\"action\":\"approved\""),
            TWO_VERSIONS.replace("{\"name\":\"นาย ก\"}", "{\"position\":\"ครู\"}"),
            TWO_VERSIONS.replace(",\"date\":\"2016-10-10\"", ""),
            MINIMAL.substring(0, MINIMAL.length() - 1) + ",\"children\":[" + MINIMAL + "]}",
        };
        for (String json : refused) {
            assertThat(SchemaTest.validate(json)).as(json).isNotEmpty();
        }
    }

    @Test
    void theModuleWritesAndReadsRecordsEmbedded() throws Exception {
        Property.forAll(RandomRecords.gen()).examples(50).check(record -> {
            try {
                String json = MAPPER.writeValueAsString(record);
                assertThat(json).startsWith("{\"").doesNotStartWith("{\"format\"");
                assertThat(MAPPER.readValue(json, ProjectRecord.class)).isEqualTo(record);
                JsonNode tree = MAPPER.readTree(json);
                assertThat(MAPPER.treeToValue(tree, ProjectRecord.class)).isEqualTo(record);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        assertThatThrownBy(() -> MAPPER.readValue(
                        "{\"versions\":[{\"number\":1,\"kind\":\"draft\",\"project\":" + PROJECT + "}]}",
                        ProjectRecord.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("/versions/0/kind")
                .hasCauseInstanceOf(KrongkanJsonException.class);
    }

    @Test
    void readsTheDocumentedMembers() {
        ProjectRecord record = KrongkanJson.readRecord(TWO_VERSIONS);
        assertThat(record.id()).contains("004");
        assertThat(record.workflow()).contains("obec");
        assertThat(record.versions())
                .extracting(Version::kind)
                .containsExactly(VersionKind.PROPOSAL, VersionKind.RESULT_REPORT);
        assertThat(record.versions().get(0).date()).contains(LocalDate.of(2016, 10, 3));
        Transition approve = record.history().get(1);
        assertThat(approve.action()).isEqualTo(Action.APPROVE);
        assertThat(approve.actor().map(Actor::position)).contains(java.util.Optional.of("ผอ.สพป."));
        assertThat(approve.level()).contains(ReviewLevel.AREA_OFFICE);
        assertThat(approve.dateAsWritten()).contains("10 ต.ค. 2559");
        assertThat(approve.version()).contains(1);
        assertThat(record.status()).isEqualTo(ProjectStatus.APPROVED);
        String written = KrongkanJson.writeRecord(record);
        assertThat(written)
                .startsWith("{\n  \"format\": \"krongkan/1\",\n  \"id\": \"004\",\n  \"workflow\": \"obec\"");
        assertThat(written).contains("\"kind\": \"resultReport\"").contains("\"level\": \"areaOffice\"");
    }

    @Test
    void theExampleOfTheFormatPageReadsAndValidates() throws Exception {
        String page = Files.readString(Path.of("..", "docs", "json-format.md"));
        int section = page.indexOf("\n## Records\n");
        int start = page.indexOf("```json\n", section) + "```json\n".length();
        String example = page.substring(start, page.indexOf("```", start));
        ProjectRecord record = KrongkanJson.readRecord(example);
        assertThat(record.versions())
                .extracting(Version::kind)
                .containsExactly(VersionKind.PROPOSAL, VersionKind.RESULT_REPORT);
        assertThat(record.status()).isEqualTo(ProjectStatus.APPROVED);
        assertThat(SchemaTest.validate(example)).isEmpty();
    }

    @Test
    void migrateKeepsARecordDocument() throws Exception {
        JsonNode node = MAPPER.readTree(TWO_VERSIONS);
        JsonNode migrated = KrongkanJson.migrate(node);
        assertThat(migrated).isEqualTo(node);
        assertThat(KrongkanJson.readRecord(MAPPER.writeValueAsString(migrated)))
                .isEqualTo(KrongkanJson.readRecord(TWO_VERSIONS));
    }

    // --- readAsRecord -----------------------------------------------------------------

    @Test
    void aProjectDocumentIsARecordOfOneVersionOfTheKindItsContentSays() {
        String head = "{\"format\":\"krongkan/1\",\"name\":\"โครงการ\",\"fiscalYear\":2569";
        assertThat(kindOf(head + "}")).isEqualTo(VersionKind.PROPOSAL);
        assertThat(kindOf(head + ",\"status\":\"proposed\"}")).isEqualTo(VersionKind.PROPOSAL);
        assertThat(kindOf(head + ",\"status\":\"approved\"}")).isEqualTo(VersionKind.APPROVED);
        assertThat(kindOf(head + ",\"status\":\"cancelled\"}")).isEqualTo(VersionKind.APPROVED);
        assertThat(
                        kindOf(
                                head
                                        + ",\"status\":\"inProgress\",\"progressReports\":[{\"date\":\"2026-01-31\",\"progress\":50}]}"))
                .isEqualTo(VersionKind.RESULT_REPORT);
        ProjectRecord record = KrongkanJson.readAsRecord(head + ",\"status\":\"delayed\"}");
        assertThat(record.versions()).hasSize(1);
        assertThat(record.current().number()).isEqualTo(1);
        assertThat(record.history()).isEmpty();
        assertThat(record.status()).isEqualTo(ProjectStatus.DELAYED);
        assertThat(record.current().project()).isEqualTo(KrongkanJson.readProject(head + ",\"status\":\"delayed\"}"));
    }

    private static VersionKind kindOf(String json) {
        VersionKind fromText = KrongkanJson.readAsRecord(json).current().kind();
        VersionKind fromBytes = KrongkanJson.readAsRecord(
                        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))
                .current()
                .kind();
        assertThat(fromBytes).isEqualTo(fromText);
        return fromText;
    }

    @Test
    void readAsRecordReadsRecordsFromFilesWithAByteOrderMarkAndRefusesPortfolios() throws Exception {
        Path file = dir.resolve("record.json");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = TWO_VERSIONS.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        Files.write(file, all);
        assertThat(KrongkanJson.readAsRecord(file)).isEqualTo(KrongkanJson.readRecord(TWO_VERSIONS));
        assertThat(KrongkanJson.readRecord(file)).isEqualTo(KrongkanJson.readRecord(TWO_VERSIONS));
        assertThatThrownBy(() -> KrongkanJson.readAsRecord("{\"format\":\"krongkan/1\",\"projects\":[]}"))
                .isInstanceOf(KrongkanJsonException.class)
                .hasMessageContaining("portfolio");
        // Errors in the project document keep the project reader's pointers.
        assertThatThrownBy(() ->
                        KrongkanJson.readAsRecord("{\"format\":\"krongkan/1\",\"name\":\"x\",\"fiscalYear\":\"2569\"}"))
                .isInstanceOf(KrongkanJsonException.class)
                .extracting(e -> ((KrongkanJsonException) e).pointer())
                .isEqualTo("/fiscalYear");
    }

    // --- hostile inputs -----------------------------------------------------------------

    @Test
    void refusesWhatARecordCannotBeWithThePointerOfTheOffendingValue() {
        refused(MINIMAL.replace("\"proposal\"", "\"draft\""), "/versions/0/kind", "invalid kind");
        refused(MINIMAL.replace(",\"project\":" + PROJECT, ""), "/versions/0", "missing required field \"project\"");
        refused(MINIMAL.replace("\"number\":1", "\"number\":0"), "/versions/0/number", "1 or more");
        refused(MINIMAL.replace("\"number\":1", "\"number\":\"1\""), "/versions/0/number", "JSON integer");
        refused(MINIMAL.replace("{\"format\"", "{\"colour\":\"red\",\"format\""), "/colour", "unknown field");
        refused(MINIMAL.replace("\"kind\"", "\"colour\":1,\"kind\""), "/versions/0/colour", "unknown field");
        refused(
                MINIMAL.replace("\"fiscalYear\":2560", "\"fiscalYear\":2560,\"format\":\"krongkan/1\""),
                "/versions/0/project/format",
                "unknown field");
        refused(
                MINIMAL.replace("\"fiscalYear\":2560", "\"fiscalYear\":\"2560\""),
                "/versions/0/project/fiscalYear",
                "JSON integer");
        refused("{\"format\":\"krongkan/1\",\"versions\":[]}", "/versions", "at least one version");
        assertThatThrownBy(() -> KrongkanJson.readRecord("{\"format\":\"krongkan/1\"}"))
                .hasMessageContaining("missing required field \"versions\"");
        refused(MINIMAL.replace("\"format\":\"krongkan/1\",", ""), "", "missing required field \"format\"");
        refused(
                MINIMAL.replace("\"id\"", "\"id\"")
                        .replace("{\"format\":\"krongkan/1\",", "{\"format\":\"krongkan/1\",\"id\":\" \","),
                "/id",
                "blank");
        refused(TWO_VERSIONS.replace("\"number\":2", "\"number\":1"), "/versions/1/number", "numbered upwards");
        refused(
                TWO_VERSIONS.replace("\"version\":1", "\"version\":3"),
                "/history/1/version",
                "names version 3, which the record does not hold");
        refused(TWO_VERSIONS.replace("\"version\":1", "\"version\":0"), "/history/1/version", "1 or more");
        refused(
                TWO_VERSIONS.replace("\"action\":\"approve\"", "\"action\":\"approved\""),
                "/history/1/action",
                "invalid action");
        refused(
                TWO_VERSIONS.replace("\"level\":\"areaOffice\"", "\"level\":\"area_office\""),
                "/history/1/level",
                "invalid level");
        refused(TWO_VERSIONS.replace(",\"date\":\"2016-10-10\"", ""), "/history/1", "missing required field \"date\"");
        refused(
                TWO_VERSIONS.replace("\"date\":\"2016-10-10\"", "\"date\":\"10 ต.ค. 2559\""),
                "/history/1/date",
                "ISO-8601");
        refused(
                TWO_VERSIONS.replace("{\"name\":\"นาย ก\"}", "{\"position\":\"ครู\"}"),
                "/history/0/actor",
                "missing required field \"name\"");
        refused(
                TWO_VERSIONS.replace("\"kind\":\"resultReport\"", "\"kind\":\"revision\""),
                "/versions/1",
                "must give its reason");
        refused(TWO_VERSIONS.replace("\"history\"", "\"history\":[],\"history\""), "/history", "Duplicate field");
    }

    @Test
    void refusesChildrenThatRepeatAnIdOrCarryAFormat() {
        String child =
                "{\"id\":\"net-1\",\"networkId\":\"1\",\"versions\":[{\"number\":1,\"kind\":\"approved\",\"project\":"
                        + PROJECT + "}]}";
        String record = MINIMAL.substring(0, MINIMAL.length() - 1) + ",\"children\":[" + child + "," + child + "]}";
        refused(record, "/children/1/id", "must not repeat an id");
        refused(
                record.replace("{\"id\":\"net-1\"", "{\"format\":\"krongkan/1\",\"id\":\"net-1\""),
                "/children/0/format",
                "unknown field");
        String bad = MINIMAL.substring(0, MINIMAL.length() - 1) + ",\"children\":["
                + child.replace("\"kind\":\"approved\"", "\"kind\":\"x\"") + "]}";
        refused(bad, "/children/0/versions/0/kind", "invalid kind");
        ProjectRecord ok =
                KrongkanJson.readRecord(MINIMAL.substring(0, MINIMAL.length() - 1) + ",\"children\":[" + child + "]}");
        assertThat(ok.children()).hasSize(1);
        assertThat(ok.children().get(0).networkId()).contains("1");
    }

    @Test
    void refusesBrokenAndEmptyDocuments() {
        refusedAnywhere(MINIMAL.substring(0, MINIMAL.length() - 3), "end-of-input");
        refusedAnywhere("", "empty");
        refusedAnywhere(MINIMAL + "{}", "after the end");
    }

    private static void refused(String json, String pointer, String reason) {
        for (java.util.function.Function<String, ProjectRecord> reader :
                java.util.List.<java.util.function.Function<String, ProjectRecord>>of(
                        KrongkanJson::readRecord, KrongkanJson::readAsRecord, RecordJsonTest::fromBytes)) {
            assertThatThrownBy(() -> reader.apply(json))
                    .as(json)
                    .isInstanceOfSatisfying(KrongkanJsonException.class, e -> {
                        assertThat(e.pointer()).as(e.getMessage()).isEqualTo(pointer);
                        assertThat(e.getMessage()).contains(reason);
                    });
        }
    }

    private static void refusedAnywhere(String json, String reason) {
        assertThatThrownBy(() -> KrongkanJson.readRecord(json))
                .isInstanceOf(KrongkanJsonException.class)
                .hasMessageContaining(reason);
        assertThatThrownBy(() -> fromBytes(json))
                .isInstanceOf(KrongkanJsonException.class)
                .hasMessageContaining(reason);
    }

    private static ProjectRecord fromBytes(String json) {
        InputStream in = new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
        return KrongkanJson.readAsRecord(in);
    }
}
