package io.github.krongkan.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.krongkan.budget.DisbursementTargets;
import io.github.krongkan.budget.RateCeiling;
import io.github.krongkan.budget.RateTable;
import io.github.krongkan.budget.RateTables;
import io.github.krongkan.check.ReferenceSet;
import io.github.krongkan.document.Fields;
import io.github.krongkan.json.codec.JsonIn;
import io.github.krongkan.json.codec.JsonOut;
import io.github.krongkan.json.codec.KrongkanCodec;
import io.github.krongkan.network.SizeScheme;
import io.github.krongkan.rubric.Criterion;
import io.github.krongkan.rubric.CriterionLevel;
import io.github.krongkan.rubric.QualityLevel;
import io.github.krongkan.rubric.QualityScale;
import io.github.krongkan.rubric.Rubric;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Reads and writes reference data, format {@value #FORMAT}: rate ceilings of Ministry of Finance
 * circulars, yearly disbursement targets, school-size schemes, quality scales and rubrics, as a
 * {@link ReferenceSet}. One document holds one kind or several:
 *
 * <pre>{@code
 * {"format": "krongkan-reference/1",
 *  "rateTables": [{"source": "หนังสือกระทรวงการคลัง ที่ กค 0406.4/ว 5", "effectiveFrom": "2013-01-14",
 *                  "effectiveUntil": "2025-10-31",
 *                  "ceilings": [{"kind": "snacksGovernmentVenue", "ceiling": "35.00", "description": "..."}]}]}
 * }</pre>
 *
 * Reading is as strict as {@link KrongkanJson}'s: unknown and duplicate members, missing required
 * ones and values the model refuses are {@link KrongkanJsonException}s with the JSON pointer, line
 * and column. Writing is deterministic and lossless. {@code docs/reference-data.md} describes the
 * members and how to add the table of a new circular; {@link #schema()} is the JSON Schema.
 *
 * <p>The library's own reference data ({@link ReferenceSet#defaults()}) is shipped in this jar as
 * dated documents of this format too, {@link #DEFAULT_RESOURCES}; {@link #defaults()} reads them.
 */
public final class ReferenceJson {
    /** The format id and version of a reference document. */
    public static final String FORMAT = "krongkan-reference/1";

    /** The class-path resource of the JSON Schema (draft 2020-12) of the format. */
    public static final String SCHEMA_RESOURCE = "/io/github/krongkan/json/krongkan-reference-1.schema.json";

    /**
     * The class-path resources of the shipped reference data, each a {@value #FORMAT} document: the
     * rate table of letter กค 0406.4/ว 5 (in force 2013-01-14 to 2025-10-31), OBEC's size schemes and
     * the quality scales.
     */
    public static final List<String> DEFAULT_RESOURCES = List.of(
            "/io/github/krongkan/json/reference-rates-2013-01-14-kk0406.4-w5.json",
            "/io/github/krongkan/json/reference-size-schemes-obec.json",
            "/io/github/krongkan/json/reference-quality-scales.json");

    private ReferenceJson() {}

    /**
     * The JSON Schema (draft 2020-12) of the format, the text of {@link #SCHEMA_RESOURCE}.
     *
     * @return the schema as JSON text
     */
    public static String schema() {
        return KrongkanJson.resource(SCHEMA_RESOURCE);
    }

    /**
     * The shipped reference data, read from {@link #DEFAULT_RESOURCES}; equal to {@link
     * ReferenceSet#defaults()}.
     *
     * @return the shipped reference data
     * @throws KrongkanJsonException if a resource is not a valid reference document
     */
    public static ReferenceSet defaults() {
        ReferenceSet all = ReferenceSet.empty();
        for (String resource : DEFAULT_RESOURCES) {
            all = merge(all, read(KrongkanJson.resource(resource)), resource);
        }
        return all;
    }

    /**
     * Reads a reference document from text.
     *
     * @param json the document
     * @return the reference data it holds
     * @throws KrongkanJsonException if the text is not a valid {@value #FORMAT} document
     */
    public static ReferenceSet read(String json) {
        Objects.requireNonNull(json, "json");
        return KrongkanJson.readText(json, ReferenceJson::document);
    }

    /**
     * Reads a reference document from UTF-8 bytes. The stream is not closed.
     *
     * @param in the bytes
     * @return the reference data it holds
     * @throws KrongkanJsonException if the bytes are not a valid {@value #FORMAT} document
     */
    public static ReferenceSet read(InputStream in) {
        Objects.requireNonNull(in, "in");
        return KrongkanJson.readBytes(in, ReferenceJson::document);
    }

    /**
     * Reads a reference document from a file.
     *
     * @param file the file, UTF-8
     * @return the reference data it holds
     * @throws KrongkanJsonException if the file is not a valid {@value #FORMAT} document
     * @throws UncheckedIOException  if the file cannot be opened
     */
    public static ReferenceSet read(Path file) {
        return KrongkanJson.readFile(file, ReferenceJson::document);
    }

    /**
     * Reads every {@code *.json} file of a directory (not its subdirectories), in the order of their
     * names, as one reference set: an office keeps a file per circular or per kind and adds a file
     * for a new one. The files must not overlap (two rate tables taking effect on the same day,
     * targets of one fiscal year twice, two schemes, scales or rubrics of one name).
     *
     * @param directory the directory
     * @return the reference data of all its files; empty if it has none
     * @throws KrongkanJsonException if a file is not a valid {@value #FORMAT} document, or files
     *                               overlap; the reason starts with the file's name
     * @throws UncheckedIOException  if the directory or a file cannot be read
     */
    public static ReferenceSet readDirectory(Path directory) {
        Objects.requireNonNull(directory, "directory");
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + directory, e);
        }
        ReferenceSet all = ReferenceSet.empty();
        for (Path file : files) {
            ReferenceSet one;
            try {
                one = read(file);
            } catch (KrongkanJsonException e) {
                throw new KrongkanJsonException(
                        e.pointer(), file.getFileName() + ": " + e.reason(), e.line(), e.column(), e);
            }
            all = merge(all, one, file.getFileName().toString());
        }
        return all;
    }

    private static ReferenceSet merge(ReferenceSet all, ReferenceSet one, String name) {
        try {
            return all.merge(one);
        } catch (IllegalArgumentException e) {
            throw new KrongkanJsonException("", name + ": overlaps an earlier file: " + e.getMessage(), e);
        }
    }

    /**
     * Reads the rate tables of a reference document, e.g. the file of {@code krongkan check --rates}.
     *
     * @param file the file, UTF-8
     * @return its rate tables
     * @throws KrongkanJsonException if the file is not a valid {@value #FORMAT} document, or holds no
     *                               rate tables
     * @throws UncheckedIOException  if the file cannot be opened
     */
    public static RateTables readRateTables(Path file) {
        return rateTablesOf(read(file));
    }

    /**
     * Reads the rate tables of a reference document from text.
     *
     * @param json the document
     * @return its rate tables
     * @throws KrongkanJsonException if the text is not a valid {@value #FORMAT} document, or holds no
     *                               rate tables
     */
    public static RateTables readRateTables(String json) {
        return rateTablesOf(read(json));
    }

    private static RateTables rateTablesOf(ReferenceSet set) {
        if (set.rateTables().isEmpty()) {
            throw new KrongkanJsonException(
                    "/" + Fields.RATE_TABLES,
                    "the document holds no rate tables (ตารางอัตราค่าใช้จ่าย); expected a \"rateTables\" array",
                    null);
        }
        return set.rates();
    }

    /**
     * Writes a reference document, indented for people to read.
     *
     * @param set the reference data
     * @return the document, ending with a line break
     * @throws KrongkanJsonException if a value is beyond what the reader reads back
     */
    public static String write(ReferenceSet set) {
        Objects.requireNonNull(set, "set");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = KrongkanJson.pretty(
                new CheckedGenerator(KrongkanJson.FACTORY.createGenerator(out, JsonEncoding.UTF8)))) {
            write(new JsonOut(new Jackson2Sink(g)), set);
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes a reference document that holds only rate tables.
     *
     * @param tables the rate tables
     * @return the document, ending with a line break
     */
    public static String writeRateTables(RateTables tables) {
        Objects.requireNonNull(tables, "tables");
        return write(ReferenceSet.builder().addAllRateTables(tables.tables()).build());
    }

    // ---------------------------------------------------------------- reading

    private static ReferenceSet document(JsonIn in) {
        in.next();
        if (in.current() == null) {
            throw in.error("the document is empty; expected a krongkan reference document");
        }
        ReferenceSet.Builder b = ReferenceSet.builder();
        in.object("reference document (ข้อมูลอ้างอิง)", List.of(Fields.FORMAT), name -> {
            switch (name) {
                case Fields.FORMAT -> {
                    String format = in.text("format");
                    if (!FORMAT.equals(format)) {
                        throw in.error("unsupported format " + JsonIn.quote(format) + "; this reader reads \"" + FORMAT
                                + "\"" + (KrongkanJson.FORMAT.equals(format) ? " (a project document?)" : ""));
                    }
                }
                case Fields.RATE_TABLES -> b.addAllRateTables(in.array("rateTables", () -> rateTable(in)));
                case Fields.DISBURSEMENT_TARGETS ->
                    b.addAllDisbursementTargets(in.array("disbursementTargets", () -> targets(in)));
                case Fields.SIZE_SCHEMES -> b.addAllSizeSchemes(in.array("sizeSchemes", () -> sizeScheme(in)));
                case Fields.QUALITY_SCALES -> b.addAllQualityScales(in.array("qualityScales", () -> qualityScale(in)));
                case Fields.RUBRICS -> b.addAllRubrics(in.array("rubrics", () -> rubric(in)));
                default -> {
                    return false;
                }
            }
            return true;
        });
        ReferenceSet set = in.build("", "reference document", b::build);
        KrongkanJson.requireEnd(in);
        return set;
    }

    private static RateTable rateTable(JsonIn in) {
        RateTable.Builder b = RateTable.builder();
        in.object("rate table (ตารางอัตราค่าใช้จ่าย)", List.of(Fields.SOURCE, Fields.EFFECTIVE_FROM), name -> {
            switch (name) {
                case Fields.SOURCE -> b.source(in.text("source"));
                case Fields.EFFECTIVE_FROM -> b.effectiveFrom(in.date("effectiveFrom"));
                case Fields.EFFECTIVE_UNTIL -> b.effectiveUntil(in.date("effectiveUntil"));
                case Fields.CEILINGS -> b.addAllCeilings(in.array("ceilings", () -> ceiling(in)));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return in.build("rate table", b::build);
    }

    private static RateCeiling ceiling(JsonIn in) {
        RateCeiling.Builder b = RateCeiling.builder();
        in.object("rate ceiling (อัตราสูงสุด)", List.of(Fields.KIND, Fields.CEILING, Fields.DESCRIPTION), name -> {
            switch (name) {
                case Fields.KIND -> b.kind(in.text("kind"));
                case Fields.CEILING -> b.ceiling(in.baht("ceiling"));
                case Fields.DESCRIPTION -> b.description(in.text("description"));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return in.build("rate ceiling", b::build);
    }

    private static DisbursementTargets targets(JsonIn in) {
        DisbursementTargets.Builder b = DisbursementTargets.builder();
        Set<Integer> quarters = new HashSet<>();
        in.object("disbursement targets (เป้าหมายการเบิกจ่าย)", List.of(Fields.FISCAL_YEAR), name -> {
            switch (name) {
                case Fields.FISCAL_YEAR -> b.fiscalYear(in.fiscalYear("fiscalYear"));
                case Fields.QUARTERS ->
                    in.array("quarters", () -> {
                        quarter(in, b, quarters);
                        return Boolean.TRUE;
                    });
                default -> {
                    return false;
                }
            }
            return true;
        });
        return in.build("disbursement targets", b::build);
    }

    private static void quarter(JsonIn in, DisbursementTargets.Builder b, Set<Integer> seen) {
        int[] quarter = {0};
        BigDecimal[] disbursement = {null};
        BigDecimal[] spending = {null};
        in.object("quarter's targets", List.of(Fields.QUARTER), name -> {
            switch (name) {
                case Fields.QUARTER -> quarter[0] = in.integer("quarter");
                case Fields.DISBURSEMENT -> disbursement[0] = in.decimal("disbursement");
                case Fields.SPENDING -> spending[0] = in.decimal("spending");
                default -> {
                    return false;
                }
            }
            return true;
        });
        if (quarter[0] < 1 || quarter[0] > 4) {
            throw in.error("invalid quarter's targets: a fiscal quarter is 1 to 4, not " + quarter[0]);
        }
        if (!seen.add(quarter[0])) {
            throw in.error("invalid quarter's targets: quarter " + quarter[0] + " is listed twice");
        }
        if (disbursement[0] == null && spending[0] == null) {
            throw in.error("invalid quarter's targets: quarter " + quarter[0]
                    + " has neither a \"disbursement\" nor a \"spending\" target");
        }
        if (disbursement[0] != null) {
            b.putCumulativeDisbursement(quarter[0], disbursement[0]);
        }
        if (spending[0] != null) {
            b.putCumulativeSpending(quarter[0], spending[0]);
        }
    }

    private static SizeScheme sizeScheme(JsonIn in) {
        SizeScheme.Builder b = SizeScheme.builder();
        in.object("size scheme (เกณฑ์ขนาดโรงเรียน)", List.of(Fields.NAME, Fields.CLASSES), name -> {
            switch (name) {
                case Fields.NAME -> b.name(in.text("name"));
                case Fields.CLASSES -> b.addAllClasses(in.array("classes", () -> KrongkanCodec.readSizeClass(in)));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return in.build("size scheme", b::build);
    }

    private static QualityScale qualityScale(JsonIn in) {
        QualityScale.Builder b = QualityScale.builder();
        in.object(
                "quality scale (ระดับคุณภาพ)",
                List.of(Fields.NAME, Fields.MIN_SCORE, Fields.MAX_SCORE, Fields.LEVELS),
                name -> {
                    switch (name) {
                        case Fields.NAME -> b.name(in.text("name"));
                        case Fields.MIN_SCORE -> b.minScore(in.decimal("minScore"));
                        case Fields.MAX_SCORE -> b.maxScore(in.decimal("maxScore"));
                        case Fields.LEVELS -> b.addAllLevels(in.array("levels", () -> qualityLevel(in)));
                        default -> {
                            return false;
                        }
                    }
                    return true;
                });
        return in.build("quality scale", b::build);
    }

    private static QualityLevel qualityLevel(JsonIn in) {
        QualityLevel.Builder b = QualityLevel.builder();
        in.object("quality level", List.of(Fields.ENGLISH_LABEL, Fields.THAI_LABEL, Fields.MIN_SCORE), name -> {
            switch (name) {
                case Fields.ENGLISH_LABEL -> b.englishLabel(in.text("englishLabel"));
                case Fields.THAI_LABEL -> b.thaiLabel(in.text("thaiLabel"));
                case Fields.MIN_SCORE -> b.minScore(in.decimal("minScore"));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return in.build("quality level", b::build);
    }

    private static Rubric rubric(JsonIn in) {
        Rubric.Builder b = Rubric.builder();
        in.object(
                "rubric (เกณฑ์การประเมินคุณภาพ)", List.of(Fields.NAME, Fields.CRITERIA, Fields.PASSING_LEVEL), name -> {
                    switch (name) {
                        case Fields.NAME -> b.name(in.text("name"));
                        case Fields.CRITERIA -> b.addAllCriteria(in.array("criteria", () -> criterion(in)));
                        case Fields.SCALE -> b.scale(qualityScale(in));
                        case Fields.PASSING_LEVEL -> b.passingLevel(in.text("passingLevel"));
                        default -> {
                            return false;
                        }
                    }
                    return true;
                });
        return in.build("rubric", b::build);
    }

    private static Criterion criterion(JsonIn in) {
        Criterion.Builder b = Criterion.builder();
        in.object("criterion (เกณฑ์)", List.of(Fields.ID, Fields.NAME, Fields.WEIGHT, Fields.LEVELS), name -> {
            switch (name) {
                case Fields.ID -> b.id(in.text("id"));
                case Fields.NAME -> b.name(in.text("name"));
                case Fields.WEIGHT -> b.weight(in.decimal("weight"));
                case Fields.LEVELS -> b.addAllLevels(in.array("levels", () -> criterionLevel(in)));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return in.build("criterion", b::build);
    }

    private static CriterionLevel criterionLevel(JsonIn in) {
        CriterionLevel.Builder b = CriterionLevel.builder();
        in.object("criterion level", List.of(Fields.SCORE, Fields.DESCRIPTION), name -> {
            switch (name) {
                case Fields.SCORE -> b.score(in.decimal("score"));
                case Fields.DESCRIPTION -> b.description(in.text("description"));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return in.build("criterion level", b::build);
    }

    // ---------------------------------------------------------------- writing

    private static void write(JsonOut out, ReferenceSet set) throws IOException {
        out.startObject();
        out.text(Fields.FORMAT, FORMAT);
        out.array(Fields.RATE_TABLES, set.rateTables(), ReferenceJson::rateTable);
        out.array(Fields.DISBURSEMENT_TARGETS, set.disbursementTargets(), ReferenceJson::targets);
        out.array(Fields.SIZE_SCHEMES, set.sizeSchemes(), ReferenceJson::sizeScheme);
        out.array(Fields.QUALITY_SCALES, set.qualityScales(), ReferenceJson::qualityScale);
        out.array(Fields.RUBRICS, set.rubrics(), ReferenceJson::rubric);
        out.endObject();
    }

    private static void rateTable(JsonOut out, RateTable t) throws IOException {
        out.startObject();
        out.text(Fields.SOURCE, t.source());
        out.date(Fields.EFFECTIVE_FROM, t.effectiveFrom());
        out.date(Fields.EFFECTIVE_UNTIL, t.effectiveUntil());
        out.array(Fields.CEILINGS, t.ceilings(), ReferenceJson::ceiling);
        out.endObject();
    }

    private static void ceiling(JsonOut out, RateCeiling c) throws IOException {
        out.startObject();
        out.text(Fields.KIND, c.kind());
        out.baht(Fields.CEILING, c.ceiling());
        out.text(Fields.DESCRIPTION, c.description());
        out.endObject();
    }

    private static void targets(JsonOut out, DisbursementTargets t) throws IOException {
        out.startObject();
        out.integer(Fields.FISCAL_YEAR, t.fiscalYear().buddhistEraYear());
        Set<Integer> quarters = new TreeSet<>(t.cumulativeDisbursement().keySet());
        quarters.addAll(t.cumulativeSpending().keySet());
        out.array(Fields.QUARTERS, new ArrayList<>(quarters), (o, q) -> {
            o.startObject();
            o.integer(Fields.QUARTER, q);
            o.decimal(Fields.DISBURSEMENT, t.disbursementTarget(q));
            o.decimal(Fields.SPENDING, t.spendingTarget(q));
            o.endObject();
        });
        out.endObject();
    }

    private static void sizeScheme(JsonOut out, SizeScheme s) throws IOException {
        out.startObject();
        out.text(Fields.NAME, s.name());
        out.arrayEvenEmpty(Fields.CLASSES, s.classes(), KrongkanCodec::writeSizeClass);
        out.endObject();
    }

    private static void qualityScale(JsonOut out, QualityScale s) throws IOException {
        out.startObject();
        out.text(Fields.NAME, s.name());
        out.decimal(Fields.MIN_SCORE, s.minScore());
        out.decimal(Fields.MAX_SCORE, s.maxScore());
        out.arrayEvenEmpty(Fields.LEVELS, s.levels(), (o, l) -> {
            o.startObject();
            o.text(Fields.ENGLISH_LABEL, l.englishLabel());
            o.text(Fields.THAI_LABEL, l.thaiLabel());
            o.decimal(Fields.MIN_SCORE, l.minScore());
            o.endObject();
        });
        out.endObject();
    }

    private static void rubric(JsonOut out, Rubric r) throws IOException {
        out.startObject();
        out.text(Fields.NAME, r.name());
        out.arrayEvenEmpty(Fields.CRITERIA, r.criteria(), ReferenceJson::criterion);
        out.member(Fields.SCALE, r.scale(), ReferenceJson::qualityScale);
        out.text(Fields.PASSING_LEVEL, r.passingLevel());
        out.endObject();
    }

    private static void criterion(JsonOut out, Criterion c) throws IOException {
        out.startObject();
        out.text(Fields.ID, c.id());
        out.text(Fields.NAME, c.name());
        out.decimal(Fields.WEIGHT, c.weight());
        out.arrayEvenEmpty(Fields.LEVELS, c.levels(), (o, l) -> {
            o.startObject();
            o.decimal(Fields.SCORE, l.score());
            o.text(Fields.DESCRIPTION, l.description());
            o.endObject();
        });
        out.endObject();
    }
}
