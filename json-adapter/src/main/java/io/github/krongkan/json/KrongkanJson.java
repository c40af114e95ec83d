package io.github.krongkan.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.krongkan.check.Finding;
import io.github.krongkan.check.ProjectCheck;
import io.github.krongkan.document.Fields;
import io.github.krongkan.json.codec.EvaluationJson;
import io.github.krongkan.json.codec.JsonIn;
import io.github.krongkan.json.codec.JsonOut;
import io.github.krongkan.json.codec.KrongkanCodec;
import io.github.krongkan.json.codec.StrictUtf8InputStream;
import io.github.krongkan.lifecycle.ProjectRecord;
import io.github.krongkan.lifecycle.VersionKind;
import io.github.krongkan.project.Portfolio;
import io.github.krongkan.project.Project;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reads and writes krongkan JSON documents, format {@value #FORMAT}.
 *
 * <p>A <em>project document</em> is one project object with a {@code "format"} member:
 * <pre>{@code
 * {"format": "krongkan/1", "name": "พัฒนาคุณภาพเครือข่ายโรงเรียน...", "fiscalYear": 2569, ...}
 * }</pre>
 * A <em>portfolio document</em> holds many, with the offices, networks and schools they belong to:
 * {@code {"format": "krongkan/1", "offices": [...], "projects": [...]}}.
 * A <em>record document</em> holds the life of one project, its versions and recorded history
 * ({@link ProjectRecord}): {@code {"format": "krongkan/1", "versions": [...], "history": [...]}};
 * read it with {@link #readRecord(String)}, or with {@link #readAsRecord(String)} to take a project
 * document as a record of one version.
 * Every field is described in {@code docs/json-format.md} and in the JSON Schema,
 * {@link #schema()}.
 *
 * <p>Reading is strict and safe by default: no polymorphic typing, unknown fields and duplicate
 * keys rejected, nesting, string and number sizes limited (see {@code docs/json-format.md}), and
 * every failure reported as a {@link KrongkanJsonException} with the JSON pointer of the offending
 * value. Text and bytes are read alike: text is read as its UTF-8 encoding. Strings are kept exactly
 * as written, without Unicode normalisation. Writing is deterministic: the same project always gives
 * the same bytes (UTF-8, fields in the documented order, empty lists and absent values left out).
 * Writing and reading are lossless: what is written reads back equal, decimals with their scale and
 * text code unit for code unit; a value the reader would refuse is refused when writing.
 */
public final class KrongkanJson {
    /** The format id and version written into and expected in every document. */
    public static final String FORMAT = KrongkanCodec.FORMAT;

    /** The class-path resource of the JSON Schema (draft 2020-12) of the format. */
    public static final String SCHEMA_RESOURCE = "/io/github/krongkan/json/krongkan-1.schema.json";

    /**
     * The class-path resource of the JSON Schema (draft 2020-12) of the findings form that
     * {@link #writeFindings(List)} writes.
     */
    public static final String FINDINGS_SCHEMA_RESOURCE = "/io/github/krongkan/json/krongkan-findings-1.schema.json";

    /** The format id and version of the evaluated view that {@link #writeEvaluation(Project)} writes. */
    public static final String EVALUATION_FORMAT = EvaluationJson.FORMAT;

    /**
     * The class-path resource of the JSON Schema (draft 2020-12) of the evaluated view that
     * {@link #writeEvaluation(Project)} writes.
     */
    public static final String EVALUATION_SCHEMA_RESOURCE =
            "/io/github/krongkan/json/krongkan-evaluation-1.schema.json";

    /**
     * The JSON Schema (draft 2020-12) of the format, the text of {@link #SCHEMA_RESOURCE}. Read it
     * this way on the module path, where the resources of this module's package are not open to
     * other modules.
     *
     * @return the schema as JSON text
     */
    public static String schema() {
        return resource(SCHEMA_RESOURCE);
    }

    /**
     * The JSON Schema (draft 2020-12) of the findings form, the text of
     * {@link #FINDINGS_SCHEMA_RESOURCE}.
     *
     * @return the schema as JSON text
     */
    public static String findingsSchema() {
        return resource(FINDINGS_SCHEMA_RESOURCE);
    }

    /**
     * The JSON Schema (draft 2020-12) of the evaluated view, the text of
     * {@link #EVALUATION_SCHEMA_RESOURCE}.
     *
     * @return the schema as JSON text
     */
    public static String evaluationSchema() {
        return resource(EVALUATION_SCHEMA_RESOURCE);
    }

    /**
     * The text of a resource of this module, such as a schema or shipped reference data.
     *
     * @param name the absolute resource name
     * @return its text
     */
    static String resource(String name) {
        try (InputStream in = KrongkanJson.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(
                        "the resource " + name + " is missing from the krongkan-json-adapter jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the resource " + name, e);
        }
    }

    /** Deepest nesting accepted in a document. */
    static final int MAX_NESTING_DEPTH = KrongkanCodec.MAX_NESTING_DEPTH;
    /** Longest string value accepted, in characters. */
    static final int MAX_STRING_LENGTH = KrongkanCodec.MAX_STRING_LENGTH;
    /** Longest number accepted, in characters. */
    static final int MAX_NUMBER_LENGTH = KrongkanCodec.MAX_NUMBER_LENGTH;
    /**
     * Most items accepted in one array. Small items cost far more memory read than written
     * ({@code "a",} is 4 bytes, a list entry and a string some 60), so without it a document within
     * the size limit could take a gigabyte of heap.
     */
    static final int MAX_ARRAY_LENGTH = KrongkanCodec.MAX_ARRAY_LENGTH;
    /** Longest field name accepted, in characters. */
    static final int MAX_NAME_LENGTH = KrongkanCodec.MAX_NAME_LENGTH;
    /**
     * Largest document accepted: 64 MiB of UTF-8 (for text, 64 Mi characters are checked before
     * encoding and the encoded bytes after). A larger document is refused once the reader has
     * passed the limit, without reading the rest.
     */
    static final long MAX_DOCUMENT_LENGTH = KrongkanCodec.MAX_DOCUMENT_LENGTH;

    static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxNameLength(MAX_NAME_LENGTH)
                    .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private KrongkanJson() {}

    /**
     * Reads a project document from text. The text is read as its UTF-8 encoding, so it meets the
     * same checks and limits as bytes do; text that cannot be encoded (a lone surrogate) is refused.
     *
     * @param json the document
     * @return the project
     * @throws KrongkanJsonException if the document is not a valid krongkan project document
     */
    public static Project readProject(String json) {
        Objects.requireNonNull(json, "json");
        return readText(json, KrongkanJson::readProjectDocument);
    }

    /**
     * Reads a project document from UTF-8 bytes. A byte order mark at the start is skipped; bytes
     * that are not well-formed UTF-8 are refused. The stream is read to its end (nothing may follow
     * the document), or up to the first error or the 64 MiB limit, and is not closed.
     *
     * @param in the document's bytes
     * @return the project
     * @throws KrongkanJsonException if the bytes are not a valid krongkan project document, or
     *                               reading them fails
     */
    public static Project readProject(InputStream in) {
        Objects.requireNonNull(in, "in");
        return readBytes(in, KrongkanJson::readProjectDocument);
    }

    /**
     * Reads a project document from a file.
     *
     * @param file the file, UTF-8
     * @return the project
     * @throws KrongkanJsonException if the file is not a valid krongkan project document
     * @throws UncheckedIOException  if the file cannot be opened
     */
    public static Project readProject(Path file) {
        return readFile(file, KrongkanJson::readProjectDocument);
    }

    /**
     * Reads project documents from JSON Lines, one compact document per line (as
     * {@link #writeCompact(Project)} writes them), one project at a time and in memory bounded by the
     * longest line: a country's portfolio can be checked or rolled up without holding it.
     * <pre>{@code
     * try (ProjectLines lines = KrongkanJson.readProjectLines(Files.newInputStream(file))) {
     *     while (lines.hasNext()) {
     *         Project project = lines.next();
     *         ...
     *     }
     * }
     * }</pre>
     * Errors name the line and the JSON pointer inside it; see {@link ProjectLines}.
     *
     * @param in the UTF-8 bytes; closed when the returned reader is closed
     * @return the reader, to be closed
     */
    public static ProjectLines readProjectLines(InputStream in) {
        return new ProjectLines(in);
    }

    /**
     * Reads a project document from {@code length} bytes at {@code offset}, e.g. one line of JSON
     * Lines, with the checks of {@link #readProject(InputStream)} (strict UTF-8 among them).
     */
    static Project readProject(byte[] bytes, int offset, int length) {
        if (!StrictUtf8InputStream.isValid(bytes, offset, length)) {
            // The stream refuses the bytes as readProject(InputStream) does, with the same error.
            return readBytes(new ByteArrayInputStream(bytes, offset, length), KrongkanJson::readProjectDocument);
        }
        // Checked in one pass above: the parser reads the array itself, without a stream between.
        try (JsonParser p = FACTORY.createParser(bytes, offset, length)) {
            return readProjectDocument(reader(p));
        } catch (IOException e) {
            throw new KrongkanJsonException("", "the document could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a portfolio document ({@code {"format": "krongkan/1", "offices": [...], "projects": [...]}})
     * from text, with the checks of {@link #readProject(String)}.
     *
     * @param json the document
     * @return the portfolio, projects and offices in document order
     * @throws KrongkanJsonException if the document is not a valid krongkan portfolio document
     */
    public static Portfolio readPortfolio(String json) {
        Objects.requireNonNull(json, "json");
        return readText(json, KrongkanJson::readPortfolioDocument);
    }

    /**
     * Reads a portfolio document from UTF-8 bytes, with the checks of {@link #readProject(InputStream)}.
     * The stream is not closed.
     *
     * @param in the document's bytes
     * @return the portfolio, projects and offices in document order
     * @throws KrongkanJsonException if the bytes are not a valid krongkan portfolio document, or
     *                               reading them fails
     */
    public static Portfolio readPortfolio(InputStream in) {
        Objects.requireNonNull(in, "in");
        return readBytes(in, KrongkanJson::readPortfolioDocument);
    }

    /**
     * Reads a portfolio document from a file.
     *
     * @param file the file, UTF-8
     * @return the portfolio, projects and offices in document order
     * @throws KrongkanJsonException if the file is not a valid krongkan portfolio document
     * @throws UncheckedIOException  if the file cannot be opened
     */
    public static Portfolio readPortfolio(Path file) {
        return readFile(file, KrongkanJson::readPortfolioDocument);
    }

    /**
     * Reads a record document ({@code {"format": "krongkan/1", "versions": [...], "history": [...]}})
     * from text, with the checks of {@link #readProject(String)}. What the record itself refuses (a
     * revision without its reason, versions not numbered upwards, a transition naming a version the
     * record does not hold, a repeated child id) is an error at the pointer of the offending value,
     * e.g. {@code /versions/1/number} or {@code /history/2/version}.
     *
     * @param json the document
     * @return the record
     * @throws KrongkanJsonException if the document is not a valid krongkan record document
     */
    public static ProjectRecord readRecord(String json) {
        Objects.requireNonNull(json, "json");
        return readText(json, KrongkanJson::readRecordDocument);
    }

    /**
     * Reads a record document from UTF-8 bytes, with the checks of {@link #readProject(InputStream)}
     * and {@link #readRecord(String)}. The stream is not closed.
     *
     * @param in the document's bytes
     * @return the record
     * @throws KrongkanJsonException if the bytes are not a valid krongkan record document, or
     *                               reading them fails
     */
    public static ProjectRecord readRecord(InputStream in) {
        Objects.requireNonNull(in, "in");
        return readBytes(in, KrongkanJson::readRecordDocument);
    }

    /**
     * Reads a record document from a file.
     *
     * @param file the file, UTF-8
     * @return the record
     * @throws KrongkanJsonException if the file is not a valid krongkan record document
     * @throws UncheckedIOException  if the file cannot be opened
     */
    public static ProjectRecord readRecord(Path file) {
        return readFile(file, KrongkanJson::readRecordDocument);
    }

    /**
     * Reads a record document, or a project document as a record of one version, from text. The
     * first member after {@code "format"} tells them apart: a record starts with {@code id}, {@code
     * workflow}, {@code networkId}, {@code initialStage}, {@code versions}, {@code history} or {@code
     * children}, which no project has. A project document becomes a record without id, workflow or history whose one
     * version, number 1, holds the project, of kind
     * <ul>
     *   <li>{@link VersionKind#RESULT_REPORT resultReport} if the project has progress reports or a
     *       close-out,
     *   <li>else {@link VersionKind#APPROVED approved} if its status is approved or later (in
     *       progress, delayed, completed, cancelled),
     *   <li>else {@link VersionKind#PROPOSAL proposal} (draft or proposed).
     * </ul>
     * Its {@link ProjectRecord#status()} is then the status the project states. Each document is read
     * with the checks of its own reader; a portfolio document is refused.
     *
     * @param json the document
     * @return the record
     * @throws KrongkanJsonException if the document is neither a valid record nor a valid project
     *                               document
     */
    public static ProjectRecord readAsRecord(String json) {
        Objects.requireNonNull(json, "json");
        DocumentKind kind;
        try (JsonParser p = FACTORY.createParser(json)) {
            kind = documentKind(p);
        } catch (IOException | RuntimeException e) {
            kind = DocumentKind.PROJECT;
        }
        return readText(json, asRecordReader(kind));
    }

    /**
     * Reads a record document, or a project document as a record of one version, from UTF-8 bytes,
     * as {@link #readAsRecord(String)} does. The stream is read to its end and not closed.
     *
     * @param in the document's bytes
     * @return the record
     * @throws KrongkanJsonException if the bytes are neither a valid record nor a valid project
     *                               document, or reading them fails
     */
    public static ProjectRecord readAsRecord(InputStream in) {
        Objects.requireNonNull(in, "in");
        byte[] start;
        try {
            start = in.readNBytes(PEEK_BYTES);
        } catch (IOException e) {
            throw new KrongkanJsonException("", "the document could not be read: " + e.getMessage(), e);
        }
        DocumentKind kind;
        try (JsonParser p = FACTORY.createParser(new StrictUtf8InputStream(new ByteArrayInputStream(start)))) {
            kind = documentKind(p);
        } catch (IOException | RuntimeException e) {
            // Not JSON, or cut off by the peek: the reader says what is wrong, or reads the rest.
            kind = DocumentKind.PROJECT;
        }
        return readBytes(new SequenceInputStream(new ByteArrayInputStream(start), in), asRecordReader(kind));
    }

    /**
     * Reads a record document, or a project document as a record of one version, from a file, as
     * {@link #readAsRecord(String)} does.
     *
     * @param file the file, UTF-8
     * @return the record
     * @throws KrongkanJsonException if the file is neither a valid record nor a valid project document
     * @throws UncheckedIOException  if the file cannot be opened
     */
    public static ProjectRecord readAsRecord(Path file) {
        Objects.requireNonNull(file, "file");
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        try (in) {
            return readAsRecord(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close " + file, e);
        }
    }

    /** How much of the start of a document is looked at to tell a record from a project. */
    private static final int PEEK_BYTES = 64 * 1024;

    /** What a document is, as its first member after {@code "format"} tells. */
    private enum DocumentKind {
        PROJECT,
        PORTFOLIO,
        RECORD
    }

    private static final List<String> RECORD_MEMBERS = List.of(
            Fields.ID,
            Fields.WORKFLOW,
            Fields.NETWORK_ID,
            Fields.INITIAL_STAGE,
            Fields.VERSIONS,
            Fields.HISTORY,
            Fields.CHILDREN);

    private static DocumentKind documentKind(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return DocumentKind.PROJECT;
        }
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            if (!name.equals(Fields.FORMAT)) {
                if (RECORD_MEMBERS.contains(name)) {
                    return DocumentKind.RECORD;
                }
                return name.equals(Fields.PROJECTS) || name.equals(Fields.OFFICES)
                        ? DocumentKind.PORTFOLIO
                        : DocumentKind.PROJECT;
            }
            p.nextToken();
            p.skipChildren();
        }
        return DocumentKind.PROJECT;
    }

    private static Function<JsonIn, ProjectRecord> asRecordReader(DocumentKind kind) {
        return switch (kind) {
            case RECORD -> KrongkanJson::readRecordDocument;
            case PROJECT -> in -> KrongkanCodec.recordOf(readProjectDocument(in));
            case PORTFOLIO ->
                in -> {
                    throw new KrongkanJsonException(
                            "",
                            "this is a portfolio document (many projects), not a project or a record; read it"
                                    + " with readPortfolio",
                            null);
                };
        };
    }

    private static ProjectRecord readRecordDocument(JsonIn in) {
        return KrongkanCodec.readRecordDocument(in);
    }

    static <T> T readFile(Path file, Function<JsonIn, T> document) {
        Objects.requireNonNull(file, "file");
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        try (in) {
            return readBytes(in, document);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close " + file, e);
        }
    }

    static <T> T readText(String json, Function<JsonIn, T> document) {
        if (json.length() > MAX_DOCUMENT_LENGTH) {
            throw new KrongkanJsonException(
                    "",
                    "input beyond the reader's limits: the document has " + json.length() + " characters; at most "
                            + MAX_DOCUMENT_LENGTH + " bytes of UTF-8 are read",
                    null);
        }
        if (JsonIn.loneSurrogate(json) >= 0) {
            // Not encodable as UTF-8. The text parser finds where, and JsonIn says so with the pointer.
            try (JsonParser p = FACTORY.createParser(json)) {
                var unused = document.apply(reader(p));
            } catch (IOException e) {
                throw new KrongkanJsonException("", "the document could not be read: " + e.getMessage(), e);
            }
            int at = JsonIn.loneSurrogate(json);
            throw new KrongkanJsonException(
                    "",
                    String.format(
                            "lone surrogate U+%04X at character %d; the document" + " is not valid Unicode text",
                            (int) json.charAt(at), at),
                    null);
        }
        return readBytes(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), document);
    }

    static <T> T readBytes(InputStream in, Function<JsonIn, T> document) {
        try (JsonParser p = FACTORY.createParser(new StrictUtf8InputStream(in))) {
            return document.apply(reader(p));
        } catch (CharConversionException e) {
            throw new KrongkanJsonException("", "the document is not valid UTF-8 text: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new KrongkanJsonException("", "the document could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * Writes a project document, indented for people to read.
     *
     * @param project the project
     * @return the document
     * @throws KrongkanJsonException if a value is beyond what the reader reads back (a string over
     *                               1,000,000 characters or with a lone surrogate,
     *                               a number over 40 characters, an array over 100,000 items)
     */
    public static String write(Project project) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(project, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes a project document as UTF-8 bytes, indented for people to read. The stream is not closed.
     *
     * @param project the project
     * @param out     where to write
     * @throws UncheckedIOException if writing fails
     * @throws KrongkanJsonException if a value is beyond what the reader reads back (a string over
     *                               1,000,000 characters or with a lone surrogate,
     *                               a number over 40 characters, an array over 100,000 items)
     */
    public static void write(Project project, OutputStream out) {
        Objects.requireNonNull(project, "project");
        try (JsonGenerator g = pretty(new CheckedGenerator(FACTORY.createGenerator(out, JsonEncoding.UTF8)))) {
            KrongkanCodec.writeProject(writer(g), project, true);
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a project document on one line, as JSON Lines and network payloads want it.
     *
     * @param project the project
     * @return the document, without line breaks
     * @throws KrongkanJsonException if a value is beyond what the reader reads back (a string over
     *                               1,000,000 characters or with a lone surrogate,
     *                               a number over 40 characters, an array over 100,000 items)
     */
    public static String writeCompact(Project project) {
        Objects.requireNonNull(project, "project");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = new CheckedGenerator(FACTORY.createGenerator(out, JsonEncoding.UTF8))) {
            KrongkanCodec.writeProject(writer(g), project, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes a record document, indented for people to read, as {@link #write(Project)} writes a
     * project: members in the documented order ({@code format}, {@code id}, {@code workflow}, {@code
     * networkId}, {@code initialStage}, {@code versions}, {@code history}, {@code children}), each version's project
     * without its {@code "format"}, empty lists and absent values left out.
     *
     * @param record the record
     * @return the document
     * @throws KrongkanJsonException if a value is beyond what the reader reads back (a string over
     *                               1,000,000 characters or with a lone surrogate,
     *                               a number over 40 characters, an array over 100,000 items)
     */
    public static String writeRecord(ProjectRecord record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeRecord(record, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes a record document as UTF-8 bytes, indented for people to read. The stream is not closed.
     *
     * @param record the record
     * @param out    where to write
     * @throws UncheckedIOException  if writing fails
     * @throws KrongkanJsonException if a value is beyond what the reader reads back
     */
    public static void writeRecord(ProjectRecord record, OutputStream out) {
        Objects.requireNonNull(record, "record");
        try (JsonGenerator g = pretty(new CheckedGenerator(FACTORY.createGenerator(out, JsonEncoding.UTF8)))) {
            KrongkanCodec.writeRecord(writer(g), record, true);
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a record document on one line, as JSON Lines and network payloads want it: the members
     * of {@link #writeRecord(ProjectRecord)}, without indentation or line breaks.
     *
     * @param record the record
     * @return the document, without line breaks
     * @throws KrongkanJsonException if a value is beyond what the reader reads back (a string over
     *                               1,000,000 characters or with a lone surrogate,
     *                               a number over 40 characters, an array over 100,000 items)
     */
    public static String writeRecordCompact(ProjectRecord record) {
        Objects.requireNonNull(record, "record");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = new CheckedGenerator(FACTORY.createGenerator(out, JsonEncoding.UTF8))) {
            KrongkanCodec.writeRecord(writer(g), record, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes a portfolio document, indented for people to read.
     *
     * @param portfolio the portfolio
     * @return the document
     * @throws KrongkanJsonException if a value is beyond what the reader reads back (a string over
     *                               1,000,000 characters or with a lone surrogate,
     *                               a number over 40 characters, an array over 100,000 items)
     */
    public static String writePortfolio(Portfolio portfolio) {
        Objects.requireNonNull(portfolio, "portfolio");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = pretty(new CheckedGenerator(FACTORY.createGenerator(out, JsonEncoding.UTF8)))) {
            KrongkanCodec.writePortfolioDocument(writer(g), portfolio);
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes findings as a JSON array, indented for people to read: each finding an object with
     * {@code code}, {@code severity} ({@code "error"}, {@code "warning"} or {@code "info"}),
     * {@code path} (a JSON pointer into the project document), {@code message}, {@code messageThai}
     * and, where the finding has them, {@code expected} and {@code actual}. It is the form that
     * {@code krongkan check --json} prints for each document and that {@link KrongkanModule} writes
     * for a {@link Finding}; {@code docs/json-format.md} and {@link #FINDINGS_SCHEMA_RESOURCE}
     * describe it.
     *
     * @param findings the findings, in the order to write them
     * @return the JSON array, ending with a line break
     */
    public static String writeFindings(List<Finding> findings) {
        Objects.requireNonNull(findings, "findings");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = pretty(new CheckedGenerator(FACTORY.createGenerator(out, JsonEncoding.UTF8)))) {
            writer(g).items(findings, KrongkanCodec::writeFinding);
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes the evaluated view of a project ({@value #EVALUATION_FORMAT}), indented for people to
     * read: what the rules compute, so that a front-end shows the figures without computing them.
     * Per budget line its computed, stated and written amount and their difference; activity
     * subtotals and the total, computed and stated; the amount in words in both conventions and
     * whether the stated words say the total; each risk rating's score and level on the project's
     * matrix; each indicator's evaluation per measurement and per target period; the planned
     * S-curve by month and the reported progress; the earned-value figures at each report; the
     * ledger's balances; and the findings of {@link ProjectCheck#standard()}. Amounts are decimal
     * strings with two decimals; each object names its place in the project document with a JSON
     * pointer {@code path}. A figure that cannot be computed is {@code null}, and the object that
     * holds it gives the reason in its {@code notApplicable} member. {@code docs/json-format.md}
     * ("The evaluated view") and {@link #EVALUATION_SCHEMA_RESOURCE} describe it.
     *
     * @param project the project
     * @return the evaluated view, ending with a line break
     * @throws KrongkanJsonException if a value is beyond what the writer writes (a string over
     *                               1,000,000 characters or with a lone surrogate)
     */
    public static String writeEvaluation(Project project) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeEvaluation(project, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes the evaluated view of a project as UTF-8 bytes, as {@link #writeEvaluation(Project)}
     * does. The stream is not closed.
     *
     * @param project the project
     * @param out     where to write
     * @throws UncheckedIOException if writing fails
     * @throws KrongkanJsonException if a value is beyond what the writer writes
     */
    public static void writeEvaluation(Project project, OutputStream out) {
        writeEvaluation(project, ProjectCheck.standard(), out);
    }

    /**
     * Writes the evaluated view of a project with the findings of a check of your choice (say, one
     * with your own rules or reference data). The stream is not closed.
     *
     * @param project the project
     * @param check   the check whose findings the view carries
     * @param out     where to write
     * @throws UncheckedIOException if writing fails
     * @throws KrongkanJsonException if a value is beyond what the writer writes
     */
    public static void writeEvaluation(Project project, ProjectCheck check, OutputStream out) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(out, "out");
        List<Finding> findings = check.check(project);
        try (JsonGenerator g = pretty(new CheckedGenerator(FACTORY.createGenerator(out, JsonEncoding.UTF8)))) {
            EvaluationJson.write(new Jackson2Sink(g), project, findings);
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads findings written by {@link #writeFindings(List)} (or by {@code krongkan check --json},
     * one document's {@code findings}), with the checks of {@link #readProject(String)}: unknown and
     * missing members, duplicate keys and invalid values are refused.
     *
     * @param json a JSON array of finding objects
     * @return the findings in document order
     * @throws KrongkanJsonException if the text is not such an array, with the pointer of the
     *                               offending value
     */
    public static List<Finding> readFindings(String json) {
        Objects.requireNonNull(json, "json");
        return readText(json, KrongkanJson::readFindingsDocument);
    }

    /**
     * Reads findings from UTF-8 bytes, with the checks of {@link #readFindings(String)}. The stream
     * is not closed.
     *
     * @param in the bytes of a JSON array of finding objects
     * @return the findings in document order
     * @throws KrongkanJsonException if the bytes are not such an array, or reading them fails
     */
    public static List<Finding> readFindings(InputStream in) {
        Objects.requireNonNull(in, "in");
        return readBytes(in, KrongkanJson::readFindingsDocument);
    }

    private static List<Finding> readFindingsDocument(JsonIn in) {
        return KrongkanCodec.readFindingsDocument(in);
    }

    static JsonGenerator pretty(JsonGenerator g) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(
                        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return g.setPrettyPrinter(printer);
    }

    private static Project readProjectDocument(JsonIn in) {
        return KrongkanCodec.readProjectDocument(in);
    }

    private static Portfolio readPortfolioDocument(JsonIn in) {
        return KrongkanCodec.readPortfolioDocument(in);
    }

    /**
     * Brings a project, portfolio or record document of an earlier version of the format to the version this
     * library reads, {@value #FORMAT}. This is the one place where versions meet: a reader of a
     * later major version (say {@code krongkan/2}) would read a {@code krongkan/1} document by
     * migrating it first, one version at a time, and the strict reader then sees only the current
     * version. With {@value #FORMAT} the only version there is, a {@value #FORMAT} document is
     * returned as it is (a copy: the argument is never changed); additions made within 1.x need no
     * migration, since they only add optional members. See "Evolution after 1.0" in {@code
     * docs/json-format.md}. In a record document, migrating means migrating the project of every
     * version (and of every child's versions) the way a project document is migrated.
     *
     * <p>Migration works on the JSON tree, before reading, so that it can rename or restructure
     * members that the current reader would refuse. It does not check the rest of the document;
     * read the result with {@link #readProject(String)} (for instance after {@code
     * mapper.writeValueAsString(node)}) or {@code mapper.treeToValue(node, Project.class)} with the
     * {@link KrongkanModule}.
     *
     * @param document a project, portfolio or record document as a tree
     * @return the document in format {@value #FORMAT}
     * @throws KrongkanJsonException if the document is not an object with a {@code "format"} string,
     *     or its format is one this library neither reads nor migrates (pointer {@code /format})
     */
    public static JsonNode migrate(JsonNode document) {
        Objects.requireNonNull(document, "document");
        if (!document.isObject()) {
            throw new KrongkanJsonException(
                    "", "expected a krongkan document as a JSON object, found " + document.getNodeType(), null);
        }
        JsonNode format = document.get(Fields.FORMAT);
        if (format == null || !format.isTextual()) {
            throw new KrongkanJsonException(
                    format == null ? "" : "/" + Fields.FORMAT,
                    format == null
                            ? "missing required field \"format\" in the document; a krongkan document declares \""
                                    + FORMAT + "\""
                            : "expected format as a JSON string, found " + format.getNodeType(),
                    null);
        }
        String version = format.textValue();
        if (FORMAT.equals(version)) {
            return document.deepCopy();
        }
        throw new KrongkanJsonException(
                "/" + Fields.FORMAT,
                "unsupported format " + JsonIn.quote(version) + "; this library reads and migrates \"" + FORMAT
                        + "\" only (a document of a later version needs a later krongkan release)",
                null);
    }

    /** Checks the value of a {@code "format"} member. */
    static void checkFormat(JsonIn in) {
        KrongkanCodec.checkFormat(in);
    }

    static void requireEnd(JsonIn in) {
        KrongkanCodec.requireEnd(in);
    }

    /** The codec's reader of a whole document over a Jackson 2 parser. */
    static JsonIn reader(JsonParser p) {
        return new JsonIn(new Jackson2Source(p));
    }

    /** The codec's writer over a Jackson 2 generator. */
    static JsonOut writer(JsonGenerator g) {
        return new JsonOut(new Jackson2Sink(g));
    }
}
