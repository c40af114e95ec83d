// GENERATED from docs/krongkan-findings-1.schema.json by frontend/scripts/generate-types.mjs: do not edit.
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
 * krongkan findings / ผลการตรวจ krongkan
 *
 * What a check found in krongkan documents. Either a JSON array of findings of one project document, as KrongkanJson.writeFindings writes it and krongkan serve's POST /check answers, or the report that krongkan check --json prints: an object whose documents member holds, for each document checked, its findings or why it could not be read. The two are told apart by their JSON type.
 *
 * สิ่งที่การตรวจพบในเอกสาร krongkan: อาร์เรย์ของผลการตรวจของเอกสารโครงการหนึ่งฉบับ ตามที่ KrongkanJson.writeFindings เขียนและ POST /check ของ krongkan serve ตอบ หรือรายงานที่ krongkan check --json พิมพ์ คือออบเจกต์ที่สมาชิก documents บอกผลการตรวจของเอกสารแต่ละฉบับหรือเหตุที่อ่านไม่ได้ แยกกันด้วยชนิดของ JSON
 */
export type FindingsDocument = Findings | CheckReport;

/**
 * Findings / รายการผลการตรวจ
 *
 * The findings of one project document, in check order; empty when nothing was found.
 *
 * ผลการตรวจของเอกสารโครงการหนึ่งฉบับ ตามลำดับการตรวจ ว่างเมื่อไม่พบสิ่งใด
 */
export type Findings = readonly Finding[];

/**
 * Check report / รายงานการตรวจ
 *
 * What krongkan check --json prints: one entry per document checked, in the order of the command line.
 *
 * สิ่งที่ krongkan check --json พิมพ์: หนึ่งรายการต่อเอกสารที่ตรวจ ตามลำดับในบรรทัดคำสั่ง
 */
export interface CheckReport {
  /**
   * Documents / เอกสาร
   *
   * The documents checked; a portfolio gives one entry per project.
   *
   * เอกสารที่ตรวจ แฟ้มรวมโครงการให้หนึ่งรายการต่อโครงการ
   */
  readonly documents: readonly CheckedDocument[];
}

/**
 * Checked document / เอกสารที่ตรวจ
 *
 * One document of the check, or one project of a portfolio: its findings, or (member unreadable, without findings) why it could not be read.
 *
 * เอกสารหนึ่งฉบับที่ตรวจ หรือโครงการหนึ่งในแฟ้มรวมโครงการ: ผลการตรวจ หรือเหตุที่อ่านไม่ได้ (สมาชิก unreadable โดยไม่มีผลการตรวจ)
 */
export interface CheckedDocument {
  /**
   * File / แฟ้ม
   *
   * The file as the command line names it (- for standard input), followed for a project of a portfolio by its pointer, e.g. portfolio.json /projects/1.
   *
   * ชื่อแฟ้มตามบรรทัดคำสั่ง (- คืออินพุตมาตรฐาน) และสำหรับโครงการในแฟ้มรวมโครงการตามด้วยตัวชี้ตำแหน่ง
   * @example "examples/data/004-samut-prakan-2-quality-assurance.json"
   */
  readonly file: string;
  /**
   * Unreadable / อ่านไม่ได้
   *
   * Why the document could not be read, with the JSON pointer of the fault; then there are no findings.
   *
   * เหตุที่อ่านเอกสารไม่ได้ พร้อมตัวชี้ตำแหน่ง JSON ของจุดที่ผิด เมื่อมีสมาชิกนี้จะไม่มีผลการตรวจ
   * @example "unreadable: /fiscalYear: expected a whole number (ปีงบประมาณ), got a string"
   */
  readonly unreadable?: string;
  /**
   * Project / โครงการ
   *
   * The name of the project checked.
   *
   * ชื่อโครงการที่ตรวจ
   */
  readonly project?: string;
  /**
   * Fiscal year / ปีงบประมาณ
   *
   * The project's fiscal year, Buddhist era.
   *
   * ปีงบประมาณของโครงการ เป็นปีพุทธศักราช
   *
   * Checked by the schema, not by the type: an integer.
   * @example 2569
   */
  readonly fiscalYear?: number;
  /**
   * Versions / จำนวนฉบับ
   *
   * For a record document, how many versions it holds; the findings are those of the record and its current version.
   *
   * สำหรับเอกสารประวัติโครงการ จำนวนฉบับที่มี ผลการตรวจเป็นของประวัติและฉบับปัจจุบัน
   *
   * Checked by the schema, not by the type: an integer, minimum 1.
   */
  readonly versions?: number;
  /**
   * Findings / ผลการตรวจ
   *
   * What the check found in this document; empty when nothing.
   *
   * สิ่งที่การตรวจพบในเอกสารนี้ ว่างเมื่อไม่พบสิ่งใด
   */
  readonly findings?: Findings;
}

/**
 * One of (labels in both languages: {@link SeverityLabels}):
 * - `"error"`: Error / ข้อผิดพลาด
 * - `"warning"`: Warning / คำเตือน
 * - `"info"`: Information / ข้อสังเกต
 */
export type Severity =
  | "error"
  | "warning"
  | "info";

/** The English and Thai labels of every {@link Severity} value, in the schema's order. */
export const SeverityLabels: Readonly<Record<Severity, Label>> = {
  "error": { en: "Error", th: "ข้อผิดพลาด" },
  "warning": { en: "Warning", th: "คำเตือน" },
  "info": { en: "Information", th: "ข้อสังเกต" },
};

/**
 * Finding / ผลการตรวจ
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
   * รหัสของกฎที่ตรวจพบ (docs/rules.md)
   *
   * Checked by the schema, not by the type: pattern `^[A-Z][A-Z0-9_]*$`.
   * @example "BUDGET_LINE_ARITHMETIC_MISMATCH"
   */
  readonly code: string;
  /**
   * Severity / ระดับความรุนแรง
   *
   * How serious it is.
   *
   * ระดับความรุนแรง
   */
  readonly severity: Severity;
  /**
   * Path / ตำแหน่ง
   *
   * Where: a JSON pointer (RFC 6901) into the project document; the empty string is the whole project.
   *
   * ตำแหน่งในเอกสาร (JSON pointer) สตริงว่างคือทั้งโครงการ
   *
   * Checked by the schema, not by the type: pattern `^(/.*)?$`.
   * @example "/budget/activities/0/lines/2/statedAmount"
   * @example ""
   */
  readonly path: string;
  /**
   * Message / ข้อความ
   *
   * What was found, in English.
   *
   * สิ่งที่พบ เป็นภาษาอังกฤษ
   *
   * Checked by the schema, not by the type: pattern `\S`.
   */
  readonly message: string;
  /**
   * Thai message / ข้อความภาษาไทย
   *
   * What was found, in Thai.
   *
   * สิ่งที่พบ เป็นภาษาไทย
   *
   * Checked by the schema, not by the type: pattern `\S`.
   */
  readonly messageThai: string;
  /**
   * Expected / ค่าที่ควรเป็น
   *
   * The value the rule expected, as text, where there is one.
   *
   * ค่าที่กฎคาดไว้ ถ้ามี
   */
  readonly expected?: string;
  /**
   * Actual / ค่าในเอกสาร
   *
   * The value the document has, as text, where there is one.
   *
   * ค่าที่เอกสารมี ถ้ามี
   */
  readonly actual?: string;
}
