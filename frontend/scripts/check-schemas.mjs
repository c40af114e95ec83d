// Compiles the krongkan JSON Schemas in Ajv 2020 strict mode and validates the bundled examples.
// Fails (exit code 1) on any strict-mode message or warning, on an example that does not
// validate, and on an invalid document that does. Run by Maven in the test phase of frontend/.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const docs = join(root, "docs");
const problems = [];
const messages = [];

// Every message Ajv would log (strict-mode warnings included) is a failure.
const logger = {
  log: (...args) => messages.push(["log", args.join(" ")]),
  warn: (...args) => messages.push(["warning", args.join(" ")]),
  error: (...args) => messages.push(["error", args.join(" ")]),
};

const ajv = new Ajv2020({ strict: true, allErrors: true, logger });
addFormats(ajv);
// The annotation keywords of krongkan's schemas: Thai titles and descriptions.
ajv.addVocabulary(["x-title-th", "x-description-th"]);

const schemaFiles = [
  "krongkan-1.schema.json",
  "krongkan-findings-1.schema.json",
  "krongkan-reference-1.schema.json",
  "krongkan-evaluation-1.schema.json",
];
const validators = {};
for (const file of schemaFiles) {
  const schema = JSON.parse(readFileSync(join(docs, file), "utf8"));
  try {
    validators[file] = ajv.compile(schema);
    console.log(`compiled in strict mode: docs/${file}`);
  } catch (e) {
    problems.push(`docs/${file} does not compile in strict mode: ${e.message}`);
  }
}
for (const [kind, text] of messages) {
  problems.push(`Ajv ${kind} while compiling: ${text}`);
}

function jsonFiles(dir) {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => join(dir, name));
}

const documents = validators["krongkan-1.schema.json"];
const reference = validators["krongkan-reference-1.schema.json"];
let valid = 0;
if (documents) {
  const data = join(root, "examples", "data");
  for (const file of [...jsonFiles(data), ...jsonFiles(join(data, "records"))]) {
    if (documents(JSON.parse(readFileSync(file, "utf8")))) {
      valid++;
    } else {
      problems.push(`${relative(root, file)} is not valid: ${ajv.errorsText(documents.errors)}`);
    }
  }
  console.log(`valid against krongkan-1.schema.json: ${valid} documents of examples/data and examples/data/records`);
}
if (reference) {
  const resources = join(root, "json-adapter", "src", "main", "resources", "io", "github", "krongkan", "json");
  const files = jsonFiles(resources).filter((file) => file.includes("reference-") && !file.endsWith(".schema.json"));
  for (const file of files) {
    if (!reference(JSON.parse(readFileSync(file, "utf8")))) {
      problems.push(`${relative(root, file)} is not valid: ${ajv.errorsText(reference.errors)}`);
    }
  }
  console.log(`valid against krongkan-reference-1.schema.json: ${files.length} bundled reference documents`);
}

// Invalid documents: each must be refused. The root and a period pick their branch by their members, so a
// document with one mistake gives one error; Ajv adds an entry of keyword "if" for each conditional it passed
// through ('must match "then" schema'), which says nothing of its own and is not counted. A value outside an
// enumeration gives one entry per labelled value (oneOf of const), so those are only required to be refused.
const minimal = { format: "krongkan/1", name: "โครงการ", fiscalYear: 2569 };
const invalid = [
  ["a project with an unknown member", { ...minimal, colour: "red" }, 1],
  ["a project with a fiscal year as a string", { ...minimal, fiscalYear: "2569" }, 1],
  ["a project without a name", { format: "krongkan/1", fiscalYear: 2569 }, 1],
  ["a project with an amount with a thousands separator", { ...minimal, budget: { statedTotal: "1,000" } }, 1],
  ["a project with a negative target-group quantity", { ...minimal, targetGroups: [{ name: "ครู", quantity: -1, unit: "คน" }] }, 1],
  ["a project with an impossible date", { ...minimal, plannedPeriod: { start: "2025-11-01", end: "2026-02-30" } }, 1],
  ["a project with a date and a month as its period", { ...minimal, plannedPeriod: { start: "2025-11", end: "2026-02-28" } }, 1],
  ["a portfolio with a project without a fiscal year", { format: "krongkan/1", projects: [{ name: "ก" }] }, 1],
  ["a record with a version without its project", { format: "krongkan/1", versions: [{ number: 1, kind: "proposal" }] }, 1],
  ["a record with a project member", { format: "krongkan/1", history: [], name: "ก", versions: [{ number: 1, kind: "proposal", project: { name: "ก", fiscalYear: 2569 } }] }, 1],
  ["a project with an unknown status", { ...minimal, status: "done" }, null],
  ["a document of another format", { ...minimal, format: "krongkan/2" }, 1],
];
if (documents) {
  for (const [what, document, expected] of invalid) {
    if (documents(document)) {
      problems.push(`${what} was accepted`);
      continue;
    }
    const errors = documents.errors.filter((e) => e.keyword !== "if");
    const count = errors.length;
    if (expected !== null && count !== expected) {
      problems.push(`${what} gave ${count} errors, expected ${expected}: ${ajv.errorsText(errors)}`);
    } else {
      console.log(`refused, ${count} error${count === 1 ? "" : "s"}: ${what} (${ajv.errorsText(errors)})`);
    }
  }
}
const findings = validators["krongkan-findings-1.schema.json"];
if (findings) {
  const bad = [{ code: "X", severity: "fatal", path: "", message: "m", messageThai: "ข" }];
  if (findings(bad)) {
    problems.push("a finding with an unknown severity was accepted");
  } else {
    console.log(`refused: a finding with an unknown severity (${ajv.errorsText(findings.errors)})`);
  }
}

// What the command-line tool writes for the bundled projects: `check --json` against the findings schema,
// `evaluate` against the evaluation schema. The build packages the tool before this module runs.
const jar = join(root, "examples", "target", "krongkan.jar");
const evaluation = validators["krongkan-evaluation-1.schema.json"];
if (!existsSync(jar)) {
  const message = `no ${relative(root, jar)}: the findings and evaluations of the bundled projects were not validated`;
  if (process.env.CI) problems.push(message);
  else console.log(`skipped: ${message}`);
} else if (findings && evaluation) {
  const projects = jsonFiles(join(root, "examples", "data"));
  const records = jsonFiles(join(root, "examples", "data", "records"));
  for (const file of [...projects, ...records]) {
    const run = (...args) => {
      try {
        return execFileSync("java", ["-jar", jar, ...args, file], { encoding: "utf8", maxBuffer: 64 << 20 });
      } catch (e) {
        // check exits 1 when it finds something; its output is the document all the same.
        if (e.status === 1 && e.stdout) return e.stdout;
        throw e;
      }
    };
    const commands = [[["check", "--json"], findings, "krongkan-findings-1.schema.json"]];
    if (projects.includes(file)) commands.push([["evaluate"], evaluation, "krongkan-evaluation-1.schema.json"]);
    for (const [command, validate, schema] of commands) {
      if (!validate(JSON.parse(run(...command)))) {
        problems.push(`krongkan ${command.join(" ")} ${relative(root, file)} is not valid against ${schema}: ${ajv.errorsText(validate.errors)}`);
      }
    }
  }
  console.log(
    `valid: check --json of ${projects.length} bundled projects and ${records.length} records, evaluate of the projects, against their schemas`,
  );
}

if (problems.length > 0) {
  for (const problem of problems) console.error(`FAILED: ${problem}`);
  process.exit(1);
}
console.log("schemas check passed");
