package io.github.krongkan.check;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue of the built-in rule codes, in the order {@link ProjectCheck#standard()} runs them
 * and {@code docs/rules.md} lists them; the {@link #recordRule() rules of project records}, which
 * {@code io.github.krongkan.lifecycle.RecordCheck} runs, come last. Each code has its severity, a short title in English and in
 * Thai, and the anchor of its section in {@code docs/rules.md}.
 *
 * <pre>{@code
 * RuleCode code = RuleCode.of("BUDGET_TOTAL_MISMATCH");
 * code.severity();   // ERROR
 * code.titleThai();  // "ยอดรวมงบประมาณไม่ตรงกับผลรวมกิจกรรม"
 * code.anchor();     // "budget_total_mismatch", i.e. docs/rules.md#budget_total_mismatch
 * }</pre>
 *
 * <p>Codes of rules of one's own are not in the catalogue; {@link #find(String)} tells them apart.
 */
public enum RuleCode {
    /** The planned period is not within the fiscal year. */
    PERIOD_OUTSIDE_FISCAL_YEAR(
            Severity.WARNING, "Planned period outside the fiscal year", "ระยะเวลาดำเนินการอยู่นอกปีงบประมาณ"),
    /** Two objectives or two targets carry the same number. */
    DUPLICATE_ITEM_NUMBER(Severity.WARNING, "Item number used twice", "เลขข้อซ้ำกัน"),
    /** One school is listed in two networks of the project. */
    SCHOOL_IN_TWO_NETWORKS(Severity.WARNING, "School listed in two networks", "โรงเรียนอยู่ในสองเครือข่าย"),
    /** A budget line's stated amount is not its unit cost times its quantities. */
    BUDGET_LINE_ARITHMETIC_MISMATCH(
            Severity.ERROR, "Budget line does not add up", "จำนวนเงินของรายการไม่ตรงกับราคาต่อหน่วยคูณจำนวน"),
    /** An activity's stated subtotal is not the sum of its lines. */
    BUDGET_SUBTOTAL_MISMATCH(Severity.ERROR, "Activity subtotal does not add up", "ยอดรวมกิจกรรมไม่ตรงกับผลรวมรายการ"),
    /** The budget's stated total is not the sum of its activities. */
    BUDGET_TOTAL_MISMATCH(Severity.ERROR, "Budget total does not add up", "ยอดรวมงบประมาณไม่ตรงกับผลรวมกิจกรรม"),
    /** The amount in Thai words does not say the budget's total. */
    BUDGET_WORDS_MISMATCH(Severity.ERROR, "Amount in words differs from the total", "จำนวนเงินตัวอักษรไม่ตรงกับยอดรวม"),
    /** The amount in Thai words says the total but ends บาท without ถ้วน. */
    BUDGET_WORDS_WITHOUT_EXACT(
            Severity.INFO,
            "Amount in words lacks the closing word for exact",
            "จำนวนเงินตัวอักษรไม่ลงท้ายด้วยคำว่าถ้วน"),
    /** The activities need more money than the project received. */
    BUDGET_EXCEEDS_RECEIVED(Severity.ERROR, "Budget exceeds the money received", "งบประมาณที่ใช้เกินงบประมาณที่ได้รับ"),
    /** The shares of an allocation do not add up to its total. */
    BUDGET_ALLOCATION_MISMATCH(Severity.ERROR, "Allocation shares do not add up", "ยอดจัดสรรไม่ตรงกับยอดรวมการจัดสรร"),
    /** Two shares of one allocation name the same recipient. */
    ALLOCATION_SHARE_DUPLICATED(Severity.WARNING, "Allocation names a recipient twice", "การจัดสรรระบุผู้รับซ้ำ"),
    /** A network of the project receives no share of the allocations. */
    ALLOCATION_NETWORK_MISSING(
            Severity.WARNING, "Allocation leaves out a network", "การจัดสรรไม่ครอบคลุมเครือข่ายของโครงการ"),
    /** The funding sources' amounts do not add up to the budget. */
    FUNDING_SOURCES_MISMATCH(Severity.ERROR, "Funding sources do not add up", "ยอดรวมแหล่งงบประมาณไม่ตรงกับงบประมาณ"),
    /** The planned monthly disbursements do not add up to the budget. */
    PLANNED_DISBURSEMENTS_MISMATCH(
            Severity.WARNING, "Planned disbursements differ from the budget", "แผนการใช้จ่ายงบประมาณไม่ตรงกับงบประมาณ"),
    /** A unit cost is above the ceiling of the rate tables. */
    BUDGET_RATE_ABOVE_CEILING(Severity.WARNING, "Unit cost above the rate ceiling", "อัตราค่าใช้จ่ายเกินเกณฑ์ที่กำหนด"),
    /** Lines name a rate kind, but no rate table is in force on the project's date. */
    BUDGET_RATE_TABLE_MISSING(
            Severity.INFO,
            "No rate table in force on the project's date",
            "ไม่มีตารางอัตราค่าใช้จ่ายที่ใช้บังคับ ณ วันที่ของโครงการ"),
    /** The ledger's remaining amount is not received minus disbursed. */
    LEDGER_BALANCE_MISMATCH(Severity.ERROR, "Ledger balance does not add up", "ยอดคงเหลือไม่ตรงกับรับหักจ่าย"),
    /** The ledger disburses more than it received. */
    LEDGER_DISBURSED_EXCEEDS_RECEIVED(
            Severity.ERROR, "Ledger pays out more than received", "เบิกจ่ายเกินงบประมาณที่ได้รับ"),
    /** A stated risk level disagrees with the risk matrix. */
    RISK_LEVEL_MISMATCH(
            Severity.WARNING, "Stated risk level disagrees with the matrix", "ระดับความเสี่ยงไม่ตรงกับตารางความเสี่ยง"),
    /** A risk that requires a response has none. */
    RISK_WITHOUT_RESPONSE(Severity.WARNING, "Risk without a response", "ความเสี่ยงไม่มีแนวทางการบริหารความเสี่ยง"),
    /** The residual risk is worse than the inherent risk. */
    RESIDUAL_RISK_ABOVE_INHERENT(
            Severity.WARNING,
            "Residual risk above the inherent risk",
            "ความเสี่ยงคงเหลือสูงกว่าความเสี่ยงก่อนการจัดการ"),
    /** An indicator measurement is impossible, e.g. a numerator above its denominator. */
    INDICATOR_VALUE_IMPOSSIBLE(Severity.ERROR, "Impossible indicator value", "ค่าตัวชี้วัดเป็นไปไม่ได้"),
    /** An indicator has targets but no direction. */
    INDICATOR_TARGET_WITHOUT_DIRECTION(
            Severity.WARNING, "Indicator target without a direction", "ค่าเป้าหมายตัวชี้วัดไม่ระบุทิศทาง"),
    /** An indicator's target disagrees with the project target it is linked to. */
    INDICATOR_TARGET_MISMATCH(
            Severity.WARNING,
            "Indicator target differs from the project target",
            "ค่าเป้าหมายตัวชี้วัดไม่ตรงกับเป้าหมายโครงการ"),
    /** A link between sections names a number no item of that section has. */
    LINK_TO_MISSING_ITEM(Severity.ERROR, "Link to a missing item", "อ้างถึงรายการที่ไม่มีอยู่"),
    /** A budget activity with money is carried out by no action step, in a document that links them. */
    ACTIVITY_WITHOUT_STEP(
            Severity.WARNING, "Budget activity without an action step", "กิจกรรมที่มีงบประมาณไม่มีขั้นตอนการดำเนินงาน"),
    /** An action step is planned or done outside the project period. */
    STEP_OUTSIDE_PROJECT_PERIOD(
            Severity.WARNING, "Action step outside the project period", "ขั้นตอนการดำเนินงานอยู่นอกระยะเวลาดำเนินการ"),
    /** An action step is planned or done outside the fiscal year, with no period that covers it. */
    STEP_OUTSIDE_FISCAL_YEAR(
            Severity.WARNING, "Action step outside the fiscal year", "ขั้นตอนการดำเนินงานอยู่นอกปีงบประมาณ"),
    /** A signature of the approval chain is dated before one that must come first. */
    APPROVAL_OUT_OF_ORDER(Severity.WARNING, "Sign-off out of order", "ลำดับวันที่การเสนอและอนุมัติโครงการไม่ถูกต้อง"),
    /** The project is approved by the person who proposed it. */
    APPROVAL_BY_PROPOSER(Severity.WARNING, "Approved by the proposer", "ผู้อนุมัติเป็นบุคคลเดียวกับผู้เสนอโครงการ"),
    /** An indicator's target is a value the indicator can never take, e.g. at least 120 percent. */
    INDICATOR_TARGET_IMPOSSIBLE(Severity.ERROR, "Impossible indicator target", "ค่าเป้าหมายตัวชี้วัดเป็นไปไม่ได้"),
    /** A change target cannot be reached from the baseline in its direction. */
    INDICATOR_TARGET_UNREACHABLE(
            Severity.WARNING,
            "Indicator target unreachable from the baseline",
            "ค่าเป้าหมายตัวชี้วัดไปไม่ถึงจากค่าฐานตามทิศทางที่ระบุ"),
    /** The project ended after its planned end. */
    ACTUAL_END_AFTER_PLAN(Severity.INFO, "Ended after the planned end", "สิ้นสุดหลังกำหนดตามแผน"),
    /** The progress reports are not listed oldest first. */
    REPORTS_NOT_IN_DATE_ORDER(Severity.INFO, "Reports not in date order", "รายงานความก้าวหน้าไม่เรียงตามวันที่"),
    /** Two progress reports share a date or a number. */
    REPORT_DUPLICATED(Severity.WARNING, "Report duplicated", "รายงานความก้าวหน้าซ้ำกัน"),
    /** A report's date as written cannot mean its date. */
    REPORT_DATE_MISMATCH(Severity.WARNING, "Written date differs from the date", "วันที่ที่เขียนไม่ตรงกับวันที่รายงาน"),
    /** A report's date is written month first. */
    REPORT_DATE_MONTH_FIRST(Severity.WARNING, "Date written month first", "วันที่เขียนแบบเดือนขึ้นก่อน"),
    /** A report's date as written can be read in more than one way. */
    REPORT_DATE_AMBIGUOUS(Severity.WARNING, "Ambiguous written date", "วันที่ที่เขียนอ่านได้หลายแบบ"),
    /** A report is dated outside the fiscal year. */
    REPORT_OUTSIDE_FISCAL_YEAR(Severity.WARNING, "Report outside the fiscal year", "รายงานอยู่นอกปีงบประมาณ"),
    /** A report is dated before the project starts or after it ends. */
    REPORT_OUTSIDE_PROJECT_PERIOD(Severity.INFO, "Report outside the project period", "รายงานอยู่นอกระยะเวลาโครงการ"),
    /** A report's progress is outside 0 to 100 percent. */
    PROGRESS_OUT_OF_RANGE(Severity.ERROR, "Progress out of range", "ร้อยละความก้าวหน้าอยู่นอกช่วง 0 ถึง 100"),
    /** A report's progress is lower than the report before. */
    PROGRESS_DECREASED(Severity.WARNING, "Progress decreased", "ความก้าวหน้าลดลง"),
    /** A report's disbursed amount is lower than the report before. */
    DISBURSED_DECREASED(Severity.WARNING, "Disbursed amount decreased", "ยอดเบิกจ่ายสะสมลดลง"),
    /** A report has disbursed more than the budget. */
    DISBURSED_ABOVE_BUDGET(Severity.ERROR, "Disbursed above the budget", "เบิกจ่ายเกินงบประมาณ"),
    /** A report says on plan while below the planned curve. */
    ON_PLAN_BELOW_CURVE(Severity.WARNING, "On plan but below the plan", "รายงานว่าเป็นไปตามแผนแต่ต่ำกว่าแผน"),
    /** A report says complete with nothing disbursed. */
    COMPLETE_WITHOUT_DISBURSEMENT(
            Severity.WARNING, "Complete without disbursement", "ดำเนินการเสร็จแต่ไม่มีการเบิกจ่าย"),
    /** Networks sent their money back while a report says complete and on target. */
    RETURNED_WHILE_ON_TARGET(
            Severity.WARNING, "Money returned while on target", "เครือข่ายส่งเงินคืนแต่รายงานว่าเป็นไปตามเป้าหมาย"),
    /** A report comes after the project was cancelled. */
    REPORT_AFTER_CANCELLATION(Severity.WARNING, "Report after cancellation", "รายงานหลังยกเลิกโครงการ"),
    /** A cancelled project reports indicator results measured after the cancellation. */
    INDICATOR_RESULT_ON_CANCELLED_PROJECT(
            Severity.WARNING, "Indicator result on a cancelled project", "รายงานผลตัวชี้วัดของโครงการที่ยกเลิกแล้ว"),
    /** A recorded transition moves the project back to an earlier stage the workflow does not allow. */
    STATUS_MOVED_BACKWARDS(Severity.WARNING, "Status moved backwards", "สถานะโครงการย้อนกลับ", true),
    /** A recorded transition is not a move of the workflow from the stage the project is in. */
    TRANSITION_NOT_ALLOWED(
            Severity.WARNING, "Step not allowed from the current stage", "ขั้นตอนไม่เป็นไปตามลำดับการดำเนินงาน", true),
    /** An approval, endorsement, return or withdrawal does not say who took it. */
    APPROVAL_WITHOUT_APPROVER(
            Severity.WARNING, "Approval without the approver", "การอนุมัติหรือให้ความเห็นชอบไม่ระบุผู้ดำเนินการ", true),
    /** An endorsement or approval skips a review level the workflow requires, or acts at a wrong one. */
    REVIEW_LEVEL_SKIPPED(
            Severity.WARNING, "Review level skipped or wrong", "ข้ามระดับการพิจารณาหรือพิจารณาผิดระดับ", true),
    /** The workflow refuses a recorded transition for another reason (date, reason, proposer, guard). */
    TRANSITION_REFUSED(Severity.WARNING, "Step refused by the workflow", "ขั้นตอนไม่ผ่านเงื่อนไขการดำเนินงาน", true),
    /** A progress report is dated after the project was closed. */
    REPORT_AFTER_CLOSURE(Severity.WARNING, "Report after closure", "รายงานหลังปิดโครงการ", true),
    /** A version changes the locked content of an approved project without an approval of the revision. */
    REVISION_NOT_APPROVED(
            Severity.WARNING, "Revision without approval", "ปรับปรุงโครงการที่อนุมัติแล้วโดยไม่ได้รับอนุมัติ", true),
    /** The current version states another status than the recorded history gives. */
    STATUS_DISAGREES_WITH_HISTORY(
            Severity.WARNING,
            "Stated status disagrees with the history",
            "สถานะที่ระบุไม่ตรงกับประวัติการดำเนินงาน",
            true),
    /** The parent says it is done while a network sub-project is unapproved, unspent or returned money. */
    SUBPROJECTS_NOT_DONE(
            Severity.WARNING,
            "Done while a sub-project is not",
            "โครงการหลักรายงานว่าแล้วเสร็จแต่โครงการย่อยของเครือข่ายยังไม่ดำเนินการ",
            true),
    /** A sub-project names a network the parent project does not list. */
    SUBPROJECT_NETWORK_UNKNOWN(
            Severity.WARNING,
            "Sub-project of an unknown network",
            "โครงการย่อยระบุเครือข่ายที่ไม่มีในโครงการหลัก",
            true);

    private static final Map<String, RuleCode> BY_CODE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(RuleCode::code, Function.identity()));

    private final Severity severity;
    private final String title;
    private final String titleThai;
    private final boolean recordRule;

    RuleCode(Severity severity, String title, String titleThai) {
        this(severity, title, titleThai, false);
    }

    RuleCode(Severity severity, String title, String titleThai, boolean recordRule) {
        this.severity = severity;
        this.title = title;
        this.titleThai = titleThai;
        this.recordRule = recordRule;
    }

    /**
     * Whether this is a rule of project records ({@code io.github.krongkan.lifecycle.RecordCheck}):
     * it checks a record's history, versions or sub-projects, not one project document, and {@link
     * ProjectCheck#standard()} does not run it.
     *
     * @return true for a record rule
     */
    public boolean recordRule() {
        return recordRule;
    }

    /**
     * The codes {@link ProjectCheck#standard()} runs, in its order: every code but the record rules.
     *
     * @return the project codes
     */
    public static List<RuleCode> projectCodes() {
        return Arrays.stream(values()).filter(c -> !c.recordRule).toList();
    }

    /**
     * The codes of the rules of project records, in the order {@code RecordCheck} reports them.
     *
     * @return the record codes
     */
    public static List<RuleCode> recordCodes() {
        return Arrays.stream(values()).filter(c -> c.recordRule).toList();
    }

    /**
     * The built-in code of this text.
     *
     * @param code a code, e.g. {@code "BUDGET_TOTAL_MISMATCH"}
     * @return the catalogue entry
     * @throws IllegalArgumentException if no built-in rule has the code
     */
    public static RuleCode of(String code) {
        return find(code)
                .orElseThrow(() -> new IllegalArgumentException(
                        "no built-in rule has the code " + code + "; the codes are listed in docs/rules.md"));
    }

    /**
     * The built-in code of this text, if it is one.
     *
     * @param code a code
     * @return the catalogue entry, empty for a code of one's own
     */
    public static Optional<RuleCode> find(String code) {
        Objects.requireNonNull(code, "code");
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /**
     * The code as findings carry it ({@link Finding#code()}).
     *
     * @return e.g. {@code BUDGET_TOTAL_MISMATCH}
     */
    public String code() {
        return name();
    }

    /**
     * The severity of the findings of this code.
     *
     * @return the severity
     */
    public Severity severity() {
        return severity;
    }

    /**
     * A short title in English.
     *
     * @return e.g. {@code Budget total does not add up}
     */
    public String title() {
        return title;
    }

    /**
     * A short title in Thai.
     *
     * @return e.g. {@code ยอดรวมงบประมาณไม่ตรงกับผลรวมกิจกรรม}
     */
    public String titleThai() {
        return titleThai;
    }

    /**
     * The anchor of this code's section in {@code docs/rules.md}: the heading is the code, so the
     * anchor is the code in lower case.
     *
     * @return e.g. {@code budget_total_mismatch}
     */
    public String anchor() {
        return name().toLowerCase(Locale.ROOT);
    }
}
