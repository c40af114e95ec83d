// GENERATED from docs/krongkan-1.schema.json by frontend/scripts/generate-types.mjs: do not edit.
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
 * krongkan document, format krongkan/1 / เอกสาร krongkan รูปแบบ krongkan/1
 *
 * A Thai school-network development project (โครงการ), a portfolio of them, or the record of one project's life (its versions and history). Field names are English camelCase; money is a decimal string with two decimals; dates are ISO-8601 in the Common Era; Thai text is UTF-8.
 *
 * โครงการพัฒนาเครือข่ายโรงเรียน ชุดโครงการ หรือทะเบียนโครงการ (ฉบับและประวัติ) ชื่อสมาชิกเป็นภาษาอังกฤษแบบ camelCase จำนวนเงินเป็นสตริงทศนิยมสองตำแหน่ง วันที่ตาม ISO-8601 เป็นคริสต์ศักราช ข้อความภาษาไทยเป็น UTF-8
 *
 * The `if` of the schema picks the branch by the members present.
 */
export type KrongkanDocument =
  | RecordDocument
  | PortfolioDocument
  | ProjectDocument;

/**
 * Format / รูปแบบข้อมูล
 *
 * Format id and version.
 *
 * รหัสและรุ่นของรูปแบบข้อมูล
 */
export type Format = "krongkan/1";

/**
 * Project document / เอกสารโครงการ
 *
 * One project with the format member.
 *
 * โครงการหนึ่งโครงการ พร้อมสมาชิก format
 */
export interface ProjectDocument extends ProjectFields {
  /**
   * Format / รูปแบบข้อมูล
   *
   * Format id and version: always krongkan/1.
   *
   * รหัสและรุ่นของรูปแบบข้อมูล ต้องเป็น krongkan/1
   */
  readonly format: Format;
}

/**
 * Portfolio document / เอกสารชุดโครงการ
 *
 * Many projects.
 *
 * หลายโครงการ พร้อมสำนักงานเขต เครือข่าย และโรงเรียน
 */
export interface PortfolioDocument {
  /**
   * Format / รูปแบบข้อมูล
   *
   * Format id and version: always krongkan/1.
   *
   * รหัสและรุ่นของรูปแบบข้อมูล ต้องเป็น krongkan/1
   */
  readonly format: Format;
  /**
   * Offices / สำนักงานเขต
   *
   * District and area offices with their networks and schools (a directory: every office, network and school id once).
   *
   * สำนักงานเขตและสำนักงานเขตพื้นที่การศึกษา พร้อมเครือข่ายและโรงเรียน (แต่ละรหัสปรากฏครั้งเดียว)
   */
  readonly offices?: readonly Office[];
  /**
   * Projects / โครงการ
   *
   * The projects of the portfolio, each without a format member.
   *
   * โครงการทั้งหมดในชุดโครงการ
   */
  readonly projects: readonly Project[];
}

/**
 * Project / โครงการ
 *
 * A project inside a portfolio (no format member).
 *
 * โครงการในชุดโครงการ (ไม่มีสมาชิก format)
 */
export interface Project extends ProjectFields {
  /** Never present here. */
  readonly format?: never;
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
 * Texts / ข้อความหลายรายการ
 *
 * A list of texts that are not blank.
 *
 * รายการข้อความที่ไม่ว่าง
 */
export type Texts = readonly Text[];

/**
 * Number as written / ลำดับตามที่เขียน
 *
 * A number as the document writes it, e.g. 2.1 or 3.2.1.
 *
 * ลำดับตามที่เอกสารเขียน เช่น 2.1 หรือ 3.2.1
 * @example "2"
 * @example "2.1"
 * @example "3.2.1"
 */
export type NumberAsWritten = Text;

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
 * Month / เดือน
 *
 * ISO-8601 month in the Common Era, e.g. 2025-11.
 *
 * เดือนตาม ISO-8601 เป็นคริสต์ศักราช เช่น 2025-11
 *
 * Checked by the schema, not by the type: pattern `^[0-9]{4}-[0-9]{2}$`.
 * @example "2025-11"
 */
export type IsoMonth = string;

/**
 * Fiscal year / ปีงบประมาณ
 *
 * Fiscal year (ปีงบประมาณ), named by its Buddhist-era year: 2569 = 1 Oct 2025 – 30 Sep 2026.
 *
 * ปีงบประมาณ (พ.ศ.): 2569 คือ 1 ต.ค. 2568 – 30 ก.ย. 2569
 *
 * Checked by the schema, not by the type: an integer, minimum 2484, maximum 3000.
 * @example 2569
 */
export type FiscalYear = number;

/**
 * Contact / ผู้ติดต่อ
 *
 * A person with position and telephone.
 *
 * บุคคล ตำแหน่ง และโทรศัพท์
 */
export interface Contact {
  /**
   * Name / ชื่อ
   *
   * The person's name as written.
   *
   * ชื่อบุคคลตามที่เขียนในเอกสาร
   */
  readonly name: Text;
  /**
   * Position / ตำแหน่ง
   *
   * The person's position as written.
   *
   * ตำแหน่งตามที่เขียนในเอกสาร
   */
  readonly position?: Text;
  /**
   * Phone / โทรศัพท์
   *
   * Telephone number as written.
   *
   * หมายเลขโทรศัพท์ตามที่เขียน
   */
  readonly phone?: string;
  /**
   * Extension / ต่อ
   *
   * Telephone extension as written.
   *
   * หมายเลขโทรศัพท์ภายใน (ต่อ)
   */
  readonly extension?: string;
}

/**
 * Period / ระยะเวลา
 *
 * Start and end, inclusive: both dates or both months.
 *
 * วันเริ่มต้นและวันสิ้นสุด (นับรวม) เป็นวันทั้งคู่หรือเดือนทั้งคู่
 *
 * Checked by the schema, not by the type:
 * When `start` matches `^[0-9]{4}-[0-9]{2}$`: `start` is IsoMonth, `end` is IsoMonth; otherwise `start` is IsoDate, `end` is IsoDate.
 */
export interface Period {
  /**
   * Start / วันเริ่มต้น
   *
   * The first day or month, inclusive.
   *
   * วันหรือเดือนแรก (นับรวม)
   */
  readonly start: string;
  /**
   * End / วันสิ้นสุด
   *
   * The last day or month, inclusive.
   *
   * วันหรือเดือนสุดท้าย (นับรวม)
   */
  readonly end: string;
}

/**
 * An item of `objectives` (`$defs/projectFields`).
 */
export interface Objective {
  /**
   * Number / ข้อที่
   *
   * The objective's number as written, e.g. 1 or 2.1.
   *
   * ลำดับข้อของวัตถุประสงค์ตามที่เขียน
   */
  readonly number?: NumberAsWritten;
  /**
   * Text / ข้อความ
   *
   * The objective as written.
   *
   * วัตถุประสงค์ตามที่เขียน
   */
  readonly text: Text;
}

/**
 * A branch of an item of `targets` (`$defs/projectFields`).
 *
 * Checked by the schema, not by the type:
 * At least one of: `quantity` and `unit`; or `quantities`.
 */
export interface QuantitativeTarget {
  /**
   * Number / ข้อที่
   *
   * The target's number as written.
   *
   * ลำดับข้อของเป้าหมายตามที่เขียน
   */
  readonly number?: NumberAsWritten;
  /**
   * Kind / ประเภทเป้าหมาย
   *
   * Quantitative (เชิงปริมาณ) or qualitative (เชิงคุณภาพ).
   *
   * เป้าหมายเชิงปริมาณหรือเชิงคุณภาพ
   */
  readonly kind: "quantitative";
  /**
   * Text / ข้อความ
   *
   * The target as written.
   *
   * เป้าหมายตามที่เขียน
   */
  readonly text: Text;
  /**
   * Quantity / จำนวน
   *
   * The principal quantity.
   *
   * จำนวนหลักของเป้าหมาย
   *
   * Checked by the schema, not by the type: minimum 0.
   */
  readonly quantity?: number;
  /**
   * Unit / หน่วยนับ
   *
   * The unit of the principal quantity, e.g. คน.
   *
   * หน่วยนับของจำนวนหลัก เช่น คน
   */
  readonly unit?: Text;
  /**
   * Objective number / วัตถุประสงค์ข้อที่
   *
   * The number of the objective (วัตถุประสงค์) this target serves.
   *
   * ลำดับข้อของวัตถุประสงค์ที่เป้าหมายนี้รองรับ
   */
  readonly objectiveNumber?: NumberAsWritten;
  /**
   * Quantities / จำนวนทั้งหมด
   *
   * Every quantity the target counts, the principal one first (seed 004: 20 คน, 2 วัน, 200 ชุด). With quantity and unit, these must be the first of quantities; without them, the first of quantities is the principal quantity.
   *
   * ทุกจำนวนที่เป้าหมายนับ จำนวนหลักก่อน
   *
   * Checked by the schema, not by the type: at least 1 item(s).
   */
  readonly quantities?: readonly TargetQuantity[];
}

/**
 * A branch of an item of `targets` (`$defs/projectFields`).
 */
export interface QualitativeTarget {
  /**
   * Number / ข้อที่
   *
   * The target's number as written.
   *
   * ลำดับข้อของเป้าหมายตามที่เขียน
   */
  readonly number?: NumberAsWritten;
  /**
   * Kind / ประเภทเป้าหมาย
   *
   * Quantitative (เชิงปริมาณ) or qualitative (เชิงคุณภาพ).
   *
   * เป้าหมายเชิงปริมาณหรือเชิงคุณภาพ
   */
  readonly kind: "qualitative";
  /**
   * Text / ข้อความ
   *
   * The target as written.
   *
   * เป้าหมายตามที่เขียน
   */
  readonly text: Text;
  /**
   * Objective number / วัตถุประสงค์ข้อที่
   *
   * The number of the objective (วัตถุประสงค์) this target serves.
   *
   * ลำดับข้อของวัตถุประสงค์ที่เป้าหมายนี้รองรับ
   */
  readonly objectiveNumber?: NumberAsWritten;
}

/**
 * An item of `targets` (`$defs/projectFields`).
 */
export type Target = QuantitativeTarget | QualitativeTarget;

/**
 * Project nature / ลักษณะโครงการ
 *
 * Project nature (ลักษณะโครงการ).
 *
 * ลักษณะโครงการ: โครงการต่อเนื่อง งานประจำ และรูปแบบ
 */
export interface ProjectNature {
  /**
   * Continuing / โครงการต่อเนื่อง
   *
   * Whether the project continues a project of an earlier year.
   *
   * เป็นโครงการต่อเนื่องจากปีก่อนหรือไม่
   */
  readonly continuing: boolean;
  /**
   * Routine mission / งานตามภารกิจประจำ
   *
   * Whether the project is part of the unit's routine mission.
   *
   * เป็นงานตามภารกิจประจำหรือไม่
   */
  readonly routineMission: boolean;
  /**
   * Format / รูปแบบโครงการ
   *
   * The project's form as written, e.g. training or workshop.
   *
   * รูปแบบของโครงการตามที่เขียน
   */
  readonly format?: Text;
}

/**
 * An item of `alignments` (`$defs/projectFields`).
 */
export interface StrategicAlignment {
  /**
   * Plan / แผน
   *
   * The plan or strategy the project serves, as written.
   *
   * แผนหรือยุทธศาสตร์ที่โครงการสอดคล้อง
   */
  readonly plan: Text;
  /**
   * Code / รหัส
   *
   * The code of the linked level as written.
   *
   * รหัสของประเด็นที่สอดคล้องตามที่เขียน
   *
   * Checked by the schema, not by the type: pattern `^[0-9]+(\.[0-9]+)*$`.
   */
  readonly code?: string;
  /**
   * Labels / ข้อความ
   *
   * The labels of the linked levels as written.
   *
   * ข้อความของประเด็นที่สอดคล้อง
   */
  readonly labels?: Texts;
  /**
   * Plan id / รหัสแผน
   *
   * The plan's identifier, if given.
   *
   * รหัสของแผน ถ้ามี
   */
  readonly planId?: Text;
  /**
   * Levels / ระดับของแผน
   *
   * The linked levels of the plan, outermost first. With levels, labels (if given) must be their labels and code (if given) the code of the deepest level whose code is dot-separated numbers (Thai digits read as digits).
   *
   * ระดับของแผนที่สอดคล้อง เรียงจากระดับบนสุด
   */
  readonly levels?: readonly AlignmentLevel[];
}

/**
 * One of (labels in both languages: {@link ProjectStatusLabels}):
 * - `"draft"`: Draft / ร่าง
 * - `"proposed"`: Proposed / เสนอขออนุมัติ
 * - `"approved"`: Approved / อนุมัติแล้ว
 * - `"inProgress"`: In progress / อยู่ระหว่างดำเนินการ
 * - `"delayed"`: Delayed / ชะลอ
 * - `"cancelled"`: Cancelled / ยกเลิก
 * - `"completed"`: Completed / ดำเนินการแล้วเสร็จ
 */
export type ProjectStatus =
  | "draft"
  | "proposed"
  | "approved"
  | "inProgress"
  | "delayed"
  | "cancelled"
  | "completed";

/** The English and Thai labels of every {@link ProjectStatus} value, in the schema's order. */
export const ProjectStatusLabels: Readonly<Record<ProjectStatus, Label>> = {
  "draft": { en: "Draft", th: "ร่าง" },
  "proposed": { en: "Proposed", th: "เสนอขออนุมัติ" },
  "approved": { en: "Approved", th: "อนุมัติแล้ว" },
  "inProgress": { en: "In progress", th: "อยู่ระหว่างดำเนินการ" },
  "delayed": { en: "Delayed", th: "ชะลอ" },
  "cancelled": { en: "Cancelled", th: "ยกเลิก" },
  "completed": { en: "Completed", th: "ดำเนินการแล้วเสร็จ" },
};

/**
 * One of (labels in both languages: {@link ApprovalRoleLabels}):
 * - `"proposed"`: Proposed by / ผู้เสนอโครงการ
 * - `"endorsed"`: Endorsed by / ผู้เห็นชอบโครงการ
 * - `"approved"`: Approved by / ผู้อนุมัติโครงการ
 */
export type ApprovalRole =
  | "proposed"
  | "endorsed"
  | "approved";

/** The English and Thai labels of every {@link ApprovalRole} value, in the schema's order. */
export const ApprovalRoleLabels: Readonly<Record<ApprovalRole, Label>> = {
  "proposed": { en: "Proposed by", th: "ผู้เสนอโครงการ" },
  "endorsed": { en: "Endorsed by", th: "ผู้เห็นชอบโครงการ" },
  "approved": { en: "Approved by", th: "ผู้อนุมัติโครงการ" },
};

/**
 * An item of `approvals` (`$defs/projectFields`).
 */
export interface Approval {
  /**
   * Role / บทบาท
   *
   * Proposed (ผู้เสนอ), endorsed (ผู้เห็นชอบ) or approved (ผู้อนุมัติ).
   *
   * ผู้เสนอ ผู้เห็นชอบ หรือผู้อนุมัติ
   */
  readonly role: ApprovalRole;
  /**
   * Name / ชื่อ
   *
   * The signer's name as written.
   *
   * ชื่อผู้ลงนาม
   */
  readonly name: Text;
  /**
   * Position / ตำแหน่ง
   *
   * The signer's position as written.
   *
   * ตำแหน่งของผู้ลงนาม
   */
  readonly position?: Text;
  /**
   * Date / วันที่
   *
   * The date of the signature.
   *
   * วันที่ลงนาม
   */
  readonly date?: IsoDate;
}

/**
 * Project fields / ข้อมูลโครงการ
 *
 * The members of a project, shared by project documents and projects in portfolios and records.
 *
 * ข้อมูลของโครงการ
 */
export interface ProjectFields {
  /**
   * Format / รูปแบบข้อมูล
   *
   * Format id and version: only at the top of a document, never in a project or record inside another; the document checks its value.
   *
   * รหัสและรุ่นของรูปแบบข้อมูล มีเฉพาะที่ระดับบนสุดของเอกสาร ไม่มีในโครงการหรือทะเบียนที่อยู่ภายในเอกสารอื่น
   */
  readonly format?: unknown;
  /**
   * Project code / รหัสโครงการ
   *
   * Project code as the tracking system gives it, e.g. 50140000-3629.
   *
   * รหัสโครงการตามระบบติดตาม เช่น 50140000-3629
   * @example "50140000-3629"
   */
  readonly code?: Text;
  /**
   * Project name / ชื่อโครงการ
   *
   * Project name (ชื่อโครงการ).
   *
   * ชื่อโครงการ
   */
  readonly name: Text;
  /**
   * Fiscal year / ปีงบประมาณ
   *
   * The fiscal year of the project, Buddhist era.
   *
   * ปีงบประมาณของโครงการ (พ.ศ.)
   */
  readonly fiscalYear: FiscalYear;
  /**
   * Responsible units / หน่วยงานที่รับผิดชอบ
   *
   * Responsible unit path, outermost first (หน่วยงานที่รับผิดชอบ).
   *
   * หน่วยงานที่รับผิดชอบ เรียงจากหน่วยงานใหญ่ไปหน่วยงานย่อย
   */
  readonly responsibleUnits?: Texts;
  /**
   * Owner / ผู้รับผิดชอบโครงการ
   *
   * Person responsible (ผู้รับผิดชอบโครงการ).
   *
   * ผู้รับผิดชอบโครงการ
   */
  readonly owner?: Contact;
  /**
   * Coordinator / ผู้ประสานงาน
   *
   * Coordinator (ผู้ประสานงาน).
   *
   * ผู้ประสานงานโครงการ
   */
  readonly coordinator?: Contact;
  /**
   * Rationale / หลักการและเหตุผล
   *
   * Rationale (หลักการและเหตุผล).
   *
   * หลักการและเหตุผลของโครงการ
   */
  readonly rationale?: Text;
  /**
   * Objectives / วัตถุประสงค์
   *
   * Objectives (วัตถุประสงค์).
   *
   * วัตถุประสงค์ของโครงการ
   */
  readonly objectives?: readonly Objective[];
  /**
   * Targets / เป้าหมาย
   *
   * Targets (เป้าหมาย), quantitative (quantity and unit, or several quantities) or qualitative (text only).
   *
   * เป้าหมายเชิงปริมาณ (จำนวนและหน่วยนับ) หรือเชิงคุณภาพ (ข้อความ)
   */
  readonly targets?: readonly Target[];
  /**
   * Target groups / กลุ่มเป้าหมาย
   *
   * Target groups (กลุ่มเป้าหมาย): who the project serves, and how many.
   *
   * กลุ่มเป้าหมายที่โครงการให้บริการและจำนวน
   */
  readonly targetGroups?: readonly TargetGroup[];
  /**
   * School count / จำนวนโรงเรียน
   *
   * How many schools the project covers as the document counts them (e.g. 71 โรงเรียน); at least the distinct schools its networks name.
   *
   * จำนวนโรงเรียนที่โครงการครอบคลุมตามที่เอกสารระบุ
   *
   * Checked by the schema, not by the type: an integer, minimum 0.
   */
  readonly schoolCount?: number;
  /**
   * Agency code / รหัสหน่วยงาน
   *
   * Agency (department) code (รหัสหน่วยงาน), eight digits, e.g. 50280700; a project code such as 50140000-3629 starts with it.
   *
   * รหัสหน่วยงาน 8 หลัก เช่น 50280700
   *
   * Checked by the schema, not by the type: pattern `^[0-9]{8}$`.
   * @example "50280700"
   */
  readonly agencyCode?: string;
  /**
   * Co-owners / หน่วยงานร่วม
   *
   * Units that own the project together with the responsible unit (หน่วยงานร่วม).
   *
   * หน่วยงานที่ร่วมรับผิดชอบโครงการ
   */
  readonly coOwners?: Texts;
  /**
   * Networks / เครือข่ายโรงเรียน
   *
   * School networks or groups the project serves (เครือข่ายโรงเรียน / กลุ่มโรงเรียน).
   *
   * เครือข่ายโรงเรียนหรือกลุ่มโรงเรียนที่โครงการให้บริการ
   */
  readonly networks?: readonly Network[];
  /**
   * Project nature / ลักษณะโครงการ
   *
   * Project nature (ลักษณะโครงการ).
   *
   * ลักษณะโครงการ: โครงการต่อเนื่อง งานประจำ และรูปแบบ
   */
  readonly nature?: ProjectNature;
  /**
   * Alignments / ความสอดคล้องกับยุทธศาสตร์
   *
   * Strategic alignments (ความสอดคล้องกับยุทธศาสตร์).
   *
   * ความสอดคล้องกับแผนและยุทธศาสตร์ระดับต่าง ๆ
   */
  readonly alignments?: readonly StrategicAlignment[];
  /**
   * Planned period / ระยะเวลาดำเนินการตามแผน
   *
   * When the project is planned to run, as dates or months.
   *
   * ระยะเวลาดำเนินการตามแผน เป็นวันหรือเดือน
   */
  readonly plannedPeriod?: Period;
  /**
   * Actual period / ระยะเวลาดำเนินการจริง
   *
   * When the project actually ran, as dates or months.
   *
   * ระยะเวลาที่ดำเนินการจริง เป็นวันหรือเดือน
   */
  readonly actualPeriod?: Period;
  /**
   * Action plan / แผนปฏิบัติการ
   *
   * The action plan: steps over fiscal months.
   *
   * แผนปฏิบัติการ: ขั้นตอนการดำเนินงานรายเดือน
   */
  readonly actionPlan?: ActionPlan;
  /**
   * Progress reports / รายงานความก้าวหน้า
   *
   * Progress reports (รายงานความก้าวหน้า) in document order, which need not be date order.
   *
   * รายงานความก้าวหน้าตามลำดับในเอกสาร
   */
  readonly progressReports?: readonly ProgressReport[];
  /**
   * Location / สถานที่ดำเนินการ
   *
   * Location (สถานที่ดำเนินการ).
   *
   * สถานที่ดำเนินการ
   */
  readonly location?: Text;
  /**
   * Expected benefits / ผลที่คาดว่าจะได้รับ
   *
   * Expected benefits (ผลที่คาดว่าจะได้รับ).
   *
   * ผลที่คาดว่าจะได้รับ
   */
  readonly expectedBenefits?: Texts;
  /**
   * Monitoring and evaluation / การติดตามและประเมินผล
   *
   * Monitoring and evaluation (การติดตามและประเมินผล).
   *
   * การติดตามและประเมินผล ตามที่เขียนในเอกสาร
   */
  readonly monitoring?: Text;
  /**
   * Risk matrix / เกณฑ์การประเมินความเสี่ยง
   *
   * The risk matrix that grades the project's risks; absent means the default 5 × 5 matrix (1–3 low, 4–6 medium, 8–12 high, 15–25 very high).
   *
   * ตารางระดับความเสี่ยงที่ใช้ประเมินความเสี่ยงของโครงการ ถ้าไม่มีใช้ตาราง 5 × 5
   */
  readonly riskMatrix?: RiskMatrix;
  /**
   * Risks / ความเสี่ยงของโครงการ
   *
   * Risks (ความเสี่ยงของโครงการ) with their ratings and responses.
   *
   * ความเสี่ยงของโครงการ พร้อมระดับและการตอบสนอง
   */
  readonly risks?: readonly Risk[];
  /**
   * Indicators / ตัวชี้วัด
   *
   * Indicators (ตัวชี้วัด) with their targets and measurements.
   *
   * ตัวชี้วัดความสำเร็จ พร้อมค่าเป้าหมายและผลการวัด
   */
  readonly indicators?: readonly Indicator[];
  /**
   * Status / สถานะโครงการ
   *
   * The status of the project as the document states it.
   *
   * สถานะของโครงการตามที่เอกสารระบุ
   * @defaultValue `"draft"`
   */
  readonly status?: ProjectStatus;
  /**
   * Approvals / การลงนาม
   *
   * The signatures of the document: who proposed, endorsed and approved it.
   *
   * ผู้เสนอ ผู้เห็นชอบ และผู้อนุมัติโครงการ
   */
  readonly approvals?: readonly Approval[];
  /**
   * Budget / งบประมาณ
   *
   * The budget as approved (งบประมาณ); revisions do not replace it.
   *
   * งบประมาณตามที่ได้รับอนุมัติ
   */
  readonly budget?: Budget;
  /**
   * Budget revisions / การปรับแผนงบประมาณ
   *
   * Budget revisions (การปรับแผน), oldest first, with increasing rounds; the last one is the budget in force.
   *
   * การปรับแผนงบประมาณ เรียงจากครั้งแรก ครั้งสุดท้ายคืองบประมาณที่ใช้
   */
  readonly budgetRevisions?: readonly BudgetRevision[];
  /**
   * Ledger / การเบิกจ่ายงบประมาณ
   *
   * Money as it moved: received, disbursed, obliged, returned.
   *
   * การรับ เบิกจ่าย ก่อหนี้ผูกพัน และส่งคืนเงิน
   */
  readonly ledger?: Ledger;
  /**
   * Monitoring items / รายการติดตามและประเมินผล
   *
   * Monitoring and evaluation item by item (การติดตามและประเมินผล): method, instrument, timing, evaluator. The free-text monitoring member keeps its meaning; a document may carry either or both.
   *
   * การติดตามและประเมินผลรายข้อ: วิธีการ เครื่องมือ ระยะเวลา ผู้ประเมิน
   */
  readonly monitoringItems?: readonly MonitoringItem[];
  /**
   * Close-out / ผลการดำเนินงาน
   *
   * The close-out (ผลการดำเนินงาน): results, problems, suggestions, lessons and evidence.
   *
   * ผลการดำเนินงาน ปัญหา ข้อเสนอแนะ บทเรียน และหลักฐาน
   */
  readonly closeOut?: CloseOut;
  /**
   * Certifications / คำรับรอง
   *
   * Certifications of the whole record (คำรับรอง, e.g. ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้ …).
   *
   * คำรับรองความถูกต้องของข้อมูล
   */
  readonly certifications?: readonly Certification[];
  /**
   * Notes / หมายเหตุ
   *
   * Notes about the record, e.g. what a garbled source left out.
   *
   * หมายเหตุเกี่ยวกับข้อมูล เช่น สิ่งที่ต้นฉบับไม่ชัดเจน
   */
  readonly notes?: Texts;
}

/**
 * Target quantity / จำนวนเป้าหมาย
 *
 * One quantity of a target: how many and the unit.
 *
 * จำนวนและหน่วยนับของเป้าหมาย
 */
export interface TargetQuantity {
  /**
   * Quantity / จำนวน
   *
   * How many.
   *
   * จำนวน
   *
   * Checked by the schema, not by the type: minimum 0.
   */
  readonly quantity: number;
  /**
   * Unit / หน่วยนับ
   *
   * The unit, e.g. คน, วัน, ชุด.
   *
   * หน่วยนับ เช่น คน วัน ชุด
   */
  readonly unit: Text;
}

/**
 * Target group / กลุ่มเป้าหมาย
 *
 * Who the project serves, and how many.
 *
 * กลุ่มเป้าหมายและจำนวน
 *
 * Checked by the schema, not by the type:
 * `quantity` requires `unit`.
 * `unit` requires `quantity`.
 */
export interface TargetGroup {
  /**
   * Name / กลุ่มเป้าหมาย
   *
   * Who, as written, e.g. ครูผู้สอน.
   *
   * กลุ่มเป้าหมายตามที่เขียน เช่น ครูผู้สอน
   */
  readonly name: Text;
  /**
   * Quantity / จำนวน
   *
   * How many; needs unit.
   *
   * จำนวน ต้องมีหน่วยนับ
   *
   * Checked by the schema, not by the type: minimum 0.
   */
  readonly quantity?: number;
  /**
   * Unit / หน่วยนับ
   *
   * The unit of the quantity; needs quantity.
   *
   * หน่วยนับ ต้องมีจำนวน
   */
  readonly unit?: Text;
}

/**
 * Alignment level / ระดับของแผน
 *
 * One level of a plan: its name in the plan (ประเด็นยุทธศาสตร์, เป้าหมาย, ตัวชี้วัด, ด้าน, กลยุทธ์ …), its code as written and its label; a code or a label.
 *
 * ระดับหนึ่งของแผน: ชื่อระดับ รหัส และข้อความ
 *
 * Checked by the schema, not by the type:
 * At least one of: `code`; or `label`.
 */
export interface AlignmentLevel {
  /**
   * Level name / ชื่อระดับ
   *
   * The level's name in the plan, e.g. ประเด็นยุทธศาสตร์.
   *
   * ชื่อระดับในแผน เช่น ประเด็นยุทธศาสตร์
   */
  readonly name?: Text;
  /**
   * Code / รหัส
   *
   * The level's code as written.
   *
   * รหัสตามที่เขียน
   */
  readonly code?: Text;
  /**
   * Label / ข้อความ
   *
   * The level's label as written.
   *
   * ข้อความตามที่เขียน
   */
  readonly label?: Text;
}

/**
 * Id / รหัส
 *
 * An id: not blank, no leading or trailing white space.
 *
 * รหัส ไม่ว่าง ไม่มีช่องว่างหน้าหรือหลัง
 *
 * Checked by the schema, not by the type: pattern `^\S(.*\S)?$`.
 * @example "n1"
 * @example "school-01"
 */
export type Id = string;

/**
 * Network / เครือข่ายโรงเรียน
 *
 * A school network or group.
 *
 * เครือข่ายโรงเรียนหรือกลุ่มโรงเรียน
 */
export interface Network {
  /**
   * Network id / รหัสเครือข่าย
   *
   * The network's id, unique in the document.
   *
   * รหัสเครือข่าย ไม่ซ้ำในเอกสาร
   */
  readonly id: Id;
  /**
   * Number / ลำดับ
   *
   * The network's number as written.
   *
   * ลำดับเครือข่ายตามที่เขียน
   *
   * Checked by the schema, not by the type: an integer, minimum 1.
   */
  readonly number?: number;
  /**
   * Network name / ชื่อเครือข่าย
   *
   * The network's name as written.
   *
   * ชื่อเครือข่ายโรงเรียนตามที่เขียน
   */
  readonly name?: Text;
  /**
   * Office id / รหัสสำนักงานเขต
   *
   * The id of the office the network belongs to.
   *
   * รหัสสำนักงานเขตที่เครือข่ายสังกัด
   */
  readonly officeId: Id;
  /**
   * Coordinator school / โรงเรียนประธานเครือข่าย
   *
   * The id of the school that coordinates the network.
   *
   * รหัสโรงเรียนที่เป็นประธานเครือข่าย
   */
  readonly coordinatorSchoolId?: Id;
  /**
   * Schools / โรงเรียน
   *
   * The schools of the network.
   *
   * โรงเรียนในเครือข่าย
   */
  readonly schools?: readonly School[];
  /**
   * School count / จำนวนโรงเรียน
   *
   * How many schools the network has as the document counts them; at least the schools it names.
   *
   * จำนวนโรงเรียนในเครือข่ายตามที่เอกสารระบุ
   *
   * Checked by the schema, not by the type: an integer, minimum 0.
   */
  readonly schoolCount?: number;
}

/**
 * School / โรงเรียน
 *
 * A school with its enrolment.
 *
 * โรงเรียนและจำนวนนักเรียน
 */
export interface School {
  /**
   * School id / รหัสโรงเรียน
   *
   * The school's id, unique in the document.
   *
   * รหัสโรงเรียน ไม่ซ้ำในเอกสาร
   */
  readonly id: Id;
  /**
   * School name / ชื่อโรงเรียน
   *
   * The school's name as written.
   *
   * ชื่อโรงเรียนตามที่เขียน
   */
  readonly name: Text;
  /**
   * Enrolment / จำนวนนักเรียน
   *
   * The number of pupils.
   *
   * จำนวนนักเรียน
   *
   * Checked by the schema, not by the type: an integer, minimum 0.
   */
  readonly enrolment?: number;
  /**
   * Stated size class / ขนาดโรงเรียนตามที่ระบุ
   *
   * The school size as the document states it.
   *
   * ขนาดโรงเรียนตามที่เอกสารระบุ
   */
  readonly statedSizeClass?: SizeClass;
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
 * One of (labels in both languages: {@link OfficeKindLabels}):
 * - `"bmaDistrictOffice"`: BMA district office / สำนักงานเขต กรุงเทพมหานคร
 * - `"obecPrimaryAreaOffice"`: OBEC primary educational service area office / สำนักงานเขตพื้นที่การศึกษาประถมศึกษา
 * - `"obecSecondaryAreaOffice"`: OBEC secondary educational service area office / สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา
 * - `"other"`: Other / อื่น ๆ
 */
export type OfficeKind =
  | "bmaDistrictOffice"
  | "obecPrimaryAreaOffice"
  | "obecSecondaryAreaOffice"
  | "other";

/** The English and Thai labels of every {@link OfficeKind} value, in the schema's order. */
export const OfficeKindLabels: Readonly<Record<OfficeKind, Label>> = {
  "bmaDistrictOffice": { en: "BMA district office", th: "สำนักงานเขต กรุงเทพมหานคร" },
  "obecPrimaryAreaOffice": { en: "OBEC primary educational service area office", th: "สำนักงานเขตพื้นที่การศึกษาประถมศึกษา" },
  "obecSecondaryAreaOffice": { en: "OBEC secondary educational service area office", th: "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา" },
  "other": { en: "Other", th: "อื่น ๆ" },
};

/**
 * Office / สำนักงานเขต
 *
 * A district or area office with its networks.
 *
 * สำนักงานเขตหรือสำนักงานเขตพื้นที่การศึกษาและเครือข่ายในสังกัด
 */
export interface Office {
  /**
   * Office id / รหัสสำนักงาน
   *
   * The office's id, unique in the document.
   *
   * รหัสสำนักงาน ไม่ซ้ำในเอกสาร
   */
  readonly id: Id;
  /**
   * Office name / ชื่อสำนักงาน
   *
   * The office's name as written.
   *
   * ชื่อสำนักงานตามที่เขียน
   */
  readonly name: Text;
  /**
   * Office kind / ประเภทสำนักงาน
   *
   * Which kind of office.
   *
   * ประเภทของสำนักงาน
   */
  readonly kind: OfficeKind;
  /**
   * Networks / เครือข่ายโรงเรียน
   *
   * The networks of the office.
   *
   * เครือข่ายโรงเรียนในสังกัด
   */
  readonly networks?: readonly Network[];
}

/**
 * Decimal / ทศนิยม
 *
 * An exact decimal written plainly, without exponent, e.g. 90 or 66.666667.
 *
 * ตัวเลขทศนิยมแบบตรง ไม่มีเลขชี้กำลัง
 * @example 90
 * @example 66.666667
 */
export type Decimal = number;

/**
 * Indicator period / ช่วงเวลาของตัวชี้วัด
 *
 * A fiscal year, quarter or month: FY2569, FY2569-Q1 (Oct–Dec 2025), FY2569-M02 (Nov 2025).
 *
 * ปีงบประมาณ ไตรมาส หรือเดือน เช่น FY2569, FY2569-Q1, FY2569-M02
 *
 * Checked by the schema, not by the type: pattern `^FY[0-9]{4}(-Q[1-4]|-M(0[1-9]|1[0-2]))?$`.
 * @example "FY2569"
 * @example "FY2569-Q1"
 * @example "FY2569-M02"
 */
export type IndicatorPeriod = string;

/**
 * One of (labels in both languages: {@link RiskScoreRuleLabels}):
 * - `"product"`: Likelihood × impact / โอกาส × ผลกระทบ
 * - `"sum"`: Likelihood + impact / โอกาส + ผลกระทบ
 */
export type RiskScoreRule =
  | "product"
  | "sum";

/** The English and Thai labels of every {@link RiskScoreRule} value, in the schema's order. */
export const RiskScoreRuleLabels: Readonly<Record<RiskScoreRule, Label>> = {
  "product": { en: "Likelihood × impact", th: "โอกาส × ผลกระทบ" },
  "sum": { en: "Likelihood + impact", th: "โอกาส + ผลกระทบ" },
};

/**
 * Risk matrix / เกณฑ์การประเมินความเสี่ยง
 *
 * Likelihood and impact scales, a score rule and the levels scores fall into, by bands of scores or by an explicit grid.
 *
 * ระดับโอกาสและผลกระทบ วิธีคิดคะแนน และระดับความเสี่ยง
 *
 * Checked by the schema, not by the type:
 * Exactly one of: `bands`; or `grid`.
 */
export interface RiskMatrix {
  /**
   * Matrix name / ชื่อเกณฑ์
   *
   * The matrix's name.
   *
   * ชื่อเกณฑ์การประเมินความเสี่ยง
   */
  readonly name: Text;
  /**
   * Likelihood levels / จำนวนระดับโอกาส
   *
   * How many likelihood levels, 1 to 10; 5 unless given.
   *
   * จำนวนระดับของโอกาสที่จะเกิด (ค่าปกติ 5)
   *
   * Checked by the schema, not by the type: an integer, minimum 1, maximum 10.
   * @defaultValue `5`
   */
  readonly likelihoodLevels?: number;
  /**
   * Impact levels / จำนวนระดับผลกระทบ
   *
   * How many impact levels, 1 to 10; 5 unless given.
   *
   * จำนวนระดับของผลกระทบ (ค่าปกติ 5)
   *
   * Checked by the schema, not by the type: an integer, minimum 1, maximum 10.
   * @defaultValue `5`
   */
  readonly impactLevels?: number;
  /**
   * Score rule / วิธีคิดคะแนน
   *
   * How a score is made of likelihood and impact: product unless given.
   *
   * วิธีคำนวณคะแนนจากโอกาสและผลกระทบ (ค่าปกติ คูณ)
   * @defaultValue `"product"`
   */
  readonly scoreRule?: RiskScoreRule;
  /**
   * Levels / ระดับความเสี่ยง
   *
   * The levels, lowest first.
   *
   * ระดับความเสี่ยง เรียงจากต่ำไปสูง
   *
   * Checked by the schema, not by the type: at least 1 item(s).
   */
  readonly levels: readonly RiskLevel[];
  /**
   * Bands / ช่วงคะแนน
   *
   * The score ranges of the levels.
   *
   * ช่วงคะแนนของแต่ละระดับความเสี่ยง
   *
   * Checked by the schema, not by the type: at least 1 item(s).
   */
  readonly bands?: readonly RiskBand[];
  /**
   * Grid / ตารางระดับความเสี่ยง
   *
   * One row per likelihood from 1 up; in each, the englishLabel of the level of each impact from 1 up.
   *
   * ระดับความเสี่ยงของทุกช่องในตาราง โอกาส × ผลกระทบ
   *
   * Checked by the schema, not by the type: at least 1 item(s).
   * @example [["low","low","medium"],["low","medium","high"],["medium","high","high"]]
   */
  readonly grid?: readonly (readonly Text[])[];
}

/**
 * Risk level / ระดับความเสี่ยง
 *
 * A level of the risk matrix.
 *
 * ระดับความเสี่ยงของเกณฑ์
 */
export interface RiskLevel {
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
   * Other labels / ชื่อเรียกอื่น
   *
   * Other words documents use for the level.
   *
   * คำอื่นที่เอกสารใช้เรียกระดับนี้
   */
  readonly otherLabels?: Texts;
  /**
   * Colour / สี
   *
   * The level's colour, as a name or #rrggbb.
   *
   * สีของระดับความเสี่ยง
   *
   * Checked by the schema, not by the type: pattern `^(#[0-9a-fA-F]{6}|[a-z]+)$`.
   * @example "red"
   * @example "#ff0000"
   */
  readonly colour: string;
  /**
   * Requires response / ต้องมีการตอบสนอง
   *
   * Whether a risk at this level needs a response.
   *
   * ความเสี่ยงระดับนี้ต้องมีแนวทางตอบสนองหรือไม่
   * @defaultValue `false`
   */
  readonly requiresResponse?: boolean;
}

/**
 * Risk band / ช่วงคะแนนความเสี่ยง
 *
 * The scores that fall into one level.
 *
 * ช่วงคะแนนของระดับความเสี่ยง
 */
export interface RiskBand {
  /**
   * Level / ระดับ
   *
   * The englishLabel of one of the matrix's levels.
   *
   * ชื่อภาษาอังกฤษของระดับความเสี่ยง
   */
  readonly level: Text;
  /**
   * Minimum score / คะแนนต่ำสุด
   *
   * The lowest score of the band.
   *
   * คะแนนต่ำสุดของช่วง
   *
   * Checked by the schema, not by the type: an integer, minimum 1.
   */
  readonly minScore: number;
  /**
   * Maximum score / คะแนนสูงสุด
   *
   * The highest score of the band.
   *
   * คะแนนสูงสุดของช่วง
   *
   * Checked by the schema, not by the type: an integer, minimum 1.
   */
  readonly maxScore: number;
}

/**
 * Risk rating / การประเมินความเสี่ยง
 *
 * Likelihood and impact of a risk.
 *
 * โอกาสที่จะเกิดและผลกระทบของความเสี่ยง
 */
export interface RiskRating {
  /**
   * Likelihood / โอกาสที่จะเกิด
   *
   * The likelihood level, from 1.
   *
   * ระดับโอกาสที่จะเกิด เริ่มที่ 1
   *
   * Checked by the schema, not by the type: an integer, minimum 1, maximum 10.
   */
  readonly likelihood: number;
  /**
   * Impact / ผลกระทบ
   *
   * The impact level, from 1.
   *
   * ระดับผลกระทบ เริ่มที่ 1
   *
   * Checked by the schema, not by the type: an integer, minimum 1, maximum 10.
   */
  readonly impact: number;
  /**
   * Stated level / ระดับความเสี่ยงตามที่ระบุ
   *
   * The level as the document writes it, e.g. 2 (น้อย).
   *
   * ระดับความเสี่ยงตามที่เอกสารเขียน
   * @example "2 (น้อย)"
   */
  readonly statedLevel?: Text;
}

/**
 * One of (labels in both languages: {@link RiskResponseLabels}):
 * - `"accept"`: Accept / ยอมรับ
 * - `"reduce"`: Reduce / ลด/ควบคุม
 * - `"transfer"`: Transfer / ถ่ายโอน/กระจาย
 * - `"avoid"`: Avoid / หลีกเลี่ยง/ยกเลิกกิจกรรม
 */
export type RiskResponse =
  | "accept"
  | "reduce"
  | "transfer"
  | "avoid";

/** The English and Thai labels of every {@link RiskResponse} value, in the schema's order. */
export const RiskResponseLabels: Readonly<Record<RiskResponse, Label>> = {
  "accept": { en: "Accept", th: "ยอมรับ" },
  "reduce": { en: "Reduce", th: "ลด/ควบคุม" },
  "transfer": { en: "Transfer", th: "ถ่ายโอน/กระจาย" },
  "avoid": { en: "Avoid", th: "หลีกเลี่ยง/ยกเลิกกิจกรรม" },
};

/**
 * Risk / ความเสี่ยง
 *
 * A risk with its ratings and response.
 *
 * ความเสี่ยง ระดับ และการตอบสนอง
 */
export interface Risk {
  /**
   * Number / ลำดับ
   *
   * The risk's number as written.
   *
   * ลำดับความเสี่ยง
   */
  readonly number?: NumberAsWritten;
  /**
   * Risk / ความเสี่ยง
   *
   * The risk as written.
   *
   * ความเสี่ยงตามที่เขียน
   */
  readonly description: Text;
  /**
   * Inherent rating / ระดับความเสี่ยงก่อนการควบคุม
   *
   * Likelihood and impact before any response.
   *
   * โอกาสและผลกระทบก่อนการควบคุม
   */
  readonly inherent?: RiskRating;
  /**
   * Current rating / ระดับความเสี่ยงปัจจุบัน
   *
   * Likelihood and impact now.
   *
   * โอกาสและผลกระทบในปัจจุบัน
   */
  readonly current?: RiskRating;
  /**
   * Residual rating / ความเสี่ยงที่เหลืออยู่
   *
   * Likelihood and impact after the response.
   *
   * โอกาสและผลกระทบหลังการตอบสนอง
   */
  readonly residual?: RiskRating;
  /**
   * Response / การตอบสนองความเสี่ยง
   *
   * How the risk is answered.
   *
   * แนวทางตอบสนองความเสี่ยง
   */
  readonly response?: RiskResponse;
  /**
   * Response as written / แนวทางการบริหารความเสี่ยง
   *
   * The response as written.
   *
   * แนวทางการบริหารความเสี่ยงตามที่เขียน
   */
  readonly responseText?: Text;
}

/**
 * One of (labels in both languages: {@link FormulaKindLabels}):
 * - `"ratio"`: Ratio / อัตราส่วน
 * - `"count"`: Count / การนับ
 * - `"mean"`: Mean / ค่าเฉลี่ย
 * - `"change"`: Change / การเปลี่ยนแปลง
 */
export type FormulaKind =
  | "ratio"
  | "count"
  | "mean"
  | "change";

/** The English and Thai labels of every {@link FormulaKind} value, in the schema's order. */
export const FormulaKindLabels: Readonly<Record<FormulaKind, Label>> = {
  "ratio": { en: "Ratio", th: "อัตราส่วน" },
  "count": { en: "Count", th: "การนับ" },
  "mean": { en: "Mean", th: "ค่าเฉลี่ย" },
  "change": { en: "Change", th: "การเปลี่ยนแปลง" },
};

/**
 * One of (labels in both languages: {@link ChangeBasisLabels}):
 * - `"relative"`: Relative (percent of the baseline) / ร้อยละของค่าฐาน
 * - `"absolute"`: Absolute / ค่าสัมบูรณ์
 */
export type ChangeBasis =
  | "relative"
  | "absolute";

/** The English and Thai labels of every {@link ChangeBasis} value, in the schema's order. */
export const ChangeBasisLabels: Readonly<Record<ChangeBasis, Label>> = {
  "relative": { en: "Relative (percent of the baseline)", th: "ร้อยละของค่าฐาน" },
  "absolute": { en: "Absolute", th: "ค่าสัมบูรณ์" },
};

/**
 * Formula / สูตรการคำนวณ
 *
 * How an indicator's value is computed.
 *
 * วิธีคำนวณค่าของตัวชี้วัด
 *
 * Checked by the schema, not by the type:
 * When `kind` is `"change"`: `changeBasis` required; otherwise no `changeBasis`.
 */
export interface Formula {
  /**
   * Formula kind / ประเภทสูตร
   *
   * Ratio, count, mean or change.
   *
   * อัตราส่วน การนับ ค่าเฉลี่ย หรือการเปลี่ยนแปลง
   */
  readonly kind: FormulaKind;
  /**
   * Factor / ตัวคูณ
   *
   * Ratio only: numerator × factor / denominator; 100 unless given.
   *
   * ตัวคูณของอัตราส่วน (ค่าปกติ 100)
   *
   * Checked by the schema, not by the type: greater than 0.
   */
  readonly factor?: number;
  /**
   * Change basis / ฐานการเปลี่ยนแปลง
   *
   * Change only: relative (percent of the baseline) or absolute.
   *
   * เฉพาะการเปลี่ยนแปลง: เทียบเป็นร้อยละของค่าฐานหรือเป็นค่าสัมบูรณ์
   */
  readonly changeBasis?: ChangeBasis;
  /**
   * Formula as written / สูตรการคำนวณ
   *
   * The formula as written.
   *
   * สูตรการคำนวณตามที่เขียน
   */
  readonly text?: Text;
  /**
   * Numerator / ตัวตั้ง
   *
   * What the numerator counts.
   *
   * สิ่งที่ตัวตั้งนับ
   */
  readonly numeratorLabel?: Text;
  /**
   * Denominator / ตัวหาร
   *
   * What the denominator counts.
   *
   * สิ่งที่ตัวหารนับ
   */
  readonly denominatorLabel?: Text;
}

/**
 * Indicator target / ค่าเป้าหมายของตัวชี้วัด
 *
 * A target value for a period.
 *
 * ค่าเป้าหมายของช่วงเวลา
 */
export interface IndicatorTarget {
  /**
   * Period / ช่วงเวลา
   *
   * The period of the target.
   *
   * ช่วงเวลาของค่าเป้าหมาย
   */
  readonly period?: IndicatorPeriod;
  /**
   * Target value / ค่าเป้าหมาย
   *
   * The target value.
   *
   * ค่าเป้าหมาย
   */
  readonly value: Decimal;
}

/**
 * Measurement / ผลการวัด
 *
 * A measured or reported value of an indicator.
 *
 * ค่าที่วัดหรือรายงานของตัวชี้วัด
 */
export interface Measurement {
  /**
   * Period / ช่วงเวลา
   *
   * The period measured.
   *
   * ช่วงเวลาที่วัด
   */
  readonly period?: IndicatorPeriod;
  /**
   * Subject id / รหัสผู้ถูกวัด
   *
   * The id of the school or network measured, if one.
   *
   * รหัสโรงเรียนหรือเครือข่ายที่ถูกวัด
   */
  readonly subjectId?: Id;
  /**
   * Numerator / ตัวตั้ง
   *
   * The counted numerator.
   *
   * ค่าตัวตั้ง
   *
   * Checked by the schema, not by the type: minimum 0.
   */
  readonly numerator?: number;
  /**
   * Denominator / ตัวหาร
   *
   * The counted denominator.
   *
   * ค่าตัวหาร
   *
   * Checked by the schema, not by the type: minimum 0.
   */
  readonly denominator?: number;
  /**
   * Reported value / ผลการดำเนินงานที่รายงาน
   *
   * The value as reported.
   *
   * ค่าที่รายงาน
   */
  readonly reportedValue?: Decimal;
  /**
   * Reported text / ผลการดำเนินงาน (ข้อความ)
   *
   * The result as written.
   *
   * ผลการวัดตามที่เขียน
   */
  readonly reportedText?: Text;
  /**
   * Date / วันที่
   *
   * When it was measured.
   *
   * วันที่วัด
   */
  readonly date?: IsoDate;
  /**
   * Note / หมายเหตุ
   *
   * A note on the measurement.
   *
   * หมายเหตุของการวัด
   */
  readonly note?: Text;
}

/**
 * One of (labels in both languages: {@link IndicatorTypeLabels}):
 * - `"output"`: Output / ผลผลิต
 * - `"outcome"`: Outcome / ผลลัพธ์
 * - `"impact"`: Impact / ผลกระทบ
 * - `"routine"`: Routine / งานประจำ
 */
export type IndicatorType =
  | "output"
  | "outcome"
  | "impact"
  | "routine";

/** The English and Thai labels of every {@link IndicatorType} value, in the schema's order. */
export const IndicatorTypeLabels: Readonly<Record<IndicatorType, Label>> = {
  "output": { en: "Output", th: "ผลผลิต" },
  "outcome": { en: "Outcome", th: "ผลลัพธ์" },
  "impact": { en: "Impact", th: "ผลกระทบ" },
  "routine": { en: "Routine", th: "งานประจำ" },
};

/**
 * One of (labels in both languages: {@link MeasureLabels}):
 * - `"count"`: Count / จำนวน
 * - `"percentage"`: Percentage / ร้อยละ
 * - `"nominal"`: Nominal / นามบัญญัติ
 * - `"ordinalLevel"`: Ordinal level / ระดับ
 * - `"qualitative"`: Qualitative / เชิงคุณภาพ
 */
export type Measure =
  | "count"
  | "percentage"
  | "nominal"
  | "ordinalLevel"
  | "qualitative";

/** The English and Thai labels of every {@link Measure} value, in the schema's order. */
export const MeasureLabels: Readonly<Record<Measure, Label>> = {
  "count": { en: "Count", th: "จำนวน" },
  "percentage": { en: "Percentage", th: "ร้อยละ" },
  "nominal": { en: "Nominal", th: "นามบัญญัติ" },
  "ordinalLevel": { en: "Ordinal level", th: "ระดับ" },
  "qualitative": { en: "Qualitative", th: "เชิงคุณภาพ" },
};

/**
 * One of (labels in both languages: {@link IndicatorUnitLabels}):
 * - `"percent"`: Percent / ร้อยละ
 * - `"count"`: Count / จำนวน
 * - `"persons"`: Persons / คน
 * - `"score"`: Score / คะแนน
 * - `"baht"`: Baht / บาท
 */
export type IndicatorUnit =
  | "percent"
  | "count"
  | "persons"
  | "score"
  | "baht";

/** The English and Thai labels of every {@link IndicatorUnit} value, in the schema's order. */
export const IndicatorUnitLabels: Readonly<Record<IndicatorUnit, Label>> = {
  "percent": { en: "Percent", th: "ร้อยละ" },
  "count": { en: "Count", th: "จำนวน" },
  "persons": { en: "Persons", th: "คน" },
  "score": { en: "Score", th: "คะแนน" },
  "baht": { en: "Baht", th: "บาท" },
};

/**
 * One of (labels in both languages: {@link DirectionLabels}):
 * - `"atLeast"`: At least / ไม่น้อยกว่า
 * - `"atMost"`: At most / ไม่เกิน
 * - `"exactly"`: Exactly / เท่ากับ
 * - `"reduceByAtLeast"`: Reduce by at least / ลดลงอย่างน้อย
 * - `"increaseByAtLeast"`: Increase by at least / เพิ่มขึ้นอย่างน้อย
 */
export type Direction =
  | "atLeast"
  | "atMost"
  | "exactly"
  | "reduceByAtLeast"
  | "increaseByAtLeast";

/** The English and Thai labels of every {@link Direction} value, in the schema's order. */
export const DirectionLabels: Readonly<Record<Direction, Label>> = {
  "atLeast": { en: "At least", th: "ไม่น้อยกว่า" },
  "atMost": { en: "At most", th: "ไม่เกิน" },
  "exactly": { en: "Exactly", th: "เท่ากับ" },
  "reduceByAtLeast": { en: "Reduce by at least", th: "ลดลงอย่างน้อย" },
  "increaseByAtLeast": { en: "Increase by at least", th: "เพิ่มขึ้นอย่างน้อย" },
};

/**
 * One of (labels in both languages: {@link AccumulationLabels}):
 * - `"cumulative"`: Cumulative / สะสม
 * - `"perPeriod"`: Per period / รายงวด
 */
export type Accumulation =
  | "cumulative"
  | "perPeriod";

/** The English and Thai labels of every {@link Accumulation} value, in the schema's order. */
export const AccumulationLabels: Readonly<Record<Accumulation, Label>> = {
  "cumulative": { en: "Cumulative", th: "สะสม" },
  "perPeriod": { en: "Per period", th: "รายงวด" },
};

/**
 * One of (labels in both languages: {@link InstrumentLabels}):
 * - `"questionnaire"`: Questionnaire / แบบสอบถาม
 * - `"supervision"`: Supervision / การนิเทศ
 * - `"observation"`: Observation / แบบสังเกต
 * - `"interview"`: Interview / แบบสัมภาษณ์
 * - `"test"`: Test / แบบทดสอบ
 * - `"record"`: Record form / แบบบันทึก
 * - `"report"`: Report / รายงาน
 * - `"other"`: Other / อื่น ๆ
 */
export type Instrument =
  | "questionnaire"
  | "supervision"
  | "observation"
  | "interview"
  | "test"
  | "record"
  | "report"
  | "other";

/** The English and Thai labels of every {@link Instrument} value, in the schema's order. */
export const InstrumentLabels: Readonly<Record<Instrument, Label>> = {
  "questionnaire": { en: "Questionnaire", th: "แบบสอบถาม" },
  "supervision": { en: "Supervision", th: "การนิเทศ" },
  "observation": { en: "Observation", th: "แบบสังเกต" },
  "interview": { en: "Interview", th: "แบบสัมภาษณ์" },
  "test": { en: "Test", th: "แบบทดสอบ" },
  "record": { en: "Record form", th: "แบบบันทึก" },
  "report": { en: "Report", th: "รายงาน" },
  "other": { en: "Other", th: "อื่น ๆ" },
};

/**
 * Indicator / ตัวชี้วัด
 *
 * An indicator (ตัวชี้วัด) with its targets and measurements.
 *
 * ตัวชี้วัดความสำเร็จ พร้อมค่าเป้าหมายและผลการวัด
 */
export interface Indicator {
  /**
   * Number / ลำดับ
   *
   * The indicator's number as written.
   *
   * ลำดับตัวชี้วัด
   */
  readonly number?: NumberAsWritten;
  /**
   * Indicator / ตัวชี้วัด
   *
   * The indicator as written.
   *
   * ตัวชี้วัดตามที่เขียน
   */
  readonly name: Text;
  /**
   * Type / ประเภทตัวชี้วัด
   *
   * Output, outcome, impact or routine.
   *
   * ผลผลิต ผลลัพธ์ ผลกระทบ หรืองานประจำ
   */
  readonly type?: IndicatorType;
  /**
   * Types / ประเภทตัวชี้วัด
   *
   * Every type of an indicator of several types (seed 002: routine and output); type, if given, is one of them, and without type the first in the order output, outcome, impact, routine is the principal type.
   *
   * ทุกประเภทของตัวชี้วัดที่มีหลายประเภท
   *
   * Checked by the schema, not by the type: at least 1 item(s), no duplicates.
   */
  readonly types?: readonly IndicatorType[];
  /**
   * Measure / ลักษณะการวัด
   *
   * What kind of value it measures.
   *
   * ลักษณะของค่าที่วัด
   */
  readonly measure: Measure;
  /**
   * Unit / หน่วยนับ
   *
   * The unit of its values.
   *
   * หน่วยนับของค่า
   */
  readonly unit?: IndicatorUnit;
  /**
   * Unit as written / หน่วยนับ (ข้อความ)
   *
   * The unit as written.
   *
   * หน่วยนับตามที่เขียน
   */
  readonly unitText?: Text;
  /**
   * Formula / สูตรการคำนวณ
   *
   * How the value is computed.
   *
   * วิธีคำนวณค่า
   */
  readonly formula?: Formula;
  /**
   * Direction / ทิศทางของค่าเป้าหมาย
   *
   * How a value meets the target.
   *
   * ค่าที่บรรลุเป้าหมาย เช่น ไม่น้อยกว่า
   */
  readonly direction?: Direction;
  /**
   * Accumulation / การสะสม
   *
   * Whether values are cumulative or per period.
   *
   * ค่าเป็นค่าสะสมหรือรายงวด
   * @defaultValue `"cumulative"`
   */
  readonly accumulation?: Accumulation;
  /**
   * Targets / ค่าเป้าหมาย
   *
   * Target values by period.
   *
   * ค่าเป้าหมายตามช่วงเวลา
   */
  readonly targets?: readonly IndicatorTarget[];
  /**
   * Target as written / ค่าเป้าหมาย (ข้อความ)
   *
   * The target as written.
   *
   * ค่าเป้าหมายตามที่เขียน
   */
  readonly targetText?: Text;
  /**
   * Baseline / ค่าฐาน
   *
   * The baseline value.
   *
   * ค่าฐาน
   */
  readonly baseline?: Decimal;
  /**
   * Baseline period / ช่วงเวลาของค่าฐาน
   *
   * The period of the baseline.
   *
   * ช่วงเวลาของค่าฐาน
   */
  readonly baselinePeriod?: IndicatorPeriod;
  /**
   * Instrument / เครื่องมือ
   *
   * The measuring instrument.
   *
   * เครื่องมือที่ใช้วัด
   */
  readonly instrument?: Instrument;
  /**
   * Instrument as written / เครื่องมือ (ข้อความ)
   *
   * The instrument as written.
   *
   * เครื่องมือตามที่เขียน
   */
  readonly instrumentText?: Text;
  /**
   * Timeframe / ระยะเวลา
   *
   * When it is measured, as written.
   *
   * ระยะเวลาการวัดตามที่เขียน
   */
  readonly timeframe?: Text;
  /**
   * Linked target / เป้าหมายข้อที่
   *
   * The number of the project target this indicator measures.
   *
   * ลำดับข้อของเป้าหมายโครงการที่ตัวชี้วัดนี้วัด
   */
  readonly linkedTargetNumber?: NumberAsWritten;
  /**
   * Measurements / ผลการวัด
   *
   * The measured or reported values.
   *
   * ผลการวัดหรือผลที่รายงาน
   */
  readonly measurements?: readonly Measurement[];
}

/**
 * Money / จำนวนเงิน
 *
 * An amount in baht as a plain decimal string with at most two decimals, e.g. "90000.00".
 *
 * จำนวนเงิน (บาท) เป็นสตริงทศนิยมไม่เกินสองตำแหน่ง
 *
 * Checked by the schema, not by the type: pattern `^-?[0-9]{1,16}(\.[0-9]{1,2})?$`.
 * @example "90000.00"
 * @example "-1500.00"
 */
export type Money = string;

/**
 * Money, not negative / จำนวนเงิน (ไม่ติดลบ)
 *
 * An amount in baht, not negative, e.g. "90000.00".
 *
 * จำนวนเงิน (บาท) ไม่ติดลบ
 *
 * Checked by the schema, not by the type: pattern `^[0-9]{1,16}(\.[0-9]{1,2})?$`.
 * @example "90000.00"
 * @example "0.00"
 */
export type NonNegativeMoney = string;

/**
 * Money, positive / จำนวนเงิน (มากกว่าศูนย์)
 *
 * An amount in baht greater than zero, e.g. "20000.00".
 *
 * จำนวนเงิน (บาท) มากกว่าศูนย์
 *
 * Checked by the schema, not by the type: pattern `^(0*[1-9][0-9]{0,15}(\.[0-9]{1,2})?|0+\.(0[1-9]|[1-9][0-9]?))$`.
 * @example "20000.00"
 */
export type PositiveMoney = string;

/**
 * Rate kind / ประเภทอัตรา
 *
 * A rate kind for the rate-ceiling check, e.g. snacksGovernmentVenue.
 *
 * ประเภทอัตราสำหรับตรวจอัตราสูงสุด
 *
 * Checked by the schema, not by the type: pattern `^[A-Za-z][A-Za-z0-9_.-]*$`.
 * @example "snacksGovernmentVenue"
 */
export type RateKind = string;

/**
 * An item of `plannedDisbursements` (`$defs/budget`).
 */
export interface PlannedDisbursement {
  /**
   * Month / เดือน
   *
   * The month.
   *
   * เดือน
   */
  readonly month: IsoMonth;
  /**
   * Amount / จำนวนเงิน
   *
   * The amount planned for the month.
   *
   * จำนวนเงินตามแผนของเดือน
   */
  readonly amount: NonNegativeMoney;
}

/**
 * Budget / งบประมาณ
 *
 * A budget (งบประมาณ): activities with expense lines, stated totals, money received, allocations and the monthly plan.
 *
 * งบประมาณ: กิจกรรม รายการค่าใช้จ่าย ยอดรวม เงินที่ได้รับ การจัดสรร และแผนการเบิกจ่าย
 */
export interface Budget {
  /**
   * Source / แหล่งงบประมาณ
   *
   * Source of the money (แหล่งงบประมาณ).
   *
   * แหล่งงบประมาณ
   */
  readonly source?: BudgetSource;
  /**
   * Activities / กิจกรรม
   *
   * The activities with their expense lines.
   *
   * กิจกรรมพร้อมรายการค่าใช้จ่าย
   */
  readonly activities?: readonly BudgetActivity[];
  /**
   * Stated total / รวมเป็นเงิน
   *
   * The total as written (รวม).
   *
   * ยอดรวมตามที่เขียน
   */
  readonly statedTotal?: NonNegativeMoney;
  /**
   * Amount in words / จำนวนเงินตัวอักษร
   *
   * The total in Thai words as written, e.g. (เก้าหมื่นบาทถ้วน).
   *
   * ยอดรวมเป็นตัวอักษรตามที่เขียน
   * @example "(เก้าหมื่นบาทถ้วน)"
   */
  readonly amountInWords?: Text;
  /**
   * Received amount / งบประมาณที่ได้รับ
   *
   * Money received or allocated to the project (งบประมาณที่ได้รับ).
   *
   * งบประมาณที่ได้รับหรือได้รับจัดสรร
   */
  readonly receivedAmount?: NonNegativeMoney;
  /**
   * Allocations / การจัดสรร
   *
   * Totals split among school groups or networks.
   *
   * การจัดสรรเงินให้กลุ่มโรงเรียนหรือเครือข่าย
   */
  readonly allocations?: readonly Allocation[];
  /**
   * Planned disbursements / แผนการเบิกจ่าย
   *
   * Planned disbursement by month, each month once.
   *
   * แผนการเบิกจ่ายรายเดือน
   */
  readonly plannedDisbursements?: readonly PlannedDisbursement[];
  /**
   * Funding sources / แหล่งงบประมาณ
   *
   * The funding sources with the amount each gives (e.g. plan budget 120,000 / OBEC blank / other -); FUNDING_SOURCES_MISMATCH compares their sum with the budget's total.
   *
   * แหล่งงบประมาณพร้อมจำนวนเงินของแต่ละแหล่ง
   */
  readonly fundingSources?: readonly BudgetSource[];
}

/**
 * Budget activity / กิจกรรม
 *
 * An activity (กิจกรรม) with its expense lines.
 *
 * กิจกรรมพร้อมรายการค่าใช้จ่าย
 */
export interface BudgetActivity {
  /**
   * Number / กิจกรรมที่
   *
   * The number the document gives the activity; action steps name it in activityNumber.
   *
   * ลำดับกิจกรรม
   */
  readonly number?: NumberAsWritten;
  /**
   * Activity / กิจกรรม
   *
   * The activity's name as written.
   *
   * ชื่อกิจกรรม
   */
  readonly name: Text;
  /**
   * Target group / กลุ่มเป้าหมาย
   *
   * Who the activity serves, as written.
   *
   * กลุ่มเป้าหมายของกิจกรรม
   */
  readonly targetGroup?: Text;
  /**
   * Expense lines / รายการค่าใช้จ่าย
   *
   * The expense lines.
   *
   * รายการค่าใช้จ่าย
   */
  readonly lines?: readonly BudgetLine[];
  /**
   * Stated subtotal / รวมกิจกรรม
   *
   * The activity's subtotal as written.
   *
   * ยอดรวมของกิจกรรมตามที่เขียน
   */
  readonly statedSubtotal?: NonNegativeMoney;
}

/**
 * One of (labels in both languages: {@link BudgetCategoryLabels}):
 * - `"materials"`: Materials / ค่าวัสดุ
 * - `"remuneration"`: Remuneration / ค่าตอบแทน
 * - `"expenses"`: Expenses / ค่าใช้สอย
 * - `"other"`: Other / อื่น ๆ
 */
export type BudgetCategory =
  | "materials"
  | "remuneration"
  | "expenses"
  | "other";

/** The English and Thai labels of every {@link BudgetCategory} value, in the schema's order. */
export const BudgetCategoryLabels: Readonly<Record<BudgetCategory, Label>> = {
  "materials": { en: "Materials", th: "ค่าวัสดุ" },
  "remuneration": { en: "Remuneration", th: "ค่าตอบแทน" },
  "expenses": { en: "Expenses", th: "ค่าใช้สอย" },
  "other": { en: "Other", th: "อื่น ๆ" },
};

/**
 * An item of `factors` (`$defs/budgetLine`).
 */
export interface QuantityFactor {
  /**
   * Count / จำนวน
   *
   * How many.
   *
   * จำนวน
   *
   * Checked by the schema, not by the type: minimum 0.
   */
  readonly count: number;
  /**
   * Unit / หน่วยนับ
   *
   * The unit, e.g. คน or มื้อ.
   *
   * หน่วยนับ เช่น คน มื้อ
   */
  readonly unit: Text;
}

/**
 * Expense line / รายการค่าใช้จ่าย
 *
 * An expense line (รายการค่าใช้จ่าย): unit cost × factors, or a lump sum (statedAmount only).
 *
 * รายการค่าใช้จ่าย: อัตรา × จำนวน หรือเงินก้อน
 *
 * Checked by the schema, not by the type:
 * At least one of: `unitCost`; or `statedAmount` without `factors`.
 */
export interface BudgetLine {
  /**
   * Item / รายการ
   *
   * What the money buys, as written.
   *
   * รายการค่าใช้จ่าย
   */
  readonly item?: Text;
  /**
   * Category / หมวดรายจ่าย
   *
   * The expense category.
   *
   * หมวดรายจ่าย
   */
  readonly category?: BudgetCategory;
  /**
   * Unit cost / อัตรา
   *
   * The cost of one unit.
   *
   * ค่าใช้จ่ายต่อหน่วย
   */
  readonly unitCost?: NonNegativeMoney;
  /**
   * Factors / ตัวคูณ
   *
   * The counts the unit cost is multiplied by, e.g. 20 คน × 2 มื้อ.
   *
   * จำนวนที่คูณกับอัตรา เช่น 20 คน × 2 มื้อ
   */
  readonly factors?: readonly QuantityFactor[];
  /**
   * Stated amount / จำนวนเงิน
   *
   * The line's amount as written.
   *
   * จำนวนเงินตามที่เขียน
   */
  readonly statedAmount?: NonNegativeMoney;
  /**
   * Legal reference / ระเบียบอ้างอิง
   *
   * The regulation the rate follows, as written.
   *
   * ระเบียบหรือหนังสือที่อ้างอิง
   */
  readonly legalReference?: Text;
  /**
   * Rate kind / ประเภทอัตรา
   *
   * The rate kind whose ceiling applies.
   *
   * ประเภทอัตราที่ใช้ตรวจเพดาน
   */
  readonly rateKind?: RateKind;
}

/**
 * An item of `shares` (`$defs/allocation`).
 *
 * Checked by the schema, not by the type:
 * At least one of: `networkId`; or `name`.
 */
export interface AllocationShare {
  /**
   * Network id / รหัสเครือข่าย
   *
   * The id of one of the project's networks.
   *
   * รหัสเครือข่ายของโครงการ
   */
  readonly networkId?: Id;
  /**
   * Name / ชื่อ
   *
   * Who, by name as written.
   *
   * ชื่อผู้ได้รับตามที่เขียน
   */
  readonly name?: Text;
  /**
   * Amount / จำนวนเงิน
   *
   * The share.
   *
   * จำนวนเงินที่ได้รับ
   */
  readonly amount: NonNegativeMoney;
}

/**
 * Allocation / การจัดสรร
 *
 * A total split among school groups or networks (จัดสรร).
 *
 * ยอดเงินที่จัดสรรให้กลุ่มโรงเรียนหรือเครือข่าย
 */
export interface Allocation {
  /**
   * Description / รายละเอียด
   *
   * What is allocated, as written.
   *
   * สิ่งที่จัดสรร
   */
  readonly description?: Text;
  /**
   * Total / รวม
   *
   * The total allocated.
   *
   * ยอดรวมที่จัดสรร
   */
  readonly total: NonNegativeMoney;
  /**
   * Shares / ส่วนแบ่ง
   *
   * Who gets how much.
   *
   * ผู้ได้รับและจำนวนเงิน
   *
   * Checked by the schema, not by the type: at least 1 item(s).
   */
  readonly shares: readonly AllocationShare[];
}

/**
 * Budget revision / การปรับแผนงบประมาณ
 *
 * One revision of the budget.
 *
 * การปรับแผนงบประมาณหนึ่งครั้ง
 */
export interface BudgetRevision {
  /**
   * Round / ครั้งที่
   *
   * The revision's round, increasing.
   *
   * ครั้งที่ของการปรับแผน
   *
   * Checked by the schema, not by the type: an integer, minimum 1.
   */
  readonly round: number;
  /**
   * Reason / เหตุผล
   *
   * Why the budget was revised.
   *
   * เหตุผลการปรับแผน
   */
  readonly reason?: Text;
  /**
   * Date / วันที่
   *
   * When the budget was revised.
   *
   * วันที่ปรับแผน
   */
  readonly date?: IsoDate;
  /**
   * Budget / งบประมาณ
   *
   * The revised budget.
   *
   * งบประมาณหลังปรับแผน
   */
  readonly budget: Budget;
}

/**
 * One of (labels in both languages: {@link LedgerEntryKindLabels}):
 * - `"disbursement"`: Disbursement / เบิกจ่าย
 * - `"obligation"`: Obligation / ก่อหนี้ผูกพัน
 * - `"return"`: Return / ส่งคืน
 */
export type LedgerEntryKind =
  | "disbursement"
  | "obligation"
  | "return";

/** The English and Thai labels of every {@link LedgerEntryKind} value, in the schema's order. */
export const LedgerEntryKindLabels: Readonly<Record<LedgerEntryKind, Label>> = {
  "disbursement": { en: "Disbursement", th: "เบิกจ่าย" },
  "obligation": { en: "Obligation", th: "ก่อหนี้ผูกพัน" },
  "return": { en: "Return", th: "ส่งคืน" },
};

/**
 * An item of `entries` (`$defs/ledger`).
 */
export interface LedgerEntry {
  /**
   * Kind / ประเภท
   *
   * Disbursement, obligation or return.
   *
   * เบิกจ่าย ก่อหนี้ผูกพัน หรือส่งคืน
   */
  readonly kind: LedgerEntryKind;
  /**
   * Amount / จำนวนเงิน
   *
   * The amount.
   *
   * จำนวนเงิน
   */
  readonly amount: PositiveMoney;
  /**
   * Date / วันที่
   *
   * When the money moved.
   *
   * วันที่
   */
  readonly date?: IsoDate;
  /**
   * Instalment / งวดที่
   *
   * The instalment as written.
   *
   * งวดที่ตามที่เขียน
   *
   * Checked by the schema, not by the type: an integer, minimum 1.
   */
  readonly instalment?: number;
  /**
   * Note / หมายเหตุ
   *
   * A note on the entry.
   *
   * หมายเหตุ
   */
  readonly note?: Text;
  /**
   * Network id / รหัสเครือข่าย
   *
   * The project's network the money belongs to (that disbursed or returned it); must be the id of one of the project's networks.
   *
   * รหัสเครือข่ายของโครงการที่เป็นเจ้าของเงิน
   */
  readonly networkId?: Id;
  /**
   * Party / ผู้รับเงิน
   *
   * The school, school group or network the money belongs to, by name as written.
   *
   * โรงเรียน กลุ่มโรงเรียน หรือเครือข่าย ตามที่เขียน
   */
  readonly party?: Text;
}

/**
 * Ledger / การเบิกจ่ายงบประมาณ
 *
 * Money as it moved: received, disbursed (เบิกจ่าย), obliged (ก่อหนี้ผูกพัน), returned (ส่งคืน), remaining (คงเหลือ).
 *
 * การรับ เบิกจ่าย ก่อหนี้ผูกพัน ส่งคืน และคงเหลือ
 */
export interface Ledger {
  /**
   * Received / ได้รับ
   *
   * The money received.
   *
   * เงินที่ได้รับ
   */
  readonly received: NonNegativeMoney;
  /**
   * Entries / รายการ
   *
   * The disbursements, obligations and returns.
   *
   * รายการเบิกจ่าย ก่อหนี้ผูกพัน และส่งคืน
   */
  readonly entries?: readonly LedgerEntry[];
  /**
   * Remaining / คงเหลือ
   *
   * The balance as written.
   *
   * เงินคงเหลือตามที่เขียน
   */
  readonly remaining?: Money;
}

/**
 * Action plan / แผนปฏิบัติการ
 *
 * Action plan (แผนปฏิบัติการ): steps over fiscal months.
 *
 * แผนปฏิบัติการ: ขั้นตอนรายเดือนในปีงบประมาณ
 */
export interface ActionPlan {
  /**
   * Steps / ขั้นตอนการดำเนินงาน
   *
   * The steps of the plan.
   *
   * ขั้นตอนการดำเนินงาน
   */
  readonly steps?: readonly ActionStep[];
}

/**
 * Action step / ขั้นตอนการดำเนินงาน
 *
 * One step of the action plan.
 *
 * ขั้นตอนหนึ่งของแผนปฏิบัติการ
 */
export interface ActionStep {
  /**
   * Number / ลำดับ
   *
   * The step's number as written.
   *
   * ลำดับขั้นตอน
   */
  readonly number?: NumberAsWritten;
  /**
   * Step / ขั้นตอน
   *
   * The step as written.
   *
   * ขั้นตอนตามที่เขียน
   */
  readonly description: Text;
  /**
   * Planned months / เดือนตามแผน
   *
   * The months the step is planned in.
   *
   * เดือนที่วางแผนดำเนินการ
   *
   * Checked by the schema, not by the type: no duplicates.
   */
  readonly plannedMonths?: readonly IsoMonth[];
  /**
   * Actual months / เดือนที่ดำเนินการจริง
   *
   * The months the step was done in.
   *
   * เดือนที่ดำเนินการจริง
   *
   * Checked by the schema, not by the type: no duplicates.
   */
  readonly actualMonths?: readonly IsoMonth[];
  /**
   * Responsible / ผู้รับผิดชอบ
   *
   * Who carries it out, as written.
   *
   * ผู้รับผิดชอบขั้นตอน
   */
  readonly responsible?: Texts;
  /**
   * Weight / น้ำหนัก
   *
   * The step's share of the work, for planned progress.
   *
   * น้ำหนักของขั้นตอน ใช้คำนวณความก้าวหน้าตามแผน
   *
   * Checked by the schema, not by the type: minimum 0.
   */
  readonly weight?: number;
  /**
   * Activity number / กิจกรรมที่
   *
   * The number of the budget activity (กิจกรรม) this step carries out.
   *
   * ลำดับกิจกรรมในงบประมาณที่ขั้นตอนนี้ดำเนินการ
   */
  readonly activityNumber?: NumberAsWritten;
  /**
   * Indicator numbers / ตัวชี้วัดที่
   *
   * The numbers of the indicators (ตัวชี้วัด) this step works towards.
   *
   * ลำดับตัวชี้วัดที่ขั้นตอนนี้มุ่งสู่
   */
  readonly indicatorNumbers?: readonly NumberAsWritten[];
}

/**
 * Progress report / รายงานความก้าวหน้า
 *
 * One progress report (รายงานความก้าวหน้า) as the source gives it.
 *
 * รายงานความก้าวหน้าหนึ่งครั้งตามต้นฉบับ
 */
export interface ProgressReport {
  /**
   * Number / รายงานครั้งที่
   *
   * The report's number as the source gives it (รายงานครั้งที่).
   *
   * รายงานครั้งที่
   */
  readonly number?: NumberAsWritten;
  /**
   * Date / วันที่รายงาน
   *
   * The report's date.
   *
   * วันที่รายงาน
   */
  readonly date: IsoDate;
  /**
   * Date as written / วันที่ตามที่เขียน
   *
   * The date as the source writes it, e.g. 29/09/2564 or 11/29/2020.
   *
   * วันที่ตามที่ต้นฉบับเขียน
   * @example "29/09/2564"
   * @example "11/29/2020"
   */
  readonly dateAsWritten?: Text;
  /**
   * Progress / ความก้าวหน้าของงาน
   *
   * Cumulative progress in percent (ความก้าวหน้าของงาน); values outside 0-100 are reported by the checks, not refused.
   *
   * ความก้าวหน้าสะสม (ร้อยละ)
   * @example 45.5
   */
  readonly progress: number;
  /**
   * Disbursed / งบประมาณที่เบิกใช้
   *
   * Cumulative amount disbursed (งบประมาณที่เบิกใช้), a decimal string, not negative.
   *
   * งบประมาณที่เบิกจ่ายสะสม
   *
   * Checked by the schema, not by the type: pattern `^[0-9]+\.[0-9]{2}$`.
   */
  readonly disbursed?: string;
  /**
   * On plan / เป็นไปตามแผน
   *
   * On plan (เป็นไปตามแผน).
   *
   * เป็นไปตามแผนหรือไม่
   */
  readonly onPlan?: boolean;
  /**
   * On target / เป็นไปตามเป้าหมาย
   *
   * On target (เป็นไปตามเป้าหมาย).
   *
   * เป็นไปตามเป้าหมายหรือไม่
   */
  readonly onTarget?: boolean;
  /**
   * Narrative / ผลการดำเนินงาน
   *
   * What the report says was done, as written.
   *
   * ผลการดำเนินงานตามที่เขียน
   */
  readonly narrative?: Text;
  /**
   * Problems / ปัญหา
   *
   * Problems (ปัญหา), as written.
   *
   * ปัญหาตามที่เขียน
   */
  readonly problems?: Text;
  /**
   * Obstacles / อุปสรรค
   *
   * Obstacles (อุปสรรค), as written.
   *
   * อุปสรรคตามที่เขียน
   */
  readonly obstacles?: Text;
  /**
   * Status change / การเปลี่ยนสถานะ
   *
   * The status the project changes to with this report: delayed (ชะลอ), cancelled (ยกเลิก), completed.
   *
   * สถานะที่โครงการเปลี่ยนไปพร้อมรายงานนี้
   */
  readonly statusChange?: ProjectStatus;
  /**
   * Network money / การเบิกจ่ายของเครือข่าย
   *
   * The money of each network by the date of the report, cumulatively; each network at most once per report.
   *
   * การเบิกจ่ายและส่งคืนเงินของแต่ละเครือข่าย (สะสม)
   */
  readonly networkMoney?: readonly NetworkMoney[];
}

/**
 * One of (labels in both languages: {@link BudgetSourceKindLabels}):
 * - `"annualBudget"`: Annual budget / งบประมาณรายจ่ายประจำปี
 * - `"obec"`: OBEC budget / งบประมาณ สพฐ.
 * - `"localGovernment"`: Local government / อบจ./อบต.
 * - `"other"`: Other / อื่น ๆ
 */
export type BudgetSourceKind =
  | "annualBudget"
  | "obec"
  | "localGovernment"
  | "other";

/** The English and Thai labels of every {@link BudgetSourceKind} value, in the schema's order. */
export const BudgetSourceKindLabels: Readonly<Record<BudgetSourceKind, Label>> = {
  "annualBudget": { en: "Annual budget", th: "งบประมาณรายจ่ายประจำปี" },
  "obec": { en: "OBEC budget", th: "งบประมาณ สพฐ." },
  "localGovernment": { en: "Local government", th: "อบจ./อบต." },
  "other": { en: "Other", th: "อื่น ๆ" },
};

/**
 * Budget source / แหล่งงบประมาณ
 *
 * A source of the money (แหล่งงบประมาณ): its kind, the text as written, and, as one of fundingSources, the amount it gives and the fiscal year it gives it in. A blank amount is left out: blank is not zero.
 *
 * แหล่งงบประมาณ: ประเภท ข้อความ และจำนวนเงิน
 */
export interface BudgetSource {
  /**
   * Kind / ประเภทแหล่งงบประมาณ
   *
   * The kind of source.
   *
   * ประเภทแหล่งงบประมาณ
   */
  readonly kind: BudgetSourceKind;
  /**
   * Source as written / แหล่งงบประมาณ (ข้อความ)
   *
   * The source as written.
   *
   * แหล่งงบประมาณตามที่เขียน
   */
  readonly text?: Text;
  /**
   * Amount / จำนวนเงิน
   *
   * The amount the source gives, if the document states it; a dash (-) is 0.00.
   *
   * จำนวนเงินจากแหล่งนี้ เครื่องหมาย - คือ 0.00
   */
  readonly amount?: NonNegativeMoney;
  /**
   * Fiscal year / ปีงบประมาณ
   *
   * The fiscal year the source gives the amount in.
   *
   * ปีงบประมาณของจำนวนเงิน
   * @example 2569
   */
  readonly fiscalYear?: FiscalYear;
}

/**
 * Network money / การเบิกจ่ายของเครือข่าย
 *
 * The money of one network (or school or school group) as a progress report gives it: disbursed (เบิกจ่าย) and sent back (ส่งคืน) by the report's date. Needs networkId or party, and a disbursed or returned amount or a note; an amount not given is absent, not zero.
 *
 * การเบิกจ่ายและส่งคืนเงินของเครือข่ายตามรายงาน
 *
 * Checked by the schema, not by the type:
 * At least one of: `networkId`; or `party`.
 */
export interface NetworkMoney {
  /**
   * Network id / รหัสเครือข่าย
   *
   * The id of one of the project's networks.
   *
   * รหัสเครือข่ายของโครงการ
   */
  readonly networkId?: Id;
  /**
   * Party / เครือข่าย / โรงเรียน
   *
   * The network, school or school group by name as written.
   *
   * เครือข่าย โรงเรียน หรือกลุ่มโรงเรียนตามที่เขียน
   */
  readonly party?: Text;
  /**
   * Disbursed / เบิกจ่าย
   *
   * Disbursed by the network by the report's date (เบิกจ่าย).
   *
   * เงินที่เครือข่ายเบิกจ่ายถึงวันที่รายงาน
   */
  readonly disbursed?: NonNegativeMoney;
  /**
   * Returned / ส่งคืน
   *
   * Sent back by the network by the report's date (ส่งคืน).
   *
   * เงินที่เครือข่ายส่งคืนถึงวันที่รายงาน
   */
  readonly returned?: NonNegativeMoney;
  /**
   * Return date / วันที่ส่งคืน
   *
   * When the money was sent back; needs returned.
   *
   * วันที่ส่งคืนเงิน
   */
  readonly returnDate?: IsoDate;
  /**
   * Reason / เหตุผลการส่งคืน
   *
   * Why the money was sent back, as written; needs returned.
   *
   * เหตุผลที่ส่งคืนเงิน
   */
  readonly reason?: Text;
  /**
   * Note / หมายเหตุ
   *
   * What the report says of the network when it gives no amount, e.g. เบิกจ่ายได้.
   *
   * สิ่งที่รายงานกล่าวถึงเครือข่ายเมื่อไม่มีจำนวนเงิน
   */
  readonly note?: Text;
}

/**
 * One of (labels in both languages: {@link MonitoringKindLabels}):
 * - `"monitoring"`: Monitoring / การติดตาม
 * - `"evaluation"`: Evaluation / การประเมินผล
 */
export type MonitoringKind =
  | "monitoring"
  | "evaluation";

/** The English and Thai labels of every {@link MonitoringKind} value, in the schema's order. */
export const MonitoringKindLabels: Readonly<Record<MonitoringKind, Label>> = {
  "monitoring": { en: "Monitoring", th: "การติดตาม" },
  "evaluation": { en: "Evaluation", th: "การประเมินผล" },
};

/**
 * Monitoring item / รายการติดตามและประเมินผล
 *
 * One item of monitoring and evaluation (การติดตามและประเมินผล); at least one of method, instrument, instrumentText, timeframe, evaluator.
 *
 * รายการติดตามและประเมินผลหนึ่งรายการ
 *
 * Checked by the schema, not by the type:
 * At least one of: `method`; or `instrument`; or `instrumentText`; or `timeframe`; or `evaluator`.
 */
export interface MonitoringItem {
  /**
   * Kind / ประเภท
   *
   * monitoring (การติดตาม) follows progress; evaluation (การประเมินผล) judges results.
   *
   * การติดตามหรือการประเมินผล
   */
  readonly kind: MonitoringKind;
  /**
   * Number / ลำดับ
   *
   * The item's number as written.
   *
   * ลำดับรายการ
   */
  readonly number?: NumberAsWritten;
  /**
   * Subject / สิ่งที่ติดตาม / ประเมิน
   *
   * What is followed or evaluated, as written (ผลผลิต Outputs).
   *
   * สิ่งที่ติดตามหรือประเมินตามที่เขียน
   */
  readonly subject?: Text;
  /**
   * Indicator numbers / ตัวชี้วัดที่
   *
   * Numbers of the indicators the item evaluates.
   *
   * ลำดับตัวชี้วัดที่รายการนี้ประเมิน
   */
  readonly indicatorNumbers?: Texts;
  /**
   * Method / วิธีการ
   *
   * How (วิธีการ), as written.
   *
   * วิธีการตามที่เขียน
   */
  readonly method?: Text;
  /**
   * Instrument / เครื่องมือ
   *
   * The instrument.
   *
   * เครื่องมือที่ใช้
   */
  readonly instrument?: Instrument;
  /**
   * Instrument as written / เครื่องมือ (ข้อความ)
   *
   * The instrument (เครื่องมือ) as worded.
   *
   * เครื่องมือตามที่เขียน
   */
  readonly instrumentText?: Text;
  /**
   * Timeframe / ระยะเวลา
   *
   * When (ระยะเวลา), as worded.
   *
   * ระยะเวลาตามที่เขียน
   */
  readonly timeframe?: Text;
  /**
   * Evaluator / ผู้ติดตาม / ผู้ประเมิน
   *
   * Who (ผู้ติดตาม / ผู้ประเมิน), as written.
   *
   * ผู้ติดตามหรือผู้ประเมินตามที่เขียน
   */
  readonly evaluator?: Text;
}

/**
 * Close-out / ผลการดำเนินงาน
 *
 * The close-out of a project (ผลการดำเนินงาน). Texts as written, including - or ไม่มี.
 *
 * ผลการดำเนินงานเมื่อสิ้นสุดโครงการ
 */
export interface CloseOut {
  /**
   * Date / วันที่
   *
   * The date of the close-out report.
   *
   * วันที่รายงานผลการดำเนินงาน
   */
  readonly date?: IsoDate;
  /**
   * Results / ผลการดำเนินงาน
   *
   * Results (ผลการดำเนินงาน) per objective, per indicator or overall.
   *
   * ผลการดำเนินงานตามวัตถุประสงค์ ตัวชี้วัด หรือภาพรวม
   */
  readonly results?: readonly CloseOutResult[];
  /**
   * Problems / ปัญหา / อุปสรรค
   *
   * Problems and obstacles (ปัญหา/อุปสรรค).
   *
   * ปัญหาและอุปสรรค
   */
  readonly problems?: Texts;
  /**
   * Suggestions / ข้อเสนอแนะ
   *
   * Suggestions and remedies (ข้อเสนอแนะ / แนวทางแก้ไข).
   *
   * ข้อเสนอแนะและแนวทางแก้ไข
   */
  readonly suggestions?: Texts;
  /**
   * Lessons / บทเรียนที่ได้รับ
   *
   * Lessons learned (บทเรียนที่ได้รับ).
   *
   * บทเรียนที่ได้รับ
   */
  readonly lessons?: Texts;
  /**
   * Evidence / หลักฐาน
   *
   * Evidence references (ภาพกิจกรรม, เอกสารอ้างอิง).
   *
   * ภาพกิจกรรมและเอกสารอ้างอิง
   */
  readonly evidence?: readonly Evidence[];
}

/**
 * One of (labels in both languages: {@link TargetKindLabels}):
 * - `"quantitative"`: Quantitative / เชิงปริมาณ
 * - `"qualitative"`: Qualitative / เชิงคุณภาพ
 */
export type TargetKind =
  | "quantitative"
  | "qualitative";

/** The English and Thai labels of every {@link TargetKind} value, in the schema's order. */
export const TargetKindLabels: Readonly<Record<TargetKind, Label>> = {
  "quantitative": { en: "Quantitative", th: "เชิงปริมาณ" },
  "qualitative": { en: "Qualitative", th: "เชิงคุณภาพ" },
};

/**
 * Close-out result / ผลการดำเนินงานรายข้อ
 *
 * One result of the close-out.
 *
 * ผลการดำเนินงานหนึ่งข้อ
 */
export interface CloseOutResult {
  /**
   * Kind / ประเภทผล
   *
   * Quantitative or qualitative.
   *
   * ผลเชิงปริมาณหรือเชิงคุณภาพ
   */
  readonly kind?: TargetKind;
  /**
   * Number / ลำดับ
   *
   * The result's number as written.
   *
   * ลำดับผล
   */
  readonly number?: NumberAsWritten;
  /**
   * Objective number / วัตถุประสงค์ข้อที่
   *
   * The number of the objective the result answers.
   *
   * ลำดับวัตถุประสงค์ที่ผลนี้ตอบ
   */
  readonly objectiveNumber?: Text;
  /**
   * Indicator number / ตัวชี้วัดที่
   *
   * The number of the indicator the result reports on.
   *
   * ลำดับตัวชี้วัดที่ผลนี้รายงาน
   */
  readonly indicatorNumber?: Text;
  /**
   * Result / ผล
   *
   * The result as written.
   *
   * ผลตามที่เขียน
   */
  readonly text: Text;
}

/**
 * One of (labels in both languages: {@link EvidenceKindLabels}):
 * - `"photo"`: Photo / ภาพถ่าย
 * - `"document"`: Document / เอกสาร
 * - `"video"`: Video / วีดิทัศน์
 * - `"webPage"`: Web page / เว็บไซต์
 * - `"other"`: Other / อื่น ๆ
 */
export type EvidenceKind =
  | "photo"
  | "document"
  | "video"
  | "webPage"
  | "other";

/** The English and Thai labels of every {@link EvidenceKind} value, in the schema's order. */
export const EvidenceKindLabels: Readonly<Record<EvidenceKind, Label>> = {
  "photo": { en: "Photo", th: "ภาพถ่าย" },
  "document": { en: "Document", th: "เอกสาร" },
  "video": { en: "Video", th: "วีดิทัศน์" },
  "webPage": { en: "Web page", th: "เว็บไซต์" },
  "other": { en: "Other", th: "อื่น ๆ" },
};

/**
 * Evidence / หลักฐาน
 *
 * A reference to evidence, never its content.
 *
 * การอ้างถึงหลักฐาน ไม่ใช่ตัวหลักฐาน
 */
export interface Evidence {
  /**
   * Kind / ประเภทหลักฐาน
   *
   * What the evidence is.
   *
   * ประเภทของหลักฐาน
   */
  readonly kind: EvidenceKind;
  /**
   * Title / ชื่อ
   *
   * Title or caption as written.
   *
   * ชื่อหรือคำบรรยายตามที่เขียน
   */
  readonly title: Text;
  /**
   * Date / วันที่
   *
   * The date of the evidence.
   *
   * วันที่ของหลักฐาน
   */
  readonly date?: IsoDate;
  /**
   * URI / ที่อยู่
   *
   * Where it is: a URI (RFC 3986), absolute or relative to the document; spaces and other characters a URI does not allow percent-encoded, Thai letters as they are or percent-encoded.
   *
   * ที่อยู่ของหลักฐาน (URI)
   *
   * Checked by the schema, not by the type: at least 1 character(s).
   */
  readonly uri?: string;
  /**
   * SHA-256 / ค่า SHA-256
   *
   * SHA-256 digest of the evidence's bytes, 64 hexadecimal digits (written in lower case).
   *
   * ค่า SHA-256 ของไฟล์หลักฐาน เลขฐานสิบหก 64 หลัก
   *
   * Checked by the schema, not by the type: pattern `^[0-9a-fA-F]{64}$`.
   * @example "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
   */
  readonly sha256?: string;
  /**
   * Description / รายละเอียด
   *
   * What the evidence shows.
   *
   * รายละเอียดของหลักฐาน
   */
  readonly description?: Text;
}

/**
 * Certification / คำรับรอง
 *
 * A certification of the record (คำรับรอง).
 *
 * คำรับรองความถูกต้องของข้อมูล
 */
export interface Certification {
  /**
   * Statement / ข้อความรับรอง
   *
   * The statement as written.
   *
   * ข้อความรับรองตามที่เขียน
   */
  readonly statement: Text;
  /**
   * Name / ชื่อ
   *
   * The signer's name, if the line is filled in.
   *
   * ชื่อผู้ลงนาม
   */
  readonly name?: Text;
  /**
   * Signed as / ลงนามในฐานะ
   *
   * The capacity printed under the signature (ผู้รับผิดชอบโครงการ).
   *
   * ฐานะที่พิมพ์ใต้ลายมือชื่อ
   */
  readonly signedAs?: Text;
  /**
   * Position / ตำแหน่ง
   *
   * Position (ตำแหน่ง).
   *
   * ตำแหน่ง
   */
  readonly position?: Text;
  /**
   * Date / วันที่
   *
   * The date of the signature.
   *
   * วันที่ลงนาม
   */
  readonly date?: IsoDate;
}

/**
 * Record document / เอกสารทะเบียนโครงการ
 *
 * The record of one project's life (ทะเบียนโครงการ) with the format member: its versions, recorded history and network sub-projects.
 *
 * ทะเบียนโครงการ: ฉบับ ประวัติ และโครงการย่อย พร้อมสมาชิก format
 */
export interface RecordDocument extends RecordFields {
  /**
   * Format / รูปแบบข้อมูล
   *
   * Format id and version: always krongkan/1.
   *
   * รหัสและรุ่นของรูปแบบข้อมูล ต้องเป็น krongkan/1
   */
  readonly format: Format;
}

/**
 * Record / ทะเบียนโครงการย่อย
 *
 * A child record, the record of a network sub-project (no format member).
 *
 * ทะเบียนโครงการย่อยของเครือข่าย (ไม่มีสมาชิก format)
 */
export interface ChildRecord extends RecordFields {
  /** Never present here. */
  readonly format?: never;
}

/**
 * One of (labels in both languages: {@link StageLabels}):
 * - `"draft"`: Draft / ร่าง
 * - `"proposed"`: Proposed / เสนอขออนุมัติ
 * - `"endorsed"`: Endorsed / ให้ความเห็นชอบ
 * - `"returned"`: Returned for changes / ส่งคืนเพื่อแก้ไข
 * - `"approved"`: Approved / อนุมัติแล้ว
 * - `"withdrawn"`: Approval withdrawn / ยกเลิกการอนุมัติ
 * - `"inProgress"`: In progress / อยู่ระหว่างดำเนินการ
 * - `"delayed"`: Delayed / ชะลอ
 * - `"completed"`: Completed / ดำเนินการแล้วเสร็จ
 * - `"cancelled"`: Cancelled / ยกเลิก
 */
export type Stage =
  | "draft"
  | "proposed"
  | "endorsed"
  | "returned"
  | "approved"
  | "withdrawn"
  | "inProgress"
  | "delayed"
  | "completed"
  | "cancelled";

/** The English and Thai labels of every {@link Stage} value, in the schema's order. */
export const StageLabels: Readonly<Record<Stage, Label>> = {
  "draft": { en: "Draft", th: "ร่าง" },
  "proposed": { en: "Proposed", th: "เสนอขออนุมัติ" },
  "endorsed": { en: "Endorsed", th: "ให้ความเห็นชอบ" },
  "returned": { en: "Returned for changes", th: "ส่งคืนเพื่อแก้ไข" },
  "approved": { en: "Approved", th: "อนุมัติแล้ว" },
  "withdrawn": { en: "Approval withdrawn", th: "ยกเลิกการอนุมัติ" },
  "inProgress": { en: "In progress", th: "อยู่ระหว่างดำเนินการ" },
  "delayed": { en: "Delayed", th: "ชะลอ" },
  "completed": { en: "Completed", th: "ดำเนินการแล้วเสร็จ" },
  "cancelled": { en: "Cancelled", th: "ยกเลิก" },
};

/**
 * Record fields / ข้อมูลทะเบียนโครงการ
 *
 * The members of a record, shared by record documents and child records.
 *
 * ข้อมูลของทะเบียนโครงการ
 */
export interface RecordFields {
  /**
   * Format / รูปแบบข้อมูล
   *
   * Format id and version: only at the top of a document, never in a project or record inside another; the document checks its value.
   *
   * รหัสและรุ่นของรูปแบบข้อมูล มีเฉพาะที่ระดับบนสุดของเอกสาร ไม่มีในโครงการหรือทะเบียนที่อยู่ภายในเอกสารอื่น
   */
  readonly format?: unknown;
  /**
   * Record id / รหัสทะเบียน
   *
   * An identifier of the record, e.g. the project code or a file name; unique among the children of one parent.
   *
   * รหัสทะเบียนโครงการ เช่น รหัสโครงการ
   */
  readonly id?: Text;
  /**
   * Workflow / ขั้นตอนการอนุมัติ
   *
   * The workflow the project follows: bma (BMA district offices, the default) or obec (OBEC area offices); another name needs a workflow given to RecordCheck.of.
   *
   * ขั้นตอนการอนุมัติที่โครงการใช้: กทม. หรือ สพฐ.
   * @example "bma"
   * @example "obec"
   */
  readonly workflow?: Text;
  /**
   * Network id / รหัสเครือข่าย
   *
   * For a child record: the id of the parent's network whose project it is.
   *
   * รหัสเครือข่ายของโครงการหลักที่เป็นเจ้าของโครงการย่อยนี้
   */
  readonly networkId?: Text;
  /**
   * Initial stage / ขั้นตอนเริ่มต้น
   *
   * The stage the project was already in before the first recorded transition, for a record that begins mid-life (draft when left out; never closed).
   *
   * สถานะก่อนการดำเนินการแรกที่บันทึก
   */
  readonly initialStage?: Stage;
  /**
   * Versions / ฉบับ
   *
   * The versions, oldest first, numbered upwards.
   *
   * ฉบับต่าง ๆ ของโครงการ เรียงจากฉบับแรก
   *
   * Checked by the schema, not by the type: at least 1 item(s).
   */
  readonly versions: readonly Version[];
  /**
   * History / ประวัติ
   *
   * The transitions as the documents state them, oldest first.
   *
   * การดำเนินการตามที่เอกสารระบุ เรียงจากครั้งแรก
   */
  readonly history?: readonly Transition[];
  /**
   * Children / โครงการย่อย
   *
   * The records of the network sub-projects this project funds.
   *
   * ทะเบียนโครงการย่อยของเครือข่าย
   */
  readonly children?: readonly ChildRecord[];
}

/**
 * One of (labels in both languages: {@link VersionKindLabels}):
 * - `"proposal"`: Proposal / ข้อเสนอโครงการ
 * - `"approved"`: Approved project / โครงการที่ได้รับอนุมัติ
 * - `"revision"`: Revision / โครงการที่ปรับปรุง
 * - `"resultReport"`: Result report / รายงานผลการดำเนินงาน
 */
export type VersionKind =
  | "proposal"
  | "approved"
  | "revision"
  | "resultReport";

/** The English and Thai labels of every {@link VersionKind} value, in the schema's order. */
export const VersionKindLabels: Readonly<Record<VersionKind, Label>> = {
  "proposal": { en: "Proposal", th: "ข้อเสนอโครงการ" },
  "approved": { en: "Approved project", th: "โครงการที่ได้รับอนุมัติ" },
  "revision": { en: "Revision", th: "โครงการที่ปรับปรุง" },
  "resultReport": { en: "Result report", th: "รายงานผลการดำเนินงาน" },
};

/**
 * Version / ฉบับ
 *
 * One version of the project (ฉบับ): proposal, approved text, revision or result report.
 *
 * ฉบับหนึ่งของโครงการ
 *
 * Checked by the schema, not by the type:
 * When `kind` is `"revision"`: `reason` required.
 */
export interface Version {
  /**
   * Number / ฉบับที่
   *
   * The version's number in its record, from 1, increasing.
   *
   * ฉบับที่ เริ่มที่ 1
   *
   * Checked by the schema, not by the type: an integer, minimum 1, maximum 2147483647.
   */
  readonly number: number;
  /**
   * Kind / ประเภทฉบับ
   *
   * Proposal, approved, revision or result report.
   *
   * ข้อเสนอ ฉบับอนุมัติ ฉบับปรับปรุง หรือรายงานผล
   */
  readonly kind: VersionKind;
  /**
   * Date / วันที่
   *
   * The version's date.
   *
   * วันที่ของฉบับ
   */
  readonly date?: IsoDate;
  /**
   * Title / ชื่อฉบับ
   *
   * The version's title as written.
   *
   * ชื่อฉบับตามที่เขียน
   */
  readonly title?: Text;
  /**
   * Reason / เหตุผลการปรับปรุง
   *
   * Why the version was made; required for a revision (เหตุผลการปรับปรุง).
   *
   * เหตุผลการปรับปรุง จำเป็นสำหรับฉบับปรับปรุง
   */
  readonly reason?: Text;
  /**
   * Source / ที่มา
   *
   * Where the version comes from, e.g. the file and pages of the source document.
   *
   * ที่มาของฉบับ เช่น ไฟล์และหน้าของเอกสาร
   */
  readonly source?: Text;
  /**
   * Project / โครงการ
   *
   * The project as this version gives it.
   *
   * โครงการตามฉบับนี้
   */
  readonly project: Project;
}

/**
 * One of (labels in both languages: {@link ActionLabels}):
 * - `"propose"`: Propose / เสนอโครงการ
 * - `"endorse"`: Endorse / ให้ความเห็นชอบ
 * - `"return"`: Return for changes / ส่งคืนเพื่อแก้ไข
 * - `"approve"`: Approve / อนุมัติโครงการ
 * - `"approveRevision"`: Approve a revision / อนุมัติการปรับปรุงโครงการ
 * - `"withdraw"`: Withdraw approval / ยกเลิกการอนุมัติ
 * - `"start"`: Start / เริ่มดำเนินการ
 * - `"delay"`: Delay / ชะลอโครงการ
 * - `"resume"`: Resume / ดำเนินการต่อ
 * - `"complete"`: Complete / ดำเนินการแล้วเสร็จ
 * - `"cancel"`: Cancel / ยกเลิกโครงการ
 * - `"close"`: Close / ปิดโครงการ
 */
export type Action =
  | "propose"
  | "endorse"
  | "return"
  | "approve"
  | "approveRevision"
  | "withdraw"
  | "start"
  | "delay"
  | "resume"
  | "complete"
  | "cancel"
  | "close";

/** The English and Thai labels of every {@link Action} value, in the schema's order. */
export const ActionLabels: Readonly<Record<Action, Label>> = {
  "propose": { en: "Propose", th: "เสนอโครงการ" },
  "endorse": { en: "Endorse", th: "ให้ความเห็นชอบ" },
  "return": { en: "Return for changes", th: "ส่งคืนเพื่อแก้ไข" },
  "approve": { en: "Approve", th: "อนุมัติโครงการ" },
  "approveRevision": { en: "Approve a revision", th: "อนุมัติการปรับปรุงโครงการ" },
  "withdraw": { en: "Withdraw approval", th: "ยกเลิกการอนุมัติ" },
  "start": { en: "Start", th: "เริ่มดำเนินการ" },
  "delay": { en: "Delay", th: "ชะลอโครงการ" },
  "resume": { en: "Resume", th: "ดำเนินการต่อ" },
  "complete": { en: "Complete", th: "ดำเนินการแล้วเสร็จ" },
  "cancel": { en: "Cancel", th: "ยกเลิกโครงการ" },
  "close": { en: "Close", th: "ปิดโครงการ" },
};

/**
 * One of (labels in both languages: {@link ReviewLevelLabels}):
 * - `"school"`: School / โรงเรียน
 * - `"network"`: School network / เครือข่ายโรงเรียน
 * - `"districtOffice"`: District office / สำนักงานเขต
 * - `"areaOffice"`: Educational service area office / สำนักงานเขตพื้นที่การศึกษา
 * - `"department"`: Department / สำนัก / กรม
 */
export type ReviewLevel =
  | "school"
  | "network"
  | "districtOffice"
  | "areaOffice"
  | "department";

/** The English and Thai labels of every {@link ReviewLevel} value, in the schema's order. */
export const ReviewLevelLabels: Readonly<Record<ReviewLevel, Label>> = {
  "school": { en: "School", th: "โรงเรียน" },
  "network": { en: "School network", th: "เครือข่ายโรงเรียน" },
  "districtOffice": { en: "District office", th: "สำนักงานเขต" },
  "areaOffice": { en: "Educational service area office", th: "สำนักงานเขตพื้นที่การศึกษา" },
  "department": { en: "Department", th: "สำนัก / กรม" },
};

/**
 * Transition / การดำเนินการ
 *
 * One step in the life of the project: what was done, by whom, when, at which level and why.
 *
 * ขั้นตอนหนึ่งในชีวิตของโครงการ: ทำอะไร โดยใคร เมื่อใด ระดับใด เพราะอะไร
 */
export interface Transition {
  /**
   * Action / การดำเนินการ
   *
   * What was done.
   *
   * สิ่งที่ดำเนินการ
   */
  readonly action: Action;
  /**
   * Actor / ผู้ดำเนินการ
   *
   * Who did it.
   *
   * ผู้ดำเนินการ
   */
  readonly actor?: Actor;
  /**
   * Date / วันที่
   *
   * When.
   *
   * วันที่ดำเนินการ
   */
  readonly date: IsoDate;
  /**
   * Date as written / วันที่ตามที่เขียน
   *
   * The date exactly as the document writes it, e.g. 10 ต.ค. 2559.
   *
   * วันที่ตามที่เอกสารเขียน
   * @example "10 ต.ค. 2559"
   */
  readonly dateAsWritten?: Text;
  /**
   * Level / ระดับ
   *
   * At which level of the administration.
   *
   * ระดับหน่วยงานที่ดำเนินการ
   */
  readonly level?: ReviewLevel;
  /**
   * Reason / เหตุผล
   *
   * Why, as written.
   *
   * เหตุผลตามที่เขียน
   */
  readonly reason?: Text;
  /**
   * Version / ฉบับที่
   *
   * The number of the version of this record the step concerns.
   *
   * ฉบับที่ที่การดำเนินการนี้เกี่ยวข้อง
   *
   * Checked by the schema, not by the type: an integer, minimum 1, maximum 2147483647.
   */
  readonly version?: number;
}

/**
 * Actor / ผู้ดำเนินการ
 *
 * Who took a step.
 *
 * ผู้ดำเนินการ
 */
export interface Actor {
  /**
   * Name / ชื่อ
   *
   * The person's name.
   *
   * ชื่อ
   */
  readonly name: Text;
  /**
   * Position / ตำแหน่ง
   *
   * The person's position.
   *
   * ตำแหน่ง
   */
  readonly position?: Text;
  /**
   * Role / บทบาท
   *
   * The person's role in the step.
   *
   * บทบาทในการดำเนินการ
   */
  readonly role?: Text;
  /**
   * Unit / หน่วยงาน
   *
   * The person's unit.
   *
   * หน่วยงาน
   */
  readonly unit?: Text;
}
