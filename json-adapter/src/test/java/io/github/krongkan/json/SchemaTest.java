package io.github.krongkan.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.krongkan.testkit.Property;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The shipped JSON Schema agrees with the reader and the writer. */
class SchemaTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchema SCHEMA = load();

    private static JsonSchema load() {
        try (InputStream in = KrongkanJson.class.getResourceAsStream(KrongkanJson.SCHEMA_RESOURCE)) {
            assertThat(in).as("schema resource").isNotNull();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    static Set<ValidationMessage> validate(String json) throws Exception {
        JsonNode node = MAPPER.readTree(json);
        return SCHEMA.validate(node);
    }

    @Test
    void everyWrittenProjectDocumentIsValid() {
        Property.forAll(RandomProjects.gen()).examples(1000).check(project -> {
            try {
                assertThat(validate(KrongkanJson.write(project))).isEmpty();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void everyWrittenPortfolioIsValid() {
        Property.forAll(RandomProjects.portfolios()).examples(200).check(portfolio -> {
            try {
                assertThat(validate(KrongkanJson.writePortfolio(portfolio))).isEmpty();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void schemaRejectsWhatTheReaderRejects() throws Exception {
        String minimal = "{\"format\":\"krongkan/1\",\"name\":\"โครงการ\",\"fiscalYear\":2569}";
        assertThat(validate(minimal)).isEmpty();
        assertThat(validate(minimal.replace("}", ",\"colour\":\"red\"}"))).isNotEmpty();
        assertThat(validate("{\"format\":\"krongkan/1\",\"fiscalYear\":2569}")).isNotEmpty();
        assertThat(validate(minimal.replace("2569", "\"2569\""))).isNotEmpty();
        assertThat(validate(minimal.replace("krongkan/1", "krongkan/2"))).isNotEmpty();
        assertThat(validate(minimal.replace("}", ",\"status\":\"done\"}"))).isNotEmpty();
        assertThat(validate(minimal.replace("}", ",\"targets\":[{\"kind\":\"quantitative\",\"text\":\"t\"}]}")))
                .isNotEmpty();
        assertThat(validate(minimal.replace("}", ",\"plannedPeriod\":{\"start\":\"2025-11\",\"end\":\"2026-06-30\"}}")))
                .isNotEmpty();
        String line = "{\"item\":\"ค่าอาหาร\",\"unitCost\":\"100.00\",\"factors\":[{\"count\":20,\"unit\":\"คน\"}]}";
        String budget =
                minimal.replace("}", ",\"budget\":{\"activities\":[{\"name\":\"ก\",\"lines\":[" + line + "]}]}}");
        assertThat(validate(budget)).isEmpty();
        assertThat(validate(budget.replace("\"100.00\"", "\"100.005\""))).isNotEmpty();
        assertThat(validate(budget.replace("\"100.00\"", "\"1,000\""))).isNotEmpty();
        assertThat(validate(budget.replace("\"unitCost\":\"100.00\",", ""))).isNotEmpty();
        assertThat(validate(budget.replace("\"unitCost\":\"100.00\",", "\"statedAmount\":\"1.00\",")))
                .isNotEmpty();
        assertThat(
                        validate(
                                minimal.replace(
                                        "}",
                                        ",\"ledger\":{\"received\":\"1.00\",\"entries\":[{\"kind\":\"return\",\"amount\":\"0.00\"}]}}")))
                .isNotEmpty();
        assertThat(
                        validate(
                                minimal.replace(
                                        "}",
                                        ",\"ledger\":{\"received\":\"1.00\",\"entries\":[{\"kind\":\"return\",\"amount\":\"0.50\"}]}}")))
                .isEmpty();
        assertThat(validate(minimal.replace(
                        "}",
                        ",\"budget\":{\"allocations\":[{\"total\":\"1.00\",\"shares\":[{\"amount\":\"1.00\"}]}]}}")))
                .isNotEmpty();
    }

    @Test
    void docsCarryTheSameSchemaAndDescribeEveryField() throws Exception {
        Path docs = Path.of("..", "docs");
        String resource;
        try (InputStream in = KrongkanJson.class.getResourceAsStream(KrongkanJson.SCHEMA_RESOURCE)) {
            resource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(docs.resolve("krongkan-1.schema.json"))).isEqualTo(resource);
        String page = Files.readString(docs.resolve("json-format.md"));
        Set<String> fields = new TreeSet<>();
        collectPropertyNames(MAPPER.readTree(resource), fields);
        assertThat(fields).isNotEmpty();
        for (String field : fields) {
            assertThat(page).as("docs/json-format.md describes " + field).contains("| `" + field + "` |");
        }
    }

    private static void collectPropertyNames(JsonNode node, Set<String> into) {
        if (node.isObject()) {
            JsonNode properties = node.get("properties");
            if (properties != null && properties.isObject()) {
                properties.fieldNames().forEachRemaining(into::add);
            }
            node.elements().forEachRemaining(child -> collectPropertyNames(child, into));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collectPropertyNames(child, into));
        }
    }
}
