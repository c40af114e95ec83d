package io.github.krongkan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.krongkan.budget.DisbursementTargets;
import io.github.krongkan.budget.RateCeiling;
import io.github.krongkan.budget.RateTable;
import io.github.krongkan.budget.RateTables;
import io.github.krongkan.check.ReferenceSet;
import io.github.krongkan.money.Baht;
import io.github.krongkan.network.SizeClass;
import io.github.krongkan.network.SizeScheme;
import io.github.krongkan.rubric.Criterion;
import io.github.krongkan.rubric.CriterionLevel;
import io.github.krongkan.rubric.QualityLevel;
import io.github.krongkan.rubric.QualityScale;
import io.github.krongkan.rubric.Rubric;
import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.Property;
import io.github.krongkan.time.FiscalYear;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reference documents, krongkan-reference/1: the shipped defaults, round trips, strict reading, the schema. */
class ReferenceJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchema SCHEMA =
            JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(ReferenceJson.schema());

    private static final String W246 = """
            {
              "format": "krongkan-reference/1",
              "rateTables": [
                {
                  "source": "ตารางอัตราของหน่วยงาน ตามหนังสือกระทรวงการคลัง ที่ กค 0408.4/ว 246",
                  "effectiveFrom": "2025-11-01",
                  "ceilings": [
                    {"kind": "snacksGovernmentVenue", "ceiling": "50.00", "description": "ค่าอาหารว่างและเครื่องดื่ม"}
                  ]
                }
              ]
            }
            """;

    private static void valid(String json) throws Exception {
        JsonNode node = MAPPER.readTree(json);
        assertThat(SCHEMA.validate(node)).as(json).isEmpty();
    }

    private static boolean schemaAccepts(String json) throws Exception {
        return SCHEMA.validate(MAPPER.readTree(json)).isEmpty();
    }

    @Test
    void theShippedResourcesHoldExactlyTheJavaDefaults() throws Exception {
        assertThat(ReferenceJson.defaults()).isEqualTo(ReferenceSet.defaults());
        assertThat(ReferenceJson.defaults().rates()).isEqualTo(RateTables.defaults());
        for (String resource : ReferenceJson.DEFAULT_RESOURCES) {
            try (InputStream in = ReferenceJson.class.getResourceAsStream(resource)) {
                valid(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        // Each resource names the date it is about (rates) or the source of its data in its name.
        assertThat(ReferenceJson.DEFAULT_RESOURCES.get(0))
                .contains("2013-01-14")
                .contains("w5");
    }

    @Test
    void whatIsWrittenReadsBackEqualAndMeetsTheSchema() {
        Property.forAll(sets()).examples(300).check(set -> {
            String json = ReferenceJson.write(set);
            assertThat(ReferenceJson.read(json)).isEqualTo(set);
            assertThat(ReferenceJson.write(ReferenceJson.read(json))).isEqualTo(json);
            try {
                valid(json);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        String defaults = ReferenceJson.write(ReferenceSet.defaults());
        assertThat(ReferenceJson.read(defaults)).isEqualTo(ReferenceSet.defaults());
        assertThat(ReferenceJson.read(new ByteArrayInputStream(defaults.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(ReferenceSet.defaults());
    }

    @Test
    void rateTablesOfANewCircularAreReadAndWritten() {
        RateTables tables = ReferenceJson.readRateTables(W246);
        assertThat(tables.inForceOn(LocalDate.of(2026, 1, 1)))
                .hasValueSatisfying(t -> assertThat(t.ceiling("snacksGovernmentVenue"))
                        .hasValueSatisfying(c -> assertThat(c.ceiling()).isEqualTo(Baht.ofBaht(50))));
        assertThat(ReferenceJson.readRateTables(ReferenceJson.writeRateTables(tables)))
                .isEqualTo(tables);
        assertThatThrownBy(() -> ReferenceJson.readRateTables("{\"format\": \"krongkan-reference/1\"}"))
                .isInstanceOf(KrongkanJsonException.class)
                .hasMessageContaining("/rateTables")
                .hasMessageContaining("no rate tables");
    }

    @Test
    void readingIsStrictAndSaysWhere() throws Exception {
        assertThatThrownBy(() -> ReferenceJson.read(W246.replace("\"effectiveFrom\"", "\"effective\"")))
                .isInstanceOfSatisfying(KrongkanJsonException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/rateTables/0/effective");
                    assertThat(e.reason()).contains("unknown field \"effective\" in rate table");
                    assertThat(e.line()).isEqualTo(6);
                    assertThat(e.column()).isPositive();
                });
        assertThatThrownBy(() -> ReferenceJson.read(W246.replace("\"50.00\"", "\"50.005\"")))
                .isInstanceOfSatisfying(
                        KrongkanJsonException.class,
                        e -> assertThat(e.pointer()).isEqualTo("/rateTables/0/ceilings/0/ceiling"));
        assertThatThrownBy(() -> ReferenceJson.read(
                        W246.replace("\"2025-11-01\"", "\"2025-11-01\",\n" + "\"effectiveUntil\": \"2025-10-01\"")))
                .isInstanceOfSatisfying(KrongkanJsonException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/rateTables/0");
                    assertThat(e.reason()).contains("effectiveUntil (2025-10-01) is before effectiveFrom");
                });
        assertThatThrownBy(() -> ReferenceJson.read(W246.replace("krongkan-reference/1", "krongkan/1")))
                .isInstanceOfSatisfying(KrongkanJsonException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/format");
                    assertThat(e.reason()).contains("a project document?");
                });
        assertThatThrownBy(() -> ReferenceJson.read("{\"rateTables\": []}"))
                .isInstanceOf(KrongkanJsonException.class)
                .hasMessageContaining("missing required field \"format\"");
        String twoQ2 = "{\"format\": \"krongkan-reference/1\", \"disbursementTargets\": [{\"fiscalYear\": 2563,"
                + " \"quarters\": [{\"quarter\": 2, \"disbursement\": 54}, {\"quarter\": 2, \"spending\": 60}]}]}";
        assertThatThrownBy(() -> ReferenceJson.read(twoQ2)).isInstanceOfSatisfying(KrongkanJsonException.class, e -> {
            assertThat(e.pointer()).isEqualTo("/disbursementTargets/0/quarters/1");
            assertThat(e.reason()).contains("quarter 2 is listed twice");
        });
        assertThat(schemaAccepts(twoQ2)).isTrue(); // the schema cannot say "each quarter once"; the reader does
        String empty = twoQ2.replace(", {\"quarter\": 2, \"spending\": 60}", ", {\"quarter\": 3}");
        assertThatThrownBy(() -> ReferenceJson.read(empty)).hasMessageContaining("neither");
        assertThat(schemaAccepts(empty)).isFalse();
        String falling = twoQ2.replace("{\"quarter\": 2, \"spending\": 60}", "{\"quarter\": 3, \"disbursement\": 40}");
        assertThatThrownBy(() -> ReferenceJson.read(falling)).isInstanceOfSatisfying(KrongkanJsonException.class, e -> {
            assertThat(e.pointer()).isEqualTo("/disbursementTargets/0");
            assertThat(e.reason()).contains("cumulative targets may not fall");
        });
        assertThat(schemaAccepts(W246)).isTrue();
        assertThat(schemaAccepts(W246.replace("\"effectiveFrom\"", "\"effective\"")))
                .isFalse();
        assertThat(schemaAccepts(W246.replace("\"50.00\"", "\"50.005\""))).isFalse();
        assertThat(schemaAccepts(W246.replace("krongkan-reference/1", "krongkan/1")))
                .isFalse();
    }

    /** Whatever the bytes, reading gives a set or a KrongkanJsonException with a pointer, nothing else. */
    @Test
    void mangledDocumentsFailOnlyWithTheTypedException() {
        byte[] valid = ReferenceJson.write(ReferenceSet.defaults()).getBytes(StandardCharsets.UTF_8);
        Gen<byte[]> mangled = (r, size) -> {
            byte[] bytes = valid.clone();
            for (int i = 1 + r.nextInt(4); i > 0; i--) {
                bytes[r.nextInt(bytes.length)] = (byte) r.nextInt(256);
            }
            return bytes;
        };
        Property.forAll(mangled)
                .examples(500)
                .render(bytes -> changes(valid, bytes))
                .check(bytes -> {
                    try {
                        assertThat(ReferenceJson.read(new ByteArrayInputStream(bytes)))
                                .isNotNull();
                    } catch (KrongkanJsonException e) {
                        assertThat(e.pointer()).isNotNull();
                        assertThat(e.reason()).isNotBlank();
                    }
                });
    }

    /** The bytes that differ, as {@code offset: was -> now} in hex. */
    private static String changes(byte[] original, byte[] mangled) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < original.length; i++) {
            if (original[i] != mangled[i]) {
                s.append(String.format("%d: %02x -> %02x; ", i, original[i] & 0xFF, mangled[i] & 0xFF));
            }
        }
        return s.length() == 0 ? "no byte changed" : s.toString();
    }

    @Test
    void aDirectoryIsReadAsOneSetAndOverlapsNameTheFile(@TempDir Path dir) throws Exception {
        assertThat(ReferenceJson.readDirectory(dir)).isEqualTo(ReferenceSet.empty());
        Files.writeString(dir.resolve("2568-w246.json"), W246);
        Files.writeString(
                dir.resolve("targets-2563.json"),
                "{\"format\": \"krongkan-reference/1\", \"disbursementTargets\": [{\"fiscalYear\": 2563,"
                        + " \"quarters\": [{\"quarter\": 2, \"disbursement\": 54}]}]}");
        Files.writeString(dir.resolve("README.txt"), "not read");
        ReferenceSet set = ReferenceJson.readDirectory(dir);
        assertThat(set.rateTables()).hasSize(1);
        assertThat(set.targetsFor(FiscalYear.ofBuddhistEra(2563))).isPresent();
        Files.writeString(dir.resolve("w246-again.json"), W246);
        assertThatThrownBy(() -> ReferenceJson.readDirectory(dir))
                .isInstanceOf(KrongkanJsonException.class)
                .hasMessageContaining("w246-again.json: overlaps an earlier file")
                .hasMessageContaining("2025-11-01");
        Files.delete(dir.resolve("w246-again.json"));
        Files.writeString(dir.resolve("broken.json"), "{\"format\": \"krongkan-reference/1\", \"rates\": []}");
        assertThatThrownBy(() -> ReferenceJson.readDirectory(dir))
                .isInstanceOfSatisfying(KrongkanJsonException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/rates");
                    assertThat(e.reason()).startsWith("broken.json: unknown field \"rates\"");
                });
    }

    @Test
    void docsCarryTheSameSchemaAndDescribeEveryMember() throws Exception {
        Path docs = Path.of("..", "docs");
        assertThat(Files.readString(docs.resolve("krongkan-reference-1.schema.json")))
                .isEqualTo(ReferenceJson.schema());
        String page = Files.readString(docs.resolve("reference-data.md"));
        Set<String> fields = new TreeSet<>();
        collect(MAPPER.readTree(ReferenceJson.schema()), fields);
        assertThat(fields).contains("rateTables", "rubrics", "quarters");
        for (String field : fields) {
            assertThat(page).as("docs/reference-data.md describes " + field).contains("| `" + field + "` |");
        }
        // The documented example files read.
        for (String block : page.split("```json\n")) {
            if (block.contains("\"krongkan-reference/1\"")) {
                String json = block.substring(0, block.indexOf("```"));
                assertThat(ReferenceJson.read(json).isEmpty()).isFalse();
                valid(json);
            }
        }
    }

    private static void collect(JsonNode node, Set<String> into) {
        if (node.isObject()) {
            JsonNode properties = node.get("properties");
            if (properties != null && properties.isObject()) {
                properties.fieldNames().forEachRemaining(into::add);
            }
            node.elements().forEachRemaining(child -> collect(child, into));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collect(child, into));
        }
    }

    // ---------------------------------------------------------------- random reference sets

    private static final String[] THAI = {"อาหารว่าง", "ค่าอาหาร", "ที่พัก", "พาหนะ", "ยอดเยี่ยม", "ดี"};

    private static String text(RandomGenerator r) {
        return THAI[r.nextInt(THAI.length)] + " " + r.nextInt(1000);
    }

    private static BigDecimal decimal(RandomGenerator r, long bound) {
        return BigDecimal.valueOf(r.nextLong(bound), r.nextInt(3));
    }

    /** Random reference sets: rate tables, disbursement targets, size schemes, quality scales, rubrics. */
    static Gen<ReferenceSet> sets() {
        return (random, size) -> randomSet(random);
    }

    static ReferenceSet randomSet(RandomGenerator r) {
        ReferenceSet.Builder b = ReferenceSet.builder();
        LocalDate from = LocalDate.of(2000, 1, 1).plusDays(r.nextInt(5000));
        for (int i = r.nextInt(4); i > 0; i--) {
            RateTable.Builder t = RateTable.builder().source(text(r)).effectiveFrom(from);
            if (r.nextBoolean()) {
                t.effectiveUntil(from.plusDays(r.nextInt(3000)));
            }
            for (int k = r.nextInt(4); k > 0; k--) {
                t.addCeiling(RateCeiling.of("kind" + k, Baht.ofSatang(r.nextLong(10_000_000)), text(r)));
            }
            b.addRateTables(t.build());
            from = from.plusDays(1 + r.nextInt(4000));
        }
        int year = 2540 + r.nextInt(40);
        for (int i = r.nextInt(3); i > 0; i--) {
            DisbursementTargets.Builder t = DisbursementTargets.builder().fiscalYear(FiscalYear.ofBuddhistEra(year));
            BigDecimal d = BigDecimal.ZERO;
            BigDecimal s = BigDecimal.ZERO;
            for (int q = 1; q <= 4; q++) {
                d = d.add(decimal(r, 2500));
                s = s.add(decimal(r, 2500));
                if (r.nextBoolean() && d.compareTo(BigDecimal.valueOf(100)) <= 0) {
                    t.putCumulativeDisbursement(q, d);
                }
                if (r.nextBoolean() && s.compareTo(BigDecimal.valueOf(100)) <= 0) {
                    t.putCumulativeSpending(q, s);
                }
            }
            b.addDisbursementTargets(t.build());
            year += 1 + r.nextInt(3);
        }
        for (int i = r.nextInt(3); i > 0; i--) {
            List<SizeClass> classes = new ArrayList<>();
            int min = 1;
            for (int k = r.nextInt(4); k > 0; k--) {
                int max = min + r.nextInt(1000);
                classes.add(SizeClass.of("class " + k, "ขนาด " + k, min, max));
                min = max + 1;
            }
            classes.add(SizeClass.atLeast("largest", "ใหญ่ที่สุด", min));
            b.addSizeSchemes(SizeScheme.of("scheme " + i, classes));
        }
        List<QualityScale> scales = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            scales.add(percentScale(r, "scale " + i));
        }
        b.addAllQualityScales(scales);
        for (int i = r.nextInt(3); i > 0; i--) {
            boolean own = r.nextBoolean();
            QualityScale scale = own ? percentScale(r, "rubric scale " + i) : QualityScale.OBEC_2561;
            Rubric.Builder rubric = Rubric.builder()
                    .name("rubric " + i)
                    .passingLevel(
                            scale.levels().get(r.nextInt(scale.levels().size())).thaiLabel());
            if (own) {
                rubric.scale(scale);
            }
            for (int k = 1 + r.nextInt(3); k > 0; k--) {
                rubric.addCriteria(Criterion.of(
                        "c" + k,
                        text(r),
                        decimal(r, 500).add(BigDecimal.ONE),
                        List.of(CriterionLevel.of(0, "ไม่ผ่าน"), CriterionLevel.of(1 + r.nextInt(5), "ผ่าน"))));
            }
            b.addRubrics(rubric.build());
        }
        return b.build();
    }

    private static QualityScale percentScale(RandomGenerator r, String name) {
        List<QualityLevel> levels = new ArrayList<>();
        int n = 2 + r.nextInt(4);
        for (int k = 0; k < n; k++) {
            int min = k == n - 1 ? 0 : (n - 1 - k) * (100 / n);
            levels.add(QualityLevel.of("level " + k, "ระดับ " + k, BigDecimal.valueOf(min)));
        }
        return QualityScale.of(name, BigDecimal.ZERO, BigDecimal.valueOf(100), levels);
    }
}
