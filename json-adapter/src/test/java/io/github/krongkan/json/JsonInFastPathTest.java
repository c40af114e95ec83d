package io.github.krongkan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.github.krongkan.project.ProjectStatus;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The hot-path shortcuts of {@link JsonIn} give exactly what the slow, obvious ways give. */
class JsonInFastPathTest {
    private static void assertPointersAsJackson(String json) throws Exception {
        try (JsonParser p = new JsonFactory().createParser(json)) {
            JsonIn in = new JsonIn(p);
            while (in.next() != null) {
                assertThat(in.pointer()).as("at %s", p.currentToken())
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

    @Test
    void isoDatesAreReadAsLocalDateParseReadsThem() {
        qt().withExamples(2000).forAll(integers().between(-2, 10_001), integers().between(-1, 14), integers().between(-1, 33))
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
        for (String odd : new String[] {"+12025-01-01", "12025-01-01", "2025-1-01", "2025/01/01", "2025-01-0a", "",
            "\uFF12\uFF10\uFF12\uFF15-01-01", "-0001-01-01", "2024-02-29", "2025-02-29"}) {
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
            assertThat(JsonNames.constant(ProjectStatus.class, JsonNames.of(status))).isSameAs(status);
        }
        assertThat(JsonNames.constant(ProjectStatus.class, "IN_PROGRESS")).isNull();
        assertThat(JsonNames.constant(ProjectStatus.class, "inProgress")).isSameAs(ProjectStatus.IN_PROGRESS);
    }
}
