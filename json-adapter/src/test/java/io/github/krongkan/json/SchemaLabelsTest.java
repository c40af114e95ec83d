package io.github.krongkan.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.krongkan.budget.BudgetCategory;
import io.github.krongkan.budget.BudgetSourceKind;
import io.github.krongkan.budget.LedgerEntryKind;
import io.github.krongkan.check.Severity;
import io.github.krongkan.indicator.Accumulation;
import io.github.krongkan.indicator.ChangeBasis;
import io.github.krongkan.indicator.Direction;
import io.github.krongkan.indicator.FormulaKind;
import io.github.krongkan.indicator.IndicatorType;
import io.github.krongkan.indicator.IndicatorUnit;
import io.github.krongkan.indicator.Instrument;
import io.github.krongkan.indicator.Measure;
import io.github.krongkan.lifecycle.Action;
import io.github.krongkan.lifecycle.ReviewLevel;
import io.github.krongkan.lifecycle.Stage;
import io.github.krongkan.lifecycle.VersionKind;
import io.github.krongkan.network.OfficeKind;
import io.github.krongkan.project.ApprovalRole;
import io.github.krongkan.project.EvidenceKind;
import io.github.krongkan.project.MonitoringKind;
import io.github.krongkan.project.ProjectStatus;
import io.github.krongkan.project.TargetKind;
import io.github.krongkan.risk.RiskResponse;
import io.github.krongkan.risk.RiskScoreRule;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The schemas describe themselves for front-ends (docs/frontend.md): every property and definition has a title and a
 * description in English and in Thai, every enum value a label in both languages that agrees with the Java enum the
 * format writes, and one mistake in a project document gives one error.
 */
class SchemaLabelsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> CONDITIONAL = Set.of("if", "then", "else");
    private static final List<String> ANNOTATIONS = List.of("title", "x-title-th", "description", "x-description-th");

    private static JsonNode tree(String resource) {
        try (InputStream in = KrongkanJson.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static final JsonNode DOCUMENT = tree(KrongkanJson.SCHEMA_RESOURCE);
    private static final JsonNode FINDINGS = tree(KrongkanJson.FINDINGS_SCHEMA_RESOURCE);

    /** Where the format writes each enum: a JSON pointer into the schema, the enum, the values it leaves out. */
    private record EnumPlace(JsonNode schema, String pointer, Class<? extends Enum<?>> type, Set<String> excluded) {
        @Override
        public String toString() {
            return pointer + " ← " + type.getSimpleName();
        }
    }

    private static EnumPlace place(String pointer, Class<? extends Enum<?>> type) {
        return new EnumPlace(DOCUMENT, pointer, type, Set.of());
    }

    static Stream<EnumPlace> enumPlaces() {
        String d = "/$defs/";
        return Stream.of(
                place(d + "projectFields/properties/status", ProjectStatus.class),
                place(d + "progressReport/properties/statusChange", ProjectStatus.class),
                place(d + "projectFields/properties/approvals/items/properties/role", ApprovalRole.class),
                place(d + "closeOutResult/properties/kind", TargetKind.class),
                place(d + "office/properties/kind", OfficeKind.class),
                place(d + "riskMatrix/properties/scoreRule", RiskScoreRule.class),
                place(d + "risk/properties/response", RiskResponse.class),
                place(d + "formula/properties/kind", FormulaKind.class),
                place(d + "formula/properties/changeBasis", ChangeBasis.class),
                place(d + "indicator/properties/type", IndicatorType.class),
                place(d + "indicator/properties/types/items", IndicatorType.class),
                place(d + "indicator/properties/measure", Measure.class),
                place(d + "indicator/properties/unit", IndicatorUnit.class),
                place(d + "indicator/properties/direction", Direction.class),
                place(d + "indicator/properties/accumulation", Accumulation.class),
                place(d + "indicator/properties/instrument", Instrument.class),
                place(d + "monitoringItem/properties/instrument", Instrument.class),
                place(d + "monitoringItem/properties/kind", MonitoringKind.class),
                place(d + "budgetLine/properties/category", BudgetCategory.class),
                place(d + "ledger/properties/entries/items/properties/kind", LedgerEntryKind.class),
                place(d + "budgetSource/properties/kind", BudgetSourceKind.class),
                place(d + "evidence/properties/kind", EvidenceKind.class),
                // The reader refuses closed as an initial stage: nothing follows it.
                new EnumPlace(DOCUMENT, d + "recordFields/properties/initialStage", Stage.class, Set.of("closed")),
                place(d + "version/properties/kind", VersionKind.class),
                place(d + "transition/properties/action", Action.class),
                place(d + "transition/properties/level", ReviewLevel.class),
                new EnumPlace(FINDINGS, d + "finding/properties/severity", Severity.class, Set.of()));
    }

    private static Optional<String> thai(Enum<?> constant) {
        try {
            Method thai = constant.getDeclaringClass().getMethod("thai");
            return Optional.of((String) thai.invoke(constant));
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @MethodSource("enumPlaces")
    void everyEnumValueIsLabelledInBothLanguagesAsTheJavaEnumIs(EnumPlace place) {
        JsonNode node = place.schema().at(place.pointer());
        assertThat(node.isMissingNode()).as(place.pointer()).isFalse();
        assertThat(node.has("enum")).as("labelled values replace the bare enum").isFalse();
        Map<String, JsonNode> labels = new LinkedHashMap<>();
        node.get("oneOf").forEach(option -> labels.put(option.get("const").asText(), option));

        List<String> expected = new ArrayList<>(JsonNames.all(place.type()));
        expected.removeAll(place.excluded());
        assertThat(labels.keySet()).as("the JSON names of " + place.type()).containsExactlyElementsOf(expected);
        for (Enum<?> constant : place.type().getEnumConstants()) {
            JsonNode label = labels.get(JsonNames.of(constant));
            if (label == null) {
                continue;
            }
            assertThat(label.path("title").asText())
                    .as("English label of " + constant)
                    .isNotBlank();
            assertThat(label.path("x-title-th").asText())
                    .as("Thai label of " + constant)
                    .isNotBlank();
            thai(constant)
                    .ifPresent(t -> assertThat(label.get("x-title-th").asText())
                            .as("Thai label of " + constant + " is its thai()")
                            .isEqualTo(t));
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                KrongkanJson.SCHEMA_RESOURCE,
                KrongkanJson.FINDINGS_SCHEMA_RESOURCE,
                ReferenceJson.SCHEMA_RESOURCE
            })
    void everyPropertyAndDefinitionIsTitledAndDescribedInBothLanguages(String resource) {
        JsonNode schema = tree(resource);
        List<String> undescribed = new ArrayList<>();
        for (String annotation : ANNOTATIONS) {
            if (!schema.path(annotation).isTextual()) {
                undescribed.add("(root) " + annotation);
            }
        }
        schema.get("$defs").fields().forEachRemaining(def -> {
            check("/$defs/" + def.getKey(), def.getValue(), undescribed);
            collect("/$defs/" + def.getKey(), def.getValue(), undescribed);
        });
        assertThat(undescribed).as(resource).isEmpty();
    }

    private static void check(String where, JsonNode node, List<String> undescribed) {
        for (String annotation : ANNOTATIONS) {
            if (!node.path(annotation).isTextual()
                    || node.get(annotation).asText().isBlank()) {
                undescribed.add(where + " " + annotation);
            }
        }
    }

    /**
     * Every property with a schema of its own: not {@code true} or {@code false}, which only name a member a branch
     * requires or forbids, and not in the conditions and consequences of {@code if}, which refine members declared
     * beside them.
     */
    private static void collect(String where, JsonNode node, List<String> undescribed) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (CONDITIONAL.contains(field.getKey())) {
                    return;
                }
                String at = where + "/" + field.getKey();
                if (field.getKey().equals("properties") && field.getValue().isObject()) {
                    field.getValue().fields().forEachRemaining(property -> {
                        if (property.getValue().isObject()) {
                            check(at + "/" + property.getKey(), property.getValue(), undescribed);
                        }
                    });
                }
                collect(at, field.getValue(), undescribed);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(where + "/" + i, node.get(i), undescribed);
            }
        }
    }

    @Test
    void isoDatesCarryTheDateFormat() {
        assertThat(DOCUMENT.at("/$defs/isoDate/format").asText()).isEqualTo("date");
        assertThat(tree(ReferenceJson.SCHEMA_RESOURCE)
                        .at("/$defs/isoDate/format")
                        .asText())
                .isEqualTo("date");
    }

    /** Formats asserted, as Ajv with ajv-formats does: {@code format: "date"} refuses 2026-02-30. */
    private static final JsonSchema VALIDATOR = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(
                    DOCUMENT,
                    SchemaValidatorsConfig.builder()
                            .formatAssertionsEnabled(true)
                            .build());

    private static Set<ValidationMessage> validate(String json) throws IOException {
        return VALIDATOR.validate(MAPPER.readTree(json));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"format\":\"krongkan/1\",\"name\":\"โครงการ\",\"fiscalYear\":2569,\"colour\":\"red\"}",
                "{\"format\":\"krongkan/1\",\"name\":\"โครงการ\",\"fiscalYear\":\"2569\"}",
                "{\"format\":\"krongkan/1\",\"fiscalYear\":2569}",
                "{\"format\":\"krongkan/1\",\"name\":\"โครงการ\",\"fiscalYear\":2569,\"budget\":{\"statedTotal\":\"1,000\"}}",
                "{\"format\":\"krongkan/1\",\"name\":\"โครงการ\",\"fiscalYear\":2569,\"targetGroups\":[{\"name\":\"ครู\",\"quantity\":-1,\"unit\":\"คน\"}]}",
                "{\"format\":\"krongkan/1\",\"projects\":[{\"name\":\"ก\"}]}",
                "{\"format\":\"krongkan/1\",\"name\":\"โครงการ\",\"fiscalYear\":2569,"
                        + "\"plannedPeriod\":{\"start\":\"2025-11\",\"end\":\"2026-02-28\"}}",
                "{\"format\":\"krongkan/1\",\"name\":\"โครงการ\",\"fiscalYear\":2569,"
                        + "\"plannedPeriod\":{\"start\":\"2025-11-01\",\"end\":\"2026-02-30\"}}",
                "{\"format\":\"krongkan/2\",\"name\":\"โครงการ\",\"fiscalYear\":2569}",
                "{\"format\":\"krongkan/1\",\"versions\":[{\"number\":1,\"kind\":\"proposal\"}]}"
            })
    void oneMistakeGivesOneError(String json) throws IOException {
        assertThat(validate(json)).as(json).hasSize(1);
    }

    @Test
    void theRootPicksItsBranchByItsMembersAsTheReaderDoes() throws IOException {
        // A record member makes a record: a project member next to it is the one error.
        assertThat(validate("{\"format\":\"krongkan/1\",\"history\":[],\"name\":\"ก\",\"versions\":[{\"number\":1,"
                        + "\"kind\":\"proposal\",\"project\":{\"name\":\"ก\",\"fiscalYear\":2569}}]}"))
                .singleElement()
                .satisfies(m -> assertThat(m.getMessage()).contains("name"));
        // projects makes a portfolio: a project member beside them is the one error.
        assertThat(validate("{\"format\":\"krongkan/1\",\"projects\":[],\"fiscalYear\":2569}"))
                .singleElement()
                .satisfies(m -> assertThat(m.getMessage()).contains("fiscalYear"));
    }
}
