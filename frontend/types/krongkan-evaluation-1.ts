// GENERATED from docs/krongkan-evaluation-1.schema.json by frontend/scripts/generate-types.mjs: do not edit.
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
 * krongkan evaluated view / ผลการคำนวณของโครงการ
 *
 * What the rules compute for one krongkan project (krongkan-evaluation/1), as KrongkanJson.writeEvaluation writes it and krongkan evaluate prints it. Every null has its reason in the notApplicable member of the object holding it.
 *
 * สิ่งที่กฎคำนวณได้จากโครงการหนึ่งโครงการ ค่าที่เป็น null มีเหตุผลอยู่ในสมาชิก notApplicable ของวัตถุเดียวกัน
 */
export interface EvaluationDocument {
  /**
   * Format / รูปแบบ
   *
   * Always krongkan-evaluation/1.
   *
   * เป็น krongkan-evaluation/1 เสมอ
   */
  readonly format: "krongkan-evaluation/1";
  /**
   * Project name / ชื่อโครงการ
   *
   * The project's name.
   *
   * ชื่อโครงการ
   */
  readonly name: string;
  /**
   * Fiscal year / ปีงบประมาณ
   *
   * Fiscal year, Buddhist era.
   *
   * ปีงบประมาณ พุทธศักราช
   *
   * Checked by the schema, not by the type: an integer.
   */
  readonly fiscalYear: number;
  /**
   * Budget / งบประมาณ
   *
   * The budget in force evaluated; null when the project has none.
   *
   * ผลการคำนวณงบประมาณ เป็น null เมื่อไม่มีงบประมาณ
   */
  readonly budget: Budget | null;
  /**
   * Risks / ความเสี่ยง
   *
   * The risk matrix and the risks on it.
   *
   * ตารางความเสี่ยงและความเสี่ยงของโครงการ
   */
  readonly risks: Risks;
  /**
   * Indicators / ตัวชี้วัด
   *
   * The indicators, in document order.
   *
   * ตัวชี้วัดตามลำดับในเอกสาร
   */
  readonly indicators: readonly Indicator[];
  /**
   * Schedule / แผนและผลการดำเนินงาน
   *
   * The planned curve and reported progress.
   *
   * เส้นแผนงานและความก้าวหน้าที่รายงาน
   */
  readonly schedule: Schedule;
  /**
   * Earned value / มูลค่างานที่ได้
   *
   * Earned-value figures; null without a baseline (no allocated budget, or neither planned disbursements nor an action plan).
   *
   * ตัวเลขมูลค่างานที่ได้ เป็น null เมื่อไม่มีฐานการวัด
   */
  readonly earnedValue: EarnedValue | null;
  /**
   * Ledger / บัญชีคุมเงิน
   *
   * The ledger's balances; null when the project has no ledger.
   *
   * ยอดบัญชีคุมเงิน เป็น null เมื่อไม่มีบัญชี
   */
  readonly ledger: Ledger | null;
  /**
   * Findings / ข้อค้นพบ
   *
   * What ProjectCheck.standard() finds, in the findings form (krongkan-findings-1.schema.json).
   *
   * ผลการตรวจของกฎมาตรฐาน ในรูปแบบข้อค้นพบ
   */
  readonly findings: readonly Finding[];
  /**
   * Why figures are null / เหตุที่ไม่มีค่า
   *
   * For each member of this object that is null, why it cannot be computed; absent when none is null.
   *
   * เหตุผลของแต่ละสมาชิกที่เป็น null ในวัตถุนี้ ไม่มีสมาชิกนี้เมื่อไม่มีค่าใดเป็น null
   */
  readonly notApplicable?: NotApplicable;
}

/**
 * Reasons / เหตุผล
 *
 * Member name → why that member is null.
 *
 * ชื่อสมาชิก → เหตุที่สมาชิกนั้นไม่มีค่า
 */
export interface NotApplicable {
  readonly [member: string]: Reason;
}

/**
 * Reason / เหตุผล
 *
 * Why a figure cannot be computed.
 *
 * เหตุที่คำนวณตัวเลขไม่ได้
 */
export interface Reason {
  /**
   * Reason / เหตุผล (อังกฤษ)
   *
   * The reason, in English.
   *
   * เหตุผลเป็นภาษาอังกฤษ
   *
   * Checked by the schema, not by the type: pattern `\S`.
   */
  readonly reason: string;
  /**
   * Reason in Thai / เหตุผล
   *
   * The reason, in Thai.
   *
   * เหตุผลเป็นภาษาไทย
   *
   * Checked by the schema, not by the type: pattern `\S`.
   */
  readonly reasonThai: string;
}

/**
 * Budget line / รายการค่าใช้จ่าย
 *
 * One budget line (รายการค่าใช้จ่าย) evaluated.
 *
 * ผลการคำนวณของรายการค่าใช้จ่ายหนึ่งรายการ
 */
export interface Line {
  /**
   * Pointer / ตำแหน่ง
   *
   * JSON pointer (RFC 6901) of the line in the project document.
   *
   * JSON pointer ของรายการในเอกสารโครงการ
   *
   * Checked by the schema, not by the type: pattern `^(/.*)?$`.
   */
  readonly path: string;
  /**
   * Item / รายการ
   *
   * What the line pays for; absent when the document names nothing.
   *
   * รายการที่จ่าย ไม่มีเมื่อเอกสารไม่ระบุ
   */
  readonly item?: string;
  /**
   * Formula / สูตรคำนวณ
   *
   * The computation as a document writes it, e.g. 35.00 บาท × 20 คน × 4 มื้อ; for a lump sum, its amount.
   *
   * การคำนวณตามที่เอกสารเขียน เช่น 35.00 บาท × 20 คน × 4 มื้อ
   * @example "80.00 บาท × 200 ชุด"
   */
  readonly formula: string;
  /**
   * Quantity / จำนวน
   *
   * The product of the factors' counts (1 without factors).
   *
   * ผลคูณของจำนวนในแต่ละตัวคูณ (1 เมื่อไม่มีตัวคูณ)
   */
  readonly quantity: number;
  /**
   * Computed amount / จำนวนเงินที่คำนวณได้
   *
   * Unit cost × the factors, rounded half up to the satang once; null for a lump sum.
   *
   * ราคาต่อหน่วย × ตัวคูณ ปัดครึ่งขึ้นเป็นสตางค์ครั้งเดียว เป็น null สำหรับเงินเหมาจ่าย
   */
  readonly computed: string | null;
  /**
   * Stated amount / จำนวนเงินที่ระบุ
   *
   * The amount the document states; null when it states none.
   *
   * จำนวนเงินที่เอกสารระบุ เป็น null เมื่อไม่ระบุ
   */
  readonly stated: string | null;
  /**
   * Amount / จำนวนเงินตามการคำนวณ
   *
   * The line's amount by arithmetic: the computed amount, or for a lump sum the stated one. Sums use this.
   *
   * จำนวนเงินที่คำนวณได้ หรือจำนวนที่ระบุสำหรับเงินเหมาจ่าย ใช้ในการรวมยอด
   *
   * Checked by the schema, not by the type: pattern `^-?(0|[1-9][0-9]*)\.[0-9]{2}$`.
   */
  readonly amount: string;
  /**
   * Written amount / จำนวนเงินตามเอกสาร
   *
   * The amount as the document writes it: the stated amount, or else the computed one.
   *
   * จำนวนเงินที่ระบุ หรือจำนวนที่คำนวณได้เมื่อไม่ระบุ
   *
   * Checked by the schema, not by the type: pattern `^-?(0|[1-9][0-9]*)\.[0-9]{2}$`.
   */
  readonly written: string;
  /**
   * Difference / ผลต่าง
   *
   * Stated − computed; null unless both exist.
   *
   * จำนวนที่ระบุ − จำนวนที่คำนวณได้ เป็น null เว้นแต่มีทั้งสองค่า
   */
  readonly difference: string | null;
  /**
   * Arithmetic error / คำนวณผิด
   *
   * Whether the stated amount differs from unit cost × factors (BUDGET_LINE_ARITHMETIC_MISMATCH).
   *
   * จำนวนที่ระบุไม่เท่ากับราคาต่อหน่วย × ตัวคูณ หรือไม่
   */
  readonly arithmeticError: boolean;
  /**
   * Why figures are null / เหตุที่ไม่มีค่า
   *
   * For each member of this object that is null, why it cannot be computed; absent when none is null.
   *
   * เหตุผลของแต่ละสมาชิกที่เป็น null ในวัตถุนี้ ไม่มีสมาชิกนี้เมื่อไม่มีค่าใดเป็น null
   */
  readonly notApplicable?: NotApplicable;
}

/**
 * Activity / กิจกรรม
 *
 * One budget activity (กิจกรรม) with its lines and subtotal evaluated.
 *
 * ผลการคำนวณของกิจกรรมหนึ่งกิจกรรม
 */
export interface Activity {
  /**
   * Pointer / ตำแหน่ง
   *
   * JSON pointer (RFC 6901) of the activity in the project document.
   *
   * JSON pointer ของกิจกรรมในเอกสารโครงการ
   *
   * Checked by the schema, not by the type: pattern `^(/.*)?$`.
   */
  readonly path: string;
  /**
   * Number / ลำดับที่
   *
   * The activity's number as the document writes it; absent when it has none.
   *
   * ลำดับที่ของกิจกรรมตามเอกสาร ไม่มีเมื่อเอกสารไม่ระบุ
   */
  readonly number?: string;
  /**
   * Name / ชื่อกิจกรรม
   *
   * The activity's name.
   *
   * ชื่อกิจกรรม
   */
  readonly name: string;
  /**
   * Lines / รายการค่าใช้จ่าย
   *
   * The activity's lines, in document order.
   *
   * รายการค่าใช้จ่ายตามลำดับในเอกสาร
   */
  readonly lines: readonly Line[];
  /**
   * Computed subtotal / ยอดรวมย่อยที่คำนวณได้
   *
   * The sum of the lines' amounts by arithmetic: what the activity really needs.
   *
   * ผลรวมจำนวนเงินตามการคำนวณของทุกรายการ
   *
   * Checked by the schema, not by the type: pattern `^-?(0|[1-9][0-9]*)\.[0-9]{2}$`.
   */
  readonly computed: string;
  /**
   * Sum of written lines / ผลรวมรายการตามเอกสาร
   *
   * The sum of the lines' amounts as written.
   *
   * ผลรวมจำนวนเงินของรายการตามที่เอกสารเขียน
   *
   * Checked by the schema, not by the type: pattern `^-?(0|[1-9][0-9]*)\.[0-9]{2}$`.
   */
  readonly lineSum: string;
  /**
   * Stated subtotal / ยอดรวมย่อยที่ระบุ
   *
   * The subtotal the document states; null when it states none.
   *
   * ยอดรวมย่อยที่เอกสารระบุ เป็น null เมื่อไม่ระบุ
   */
  readonly stated: string | null;
  /**
   * Written subtotal / ยอดรวมย่อยตามเอกสาร
   *
   * The stated subtotal, or else the sum of the written lines.
   *
   * ยอดรวมย่อยที่ระบุ หรือผลรวมรายการตามเอกสาร
   *
   * Checked by the schema, not by the type: pattern `^-?(0|[1-9][0-9]*)\.[0-9]{2}$`.
   */
  readonly written: string;
  /**
   * Difference from computed / ผลต่างจากที่คำนวณได้
   *
   * Stated − computed subtotal; null without a stated subtotal.
   *
   * ยอดที่ระบุ − ยอดที่คำนวณได้ เป็น null เมื่อไม่ระบุยอดรวมย่อย
   */
  readonly difference: string | null;
  /**
   * Difference from written lines / ผลต่างจากผลรวมรายการ
   *
   * Stated subtotal − sum of written lines (BUDGET_SUBTOTAL_MISMATCH); null without a stated subtotal.
   *
   * ยอดที่ระบุ − ผลรวมรายการตามเอกสาร เป็น null เมื่อไม่ระบุยอดรวมย่อย
   */
  readonly differenceFromLines: string | null;
  /**
   * Why figures are null / เหตุที่ไม่มีค่า
   *
   * For each member of this object that is null, why it cannot be computed; absent when none is null.
   *
   * เหตุผลของแต่ละสมาชิกที่เป็น null ในวัตถุนี้ ไม่มีสมาชิกนี้เมื่อไม่มีค่าใดเป็น null
   */
  readonly notApplicable?: NotApplicable;
}

/**
 * Amount in words / จำนวนเงินตัวอักษร
 *
 * The budget's total in Thai words (จำนวนเงินตัวอักษร) in both conventions, and what the document's words say.
 *
 * ยอดรวมเป็นตัวอักษรทั้งสองแบบ และสิ่งที่ตัวอักษรในเอกสารบอก
 */
export interface AmountInWords {
  /**
   * Pointer / ตำแหน่ง
   *
   * JSON pointer (RFC 6901) of the amount in words in the project document.
   *
   * JSON pointer ของจำนวนเงินตัวอักษรในเอกสารโครงการ
   *
   * Checked by the schema, not by the type: pattern `^(/.*)?$`.
   */
  readonly path: string;
  /**
   * Amount / จำนวนเงิน
   *
   * The total the words should say: the written total.
   *
   * ยอดที่ตัวอักษรควรบอก คือยอดรวมตามเอกสาร
   *
   * Checked by the schema, not by the type: pattern `^-?(0|[1-9][0-9]*)\.[0-9]{2}$`.
   */
  readonly amount: string;
  /**
   * Royal Institute words / ตัวอักษรแบบราชบัณฑิตยสถาน
   *
   * The amount in words, Royal Institute / BAHTTEXT convention (หนึ่งร้อยเอ็ด).
   *
   * จำนวนเงินตัวอักษรแบบราชบัณฑิตยสถาน/BAHTTEXT (หนึ่งร้อยเอ็ด)
   * @example "หนึ่งแสนสองหมื่นบาทถ้วน"
   */
  readonly royalInstitute: string;
  /**
   * Tens-only words / ตัวอักษรแบบเอ็ดหลังสิบ
   *
   * The amount in words, tens-only convention (หนึ่งร้อยหนึ่ง).
   *
   * จำนวนเงินตัวอักษรแบบใช้เอ็ดเฉพาะหลังหลักสิบ (หนึ่งร้อยหนึ่ง)
   */
  readonly tensOnly: string;
  /**
   * Stated words / ตัวอักษรที่ระบุ
   *
   * The words as the document writes them; null when it has none.
   *
   * จำนวนเงินตัวอักษรตามเอกสาร เป็น null เมื่อไม่ระบุ
   */
  readonly stated: string | null;
  /**
   * Amount the words say / จำนวนที่ตัวอักษรบอก
   *
   * The amount the stated words say, read leniently in either convention; null without words or when they cannot be read.
   *
   * จำนวนเงินที่อ่านได้จากตัวอักษรในเอกสาร เป็น null เมื่อไม่มีหรืออ่านไม่ได้
   */
  readonly says: string | null;
  /**
   * Matches / ตรงกัน
   *
   * Whether the stated words say the total (BUDGET_WORDS_MISMATCH when false); null without words.
   *
   * ตัวอักษรตรงกับยอดรวมหรือไม่ เป็น null เมื่อไม่มีตัวอักษร
   */
  readonly matches: boolean | null;
  /**
   * Why figures are null / เหตุที่ไม่มีค่า
   *
   * For each member of this object that is null, why it cannot be computed; absent when none is null.
   *
   * เหตุผลของแต่ละสมาชิกที่เป็น null ในวัตถุนี้ ไม่มีสมาชิกนี้เมื่อไม่มีค่าใดเป็น null
   */
  readonly notApplicable?: NotApplicable;
}

/**
 * Budget / งบประมาณ
 *
 * The budget in force evaluated: the approved budget, or the last revision's.
 *
 * ผลการคำนวณของงบประมาณที่ใช้อยู่ (ฉบับอนุมัติหรือฉบับปรับล่าสุด)
 */
export interface Budget {
  /**
   * Pointer / ตำแหน่ง
   *
   * JSON pointer (RFC 6901) of the budget in force (/budget or /budgetRevisions/N/budget) in the project document.
   *
   * JSON pointer ของงบประมาณที่ใช้อยู่ในเอกสารโครงการ
   *
   * Checked by the schema, not by the type: pattern `^(/.*)?$`.
   */
  readonly path: string;
  /**
   * Activities / กิจกรรม
   *
   * The activities, in document order.
   *
   * กิจกรรมตามลำดับในเอกสาร
   */
  readonly activities: readonly Activity[];
  /**
   * Computed total / ยอดรวมที่คำนวณได้
   *
   * The sum of every line's amount by arithmetic.
   *
   * ผลรวมจำนวนเงินตามการคำนวณของทุกรายการ
   *
   * Checked by the schema, not by the type: pattern `^-?(0|[1-9][0-9]*)\.[0-9]{2}$`.
   */
  readonly computed: string;
  /**
   * Sum of written activities / ผลรวมกิจกรรมตามเอกสาร
   *
   * The sum of the activities as written (each stated subtotal, or else its lines).
   *
   * ผลรวมยอดของกิจกรรมตามเอกสาร
   *
   * Checked by the schema, not by the type: pattern `^-?(0|[1-9][0-9]*)\.[0-9]{2}$`.
   */
  readonly activitySum: string;
  /**
   * Stated total / ยอดรวมที่ระบุ
   *
   * The total the document states; null when it states none.
   *
   * ยอดรวมที่เอกสารระบุ เป็น null เมื่อไม่ระบุ
   */
  readonly stated: string | null;
  /**
   * Written total / ยอดรวมตามเอกสาร
   *
   * The stated total, or else the sum of the written activities.
   *
   * ยอดรวมที่ระบุ หรือผลรวมกิจกรรมตามเอกสาร
   *
   * Checked by the schema, not by the type: pattern `^-?(0|[1-9][0-9]*)\.[0-9]{2}$`.
   */
  readonly written: string;
  /**
   * Difference from computed / ผลต่างจากที่คำนวณได้
   *
   * Stated − computed total; null without a stated total.
   *
   * ยอดรวมที่ระบุ − ยอดที่คำนวณได้ เป็น null เมื่อไม่ระบุยอดรวม
   */
  readonly difference: string | null;
  /**
   * Difference from written activities / ผลต่างจากผลรวมกิจกรรม
   *
   * Stated total − sum of written activities (BUDGET_TOTAL_MISMATCH); null without a stated total.
   *
   * ยอดรวมที่ระบุ − ผลรวมกิจกรรมตามเอกสาร เป็น null เมื่อไม่ระบุยอดรวม
   */
  readonly differenceFromActivities: string | null;
  /**
   * Amount in words / จำนวนเงินตัวอักษร
   *
   * The total in words and the check of the stated words.
   *
   * ยอดรวมเป็นตัวอักษรและการตรวจตัวอักษรในเอกสาร
   */
  readonly amountInWords: AmountInWords;
  /**
   * Why figures are null / เหตุที่ไม่มีค่า
   *
   * For each member of this object that is null, why it cannot be computed; absent when none is null.
   *
   * เหตุผลของแต่ละสมาชิกที่เป็น null ในวัตถุนี้ ไม่มีสมาชิกนี้เมื่อไม่มีค่าใดเป็น null
   */
  readonly notApplicable?: NotApplicable;
}

/**
 * Risk rating / การประเมินความเสี่ยง
 *
 * One rating of a risk placed on the project's risk matrix.
 *
 * การประเมินความเสี่ยงหนึ่งครั้งบนตารางความเสี่ยงของโครงการ
 */
export interface Rating {
  /**
   * Pointer / ตำแหน่ง
   *
   * JSON pointer (RFC 6901) of the rating in the project document.
   *
   * JSON pointer ของการประเมินในเอกสารโครงการ
   *
   * Checked by the schema, not by the type: pattern `^(/.*)?$`.
   */
  readonly path: string;
  /**
   * Likelihood / โอกาสที่จะเกิด
   *
   * Likelihood level (โอกาส), from 1.
   *
   * ระดับโอกาสที่จะเกิด เริ่มที่ 1
   *
   * Checked by the schema, not by the type: an integer, minimum 1.
   */
  readonly likelihood: number;
  /**
   * Impact / ผลกระทบ
   *
   * Impact level (ผลกระทบ), from 1.
   *
   * ระดับผลกระทบ เริ่มที่ 1
   *
   * Checked by the schema, not by the type: an integer, minimum 1.
   */
  readonly impact: number;
  /**
   * Score / คะแนน
   *
   * The score the matrix gives the cell.
   *
   * คะแนนของช่องตามตารางความเสี่ยง
   *
   * Checked by the schema, not by the type: an integer.
   */
  readonly score: number;
  /**
   * Level / ระดับ (อังกฤษ)
   *
   * The level's English label, e.g. high.
   *
   * ชื่อระดับความเสี่ยงภาษาอังกฤษ เช่น high
   * @example "very high"
   */
  readonly level: string;
  /**
   * Level in Thai / ระดับความเสี่ยง
   *
   * The level's Thai label, e.g. สูง.
   *
   * ชื่อระดับความเสี่ยงภาษาไทย เช่น สูง
   * @example "สูงมาก"
   */
  readonly levelThai: string;
  /**
   * Colour / สี
   *
   * The level's colour on a heat map.
   *
   * สีของระดับบนแผนภาพความเสี่ยง
   * @example "red"
   */
  readonly colour: string;
  /**
   * Requires a response / ต้องมีการจัดการ
   *
   * Whether a risk at this level needs a response (RISK_WITHOUT_RESPONSE).
   *
   * ความเสี่ยงระดับนี้ต้องมีแนวทางจัดการหรือไม่
   */
  readonly requiresResponse: boolean;
  /**
   * Stated level / ระดับที่ระบุ
   *
   * The level the document states, as written; absent when it states none.
   *
   * ระดับความเสี่ยงที่เอกสารระบุ ไม่มีเมื่อไม่ระบุ
   */
  readonly statedLevel?: string;
  /**
   * Stated level agrees / ระดับที่ระบุตรงกัน
   *
   * Whether the stated level agrees with the computed cell (RISK_LEVEL_MISMATCH when false); null without a stated level.
   *
   * ระดับที่ระบุตรงกับที่คำนวณได้หรือไม่ เป็น null เมื่อไม่ระบุ
   */
  readonly statedAgrees: boolean | null;
  /**
   * Why figures are null / เหตุที่ไม่มีค่า
   *
   * For each member of this object that is null, why it cannot be computed; absent when none is null.
   *
   * เหตุผลของแต่ละสมาชิกที่เป็น null ในวัตถุนี้ ไม่มีสมาชิกนี้เมื่อไม่มีค่าใดเป็น null
   */
  readonly notApplicable?: NotApplicable;
}

/**
 * Risk / ความเสี่ยง
 *
 * One risk with its ratings evaluated.
 *
 * ความเสี่ยงหนึ่งรายการพร้อมผลการประเมิน
 */
export interface Risk {
  /**
   * Pointer / ตำแหน่ง
   *
   * JSON pointer (RFC 6901) of the risk in the project document.
   *
   * JSON pointer ของความเสี่ยงในเอกสารโครงการ
   *
   * Checked by the schema, not by the type: pattern `^(/.*)?$`.
   */
  readonly path: string;
  /**
   * Number / ลำดับที่
   *
   * The risk's number as the document writes it; absent when it has none.
   *
   * ลำดับที่ของความเสี่ยงตามเอกสาร ไม่มีเมื่อเอกสารไม่ระบุ
   */
  readonly number?: string;
  /**
   * Description / ความเสี่ยง
   *
   * The risk as the document describes it.
   *
   * คำอธิบายความเสี่ยงตามเอกสาร
   */
  readonly description: string;
  /**
   * Inherent rating / ความเสี่ยงก่อนการจัดการ
   *
   * The inherent rating on the matrix; null when the risk has none.
   *
   * การประเมินความเสี่ยงก่อนการจัดการบนตารางความเสี่ยง เป็น null เมื่อไม่มี
   */
  readonly inherent: Rating | null;
  /**
   * Current rating / ความเสี่ยงปัจจุบัน
   *
   * The current rating on the matrix; null when the risk has none.
   *
   * การประเมินความเสี่ยงปัจจุบันบนตารางความเสี่ยง เป็น null เมื่อไม่มี
   */
  readonly current: Rating | null;
  /**
   * Residual rating / ความเสี่ยงคงเหลือ
   *
   * The residual rating on the matrix; null when the risk has none.
   *
   * การประเมินความเสี่ยงคงเหลือบนตารางความเสี่ยง เป็น null เมื่อไม่มี
   */
  readonly residual: Rating | null;
  /**
   * Why figures are null / เหตุที่ไม่มีค่า
   *
   * For each member of this object that is null, why it cannot be computed; absent when none is null.
   *
   * เหตุผลของแต่ละสมาชิกที่เป็น null ในวัตถุนี้ ไม่มีสมาชิกนี้เมื่อไม่มีค่าใดเป็น null
   */
  readonly notApplicable?: NotApplicable;
}

/**
 * Risk matrix / ตารางความเสี่ยง
 *
 * The matrix the project's risks are graded on.
 *
 * ตารางที่ใช้ประเมินความเสี่ยงของโครงการ
 */
export interface RiskMatrix {
  /**
   * Name / ชื่อ
   *
   * The matrix's name.
   *
   * ชื่อตารางความเสี่ยง
   */
  readonly name: string;
  /**
   * Stated / ระบุในเอกสาร
   *
   * Whether the project states its matrix (false: the default 5 × 5 matrix).
   *
   * โครงการระบุตารางเองหรือไม่ (false คือใช้ตาราง 5 × 5 ตั้งต้น)
   */
  readonly stated: boolean;
  /**
   * Likelihood levels / จำนวนระดับโอกาส
   *
   * How many likelihood levels the matrix has.
   *
   * จำนวนระดับโอกาสที่จะเกิดของตาราง
   *
   * Checked by the schema, not by the type: an integer, minimum 1.
   */
  readonly likelihoodLevels: number;
  /**
   * Impact levels / จำนวนระดับผลกระทบ
   *
   * How many impact levels the matrix has.
   *
   * จำนวนระดับผลกระทบของตาราง
   *
   * Checked by the schema, not by the type: an integer, minimum 1.
   */
  readonly impactLevels: number;
  /**
   * Cells / ช่องของตาราง
   *
   * Every cell of the matrix, by likelihood from 1 then impact from 1 (likelihoodLevels × impactLevels cells).
   *
   * ทุกช่องของตาราง เรียงตามโอกาสจาก 1 แล้วผลกระทบจาก 1 (จำนวนระดับโอกาส × จำนวนระดับผลกระทบ ช่อง)
   */
  readonly cells: readonly MatrixCell[];
}

/**
 * Matrix cell / ช่องของตารางความเสี่ยง
 *
 * One cell of the risk matrix as the library grades it: a likelihood and an impact, with the score and level they give, so a front-end draws the grid without re-implementing the matrix.
 *
 * ช่องหนึ่งของตารางความเสี่ยงตามที่ไลบรารีประเมิน: โอกาสและผลกระทบ พร้อมคะแนนและระดับ เพื่อให้ส่วนหน้าวาดตารางได้โดยไม่ต้องคำนวณเอง
 */
export interface MatrixCell {
  /**
   * Likelihood / โอกาสที่จะเกิด
   *
   * Likelihood level (โอกาส), from 1.
   *
   * ระดับโอกาสที่จะเกิด เริ่มที่ 1
   *
   * Checked by the schema, not by the type: an integer, minimum 1.
   */
  readonly likelihood: number;
  /**
   * Impact / ผลกระทบ
   *
   * Impact level (ผลกระทบ), from 1.
   *
   * ระดับผลกระทบ เริ่มที่ 1
   *
   * Checked by the schema, not by the type: an integer, minimum 1.
   */
  readonly impact: number;
  /**
   * Score / คะแนน
   *
   * The score the matrix gives the cell.
   *
   * คะแนนของช่องตามตารางความเสี่ยง
   *
   * Checked by the schema, not by the type: an integer.
   */
  readonly score: number;
  /**
   * Level / ระดับ (อังกฤษ)
   *
   * The level's English label, e.g. high.
   *
   * ชื่อระดับความเสี่ยงภาษาอังกฤษ เช่น high
   * @example "very high"
   */
  readonly level: string;
  /**
   * Level in Thai / ระดับความเสี่ยง
   *
   * The level's Thai label, e.g. สูง.
   *
   * ชื่อระดับความเสี่ยงภาษาไทย เช่น สูง
   * @example "สูงมาก"
   */
  readonly levelThai: string;
  /**
   * Colour / สี
   *
   * The level's colour on a heat map.
   *
   * สีของระดับบนแผนภาพความเสี่ยง
   * @example "red"
   */
  readonly colour: string;
  /**
   * Requires a response / ต้องมีการจัดการ
   *
   * Whether a risk at this level needs a response (RISK_WITHOUT_RESPONSE).
   *
   * ความเสี่ยงระดับนี้ต้องมีแนวทางจัดการหรือไม่
   */
  readonly requiresResponse: boolean;
}

/**
 * Risks / ความเสี่ยง
 *
 * The risk matrix in use and the project's risks on it.
 *
 * ตารางความเสี่ยงที่ใช้และความเสี่ยงของโครงการ
 */
export interface Risks {
  /**
   * Matrix / ตารางความเสี่ยง
   *
   * The matrix in use.
   *
   * ตารางความเสี่ยงที่ใช้
   */
  readonly matrix: RiskMatrix;
  /**
   * Risks / รายการความเสี่ยง
   *
   * The risks, in document order.
   *
   * ความเสี่ยงตามลำดับในเอกสาร
   */
  readonly items: readonly Risk[];
}

/**
 * One of (labels in both languages: {@link AchievementLabels}):
 * - `"met"`: met / บรรลุเป้าหมาย
 * - `"notMet"`: not met / ไม่บรรลุเป้าหมาย
 * - `"noValue"`: no value / ไม่มีผลการดำเนินงาน
 * - `"noTarget"`: no target / ไม่มีค่าเป้าหมาย
 * - `"noDirection"`: no direction / ไม่ระบุทิศทางของค่าเป้าหมาย
 */
export type Achievement =
  | "met"
  | "notMet"
  | "noValue"
  | "noTarget"
  | "noDirection";

/** The English and Thai labels of every {@link Achievement} value, in the schema's order. */
export const AchievementLabels: Readonly<Record<Achievement, Label>> = {
  "met": { en: "met", th: "บรรลุเป้าหมาย" },
  "notMet": { en: "not met", th: "ไม่บรรลุเป้าหมาย" },
  "noValue": { en: "no value", th: "ไม่มีผลการดำเนินงาน" },
  "noTarget": { en: "no target", th: "ไม่มีค่าเป้าหมาย" },
  "noDirection": { en: "no direction", th: "ไม่ระบุทิศทางของค่าเป้าหมาย" },
};

/**
 * Evaluation / ผลการประเมิน
 *
 * An indicator's value compared with its target for one period (or the indicator as a whole).
 *
 * ผลการดำเนินงานเทียบกับค่าเป้าหมายของช่วงเวลาหนึ่ง (หรือทั้งตัวชี้วัด)
 */
export interface Evaluation {
  /**
   * Pointer / ตำแหน่ง
   *
   * JSON pointer (RFC 6901) of the measurement evaluated (or the target, or the indicator, when nothing is measured) in the project document.
   *
   * JSON pointer ของผลการวัด (หรือค่าเป้าหมาย หรือตัวชี้วัด เมื่อยังไม่มีการวัด)ในเอกสารโครงการ
   *
   * Checked by the schema, not by the type: pattern `^(/.*)?$`.
   */
  readonly path: string;
  /**
   * Period / ช่วงเวลา
   *
   * The fiscal period, e.g. FY2569 or FY2569-Q1; absent for the indicator as a whole.
   *
   * ช่วงเวลาปีงบประมาณ เช่น FY2569 หรือ FY2569-Q1 ไม่มีเมื่อเป็นทั้งตัวชี้วัด
   * @example "FY2569-Q1"
   */
  readonly period?: string;
  /**
   * Subject / หน่วยที่วัด
   *
   * The school or network measured; absent when the measurement is not for one.
   *
   * โรงเรียนหรือเครือข่ายที่วัด ไม่มีเมื่อไม่ได้วัดรายหน่วย
   */
  readonly subjectId?: string;
  /**
   * Value / ผลการดำเนินงาน
   *
   * The achieved value, computed by the formula from the raw values; null when there is none.
   *
   * ค่าที่ได้ คำนวณจากสูตรและข้อมูลดิบ เป็น null เมื่อไม่มี
   */
  readonly value: number | null;
  /**
   * Target / ค่าเป้าหมาย
   *
   * The target for the period; null when there is none.
   *
   * ค่าเป้าหมายของช่วงเวลา เป็น null เมื่อไม่มี
   */
  readonly target: number | null;
  /**
   * Achievement / ผลการบรรลุ
   *
   * met, notMet, or why that cannot be said: noValue, noTarget, noDirection.
   *
   * บรรลุ ไม่บรรลุ หรือเหตุที่บอกไม่ได้
   */
  readonly achievement: Achievement;
  /**
   * Achievement in Thai / ผลการบรรลุ (ไทย)
   *
   * The achievement in Thai words, e.g. บรรลุเป้าหมาย.
   *
   * ผลการบรรลุเป็นภาษาไทย เช่น บรรลุเป้าหมาย
   */
  readonly achievementThai: string;
  /**
   * Met / บรรลุ
   *
   * Whether the target is met.
   *
   * บรรลุค่าเป้าหมายหรือไม่
   */
  readonly met: boolean;
  /**
   * Attainment / อัตราการบรรลุ
   *
   * The attainment ratio, 1 meaning exactly on target; null without value, target and direction.
   *
   * อัตราส่วนการบรรลุ 1 คือเท่ากับเป้าหมาย เป็น null เมื่อขาดค่า เป้าหมาย หรือทิศทาง
   */
  readonly attainment: number | null;
  /**
   * Why figures are null / เหตุที่ไม่มีค่า
   *
   * For each member of this object that is null, why it cannot be computed; absent when none is null.
   *
   * เหตุผลของแต่ละสมาชิกที่เป็น null ในวัตถุนี้ ไม่มีสมาชิกนี้เมื่อไม่มีค่าใดเป็น null
   */
  readonly notApplicable?: NotApplicable;
}

/**
 * One of (labels in both languages: {@link DirectionLabels}):
 * - `"atLeast"`: at least / ไม่น้อยกว่า
 * - `"atMost"`: at most / ไม่เกิน
 * - `"exactly"`: exactly / เท่ากับ
 * - `"reduceByAtLeast"`: reduce by at least / ลดลงอย่างน้อย
 * - `"increaseByAtLeast"`: increase by at least / เพิ่มขึ้นอย่างน้อย
 */
export type Direction =
  | "atLeast"
  | "atMost"
  | "exactly"
  | "reduceByAtLeast"
  | "increaseByAtLeast";

/** The English and Thai labels of every {@link Direction} value, in the schema's order. */
export const DirectionLabels: Readonly<Record<Direction, Label>> = {
  "atLeast": { en: "at least", th: "ไม่น้อยกว่า" },
  "atMost": { en: "at most", th: "ไม่เกิน" },
  "exactly": { en: "exactly", th: "เท่ากับ" },
  "reduceByAtLeast": { en: "reduce by at least", th: "ลดลงอย่างน้อย" },
  "increaseByAtLeast": { en: "increase by at least", th: "เพิ่มขึ้นอย่างน้อย" },
};

/**
 * Indicator / ตัวชี้วัด
 *
 * One indicator (ตัวชี้วัด) with its evaluations.
 *
 * ตัวชี้วัดหนึ่งตัวพร้อมผลการประเมิน
 */
export interface Indicator {
  /**
   * Pointer / ตำแหน่ง
   *
   * JSON pointer (RFC 6901) of the indicator in the project document.
   *
   * JSON pointer ของตัวชี้วัดในเอกสารโครงการ
   *
   * Checked by the schema, not by the type: pattern `^(/.*)?$`.
   */
  readonly path: string;
  /**
   * Number / ลำดับที่
   *
   * The indicator's number as the document writes it; absent when it has none.
   *
   * ลำดับที่ของตัวชี้วัดตามเอกสาร ไม่มีเมื่อเอกสารไม่ระบุ
   */
  readonly number?: string;
  /**
   * Name / ชื่อตัวชี้วัด
   *
   * The indicator's name.
   *
   * ชื่อตัวชี้วัด
   */
  readonly name: string;
  /**
   * Direction / ทิศทาง
   *
   * How the value meets the target; absent when the indicator states none.
   *
   * ทิศทางของค่าเป้าหมาย ไม่มีเมื่อไม่ระบุ
   */
  readonly direction?: Direction;
  /**
   * Evaluations / ผลการประเมิน
   *
   * One per measurement, then one without value per target period not measured; or, with neither, one for the indicator as a whole.
   *
   * หนึ่งรายการต่อผลการวัด แล้วหนึ่งรายการต่อช่วงเวลาที่มีเป้าหมายแต่ยังไม่วัด หรือหนึ่งรายการสำหรับทั้งตัวชี้วัด
   */
  readonly evaluations: readonly Evaluation[];
}

/**
 * Planned month / ความก้าวหน้าตามแผนรายเดือน
 *
 * The planned cumulative progress by the end of a month.
 *
 * ร้อยละความก้าวหน้าสะสมตามแผนเมื่อสิ้นเดือน
 */
export interface CurveMonth {
  /**
   * Month / เดือน
   *
   * ISO-8601 month in the Common Era.
   *
   * เดือนแบบ ISO-8601 คริสต์ศักราช
   *
   * Checked by the schema, not by the type: pattern `^[0-9]{4}-(0[1-9]|1[0-2])$`.
   * @example "2025-11"
   */
  readonly month: string;
  /**
   * Fiscal month / เดือนในปีงบประมาณ
   *
   * The same month as a fiscal month, e.g. FY2569-M02.
   *
   * เดือนเดียวกันในปีงบประมาณ เช่น FY2569-M02
   *
   * Checked by the schema, not by the type: pattern `^FY[0-9]{4}-M(0[1-9]|1[0-2])$`.
   */
  readonly fiscalMonth: string;
  /**
   * Percent / ร้อยละ
   *
   * Planned cumulative progress in percent.
   *
   * ร้อยละความก้าวหน้าสะสมตามแผน
   */
  readonly percent: number;
}

/**
 * Planned curve / เส้นแผนงาน
 *
 * The action plan's planned S-curve, month by month.
 *
 * เส้นความก้าวหน้าตามแผนปฏิบัติการรายเดือน
 */
export interface PlannedCurve {
  /**
   * Pointer / ตำแหน่ง
   *
   * JSON pointer (RFC 6901) of the action plan in the project document.
   *
   * JSON pointer ของแผนปฏิบัติการในเอกสารโครงการ
   *
   * Checked by the schema, not by the type: pattern `^(/.*)?$`.
   */
  readonly path: string;
  /**
   * Months / รายเดือน
   *
   * The months where the curve changes, in order; the curve keeps its value between them.
   *
   * เดือนที่ค่าบนเส้นเปลี่ยน เรียงตามลำดับ
   */
  readonly months: readonly CurveMonth[];
}

/**
 * Reported progress / ความก้าวหน้าที่รายงาน
 *
 * One progress report against the plan.
 *
 * รายงานความก้าวหน้าหนึ่งฉบับเทียบกับแผน
 */
export interface Reported {
  /**
   * Pointer / ตำแหน่ง
   *
   * JSON pointer (RFC 6901) of the progress report in the project document.
   *
   * JSON pointer ของรายงานความก้าวหน้าในเอกสารโครงการ
   *
   * Checked by the schema, not by the type: pattern `^(/.*)?$`.
   */
  readonly path: string;
  /**
   * Date / วันที่
   *
   * The report's date, ISO-8601.
   *
   * วันที่รายงาน
   *
   * Checked by the schema, not by the type: format `date`.
   */
  readonly date: string;
  /**
   * Progress / ความก้าวหน้า
   *
   * Reported cumulative progress in percent.
   *
   * ร้อยละความก้าวหน้าสะสมที่รายงาน
   */
  readonly progress: number;
  /**
   * Planned / ตามแผน
   *
   * Planned cumulative progress at the report's month; null without an action plan.
   *
   * ร้อยละตามแผน ณ เดือนที่รายงาน เป็น null เมื่อไม่มีแผนปฏิบัติการ
   */
  readonly planned: number | null;
  /**
   * Disbursed / เบิกจ่าย
   *
   * Cumulative disbursement the report states; null when it states none.
   *
   * ยอดเบิกจ่ายสะสมที่รายงาน เป็น null เมื่อไม่ระบุ
   */
  readonly disbursed: string | null;
  /**
   * Why figures are null / เหตุที่ไม่มีค่า
   *
   * For each member of this object that is null, why it cannot be computed; absent when none is null.
   *
   * เหตุผลของแต่ละสมาชิกที่เป็น null ในวัตถุนี้ ไม่มีสมาชิกนี้เมื่อไม่มีค่าใดเป็น null
   */
  readonly notApplicable?: NotApplicable;
}

/**
 * Schedule / แผนและผลการดำเนินงาน
 *
 * The planned S-curve and the reported progress.
 *
 * เส้นแผนงานและความก้าวหน้าที่รายงาน
 */
export interface Schedule {
  /**
   * Planned curve / เส้นแผนงาน
   *
   * The planned curve; null without an action plan.
   *
   * เส้นแผนงาน เป็น null เมื่อไม่มีแผนปฏิบัติการ
   */
  readonly plannedCurve: PlannedCurve | null;
  /**
   * Reported / ความก้าวหน้าที่รายงาน
   *
   * The progress reports in date order.
   *
   * รายงานความก้าวหน้าเรียงตามวันที่
   */
  readonly reported: readonly Reported[];
  /**
   * Why figures are null / เหตุที่ไม่มีค่า
   *
   * For each member of this object that is null, why it cannot be computed; absent when none is null.
   *
   * เหตุผลของแต่ละสมาชิกที่เป็น null ในวัตถุนี้ ไม่มีสมาชิกนี้เมื่อไม่มีค่าใดเป็น null
   */
  readonly notApplicable?: NotApplicable;
}

/**
 * Earned value at a report / มูลค่าที่ได้ ณ รายงาน
 *
 * Earned-value figures at one progress report that states its disbursement.
 *
 * ตัวเลขมูลค่างานที่ได้ ณ รายงานหนึ่งฉบับที่ระบุยอดเบิกจ่าย
 */
export interface EarnedValuePoint {
  /**
   * Pointer / ตำแหน่ง
   *
   * JSON pointer (RFC 6901) of the progress report in the project document.
   *
   * JSON pointer ของรายงานความก้าวหน้าในเอกสารโครงการ
   *
   * Checked by the schema, not by the type: pattern `^(/.*)?$`.
   */
  readonly path: string;
  /**
   * Date / วันที่
   *
   * The report's date.
   *
   * วันที่รายงาน
   *
   * Checked by the schema, not by the type: format `date`.
   */
  readonly date: string;
  /**
   * Progress / ความก้าวหน้า
   *
   * Reported cumulative progress in percent.
   *
   * ร้อยละความก้าวหน้าสะสม
   */
  readonly progress: number;
  /**
   * BAC / งบประมาณทั้งหมด
   *
   * Budget at completion.
   *
   * งบประมาณเมื่อแล้วเสร็จ (BAC)
   *
   * Checked by the schema, not by the type: pattern `^-?(0|[1-9][0-9]*)\.[0-9]{2}$`.
   */
  readonly bac: string;
  /**
   * PV / มูลค่างานตามแผน
   *
   * Planned value at the date.
   *
   * มูลค่างานตามแผน ณ วันที่ (PV)
   *
   * Checked by the schema, not by the type: pattern `^-?(0|[1-9][0-9]*)\.[0-9]{2}$`.
   */
  readonly pv: string;
  /**
   * EV / มูลค่างานที่ได้
   *
   * Earned value: BAC × progress.
   *
   * มูลค่างานที่ได้ BAC × ความก้าวหน้า (EV)
   *
   * Checked by the schema, not by the type: pattern `^-?(0|[1-9][0-9]*)\.[0-9]{2}$`.
   */
  readonly ev: string;
  /**
   * AC / ค่าใช้จ่ายจริง
   *
   * Actual cost: disbursed minus returned.
   *
   * ค่าใช้จ่ายจริง คือเบิกจ่ายหักส่งคืน (AC)
   *
   * Checked by the schema, not by the type: pattern `^-?(0|[1-9][0-9]*)\.[0-9]{2}$`.
   */
  readonly ac: string;
  /**
   * SV / ผลต่างกำหนดการ
   *
   * Schedule variance EV − PV.
   *
   * EV − PV (SV)
   *
   * Checked by the schema, not by the type: pattern `^-?(0|[1-9][0-9]*)\.[0-9]{2}$`.
   */
  readonly sv: string;
  /**
   * CV / ผลต่างค่าใช้จ่าย
   *
   * Cost variance EV − AC.
   *
   * EV − AC (CV)
   *
   * Checked by the schema, not by the type: pattern `^-?(0|[1-9][0-9]*)\.[0-9]{2}$`.
   */
  readonly cv: string;
  /**
   * SV % / SV ร้อยละ
   *
   * SV / PV × 100; null when PV is 0.
   *
   * SV / PV × 100 เป็น null เมื่อ PV เป็น 0
   */
  readonly svPercent: number | null;
  /**
   * CV % / CV ร้อยละ
   *
   * CV / EV × 100; null when EV is 0.
   *
   * CV / EV × 100 เป็น null เมื่อ EV เป็น 0
   */
  readonly cvPercent: number | null;
  /**
   * SPI / ดัชนีกำหนดการ
   *
   * Schedule performance index EV / PV; null when PV is 0.
   *
   * EV / PV เป็น null เมื่อ PV เป็น 0
   */
  readonly spi: number | null;
  /**
   * CPI / ดัชนีค่าใช้จ่าย
   *
   * Cost performance index EV / AC; null when AC is 0.
   *
   * EV / AC เป็น null เมื่อ AC เป็น 0
   */
  readonly cpi: number | null;
  /**
   * EAC / ประมาณการเมื่อแล้วเสร็จ
   *
   * Estimate at completion BAC / CPI; null when AC or EV is 0.
   *
   * BAC / CPI เป็น null เมื่อ AC หรือ EV เป็น 0
   */
  readonly eac: string | null;
  /**
   * ETC / ประมาณการส่วนที่เหลือ
   *
   * Estimate to complete EAC − AC; null with EAC.
   *
   * EAC − AC เป็น null เมื่อ EAC เป็น null
   */
  readonly etc: string | null;
  /**
   * VAC / ผลต่างเมื่อแล้วเสร็จ
   *
   * Variance at completion BAC − EAC; null with EAC.
   *
   * BAC − EAC เป็น null เมื่อ EAC เป็น null
   */
  readonly vac: string | null;
  /**
   * EAC, atypical / ประมาณการเมื่อแล้วเสร็จ (กรณีพิเศษ)
   *
   * AC + BAC − EV.
   *
   * AC + BAC − EV
   *
   * Checked by the schema, not by the type: pattern `^-?(0|[1-9][0-9]*)\.[0-9]{2}$`.
   */
  readonly eacAtypical: string;
  /**
   * ETC, atypical / ประมาณการส่วนที่เหลือ (กรณีพิเศษ)
   *
   * BAC − EV.
   *
   * BAC − EV
   *
   * Checked by the schema, not by the type: pattern `^-?(0|[1-9][0-9]*)\.[0-9]{2}$`.
   */
  readonly etcAtypical: string;
  /**
   * VAC, atypical / ผลต่างเมื่อแล้วเสร็จ (กรณีพิเศษ)
   *
   * BAC − EAC atypical.
   *
   * BAC − EAC กรณีพิเศษ
   *
   * Checked by the schema, not by the type: pattern `^-?(0|[1-9][0-9]*)\.[0-9]{2}$`.
   */
  readonly vacAtypical: string;
  /**
   * TCPI / ดัชนีประสิทธิภาพที่ต้องการ
   *
   * (BAC − EV) / (BAC − AC); null when BAC equals AC.
   *
   * (BAC − EV) / (BAC − AC) เป็น null เมื่อ BAC เท่ากับ AC
   */
  readonly tcpi: number | null;
  /**
   * Why figures are null / เหตุที่ไม่มีค่า
   *
   * For each member of this object that is null, why it cannot be computed; absent when none is null.
   *
   * เหตุผลของแต่ละสมาชิกที่เป็น null ในวัตถุนี้ ไม่มีสมาชิกนี้เมื่อไม่มีค่าใดเป็น null
   */
  readonly notApplicable?: NotApplicable;
}

/**
 * Earned value / มูลค่างานที่ได้
 *
 * Earned-value figures against the project's baseline.
 *
 * ตัวเลขมูลค่างานที่ได้เทียบกับฐานของโครงการ
 */
export interface EarnedValue {
  /**
   * Budget at completion / งบประมาณทั้งหมด
   *
   * The budget allocated to the project (BAC).
   *
   * งบประมาณที่จัดสรรให้โครงการ (BAC)
   *
   * Checked by the schema, not by the type: pattern `^-?(0|[1-9][0-9]*)\.[0-9]{2}$`.
   */
  readonly budgetAtCompletion: string;
  /**
   * Points / รายจุด
   *
   * One per report that states its disbursement and falls where the baseline plans a value, oldest first.
   *
   * หนึ่งจุดต่อรายงานที่ระบุยอดเบิกจ่าย เรียงจากเก่าไปใหม่
   */
  readonly points: readonly EarnedValuePoint[];
}

/**
 * Ledger / บัญชีคุมเงิน
 *
 * The ledger's balances (บัญชีคุมเงิน).
 *
 * ยอดคงเหลือของบัญชีคุมเงิน
 */
export interface Ledger {
  /**
   * Pointer / ตำแหน่ง
   *
   * JSON pointer (RFC 6901) of the ledger in the project document.
   *
   * JSON pointer ของบัญชีคุมเงินในเอกสารโครงการ
   *
   * Checked by the schema, not by the type: pattern `^(/.*)?$`.
   */
  readonly path: string;
  /**
   * Received / รับ
   *
   * Money received.
   *
   * เงินที่ได้รับ
   *
   * Checked by the schema, not by the type: pattern `^-?(0|[1-9][0-9]*)\.[0-9]{2}$`.
   */
  readonly received: string;
  /**
   * Disbursed / เบิกจ่าย
   *
   * Sum of the disbursements.
   *
   * ผลรวมการเบิกจ่าย
   *
   * Checked by the schema, not by the type: pattern `^-?(0|[1-9][0-9]*)\.[0-9]{2}$`.
   */
  readonly disbursed: string;
  /**
   * Obligations / ก่อหนี้ผูกพัน
   *
   * Sum of the obligations (ก่อหนี้ผูกพัน).
   *
   * ผลรวมการก่อหนี้ผูกพัน
   *
   * Checked by the schema, not by the type: pattern `^-?(0|[1-9][0-9]*)\.[0-9]{2}$`.
   */
  readonly obligations: string;
  /**
   * Committed / เบิกจ่ายและก่อหนี้
   *
   * Disbursed plus obligations.
   *
   * เบิกจ่ายรวมก่อหนี้ผูกพัน
   *
   * Checked by the schema, not by the type: pattern `^-?(0|[1-9][0-9]*)\.[0-9]{2}$`.
   */
  readonly committed: string;
  /**
   * Returned / ส่งคืน
   *
   * Sum of the returns (ส่งคืน).
   *
   * ผลรวมเงินส่งคืน
   *
   * Checked by the schema, not by the type: pattern `^-?(0|[1-9][0-9]*)\.[0-9]{2}$`.
   */
  readonly returned: string;
  /**
   * Balance / คงเหลือที่คำนวณได้
   *
   * Received − disbursed − returned: what should remain.
   *
   * รับ − เบิกจ่าย − ส่งคืน
   *
   * Checked by the schema, not by the type: pattern `^-?(0|[1-9][0-9]*)\.[0-9]{2}$`.
   */
  readonly balance: string;
  /**
   * Stated remaining / คงเหลือที่ระบุ
   *
   * The remaining money the ledger states; null when it states none.
   *
   * เงินคงเหลือที่ระบุ เป็น null เมื่อไม่ระบุ
   */
  readonly stated: string | null;
  /**
   * Difference / ผลต่าง
   *
   * Stated remaining − balance (LEDGER_BALANCE_MISMATCH); null without a stated remaining.
   *
   * คงเหลือที่ระบุ − คงเหลือที่คำนวณได้ เป็น null เมื่อไม่ระบุ
   */
  readonly difference: string | null;
  /**
   * Why figures are null / เหตุที่ไม่มีค่า
   *
   * For each member of this object that is null, why it cannot be computed; absent when none is null.
   *
   * เหตุผลของแต่ละสมาชิกที่เป็น null ในวัตถุนี้ ไม่มีสมาชิกนี้เมื่อไม่มีค่าใดเป็น null
   */
  readonly notApplicable?: NotApplicable;
}

/**
 * One of (labels in both languages: {@link SeverityLabels}):
 * - `"error"`: error / ข้อผิดพลาด
 * - `"warning"`: warning / คำเตือน
 * - `"info"`: info / ข้อสังเกต
 */
export type Severity =
  | "error"
  | "warning"
  | "info";

/** The English and Thai labels of every {@link Severity} value, in the schema's order. */
export const SeverityLabels: Readonly<Record<Severity, Label>> = {
  "error": { en: "error", th: "ข้อผิดพลาด" },
  "warning": { en: "warning", th: "คำเตือน" },
  "info": { en: "info", th: "ข้อสังเกต" },
};

/**
 * Finding / ข้อค้นพบ
 *
 * One thing a check found.
 *
 * สิ่งที่การตรวจพบหนึ่งรายการ
 */
export interface Finding {
  /**
   * Code / รหัส
   *
   * The stable code of the rule that found it (docs/rules.md).
   *
   * รหัสกฎ
   *
   * Checked by the schema, not by the type: pattern `^[A-Z][A-Z0-9_]*$`.
   */
  readonly code: string;
  /**
   * Severity / ความรุนแรง
   *
   * How serious it is.
   *
   * ระดับความรุนแรง
   */
  readonly severity: Severity;
  /**
   * Pointer / ตำแหน่ง
   *
   * Where: a JSON pointer (RFC 6901) into the project document; the empty string is the whole project.
   *
   * JSON pointer ของส่วนที่พบในเอกสารโครงการ
   *
   * Checked by the schema, not by the type: pattern `^(/.*)?$`.
   */
  readonly path: string;
  /**
   * Message / ข้อความ (อังกฤษ)
   *
   * What was found, in English.
   *
   * สิ่งที่พบเป็นภาษาอังกฤษ
   *
   * Checked by the schema, not by the type: pattern `\S`.
   */
  readonly message: string;
  /**
   * Message in Thai / ข้อความ
   *
   * What was found, in Thai.
   *
   * สิ่งที่พบเป็นภาษาไทย
   *
   * Checked by the schema, not by the type: pattern `\S`.
   */
  readonly messageThai: string;
  /**
   * Expected / ค่าที่ควรเป็น
   *
   * The value the rule expected, as text, where there is one.
   *
   * ค่าที่กฎคาดไว้
   */
  readonly expected?: string;
  /**
   * Actual / ค่าในเอกสาร
   *
   * The value the document has, as text, where there is one.
   *
   * ค่าที่เอกสารมี
   */
  readonly actual?: string;
}
