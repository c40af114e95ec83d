package io.github.krongkan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
    private static final String SEED_000 = "data/000-bang-khen-network-19.json";
    private static final String SEED_001 = "data/001-lat-krabang-fy2564-tracking.json";
    private static final String SEED_002 = "data/002-bueng-kum-fy2564-tracking.json";
    private static final String SEED_003 = "data/003-samut-prakan-2-reading.json";
    private static final String SEED_004 = "data/004-samut-prakan-2-quality-assurance.json";

    private static List<String> seeds() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("data"))) {
            return files.map(Path::toString)
                    .filter(f -> f.endsWith(".json"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void reportRunsOnEverySeedInBothLanguagesWithEverySection() throws Exception {
        List<String> seeds = seeds();
        assertThat(seeds).hasSize(5);
        for (String seed : seeds) {
            Run th = Run.of("report", seed);
            assertThat(th.exit()).as(seed).isZero();
            assertThat(th.err()).as(seed).isEmpty();
            assertThat(th.out())
                    .as(seed)
                    .startsWith("รายงานโครงการ: ")
                    .contains(
                            "\nงบประมาณ\n",
                            "\nแผนปฏิบัติการ\n",
                            "\nความเสี่ยง\n",
                            "\nตัวชี้วัด\n",
                            "\nความก้าวหน้าเทียบแผน\n",
                            "\nผลการดำเนินงาน\n",
                            "\nผลการตรวจสอบ (");
            Run en = Run.of("report", "--lang", "en", seed);
            assertThat(en.exit()).as(seed).isZero();
            assertThat(en.out())
                    .as(seed)
                    .startsWith("Project report: ")
                    .contains(
                            "\nBudget\n",
                            "\nAction plan\n",
                            "\nRisks\n",
                            "\nIndicators\n",
                            "\nProgress against the plan\n",
                            "\nClose-out\n",
                            "\nFindings (");
            assertThat(Run.of("report", "--lang=en", seed)).isEqualTo(en);
            assertThat(Run.of("report", seed, "--lang", "th")).isEqualTo(th);
        }
    }

    @Test
    void theCloseOutShowsResultsSuggestionsEvidenceAndCertifications() {
        assertThat(Run.of("report", SEED_003).out())
                .contains("เชิงปริมาณ      โรงเรียน 71 โรงเรียน เป็นสมาชิกกลุ่มโรงเรียน ทุกโรงเรียน")
                .contains("ข้อเสนอแนะ: ควรส่งเสริมให้กลุ่มโรงเรียนมีกิจกรรมพัฒนาทางวิชาการ");
        assertThat(Run.of("report", SEED_004).out())
                .contains("ผลผลิต 3       ผู้ประเมินคุณภาพสถานศึกษาจำนวน 100 คน")
                .contains("หลักฐาน: ภาพถ่าย ภาพประกอบการประชุมคณะกรรมการ ก.ต.ป.น. ครั้งที่ 4/2559 (15 มิถุนายน 2559)");
        assertThat(Run.of("report", "--lang", "en", SEED_004).out())
                .contains("evidence: photo ภาพประกอบการประชุมคณะกรรมการ ก.ต.ป.น. ครั้งที่ 4/2559 (2016-06-15)");
        assertThat(Run.of("report", SEED_001).out())
                .contains("การรับรอง: ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้")
                .contains("\n  ผู้รับผิดชอบโครงการ\n");
        assertThat(Run.of("report", SEED_000).out())
                .contains("\nผลการดำเนินงาน\n-------------\nยังไม่มีรายงานผลการดำเนินงาน\n");
    }

    @Test
    void seed004ShowsComputedAgainstStatedAmountsAndItsFindings() {
        String out = Run.of("report", SEED_004).out();
        assertThat(out)
                .contains("ปีงบประมาณ       พ.ศ. 2560 (1 ตุลาคม 2559 – 30 กันยายน 2560)")
                .contains(
                        "     16,000.00     13,000.00  ≠    1.4 ค่าสำเนา เครื่องมือแนวทางการพัฒนาระบบประกันคุณภาพ: 80.00 บาท × 200 ชุด\n")
                .contains("     10,000.00    100,000.00  ≠    5.2 ค่าอาหารกลางวัน: 100.00 บาท × 100 คน × 1 มื้อ\n")
                .contains("     36,000.00     36,000.00       4.1 ")
                .contains("    121,000.00    120,000.00  ≠  รวม\n")
                .contains("             -    120,000.00     ได้รับ\n")
                .contains("คำนวณแล้วต้องใช้เงินเกินที่ได้รับ 1,000.00 บาท")
                .contains("คงเหลือ (คำนวณ)          100,000.00");
        // one ■ per step, in พ.ย. (column 2) for step 1 and ส.ค. (column 11) for step 7
        assertThat(out)
                .contains(
                        "1.   ·     ■     ·     ·     ·     ·     ·     ·     ·     ·     ·     ·     ประชุมปฏิบัติการคณะทำงาน")
                .contains(
                        "7    ·     ·     ·     ·     ·     ·     ·     ·     ·     ·     ■     ·     สรุป รายงานผลการดำเนินโครงการ");
        assertThat(out)
                .contains("1.1   ไม่ได้ประเมิน  ระยะเวลาในการดำเนินกิจกรรมมีจำกัด")
                .contains("ผลผลิต 3          ≥100       100      100.00  บรรลุเป้าหมาย: จำนวนผู้ประเมินคุณภาพสถานศึกษา")
                .contains("ส.ค. 2560     100.00 |████████████████████|       - |                    |")
                .contains("ผลการตรวจสอบ (6)")
                .contains("คำเตือน  INDICATOR_TARGET_MISMATCH  /indicators/2/targets/0/value\n"
                        + "    ค่าเป้าหมายของตัวชี้วัด 100 ไม่ตรงกับเป้าหมายข้อ 3.1.2 จำนวน 200 คน\n");
        String en = Run.of("report", "--lang", "en", SEED_004).out();
        assertThat(en)
                .contains("Fiscal year     FY 2560 (2016-10-01 to 2017-09-30)")
                .contains("Planned period  2016-10-01 to 2017-09-30")
                .contains("Actual period   November 2016 to August 2017")
                .contains("     16,000.00     13,000.00  ≠    1.4 ")
                .contains("the computed amount exceeds the money received by 1,000.00 baht")
                .contains("step Oct   Nov   Dec   Jan   Feb   Mar   Apr   May   Jun   Jul   Aug   Sep")
                .contains("WARNING  INDICATOR_TARGET_MISMATCH  /indicators/2/targets/0/value\n"
                        + "    The indicator's target 100 differs from the project target 3.1.2, 200 คน\n");
    }

    @Test
    void seed000ShowsItsLumpSumItsFiveStepsItsRiskInTheMatrixAndNoFindings() {
        String out = Run.of("report", SEED_000).out();
        assertThat(out)
                .contains("ระยะเวลาตามแผน  พฤศจิกายน 2568 – มิถุนายน 2569")
                .contains("     90,000.00     90,000.00       1.1 ค่าวัสดุอุปกรณ์: เหมาจ่าย\n")
                .contains("     90,000.00     90,000.00     รวม\n")
                .contains("(เก้าหมื่นบาทถ้วน)")
                .contains("ขั้น   ต.ค.  พ.ย.  ธ.ค.  ม.ค.  ก.พ.  มี.ค.  เม.ย. พ.ค.  มิ.ย.  ก.ค.  ส.ค.  ก.ย.\n");
        for (String step : List.of("1    ·", "2    ·", "3    ·", "4    ·", "5    ·")) {
            assertThat(out).contains("\n" + step);
        }
        assertThat(out)
                .contains(
                        "5    ·     ·     ·     ·     ·     ·     ·     ·     ·     ·     ·     ·     รายงานสรุปผลการดำเนินการ")
                .contains("2              2 ต่ำ [1]")
                .contains("1     2 × 1 = 2 ต่ำ (เอกสารระบุ 2 (น้อย))  ผู้เข้าร่วมโครงการ")
                .contains(
                        "1                 ≥90         -           -  ไม่มีผลการดำเนินงาน: ร้อยละของโรงเรียนในเครือข่ายที่ 19")
                .contains("ผลการตรวจสอบ (0)\n----------------\nไม่พบข้อสังเกต\n");
        assertThat(Run.of("report", "--lang", "en", SEED_000).out())
                .contains("2                  2 low [1]")
                .contains("Planned period  November 2025 to June 2026")
                .contains("Findings (0)");
    }

    @Test
    void trackingRecordsShowTheirReportedCurve() {
        String out = Run.of("report", SEED_001).out();
        assertThat(out)
                .contains("รหัสโครงการ      50140000-3629")
                .contains("ต.ค. 2563          - |                    |    8.00 |██                  |")
                .contains("ก.ย. 2564          - |                    |  100.00 |████████████████████|")
                .contains("ได้รับ                          0.00")
                .contains("COMPLETE_WITHOUT_DISBURSEMENT");
        String cancelled = Run.of("report", "--lang", "en", SEED_002).out();
        assertThat(cancelled)
                .contains("May 2021           - |                    |   20.00 |████                |")
                .contains("Jun 2021           - |                    |   10.00 |██                  |")
                .contains("1                ≥100        80       80.00  not met: ตัวชี้วัดงานประจำ (output)")
                .contains("Status          cancelled");
        assertThat(Run.of("report", SEED_003).out())
                .contains("ผลผลิต 1          =100         -           -  ไม่มีผลการดำเนินงาน")
                .contains("    214,650.00    214,650.00     รวม\n")
                .contains("ระยะเวลาจริง     ตุลาคม 2554 – พฤษภาคม 2555");
    }

    @Test
    void findingsAreListedErrorsFirstThenWarningsThenInformation() {
        String findings = Run.of("report", "--lang", "en", SEED_002).out().split("\nFindings \\(")[1];
        assertThat(findings.indexOf("WARNING  REPORT_DATE_MONTH_FIRST"))
                .isPositive()
                .isLessThan(findings.indexOf("INFO  REPORTS_NOT_IN_DATE_ORDER"));
        String seed004 = Run.of("report", "--lang", "en", SEED_004).out().split("\nFindings \\(")[1];
        assertThat(seed004.lastIndexOf("ERROR  ")).isLessThan(seed004.indexOf("WARNING  "));
    }

    @Test
    void badArgumentsExitTwo(@TempDir Path dir) throws Exception {
        assertThat(Run.of("report").exit()).isEqualTo(2);
        assertThat(Run.of("report", "--lang", "fr", SEED_000).err()).contains("--lang takes th or en");
        assertThat(Run.of("report", "--lang", "fr", SEED_000).exit()).isEqualTo(2);
        assertThat(Run.of("report", SEED_000, "--lang").exit()).isEqualTo(2);
        assertThat(Run.of("report", SEED_000, SEED_004).err()).contains("expected one FILE");
        assertThat(Run.of("report", "--json", SEED_000).err()).contains("unknown option --json");
        Run missing = Run.of("report", dir.resolve("missing.json").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("cannot read the file");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\":\"krongkan/1\",\"name\":\"x\",\"fiscalYear\":\"2569\"}");
        Run unreadable = Run.of("report", bad.toString());
        assertThat(unreadable.exit()).isEqualTo(2);
        assertThat(unreadable.out()).isEmpty();
        assertThat(unreadable.err()).contains("unreadable: /fiscalYear");
    }
}
