package io.github.krongkan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.krongkan.money.Baht;
import io.github.krongkan.project.Project;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents from other systems and front-ends, some broken, some built to hurt: every one ends in
 * a {@link KrongkanJsonException} with a pointer, read from text, from bytes and from a file, and
 * none hangs. The 30-second guard only catches hangs; it is no performance check (JMH does those).
 * docs/reliability.md has this suite as a table.
 */
class HostileInputTest {
    /** A hang guard only: a healthy read takes milliseconds. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);

    private static final String HEAD = "{\"format\":\"krongkan/1\",\"name\":\"โครงการ\",\"fiscalYear\":2569";
    private static final String MINIMAL = HEAD + "}";

    @TempDir
    Path dir;

    // --- sizes and nesting ---------------------------------------------------------------

    @Test
    void deepNestingEndsAtTheFirstValueOfTheWrongShape() {
        // The reader walks the document by its schema, so nesting the format does not have stops at
        // the first value of the wrong shape, long before the parser's depth limit (64).
        String arrays = HEAD + ",\"objectives\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        refusedEverywhere(arrays, "/objectives/0", "found an array");
        StringBuilder objects = new StringBuilder(HEAD).append(",\"owner\":");
        objects.append("{\"name\":".repeat(50_000))
                .append("1")
                .append("}".repeat(50_000))
                .append('}');
        refusedEverywhere(objects.toString(), "/owner/name", "found an object");
        refusedEverywhere("[".repeat(1_000_000), "", "found an array");
    }

    @Test
    void hugeStringsAndNamesAreRefused() {
        refusedEverywhere(HEAD.replace("โครงการ", "ก".repeat(2_000_000)) + "}", "/name", "String value length");
        refusedEverywhere("{\"" + "n".repeat(10_000) + "\":1}", "", "Name length");
    }

    @Test
    void hugeArraysAreRefusedAtTheItemLimit() {
        String units = HEAD + ",\"responsibleUnits\":[" + "\"a\",".repeat(KrongkanJson.MAX_ARRAY_LENGTH) + "\"a\"]}";
        refusedEverywhere(units, "/responsibleUnits/100000", "more than 100000 items");
        String atTheLimit =
                HEAD + ",\"responsibleUnits\":[" + "\"a\",".repeat(KrongkanJson.MAX_ARRAY_LENGTH - 1) + "\"a\"]}";
        assertThat(read(atTheLimit).responsibleUnits()).hasSize(KrongkanJson.MAX_ARRAY_LENGTH);
    }

    @Test
    void hugeNumbersAreRefused() {
        refusedEverywhere(
                "{\"format\":\"krongkan/1\",\"name\":\"x\",\"fiscalYear\":1" + "0".repeat(1_000_000) + "}",
                "/fiscalYear",
                "Number value length");
        refusedEverywhere(
                withCount("9".repeat(1_000_000)),
                "/budget/activities/0/lines/0/factors/0/count",
                "Number value length");
        refusedEverywhere(
                withCount("0." + "0".repeat(1_000_000) + "1"),
                "/budget/activities/0/lines/0/factors/0/count",
                "Number value length");
        refusedEverywhere(
                "{\"format\":\"krongkan/1\",\"name\":\"x\",\"fiscalYear\":99999999999}", "/fiscalYear", "out of range");
    }

    @Test
    void exponentsAreRefusedAsNumbersAndAsAmounts() {
        for (String exponent : List.of("1e999999999", "1e-999999999", "1E+999999999", "-1e999999999", "0e0")) {
            refusedEverywhere(withCount(exponent), "/budget/activities/0/lines/0/factors/0/count", "exponent notation");
            refusedEverywhere(withTotal("\"" + exponent + "\""), "/budget/statedTotal", "Exponent notation");
            refusedEverywhere(
                    "{\"format\":\"krongkan/1\",\"name\":\"x\",\"fiscalYear\":" + exponent + "}",
                    "/fiscalYear",
                    "as a JSON integer");
        }
        refusedEverywhere(withTotal("90000.00"), "/budget/statedTotal", "as a JSON string");
    }

    @Test
    void amountsWithAbsurdScaleOrLeadingZerosAreReadInOnePass() {
        // Zeros only: exact, so accepted, and cheap however many there are (up to the string limit).
        String manyZeros = "0".repeat(900_000);
        Project scaled = read(withTotal("\"90000." + manyZeros + "\""));
        assertThat(scaled.budget().orElseThrow().statedTotal()).contains(Baht.parse("90000.00"));
        Project leading = read(withTotal("\"" + manyZeros + "90000\""));
        assertThat(leading.budget().orElseThrow().statedTotal()).contains(Baht.parse("90000.00"));
        refusedEverywhere(withTotal("\"90000." + manyZeros + "1\""), "/budget/statedTotal", "More than two decimals");
        refusedEverywhere(withTotal("\"1" + manyZeros + "\""), "/budget/statedTotal", "beyond the supported limit");
        refusedEverywhere(withTotal("\"1000000000000000.01\""), "/budget/statedTotal", "beyond the supported limit");
    }

    @Test
    void amountStringsMustBePlainDecimals() {
        for (String bad : List.of(
                "NaN",
                "Infinity",
                "-Infinity",
                "+1",
                " 1",
                "1 ",
                "1,000",
                "๑๐๐",
                "1.",
                ".5",
                "--1",
                "1.2.3",
                "0x10",
                "1_000",
                "")) {
            refusedEverywhere(withTotal("\"" + bad + "\""), "/budget/statedTotal", "invalid statedTotal");
        }
    }

    @Test
    void nonNumericNumbersAreMalformed() {
        for (String bad : List.of("NaN", "Infinity", "-Infinity", "+1", "01", ".5", "1.", "0x10")) {
            refusedEverywhere(withCount(bad), "/budget/activities/0/lines/0/factors/0/count", "malformed JSON");
        }
    }

    // --- structure -----------------------------------------------------------------------

    @Test
    void duplicateKeysAreRefused() {
        refusedEverywhere(HEAD + ",\"name\":\"อื่น\"}", "/name", "Duplicate field 'name'");
        refusedEverywhere(withTotal("\"1.00\",\"statedTotal\":\"2.00\""), "/budget/statedTotal", "Duplicate field");
    }

    @Test
    void wrongTypesAndNullsAreRefused() {
        refusedEverywhere(
                "{\"format\":\"krongkan/1\",\"name\":5,\"fiscalYear\":2569}",
                "/name",
                "as a JSON string, found a number");
        refusedEverywhere(
                "{\"format\":\"krongkan/1\",\"name\":\"x\",\"fiscalYear\":\"2569\"}",
                "/fiscalYear",
                "as a JSON integer, found a string");
        refusedEverywhere("{\"format\":\"krongkan/1\",\"name\":null,\"fiscalYear\":2569}", "/name", "found null");
        refusedEverywhere(HEAD + ",\"objectives\":{}}", "/objectives", "as a JSON array, found an object");
        refusedEverywhere(HEAD + ",\"objectives\":[true]}", "/objectives/0", "found a boolean");
        refusedEverywhere("[" + MINIMAL + "]", "", "as a JSON object, found an array");
        refusedEverywhere("\"krongkan/1\"", "", "found a string");
        refusedEverywhere(
                "{\"format\":\"krongkan/2\",\"name\":\"x\",\"fiscalYear\":2569}", "/format", "unsupported format");
        refusedEverywhere(
                "{\"format\":\"krongkan/1\",\"name\":\"x\",\"fiscalYear\":1}", "/fiscalYear", "invalid fiscalYear");
    }

    @Test
    void unknownAndMissingFieldsAreRefused() {
        refusedEverywhere(HEAD + ",\"__proto__\":{}}", "/__proto__", "unknown field \"__proto__\"");
        refusedEverywhere(HEAD + ",\"@class\":\"java.lang.Runtime\"}", "/@class", "unknown field");
        refusedEverywhere("{\"format\":\"krongkan/1\",\"name\":\"x\"}", "", "missing required field \"fiscalYear\"");
        refusedEverywhere("{\"name\":\"x\",\"fiscalYear\":2569}", "", "missing required field \"format\"");
    }

    @Test
    void emptyTruncatedAndTrailingDocumentsAreRefused() {
        for (String empty : List.of("", " ", "\n\t ", "\uFEFF  ")) {
            refusedEverywhere(empty, "", "the document is empty");
        }
        refusedEverywhere("\uFEFF", "", ""); // too short for the parser to recognise the byte order mark
        String full = KrongkanJson.write(RandomProjects.gen().sample(9));
        for (int cut = 1; cut < full.length() - 1; cut += Math.max(1, full.length() / 400)) {
            String truncated = full.substring(0, cut);
            if (Character.isLowSurrogate(truncated.charAt(cut - 1))
                    || Character.isHighSurrogate(truncated.charAt(cut - 1))) {
                continue;
            }
            assertThatThrownBy(() -> read(truncated)).isInstanceOf(KrongkanJsonException.class);
        }
        refusedEverywhere(MINIMAL + MINIMAL, "", "unexpected content after the end of the document");
        refusedEverywhere(MINIMAL + "x", "", "malformed JSON");
        refusedEverywhere(MINIMAL + ",", "", "malformed JSON");
    }

    @Test
    void controlCharactersAndCommentsAreMalformed() {
        refusedEverywhere(HEAD.replace("โครงการ", "a\u0001b") + "}", "/name", "malformed JSON");
        refusedEverywhere(HEAD.replace("โครงการ", "a\nb") + "}", "/name", "malformed JSON");
        refusedEverywhere("/* c */" + MINIMAL, "", "malformed JSON");
        refusedEverywhere("{'format':'krongkan/1'}", "", "malformed JSON");
        refusedEverywhere(HEAD + ",}", "/fiscalYear", "malformed JSON");
    }

    // --- encodings -----------------------------------------------------------------------

    @Test
    void aLeadingByteOrderMarkIsSkippedElsewhereItIsMalformed() {
        assertThat(read("\uFEFF" + MINIMAL).name()).isEqualTo("โครงการ");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertThat(KrongkanJson.readProject(new ByteArrayInputStream(concat(bom, utf8(MINIMAL))))
                        .name())
                .isEqualTo("โครงการ");
        refusedEverywhere("\uFEFF\uFEFF" + MINIMAL, "", "malformed JSON");
        refusedEverywhere(MINIMAL.replace(",\"name\"", ",\uFEFF\"name\""), "/format", "malformed JSON");
        // Inside a string it is a character like any other, kept as written.
        assertThat(read(HEAD.replace("โครงการ", "\uFEFFโครงการ") + "}").name()).isEqualTo("\uFEFFโครงการ");
    }

    @Test
    void otherEncodingsAndInvalidUtf8AreRefused() {
        byte[] doc = utf8(MINIMAL);
        List<byte[]> bad = new ArrayList<>();
        bad.add(MINIMAL.getBytes(StandardCharsets.UTF_16BE));
        bad.add(MINIMAL.getBytes(StandardCharsets.UTF_16LE));
        bad.add(MINIMAL.getBytes(StandardCharsets.UTF_16)); // with its byte order mark
        bad.add(MINIMAL.getBytes(java.nio.charset.Charset.forName("UTF-32BE")));
        bad.add(MINIMAL.getBytes(java.nio.charset.Charset.forName("x-UTF-32LE-BOM")));
        bad.add(MINIMAL.getBytes(java.nio.charset.Charset.forName("TIS-620"))); // the Thai 8-bit code page
        for (byte[] invalid : List.of(
                new byte[] {(byte) 0xC0, (byte) 0xAF}, // overlong '/'
                new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, // overlong, three bytes
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // an encoded surrogate
                new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
                new byte[] {(byte) 0x80}, // a lone continuation byte
                new byte[] {(byte) 0xE0, (byte) 0xB8}, // cut short (half of ก)
                new byte[] {(byte) 0xFF},
                new byte[] {0})) {
            bad.add(concat(utf8(HEAD + ",\"code\":\"a"), invalid, utf8("b\"}")));
        }
        bad.add(concat(utf8(MINIMAL), new byte[] {(byte) 0xE0, (byte) 0xB8})); // cut short at the very end
        for (byte[] bytes : bad) {
            KrongkanJsonException e = refusedBytes(bytes);
            assertThat(e.reason()).containsAnyOf("not valid UTF-8", "malformed JSON");
            Path file = write(bytes);
            assertThatThrownBy(() -> KrongkanJson.readProject(file)).isInstanceOf(KrongkanJsonException.class);
        }
        assertThat(KrongkanJson.readProject(new ByteArrayInputStream(doc)).name())
                .isEqualTo("โครงการ");
    }

    @Test
    void loneSurrogatesAreRefusedFromTextAndFromEscapes() {
        // A lone surrogate cannot be encoded as UTF-8; from text it is refused where it stands.
        refusedText(HEAD.replace("โครงการ", "a\uD800b") + "}", "/name", "lone surrogate U+D800");
        refusedText(HEAD.replace("โครงการ", "a\uDC00") + "}", "/name", "lone surrogate U+DC00");
        refusedText(MINIMAL + "\uD83C", "", "malformed JSON");
        // Escaped, it is valid JSON syntax but still no Unicode text, and could not be written back.
        refusedEverywhere(HEAD.replace("โครงการ", "a\\uD800b") + "}", "/name", "lone surrogate U+D800");
        refusedEverywhere(HEAD.replace("โครงการ", "\\uDFEB\\uD83C") + "}", "/name", "lone surrogate U+DFEB");
        // An escaped pair is a character outside the Basic Multilingual Plane.
        assertThat(read(HEAD.replace("โครงการ", "\\uD83C\\uDFEB") + "}").name()).isEqualTo("🏫");
    }

    @Test
    void thaiTextIsKeptAsWrittenWithoutNormalisation() {
        List<String> forms = List.of(
                "กุ่ม", // lower vowel then tone mark: the canonical order
                "ก\u0E48\u0E38ม", // tone mark typed before the lower vowel: not normalised
                "น้ำ",
                "น\u0E49\u0E4D\u0E32", // sara am, and sara am decomposed (nikhahit + sara aa, NFKD)
                "\u0E33",
                "\u0E48", // a lone vowel, a lone tone mark
                "e\u0301cole",
                "\u00E9cole", // NFD and NFC Latin
                "๙๐,๐๐๐ บาท\u200B",
                "ก\u00A0ข");
        for (String form : forms) {
            String json = HEAD.replace("โครงการ", form) + "}";
            Project project = read(json);
            assertThat(project.name()).isEqualTo(form);
            String written = KrongkanJson.writeCompact(project);
            assertThat(written).contains(form);
            assertThat(KrongkanJson.readProject(written)).isEqualTo(project);
            assertThat(utf8(KrongkanJson.writeCompact(KrongkanJson.readProject(written))))
                    .isEqualTo(utf8(written));
        }
        String nfc = Normalizer.normalize("ก\u0E48\u0E38ม", Normalizer.Form.NFC);
        assertThat(nfc).isNotEqualTo("ก\u0E48\u0E38ม"); // the two orders are different text to the reader
        assertThat(read(HEAD.replace("โครงการ", nfc) + "}"))
                .isNotEqualTo(read(HEAD.replace("โครงการ", "ก\u0E48\u0E38ม") + "}"));
    }

    // --- very large documents, streamed ------------------------------------------------------

    @Test
    void aHundredMegabyteDocumentIsRefusedAtTheDocumentLimit() {
        // {"format":"krongkan/1","name":"x","fiscalYear":2569,"code":"y"   <100 MB of spaces>   }
        InputStream spaces = generated(
                utf8("{\"format\":\"krongkan/1\",\"name\":\"x\",\"fiscalYear\":2569"),
                (byte) ' ',
                100L * 1024 * 1024,
                utf8("}"));
        KrongkanJsonException e = refused(() -> KrongkanJson.readProject(spaces));
        assertThat(e.reason()).contains("beyond the reader's limits").contains("Document length");
        InputStream portfolio = generated(
                utf8("{\"format\":\"krongkan/1\",\"projects\":["), (byte) ' ', 100L * 1024 * 1024, utf8("]}"));
        assertThat(refused(() -> KrongkanJson.readPortfolio(portfolio)).reason())
                .contains("Document length");
    }

    @Test
    void aHundredMegabyteStringStopsTheReadEarly() {
        CountingInputStream in = new CountingInputStream(
                generated(utf8(HEAD.replace("}", "") + ",\"code\":\""), (byte) 'a', 100L * 1024 * 1024, utf8("\"}")));
        KrongkanJsonException e = refused(() -> KrongkanJson.readProject(in));
        assertThat(e.pointer()).isEqualTo("/code");
        assertThat(e.reason()).contains("String value length");
        assertThat(in.count).isLessThan(4L * 1024 * 1024);
    }

    @Test
    void textBeyondTheDocumentLimitIsRefusedBeforeEncoding() {
        String huge = " ".repeat((int) KrongkanJson.MAX_DOCUMENT_LENGTH + 1);
        assertThat(refused(() -> KrongkanJson.readProject(huge)).reason()).contains("beyond the reader's limits");
    }

    @Test
    void theCallersStreamIsLeftOpen() {
        class Tracking extends ByteArrayInputStream {
            boolean closed;

            Tracking(byte[] bytes) {
                super(bytes);
            }

            @Override
            public void close() {
                closed = true;
            }
        }
        Tracking ok = new Tracking(utf8(MINIMAL));
        KrongkanJson.readProject(ok);
        assertThat(ok.closed).isFalse();
        Tracking bad = new Tracking(utf8("{"));
        assertThatThrownBy(() -> KrongkanJson.readProject(bad)).isInstanceOf(KrongkanJsonException.class);
        assertThat(bad.closed).isFalse();
    }

    @Test
    void aFailingStreamEndsInTheTypedException() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        assertThat(refused(() -> KrongkanJson.readProject(failing)).reason()).contains("connection reset");
        assertThatThrownBy(() -> KrongkanJson.readProject(dir.resolve("missing.json")))
                .isInstanceOf(UncheckedIOException.class);
    }

    // --- helpers ---------------------------------------------------------------------------

    private static String withTotal(String value) {
        return HEAD + ",\"budget\":{\"statedTotal\":" + value + "}}";
    }

    private static String withCount(String value) {
        return HEAD + ",\"budget\":{\"activities\":[{\"name\":\"a\",\"lines\":[{\"unitCost\":\"1.00\",\"factors\":"
                + "[{\"count\":" + value + ",\"unit\":\"คน\"}]}]}]}}";
    }

    private static Project read(String json) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> KrongkanJson.readProject(json));
    }

    /** The document is refused as text, as bytes and as a file, with this pointer and reason, as project and portfolio. */
    private void refusedEverywhere(String json, String pointer, String reason) {
        byte[] bytes = utf8(json);
        Path file = write(bytes);
        List<Function<String, KrongkanJsonException>> readers = List.of(
                j -> refused(() -> KrongkanJson.readProject(j)),
                j -> refused(() -> KrongkanJson.readProject(new ByteArrayInputStream(bytes))),
                j -> refused(() -> KrongkanJson.readProject(file)));
        for (Function<String, KrongkanJsonException> reader : readers) {
            KrongkanJsonException e = reader.apply(json);
            assertThat(e.pointer()).as("pointer of %s", e.getMessage()).isEqualTo(pointer);
            assertThat(e.reason()).as("reason").contains(reason);
        }
        if (!json.strip().startsWith("{\"format\":\"krongkan/1\",\"name\"")) {
            return;
        }
        // The same project inside a portfolio: refused at the same place, one level down.
        String inPortfolio = "{\"format\":\"krongkan/1\",\"projects\":["
                + json.replaceFirst("\"format\":\"krongkan/1\",", "") + "]}";
        String portfolioPointer = pointer.isEmpty() || pointer.equals("/format") ? null : "/projects/0" + pointer;
        byte[] portfolioBytes = utf8(inPortfolio);
        Path portfolioFile = write(portfolioBytes);
        for (KrongkanJsonException e : List.of(
                refused(() -> KrongkanJson.readPortfolio(inPortfolio)),
                refused(() -> KrongkanJson.readPortfolio(new ByteArrayInputStream(portfolioBytes))),
                refused(() -> KrongkanJson.readPortfolio(portfolioFile)))) {
            if (portfolioPointer != null) {
                assertThat(e.pointer()).as("pointer of %s", e.getMessage()).isEqualTo(portfolioPointer);
                assertThat(e.reason()).contains(reason);
            }
        }
    }

    private static void refusedText(String json, String pointer, String reason) {
        KrongkanJsonException e = refused(() -> KrongkanJson.readProject(json));
        assertThat(e.pointer()).as("pointer of %s", e.getMessage()).isEqualTo(pointer);
        assertThat(e.reason()).contains(reason);
        KrongkanJsonException p = refused(() -> KrongkanJson.readPortfolio(json));
        assertThat(p.reason()).isNotEmpty();
    }

    private static KrongkanJsonException refusedBytes(byte[] bytes) {
        return refused(() -> KrongkanJson.readProject(new ByteArrayInputStream(bytes)));
    }

    /** Runs a read under the hang guard and returns the typed exception it must end in. */
    private static KrongkanJsonException refused(java.util.function.Supplier<?> read) {
        Throwable thrown = assertTimeoutPreemptively(HANG_GUARD, () -> {
            try {
                read.get();
                return null;
            } catch (RuntimeException | Error e) {
                return e;
            }
        });
        assertThat(thrown).as("a hostile document was accepted").isNotNull();
        assertThat(thrown).isInstanceOf(KrongkanJsonException.class);
        return (KrongkanJsonException) thrown;
    }

    private Path write(byte[] bytes) {
        try {
            return Files.write(Files.createTempFile(dir, "doc", ".json"), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] all = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    /** {@code head}, then {@code count} copies of {@code fill}, then {@code tail}, made up as they are read. */
    private static InputStream generated(byte[] head, byte fill, long count, byte[] tail) {
        return new InputStream() {
            private long position;
            private final long total = head.length + count + tail.length;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] buffer, int off, int len) {
                if (position >= total) {
                    return -1;
                }
                int n = (int) Math.min(len, total - position);
                for (int k = 0; k < n; k++, position++) {
                    buffer[off + k] = position < head.length
                            ? head[(int) position]
                            : position < head.length + count ? fill : tail[(int) (position - head.length - count)];
                }
                return n;
            }
        };
    }

    private static final class CountingInputStream extends java.io.FilterInputStream {
        long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
