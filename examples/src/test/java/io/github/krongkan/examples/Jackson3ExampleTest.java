package io.github.krongkan.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.krongkan.check.ProjectCheck;
import io.github.krongkan.jackson3.KrongkanJson3;
import io.github.krongkan.jackson3.KrongkanJson3Exception;
import io.github.krongkan.json.KrongkanJson;
import io.github.krongkan.project.Project;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class Jackson3ExampleTest {
    private static final Path SEED_004 = Path.of("data/004-samut-prakan-2-quality-assurance.json");
    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    @Test
    void answersWithTheFindingsOfTheProjectInsideTheRequest() throws Exception {
        String seed = Files.readString(SEED_004);
        Project project = KrongkanJson.readProject(seed);
        JsonNode answer = PLAIN.readTree(Jackson3Example.handle(Jackson3Example.request("r-42", seed)));
        assertThat(answer.get("requestId").asString()).isEqualTo("r-42");
        assertThat(answer.get("name").asString()).isEqualTo(project.name());
        assertThat(answer.get("fiscalYear").asInt())
                .isEqualTo(project.fiscalYear().buddhistEraYear());
        // The answer's findings are krongkan finding objects: the findings form reads them back.
        String findings = PLAIN.writeValueAsString(answer.get("findings"));
        assertThat(KrongkanJson3.readFindings(findings))
                .isEqualTo(ProjectCheck.standard().check(project));
        assertThat(KrongkanJson.readFindings(findings))
                .isEqualTo(ProjectCheck.standard().check(project));
        assertThat(answer.get("errors").asLong()).isPositive();
    }

    @Test
    void anInvalidProjectIsRefusedWithItsPointer() {
        String request = Jackson3Example.request("r-1", "{\"name\":\"n\",\"fiscalYear\":2569,\"bogus\":1}");
        assertThatThrownBy(() -> Jackson3Example.handle(request))
                .isInstanceOf(DatabindException.class)
                .hasMessageContaining("/bogus: unknown field \"bogus\"")
                .hasCauseInstanceOf(KrongkanJson3Exception.class);
    }

    @Test
    void mainPrintsTheAnswerForASeed() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            System.setOut(out);
            Jackson3Example.main(new String[] {SEED_004.toString()});
        } finally {
            System.setOut(original);
        }
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("\"requestId\":\"req-1\"", "\"code\":\"BUDGET_EXCEEDS_RECEIVED\"");
    }
}
