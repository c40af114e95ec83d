package io.github.krongkan.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.krongkan.diff.Change;
import io.github.krongkan.diff.ProjectDiff;
import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.money.Baht;
import io.github.krongkan.project.Project;
import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.ProjectGens;
import io.github.krongkan.testkit.Property;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every pointer of a {@link ProjectDiff} names a node of the documents {@link KrongkanJson#write}
 * writes: the before pointer in the old one, the after pointer in the new one; and where the value
 * is a string, an amount, a decimal or a date, the node holds that value.
 */
class DiffPointersTest {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    private static final Path SEEDS = Path.of("..", "examples", "data");

    @Test
    void thePointersBetweenEveryPairOfSeedsResolve() throws IOException {
        List<Project> seeds;
        try (Stream<Path> files = Files.list(SEEDS)) {
            seeds = files.filter(f -> f.toString().endsWith(".json"))
                    .sorted()
                    .map(KrongkanJson::readProject)
                    .toList();
        }
        assertThat(seeds).hasSize(5);
        for (Project a : seeds) {
            for (Project b : seeds) {
                assertResolves(a, b);
            }
        }
    }

    /** The project before and the project after a change. */
    private record Pair(Project before, Project after) {}

    private static Gen<Pair> pairs(Gen<Project> projects) {
        return (random, size) -> new Pair(projects.next(random, size), projects.next(random, size));
    }

    @Test
    void thePointersBetweenRandomProjectsResolve() {
        Property.forAll(pairs(RandomProjects.gen()))
                .examples(300)
                .check(pair -> assertResolves(pair.before(), pair.after()));
    }

    @Test
    void thePointersBetweenGeneratedProjectsResolve() {
        Property.forAll(pairs(ProjectGens.projects()))
                .examples(300)
                .check(pair -> assertResolves(pair.before(), pair.after()));
    }

    private static void assertResolves(Project a, Project b) {
        JsonNode before = tree(KrongkanJson.write(a));
        JsonNode after = tree(KrongkanJson.write(b));
        ProjectDiff diff = ProjectDiff.between(a, b);
        assertThat(diff.isEmpty()).isEqualTo(a.equals(b));
        for (Change change : diff.changes()) {
            change.beforePath().ifPresent(at -> assertHolds(before, at, change.before(), change));
            change.afterPath().ifPresent(at -> assertHolds(after, at, change.after(), change));
        }
    }

    private static void assertHolds(JsonNode document, DocumentPath at, Optional<Object> value, Change change) {
        JsonNode node = document.at(at.toString());
        assertThat(node.isMissingNode())
                .as("%s: %s does not resolve", change, at)
                .isFalse();
        Object v = value.orElseThrow();
        if (v instanceof String || v instanceof Baht || v instanceof LocalDate) {
            assertThat(node.asText()).as("%s at %s", change, at).isEqualTo(v.toString());
        } else if (v instanceof BigDecimal d) {
            assertThat(node.decimalValue()).as("%s at %s", change, at).isEqualByComparingTo(d);
        }
    }

    private static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
