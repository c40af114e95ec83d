package io.github.krongkan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.krongkan.money.Baht;
import io.github.krongkan.project.Project;
import io.github.krongkan.testkit.Property;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Every way into the module in a caller's own {@link ObjectMapper} (stream, tree, {@code
 * convertValue}, buffered type id last, inside beans and collections) gives what {@link
 * KrongkanJson} gives: equal projects for valid input, and for invalid input a {@link
 * JsonMappingException} carrying the krongkan pointer (relative to the project) and the reason.
 */
class ModuleEntryPointsTest {
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new KrongkanModule());

    /** A user's own holder of a project. */
    record Holder(Project project) {}

    /** A user's own record with an amount. */
    record Line(Baht amount) {}

    /** A polymorphic user type whose type id may come after the project (Jackson buffers the object). */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(value = Box.class, name = "box")})
    interface Shape {}

    /** The one subtype. */
    record Box(Project project) implements Shape {}

    private static final String INVALID = "{\"name\":\"n\",\"fiscalYear\":\"2569\"}";

    private static String seed(String name) throws Exception {
        return Files.readString(Path.of("..", "examples", "data", name));
    }

    /** Asserts a mapping failure whose cause is the krongkan error at {@code pointer}. */
    private static void refused(ThrowingCallable call, String pointer, String reason) {
        assertThatThrownBy(call)
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining(reason)
                .satisfies(e -> {
                    Throwable cause = e;
                    while (cause != null && !(cause instanceof KrongkanJsonException)) {
                        cause = cause.getCause();
                    }
                    assertThat(cause)
                            .as("the krongkan error in the cause chain of " + e)
                            .isNotNull();
                    assertThat(((KrongkanJsonException) cause).pointer()).isEqualTo(pointer);
                    assertThat(e.getMessage()).contains(pointer + ": ");
                });
    }

    @Test
    void treeInputOfAnInvalidProjectIsAMappingErrorNotAnIndexError() throws Exception {
        String reason = "fiscalYear";
        JsonNode tree = mapper.readTree(INVALID);
        refused(() -> mapper.treeToValue(tree, Project.class), "/fiscalYear", reason);
        refused(() -> mapper.readerFor(Project.class).readValue(tree), "/fiscalYear", reason);
        // convertValue reports failures as IllegalArgumentException (Jackson's contract), the mapping error as cause.
        refused(() -> convert(Map.of("name", "n", "fiscalYear", "2569")), "/fiscalYear", reason);
        refused(() -> convert(tree), "/fiscalYear", reason);
        // Nested: the pointer is the project's own, Jackson's path names the holder.
        JsonNode held = mapper.readTree("{\"project\":" + INVALID + "}");
        refused(() -> mapper.treeToValue(held, Holder.class), "/fiscalYear", reason);
        refused(() -> mapper.readValue("{\"project\":" + INVALID + "}", Holder.class), "/fiscalYear", reason);
        String missing = "{\"name\":\"n\",\"fiscalYear\":2569,\"targets\":[{\"kind\":\"quantitative\"}]}";
        refused(
                () -> mapper.treeToValue(mapper.readTree(missing), Project.class),
                "/targets/0",
                "missing required field \"text\"");
        refused(
                () -> mapper.readValue("[" + missing + "]", new TypeReference<List<Project>>() {}),
                "/targets/0",
                "missing required field \"text\"");
    }

    private Project convert(Object value) throws JsonMappingException {
        try {
            return mapper.convertValue(value, Project.class);
        } catch (IllegalArgumentException e) {
            assertThat(e.getCause()).isInstanceOf(JsonMappingException.class);
            throw (JsonMappingException) e.getCause();
        }
    }

    @Test
    void bufferedTypeIdLastKeepsThePointerAndReason() throws Exception {
        refused(
                () -> mapper.readValue("{\"project\":" + INVALID + ",\"type\":\"box\"}", Shape.class),
                "/fiscalYear",
                "fiscalYear");
        String valid = seed("001-lat-krabang-fy2564-tracking.json");
        Shape shape = mapper.readValue("{\"project\":" + valid + ",\"type\":\"box\"}", Shape.class);
        assertThat(((Box) shape).project()).isEqualTo(KrongkanJson.readProject(valid));
    }

    @Test
    void nonFiniteAndHugeNumbersAreMappingErrors() throws Exception {
        String json = "{\"name\":\"n\",\"fiscalYear\":2569,\"targets\":[{\"kind\":\"quantitative\",\"text\":\"t\","
                + "\"quantity\":1}]}";
        ObjectNode tree = (ObjectNode) mapper.readTree(json);
        ObjectNode target = (ObjectNode) tree.get("targets").get(0);
        target.put("quantity", Double.NaN);
        refused(() -> mapper.treeToValue(tree, Project.class), "/targets/0/quantity", "not a finite number");
        target.put("quantity", Double.POSITIVE_INFINITY);
        refused(() -> mapper.treeToValue(tree, Project.class), "/targets/0/quantity", "not a finite number");
        // A tree built without the module holds 1e999999999 as an infinite double.
        JsonNode plain = new ObjectMapper().readTree(json.replace("\"quantity\":1", "\"quantity\":1e999999999"));
        refused(() -> mapper.treeToValue(plain, Project.class), "/targets/0/quantity", "not a finite number");
        // With the module the tree keeps the number exactly; it is refused as the text is.
        JsonNode exact = mapper.readTree(json.replace("\"quantity\":1", "\"quantity\":1e999999999"));
        refused(() -> mapper.treeToValue(exact, Project.class), "/targets/0/quantity", "exponent notation");
        // Beyond BigDecimal's exponent (found by the fuzz target): a mapping error, not a NumberFormatException.
        assertThatThrownBy(() -> mapper.readTree(json.replace("\"quantity\":1", "\"quantity\":2561e9999999994")))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("beyond the range of a decimal");
    }

    @Test
    void duplicateKeysAreRefusedWhateverTheMappersSettings() {
        String twoNames = "{\"name\":\"a\",\"name\":\"b\",\"fiscalYear\":2569}";
        String twoNotes = "{\"name\":\"a\",\"fiscalYear\":2569,\"notes\":[\"x\"],\"notes\":[\"y\"]}";
        refused(() -> mapper.readValue(twoNames, Project.class), "/name", "duplicate field \"name\"");
        refused(() -> mapper.readValue(twoNotes, Project.class), "/notes", "duplicate field \"notes\"");
        refused(
                () -> mapper.readValue("{\"project\":" + twoNotes + ",\"type\":\"box\"}", Shape.class),
                "/notes",
                "duplicate field \"notes\"");
        assertThatThrownBy(() -> mapper.readTree(twoNames))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("duplicate field \"name\"");
        assertThatThrownBy(() -> mapper.readValue("{\"project\":" + twoNames + "}", JsonNode.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("duplicate field \"name\"");
    }

    @Test
    void treesKeepDecimalScaleAndPrecision() throws Exception {
        String json = "{\"name\":\"n\",\"fiscalYear\":2569,"
                + "\"progressReports\":[{\"date\":\"2025-12-01\",\"progress\":8.00}],"
                + "\"budget\":{\"activities\":[{\"name\":\"a\",\"lines\":[{\"item\":\"i\",\"unitCost\":\"12.34\","
                + "\"factors\":[{\"count\":1234567.123456789012,\"unit\":\"u\"},{\"count\":2.50,\"unit\":\"v\"}]}]}],"
                + "\"statedTotal\":\"123456789012.34\"}}";
        Project expected = KrongkanJson.readProject(json.replaceFirst("\\{", "{\"format\":\"krongkan/1\","));
        assertThat(mapper.treeToValue(mapper.readTree(json), Project.class)).isEqualTo(expected);
        assertThat(mapper.convertValue(mapper.readTree(json), Project.class)).isEqualTo(expected);
        assertThat(mapper.readerFor(Project.class).<Project>readValue(mapper.readTree(json)))
                .isEqualTo(expected);
        ObjectMapper bigDecimals = new ObjectMapper()
                .registerModule(new KrongkanModule())
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        assertThat(bigDecimals.treeToValue(bigDecimals.readTree(json), Project.class))
                .isEqualTo(expected);
        assertThat(mapper.readTree("2.50").decimalValue()).isEqualTo(new BigDecimal("2.50"));
        assertThat(mapper.readTree("2.5").isDouble()).isTrue();
    }

    @Test
    void bahtIsADecimalStringInAndOut() throws Exception {
        Line line = new Line(Baht.parse("123456789012.34"));
        String json = mapper.writeValueAsString(line);
        assertThat(json).isEqualTo("{\"amount\":\"123456789012.34\"}");
        assertThat(mapper.readValue(json, Line.class)).isEqualTo(line);
        assertThat(mapper.treeToValue(mapper.readTree(json), Line.class)).isEqualTo(line);
        assertThat(mapper.convertValue(Map.of("amount", "123456789012.34"), Line.class))
                .isEqualTo(line);
        assertThatThrownBy(() -> mapper.readValue("{\"amount\":123456789012.34}", Line.class))
                .isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("decimal string");
        assertThatThrownBy(() -> mapper.treeToValue(mapper.readTree("{\"amount\":123456789012.34}"), Line.class))
                .isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("decimal string");
    }

    @Test
    void everyEntryPointReadsWhatKrongkanJsonReads() {
        Property.forAll(RandomProjects.gen()).examples(150).check(project -> {
            try {
                String json = KrongkanJson.writeCompact(project);
                Project expected = KrongkanJson.readProject(json);
                assertThat(mapper.readValue(json, Project.class)).isEqualTo(expected);
                JsonNode tree = mapper.readTree(json);
                assertThat(mapper.treeToValue(tree, Project.class)).isEqualTo(expected);
                assertThat(mapper.convertValue(tree, Project.class)).isEqualTo(expected);
                assertThat(mapper.readValue("{\"project\":" + json + "}", Holder.class)
                                .project())
                        .isEqualTo(expected);
                assertThat(mapper.treeToValue(mapper.readTree("{\"project\":" + json + "}"), Holder.class)
                                .project())
                        .isEqualTo(expected);
                assertThat(((Box) mapper.readValue("{\"project\":" + json + ",\"type\":\"box\"}", Shape.class))
                                .project())
                        .isEqualTo(expected);
                assertThat(mapper.readValue("[" + json + "," + json + "]", new TypeReference<List<Project>>() {}))
                        .containsExactly(expected, expected);
                assertThat(mapper.readValue("{\"a\":" + json + "}", new TypeReference<Map<String, Project>>() {}))
                        .containsEntry("a", expected);
                // And the module writes what KrongkanJson writes, without the format member.
                assertThat(mapper.readTree(mapper.writeValueAsString(project)))
                        .isEqualTo(mapper.readTree(json.replace("{\"format\":\"krongkan/1\",", "{")));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void theExceptionCarriesLineAndColumn() {
        assertThatThrownBy(() -> KrongkanJson.readProject("{\"format\":\"krongkan/1\",\n  \"name\": 5}"))
                .isInstanceOfSatisfying(KrongkanJsonException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/name");
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(11);
                    assertThat(e.getMessage()).endsWith("(line 2, column 11)");
                });
        KrongkanJsonException fromTree = new KrongkanJsonException("/x", "why", null);
        assertThat(fromTree.line()).isEqualTo(-1);
        assertThat(fromTree.column()).isEqualTo(-1);
        assertThat(fromTree.getMessage()).isEqualTo("/x: why");
    }
}
