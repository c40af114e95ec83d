package io.github.krongkan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.krongkan.check.Finding;
import io.github.krongkan.check.ProjectCheck;
import io.github.krongkan.check.Severity;
import io.github.krongkan.project.Project;
import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.Property;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The findings form: written and read by {@link KrongkanJson} and the module alike, valid against its schema. */
class FindingsJsonTest {
    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new KrongkanModule());
    private static final JsonSchema SCHEMA = load();
    private static final ProjectCheck CHECK = ProjectCheck.standard();

    private static JsonSchema load() {
        try (InputStream in = KrongkanJson.class.getResourceAsStream(KrongkanJson.FINDINGS_SCHEMA_RESOURCE)) {
            assertThat(in).as("findings schema resource").isNotNull();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void assertValid(String json) {
        try {
            assertThat(SCHEMA.validate(PLAIN.readTree(json))).as(json).isEmpty();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A finding with random content: Thai and English text, optional values, pointers with escapes. */
    static Finding randomFinding(RandomGenerator random) {
        String[] texts = {"ยอดรวมไม่ตรง", "sum differs", "\"quoted\" \\ back", "ก\u0E48า\n tab\t", "😀 emoji"};
        Finding.Builder b = Finding.builder()
                .code("RULE_" + random.nextInt(100))
                .severity(Severity.values()[random.nextInt(3)])
                .path(random.nextBoolean() ? "" : "/targets/" + random.nextInt(9) + "/a~1b~0c")
                .message(texts[random.nextInt(texts.length)] + " m")
                .messageThai(texts[random.nextInt(texts.length)] + " ท");
        if (random.nextBoolean()) {
            b.expected(random.nextBoolean() ? "" : "90000.00");
        }
        if (random.nextBoolean()) {
            b.actual(texts[random.nextInt(texts.length)]);
        }
        return b.build();
    }

    /** From none to five random findings. */
    private static Gen<List<Finding>> randomFindings() {
        return (random, size) -> {
            List<Finding> findings = new ArrayList<>();
            for (int i = random.nextInt(6); i > 0; i--) {
                findings.add(randomFinding(random));
            }
            return List.copyOf(findings);
        };
    }

    @Test
    void randomFindingsRoundTripAndValidate() {
        Property.forAll(randomFindings()).examples(300).check(findings -> {
            String json = KrongkanJson.writeFindings(findings);
            assertValid(json);
            assertThat(KrongkanJson.readFindings(json)).isEqualTo(findings);
            assertThat(KrongkanJson.readFindings(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                    .isEqualTo(findings);
        });
    }

    @Test
    void findingsOfTheExamplesAndOfGeneratedProjectsValidateAndReadBack() throws IOException {
        List<Project> projects = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("..", "examples", "data"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                projects.add(KrongkanJson.readProject(file));
            }
        }
        assertThat(projects).isNotEmpty();
        int total = 0;
        for (Project project : projects) {
            total += assertFindingsValidateAndReadBack(project);
        }
        assertThat(total).as("the examples have findings").isPositive();
        Property.forAll(RandomProjects.gen()).examples(200).check(project -> {
            try {
                assertFindingsValidateAndReadBack(project);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    /** The project's findings validate, read back equal and are written alike by the module; their number. */
    private static int assertFindingsValidateAndReadBack(Project project) throws IOException {
        List<Finding> findings = CHECK.check(project);
        String json = KrongkanJson.writeFindings(findings);
        assertValid(json);
        assertThat(KrongkanJson.readFindings(json)).isEqualTo(findings);
        // The module writes the same form, item by item.
        assertThat(PLAIN.readTree(MAPPER.writeValueAsString(findings))).isEqualTo(PLAIN.readTree(json));
        assertThat(MAPPER.readValue(json, new TypeReference<List<Finding>>() {}))
                .isEqualTo(findings);
        return findings.size();
    }

    @Test
    void writesTheDocumentedForm() {
        Finding f = Finding.builder()
                .code("BUDGET_TOTAL_MISMATCH")
                .severity(Severity.ERROR)
                .path("/budget/statedTotal")
                .message("stated total differs")
                .messageThai("ยอดรวมไม่ตรง")
                .expected("100.00")
                .actual("90.00")
                .build();
        assertThat(KrongkanJson.writeFindings(List.of(f)))
                .isEqualTo("[\n  {\n    \"code\": \"BUDGET_TOTAL_MISMATCH\",\n    \"severity\": \"error\",\n"
                        + "    \"path\": \"/budget/statedTotal\",\n    \"message\": \"stated total differs\",\n"
                        + "    \"messageThai\": \"ยอดรวมไม่ตรง\",\n    \"expected\": \"100.00\",\n"
                        + "    \"actual\": \"90.00\"\n  }\n]\n");
        assertThat(KrongkanJson.writeFindings(List.of())).isEqualTo("[ ]\n");
    }

    @Test
    void refusesInvalidFindingsWithThePointer() {
        String ok = "{\"code\":\"X\",\"severity\":\"info\",\"path\":\"\",\"message\":\"m\",\"messageThai\":\"ท\"}";
        assertThat(KrongkanJson.readFindings("[" + ok + "]")).hasSize(1);
        assertThatThrownBy(() -> KrongkanJson.readFindings("[" + ok + "," + ok.replace("\"info\"", "\"fatal\"") + "]"))
                .isInstanceOf(KrongkanJsonException.class)
                .satisfies(
                        e -> assertThat(((KrongkanJsonException) e).pointer()).isEqualTo("/1/severity"))
                .hasMessageContaining("expected one of [error, warning, info]");
        assertThatThrownBy(() -> KrongkanJson.readFindings("[" + ok.replace(",\"path\":\"\"", "") + "]"))
                .isInstanceOf(KrongkanJsonException.class)
                .hasMessageContaining("missing required field \"path\"");
        assertThatThrownBy(() -> KrongkanJson.readFindings("[" + ok.replace("}", ",\"rule\":1}") + "]"))
                .isInstanceOf(KrongkanJsonException.class)
                .hasMessageContaining("unknown field \"rule\"");
        assertThatThrownBy(() -> KrongkanJson.readFindings("[" + ok.replace("\"\"", "\"targets\"") + "]"))
                .isInstanceOf(KrongkanJsonException.class)
                .satisfies(
                        e -> assertThat(((KrongkanJsonException) e).pointer()).isEqualTo("/0"))
                .hasMessageContaining("JSON pointer");
        assertThatThrownBy(() -> KrongkanJson.readFindings(ok))
                .isInstanceOf(KrongkanJsonException.class)
                .hasMessageContaining("as a JSON array");
        assertThatThrownBy(() -> MAPPER.readValue(ok.replace("\"X\"", "\"lower\""), Finding.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("code must be upper-case");
        assertValid("[" + ok + "]");
        assertThat(SCHEMA.validate(readTree("[" + ok.replace("\"info\"", "\"fatal\"") + "]")))
                .isNotEmpty();
        assertThat(SCHEMA.validate(readTree("[" + ok.replace("\"\"", "\"targets\"") + "]")))
                .isNotEmpty();
        assertThat(SCHEMA.validate(readTree("[" + ok.replace("}", ",\"rule\":1}") + "]")))
                .isNotEmpty();
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return PLAIN.readTree(json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void docsCarryTheSameFindingsSchema() throws IOException {
        String resource;
        try (InputStream in = KrongkanJson.class.getResourceAsStream(KrongkanJson.FINDINGS_SCHEMA_RESOURCE)) {
            resource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path docs = Path.of("..", "docs");
        assertThat(Files.readString(docs.resolve("krongkan-findings-1.schema.json")))
                .isEqualTo(resource);
        String page = Files.readString(docs.resolve("json-format.md"));
        for (String field : List.of("code", "severity", "path", "message", "messageThai", "expected", "actual")) {
            assertThat(page).as("docs/json-format.md describes " + field).contains("| `" + field + "` |");
        }
        assertThat(page).contains("krongkan-findings-1.schema.json");
    }
}
