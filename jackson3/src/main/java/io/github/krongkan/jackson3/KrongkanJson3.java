package io.github.krongkan.jackson3;

import io.github.krongkan.check.Finding;
import io.github.krongkan.check.ProjectCheck;
import io.github.krongkan.json.codec.EvaluationJson;
import io.github.krongkan.json.codec.JsonIn;
import io.github.krongkan.json.codec.JsonOut;
import io.github.krongkan.json.codec.KrongkanCodec;
import io.github.krongkan.json.codec.StrictUtf8InputStream;
import io.github.krongkan.lifecycle.ProjectRecord;
import io.github.krongkan.project.Portfolio;
import io.github.krongkan.project.Project;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Reads and writes whole krongkan documents (format {@value #FORMAT}) with Jackson 3, as the Jackson
 * 2 adapter's {@code KrongkanJson} does: the same codec, the same limits (nesting 64, strings of
 * 1,000,000 characters, numbers of 40, arrays of 100,000 items, 64 MiB documents), strict UTF-8,
 * duplicate keys refused, and every failure a {@link KrongkanJson3Exception} with the JSON pointer of
 * the offending value. Documents are written on one line, byte for byte as the Jackson 2 facade's
 * {@code writeCompact} writes them.
 */
public final class KrongkanJson3 {
    /** The format id and version written into and expected in every document. */
    public static final String FORMAT = KrongkanCodec.FORMAT;

    /** The format id and version of the evaluated view, {@code krongkan-evaluation/1}. */
    public static final String EVALUATION_FORMAT = EvaluationJson.FORMAT;

    /**
     * The reader's limits and strictness of the Jackson 2 facade; writing as Jackson 2 writes
     * (supplementary characters escaped as surrogate pairs, {@code /} not escaped), so that both
     * facades give the same bytes for the same value.
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(KrongkanCodec.MAX_NESTING_DEPTH)
                    .maxStringLength(KrongkanCodec.MAX_STRING_LENGTH)
                    .maxNumberLength(KrongkanCodec.MAX_NUMBER_LENGTH)
                    .maxNameLength(KrongkanCodec.MAX_NAME_LENGTH)
                    .maxDocumentLength(KrongkanCodec.MAX_DOCUMENT_LENGTH)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private KrongkanJson3() {}

    /**
     * Reads a project document from text, read as its UTF-8 encoding.
     *
     * @param json the document
     * @return the project
     * @throws KrongkanJson3Exception if the document is not a valid krongkan project document
     */
    public static Project readProject(String json) {
        return readText(json, KrongkanCodec::readProjectDocument);
    }

    /**
     * Reads a project document from UTF-8 bytes; bytes that are not well-formed UTF-8 are refused.
     * The stream is read to its end and not closed.
     *
     * @param in the document's bytes
     * @return the project
     * @throws KrongkanJson3Exception if the bytes are not a valid krongkan project document
     */
    public static Project readProject(InputStream in) {
        return readBytes(in, KrongkanCodec::readProjectDocument);
    }

    /**
     * Reads a portfolio document from text.
     *
     * @param json the document
     * @return the portfolio
     * @throws KrongkanJson3Exception if the document is not a valid krongkan portfolio document
     */
    public static Portfolio readPortfolio(String json) {
        return readText(json, KrongkanCodec::readPortfolioDocument);
    }

    /**
     * Reads a record document from text.
     *
     * @param json the document
     * @return the record
     * @throws KrongkanJson3Exception if the document is not a valid krongkan record document
     */
    public static ProjectRecord readRecord(String json) {
        return readText(json, KrongkanCodec::readRecordDocument);
    }

    /**
     * Reads findings (a JSON array of finding objects) from text.
     *
     * @param json the array
     * @return the findings in document order
     * @throws KrongkanJson3Exception if the text is not such an array
     */
    public static List<Finding> readFindings(String json) {
        return readText(json, KrongkanCodec::readFindingsDocument);
    }

    /**
     * Writes a project document on one line. A value the reader would refuse (a string over
     * 1,000,000 characters or with a lone surrogate, a number over 40 characters, an array over
     * 100,000 items) is refused with a {@link KrongkanJson3Exception} at its pointer.
     *
     * @param project the project
     * @return the document
     */
    public static String writeCompact(Project project) {
        Objects.requireNonNull(project, "project");
        return write(out -> KrongkanCodec.writeProject(out, project, true));
    }

    /**
     * Writes a record document on one line.
     *
     * @param record the record
     * @return the document
     */
    public static String writeRecordCompact(ProjectRecord record) {
        Objects.requireNonNull(record, "record");
        return write(out -> KrongkanCodec.writeRecord(out, record, true));
    }

    /**
     * Writes findings as a JSON array on one line.
     *
     * @param findings the findings
     * @return the array
     */
    public static String writeFindings(List<Finding> findings) {
        Objects.requireNonNull(findings, "findings");
        return write(out -> out.items(findings, KrongkanCodec::writeFinding));
    }

    /**
     * Writes the evaluated view of a project ({@value #EVALUATION_FORMAT}) with the findings of
     * {@link ProjectCheck#standard()}, indented for people to read. The bytes are those of the
     * Jackson 2 adapter's {@code KrongkanJson.writeEvaluation(project)}: both write with the one
     * codec; {@code docs/json-format.md} ("The evaluated view") describes the document.
     *
     * @param project the project
     * @return the evaluated view, ending with a line break
     * @throws KrongkanJson3Exception if a value is beyond what the writer writes (a string over
     *                                1,000,000 characters or with a lone surrogate)
     */
    public static String writeEvaluation(Project project) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeEvaluation(project, ProjectCheck.standard(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes the evaluated view of a project as UTF-8 bytes with the findings of a check of your
     * choice, as {@link #writeEvaluation(Project)} does. The stream is not closed.
     *
     * @param project the project
     * @param check   the check whose findings the view carries
     * @param out     where to write
     * @throws UncheckedIOException   if writing fails
     * @throws KrongkanJson3Exception if a value is beyond what the writer writes
     */
    public static void writeEvaluation(Project project, ProjectCheck check, OutputStream out) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(out, "out");
        List<Finding> findings = check.check(project);
        try (JsonGenerator g = new CheckedGenerator(FACTORY.createGenerator(PRETTY, out))) {
            EvaluationJson.write(new Jackson3Sink(g), project, findings);
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The layout of the Jackson 2 adapter's indented documents: two spaces, {@code "name": value}. */
    private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                            .withObjectEmptySeparator(" ")
                            .withArrayEmptySeparator(" "))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    };

    /** Writes one value with the codec. */
    private interface Body {
        void write(JsonOut out) throws IOException;
    }

    private static String write(Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = new CheckedGenerator(FACTORY.createGenerator(ObjectWriteContext.empty(), bytes))) {
            body.write(new JsonOut(new Jackson3Sink(g)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static <T> T readText(String json, Function<JsonIn, T> document) {
        Objects.requireNonNull(json, "json");
        if (json.length() > KrongkanCodec.MAX_DOCUMENT_LENGTH) {
            throw new KrongkanJson3Exception(
                    "",
                    "input beyond the reader's limits: the document has " + json.length() + " characters; at most "
                            + KrongkanCodec.MAX_DOCUMENT_LENGTH + " bytes of UTF-8 are read",
                    -1,
                    -1,
                    null);
        }
        int at = JsonIn.loneSurrogate(json);
        if (at >= 0) {
            throw new KrongkanJson3Exception(
                    "",
                    String.format(
                            "lone surrogate U+%04X at character %d; the document is not valid Unicode text",
                            (int) json.charAt(at), at),
                    -1,
                    -1,
                    null);
        }
        return readBytes(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), document);
    }

    private static <T> T readBytes(InputStream in, Function<JsonIn, T> document) {
        Objects.requireNonNull(in, "in");
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), new StrictUtf8InputStream(in))) {
            return document.apply(new JsonIn(new Jackson3Source(p)));
        } catch (JacksonException e) {
            // Closing the parser: the document itself was read.
            throw new KrongkanJson3Exception("", "the document could not be read: " + e.getMessage(), -1, -1, e);
        }
    }
}
