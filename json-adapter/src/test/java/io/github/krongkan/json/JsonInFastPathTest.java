package io.github.krongkan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.github.krongkan.project.ProjectStatus;
import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.Property;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
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
        Property.forAll(RandomProjects.gen()).examples(200).check(project -> {
            try {
                assertPointersAsJackson(KrongkanJson.write(project));
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

    /** Bytes of which {@code length} from offset 2 are checked, read by the stream in chunks of {@code chunk}. */
    private record Utf8Case(byte[] bytes, int length, int chunk) {
        @Override
        public String toString() {
            return "Utf8Case[bytes=" + HexFormat.of().formatHex(bytes) + ", length=" + length + ", chunk=" + chunk
                    + "]";
        }
    }

    @Test
    void utf8CheckInOnePassAgreesWithTheStream() {
        // Bytes around every boundary the checker knows, so that valid and invalid sequences both come up often.
        int[] pool = {
            0x00, 0x0A, 0x22, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xB8, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1,
            0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xFE, 0xFF
        };
        Gen<Integer> lengths = Gen.ints(0, 12).withEdgeCases(List.of(0, 12));
        Gen<Utf8Case> cases = (random, size) -> {
            int length = lengths.next(random, size);
            byte[] bytes = new byte[length + 4];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) pool[random.nextInt(pool.length)];
            }
            return new Utf8Case(bytes, length, 1 + random.nextInt(4));
        };
        Property.forAll(cases).examples(5000).check(c -> {
            try {
                boolean expected = streamAccepts(c.bytes(), 2, c.length(), c.chunk());
                assertThat(StrictUtf8InputStream.isValid(c.bytes(), 2, c.length()))
                        .as("%s", HexFormat.of().formatHex(c.bytes(), 2, 2 + c.length()))
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
    void isoDatesAreReadAsLocalDateParseReadsThemInTheFormYyyyMmDd() {
        Gen<Integer> years = Gen.ints(-2, 10_001).withEdgeCases(List.of(-2, -1, 0, 1, 9_999, 10_000, 10_001));
        Gen<Integer> months = Gen.ints(-1, 14).withEdgeCases(List.of(-1, 0, 1, 12, 13, 14));
        Gen<Integer> days = Gen.ints(-1, 33).withEdgeCases(List.of(-1, 0, 1, 28, 29, 30, 31, 32, 33));
        Gen<String> raws = (random, size) -> String.format(
                "%04d-%02d-%02d", years.next(random, size), months.next(random, size), days.next(random, size));
        Property.forAll(raws).examples(2000).check(raw -> {
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
                // Only the yyyy-mm-dd form: LocalDate.parse's expanded years (+12025, -0001) are refused.
                if (!odd.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                    throw new DateTimeException("not yyyy-mm-dd: " + odd);
                }
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
