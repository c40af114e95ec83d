package io.github.krongkan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.json.KrongkanJson;
import io.github.krongkan.project.Portfolio;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateAndStatsTest {
    @TempDir
    Path dir;

    @Test
    void generateIsDeterministicAndWritesOneProjectPerLineAndTheDirectory() throws Exception {
        Path a = dir.resolve("a.jsonl");
        Path b = dir.resolve("b.jsonl");
        Run run = Run.of("generate", "--projects", "30", "--seed", "5", a.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("30 project(s)").contains("250 offices, 3000 networks, 30000 schools");
        assertThat(Run.of("generate", "--seed", "5", "--projects", "30", b.toString())
                        .exit())
                .isZero();
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        assertThat(Files.readAllBytes(dir.resolve("a.offices.json")))
                .isEqualTo(Files.readAllBytes(dir.resolve("b.offices.json")));
        List<String> lines = Files.readAllLines(a);
        assertThat(lines)
                .hasSize(30)
                .allSatisfy(line -> assertThat(KrongkanJson.readProject(line).progressReports())
                        .hasSize(12));
        Portfolio directory = KrongkanJson.readPortfolio(Files.readString(dir.resolve("a.offices.json")));
        assertThat(directory.directory().schoolCount()).isEqualTo(30_000);
        assertThat(directory.projects()).isEmpty();

        Run other = Run.of("generate", "--projects", "30", "--seed", "6", b.toString());
        assertThat(other.exit()).isZero();
        assertThat(Files.readAllBytes(a)).isNotEqualTo(Files.readAllBytes(b));
    }

    @Test
    void generateRefusesAWrongCommandLine() {
        assertThat(Run.of("generate").exit()).isEqualTo(2);
        assertThat(Run.of("generate", "--projects", "-3", dir.resolve("x.jsonl").toString())
                        .exit())
                .isEqualTo(2);
        assertThat(Run.of("generate", "--seed", "one", dir.resolve("x.jsonl").toString())
                        .exit())
                .isEqualTo(2);
        assertThat(Run.of("generate", "a.jsonl", "b.jsonl").err()).contains("unexpected argument \"b.jsonl\"");
    }

    @Test
    void statsCountFindingsByCodeAndExitOneForErrors() {
        Path file = dir.resolve("p.jsonl");
        assertThat(Run.of("generate", "--projects", "200", file.toString()).exit())
                .isZero();
        Run run = Run.of("check", "--stats", file.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .startsWith("200 project(s) in 1 file(s)\nfindings by code:\n")
                .containsPattern("\n  BUDGET_LINE_ARITHMETIC_MISMATCH +error +\\d+\n")
                .containsPattern("\\d+ error\\(s\\), \\d+ warning\\(s\\), \\d+ info\n")
                .containsPattern(
                        "\nbudget [\\d,]+\\.\\d\\d baht, disbursed [\\d,]+\\.\\d\\d baht, in \\d+ network\\(s\\) of \\d+ office\\(s\\)\n")
                .containsPattern(
                        "\nelapsed \\d+\\.\\d\\d s, \\d+ projects/s, \\d+\\.\\d MB/s \\(\\d+\\.\\d MB, \\d+ thread\\(s\\)\\)\n$");
    }

    @Test
    void statsOfACleanFileExitZero() throws Exception {
        String seed000 =
                KrongkanJson.writeCompact(KrongkanJson.readProject(Path.of("data/000-bang-khen-network-19.json")));
        Path file = Files.writeString(dir.resolve("clean.jsonl"), seed000 + "\n\n" + seed000 + "\n");
        Run run = Run.of("check", "--stats", file.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("2 project(s) in 1 file(s)\n0 error(s), 0 warning(s), 0 info\n");
    }

    @Test
    void statsExitTwoForUnreadableLinesOrFilesAndSayWhichLine() throws Exception {
        String seed000 =
                KrongkanJson.writeCompact(KrongkanJson.readProject(Path.of("data/000-bang-khen-network-19.json")));
        Path file = Files.writeString(
                dir.resolve("bad.jsonl"),
                seed000 + "\n" + seed000.replace("\"fiscalYear\":2569", "\"fiscalYear\":\"2569\"") + "\n");
        Run run = Run.of("check", "--stats", file.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .startsWith(file + ": unreadable: /fiscalYear: expected fiscalYear")
                .contains("(line 2, column ");
        assertThat(run.out()).startsWith("1 project(s) in 1 file(s), 1 unreadable\n");
        assertThat(Run.of("check", "--stats", dir.resolve("missing.jsonl").toString())
                        .exit())
                .isEqualTo(2);
        assertThat(Run.of("check", "--stats").exit()).isEqualTo(2);
    }
}
