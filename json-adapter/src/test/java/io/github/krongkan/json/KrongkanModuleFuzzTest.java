package io.github.krongkan.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.krongkan.project.Project;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz targets of the module in a caller's own {@link ObjectMapper} (Jazzer). The property: reading
 * any text through {@code readTree} + {@code treeToValue}, or as a field of the caller's bean,
 * either gives a project or fails with a Jackson exception (never another exception); and where
 * {@link KrongkanJson} reads the same project document, the module reads an equal project.
 *
 * <p>Every build runs these in regression mode over {@code KrongkanModuleFuzzTestInputs/<method>/};
 * a campaign: {@code JAZZER_FUZZ=1 ./mvnw -B -pl json-adapter -am test
 * -Dtest=KrongkanModuleFuzzTest#tree -Dsurefire.failIfNoSpecifiedTests=false
 * -Djazzer.max_duration=10m}.
 */
class KrongkanModuleFuzzTest {
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new KrongkanModule());

    /** A caller's own bean holding a project. */
    record Holder(Project project) {}

    @FuzzTest
    @DictionaryEntries({
        "\"format\"",
        "\"krongkan/1\"",
        "\"name\"",
        "\"fiscalYear\"",
        "\"targets\"",
        "\"quantity\"",
        "\"kind\"",
        "\"quantitative\"",
        "\"text\"",
        "\"progressReports\"",
        "\"progress\"",
        "\"date\"",
        "\"budget\"",
        "\"notes\"",
        "2569",
        "8.00",
        "1e999999999",
        "NaN"
    })
    void tree(byte[] bytes) {
        String json = new String(bytes, StandardCharsets.UTF_8);
        Project project;
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null) {
                return;
            }
            project = MAPPER.treeToValue(node, Project.class);
        } catch (JacksonException expected) {
            return;
        }
        agreesWithKrongkanJson(json, project);
    }

    @FuzzTest
    @DictionaryEntries({
        "{\"project\":",
        "\"name\"",
        "\"fiscalYear\"",
        "\"targets\"",
        "\"quantity\"",
        "\"notes\"",
        "2569",
        "8.00"
    })
    void bean(byte[] bytes) {
        String json = new String(bytes, StandardCharsets.UTF_8);
        Holder holder;
        try {
            holder = MAPPER.readValue(json, Holder.class);
        } catch (JacksonException expected) {
            return;
        }
        if (holder == null || holder.project() == null) {
            return;
        }
        // Written back and read by KrongkanJson, the project is the same.
        String document = KrongkanJson.writeCompact(holder.project());
        assertThat(KrongkanJson.readProject(document)).isEqualTo(holder.project());
        try {
            assertThat(MAPPER.readValue(document, Project.class)).isEqualTo(holder.project());
        } catch (JacksonException e) {
            throw new AssertionError(e);
        }
    }

    private static void agreesWithKrongkanJson(String json, Project project) {
        Project direct;
        try {
            direct = KrongkanJson.readProject(json);
        } catch (KrongkanJsonException e) {
            // KrongkanJson asks for more (the format member, strict UTF-8 text): it may refuse.
            return;
        }
        assertThat(project).isEqualTo(direct);
    }
}
