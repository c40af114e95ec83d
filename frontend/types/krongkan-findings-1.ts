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
 * What a check found in one krongkan project document: a JSON array of findings, as KrongkanJson.writeFindings writes it and as krongkan check --json prints it for each document.
 *
 * สิ่งที่การตรวจพบในเอกสารโครงการหนึ่งฉบับ: อาร์เรย์ของผลการตรวจ ตามที่ krongkan check --json พิมพ์
 */
export type FindingsDocument = readonly Finding[];

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
