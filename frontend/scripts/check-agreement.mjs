// Runs the schema-and-reader agreement corpus through Ajv, the validator front-ends use: every variant that
// json-adapter's SchemaReaderAgreementTest generated (json-adapter/target/agreement-corpus.jsonl, with the Java
// reader's verdict) is validated with Ajv 2020 in strict mode with ajv-formats, and Ajv must agree with the reader
// on every variant except those of the exceptions list the Java test also reads
// (json-adapter/src/test/resources/io/github/krongkan/json/schema-reader-exceptions.json). Every category of the
// list must occur. Run by Maven in the test phase of frontend/, after check-schemas.mjs; the corpus exists when
// json-adapter's tests ran first in the same build (the reactor builds json-adapter before frontend). Without it
// the script says so, and fails only in CI (environment variable CI set).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const corpusFile = join(root, "json-adapter", "target", "agreement-corpus.jsonl");
const exceptionsFile = join(
  root, "json-adapter", "src", "test", "resources", "io", "github", "krongkan", "json", "schema-reader-exceptions.json");
const RAW = "@@krongkan-raw@@";

if (!existsSync(corpusFile)) {
  const message = `no agreement corpus at ${relative(root, corpusFile)}: run json-adapter's tests first (./mvnw -o verify builds it)`;
  if (process.env.CI) {
    console.error(`FAILED: ${message}`);
    process.exit(1);
  }
  console.log(`skipped: ${message}`);
  process.exit(0);
}

const ajv = new Ajv2020({ strict: true, allErrors: false });
addFormats(ajv);
ajv.addVocabulary(["x-title-th", "x-description-th"]);
const validate = ajv.compile(JSON.parse(readFileSync(join(root, "docs", "krongkan-1.schema.json"), "utf8")));

const exceptions = JSON.parse(readFileSync(exceptionsFile, "utf8")).exceptions.map((e) => ({
  ...e,
  edits: new Set(e.edits ?? []),
  messagePattern: e.message === undefined ? null : new RegExp(e.message),
  pointerPattern: e.pointer === undefined ? null : new RegExp(e.pointer),
}));
const covers = (e, v) =>
  (e.edits.size === 0 || e.edits.has(v.edit)) &&
  e.reader === v.reader &&
  (e.messagePattern === null || e.messagePattern.test(v.readerMessage ?? "")) &&
  (e.pointerPattern === null || e.pointerPattern.test(v.pointer));

/** Unescapes one segment of a JSON pointer. */
const segment = (s) => s.replaceAll("~1", "/").replaceAll("~0", "~");

/** The variant's document: its base with the edit applied, then the raw token put in its place. */
function documentOf(base, v) {
  let doc = structuredClone(base);
  if (v.pointer === "") {
    doc = structuredClone(v.value);
  } else {
    const parts = v.pointer.split("/").slice(1).map(segment);
    const last = parts.pop();
    let parent = doc;
    for (const p of parts) parent = parent[Array.isArray(parent) ? Number(p) : p];
    if (Array.isArray(parent)) {
      if (v.op === "remove") parent.splice(Number(last), 1);
      else parent[Number(last)] = structuredClone(v.value);
    } else if (v.op === "remove") {
      delete parent[last];
    } else {
      parent[last] = structuredClone(v.value);
    }
  }
  if (v.raw === undefined) return doc;
  return JSON.parse(JSON.stringify(doc).replace(JSON.stringify(RAW), () => v.raw));
}

const bases = [];
const counts = Object.fromEntries(exceptions.map((e) => [e.category, 0]));
const problems = [];
let variants = 0;
let refused = 0;
for (const line of readFileSync(corpusFile, "utf8").split("\n")) {
  if (line.trim() === "") continue;
  const entry = JSON.parse(line);
  if (entry.variant === undefined) {
    bases[entry.base] = entry.document;
    if (!validate(entry.document)) {
      problems.push(`the valid document ${entry.name} is refused: ${ajv.errorsText(validate.errors)}`);
    }
    continue;
  }
  variants++;
  const ajvAccepts = validate(documentOf(bases[entry.base], entry));
  const readerAccepts = entry.reader === "accepts";
  if (!readerAccepts) refused++;
  if (ajvAccepts === readerAccepts) continue;
  const covered = exceptions.find((e) => covers(e, entry));
  if (covered) {
    counts[covered.category]++;
  } else {
    problems.push(
      `${entry.edit} at ${entry.pointer || "(root)"} (variant ${entry.variant}): reader ${entry.reader}, ` +
        `Ajv ${ajvAccepts ? "accepts" : "refuses"}\n    reader: ${entry.readerMessage ?? ""}\n` +
        `    Ajv: ${ajvAccepts ? "" : ajv.errorsText(validate.errors)}`,
    );
  }
}
console.log(
  `schema and reader, Ajv: ${variants} variants (${refused} refused by the reader); exceptions ${JSON.stringify(counts)}`,
);
for (const [category, count] of Object.entries(counts)) {
  if (count === 0) problems.push(`exception category ${category} occurs on no variant: remove it from the list`);
}
if (variants < 2000) problems.push(`only ${variants} variants in the corpus`);
if (problems.length > 0) {
  for (const problem of problems.slice(0, 60)) console.error(`FAILED: ${problem}`);
  console.error(`${problems.length} problems`);
  process.exit(1);
}
console.log("agreement check passed");
