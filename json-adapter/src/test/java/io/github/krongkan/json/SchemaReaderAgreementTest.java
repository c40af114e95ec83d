package io.github.krongkan.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The schema and the strict reader agree on a generated corpus of invalid (and some valid) variants of valid documents:
 * the bundled examples and records, and random projects, portfolios and records. Every variant is one systematic edit
 * at one JSON pointer (a wrong type, a missing or unknown member, an amount, date, month or year out of range, a bad
 * enumeration value, a number spelt with an exponent, a duplicate key, a cross-field mistake); the reader ({@link
 * KrongkanJson}) and the schema (networknt, draft 2020-12, {@code format} asserted as Ajv with ajv-formats does) must
 * both refuse it or both accept it, except for the enumerated categories of {@code schema-reader-exceptions.json}, each
 * a constraint a JSON Schema cannot express. Each category must occur, so the list stays honest.
 *
 * <p>The corpus, with the reader's verdicts, is written to {@code target/agreement-corpus.jsonl}, where the front-end
 * module runs it through Ajv ({@code frontend/scripts/check-agreement.mjs}) against the same exceptions list.
 */
class SchemaReaderAgreementTest {
    /** Numbers kept as written: a base's {@code 0.0000000012721} stays plain, as the reader requires. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Stands for a raw token (a key or a number as spelt) in the tree; replaced in the text. */
    static final String RAW = "@@krongkan-raw@@";

    static final Path CORPUS = Path.of("target", "agreement-corpus.jsonl");
    static final String EXCEPTIONS_RESOURCE = "/io/github/krongkan/json/schema-reader-exceptions.json";

    /** How many variants of one edit at one place (a pointer with its array indices as {@code *}) are kept. */
    private static final int PER_PLACE = 1;

    private static final JsonSchema SCHEMA = schema();

    private static JsonSchema schema() {
        try (InputStream in = KrongkanJson.class.getResourceAsStream(KrongkanJson.SCHEMA_RESOURCE)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(
                            MAPPER.readTree(in),
                            SchemaValidatorsConfig.builder()
                                    .formatAssertionsEnabled(true)
                                    .build());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A valid document the variants are made from. */
    record Base(String name, JsonNode tree) {}

    /**
     * One edit of a base: {@code op} is {@code replace} (the value at the pointer becomes {@code value}), {@code remove}
     * (the member or item at the pointer goes) or {@code add} (the member the pointer names is added to its object). If
     * {@code raw} is set, the token {@code "@@krongkan-raw@@"} of the edited document's text becomes {@code raw}.
     */
    record Variant(int base, String pointer, String edit, String op, JsonNode value, String raw) {
        String text(List<Base> bases) {
            JsonNode tree = apply(bases.get(base).tree().deepCopy(), this);
            String text;
            try {
                text = MAPPER.writeValueAsString(tree);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            return raw == null ? text : text.replace("\"" + RAW + "\"", raw);
        }
    }

    /** A category of disagreement that a schema cannot avoid, as listed in the exceptions file. */
    record Category(String category, Set<String> edits, String reader, Pattern message, Pattern pointer) {
        boolean covers(Variant v, boolean readerAccepts, String readerMessage) {
            return (edits.isEmpty() || edits.contains(v.edit()))
                    && reader.equals(readerAccepts ? "accepts" : "refuses")
                    && (message == null
                            || message.matcher(readerMessage == null ? "" : readerMessage)
                                    .find())
                    && (pointer == null || pointer.matcher(v.pointer()).find());
        }
    }

    static List<Category> categories() throws IOException {
        JsonNode list;
        try (InputStream in = SchemaReaderAgreementTest.class.getResourceAsStream(EXCEPTIONS_RESOURCE)) {
            assertThat(in).as(EXCEPTIONS_RESOURCE).isNotNull();
            list = MAPPER.readTree(in).get("exceptions");
        }
        List<Category> categories = new ArrayList<>();
        for (JsonNode e : list) {
            Set<String> edits = new HashSet<>();
            e.path("edits").forEach(edit -> edits.add(edit.asText()));
            categories.add(new Category(
                    e.get("category").asText(),
                    edits,
                    e.get("reader").asText(),
                    e.has("message") ? Pattern.compile(e.get("message").asText()) : null,
                    e.has("pointer") ? Pattern.compile(e.get("pointer").asText()) : null));
            assertThat(e.path("reason").asText())
                    .as("reason of " + e.get("category"))
                    .isNotBlank();
        }
        return categories;
    }

    // ---- the bases

    static List<Base> bases() throws IOException {
        List<Base> bases = new ArrayList<>();
        Path data = Path.of("..", "examples", "data");
        try (Stream<Path> files = Stream.concat(Files.list(data), Files.list(data.resolve("records")))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                bases.add(new Base(
                        data.getParent().getParent().relativize(file).toString().replace('\\', '/'),
                        MAPPER.readTree(file.toFile())));
            }
        }
        int i = 0;
        for (var project : RandomProjects.gen().samples(18, 12)) {
            bases.add(new Base("random project " + i++, MAPPER.readTree(KrongkanJson.write(project))));
        }
        i = 0;
        for (var portfolio : RandomProjects.portfolios().samples(19, 3)) {
            bases.add(new Base("random portfolio " + i++, MAPPER.readTree(KrongkanJson.writePortfolio(portfolio))));
        }
        i = 0;
        for (var record : RandomRecords.gen().samples(20, 4)) {
            bases.add(new Base("random record " + i++, MAPPER.readTree(KrongkanJson.writeRecord(record))));
        }
        // The smallest first: an edit is kept at its first place, so variants are small documents where they can be.
        bases.sort(Comparator.comparingInt(b -> b.tree().toString().length()));
        return bases;
    }

    // ---- the edits

    private static final Pattern AMOUNT = Pattern.compile("^-?[0-9]+(\\.[0-9]+)?$");
    private static final Pattern DATE = Pattern.compile("^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
    private static final Pattern MONTH = Pattern.compile("^[0-9]{4}-[0-9]{2}$");
    private static final Pattern INDICATOR_PERIOD = Pattern.compile("^FY[0-9]{4}");

    private static final Map<String, String> AMOUNTS = ordered(
            "amountOverLimit", "1000000000000000.01",
            "amountAtLimit", "1000000000000000.00",
            "amountSixteenNines", "9999999999999999",
            "amountJustBelowLimit", "999999999999999.99",
            "amountNegative", "-1.00",
            "amountNegativeZero", "-0.00",
            "amountZero", "0.00",
            "amountThreeDecimals", "1.005",
            "amountTrailingZeros", "1.000",
            "amountExponent", "1e3",
            "amountLeadingZeros", "0001.50",
            "amountPlusSign", "+1",
            "amountThousandsSeparator", "1,000.00",
            "amountNoIntegerPart", ".50",
            "amountNoFraction", "1.",
            "amountThaiDigits", "๑๐๐.๐๐",
            "amountSpaces", " 1.00");
    private static final Map<String, String> DATES = ordered(
            "dateFebruary30", "2021-02-30",
            "dateMonth13", "2021-13-01",
            "dateMonthFirst", "03/15/2021",
            "dateBuddhistEra", "2564-03-15",
            "dateLeapDay", "2024-02-29",
            "dateNotLeapDay", "2023-02-29",
            "dateShortFields", "2021-3-5",
            "dateYearZero", "0000-01-01",
            "dateFiveDigitYear", "+12021-01-01",
            "dateWithTime", "2021-03-15T00:00:00");
    private static final Map<String, String> MONTHS = ordered(
            "monthZero", "2021-00",
            "month13", "2021-13",
            "monthShort", "2021-3",
            "monthFirst", "03/2021",
            "monthAsDate", "2021-03-01",
            "monthFiveDigitYear", "+12021-01");
    private static final Map<String, String> INDICATOR_PERIODS = ordered(
            "periodBeforeRange", "FY2484",
            "periodAfterRange", "FY3001",
            "periodQuarter5", "FY2569-Q5",
            "periodMonth13", "FY2569-M13",
            "periodMonth0", "FY2569-M00",
            "periodLowercase", "fy2569");
    private static final Map<String, String> FISCAL_YEARS = ordered(
            "fiscalYear2484", "2484",
            "fiscalYear2485", "2485",
            "fiscalYear3000", "3000",
            "fiscalYear3001", "3001",
            "fiscalYearCommonEra", "2026",
            "fiscalYearZero", "0");

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** The variants of every base, at most {@link #PER_PLACE} of each edit at each place. */
    static List<Variant> variants(List<Base> bases) {
        List<Variant> variants = new ArrayList<>();
        Map<String, Integer> kept = new HashMap<>();
        for (int b = 0; b < bases.size(); b++) {
            List<Variant> all = new ArrayList<>();
            edits(b, "", bases.get(b).tree(), null, all);
            for (Variant v : all) {
                String place = v.edit() + " " + place(v.pointer());
                if (kept.merge(place, 1, Integer::sum) <= PER_PLACE) {
                    variants.add(v);
                }
            }
        }
        return variants;
    }

    /**
     * Where a pointer is in the format: array indices as {@code *}, and a project inside a record or a portfolio, or a
     * budget inside a revision, as the project or budget of a project document.
     */
    static String place(String pointer) {
        return pointer.replaceAll("/[0-9]+(?=/|$)", "/*")
                .replaceAll("^(/children/\\*)*(/versions/\\*/project|/projects/\\*)", "")
                .replace("/budgetRevisions/*/budget", "/budget");
    }

    private static void edits(int b, String pointer, JsonNode node, JsonNode parent, List<Variant> out) {
        String name = pointer.substring(pointer.lastIndexOf('/') + 1);
        if (parent != null) {
            // Wrong types: one value of each other JSON type.
            typeSwap(b, pointer, node, "string", NODES.textNode("x"), out);
            typeSwap(b, pointer, node, "integer", NODES.numberNode(7), out);
            typeSwap(b, pointer, node, "fraction", NODES.numberNode(2.5), out);
            typeSwap(b, pointer, node, "boolean", NODES.booleanNode(true), out);
            typeSwap(b, pointer, node, "null", NODES.nullNode(), out);
            typeSwap(b, pointer, node, "object", NODES.objectNode(), out);
            typeSwap(b, pointer, node, "array", NODES.arrayNode(), out);
            out.add(new Variant(b, pointer, parent.isObject() ? "missingMember" : "missingItem", "remove", null, null));
        }
        if (node.isObject()) {
            out.add(new Variant(b, pointer + "/zzUnknown", "unknownMember", "add", NODES.numberNode(1), null));
            Iterator<String> names = node.fieldNames();
            if (names.hasNext()) {
                String first = names.next();
                out.add(new Variant(
                        b, pointer + "/" + RAW, "duplicateKey", "add", node.get(first), "\"" + escape(first) + "\""));
            }
            if (node.has("start") && node.has("end") && node.get("start").isTextual()) {
                ObjectNode swapped = ((ObjectNode) node).deepCopy();
                swapped.set("start", node.get("end"));
                swapped.set("end", node.get("start"));
                out.add(new Variant(b, pointer, "endBeforeStart", "replace", swapped, null));
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                edits(b, pointer + "/" + escape(e.getKey()), e.getValue(), node, out);
            }
        } else if (node.isArray()) {
            if (!node.isEmpty()) {
                out.add(new Variant(b, pointer, "emptyArray", "replace", NODES.arrayNode(), null));
                ArrayNode twice = ((ArrayNode) node).deepCopy();
                twice.add(node.get(0).deepCopy());
                out.add(new Variant(b, pointer, "repeatedItem", "replace", twice, null));
            }
            for (int i = 0; i < node.size(); i++) {
                edits(b, pointer + "/" + i, node.get(i), node, out);
            }
        } else if (node.isTextual() && parent != null) {
            String s = node.asText();
            replace(b, pointer, "emptyString", NODES.textNode(""), out);
            replace(b, pointer, "blankString", NODES.textNode(" "), out);
            // Blank is Java's String.isBlank: U+3000 is white space, U+00A0 (no-break space) is not.
            replace(b, pointer, "ideographicSpaceString", NODES.textNode("\u3000"), out);
            replace(b, pointer, "noBreakSpaceString", NODES.textNode("\u00a0"), out);
            replace(b, pointer, "badValue", NODES.textNode("zzBad"), out);
            replace(b, pointer, "padded", NODES.textNode(" " + s + " "), out);
            if (name.equals("format")) {
                replace(b, pointer, "wrongFormatMarker", NODES.textNode("krongkan/2"), out);
            }
            if (AMOUNT.matcher(s).matches()) {
                AMOUNTS.forEach((edit, value) -> replace(b, pointer, edit, NODES.textNode(value), out));
                out.add(new Variant(b, pointer, "amountAsNumber", "replace", NODES.textNode(RAW), "1.00"));
            } else if (DATE.matcher(s).matches()) {
                DATES.forEach((edit, value) -> replace(b, pointer, edit, NODES.textNode(value), out));
            } else if (MONTH.matcher(s).matches()) {
                MONTHS.forEach((edit, value) -> replace(b, pointer, edit, NODES.textNode(value), out));
            } else if (INDICATOR_PERIOD.matcher(s).find()) {
                INDICATOR_PERIODS.forEach((edit, value) -> replace(b, pointer, edit, NODES.textNode(value), out));
            }
        } else if (node.isIntegralNumber()) {
            long n = node.asLong();
            replace(b, pointer, "negativeInteger", NODES.numberNode(-1), out);
            replace(b, pointer, "zero", NODES.numberNode(0), out);
            replace(b, pointer, "overInt32", NODES.numberNode(2_147_483_648L), out);
            out.add(new Variant(b, pointer, "integerWithFraction", "replace", NODES.textNode(RAW), n + ".0"));
            out.add(new Variant(b, pointer, "integerWithExponent", "replace", NODES.textNode(RAW), n + "e0"));
            out.add(new Variant(b, pointer, "numberAsString", "replace", NODES.textNode(Long.toString(n)), null));
            if (name.equals("fiscalYear")) {
                FISCAL_YEARS.forEach(
                        (edit, value) -> replace(b, pointer, edit, NODES.numberNode(Integer.parseInt(value)), out));
            }
        } else if (node.isNumber()) {
            replace(b, pointer, "negativeNumber", NODES.numberNode(-1.5), out);
            out.add(new Variant(b, pointer, "numberWithExponent", "replace", NODES.textNode(RAW), "1.5e1"));
            out.add(new Variant(b, pointer, "numberAsString", "replace", NODES.textNode(node.asText()), null));
        }
    }

    private static void typeSwap(int b, String pointer, JsonNode node, String type, JsonNode value, List<Variant> out) {
        boolean same = switch (type) {
            case "string" -> node.isTextual();
            case "integer" -> node.isIntegralNumber();
            case "fraction" -> node.isNumber() && !node.isIntegralNumber();
            case "boolean" -> node.isBoolean();
            case "null" -> node.isNull();
            case "object" -> node.isObject();
            default -> node.isArray();
        };
        if (!same) {
            replace(b, pointer, "type:" + type, value, out);
        }
    }

    private static void replace(int b, String pointer, String edit, JsonNode value, List<Variant> out) {
        out.add(new Variant(b, pointer, edit, "replace", value, null));
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static String unescape(String segment) {
        return segment.replace("~1", "/").replace("~0", "~");
    }

    /** Applies a variant's edit to a copy of its base. */
    static JsonNode apply(JsonNode root, Variant v) {
        if (v.pointer().isEmpty()) {
            return v.value();
        }
        int cut = v.pointer().lastIndexOf('/');
        JsonNode parent = root.at(v.pointer().substring(0, cut));
        String last = unescape(v.pointer().substring(cut + 1));
        if (parent instanceof ObjectNode object) {
            switch (v.op()) {
                case "remove" -> object.remove(last);
                default -> object.set(last, v.value());
            }
        } else if (parent instanceof ArrayNode array) {
            int index = Integer.parseInt(last);
            switch (v.op()) {
                case "remove" -> array.remove(index);
                default -> array.set(index, v.value());
            }
        } else {
            throw new AssertionError("no parent at " + v.pointer());
        }
        return root;
    }

    // ---- the verdicts

    /** The reader's verdict: null if it reads the document, else its message. */
    static String reader(String text) {
        try {
            KrongkanJson.readAsRecord(text);
            return null;
        } catch (KrongkanJsonException e) {
            if (e.pointer().isEmpty() && e.getMessage().contains("portfolio document")) {
                try {
                    KrongkanJson.readPortfolio(text);
                    return null;
                } catch (KrongkanJsonException p) {
                    return p.getMessage();
                }
            }
            return e.getMessage();
        }
    }

    static List<String> schemaErrors(String text) {
        try {
            Set<ValidationMessage> errors = SCHEMA.validate(MAPPER.readTree(text));
            return errors.stream().map(ValidationMessage::getMessage).sorted().toList();
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
    }

    @Test
    void schemaAndReaderAgreeOnEveryVariantOutsideTheExceptions() throws IOException {
        List<Base> bases = bases();
        for (Base base : bases) {
            assertThat(reader(MAPPER.writeValueAsString(base.tree())))
                    .as(base.name())
                    .isNull();
            assertThat(schemaErrors(MAPPER.writeValueAsString(base.tree())))
                    .as(base.name())
                    .isEmpty();
        }
        List<Variant> variants = variants(bases);
        Set<String> edits = variants.stream().map(Variant::edit).collect(Collectors.toSet());
        Set<String> planned = new HashSet<>(List.of(
                "type:string",
                "type:integer",
                "type:fraction",
                "type:boolean",
                "type:null",
                "type:object",
                "type:array",
                "missingMember",
                "missingItem",
                "unknownMember",
                "duplicateKey",
                "endBeforeStart",
                "emptyArray",
                "repeatedItem",
                "badValue",
                "wrongFormatMarker",
                "amountAsNumber",
                "integerWithFraction",
                "integerWithExponent",
                "numberWithExponent",
                "overInt32"));
        Stream.of(AMOUNTS, DATES, MONTHS, INDICATOR_PERIODS, FISCAL_YEARS).forEach(m -> planned.addAll(m.keySet()));
        assertThat(edits).as("every kind of edit is made somewhere").containsAll(planned);
        List<Category> exceptions = categories();
        Map<String, Integer> occurrences = new TreeMap<>();
        exceptions.forEach(e -> occurrences.put(e.category(), 0));
        List<String> disagreements = new ArrayList<>();
        int refused = 0;
        Files.createDirectories(CORPUS.getParent());
        try (Writer out = Files.newBufferedWriter(CORPUS, StandardCharsets.UTF_8)) {
            for (int b = 0; b < bases.size(); b++) {
                ObjectNode line = NODES.objectNode();
                line.put("base", b);
                line.put("name", bases.get(b).name());
                line.set("document", bases.get(b).tree());
                out.write(MAPPER.writeValueAsString(line) + "\n");
            }
            int index = 0;
            for (Variant v : variants) {
                String text = v.text(bases);
                String readerMessage = reader(text);
                boolean readerAccepts = readerMessage == null;
                List<String> errors = schemaErrors(text);
                boolean schemaAccepts = errors.isEmpty();
                if (!readerAccepts) {
                    refused++;
                }
                ObjectNode line = NODES.objectNode();
                line.put("variant", index++);
                line.put("base", v.base());
                line.put("pointer", v.pointer());
                line.put("edit", v.edit());
                line.put("op", v.op());
                if (v.value() != null) {
                    line.set("value", v.value());
                }
                if (v.raw() != null) {
                    line.put("raw", v.raw());
                }
                line.put("reader", readerAccepts ? "accepts" : "refuses");
                if (readerMessage != null) {
                    line.put("readerMessage", readerMessage);
                }
                line.put("networknt", schemaAccepts ? "accepts" : "refuses");
                if (!schemaAccepts) {
                    line.put("networkntMessage", errors.get(0));
                }
                out.write(MAPPER.writeValueAsString(line) + "\n");
                if (readerAccepts == schemaAccepts) {
                    continue;
                }
                Category covered = exceptions.stream()
                        .filter(e -> e.covers(v, readerAccepts, readerMessage))
                        .findFirst()
                        .orElse(null);
                if (covered != null) {
                    occurrences.merge(covered.category(), 1, Integer::sum);
                } else {
                    disagreements.add(String.format(
                            "%s at %s in %s: reader %s, schema %s%n    reader: %s%n    schema: %s",
                            v.edit(),
                            v.pointer().isEmpty() ? "(root)" : v.pointer(),
                            bases.get(v.base()).name(),
                            readerAccepts ? "accepts" : "refuses",
                            schemaAccepts ? "accepts" : "refuses",
                            readerMessage,
                            errors));
                }
            }
        }
        System.out.printf(
                "schema and reader: %d variants of %d documents (%d refused by the reader); exceptions %s%n",
                variants.size(), bases.size(), refused, occurrences);
        assertThat(variants).hasSizeGreaterThan(2000);
        assertThat(disagreements.size())
                .as(
                        "variants on which the schema and the reader disagree (%d), the first ones:%n%s",
                        disagreements.size(),
                        String.join("\n", disagreements.subList(0, Math.min(60, disagreements.size()))))
                .isZero();
        assertThat(occurrences.entrySet().stream()
                        .filter(e -> e.getValue() == 0)
                        .map(Map.Entry::getKey)
                        .collect(Collectors.toList()))
                .as("exception categories that no variant needs: remove them from the list")
                .isEmpty();
    }
}
