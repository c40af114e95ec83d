package io.github.krongkan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.github.krongkan.project.ProjectStatus;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The hot-path shortcuts of {@link JsonIn} give exactly what the slow, obvious ways give. */
class JsonInFastPathTest {
    private static void assertPointersAsJackson(String json) throws Exception {
        try (JsonParser p = new JsonFactory().createParser(json)) {
            JsonIn in = new JsonIn(p);
            while (in.next() != null) {
                assertThat(in.pointer())
                        .as("at %s", p.currentToken())
                        .isEqualTo(p.getParsingContext().pathAsPointer().toString());
            }
        }
    }

    @Test
    void pointersAreJacksonsAtEveryTokenOfGeneratedDocuments() {
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            try {
                assertPointersAsJackson(KrongkanJson.write(new RandomProjects(seed).next()));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void pointersEscapeSlashAndTildeAndHandleEmptyNamesAndNestedArrays() throws Exception {
        assertPointersAsJackson("{\"a/b\":{\"~c\":[[1,{\"\":2}],[]]},\"x\":[{}],\"\":{\"y\":null}}");
        assertPointersAsJackson("[1,[2,[3]],{}]");
        assertPointersAsJackson("\"root\"");
    }

    /** Whether the stream lets the bytes through, read in chunks of {@code chunk} bytes. */
    private static boolean streamAccepts(byte[] bytes, int from, int length, int chunk) throws IOException {
        try (StrictUtf8InputStream in = new StrictUtf8InputStream(new ByteArrayInputStream(bytes, from, length))) {
            byte[] buffer = new byte[chunk];
            while (in.read(buffer, 0, chunk) >= 0) {
                // read on
            }
            return true;
        } catch (CharConversionException e) {
            return false;
        }
    }

    @Test
    void utf8CheckInOnePassAgreesWithTheStream() {
        // Bytes around every boundary the checker knows, so that valid and invalid sequences both come up often.
        int[] pool = {
            0x00, 0x0A, 0x22, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xB8, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1,
            0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xFE, 0xFF
        };
        qt().withExamples(5000).forAll(longs().all(), integers().between(0, 12)).checkAssert((seed, length) -> {
            SplittableRandom random = new SplittableRandom(seed);
            byte[] bytes = new byte[length + 4];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) pool[random.nextInt(pool.length)];
            }
            try {
                boolean expected = streamAccepts(bytes, 2, length, 1 + random.nextInt(4));
                assertThat(StrictUtf8InputStream.isValid(bytes, 2, length))
                        .as("%s", java.util.HexFormat.of().formatHex(bytes, 2, 2 + length))
                        .isEqualTo(expected);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        byte[] thai = "โครงการ ก.ข. 2569".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(StrictUtf8InputStream.isValid(thai, 0, thai.length)).isTrue();
        assertThat(StrictUtf8InputStream.isValid(thai, 0, 2)).isFalse();
        assertThat(StrictUtf8InputStream.isValid(thai, 1, 2)).isFalse();
    }

    @Test
    void isoDatesAreReadAsLocalDateParseReadsThem() {
        qt().withExamples(2000)
                .forAll(
                        integers().between(-2, 10_001),
                        integers().between(-1, 14),
                        integers().between(-1, 33))
                .checkAssert((year, month, day) -> {
                    String raw = String.format("%04d-%02d-%02d", year, month, day);
                    LocalDate expected;
                    try {
                        expected = LocalDate.parse(raw);
                    } catch (DateTimeException e) {
                        assertThatThrownBy(() -> JsonIn.isoDate(raw)).isInstanceOf(DateTimeException.class);
                        return;
                    }
                    assertThat(JsonIn.isoDate(raw)).isEqualTo(expected);
                });
        for (String odd : new String[] {
            "+12025-01-01",
            "12025-01-01",
            "2025-1-01",
            "2025/01/01",
            "2025-01-0a",
            "",
            "\uFF12\uFF10\uFF12\uFF15-01-01",
            "-0001-01-01",
            "2024-02-29",
            "2025-02-29"
        }) {
            LocalDate expected;
            try {
                expected = LocalDate.parse(odd);
            } catch (DateTimeException e) {
                assertThatThrownBy(() -> JsonIn.isoDate(odd)).as(odd).isInstanceOf(DateTimeException.class);
                continue;
            }
            assertThat(JsonIn.isoDate(odd)).as(odd).isEqualTo(expected);
        }
    }

    @Test
    void enumConstantsAreFoundByTheirJsonNames() {
        for (ProjectStatus status : ProjectStatus.values()) {
            assertThat(JsonNames.constant(ProjectStatus.class, JsonNames.of(status)))
                    .isSameAs(status);
        }
        assertThat(JsonNames.constant(ProjectStatus.class, "IN_PROGRESS")).isNull();
        assertThat(JsonNames.constant(ProjectStatus.class, "inProgress")).isSameAs(ProjectStatus.IN_PROGRESS);
    }
}
