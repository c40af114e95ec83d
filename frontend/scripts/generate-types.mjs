// Generates the TypeScript types of frontend/types/ from the JSON Schemas of docs/ (docs/frontend.md,
// "TypeScript types"). `node scripts/generate-types.mjs` (npm run generate-types) writes them;
// `--check` regenerates them in memory and fails when frontend/types/ differs, as the build does.
//
// The generator knows exactly the keywords and shapes krongkan's schemas use and FAILS on anything
// else, so that a change of a schema cannot silently lose typing: teach it the new shape (or name the
// new enumeration or inline object in NAMES below) and regenerate.
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const frontend = join(dirname(fileURLToPath(import.meta.url)), "..");
const docs = join(frontend, "..", "docs");
const typesDir = join(frontend, "types");

/** The schemas, the file each gives and the name of the type of a whole document. */
const SCHEMAS = [
  { schema: "krongkan-1.schema.json", out: "krongkan-1.ts", root: "KrongkanDocument" },
  { schema: "krongkan-findings-1.schema.json", out: "krongkan-findings-1.ts", root: "FindingsDocument" },
  { schema: "krongkan-evaluation-1.schema.json", out: "krongkan-evaluation-1.ts", root: "EvaluationDocument" },
  { schema: "krongkan-reference-1.schema.json", out: "krongkan-reference-1.ts", root: "ReferenceDocument" },
];

/**
 * Names of the types that have no `$defs` entry of their own (enumerations and objects written inline),
 * by schema and JSON pointer, and of the `$defs` entries whose PascalCase name would hide a global type
 * of TypeScript. An enumeration used in several places has one name: the places must list the same
 * values with the same labels. Enumerations are named as the Java enums they mirror.
 */
const NAMES = {
  "krongkan-1.schema.json": {
    "#/$defs/number": "NumberAsWritten",
    "#/$defs/record": "ChildRecord",
    "#/$defs/projectFields/properties/objectives/items": "Objective",
    "#/$defs/projectFields/properties/targets/items": "Target",
    "#/$defs/projectFields/properties/targets/items/oneOf/0": "QuantitativeTarget",
    "#/$defs/projectFields/properties/targets/items/oneOf/1": "QualitativeTarget",
    "#/$defs/projectFields/properties/nature": "ProjectNature",
    "#/$defs/projectFields/properties/alignments/items": "StrategicAlignment",
    "#/$defs/projectFields/properties/status": "ProjectStatus",
    "#/$defs/projectFields/properties/approvals/items": "Approval",
    "#/$defs/projectFields/properties/approvals/items/properties/role": "ApprovalRole",
    "#/$defs/office/properties/kind": "OfficeKind",
    "#/$defs/riskMatrix/properties/scoreRule": "RiskScoreRule",
    "#/$defs/risk/properties/response": "RiskResponse",
    "#/$defs/formula/properties/kind": "FormulaKind",
    "#/$defs/formula/properties/changeBasis": "ChangeBasis",
    "#/$defs/indicator/properties/type": "IndicatorType",
    "#/$defs/indicator/properties/types/items": "IndicatorType",
    "#/$defs/indicator/properties/measure": "Measure",
    "#/$defs/indicator/properties/unit": "IndicatorUnit",
    "#/$defs/indicator/properties/direction": "Direction",
    "#/$defs/indicator/properties/accumulation": "Accumulation",
    "#/$defs/indicator/properties/instrument": "Instrument",
    "#/$defs/budget/properties/plannedDisbursements/items": "PlannedDisbursement",
    "#/$defs/budgetLine/properties/category": "BudgetCategory",
    "#/$defs/budgetLine/properties/factors/items": "QuantityFactor",
    "#/$defs/allocation/properties/shares/items": "AllocationShare",
    "#/$defs/ledger/properties/entries/items": "LedgerEntry",
    "#/$defs/ledger/properties/entries/items/properties/kind": "LedgerEntryKind",
    "#/$defs/progressReport/properties/statusChange": "ProjectStatus",
    "#/$defs/budgetSource/properties/kind": "BudgetSourceKind",
    "#/$defs/monitoringItem/properties/kind": "MonitoringKind",
    "#/$defs/monitoringItem/properties/instrument": "Instrument",
    "#/$defs/closeOutResult/properties/kind": "TargetKind",
    "#/$defs/evidence/properties/kind": "EvidenceKind",
    "#/$defs/recordFields/properties/initialStage": "Stage",
    "#/$defs/version/properties/kind": "VersionKind",
    "#/$defs/transition/properties/action": "Action",
    "#/$defs/transition/properties/level": "ReviewLevel",
  },
  "krongkan-findings-1.schema.json": {
    "#/$defs/finding/properties/severity": "Severity",
  },
  "krongkan-evaluation-1.schema.json": {
    "#/$defs/evaluation/properties/achievement": "Achievement",
    "#/$defs/indicator/properties/direction": "Direction",
    "#/$defs/finding/properties/severity": "Severity",
  },
  "krongkan-reference-1.schema.json": {},
};

/** Global types of TypeScript a generated name must not hide (the generated code uses some of them). */
const RESERVED = new Set([
  "Array", "Boolean", "Date", "Error", "Function", "Label", "Map", "Number", "Object", "Omit", "Partial",
  "Pick", "Promise", "Readonly", "ReadonlyArray", "Record", "RegExp", "Required", "Set", "String", "Symbol",
]);

const ANNOTATIONS = new Set(["title", "description", "x-title-th", "x-description-th", "examples", "default", "$comment"]);
/** Keywords that constrain values beyond what a TypeScript type says: written into the JSDoc. */
const CONSTRAINTS = new Set([
  "pattern", "format", "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
  "minItems", "maxItems", "uniqueItems",
]);

class SchemaShapeError extends Error {}

/** Fails loudly: the generator does not know what the schema says at `pointer`. */
function fail(ctx, pointer, message) {
  throw new SchemaShapeError(
    `docs/${ctx.file} at ${pointer}: ${message}. generate-types.mjs understands a fixed set of keywords and ` +
      `shapes (docs/frontend.md, "TypeScript types"); teach it this one rather than lose the typing.`,
  );
}

function pascal(name) {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function keywords(schema) {
  return Object.keys(schema).filter((k) => !ANNOTATIONS.has(k) && !CONSTRAINTS.has(k));
}

function onlyKeywords(ctx, pointer, schema, allowed) {
  for (const k of keywords(schema)) {
    if (!allowed.includes(k)) fail(ctx, pointer, `keyword "${k}" is not understood here`);
  }
}

function isEnum(schema) {
  const branches = schema.oneOf ?? schema.anyOf;
  return (
    Array.isArray(branches) &&
    branches.length > 0 &&
    branches.every((b) => b && typeof b === "object" && "const" in b && keywords(b).every((k) => k === "const"))
  );
}

/** A branch that only says which members are present: {required, properties: {m: true}, not: {...}}. */
function isPresence(schema) {
  if (!schema || typeof schema !== "object" || Array.isArray(schema)) return false;
  for (const k of Object.keys(schema)) {
    if (k === "required") continue;
    if (k === "properties" && Object.values(schema.properties).every((v) => v === true)) continue;
    if (k === "not" && isPresence(schema.not)) continue;
    return false;
  }
  return "required" in schema;
}

function describePresence(schema) {
  const parts = [schema.required.map((m) => `\`${m}\``).join(" and ")];
  if (schema.not) parts.push(`without ${describePresence(schema.not)}`);
  return parts.join(" ");
}

function escapeDoc(text) {
  return String(text).replaceAll("*/", "*\\/");
}

function constraintText(schema, typeWord) {
  const c = [];
  if (typeWord === "integer") c.push("an integer");
  if (schema.format) c.push(`format \`${schema.format}\``);
  if (schema.pattern) c.push(`pattern \`${schema.pattern}\``);
  if (schema.minLength !== undefined) c.push(`at least ${schema.minLength} character(s)`);
  if (schema.maxLength !== undefined) c.push(`at most ${schema.maxLength} characters`);
  if (schema.minimum !== undefined) c.push(`minimum ${schema.minimum}`);
  if (schema.exclusiveMinimum !== undefined) c.push(`greater than ${schema.exclusiveMinimum}`);
  if (schema.maximum !== undefined) c.push(`maximum ${schema.maximum}`);
  if (schema.exclusiveMaximum !== undefined) c.push(`less than ${schema.exclusiveMaximum}`);
  if (schema.minItems !== undefined) c.push(`at least ${schema.minItems} item(s)`);
  if (schema.maxItems !== undefined) c.push(`at most ${schema.maxItems} items`);
  if (schema.uniqueItems) c.push("no duplicates");
  return c;
}

/** The JSDoc of a declaration or member: English and Thai labels and descriptions, rules, examples. */
function jsdoc(schema, indent, extra = []) {
  const lines = [];
  if (schema && typeof schema === "object") {
    const title = [schema.title, schema["x-title-th"]].filter(Boolean).join(" / ");
    if (title) lines.push(title);
    for (const key of ["description", "x-description-th"]) {
      if (schema[key]) {
        if (lines.length) lines.push("");
        lines.push(...String(schema[key]).split("\n"));
      }
    }
  }
  if (extra.length) {
    if (lines.length) lines.push("");
    lines.push(...extra);
  }
  if (schema && typeof schema === "object") {
    if (schema.default !== undefined) lines.push(`@defaultValue \`${JSON.stringify(schema.default)}\``);
    for (const example of schema.examples ?? []) lines.push(`@example ${JSON.stringify(example)}`);
  }
  if (!lines.length) return "";
  return [`${indent}/**`, ...lines.map((l) => (l ? `${indent} * ${escapeDoc(l)}` : `${indent} *`)), `${indent} */`, ""].join(
    "\n",
  );
}

function literal(value) {
  return JSON.stringify(value);
}

/** Generates one schema's module. */
function generate(file, schema) {
  const ctx = {
    file,
    schema,
    names: NAMES[file] ?? {},
    decls: [], // [name, text]
    declared: new Map(), // name -> signature, for shared enumerations
    pending: new Set(),
  };
  const defs = schema.$defs ?? {};
  const defName = (key) => ctx.names[`#/$defs/${key}`] ?? pascal(key);
  ctx.defName = defName;
  const config = SCHEMAS.find((s) => s.schema === file);

  const all = [config.root, ...Object.keys(defs).map(defName)];
  for (const name of all) {
    if (RESERVED.has(name)) fail(ctx, "#", `the name ${name} would hide a global type of TypeScript: give it another in NAMES`);
    if (all.indexOf(name) !== all.lastIndexOf(name)) fail(ctx, "#", `two types are named ${name}`);
  }
  ctx.defNames = new Set(all);
  for (const [pointer, name] of Object.entries(ctx.names)) {
    if (!pointer.match(/^#\/\$defs\/[^/]+$/) && (ctx.defNames.has(name) || RESERVED.has(name))) {
      fail(ctx, pointer, `the name ${name} is already the name of a $defs entry or a global type`);
    }
  }
  const rootSchema = { ...schema };
  delete rootSchema.$defs;
  delete rootSchema.$schema;
  delete rootSchema.$id;
  declare(ctx, config.root, rootSchema, "#");
  for (const [key, def] of Object.entries(defs)) declare(ctx, defName(key), def, `#/$defs/${key}`);

  const header = [
    `// GENERATED from docs/${file} by frontend/scripts/generate-types.mjs: do not edit.`,
    "// Regenerate with `npm run generate-types` in frontend/ after changing the schema; the build",
    "// (`generate-types.mjs --check`) fails when this file and the schema disagree.",
    "// Arrays and members are readonly; amounts are exact decimal strings (\"90000.00\"), never numbers.",
    "",
    "/** The labels of an enumeration value: English and Thai. */",
    "export interface Label {",
    "  /** English label. */",
    "  readonly en: string;",
    "  /** Thai label. */",
    "  readonly th: string;",
    "}",
    "",
    "",
  ].join("\n");
  return header + ctx.decls.map(([, text]) => text).join("\n");
}

/** Emits an exported declaration `name` for `schema` at `pointer`. */
function declare(ctx, name, schema, pointer) {
  if (schema === true || schema === false) fail(ctx, pointer, "a boolean schema cannot be a named type");
  if (isEnum(schema)) return declareEnum(ctx, name, schema, pointer);
  if (isObject(schema)) return declareInterface(ctx, name, schema, pointer);
  if (schema.if && !schema.properties) {
    // A root that chooses its branch by its members: the document is one of the branches.
    onlyKeywords(ctx, pointer, schema, ["type", "if", "then", "else"]);
    const branches = selectorBranches(ctx, schema, pointer);
    const text = jsdoc(schema, "", [`The \`if\` of the schema picks the branch by the members present.`]);
    ctx.decls.push([name, `${text}export type ${name} =\n${branches.map((b) => `  | ${b}`).join("\n")};\n`]);
    return;
  }
  const type = typeOf(ctx, schema, pointer);
  const extra = constraintsOf(schema);
  ctx.decls.push([name, `${jsdoc(schema, "", extra)}export type ${name} = ${type};\n`]);
}

function constraintsOf(schema) {
  if (!schema || typeof schema !== "object") return [];
  const c = constraintText(schema, schema.type);
  return c.length ? [`Checked by the schema, not by the type: ${c.join(", ")}.`] : [];
}

function selectorBranches(ctx, schema, pointer) {
  if (!schema.then || !schema.else) fail(ctx, pointer, "a choosing `if` needs `then` and `else`");
  const out = [];
  for (const key of ["then", "else"]) {
    const branch = schema[key];
    if (branch.if) out.push(...selectorBranches(ctx, branch, `${pointer}/${key}`));
    else {
      onlyKeywords(ctx, `${pointer}/${key}`, branch, ["$ref"]);
      out.push(refName(ctx, branch.$ref, `${pointer}/${key}`));
    }
  }
  return out;
}

function isObject(schema) {
  return (
    schema &&
    typeof schema === "object" &&
    (schema.type === "object" || (schema.properties && !schema.type)) &&
    (schema.properties !== undefined || schema.allOf !== undefined || schema.additionalProperties !== undefined)
  );
}

function refName(ctx, ref, pointer) {
  const m = /^#\/\$defs\/([A-Za-z0-9_]+)$/.exec(ref ?? "");
  if (!m || !(m[1] in (ctx.schema.$defs ?? {}))) fail(ctx, pointer, `$ref "${ref}" is not a $defs entry of this schema`);
  return ctx.defName(m[1]);
}

function enumOf(ctx, schema, pointer) {
  const branches = schema.oneOf ?? schema.anyOf;
  onlyKeywords(ctx, pointer, schema, ["type", schema.oneOf ? "oneOf" : "anyOf"]);
  return branches.map((b, i) => {
    if (!b.title || !b["x-title-th"]) fail(ctx, `${pointer}/oneOf/${i}`, "an enumeration value needs `title` and `x-title-th`");
    if (schema.type && typeof b.const !== schema.type) fail(ctx, `${pointer}/oneOf/${i}`, `a const that is not of type ${schema.type}`);
    if (typeof b.const !== "string") fail(ctx, `${pointer}/oneOf/${i}`, "an enumeration value that is not a string");
    return { value: b.const, en: b.title, th: b["x-title-th"] };
  });
}

function declareEnum(ctx, name, schema, pointer, inline = false) {
  const values = enumOf(ctx, schema, pointer);
  const signature = JSON.stringify(values);
  if (ctx.declared.has(name)) {
    if (ctx.declared.get(name) !== signature) {
      fail(ctx, pointer, `the enumeration ${name} is declared elsewhere with other values or labels`);
    }
    return name;
  }
  ctx.declared.set(name, signature);
  const lines = values.map((v) => `- \`${literal(v.value)}\`: ${v.en} / ${v.th}`);
  const doc = jsdoc(inline ? null : schema, "", [
    ...(inline ? [`One of (labels in both languages: {@link ${name}Labels}):`] : []),
    ...lines,
    ...(inline ? [] : ["", `Labels in both languages: {@link ${name}Labels}.`]),
  ]);
  const union = values.map((v) => `  | ${literal(v.value)}`).join("\n");
  const table = values.map((v) => `  ${literal(v.value)}: { en: ${literal(v.en)}, th: ${literal(v.th)} },`).join("\n");
  ctx.decls.push([
    name,
    `${doc}export type ${name} =\n${union};\n\n` +
      `/** The English and Thai labels of every {@link ${name}} value, in the schema's order. */\n` +
      `export const ${name}Labels: Readonly<Record<${name}, Label>> = {\n${table}\n};\n`,
  ]);
  return name;
}

/** Describes a conditional of an object (`if`/`then`/`else` that does not pick a type): JSDoc only. */
function describeConditional(ctx, schema, pointer) {
  const cond = schema.if;
  const props = cond.properties ?? {};
  if (keywords(cond).some((k) => k !== "properties") || Object.keys(props).length !== 1) {
    fail(ctx, `${pointer}/if`, "an `if` other than a test of one member");
  }
  const [member, test] = Object.entries(props)[0];
  let when;
  if ("const" in test && keywords(test).every((k) => k === "const")) when = `\`${member}\` is \`${literal(test.const)}\``;
  else if (test.pattern && keywords(test).every((k) => k === "type")) when = `\`${member}\` matches \`${test.pattern}\``;
  else fail(ctx, `${pointer}/if/properties/${member}`, "a member test other than const or pattern");
  const branch = (b, at) => {
    if (isPresence(b)) return `${describePresence(b)} required`;
    if (b.not && isPresence(b.not) && keywords(b).every((k) => k === "not")) return `no ${describePresence(b.not)}`;
    if (keywords(b).every((k) => k === "properties" || k === "required")) {
      const parts = Object.entries(b.properties ?? {}).map(([m, s]) => {
        if (!(m in schema.properties)) fail(ctx, `${at}/properties/${m}`, "a refinement of an unknown member");
        return `\`${m}\` is ${typeOf(ctx, s, `${at}/properties/${m}`)}`;
      });
      if (b.required) parts.push(`${b.required.map((m) => `\`${m}\``).join(" and ")} required`);
      return parts.join(", ");
    }
    fail(ctx, at, "a `then` or `else` other than required members or refined members");
  };
  let text = `When ${when}: ${branch(schema.then, `${pointer}/then`)}`;
  if (schema.else) text += `; otherwise ${branch(schema.else, `${pointer}/else`)}`;
  return `${text}.`;
}

function declareInterface(ctx, name, schema, pointer, inline = false) {
  onlyKeywords(ctx, pointer, schema, [
    "type", "properties", "required", "additionalProperties", "allOf", "anyOf", "oneOf", "if", "then", "else",
    "dependentRequired",
  ]);
  const rules = [];
  let base = "";
  if (schema.allOf) {
    if (schema.allOf.length !== 1 || keywords(schema.allOf[0]).join() !== "$ref") {
      fail(ctx, `${pointer}/allOf`, "an allOf other than one $ref");
    }
    base = ` extends ${refName(ctx, schema.allOf[0].$ref, `${pointer}/allOf/0`)}`;
  }
  const properties = schema.properties ?? {};
  const required = schema.required ?? [];
  for (const r of required) {
    if (!(r in properties)) fail(ctx, pointer, `required member "${r}" has no entry in properties`);
  }
  for (const key of ["anyOf", "oneOf"]) {
    if (!schema[key]) continue;
    schema[key].forEach((b, i) => {
      if (!isPresence(b)) fail(ctx, `${pointer}/${key}/${i}`, `an object's ${key} other than a choice of members present`);
      for (const m of [...b.required, ...Object.keys(b.properties ?? {})]) {
        if (!(m in properties)) fail(ctx, `${pointer}/${key}/${i}`, `member "${m}" has no entry in properties`);
      }
    });
    const choice = schema[key].map(describePresence).join("; or ");
    rules.push(key === "anyOf" ? `At least one of: ${choice}.` : `Exactly one of: ${choice}.`);
  }
  if (schema.dependentRequired) {
    for (const [m, deps] of Object.entries(schema.dependentRequired)) {
      rules.push(`\`${m}\` requires ${deps.map((d) => `\`${d}\``).join(" and ")}.`);
    }
  }
  if (schema.if) rules.push(describeConditional(ctx, schema, pointer));
  else if (schema.then || schema.else) fail(ctx, pointer, "`then` or `else` without `if`");

  const ap = schema.additionalProperties;
  const members = [];
  if (ap === undefined) {
    if (!base) fail(ctx, pointer, "an object that allows any other member (no additionalProperties: false)");
  } else if (ap !== false) {
    if (Object.keys(properties).length) fail(ctx, pointer, "an object with both properties and a schema for other members");
    members.push(`${jsdoc(ap, "  ")}  readonly [member: string]: ${typeOf(ctx, ap, `${pointer}/additionalProperties`)};\n`);
  }
  for (const [member, prop] of Object.entries(properties)) {
    const at = `${pointer}/properties/${member.replaceAll("~", "~0").replaceAll("/", "~1")}`;
    const optional = required.includes(member) ? "" : "?";
    const type = typeOf(ctx, prop, at);
    const key = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(member) ? member : literal(member);
    const doc = prop === false ? "  /** Never present here. */\n" : jsdoc(prop, "  ", constraintsOf(prop));
    members.push(`${doc}  readonly ${key}${optional}: ${type};\n`);
  }
  if (rules.length) rules.unshift("Checked by the schema, not by the type:");
  if (inline && !schema.title) rules.unshift(where(pointer), ...(rules.length ? [""] : []));
  const doc = jsdoc(schema, "", rules);
  ctx.decls.push([name, `${doc}export interface ${name}${base} {\n${members.join("")}}\n`]);
  return name;
}

/** Where an inline type sits, for its JSDoc: "An item of `objectives` (ProjectFields)." */
function where(pointer) {
  const parts = pointer.split("/");
  const def = parts[2];
  const props = parts.filter((p, i) => parts[i - 1] === "properties");
  const branch = /oneOf|anyOf/.test(parts.at(-2) ?? "") ? `A branch of an item` : "An item";
  return `${branch} of \`${props.join(".")}\` (\`$defs/${def}\`).`;
}

/** The TypeScript type of `schema` at `pointer`, declaring named types it needs on the way. */
function typeOf(ctx, schema, pointer) {
  if (schema === true) return "unknown";
  if (schema === false) return "never";
  if (typeof schema !== "object" || Array.isArray(schema)) fail(ctx, pointer, "not a schema");
  const named = ctx.names[pointer];
  if (schema.$ref !== undefined) {
    onlyKeywords(ctx, pointer, schema, ["$ref"]);
    return refName(ctx, schema.$ref, pointer);
  }
  if ("const" in schema) {
    onlyKeywords(ctx, pointer, schema, ["const", "type"]);
    return literal(schema.const);
  }
  if (isEnum(schema)) {
    if (!named) fail(ctx, pointer, "an enumeration without a name: give it one in NAMES");
    return declareEnum(ctx, named, schema, pointer, true);
  }
  if (isObject(schema)) {
    if (!named) fail(ctx, pointer, "an object written inline without a name: give it one in NAMES");
    const signature = JSON.stringify(schema);
    if (!ctx.declared.has(named)) {
      ctx.declared.set(named, signature);
      declareInterface(ctx, named, schema, pointer, true);
    } else if (ctx.declared.get(named) !== signature) {
      fail(ctx, pointer, `the name ${named} is given to another object too`);
    }
    return named;
  }
  const branches = schema.oneOf ?? schema.anyOf;
  if (branches) {
    onlyKeywords(ctx, pointer, schema, [schema.oneOf ? "oneOf" : "anyOf"]);
    const key = schema.oneOf ? "oneOf" : "anyOf";
    const types = branches.map((b, i) => typeOf(ctx, b, `${pointer}/${key}/${i}`));
    const union = [...new Set(types)].join(" | ");
    if (named) {
      if (ctx.declared.has(named) && ctx.declared.get(named) !== JSON.stringify(schema)) {
        fail(ctx, pointer, `the name ${named} is given to another type too`);
      }
      if (!ctx.declared.has(named)) {
        ctx.declared.set(named, JSON.stringify(schema));
        ctx.decls.push([named, `${jsdoc(schema, "", schema.title ? [] : [where(pointer)])}export type ${named} = ${union};\n`]);
      }
      return named;
    }
    return union;
  }
  if (Array.isArray(schema.type)) {
    onlyKeywords(ctx, pointer, schema, ["type"]);
    return schema.type.map((t) => typeOf(ctx, { type: t }, pointer)).join(" | ");
  }
  switch (schema.type) {
    case "string":
      onlyKeywords(ctx, pointer, schema, ["type"]);
      return "string";
    case "number":
    case "integer":
      onlyKeywords(ctx, pointer, schema, ["type"]);
      return "number";
    case "boolean":
      onlyKeywords(ctx, pointer, schema, ["type"]);
      return "boolean";
    case "null":
      onlyKeywords(ctx, pointer, schema, ["type"]);
      return "null";
    case "array": {
      onlyKeywords(ctx, pointer, schema, ["type", "items"]);
      if (schema.items === undefined) fail(ctx, pointer, "an array without items");
      const item = typeOf(ctx, schema.items, `${pointer}/items`);
      return /^[A-Za-z0-9_]+$/.test(item) ? `readonly ${item}[]` : `readonly (${item})[]`;
    }
    case undefined:
      if (keywords(schema).length === 0) return "unknown"; // {} with annotations only
      break;
    default:
      break;
  }
  return fail(ctx, pointer, `a schema of keywords ${JSON.stringify(keywords(schema))} is not understood`);
}

function indexModule() {
  return [
    "// GENERATED by frontend/scripts/generate-types.mjs: do not edit. Regenerate with `npm run generate-types`.",
    "// The types of krongkan/1 documents, flat; the findings, the evaluated view and reference data as",
    "// namespaces (their names overlap: each has a Budget, a Risk, an Indicator ...), with their document",
    "// types and enumerations also flat.",
    'export * from "./krongkan-1.js";',
    'export * as findings from "./krongkan-findings-1.js";',
    'export * as evaluation from "./krongkan-evaluation-1.js";',
    'export * as reference from "./krongkan-reference-1.js";',
    'export { type FindingsDocument, type Findings, type CheckReport, type CheckedDocument, type Finding, type Severity, SeverityLabels } from "./krongkan-findings-1.js";',
    'export { type EvaluationDocument, type Achievement, AchievementLabels } from "./krongkan-evaluation-1.js";',
    'export type { ReferenceDocument } from "./krongkan-reference-1.js";',
    "",
  ].join("\n");
}

/**
 * Shapes the generator must refuse rather than type loosely, each a change of a real schema: proof that
 * it fails loudly. Run by `--check`.
 */
function refusals() {
  const base = () => JSON.parse(readFileSync(join(docs, "krongkan-1.schema.json"), "utf8"));
  const cases = [
    ["a keyword it does not know", (s) => (s.$defs.contact.patternProperties = { "^x-": { type: "string" } })],
    ["an object open to any member", (s) => delete s.$defs.contact.additionalProperties],
    ["an inline enumeration without a name", (s) => (s.$defs.contact.properties.title = { oneOf: [{ const: "a", title: "A", "x-title-th": "ก" }] })],
    ["an enumeration value without its Thai label", (s) => delete s.$defs.office.properties.kind.oneOf[0]["x-title-th"]],
    ["a $ref outside $defs", (s) => (s.$defs.contact.properties.name = { $ref: "other.json#/x" })],
    ["an allOf of two schemas", (s) => s.$defs.project.allOf.push({ $ref: "#/$defs/contact" })],
    ["a required member without a property", (s) => s.$defs.contact.required.push("email")],
    ["a union of an object and a presence rule", (s) => (s.$defs.contact.anyOf = [{ type: "object", properties: { name: true } }])],
    ["a tuple", (s) => (s.$defs.contact.properties.phone = { type: "array", prefixItems: [{ type: "string" }] })],
    ["one name for two objects", (s) => (NAMES["krongkan-1.schema.json"]["#/$defs/budget/properties/plannedDisbursements/items"] = "LedgerEntry")],
    ["a name that hides a global type", (s) => (s.$defs.record2 = s.$defs.record) && (NAMES["krongkan-1.schema.json"]["#/$defs/record2"] = "Record")],
  ];
  const failures = [];
  for (const [what, change] of cases) {
    const schema = base();
    const names = structuredClone(NAMES["krongkan-1.schema.json"]);
    change(schema);
    try {
      generate("krongkan-1.schema.json", schema);
      failures.push(`the generator accepted ${what}`);
    } catch (e) {
      if (!(e instanceof SchemaShapeError)) failures.push(`the generator failed on ${what} with ${e}`);
    } finally {
      NAMES["krongkan-1.schema.json"] = names;
    }
  }
  return { count: cases.length, failures };
}

/** Every generated file by name. Throws SchemaShapeError on a schema it does not understand. */
export function generateAll() {
  const files = {};
  for (const { schema, out } of SCHEMAS) {
    files[out] = generate(schema, JSON.parse(readFileSync(join(docs, schema), "utf8")));
  }
  files["index.ts"] = indexModule();
  return files;
}

function main() {
  const check = process.argv.includes("--check");
  let files;
  try {
    files = generateAll();
  } catch (e) {
    if (e instanceof SchemaShapeError) {
      console.error(`FAILED: ${e.message}`);
      process.exit(1);
    }
    throw e;
  }
  if (!check) {
    mkdirSync(typesDir, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(typesDir, name), text);
    console.log(`wrote ${Object.keys(files).length} files to frontend/types/`);
    return;
  }
  const { count, failures } = refusals();
  const problems = [...failures];
  if (!failures.length) console.log(`the generator refuses ${count} shapes it does not know`);
  for (const [name, text] of Object.entries(files)) {
    const path = join(typesDir, name);
    if (!existsSync(path)) problems.push(`frontend/types/${name} is missing`);
    else if (readFileSync(path, "utf8") !== text) problems.push(`frontend/types/${name} is not what the schemas give`);
  }
  if (existsSync(typesDir)) {
    for (const name of readdirSync(typesDir)) {
      if (!(name in files)) problems.push(`frontend/types/${name} is not generated from any schema`);
    }
  }
  if (problems.length) {
    for (const p of problems) console.error(`FAILED: ${p}`);
    console.error("The types are generated from docs/*.schema.json: run `npm run generate-types` in frontend/ and commit frontend/types/.");
    process.exit(1);
  }
  console.log(`frontend/types/ is what the schemas give (${Object.keys(files).length} files)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
