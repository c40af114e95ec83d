package io.github.krongkan.check;

import io.github.krongkan.budget.AllocationShare;
import io.github.krongkan.budget.Budget;
import io.github.krongkan.budget.BudgetActivity;
import io.github.krongkan.budget.BudgetAllocation;
import io.github.krongkan.budget.BudgetLine;
import io.github.krongkan.budget.BudgetSource;
import io.github.krongkan.budget.BudgetSourceKind;
import io.github.krongkan.budget.Ledger;
import io.github.krongkan.budget.LedgerEntry;
import io.github.krongkan.budget.LedgerEntryKind;
import io.github.krongkan.budget.RateCeiling;
import io.github.krongkan.money.Baht;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectPeriod;
import io.github.krongkan.time.FiscalYear;
import java.time.LocalDate;
import java.time.YearMonth;

/** The budgets of seeds 003 and 004, entered as the documents write them. */
final class SeedBudgets {
    private SeedBudgets() {}

    private static BudgetLine snacks(String text) {
        return BudgetLine.builder()
                .from(BudgetLine.parse(text))
                .rateKind(RateCeiling.SNACKS_GOVERNMENT_VENUE)
                .build();
    }

    /** Seed 004, Samut Prakan area 2, FY 2560: five activities, two wrong lines, two wrong subtotals. */
    static Budget seed004Budget() {
        return Budget.builder()
                .source(BudgetSource.of(BudgetSourceKind.ANNUAL_BUDGET, "เงินงบประมาณตามแผนปฏิบัติการ"))
                .addActivity(BudgetActivity.builder()
                        .name(
                                "กิจกรรมประชุมปฏิบัติการคณะทำงาน จัดทำสื่อ/เครื่องมือฯ ชุมแนวทางพัฒนาระบบประกันคุณภาพ การศึกษาด้วยการนิเทศทั้งระบบ")
                        .addLine(
                                snacks("ค่าเครื่องดื่มและอาหารว่าง 35 บาท/...20...คน/4 มื้อ เป็นเงิน....2,800.....บาท"))
                        .addLine(
                                BudgetLine.parse("ค่าอาหารกลางวัน 100 บาท/....20...คน/2 มื้อเป็นเงิน....4,000.....บาท"))
                        .addLine(BudgetLine.parse("ค่าวัสดุ เป็นเงิน....1,000.....บาท"))
                        .addLine(
                                BudgetLine.parse(
                                        "ค่าสำเนา เครื่องมือแนวทางการพัฒนาระบบประกันคุณภาพจำนวน 200 ชุด ชุดละ 80 บาท เป็นเงิน....13,000.....บาท"))
                        .statedSubtotal(Baht.ofBaht(23_800))
                        .build())
                .addActivity(BudgetActivity.builder()
                        .name(
                                "กิจกรรมประชุมปฏิบัติการขยายผลการนำส่งข้อมูลสารสนเทศที่จำเป็นด้านการศึกษาปฐมวัยและการศึกษาขั้น พื้นฐานของสถานศึกษาทุกแห่งในสังกัด (71 โรงเรียน) เข้าสู่ระบบบริหารจัดการคุณภาพและมาตรฐานการศึกษา")
                        .addLine(
                                snacks("ค่าเครื่องดื่มและอาหารว่าง 35 บาท/..100..คน/2 มื้อ เป็นเงิน.....7,000.....บาท"))
                        .addLine(BudgetLine.parse("ค่าอาหารกลางวัน 100 บาท/100 คน/1 มื้อ เป็นเงิน... 10,000.....บาท"))
                        .addLine(BudgetLine.parse("ค่าวัสดุ เป็นเงิน.... 2,000.....บาท"))
                        .statedSubtotal(Baht.ofBaht(19_000))
                        .build())
                .addActivity(BudgetActivity.builder()
                        .name(
                                "กิจกรรมการประชุมปฏิบัติการพัฒนาศักยภาพผู้บริหารสถานศึกษา ครูผู้รับผิดชอบงานระบบ ประกันคุณภาพการศึกษา")
                        .addLine(
                                snacks("ค่าเครื่องดื่มและอาหารว่าง 35 บาท/..100..คน/2 มื้อ เป็นเงิน... .7,000.....บาท"))
                        .addLine(BudgetLine.parse("ค่าอาหารกลางวัน 100 บาท/100.คน/1 มื้อ เป็นเงิน....10,000.....บาท"))
                        .addLine(BudgetLine.parse("ค่าวัสดุ เป็นเงิน.....2,000.....บาท"))
                        .statedSubtotal(Baht.ofBaht(19_000))
                        .build())
                .addActivity(BudgetActivity.builder()
                        .name("กิจกรรมนิเทศ ติดตาม ตรวจสอบประเมินระบบประกันคุณภาพของสถานศึกษา")
                        .addLine(
                                BudgetLine.parse(
                                        "ค่าพาหนะคณะกรรมการฯ 9 ชุด ชุดละ 5 คน ชุดละ 4 วัน ชุดละ 7-8 โรงเรียน (45 คน x 200 บาท x 4 วัน) เป็นเงิน..36,000....บาท"))
                        .build())
                .addActivity(BudgetActivity.builder()
                        .name(
                                "สรุปผลการดำเนินการระบบประกันคุณภาพภายในของสถานศึกษาและประกาศเชิดชูเกียรติสถานศึกษาที่ ประสบความสำเร็จและบุคคลนักพัฒนา แลกเปลี่ยนเรียนรู้")
                        .addLine(snacks(
                                "ค่าเครื่องดื่มและอาหารว่าง 35 บาท/...100...คน/2 มื้อ เป็นเงิน....7,000.....บาท"))
                        .addLine(BudgetLine.parse(
                                "ค่าอาหารกลางวัน 100 บาท/...100...คน/1 มื้อ เป็นเงิน....100,000.....บาท"))
                        .addLine(BudgetLine.parse("ค่าวัสดุ เป็นเงิน.....1,200.....บาท"))
                        .addLine(BudgetLine.parse(
                                "ค่าจัดจ้างทำโล่ โล่ละ 1,000 บาท จำนวน 5 โล่ เป็นเงิน... .5,000..... .บาท"))
                        .statedSubtotal(Baht.ofBaht(22_200))
                        .build())
                .statedTotal(Baht.ofBaht(120_000))
                .receivedAmount(Baht.ofBaht(120_000))
                .build();
    }

    /** Seed 004's money: received 120,000, used 20,000, left 100,000. */
    static Ledger seed004Ledger() {
        return Ledger.builder()
                .received(Baht.ofBaht(120_000))
                .addEntry(LedgerEntry.builder()
                        .kind(LedgerEntryKind.DISBURSEMENT)
                        .amount(Baht.ofBaht(20_000))
                        .note("ใช้จ่าย 20,000.-บาท")
                        .build())
                .remaining(Baht.ofBaht(100_000))
                .build();
    }

    static Project seed004() {
        return Project.builder()
                .name("ส่งเสริมระบบประกันคุณภาพการศึกษาตามมาตรฐานการประกันคุณภาพที่เข้มแข็งรองรับการประเมินภายนอก")
                .fiscalYear(FiscalYear.ofBuddhistEra(2560))
                .plannedPeriod(ProjectPeriod.of(LocalDate.of(2016, 10, 1), LocalDate.of(2017, 9, 30)))
                .budget(seed004Budget())
                .ledger(seed004Ledger())
                .build();
    }

    static final String[] SEED_003_GROUPS = {
        "กลุ่มโรงเรียนบางพลี 1",
        "กลุ่มโรงเรียนบางพลี 2",
        "กลุ่มโรงเรียนบางบ่อ 1",
        "กลุ่มโรงเรียนบางบ่อ 2",
        "กลุ่มโรงเรียนบางเสาธง"
    };

    /** Seed 003, Samut Prakan area 2, FY 2555: 40,000 × 5 groups + 14,650 materials = 214,650. */
    static Budget seed003Budget() {
        BudgetAllocation.Builder allocation = BudgetAllocation.builder()
                .description("จัดสรรให้กลุ่มโรงเรียนละ 40,000.- บาท / 5 กลุ่ม")
                .total(Baht.ofBaht(200_000));
        for (String group : SEED_003_GROUPS) {
            allocation.addShare(AllocationShare.builder()
                    .name(group)
                    .amount(Baht.ofBaht(40_000))
                    .build());
        }
        return Budget.builder()
                .source(BudgetSource.of(BudgetSourceKind.ANNUAL_BUDGET, "โครงการในแผนปฏิบัติการ ประจำปีงบประมาณ 2555"))
                .addActivity(BudgetActivity.builder()
                        .name("ส่งเสริมและพัฒนาเครือข่ายกลุ่มโรงเรียนคุณภาพ 5 กลุ่มโรงเรียน")
                        .targetGroup("กลุ่มโรงเรียน 5 กลุ่ม")
                        .addLine(BudgetLine.parse(
                                "1. จัดสรรให้กลุ่มโรงเรียนละ 40,000.- บาท / 5 กลุ่ม | เป็นเงิน 200,000 บาท"))
                        .addLine(BudgetLine.parse("2. ค่าวัสดุสำนักงาน | เป็นเงิน 14,650 บาท"))
                        .build())
                .statedTotal(Baht.ofBaht(214_650))
                .addAllocation(allocation.build())
                .build();
    }

    static Project seed003() {
        return Project.builder()
                .name("ส่งเสริมและพัฒนาเครือข่ายกลุ่มโรงเรียนคุณภาพ 5 กลุ่มโรงเรียน")
                .fiscalYear(FiscalYear.ofBuddhistEra(2555))
                .plannedPeriod(ProjectPeriod.ofMonths(YearMonth.of(2011, 10), YearMonth.of(2012, 9)))
                .actualPeriod(ProjectPeriod.ofMonths(YearMonth.of(2011, 10), YearMonth.of(2012, 5)))
                .budget(seed003Budget())
                .build();
    }
}
