package io.github.krongkan.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.krongkan.check.Finding;
import io.github.krongkan.check.ProjectCheck;
import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.document.Fields;
import io.github.krongkan.examples.ResultsOnCancelledProjectRule;
import io.github.krongkan.json.KrongkanJson;
import io.github.krongkan.project.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/extending.md shows the example rule as it is compiled, and its samples do what they say. */
class ExtendingDocTest {
    private static final Path PAGE = Path.of("..", "docs", "extending.md");
    private static final Path SOURCE = Path.of(
            "src", "main", "java", "io", "github", "krongkan", "examples", "ResultsOnCancelledProjectRule.java");
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void thePageShowsTheExampleRuleAsItIsCompiled() throws IOException {
        Matcher block = JAVA_BLOCK.matcher(Files.readString(PAGE));
        String shown = null;
        while (block.find()) {
            if (block.group(1).startsWith("public final class ResultsOnCancelledProjectRule")) {
                shown = block.group(1);
            }
        }
        assertThat(shown).as("the example's code on the page").isNotNull();
        assertThat(Files.readString(SOURCE)).contains(shown);
    }

    @Test
    void theSamplesOfThePageRun() throws IOException {
        Project project = KrongkanJson.readProject(Path.of("data", "002-bueng-kum-fy2564-tracking.json"));
        ProjectCheck check = ProjectCheck.standard().with(new ResultsOnCancelledProjectRule());
        List<Finding> findings = check.check(project);
        assertThat(findings)
                .filteredOn(f -> f.code().equals(ResultsOnCancelledProjectRule.CODE))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.path()).isEqualTo("/indicators/0/measurements/0");
                    assertThat(f.messageThai()).contains("80");
                });

        JsonNode written = new ObjectMapper().readTree(KrongkanJson.write(project));
        for (Finding f : findings) {
            assertThat(written.at(f.path()).isMissingNode()).as(f.toString()).isFalse();
        }

        DocumentPath line = DocumentPath.root()
                .field(Fields.BUDGET)
                .field(Fields.ACTIVITIES)
                .index(0)
                .field(Fields.LINES)
                .index(2)
                .field(Fields.STATED_AMOUNT);
        assertThat(line).hasToString("/budget/activities/0/lines/2/statedAmount");
    }
}
