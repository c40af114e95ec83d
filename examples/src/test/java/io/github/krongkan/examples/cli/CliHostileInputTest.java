package io.github.krongkan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.krongkan.json.KrongkanJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The known attacks on the command line, one test each: no stack trace, the documented exit
 * code, and one line on standard error that names the file (or the argument) and the reason.
 */
class CliHostileInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEED_001 = "data/001-lat-krabang-fy2564-tracking.json";
    private static final String SEED_000 = "data/000-bang-khen-network-19.json";
    private static final String SEED_004 = "data/004-samut-prakan-2-quality-assurance.json";

    @TempDir
    Path dir;

    /** No stack trace, and every line of standard error is a message of the tool. */
    static void assertPlain(Run run) {
        assertThat(run.exit()).isBetween(0, 2);
        assertThat(run.err())
                .doesNotContain("\tat ")
                .doesNotContain("Exception in thread")
                .doesNotContain("internal error");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1941-01-01", "1941-09-30", "1 ตุลาคม 3000", "31/12/3000", "1/1/2484", "1900-01-01"})
    void fiscalRefusesDatesOutsideTheFiscalYearsPlainly(String date) {
        Run run = Run.of("fiscal", date);
        assertPlain(run);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("krongkan fiscal: ").contains(date).hasLineCount(1);
    }

    @Test
    void fiscalStillPlacesTheFirstAndLastSupportedDays() {
        assertThat(Run.of("fiscal", "1941-10-01").out()).contains("ปีงบประมาณ พ.ศ. 2485");
        assertThat(Run.of("fiscal", "30/09/3000").out()).contains("ปีงบประมาณ พ.ศ. 3000");
    }

    /** Documents that check accepts, with dates the Thai calendar and the fiscal years do not cover. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "/progressReports/0/date=2564-03-01",
                "/progressReports/0/date=1900-01-01",
                "/progressReports/0/date=9999-12-31",
                "/plannedPeriod=2563-10-01/2564-09-30",
                "/plannedPeriod=1900-01-01/9999-12-31",
                "/actualPeriod=1900-01-01/9999-12-31",
            })
    void reportDrawsEveryDocumentThatCheckAccepts(String change) throws Exception {
        ObjectNode doc = (ObjectNode) JSON.readTree(Path.of(SEED_001).toFile());
        String[] pointerAndValue = change.split("=");
        String value = pointerAndValue[1];
        if (pointerAndValue[0].endsWith("Period")) {
            String[] ends = value.split("/");
            doc.putObject(pointerAndValue[0].substring(1)).put("start", ends[0]).put("end", ends[1]);
        } else {
            ((ObjectNode) doc.at("/progressReports/0")).put("date", value);
        }
        Path file = dir.resolve("edge.json");
        JSON.writeValue(file.toFile(), doc);
        Run check = Run.of("check", file.toString());
        assertPlain(check);
        assertThat(check.exit()).as(check.err()).isLessThan(2);
        for (String lang : new String[] {"th", "en"}) {
            Run report = Run.of("report", "--lang", lang, file.toString());
            assertPlain(report);
            assertThat(report.err()).isEmpty();
            assertThat(report.exit()).isZero();
            assertThat(report.out()).contains(lang.equals("th") ? "ความก้าวหน้าเทียบแผน" : "Progress against the plan");
        }
    }

    @Test
    void reportWritesADateOutsideTheThaiCalendarInIsoForm() throws Exception {
        ObjectNode doc = (ObjectNode) JSON.readTree(Path.of(SEED_001).toFile());
        doc.putObject("plannedPeriod").put("start", "2563-10-01").put("end", "2564-09-30");
        ((ObjectNode) doc.at("/progressReports/0")).put("date", "9999-12-31");
        Path file = dir.resolve("be.json");
        JSON.writeValue(file.toFile(), doc);
        Run th = Run.of("report", file.toString());
        assertThat(th.out())
                .contains("2563-10-01 – 2564-09-30")
                .contains("รายงานที่ลงวันที่นอกปีงบประมาณที่รองรับ (ไม่แสดงในแผนภูมิ): 9999-12-31");
        assertThat(Run.of("report", "--lang", "en", file.toString()).out())
                .contains("reports dated outside the supported fiscal years (not charted): 9999-12-31");
    }

    @Test
    void generateToADirectorySaysSo() {
        Run run = Run.of("generate", "/");
        assertPlain(run);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("krongkan generate: /: cannot write: it is a directory; expected FILE.jsonl\n");
        Run here = Run.of("generate", dir.toString());
        assertThat(here.err()).startsWith("krongkan generate: " + dir + ": cannot write: it is a directory");
    }

    @Test
    void generateToAFullDeviceNamesTheFileAndLeavesNothingBeside() {
        Path full = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(full), "/dev/full exists");
        org.junit.jupiter.api.Assumptions.assumeFalse(
                Files.exists(Path.of("/dev/full.offices.json")), "no /dev/full.offices.json left by an older version");
        Run run = Run.of("generate", "--projects", "2", full.toString());
        assertPlain(run);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).as("no success before the failure").isEmpty();
        assertThat(run.err())
                .startsWith("krongkan generate: /dev/full: cannot write: ")
                .hasLineCount(1);
        assertThat(Path.of("/dev/full.offices.json")).doesNotExist();
    }

    @Test
    void generateIntoAMissingDirectoryNamesItAndWritesNothing() {
        Path target = dir.resolve("missing").resolve("p.jsonl");
        Run run = Run.of("generate", "--projects", "2", target.toString());
        assertPlain(run);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("krongkan generate: " + target + ": cannot write: ");
    }

    @Test
    void generateLeavesNoTemporaryFiles() throws Exception {
        assertThat(Run.of("generate", "--projects", "3", dir.resolve("p.jsonl").toString())
                        .exit())
                .isZero();
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("p.jsonl", "p.offices.json");
        }
    }

    @Test
    void aFileNameTheSystemCannotEncodeIsRefusedPlainlyByEveryCommand() {
        String bad = "a\0b.json";
        for (String[] args : new String[][] {
            {"check", bad}, {"check", "--json", bad}, {"check", "--stats", bad}, {"report", bad}, {"generate", bad}
        }) {
            Run run = Run.of(args);
            assertPlain(run);
            assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err()).as(String.join(" ", args)).contains(bad).contains("NUL character");
        }
    }

    @Test
    void checkSaysWhyAFileCannotBeRead() throws Exception {
        Run missing = Run.of("check", dir.resolve("nope.json").toString());
        assertPlain(missing);
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err())
                .isEqualTo(dir.resolve("nope.json") + ": unreadable: cannot read the file: no such file\n");
        Run directory = Run.of("check", dir.toString());
        assertThat(directory.err()).isEqualTo(dir + ": unreadable: cannot read the file: it is a directory\n");
        assertThat(Run.of("report", dir.toString()).err())
                .isEqualTo("krongkan report: " + dir + ": unreadable: cannot read the file: it is a directory\n");
        assertThat(Run.of("check", "--stats", dir.resolve("nope.jsonl").toString())
                        .err())
                .startsWith(dir.resolve("nope.jsonl") + ": unreadable: cannot read the file: no such file\n");
    }

    @Test
    void statsRefusesAnOptionItDoesNotTake() {
        Run run = Run.of("check", "--stats", "--json", "p.jsonl");
        assertPlain(run);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("krongkan check --stats: unknown option --json");
    }

    @Test
    void checkSaysWhenPermissionIsDenied() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.json"), "{}");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                secret.toFile().setReadable(false, false) && !Files.isReadable(secret),
                "the file system refuses reading (not as root)");
        assertThat(Run.of("check", secret.toString()).err())
                .isEqualTo(secret + ": unreadable: cannot read the file: permission denied\n");
    }

    @Test
    void checkAndReportReadStandardInputAsDash() throws Exception {
        String seed = Files.readString(Path.of(SEED_000));
        Run check = Run.withInput(seed, "check", "-");
        assertPlain(check);
        assertThat(check.exit()).isZero();
        assertThat(check.out()).startsWith("-: พัฒนาคุณภาพเครือข่ายโรงเรียนสังกัดกรุงเทพมหานคร (ปีงบประมาณ 2569)\n");
        Run report = Run.withInput(seed, "report", "--lang", "en", "-");
        assertThat(report.exit()).isZero();
        assertThat(report.out())
                .isEqualTo(Run.of("report", "--lang", "en", SEED_000).out());
        Run bad = Run.withInput("{", "check", "-");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).startsWith("-: unreadable: ");
        Run stats = Run.withInput(
                KrongkanJson.writeCompact(KrongkanJson.readProject(seed)) + "\n", "check", "--stats", "-");
        assertThat(stats.exit()).isZero();
        assertThat(stats.out()).startsWith("1 project(s) in 1 file(s)\n");
    }

    private Path portfolio(String... seeds) throws Exception {
        ObjectNode doc = JSON.createObjectNode().put("format", "krongkan/1");
        ArrayNode projects = doc.putArray("projects");
        for (String seed : seeds) {
            ObjectNode project = (ObjectNode) JSON.readTree(Path.of(seed).toFile());
            project.remove("format");
            projects.add(project);
        }
        Path file = dir.resolve("portfolio.json");
        JSON.writeValue(file.toFile(), doc);
        return file;
    }

    @Test
    void checkTakesAPortfolioAndPointsIntoIt() throws Exception {
        Path file = portfolio(SEED_000, SEED_004);
        Run run = Run.of("check", file.toString());
        assertPlain(run);
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.out())
                .contains(
                        file
                                + " /projects/0: พัฒนาคุณภาพเครือข่ายโรงเรียนสังกัดกรุงเทพมหานคร (ปีงบประมาณ 2569)\n  no findings\n")
                .contains(file + " /projects/1: ส่งเสริมระบบประกันคุณภาพ")
                .contains("    BUDGET_LINE_ARITHMETIC_MISMATCH  /projects/1/budget/activities/0/lines/3/statedAmount\n")
                .endsWith("1 document(s), 2 project(s): 5 error(s), 1 warning(s), 0 info\n");
        assertThat(Run.of("check", "--json", file.toString()).out())
                .contains("\"path\" : \"/projects/1/budget/activities/0/lines/3/statedAmount\"");
    }

    @Test
    void checkTakesTheOfficesFileThatGenerateWrites() {
        Path jsonl = dir.resolve("p.jsonl");
        assertThat(Run.of("generate", "--projects", "1", jsonl.toString()).exit())
                .isZero();
        Path offices = dir.resolve("p.offices.json");
        Run run = Run.of("check", offices.toString());
        assertPlain(run);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith(offices + ": a portfolio without projects\n");
        assertThat(Run.of("check", "--json", offices.toString()).exit()).isZero();
        assertThat(Run.of("report", offices.toString()).out()).isEqualTo("ไม่มีโครงการใน " + offices + "\n");
    }

    @Test
    void reportTakesAPortfolioAndReportsEveryProject() throws Exception {
        Path file = portfolio(SEED_000, SEED_004);
        Run run = Run.of("report", "--lang", "en", file.toString());
        assertPlain(run);
        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .startsWith(file + " /projects/0\nProject report: พัฒนาคุณภาพเครือข่ายโรงเรียนสังกัดกรุงเทพมหานคร\n")
                .contains("\n" + file + " /projects/1\nProject report: ส่งเสริมระบบประกันคุณภาพ");
    }

    @Test
    void aPortfolioWithAnInvalidProjectIsUnreadableWithThePointer() throws Exception {
        Path file = portfolio(SEED_000);
        Files.writeString(
                file,
                Files.readString(file).replace("\"fiscalYear\":2569", "\"fiscalYear\":\"2569\""),
                StandardCharsets.UTF_8);
        Run run = Run.of("check", file.toString());
        assertPlain(run);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith(file + ": unreadable: /projects/0/fiscalYear: ");
    }
}
