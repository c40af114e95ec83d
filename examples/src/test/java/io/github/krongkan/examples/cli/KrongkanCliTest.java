package io.github.krongkan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KrongkanCliTest {
    private static final String SEED_000 = "data/000-bang-khen-network-19.json";
    private static final String SEED_001 = "data/001-lat-krabang-fy2564-tracking.json";
    private static final String SEED_002 = "data/002-bueng-kum-fy2564-tracking.json";
    private static final String SEED_003 = "data/003-samut-prakan-2-reading.json";
    private static final String SEED_004 = "data/004-samut-prakan-2-quality-assurance.json";

    @Test
    void bahttextWritesExcelWords() {
        assertThat(Run.of("bahttext", "90,000.-")).isEqualTo(new Run(0, "เก้าหมื่นบาทถ้วน\n", ""));
        assertThat(Run.of("bahttext", "101").out()).isEqualTo("หนึ่งร้อยเอ็ดบาทถ้วน\n");
        assertThat(Run.of("bahttext", "--tens-only", "101").out()).isEqualTo("หนึ่งร้อยหนึ่งบาทถ้วน\n");
        assertThat(Run.of("bahttext", "1.50").out()).isEqualTo("หนึ่งบาทห้าสิบสตางค์\n");
    }

    @Test
    void bahttextParsesWordsAndSaysWhichConvention() {
        Run run = Run.of("bahttext", "--parse", "หนึ่งร้อยเอ็ดบาทถ้วน");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("101.00\nconvention: Royal Institute / Excel BAHTTEXT\n");
        assertThat(Run.withInput("เก้าหมื่นบาทถ้วน\n", "bahttext", "--parse", "-")
                        .out())
                .startsWith("90,000.00\n");
        assertThat(Run.of("bahttext", "--parse", "หนึ่งร้อยหนึ่งบาทถ้วน").out()).contains("tens-only");
    }

    @Test
    void bahttextRefusesBadInputWithExitTwo() {
        Run run = Run.of("bahttext", "1.005");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("two decimals");
        assertThat(Run.of("bahttext", "--parse", "สองสิบบาทถ้วน").exit()).isEqualTo(2);
        assertThat(Run.of("bahttext").exit()).isEqualTo(2);
    }

    @Test
    void fiscalPlacesADateInTheFiscalYear() {
        Run run = Run.of("fiscal", "31/10/2563");
        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .contains("date          2020-10-31 (read as day/month/year, Buddhist-era year (พ.ศ.))")
                .contains("31 ตุลาคม 2563")
                .contains("ปีงบประมาณ พ.ศ. 2564 (2020-10-01 to 2021-09-30)")
                .contains("ไตรมาส 1")
                .contains("fiscal month  1 of 12, ตุลาคม (ต.ค.)");
    }

    @Test
    void fiscalWarnsAboutMonthFirstAndRefusesAmbiguousDates() {
        Run monthFirst = Run.of("fiscal", "11/29/2020");
        assertThat(monthFirst.exit()).isZero();
        assertThat(monthFirst.out()).contains("2020-11-29").contains("warning       read month first");
        Run ambiguous = Run.of("fiscal", "11/12/2020");
        assertThat(ambiguous.exit()).isEqualTo(2);
        assertThat(ambiguous.err()).contains("ambiguous").contains("2020-12-11").contains("2020-11-12");
        assertThat(Run.of("fiscal", "31/02/2564").exit()).isEqualTo(2);
    }

    @Test
    void checkReportsNoFindingsOnSeed000() {
        Run run = Run.of("check", SEED_000);
        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .contains("พัฒนาคุณภาพเครือข่ายโรงเรียนสังกัดกรุงเทพมหานคร (ปีงบประมาณ 2569)")
                .contains("no findings")
                .contains("1 document(s): 0 error(s), 0 warning(s), 0 info");
    }

    @Test
    void checkReportsAPeriodOutsideTheFiscalYear(@TempDir Path dir) throws Exception {
        Path late = dir.resolve("late.json");
        Files.writeString(
                late, Files.readString(Path.of(SEED_000)).replace("\"end\": \"2026-06\"", "\"end\": \"2026-10\""));
        Run run = Run.of("check", late.toString());
        assertThat(run.exit()).as("warnings only").isZero();
        assertThat(run.out())
                .contains("WARNING (คำเตือน)")
                .contains("PERIOD_OUTSIDE_FISCAL_YEAR  /plannedPeriod")
                .contains("0 error(s), 1 warning(s)");
        Run json = Run.of("check", "--json", late.toString());
        assertThat(json.out())
                .contains("\"code\" : \"PERIOD_OUTSIDE_FISCAL_YEAR\"")
                .contains("\"severity\" : \"warning\"")
                .contains("\"path\" : \"/plannedPeriod\"");
    }

    @Test
    void checkShowsTheProgressFindingsOfSeeds001And002() {
        Run run = Run.of("check", SEED_001, SEED_002);
        assertThat(run.exit()).as("warnings and info only").isZero();
        assertThat(run.out()).isEqualTo("""
                data/001-lat-krabang-fy2564-tracking.json: ค่าใช้จ่ายในการพัฒนาคุณภาพเครือข่ายโรงเรียน (ปีงบประมาณ 2564)
                  WARNING (คำเตือน)
                    COMPLETE_WITHOUT_DISBURSEMENT  /progressReports/11
                      The report of 2021-09-27 gives 100.00 % progress, but nothing has been disbursed of the 360,000.00 baht allocated
                      รายงานวันที่ 2021-09-27 ระบุความก้าวหน้าร้อยละ 100.00 แต่ยังไม่มีการเบิกจ่ายจากงบประมาณที่ได้รับจัดสรร 360,000.00 บาท
                      expected more than 0.00 of the 360000.00 allocated, actual 0.00
                    RETURNED_WHILE_ON_TARGET  /progressReports/11/onTarget
                      The report of 2021-09-27 gives 100.00 % progress on target, but by then 3 of 4 networks had sent their money back (270,000.00 baht: เครือข่ายที่ 2, เครือข่ายที่ 3, เครือข่ายที่ 4)
                      รายงานวันที่ 2021-09-27 ระบุความก้าวหน้าร้อยละ 100.00 และเป็นไปตามเป้าหมาย แต่เครือข่าย 3 จาก 4 เครือข่ายส่งเงินคืนแล้ว 270,000.00 บาท (เครือข่ายที่ 2, เครือข่ายที่ 3, เครือข่ายที่ 4)
                data/002-bueng-kum-fy2564-tracking.json: พัฒนาคุณภาพเครือข่ายโรงเรียน (ปีงบประมาณ 2564)
                  WARNING (คำเตือน)
                    REPORT_DATE_MONTH_FIRST  /progressReports/10/dateAsWritten
                      The date "11/29/2020" is written month first (read as 2020-11-29); Thai documents write the day first
                      วันที่ "11/29/2020" เขียนเดือนก่อนวัน (อ่านเป็น 2020-11-29) ซึ่งเอกสารไทยเขียนวันก่อนเดือน
                      expected day/month/year, actual month/day/year
                    PROGRESS_DECREASED  /progressReports/3/progress
                      Cumulative progress falls from 20.00 % on 2021-05-27 to 10.00 % on 2021-06-29
                      ความก้าวหน้าสะสมลดลงจากร้อยละ 20.00 (2021-05-27) เป็นร้อยละ 10.00 (2021-06-29)
                      expected at least 20.00, actual 10.00
                    REPORT_AFTER_CANCELLATION  /progressReports/0
                      A progress report of 2021-09-29 follows the cancellation of the project on 2021-07-29
                      มีรายงานความก้าวหน้าวันที่ 2021-09-29 หลังยกเลิกโครงการเมื่อ 2021-07-29
                      expected no report after 2021-07-29, actual 2021-09-29
                    REPORT_AFTER_CANCELLATION  /progressReports/1
                      A progress report of 2021-08-30 follows the cancellation of the project on 2021-07-29
                      มีรายงานความก้าวหน้าวันที่ 2021-08-30 หลังยกเลิกโครงการเมื่อ 2021-07-29
                      expected no report after 2021-07-29, actual 2021-08-30
                    INDICATOR_RESULT_ON_CANCELLED_PROJECT  /indicators/0/measurements/0
                      Indicator 1 reports a result (80) although the project was cancelled on 2021-07-29
                      ตัวชี้วัดที่ 1 รายงานผลงานที่ทำได้ (80) ทั้งที่โครงการถูกยกเลิก เมื่อ 2021-07-29
                      expected no result, actual 80
                  INFO (ข้อสังเกต)
                    REPORTS_NOT_IN_DATE_ORDER  /progressReports
                      The progress reports are listed newest first
                      รายงานความก้าวหน้าเรียงจากใหม่ไปเก่า
                      expected oldest first, actual newest first
                2 document(s): 0 error(s), 7 warning(s), 1 info
                """);
        Run json = Run.of("check", "--json", SEED_002);
        assertThat(json.out())
                .contains("\"code\" : \"REPORT_DATE_MONTH_FIRST\"")
                .contains("\"path\" : \"/progressReports/10/dateAsWritten\"")
                .contains("\"code\" : \"REPORT_AFTER_CANCELLATION\"")
                .contains("\"path\" : \"/indicators/0/measurements/0\"")
                .contains("\"severity\" : \"info\"");
    }

    @Test
    void checkReportsProgressOutOfRangeAsAnErrorWithExitOne(@TempDir Path dir) throws Exception {
        Path over = dir.resolve("over.json");
        Files.writeString(
                over, Files.readString(Path.of(SEED_001)).replace("\"progress\": 100.00", "\"progress\": 110.00"));
        Run run = Run.of("check", over.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .contains("ERROR (ข้อผิดพลาด)")
                .contains("PROGRESS_OUT_OF_RANGE  /progressReports/11/progress")
                .contains("1 error(s), 2 warning(s), 0 info");
    }

    @Test
    void checkReportsTheBudgetErrorsOfSeed004WithExitOne() {
        Run run = Run.of("check", SEED_004);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains("(ปีงบประมาณ 2560)")
                .contains("ERROR (ข้อผิดพลาด)")
                .contains("BUDGET_LINE_ARITHMETIC_MISMATCH  /budget/activities/0/lines/3/statedAmount\n"
                        + "      Line 4 of activity 1 (ค่าสำเนา เครื่องมือแนวทางการพัฒนาระบบประกันคุณภาพ) states 13,000.00 baht,"
                        + " but 80.00 บาท × 200 ชุด = 16,000.00 baht\n")
                .contains("BUDGET_LINE_ARITHMETIC_MISMATCH  /budget/activities/4/lines/1/statedAmount")
                .contains("100.00 บาท × 100 คน × 1 มื้อ = 10,000.00 baht")
                .contains("BUDGET_SUBTOTAL_MISMATCH  /budget/activities/0/statedSubtotal")
                .contains("BUDGET_SUBTOTAL_MISMATCH  /budget/activities/4/statedSubtotal")
                .contains("expected 113200.00, actual 22200.00")
                .contains("BUDGET_EXCEEDS_RECEIVED  /budget/receivedAmount")
                .contains("กิจกรรมทั้งหมดคำนวณแล้วต้องใช้เงิน 121,000.00 บาท เกินงบประมาณที่ได้รับ 120,000.00 บาท")
                .contains("INDICATOR_TARGET_MISMATCH  /indicators/2/targets/0/value")
                .doesNotContain("ACTUAL_END")
                .endsWith("1 document(s): 5 error(s), 1 warning(s), 0 info\n");
        assertThat(run.out()
                        .lines()
                        .filter(l -> l.startsWith("    ") && !l.startsWith("     "))
                        .toList())
                .containsExactly(
                        "    BUDGET_LINE_ARITHMETIC_MISMATCH  /budget/activities/0/lines/3/statedAmount",
                        "    BUDGET_LINE_ARITHMETIC_MISMATCH  /budget/activities/4/lines/1/statedAmount",
                        "    BUDGET_SUBTOTAL_MISMATCH  /budget/activities/0/statedSubtotal",
                        "    BUDGET_SUBTOTAL_MISMATCH  /budget/activities/4/statedSubtotal",
                        "    BUDGET_EXCEEDS_RECEIVED  /budget/receivedAmount",
                        "    INDICATOR_TARGET_MISMATCH  /indicators/2/targets/0/value");
        Run json = Run.of("check", "--json", SEED_004);
        assertThat(json.exit()).isEqualTo(1);
        assertThat(json.out())
                .contains("\"path\" : \"/budget/activities/0/lines/3/statedAmount\"")
                .contains("\"expected\" : \"16000.00\"")
                .contains("\"actual\" : \"13000.00\"")
                .contains("\"code\" : \"BUDGET_EXCEEDS_RECEIVED\"");
    }

    @Test
    void checkFindsNothingInSeed003WhichFinishedEarlyAndErrorsAcrossDocuments() {
        Run run = Run.of("check", SEED_003);
        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .contains("ส่งเสริมและพัฒนาเครือข่ายกลุ่มโรงเรียนคุณภาพ 5 กลุ่มโรงเรียน (ปีงบประมาณ 2555)")
                .contains("  no findings\n")
                .contains("1 document(s): 0 error(s), 0 warning(s), 0 info");
        Run all = Run.of("check", SEED_000, SEED_003, SEED_004);
        assertThat(all.exit()).isEqualTo(1);
        assertThat(all.out()).endsWith("3 document(s): 5 error(s), 1 warning(s), 0 info\n");
    }

    @Test
    void exitZeroReportsTheErrorsButExitsZeroAndStillTwoForUnreadableInput(@TempDir Path dir) throws Exception {
        Run plain = Run.of("check", SEED_004);
        Run run = Run.of("check", "--exit-zero", SEED_004);
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo(plain.out()).contains("BUDGET_EXCEEDS_RECEIVED");
        Run json = Run.of("check", "--json", "--exit-zero", SEED_004);
        assertThat(json.exit()).isZero();
        assertThat(json.out()).isEqualTo(Run.of("check", "--json", SEED_004).out());
        assertThat(Run.of("check", "--exit-zero", "--json", SEED_004).out()).isEqualTo(json.out());
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{");
        assertThat(Run.of("check", "--exit-zero", bad.toString(), SEED_004).exit())
                .isEqualTo(2);
        Run unknown = Run.of("check", "--exit-nonzero", SEED_004);
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown option --exit-nonzero");
        assertThat(Run.of("check", "--exit-zero").exit()).as("no FILE").isEqualTo(2);
    }

    @Test
    void checkSaysWhereAnUnreadableDocumentIsWrong(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\":\"krongkan/1\",\"name\":\"x\",\"fiscalYear\":\"2569\"}");
        Run run = Run.of("check", bad.toString(), SEED_000);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("bad.json: unreadable: /fiscalYear: expected fiscalYear");
        assertThat(run.out()).contains("no findings").contains("2 document(s), 1 unreadable");
        assertThat(Run.of("check", dir.resolve("missing.json").toString()).err())
                .contains("cannot read the file");
    }

    @Test
    void unknownCommandsAndHelp() {
        assertThat(Run.of("frobnicate").exit()).isEqualTo(2);
        assertThat(Run.of().exit()).isEqualTo(2);
        Run help = Run.of("help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("usage: krongkan");
    }
}
