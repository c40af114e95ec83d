// Documents the generated types must refuse. tsc --strict runs over this file in the build: each line
// after `// @ts-expect-error` must not compile, so tsc fails when the types become too loose.
import type {
  BudgetLine,
  EvaluationDocument,
  FindingsDocument,
  KrongkanDocument,
  Project,
  ProjectDocument,
  ReferenceDocument,
  evaluation,
} from "../types/index.js";
import { ProjectStatusLabels, SeverityLabels, type ProjectStatus } from "../types/index.js";

// A project document that compiles: the cases below each change one thing of it.
export const valid: KrongkanDocument = {
  format: "krongkan/1",
  name: "โครงการพัฒนาการอ่าน",
  fiscalYear: 2569,
  status: "approved",
  budget: { statedTotal: "90000.00", activities: [{ name: "อบรม", lines: [{ unitCost: "80.00", factors: [{ count: 200, unit: "ชุด" }] }] }] },
};

// Missing required field: a project has a name.
// @ts-expect-error
export const withoutName: KrongkanDocument = { format: "krongkan/1", fiscalYear: 2569 };

// Missing required field: a budget line's factor has a unit.
// @ts-expect-error
export const factorWithoutUnit: BudgetLine = { unitCost: "80.00", factors: [{ count: 200 }] };

// Unknown member: objects are closed (additionalProperties: false), no index signature.
// @ts-expect-error
export const unknownMember: KrongkanDocument = { format: "krongkan/1", name: "ก", fiscalYear: 2569, colour: "red" };

// Unknown member of a nested object.
// @ts-expect-error
export const unknownNested: ProjectDocument = { format: "krongkan/1", name: "ก", fiscalYear: 2569, owner: { name: "ข", email: "x@y" } };

// Wrong enumeration literal.
// @ts-expect-error
export const wrongStatus: KrongkanDocument = { format: "krongkan/1", name: "ก", fiscalYear: 2569, status: "done" };

// Wrong enumeration literal in a label table lookup.
// @ts-expect-error
export const wrongLabel = ProjectStatusLabels["done"];

// A number where an amount string is required.
// @ts-expect-error
export const numericAmount: KrongkanDocument = { format: "krongkan/1", name: "ก", fiscalYear: 2569, budget: { statedTotal: 90000 } };

// A number where an amount string is required, in the evaluated view.
export const ledger: evaluation.Ledger = {
  path: "/ledger",
  // @ts-expect-error
  received: 100,
  disbursed: "0.00",
  obligations: "0.00",
  committed: "0.00",
  returned: "0.00",
  balance: "100.00",
  stated: null,
  difference: null,
};

// Wrong format marker.
// @ts-expect-error
export const otherFormat: KrongkanDocument = { format: "krongkan/2", name: "ก", fiscalYear: 2569 };

// Wrong format marker of reference data.
// @ts-expect-error
export const otherReference: ReferenceDocument = { format: "krongkan/1" };

// A project inside a portfolio has no format member.
// @ts-expect-error
export const projectWithFormat: Project = { format: "krongkan/1", name: "ก", fiscalYear: 2569 };

// null where the evaluated view has no null: a finding's severity.
// @ts-expect-error
export const findingWithoutSeverity: FindingsDocument = [{ code: "X", severity: null, path: "", message: "m", messageThai: "ข" }];

// A required member of the evaluated view left out (findings).
// @ts-expect-error
export const evaluationWithoutFindings: EvaluationDocument = {
  format: "krongkan-evaluation/1",
  name: "ก",
  fiscalYear: 2569,
  budget: null,
  risks: { matrix: { name: "m", stated: false, likelihoodLevels: 5, impactLevels: 5, cells: [] }, items: [] },
  indicators: [],
  schedule: { plannedCurve: null, reported: [] },
  earnedValue: null,
  ledger: null,
};

// Arrays are readonly.
export function mutate(project: Project): void {
  // @ts-expect-error
  project.notes?.push("เพิ่ม");
}

// An optional member is absent or set, never undefined (exactOptionalPropertyTypes).
// @ts-expect-error
export const undefinedCode: KrongkanDocument = { format: "krongkan/1", name: "ก", fiscalYear: 2569, code: undefined };

// The label tables cover every value and give both languages.
export const status: ProjectStatus = "inProgress";
export const thai: string = ProjectStatusLabels[status].th;
export const severity: string = SeverityLabels.warning.en;
