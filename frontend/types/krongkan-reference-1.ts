// GENERATED from docs/krongkan-reference-1.schema.json by frontend/scripts/generate-types.mjs: do not edit.
// Regenerate with `npm run generate-types` in frontend/ after changing the schema; the build
// (`generate-types.mjs --check`) fails when this file and the schema disagree.
// Arrays and members are readonly; amounts are exact decimal strings ("90000.00"), never numbers.

/** The labels of an enumeration value: English and Thai. */
export interface Label {
  /** English label. */
  readonly en: string;
  /** Thai label. */
  readonly th: string;
}

/**
 * krongkan reference data, format krongkan-reference/1 / ข้อมูลอ้างอิง krongkan รูปแบบ krongkan-reference/1
 *
 * Reference data (ข้อมูลอ้างอิง) that checks use and documents do not carry: rate ceilings of Ministry of Finance circulars, yearly disbursement targets, school-size schemes, quality scales and rubrics. One document holds one kind or several; a directory of them is read as one set (docs/reference-data.md).
 *
 * ข้อมูลอ้างอิงที่การตรวจใช้: อัตราค่าใช้จ่ายตามหนังสือกระทรวงการคลัง เป้าหมายการเบิกจ่าย เกณฑ์ขนาดโรงเรียน เกณฑ์ระดับคุณภาพ และเกณฑ์การประเมิน
 */
export interface ReferenceDocument {
  /**
   * Format / รูปแบบข้อมูล
   *
   * Format id and version.
   *
   * รหัสและรุ่นของรูปแบบข้อมูล ต้องเป็น krongkan/1
   */
  readonly format: "krongkan-reference/1";
  /**
   * Rate tables / ตารางอัตราค่าใช้จ่าย
   *
   * Rate tables (ตารางอัตราค่าใช้จ่าย); no two take effect on the same day.
   *
   * ตารางอัตราค่าใช้จ่าย ไม่มีสองตารางที่มีผลวันเดียวกัน
   */
  readonly rateTables?: readonly RateTable[];
  /**
   * Disbursement targets / เป้าหมายการเบิกจ่าย
   *
   * Cumulative disbursement and spending targets, at most one entry per fiscal year.
   *
   * เป้าหมายการเบิกจ่ายและการใช้จ่ายสะสม ปีงบประมาณละไม่เกินหนึ่งรายการ
   */
  readonly disbursementTargets?: readonly DisbursementTargets[];
  /**
   * Size schemes / เกณฑ์ขนาดโรงเรียน
   *
   * School-size schemes (เกณฑ์ขนาดโรงเรียน), with distinct names.
   *
   * เกณฑ์ขนาดโรงเรียน ชื่อไม่ซ้ำกัน
   */
  readonly sizeSchemes?: readonly SizeScheme[];
  /**
   * Quality scales / ระดับคุณภาพ
   *
   * Quality scales (ระดับคุณภาพ), with distinct names.
   *
   * เกณฑ์ระดับคุณภาพ ชื่อไม่ซ้ำกัน
   */
  readonly qualityScales?: readonly QualityScale[];
  /**
   * Rubrics / เกณฑ์การประเมินคุณภาพ
   *
   * Rubrics (เกณฑ์การประเมินคุณภาพ), with distinct names.
   *
   * เกณฑ์การประเมินคุณภาพ ชื่อไม่ซ้ำกัน
   */
  readonly rubrics?: readonly Rubric[];
}

/**
 * Text / ข้อความ
 *
 * Text that is not blank.
 *
 * ข้อความที่ไม่ว่าง
 *
 * Checked by the schema, not by the type: pattern `\S`, at least 1 character(s).
 */
export type Text = string;

/**
 * Date / วันที่
 *
 * ISO-8601 date in the Common Era, e.g. 2025-11-01.
 *
 * วันที่ตาม ISO-8601 เป็นคริสต์ศักราช เช่น 2025-11-01
 *
 * Checked by the schema, not by the type: format `date`, pattern `^[0-9]{4}-[0-9]{2}-[0-9]{2}$`.
 * @example "2025-11-01"
 */
export type IsoDate = string;

/**
 * Decimal / ทศนิยม
 *
 * An exact decimal written plainly, without exponent, e.g. 54 or 4.51.
 *
 * ตัวเลขทศนิยมแบบตรง ไม่มีเลขชี้กำลัง
 * @example 90
 * @example 66.666667
 */
export type Decimal = number;

/**
 * Percent / ร้อยละ
 *
 * A cumulative percentage, 0 to 100.
 *
 * ร้อยละสะสม 0 ถึง 100
 *
 * Checked by the schema, not by the type: minimum 0, maximum 100.
 * @example 50
 * @example 100
 */
export type Percent = number;

/**
 * Money, not negative / จำนวนเงิน (ไม่ติดลบ)
 *
 * An amount in baht, not negative, e.g. "35.00".
 *
 * จำนวนเงิน (บาท) ไม่ติดลบ
 *
 * Checked by the schema, not by the type: pattern `^[0-9]{1,16}(\.[0-9]{1,2})?$`.
 * @example "90000.00"
 * @example "0.00"
 */
export type NonNegativeMoney = string;

/**
 * Rate table / ตารางอัตราค่าใช้จ่าย
 *
 * Rate ceilings of one circular, with the days they apply.
 *
 * อัตราสูงสุดตามหนังสือฉบับหนึ่ง และวันที่มีผล
 */
export interface RateTable {
  /**
   * Source / ที่มา
   *
   * Where the rates come from, as cited: the circular's number (and date), e.g. หนังสือกระทรวงการคลัง ที่ กค 0406.4/ว 5.
   *
   * เลขที่หนังสือที่กำหนดอัตรา
   */
  readonly source: Text;
  /**
   * Effective from / มีผลตั้งแต่
   *
   * The first day the rates apply.
   *
   * วันแรกที่อัตรามีผล
   */
  readonly effectiveFrom: IsoDate;
  /**
   * Effective until / มีผลถึง
   *
   * The last day the rates apply, if they were replaced; not before effectiveFrom.
   *
   * วันสุดท้ายที่อัตรามีผล ถ้ามีการเปลี่ยนแปลง
   */
  readonly effectiveUntil?: IsoDate;
  /**
   * Ceilings / อัตราสูงสุด
   *
   * The ceilings, at most one per rate kind.
   *
   * อัตราสูงสุด ประเภทละไม่เกินหนึ่งรายการ
   */
  readonly ceilings?: readonly RateCeiling[];
}

/**
 * Rate ceiling / อัตราสูงสุด
 *
 * The highest unit cost of one rate kind.
 *
 * อัตราสูงสุดของค่าใช้จ่ายประเภทหนึ่ง
 */
export interface RateCeiling {
  /**
   * Rate kind / ประเภทอัตรา
   *
   * The rate kind a budget line names in rateKind, e.g. snacksGovernmentVenue.
   *
   * ประเภทอัตราที่รายการค่าใช้จ่ายอ้างถึง
   *
   * Checked by the schema, not by the type: pattern `^[A-Za-z][A-Za-z0-9_.-]*$`.
   * @example "snacksGovernmentVenue"
   */
  readonly kind: string;
  /**
   * Ceiling / อัตราสูงสุด
   *
   * The highest unit cost allowed, in baht.
   *
   * ค่าใช้จ่ายต่อหน่วยสูงสุดที่อนุญาต (บาท)
   * @example "35.00"
   */
  readonly ceiling: NonNegativeMoney;
  /**
   * Description / รายละเอียด
   *
   * What the ceiling is for, as the circular words it.
   *
   * สิ่งที่อัตรานี้ใช้ ตามถ้อยคำของหนังสือ
   */
  readonly description: Text;
}

/**
 * Disbursement targets / เป้าหมายการเบิกจ่าย
 *
 * Disbursement and spending targets of one fiscal year.
 *
 * เป้าหมายการเบิกจ่ายและการใช้จ่ายของปีงบประมาณ
 */
export interface DisbursementTargets {
  /**
   * Fiscal year / ปีงบประมาณ
   *
   * Fiscal year (ปีงบประมาณ), Buddhist era.
   *
   * ปีงบประมาณ (พ.ศ.)
   *
   * Checked by the schema, not by the type: an integer, minimum 2484, maximum 3000.
   * @example 2569
   */
  readonly fiscalYear: number;
  /**
   * Quarters / ไตรมาส
   *
   * Targets by the end of a fiscal quarter; each quarter once, cumulative targets never falling.
   *
   * เป้าหมายสิ้นไตรมาส ไตรมาสละครั้ง ค่าสะสมไม่ลดลง
   */
  readonly quarters?: readonly QuarterTargets[];
}

/**
 * Quarter targets / เป้าหมายรายไตรมาส
 *
 * Targets by the end of one fiscal quarter.
 *
 * เป้าหมายสิ้นไตรมาส
 *
 * Checked by the schema, not by the type:
 * At least one of: `disbursement`; or `spending`.
 */
export interface QuarterTargets {
  /**
   * Quarter / ไตรมาส
   *
   * The fiscal quarter, 1 to 4.
   *
   * ไตรมาสของปีงบประมาณ 1 ถึง 4
   *
   * Checked by the schema, not by the type: an integer, minimum 1, maximum 4.
   */
  readonly quarter: number;
  /**
   * Disbursement target / เป้าหมายการเบิกจ่าย
   *
   * Cumulative disbursement target (เบิกจ่าย), percent of the money received.
   *
   * เป้าหมายการเบิกจ่ายสะสม ร้อยละของเงินที่ได้รับ
   */
  readonly disbursement?: Percent;
  /**
   * Spending target / เป้าหมายการใช้จ่าย
   *
   * Cumulative spending target (ใช้จ่าย: disbursed plus obligations), percent.
   *
   * เป้าหมายการใช้จ่ายสะสม (เบิกจ่ายรวมก่อหนี้ผูกพัน) ร้อยละ
   */
  readonly spending?: Percent;
}

/**
 * Size scheme / เกณฑ์ขนาดโรงเรียน
 *
 * A school-size scheme: classes by enrolment.
 *
 * เกณฑ์ขนาดโรงเรียนตามจำนวนนักเรียน
 */
export interface SizeScheme {
  /**
   * Scheme name / ชื่อเกณฑ์
   *
   * The scheme's name.
   *
   * ชื่อเกณฑ์ขนาดโรงเรียน
   */
  readonly name: Text;
  /**
   * Size classes / ขนาดโรงเรียน
   *
   * Smallest enrolment first; they partition enrolments 1 and above, only the last open-ended.
   *
   * ขนาดโรงเรียน เรียงจากเล็กไปใหญ่
   *
   * Checked by the schema, not by the type: at least 1 item(s).
   */
  readonly classes: readonly SizeClass[];
}

/**
 * Size class / ขนาดโรงเรียน
 *
 * A school-size class by enrolment.
 *
 * ขนาดโรงเรียนตามจำนวนนักเรียน
 */
export interface SizeClass {
  /**
   * English label / ชื่อภาษาอังกฤษ
   *
   * The label in English.
   *
   * ชื่อเรียกภาษาอังกฤษ
   */
  readonly englishLabel: Text;
  /**
   * Thai label / ชื่อภาษาไทย
   *
   * The label in Thai.
   *
   * ชื่อเรียกภาษาไทย
   */
  readonly thaiLabel: Text;
  /**
   * Minimum enrolment / จำนวนนักเรียนต่ำสุด
   *
   * The smallest enrolment of the class.
   *
   * จำนวนนักเรียนต่ำสุดของขนาดนี้
   *
   * Checked by the schema, not by the type: an integer, minimum 1.
   */
  readonly minEnrolment: number;
  /**
   * Maximum enrolment / จำนวนนักเรียนสูงสุด
   *
   * The largest enrolment of the class; absent for the open-ended last class.
   *
   * จำนวนนักเรียนสูงสุด ไม่มีสำหรับขนาดสุดท้าย
   *
   * Checked by the schema, not by the type: an integer, minimum 1.
   */
  readonly maxEnrolment?: number;
}

/**
 * Quality scale / เกณฑ์ระดับคุณภาพ
 *
 * Score ranges named as quality levels.
 *
 * ช่วงคะแนนของระดับคุณภาพ
 */
export interface QualityScale {
  /**
   * Scale name / ชื่อเกณฑ์
   *
   * The scale's name.
   *
   * ชื่อเกณฑ์ระดับคุณภาพ
   */
  readonly name: Text;
  /**
   * Minimum score / คะแนนต่ำสุด
   *
   * The lowest score of the scale.
   *
   * คะแนนต่ำสุดของเกณฑ์
   */
  readonly minScore: Decimal;
  /**
   * Maximum score / คะแนนสูงสุด
   *
   * The highest score of the scale.
   *
   * คะแนนสูงสุดของเกณฑ์
   */
  readonly maxScore: Decimal;
  /**
   * Levels / ระดับคุณภาพ
   *
   * Highest first; minimum scores strictly falling to the scale's minScore.
   *
   * ระดับคุณภาพ เรียงจากสูงไปต่ำ
   *
   * Checked by the schema, not by the type: at least 2 item(s).
   */
  readonly levels: readonly QualityLevel[];
}

/**
 * Quality level / ระดับคุณภาพ
 *
 * One level of a quality scale.
 *
 * ระดับคุณภาพหนึ่งระดับ
 */
export interface QualityLevel {
  /**
   * English label / ชื่อภาษาอังกฤษ
   *
   * The label in English.
   *
   * ชื่อเรียกภาษาอังกฤษ
   */
  readonly englishLabel: Text;
  /**
   * Thai label / ชื่อภาษาไทย
   *
   * The label in Thai.
   *
   * ชื่อเรียกภาษาไทย
   */
  readonly thaiLabel: Text;
  /**
   * Minimum score / คะแนนต่ำสุด
   *
   * The lowest score of the level.
   *
   * คะแนนต่ำสุดของระดับ
   */
  readonly minScore: Decimal;
}

/**
 * Rubric / เกณฑ์การประเมินคุณภาพ
 *
 * Weighted criteria scored on a quality scale.
 *
 * ประเด็นการประเมินถ่วงน้ำหนักและเกณฑ์ระดับคุณภาพ
 */
export interface Rubric {
  /**
   * Rubric name / ชื่อเกณฑ์
   *
   * The rubric's name.
   *
   * ชื่อเกณฑ์การประเมิน
   */
  readonly name: Text;
  /**
   * Criteria / ประเด็นการประเมิน
   *
   * Criteria with distinct ids.
   *
   * ประเด็นการประเมิน รหัสไม่ซ้ำกัน
   *
   * Checked by the schema, not by the type: at least 1 item(s).
   */
  readonly criteria: readonly Criterion[];
  /**
   * Scale / เกณฑ์ระดับคุณภาพ
   *
   * The scale of weighted scores, 0 to 100; OBEC 2561 when absent.
   *
   * เกณฑ์ระดับคุณภาพของคะแนนถ่วงน้ำหนัก 0 ถึง 100
   */
  readonly scale?: QualityScale;
  /**
   * Passing level / ระดับที่ผ่านเกณฑ์
   *
   * The English or Thai label of the lowest level of the scale that meets the criteria.
   *
   * ระดับต่ำสุดที่ผ่านเกณฑ์
   */
  readonly passingLevel: Text;
}

/**
 * Criterion / ประเด็นการประเมิน
 *
 * One criterion of a rubric.
 *
 * ประเด็นการประเมินหนึ่งประเด็น
 */
export interface Criterion {
  /**
   * Criterion id / รหัสประเด็น
   *
   * The criterion's id.
   *
   * รหัสประเด็นการประเมิน
   */
  readonly id: Text;
  /**
   * Criterion / ประเด็นการประเมิน
   *
   * The criterion as written.
   *
   * ประเด็นการประเมินตามที่เขียน
   */
  readonly name: Text;
  /**
   * Weight / น้ำหนัก
   *
   * The criterion's weight, above zero.
   *
   * น้ำหนักของประเด็น มากกว่าศูนย์
   *
   * Checked by the schema, not by the type: greater than 0.
   */
  readonly weight: number;
  /**
   * Levels / ระดับ
   *
   * The scored levels of the criterion.
   *
   * ระดับคะแนนของประเด็น
   *
   * Checked by the schema, not by the type: at least 1 item(s).
   */
  readonly levels: readonly CriterionLevel[];
}

/**
 * Criterion level / ระดับของประเด็น
 *
 * One scored level of a criterion.
 *
 * ระดับคะแนนหนึ่งระดับของประเด็น
 */
export interface CriterionLevel {
  /**
   * Score / คะแนน
   *
   * The level's score.
   *
   * คะแนนของระดับ
   *
   * Checked by the schema, not by the type: minimum 0.
   */
  readonly score: number;
  /**
   * Description / คำอธิบาย
   *
   * What the level means.
   *
   * คำอธิบายระดับ
   */
  readonly description: Text;
}
