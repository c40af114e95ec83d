package io.github.krongkan.examples;

import io.github.krongkan.check.ProjectCheck;
import io.github.krongkan.indicator.Direction;
import io.github.krongkan.indicator.Formula;
import io.github.krongkan.indicator.FormulaKind;
import io.github.krongkan.indicator.Indicator;
import io.github.krongkan.indicator.IndicatorTarget;
import io.github.krongkan.indicator.IndicatorType;
import io.github.krongkan.indicator.IndicatorUnit;
import io.github.krongkan.indicator.Instrument;
import io.github.krongkan.indicator.Measure;
import io.github.krongkan.json.KrongkanJson;
import io.github.krongkan.network.Network;
import io.github.krongkan.project.AlignmentLevel;
import io.github.krongkan.project.MonitoringItem;
import io.github.krongkan.project.MonitoringKind;
import io.github.krongkan.project.Objective;
import io.github.krongkan.project.Project;
import io.github.krongkan.project.ProjectNature;
import io.github.krongkan.project.ProjectPeriod;
import io.github.krongkan.project.ProjectStatus;
import io.github.krongkan.project.StrategicAlignment;
import io.github.krongkan.project.Target;
import io.github.krongkan.risk.Risk;
import io.github.krongkan.risk.RiskRating;
import io.github.krongkan.time.FiscalYear;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * Builds the project of seed 000 (Bang Khen district, network 19, FY 2569) in Java, checks it and
 * prints it as a krongkan JSON document. The rationale and benefits are shortened here; the full
 * text is in {@code examples/data/000-bang-khen-network-19.json}.
 */
public final class BuildProjectInCode {
    private BuildProjectInCode() {}

    /**
     * The core of seed 000 as a {@link Project}.
     *
     * @return the project
     */
    public static Project seed000() {
        return Project.builder()
                .name("พัฒนาคุณภาพเครือข่ายโรงเรียนสังกัดกรุงเทพมหานคร")
                .fiscalYear(FiscalYear.ofBuddhistEra(2569))
                .addResponsibleUnits("สำนักงานเขตบางเขน", "ฝ่ายการศึกษา")
                .addObjective(Objective.of(
                        "2.1",
                        "เพื่อส่งเสริมให้เครือข่ายโรงเรียนเกิดการพัฒนาคุณภาพร่วมกันเกี่ยวกับการแสดงผลงาน"
                                + "การคัดเลือกผู้นำทางวิชาการ และการประกวดหรือแข่งขันความสามารถ"))
                .addObjective(Objective.of("2.2", "เพื่อจัดทำเกณฑ์การประเมินคุณภาพเครือข่ายโรงเรียนที่มีคุณภาพ"))
                .addObjective(Objective.of("2.3", "เพื่อพัฒนาความรู้ความเข้าใจแนวทางในการพัฒนาคุณภาพเครือข่ายโรงเรียน"))
                .addObjective(Objective.of("2.4", "เพื่อประเมินคุณภาพของเครือข่ายโรงเรียนตามเกณฑ์ที่กำหนด"))
                .addTarget(Target.builder()
                        .from(Target.quantitative(
                                "ข้าราชการครูและบุคลากรทางการศึกษากรุงเทพมหานคร และนักเรียน"
                                        + "ในเครือข่ายโรงเรียนที่ 19 จำนวน 5 โรงเรียน",
                                BigDecimal.valueOf(5),
                                "โรงเรียน"))
                        .number("3.1")
                        .build())
                .addNetwork(Network.builder()
                        .id("19")
                        .number(19)
                        .name("เครือข่ายโรงเรียนที่ 19")
                        .officeId("สำนักงานเขตบางเขน")
                        .schoolCount(5) // five schools, counted but not named
                        .build())
                .nature(ProjectNature.builder()
                        .continuing(true)
                        .routineMission(true)
                        .format("โครงการจัดงาน/กิจกรรม")
                        .build())
                .addAlignment(StrategicAlignment.builder()
                        .plan("แผนการศึกษาแห่งชาติ (พ.ศ.2560-2579)")
                        .addLevel(AlignmentLevel.of("ยุทธศาสตร์", "6", "การพัฒนาประสิทธิภาพของระบบบริหารจัดการศึกษา"))
                        .build())
                .plannedPeriod(ProjectPeriod.ofMonths(YearMonth.of(2025, 11), YearMonth.of(2026, 6)))
                .location("โรงเรียนในสังกัดสำนักงานเขตบางเขน")
                .addRisk(Risk.builder()
                        .description("ผู้เข้าร่วมโครงการอาจมีภารกิจซ้ำซ้อนไม่สามารถเข้าร่วมกิจกรรมครบตามจำนวนที่กำหนด")
                        .inherent(RiskRating.of(2, 1, "2 (น้อย)"))
                        .responseText("ประชาสัมพันธ์การดำเนินงานล่วงหน้าเป็นระยะเวลานาน")
                        .build())
                .addIndicator(seed000Kpi())
                .addMonitoringItem(MonitoringItem.builder()
                        .kind(MonitoringKind.MONITORING)
                        .number("10.2")
                        .subject("ความก้าวหน้า")
                        .method(
                                "ติดตามความก้าวหน้าโดยศึกษานิเทศก์ที่รับผิดชอบโรงเรียนในเครือข่ายโรงเรียนสังกัดกรุงเทพมหานคร"
                                        + " ตามเกณฑ์ที่กำหนด")
                        .evaluator("ศึกษานิเทศก์ที่รับผิดชอบโรงเรียนในเครือข่ายโรงเรียนสังกัดกรุงเทพมหานคร")
                        .build())
                .addMonitoringItem(MonitoringItem.builder()
                        .kind(MonitoringKind.EVALUATION)
                        .number("10.3.1")
                        .subject("ผลสำเร็จในการดำเนินโครงการ")
                        .method("การนิเทศของศึกษานิเทศก์ เกี่ยวกับการจัดนิทรรศการ การคัดเลือกผู้นำทางวิชาการ"
                                + " และการประกวดหรือแข่งขันความสามารถ")
                        .instrument(Instrument.SUPERVISION)
                        .evaluator("ศึกษานิเทศก์")
                        .build())
                .addMonitoringItem(MonitoringItem.builder()
                        .kind(MonitoringKind.EVALUATION)
                        .number("10.3.2")
                        .subject("ผลการดำเนินการ")
                        .method("การวิเคราะห์ผลการดำเนินการ โดยใช้ค่าร้อยละ และการวิเคราะห์เนื้อหา")
                        .build())
                .status(ProjectStatus.PROPOSED)
                .build();
    }

    /**
     * Seed 000's KPI: the percentage of network 19's schools that meet the criteria, at least 90,
     * an output indicator measured over the fiscal year.
     *
     * @return the indicator
     */
    public static Indicator seed000Kpi() {
        return Indicator.builder()
                .name("ร้อยละของโรงเรียนในเครือข่ายที่ 19 ที่มีการพัฒนาคุณภาพเกี่ยวกับการแสดงผลงาน "
                        + "การคัดเลือกผู้นำทางวิชาการและการประกวดหรือแข่งขันความสามารถ")
                .type(IndicatorType.OUTPUT)
                .measure(Measure.PERCENTAGE)
                .unit(IndicatorUnit.PERCENT)
                .unitText("ร้อยละ")
                .formula(Formula.builder()
                        .kind(FormulaKind.RATIO)
                        .text(
                                "จำนวนโรงเรียนในเครือข่ายที่ 19 ที่มีผลงานตามเกณฑ์ที่กำหนด x 100/จำนวนโรงเรียนในเครือข่ายที่ 19 ทั้งหมด")
                        .numeratorLabel("จำนวนโรงเรียนในเครือข่ายที่ 19 ที่มีผลงานตามเกณฑ์ที่กำหนด")
                        .denominatorLabel("จำนวนโรงเรียนในเครือข่ายที่ 19 ทั้งหมด")
                        .build())
                .direction(Direction.AT_LEAST)
                .addTarget(IndicatorTarget.of(BigDecimal.valueOf(90)))
                .targetText("ร้อยละ 90")
                .timeframe("ตลอดปีงบประมาณ")
                .build();
    }

    /**
     * Prints the findings (none for seed 000) and the JSON document.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        Project project = seed000();
        System.out.println("findings: " + ProjectCheck.standard().check(project));
        System.out.print(KrongkanJson.write(project));
    }
}
