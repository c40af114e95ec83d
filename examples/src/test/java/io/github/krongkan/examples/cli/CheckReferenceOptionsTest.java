package io.github.krongkan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code krongkan check --rates FILE} and {@code --reference DIR}: rate tables of a new circular from files. */
class CheckReferenceOptionsTest {
    private static final String SEED_004 = "data/004-samut-prakan-2-quality-assurance.json";

    /** A FY 2569 project from December 2568 with snacks at 45 baht under snacksGovernmentVenue. */
    private static final String FY2569 = """
            {
              "format": "krongkan/1",
              "name": "ประชุมเชิงปฏิบัติการเครือข่ายโรงเรียน",
              "fiscalYear": 2569,
              "plannedPeriod": {"start": "2025-12-01", "end": "2026-03-31"},
              "budget": {"activities": [{"name": "ประชุม", "lines": [{"item": "ค่าอาหารว่าง", "unitCost": "45.00",
                "factors": [{"count": 40, "unit": "คน"}], "rateKind": "snacksGovernmentVenue"}]}]}
            }
            """;

    /** A table from 2025-11-01 with a ceiling of 40 baht (an office's test figure, not the circular's). */
    private static final String TABLE = """
            {
              "format": "krongkan-reference/1",
              "rateTables": [{"source": "ตารางทดสอบของหน่วยงาน", "effectiveFrom": "2025-11-01",
                "ceilings": [{"kind": "snacksGovernmentVenue", "ceiling": "40.00", "description": "อาหารว่าง"}]}]
            }
            """;

    @Test
    void withoutATableForTheDateTheCheckSaysSo(@TempDir Path dir) throws Exception {
        Path project = Files.writeString(dir.resolve("fy2569.json"), FY2569);
        Run run = Run.of("check", project.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .contains("BUDGET_RATE_TABLE_MISSING  /budget/activities/0/lines/0/rateKind")
                .doesNotContain("BUDGET_RATE_ABOVE_CEILING");
    }

    @Test
    void ratesFromAFileAreCheckedOnTheDatesTheyCover(@TempDir Path dir) throws Exception {
        Path project = Files.writeString(dir.resolve("fy2569.json"), FY2569);
        Path rates = Files.writeString(dir.resolve("w246.json"), TABLE);
        Run run = Run.of("check", "--rates", rates.toString(), project.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .contains("BUDGET_RATE_ABOVE_CEILING  /budget/activities/0/lines/0/unitCost")
                .contains("ตารางทดสอบของหน่วยงาน")
                .contains("expected <= 40.00, actual 45.00")
                .doesNotContain("BUDGET_RATE_TABLE_MISSING");
        // The shipped ว 5 table still covers seed 004 (FY 2560): its findings do not change.
        assertThat(Run.of("check", "--rates", rates.toString(), SEED_004).out())
                .isEqualTo(Run.of("check", SEED_004).out());
    }

    @Test
    void aReferenceDirectoryIsReadAsOneSet(@TempDir Path dir) throws Exception {
        Path project = Files.writeString(dir.resolve("fy2569.json"), FY2569);
        Path reference = Files.createDirectory(dir.resolve("reference"));
        Files.writeString(reference.resolve("2025-11-01-w246.json"), TABLE);
        Files.writeString(
                reference.resolve("targets-2569.json"),
                "{\"format\": \"krongkan-reference/1\", \"disbursementTargets\": [{\"fiscalYear\": 2569,"
                        + " \"quarters\": [{\"quarter\": 4, \"disbursement\": 93}]}]}");
        Run run = Run.of("check", "--json", "--reference", reference.toString(), project.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("\"code\" : \"BUDGET_RATE_ABOVE_CEILING\"");
    }

    @Test
    void unreadableReferenceDataStopsTheCheckWithExitTwo(@TempDir Path dir) throws Exception {
        Path project = Files.writeString(dir.resolve("fy2569.json"), FY2569);
        Path broken = Files.writeString(dir.resolve("broken.json"), TABLE.replace("\"ceiling\"", "\"max\""));
        Run run = Run.of("check", "--rates", broken.toString(), project.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .contains("--rates " + broken)
                .contains("/rateTables/0/ceilings/0/max")
                .contains("unknown field \"max\"")
                .contains("line 4");
        Path noTables = Files.writeString(dir.resolve("none.json"), "{\"format\": \"krongkan-reference/1\"}");
        assertThat(Run.of("check", "--rates", noTables.toString(), project.toString())
                        .err())
                .contains("no rate tables");
        Path reference = Files.createDirectory(dir.resolve("reference"));
        Files.writeString(reference.resolve("a.json"), TABLE);
        Files.writeString(reference.resolve("b.json"), TABLE);
        Run overlap = Run.of("check", "--reference", reference.toString(), project.toString());
        assertThat(overlap.exit()).isEqualTo(2);
        assertThat(overlap.err()).contains("b.json: overlaps an earlier file").contains("2025-11-01");
        assertThat(Run.of("check", "--reference", project.toString(), project.toString())
                        .err())
                .contains("not a directory");
        assertThat(Run.of("check", "--rates", dir.resolve("missing.json").toString(), project.toString())
                        .err())
                .contains("no such file");
        assertThat(Run.of("check", "--rates").exit()).isEqualTo(2);
        assertThat(Run.of("check", "--rates", "a.json", "--rates", "b.json", project.toString())
                        .err())
                .contains("--rates given twice");
    }
}
