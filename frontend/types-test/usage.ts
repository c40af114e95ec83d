// The uses docs/frontend.md shows ("TypeScript types"), compiled by the build.
import type { CheckReport, EvaluationDocument, Findings, KrongkanDocument, ProjectDocument, evaluation } from "../types/index.js";
import { BudgetCategoryLabels, ProjectStatusLabels, SeverityLabels, type BudgetCategory, type Severity } from "../types/index.js";

export const status = (project: ProjectDocument, lang: "en" | "th"): string => ProjectStatusLabels[project.status ?? "draft"][lang];

export const options = (lang: "en" | "th"): { value: BudgetCategory; label: string }[] =>
  (Object.keys(BudgetCategoryLabels) as BudgetCategory[]).map((value) => ({ value, label: BudgetCategoryLabels[value][lang] }));

export const ledger = (view: EvaluationDocument): evaluation.Ledger | null => view.ledger;

/** The name of a document, whichever kind it is. */
export function documentName(document: KrongkanDocument): string {
  if ("versions" in document) return document.versions[0]?.project.name ?? "";
  if ("projects" in document) return document.projects.map((p) => p.name).join(", ");
  return document.name;
}

export const errors = (findings: Findings): number => findings.filter((f) => f.severity === "error").length;

/** The errors of every readable document of a `krongkan check --json` report. */
export const reportErrors = (report: CheckReport): number =>
  report.documents.reduce((sum, d) => sum + (d.findings ? errors(d.findings) : 0), 0);

export const severityLabel = (severity: Severity, lang: "en" | "th"): string => SeverityLabels[severity][lang];

/** A figure of the evaluated view that may be undefined, with its reason. */
export function balance(view: EvaluationDocument): string {
  const l = view.ledger;
  if (l === null) return view.notApplicable?.["ledger"]?.reason ?? "no ledger";
  return l.balance;
}
