package io.github.krongkan.progress;

import io.github.krongkan.budget.AllocationShare;
import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.BudgetAllocation;
import io.github.krongkan.budget.Ledger;
import io.github.krongkan.indicator.Direction;
import io.github.krongkan.indicator.Indicator;
import io.github.krongkan.indicator.IndicatorTarget;
import io.github.krongkan.indicator.IndicatorType;
import io.github.krongkan.indicator.Measure;
import io.github.krongkan.indicator.Measurement;
import io.github.krongkan.money.Baht;
import io.github.krongkan.project.ProgressReport;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectPeriod;
import io.github.krongkan.project.ProjectStatus;
import io.github.krongkan.time.FiscalYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The progress parts of seeds 001 (Lat Krabang, FY 2564) and 002 (Bueng Kum, FY 2564) built in
 * Java, reports in the document order of the sources.
 */
public final class ProgressSeeds {
    private static final String CANCELLED =
            "ยกเลิกการดำเนินโครงการเนื่องจากสถานการณ์การแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา 2019";
    private static final String MEETING =
            "โรงเรียนมีการประชุมเครือข่ายเพื่อเตรียมการดำเนินงาน โดยได้รับอนุมัติเงินประจำงวดในงวดที่ 3";
    private static final String INSTALMENT = "ได้รับอนุมัติเงินประจำงวดในงวดที่ 3";
    private static final String ONLINE = "เนื่องจากสถานการณ์โควิด 19 โรงเรียนจัดการเรียนการสอนแบบออนไลน์";

    private ProgressSeeds() {}

    /**
     * Seed 001: twelve reports oldest first, 8 % to 100 %, nothing disbursed, all on plan and on
     * target; 0 baht received according to the record, 4 networks × 90,000 baht allocated.
     */
    public static Project seed001() {
        return Project.builder()
                .code("50140000-3629")
                .name("ค่าใช้จ่ายในการพัฒนาคุณภาพเครือข่ายโรงเรียน")
                .fiscalYear(FiscalYear.ofBuddhistEra(2564))
                .plannedPeriod(ProjectPeriod.of(LocalDate.of(2020, 10, 1), LocalDate.of(2021, 9, 30)))
                .status(ProjectStatus.COMPLETED)
                .budget(Budget.builder()
                        .addAllocation(BudgetAllocation.builder()
                                .total(Baht.ofBaht(360_000))
                                .addAllShares(java.util.stream.IntStream.rangeClosed(1, 4)
                                        .mapToObj(n -> AllocationShare.builder()
                                                .name("เครือข่ายที่ " + n)
                                                .amount(Baht.ofBaht(90_000))
                                                .build())
                                        .toList())
                                .build())
                        .build())
                .ledger(Ledger.of(Baht.ZERO))
                .addAllProgressReports(seed001Reports())
                .build();
    }

    /** The reports of seed 001. */
    public static List<ProgressReport> seed001Reports() {
        return List.of(
                r001("1", "2020-10-31", "31/10/2563", "8.00", "อยู่ระหว่างขั้นตอน..."),
                r001("2", "2020-11-30", "30/11/2563", "16.00", null),
                r001("3", "2020-12-30", "30/12/2563", "25.00", "ประชุมเพื่อเตรียมความพร้อม และแบ่งงาน"),
                r001(
                        "4",
                        "2021-01-28",
                        "28/01/2564",
                        "30.00",
                        "ประชุมเตรียมความพร้อมในการดำเนินการตามโครงการภายใต้สถานการณ์โควิด"),
                r001("5", "2021-02-28", "28/02/2564", "40.00", null),
                r001("6", "2021-03-24", "24/03/2564", "50.00", "เร่งรัดแต่ละเครือข่ายให้เบิกจ่ายค่าวัสดุตามโครงการ"),
                r001(
                        "7",
                        "2021-04-26",
                        "26/04/2564",
                        "55.00",
                        "เตรียมความพร้อมเนื่องจากสถานการณ์แพร่ระบาดของไวรัสโคโรน่า 2019"),
                r001("8", "2021-05-29", "29/05/2564", "60.00", "เตรียมความพร้อมเปิดภาคเรียน1/2564"),
                r001("9", "2021-06-29", "29/06/2564", "65.00", "เร่งรัดโรงเรียนจัดส่งฎีกาเบิกจ่าย"),
                r001("10", "2021-07-31", "31/07/2564", "80.00", null),
                r001(
                        "11",
                        "2021-08-29",
                        "29/08/2564",
                        "80.00",
                        "เบิกจ่ายได้ 1 เครือข่าย อีก 3เครือข่ายส่งเงินงบประมาณคืน"),
                ProgressReport.builder()
                        .from(r001("12", "2021-09-27", "27/09/2564", "100.00", "ดำเนินตามโครงการเสร็จสิ้นแล้ว"))
                        .statusChange(ProjectStatus.COMPLETED)
                        .build());
    }

    private static ProgressReport r001(String number, String date, String written, String progress, String narrative) {
        ProgressReport.Builder b = ProgressReport.builder()
                .number(number)
                .date(LocalDate.parse(date))
                .dateAsWritten(written)
                .progress(new BigDecimal(progress))
                .disbursed(Baht.ZERO)
                .onPlan(true)
                .onTarget(true);
        if (narrative != null) {
            b.narrative(narrative);
        }
        return b.build();
    }

    /**
     * Seed 002: twelve reports newest first, 10 → 20 → 10, delayed, cancelled, one month-first date;
     * its KPI says target 100, achieved 80.
     */
    public static Project seed002() {
        return Project.builder()
                .name("พัฒนาคุณภาพเครือข่ายโรงเรียน")
                .fiscalYear(FiscalYear.ofBuddhistEra(2564))
                .status(ProjectStatus.CANCELLED)
                .addIndicator(Indicator.builder()
                        .number("1")
                        .name("ตัวชี้วัดงานประจำ")
                        .type(IndicatorType.OUTPUT)
                        .measure(Measure.PERCENTAGE)
                        .direction(Direction.AT_LEAST)
                        .addTarget(IndicatorTarget.of(BigDecimal.valueOf(100)))
                        .addMeasurement(Measurement.reported(BigDecimal.valueOf(80)))
                        .build())
                .addAllProgressReports(seed002Reports())
                .build();
    }

    /** The reports of seed 002, newest first as the source lists them. */
    public static List<ProgressReport> seed002Reports() {
        return List.of(
                r002("1", "2021-09-29", "29/09/2564", "10.00", CANCELLED, "ไม่มี", "ไม่มี", null),
                r002("2", "2021-08-30", "30/08/2564", "10.00", CANCELLED, "ไม่มี", "ไม่มี", null),
                r002("3", "2021-07-29", "29/07/2564", "10.00", CANCELLED, "ไม่มี", "ไม่มี", ProjectStatus.CANCELLED),
                r002(
                        "4",
                        "2021-06-29",
                        "29/06/2564",
                        "10.00",
                        "ขอชะลอโครงการฯ " + ONLINE,
                        ONLINE,
                        "ไม่มี",
                        ProjectStatus.DELAYED),
                r002("5", "2021-05-27", "27/05/2564", "20.00", MEETING, "ไม่มี", "-", null),
                r002("6", "2021-04-07", "07/04/2564", "20.00", MEETING, "-", "-", null),
                r002("7", "2021-03-29", "29/03/2564", "20.00", MEETING, "-", "-", null),
                r002("8", "2021-02-27", "27/02/2564", "10.00", INSTALMENT, "-", "-", null),
                r002("9", "2021-01-27", "27/01/2564", "10.00", INSTALMENT, "-", "-", null),
                r002("10", "2020-12-28", "28/12/2563", "10.00", INSTALMENT, "-", "-", null),
                r002(
                        "11",
                        "2020-11-29",
                        "11/29/2020",
                        "10.00",
                        "อยู่ระหว่างขั้นตอนการขออนุมัติโครงการของเครื่อข่ายโรงเรียนที่ได้รับมอบหมาย",
                        "ไม่มี",
                        "ไม่มี",
                        null),
                r002(
                        "12",
                        "2020-10-28",
                        "28/10/2563",
                        "10.00",
                        "อยู่ระหว่างขั้นตอนการขออนุม้ติเงินประจำงวด",
                        "-",
                        "-",
                        null));
    }

    private static ProgressReport r002(
            String number,
            String date,
            String written,
            String progress,
            String narrative,
            String problems,
            String obstacles,
            ProjectStatus change) {
        ProgressReport.Builder b = ProgressReport.builder()
                .number(number)
                .date(LocalDate.parse(date))
                .dateAsWritten(written)
                .progress(new BigDecimal(progress))
                .narrative(narrative)
                .problems(problems)
                .obstacles(obstacles);
        if (change != null) {
            b.statusChange(change);
        }
        return b.build();
    }
}
