package io.github.krongkan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.krongkan.json.KrongkanJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate} prints the evaluated view, and {@code check --json} the findings form, each valid against its schema. */
class EvaluateAndFindingsJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final JsonSchema FINDINGS = FACTORY.getSchema(KrongkanJson.findingsSchema());
    private static final JsonSchema EVALUATION = FACTORY.getSchema(KrongkanJson.evaluationSchema());

    private static List<String> seeds() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("data"))) {
            return files.map(Path::toString)
                    .filter(f -> f.endsWith(".json"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void checkJsonFindingsOfEverySeedValidateAgainstTheFindingsSchema() throws IOException {
        List<String> seeds = seeds();
        assertThat(seeds).hasSizeGreaterThanOrEqualTo(5);
        for (String seed : seeds) {
            Run run = Run.of("check", "--json", "--exit-zero", seed);
            assertThat(run.exit()).as(seed).isZero();
            JsonNode report = MAPPER.readTree(run.out());
            assertThat(FINDINGS.validate(report)).as(seed).isEmpty();
            JsonNode documents = report.get("documents");
            assertThat(documents).hasSize(1);
            JsonNode findings = documents.get(0).get("findings");
            assertThat(FINDINGS.validate(findings)).as(seed).isEmpty();
            if (!seed.contains("000") && !seed.contains("003")) {
                assertThat(findings).as(seed).isNotEmpty();
            }
        }
    }

    @Test
    void theWholeCheckReportValidatesWithUnreadableDocumentsAndRecords(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\":\"krongkan/1\",\"name\":\"ก\",\"fiscalYear\":\"2569\"}");
        Run run = Run.of(
                "check",
                "--json",
                "--exit-zero",
                bad.toString(),
                "data/records/001-lat-krabang-fy2564-tracking.record.json",
                "data/004-samut-prakan-2-quality-assurance.json");
        JsonNode report = MAPPER.readTree(run.out());
        assertThat(FINDINGS.validate(report)).isEmpty();
        assertThat(report.at("/documents/0/unreadable").asText()).contains("/fiscalYear");
        assertThat(report.at("/documents/1/versions").asInt()).isEqualTo(1);
        // A member the schema does not know, or a findings array of the wrong shape, is refused.
        ((ObjectNode) report.at("/documents/2")).put("colour", "red");
        assertThat(FINDINGS.validate(report)).isNotEmpty();
        assertThat(FINDINGS.validate(MAPPER.readTree("{\"documents\":[{\"file\":\"a\",\"findings\":{}}]}")))
                .isNotEmpty();
    }

    @Test
    void evaluatePrintsTheEvaluatedViewOfEverySeed() throws IOException {
        for (String seed : seeds()) {
            Run run = Run.of("evaluate", seed);
            assertThat(run.exit()).as(seed + run.err()).isZero();
            assertThat(run.err()).isEmpty();
            JsonNode view = MAPPER.readTree(run.out());
            assertThat(EVALUATION.validate(view)).as(seed).isEmpty();
            assertThat(run.out()).isEqualTo(KrongkanJson.writeEvaluation(KrongkanJson.readProject(Path.of(seed))));
        }
        JsonNode line = MAPPER.readTree(Run.of("evaluate", "data/004-samut-prakan-2-quality-assurance.json")
                        .out())
                .at("/budget/activities/0/lines/3");
        assertThat(line.get("computed").asText()).isEqualTo("16000.00");
        assertThat(line.get("stated").asText()).isEqualTo("13000.00");
    }

    @Test
    void evaluateReadsStandardInputAndRefusesWhatIsNotOneProject(@TempDir Path dir) throws IOException {
        Run stdin =
                Run.withInput("{\"format\":\"krongkan/1\",\"name\":\"โครงการ\",\"fiscalYear\":2569}", "evaluate", "-");
        assertThat(stdin.exit()).isZero();
        assertThat(MAPPER.readTree(stdin.out()).get("budget").isNull()).isTrue();

        Path portfolio = dir.resolve("portfolio.json");
        Files.writeString(portfolio, "{\"format\":\"krongkan/1\",\"projects\":[{\"name\":\"ก\",\"fiscalYear\":2569}]}");
        Run refused = Run.of("evaluate", portfolio.toString());
        assertThat(refused.exit()).isEqualTo(Krongkan.UNUSABLE);
        assertThat(refused.err()).contains("a portfolio document; evaluate takes one project document");

        Run missing = Run.of("evaluate", dir.resolve("missing.json").toString());
        assertThat(missing.exit()).isEqualTo(Krongkan.UNUSABLE);
        assertThat(missing.err()).startsWith("krongkan evaluate: ");

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\":\"krongkan/1\",\"name\":\"ก\",\"fiscalYear\":\"2569\"}");
        Run unreadable = Run.of("evaluate", bad.toString());
        assertThat(unreadable.exit()).isEqualTo(Krongkan.UNUSABLE);
        assertThat(unreadable.err()).contains("bad.json: unreadable: /fiscalYear");

        assertThat(Run.of("evaluate").exit()).isEqualTo(Krongkan.UNUSABLE);
        assertThat(Run.of("evaluate", "a.json", "b.json").err()).contains("expected one FILE");
    }
}
