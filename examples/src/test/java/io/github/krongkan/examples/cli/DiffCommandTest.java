package io.github.krongkan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.BudgetActivity;
import io.github.krongkan.budget.BudgetLine;
import io.github.krongkan.json.KrongkanJson;
import io.github.krongkan.money.Baht;
import io.github.krongkan.project.Project;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
    private static final String SEED = "data/004-samut-prakan-2-quality-assurance.json";

    @TempDir
    Path dir;

    /** Seed 004 with the snacks of activity 2 raised from 7,000 to 7,700 baht. */
    private Path revised() throws IOException {
        Project p = KrongkanJson.readProject(Path.of(SEED));
        Budget budget = p.budget().orElseThrow();
        BudgetActivity a = budget.activities().get(1);
        List<BudgetLine> lines = new ArrayList<>(a.lines());
        lines.set(
                0,
                BudgetLine.builder()
                        .from(lines.get(0))
                        .statedAmount(Baht.ofBaht(7700))
                        .build());
        List<BudgetActivity> activities = new ArrayList<>(budget.activities());
        activities.set(1, BudgetActivity.builder().from(a).lines(lines).build());
        Project revised = Project.builder()
                .from(p)
                .budget(Budget.builder().from(budget).activities(activities).build())
                .build();
        Path file = dir.resolve("revised.json");
        Files.writeString(file, KrongkanJson.write(revised), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void equalVersionsExitZero() {
        Run run = Run.of("diff", "--lang", "en", SEED, SEED);
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("no changes\n");
        assertThat(Run.of("diff", SEED, SEED).out()).isEqualTo("ไม่มีความเปลี่ยนแปลง\n");
    }

    @Test
    void aRevisedLineIsPrintedWithItsPointerAndTheMoneyAndExitsOne() throws IOException {
        Run run = Run.of("diff", "--lang=en", SEED, revised().toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("""
                        changed /budget/activities/1/lines/0/statedAmount from 7000.00 to 7700.00

                        money (by the lines as written):
                          budget up 700.00 baht (208,000.00 → 208,700.00)
                          activity 2 up 700.00 baht (19,000.00 → 19,700.00)
                        """);
        assertThat(Run.of("diff", SEED, revised().toString()).out())
                .startsWith("แก้ไข /budget/activities/1/lines/0/statedAmount จาก 7000.00 เป็น 7700.00\n");
    }

    @Test
    void jsonGivesThePointersAndValues() throws IOException {
        Run run = Run.of("diff", "--json", revised().toString(), SEED);
        assertThat(run.exit()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("equal").asBoolean()).isFalse();
        JsonNode change = json.get("changes").get(0);
        assertThat(change.get("kind").asText()).isEqualTo("changed");
        assertThat(change.get("path").asText()).isEqualTo("/budget/activities/1/lines/0/statedAmount");
        assertThat(change.get("before").asText()).isEqualTo("7700.00");
        assertThat(change.get("after").asText()).isEqualTo("7000.00");
        assertThat(json.get("money").get(0).get("difference").asText()).isEqualTo("-700.00");
    }

    @Test
    void anUnreadableDocumentOrAWrongCommandLineExitsTwo() throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": \"krongkan/1\"", StandardCharsets.UTF_8);
        Run run = Run.of("diff", SEED, broken.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("krongkan diff: " + broken + ": unreadable: ");
        assertThat(Run.of("diff", SEED, dir.resolve("missing.json").toString()).exit())
                .isEqualTo(2);
        assertThat(Run.of("diff", SEED).exit()).isEqualTo(2);
        assertThat(Run.of("diff", "--lang", "fr", SEED, SEED).exit()).isEqualTo(2);
        assertThat(Run.of("diff", "--color", SEED, SEED).exit()).isEqualTo(2);
    }

    @Test
    void oneVersionMayComeFromStandardInput() throws IOException {
        Run run = Run.withInput(Files.readString(Path.of(SEED), StandardCharsets.UTF_8), "diff", "-", SEED);
        assertThat(run.exit()).isZero();
    }
}
