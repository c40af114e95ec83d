package io.github.krongkan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.check.Finding;
import io.github.krongkan.check.ProjectCheck;
import io.github.krongkan.check.RuleCode;
import io.github.krongkan.check.Severity;
import io.github.krongkan.json.KrongkanJson;
import io.github.krongkan.lifecycle.RecordCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate --plant CODE}: every documented code, found again by {@code check --stats}. */
class GeneratePlantTest {
    @TempDir
    Path dir;

    @Test
    void everyDocumentedCodeIsPlantedAndCheckFindsIt() throws Exception {
        for (RuleCode code : RuleCode.projectCodes()) {
            Path file = dir.resolve(code.anchor() + ".jsonl");
            Run run = Run.of("generate", "--projects", "5", "--seed", "3", "--plant", code.code(), file.toString());
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).startsWith(file + ": 5 project(s) with " + code.code() + " planted");
            assertThat(Files.exists(GenerateCommand.officesFile(file))).isFalse();
            List<String> lines = Files.readAllLines(file);
            assertThat(lines).hasSize(5);
            for (String line : lines) {
                assertThat(ProjectCheck.standard().check(KrongkanJson.readProject(line)))
                        .extracting(Finding::code)
                        .containsExactly(code.code());
            }
            Run check = Run.of("check", "--stats", file.toString());
            assertThat(check.exit()).isEqualTo(code.severity() == Severity.ERROR ? 1 : 0);
            assertThat(check.out())
                    .startsWith("5 project(s) in 1 file(s)\nfindings by code:\n")
                    .containsPattern("\n  " + code.code() + " +"
                            + code.severity().name().toLowerCase(java.util.Locale.ROOT) + " +5\n");
        }
    }

    @Test
    void everyRecordCodeIsPlantedInRecordLines() throws Exception {
        for (RuleCode code : RuleCode.recordCodes()) {
            Path file = dir.resolve(code.anchor() + ".jsonl");
            Run run = Run.of("generate", "--projects", "3", "--seed", "5", "--plant", code.code(), file.toString());
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).startsWith(file + ": 3 record(s) with " + code.code() + " planted");
            List<String> lines = Files.readAllLines(file);
            assertThat(lines).hasSize(3);
            for (String line : lines) {
                assertThat(RecordCheck.standard().check(KrongkanJson.readRecord(line)))
                        .extracting(Finding::code)
                        .containsExactly(code.code());
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameBytes() throws Exception {
        Path a = dir.resolve("a.jsonl");
        Path b = dir.resolve("b.jsonl");
        assertThat(Run.of("generate", "--plant", "BUDGET_TOTAL_MISMATCH", "--projects", "20", a.toString())
                        .exit())
                .isZero();
        assertThat(Run.of("generate", "--projects", "20", "--plant", "BUDGET_TOTAL_MISMATCH", b.toString())
                        .exit())
                .isZero();
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    }

    @Test
    void anUnknownCodeExitsTwoWithTheCodes() {
        Run run = Run.of(
                "generate", "--plant", "NO_SUCH_RULE", dir.resolve("x.jsonl").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("krongkan generate: --plant: unknown rule code 'NO_SUCH_RULE'")
                .contains("PERIOD_OUTSIDE_FISCAL_YEAR, DUPLICATE_ITEM_NUMBER")
                .contains("STATUS_MOVED_BACKWARDS");
        assertThat(dir.resolve("x.jsonl")).doesNotExist();
    }
}
