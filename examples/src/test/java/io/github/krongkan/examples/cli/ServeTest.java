package io.github.krongkan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.krongkan.json.KrongkanJson;
import io.github.krongkan.money.Baht;
import io.github.krongkan.money.BahtText;
import io.github.krongkan.money.BahtTextConvention;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code krongkan serve}: the JSON endpoints, their errors with pointers, the size limit. */
class ServeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final long LIMIT = 512 * 1024;

    private static ServeCommand.Running server;

    @BeforeAll
    static void start() throws IOException {
        server = ServeCommand.start(0, LIMIT);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<String> post(String path, byte[] body) throws Exception {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create(server.address() + path.substring(1)))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .header("Content-Type", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return post(path, body.getBytes(StandardCharsets.UTF_8));
    }

    /** An error answer: JSON with the status, the pointer and a message, and no stack trace. */
    private static JsonNode error(HttpResponse<String> response, int status, String pointer) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.get("status").intValue()).isEqualTo(status);
        assertThat(error.get("pointer").textValue()).isEqualTo(pointer);
        assertThat(error.get("message").textValue()).isNotBlank();
        assertThat(response.body()).doesNotContain("\tat ", "Exception:");
        return error;
    }

    private static JsonSchema findingsSchema() throws IOException {
        try (InputStream in = KrongkanJson.class.getResourceAsStream(KrongkanJson.FINDINGS_SCHEMA_RESOURCE)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        }
    }

    @Test
    void checkAnswersTheFindingsOfEveryBundledDocumentAsTheCliFindsThem() throws Exception {
        JsonSchema schema = findingsSchema();
        List<Path> documents = new ArrayList<>();
        try (var files = Files.list(Path.of("data"))) {
            files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(documents::add);
        }
        try (var files = Files.list(Path.of("data/records"))) {
            files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(documents::add);
        }
        assertThat(documents).hasSizeGreaterThanOrEqualTo(8);
        for (Path document : documents) {
            HttpResponse<String> response = post("/check", Files.readAllBytes(document));
            assertThat(response.statusCode())
                    .as(document + ": " + response.body())
                    .isEqualTo(200);
            JsonNode findings = JSON.readTree(response.body());
            assertThat(schema.validate(findings)).as(document.toString()).isEmpty();
            Run cli = Run.of("check", "--json", "--exit-zero", document.toString());
            JsonNode expected = JSON.readTree(cli.out()).get("documents").get(0).get("findings");
            assertThat(findings).as(document.toString()).isEqualTo(expected);
        }
        JsonNode seed004 = JSON.readTree(
                post("/check", Files.readAllBytes(Path.of("data/004-samut-prakan-2-quality-assurance.json")))
                        .body());
        assertThat(seed004.findValuesAsText("code")).contains("BUDGET_LINE_ARITHMETIC_MISMATCH");
    }

    @Test
    void aPortfolioIsCheckedProjectByProjectWithPointersIntoIt() throws Exception {
        String project = Files.readString(Path.of("data/004-samut-prakan-2-quality-assurance.json"));
        String portfolio = "{\"format\":\"krongkan/1\",\"projects\":["
                + project.replaceFirst("\"format\"\\s*:\\s*\"krongkan/1\"\\s*,", "")
                + "]}";
        JsonNode findings = JSON.readTree(post("/check", portfolio).body());
        assertThat(findings).isNotEmpty();
        assertThat(findings.findValuesAsText("path")).allMatch(p -> p.startsWith("/projects/0/"));
    }

    @Test
    void anUnreadableDocumentGetsItsPointerAndReason() throws Exception {
        String document = Files.readString(Path.of("data/000-bang-khen-network-19.json"))
                .replaceFirst("\"fiscalYear\"\\s*:\\s*\\d+", "\"fiscalYear\": \"soon\"");
        JsonNode error = error(post("/check", document), 400, "/fiscalYear");
        assertThat(error.get("error").textValue()).isEqualTo("bad request");
        error(post("/check", "{\"format\": \"krongkan/1\", \"name\": \"x\", \"name\": \"y\"}"), 400, "/name");
        error(post("/check", "not json"), 400, "");
    }

    @Test
    void evaluateAnswersTheEvaluatedViewOfAProject() throws Exception {
        JsonSchema schema;
        try (InputStream in = KrongkanJson.class.getResourceAsStream(KrongkanJson.EVALUATION_SCHEMA_RESOURCE)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        }
        Path seed004 = Path.of("data/004-samut-prakan-2-quality-assurance.json");
        HttpResponse<String> response = post("/evaluate", Files.readAllBytes(seed004));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode evaluation = JSON.readTree(response.body());
        assertThat(schema.validate(evaluation)).isEmpty();
        assertThat(evaluation)
                .isEqualTo(JSON.readTree(KrongkanJson.writeEvaluation(KrongkanJson.readProject(seed004))));
        error(
                post(
                        "/evaluate",
                        Files.readAllBytes(Path.of("data/records/004-samut-prakan-2-quality-assurance.record.json"))),
                400,
                "");
        error(post("/evaluate", "{\"format\": \"krongkan/1\", \"fiscalYear\": 2564}"), 400, "");
    }

    @Test
    void bahtTextBothWays() throws Exception {
        JsonNode words =
                JSON.readTree(post("/bahttext", "{\"amount\": \"90000\"}").body());
        assertThat(words.get("words").textValue()).isEqualTo("เก้าหมื่นบาทถ้วน");
        assertThat(words.get("amount").textValue()).isEqualTo("90000.00");
        assertThat(words.get("convention").textValue()).isEqualTo("royalInstitute");
        JsonNode tens = JSON.readTree(post("/bahttext", "{\"amount\": 101.01, \"convention\": \"tensOnly\"}")
                .body());
        assertThat(tens.get("words").textValue())
                .isEqualTo(BahtText.format(Baht.parse("101.01"), BahtTextConvention.TENS_ONLY))
                .isNotEqualTo(BahtText.format(Baht.parse("101.01"), BahtTextConvention.ROYAL_INSTITUTE));
        JsonNode read = JSON.readTree(
                post("/bahttext", "{\"words\": \"หนึ่งแสนสองหมื่นบาทถ้วน\"}").body());
        assertThat(read.get("amount").textValue()).isEqualTo("120000.00");
        assertThat(read.get("convention").isNull()).isTrue();
        error(post("/bahttext", "{\"amount\": \"90000\", \"colour\": 1}"), 400, "/colour");
        error(post("/bahttext", "{\"amount\": \"9x\"}"), 400, "/amount");
        error(post("/bahttext", "{\"words\": \"เก้าหมื่นบาทถ้วนถ้วน\"}"), 400, "/words");
        error(post("/bahttext", "{\"amount\": \"1\", \"convention\": \"roman\"}"), 400, "/convention");
        error(post("/bahttext", "{}"), 400, "");
    }

    @Test
    void fiscalPlacesADateInTheThaiFiscalCalendar() throws Exception {
        JsonNode answer =
                JSON.readTree(post("/fiscal", "{\"date\": \"31/10/2563\"}").body());
        assertThat(answer.get("date").textValue()).isEqualTo("2020-10-31");
        assertThat(answer.get("fiscalYear").intValue()).isEqualTo(2564);
        assertThat(answer.get("fiscalQuarter").intValue()).isEqualTo(1);
        assertThat(answer.get("fiscalMonth").intValue()).isEqualTo(1);
        assertThat(answer.get("monthThai").textValue()).isEqualTo("ตุลาคม");
        assertThat(answer.get("thai").textValue()).isEqualTo("31 ตุลาคม 2563");
        assertThat(answer.get("monthFirst").booleanValue()).isFalse();
        assertThat(JSON.readTree(post("/fiscal", "{\"date\": \"2021-09-30\"}").body())
                        .get("fiscalYear")
                        .intValue())
                .isEqualTo(2564);
        error(post("/fiscal", "{\"date\": \"03/04/2021\"}"), 400, "/date");
        error(post("/fiscal", "{\"date\": 20201031}"), 400, "/date");
        error(post("/fiscal", "[\"31/10/2563\"]"), 400, "");
    }

    @Test
    void otherPathsMethodsAndSizesAreRefusedAsJson() throws Exception {
        error(post("/nowhere", "{}"), 404, "");
        HttpResponse<String> get = CLIENT.send(
                HttpRequest.newBuilder(URI.create(server.address() + "check"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        error(get, 405, "");
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
        byte[] large = new byte[(int) LIMIT + 1];
        java.util.Arrays.fill(large, (byte) ' ');
        error(post("/check", large), 413, "");
    }
}
