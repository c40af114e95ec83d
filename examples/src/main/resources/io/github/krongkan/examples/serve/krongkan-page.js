// The reference page of `krongkan serve`: a krongkan/1 document shown as a form.
//
// Plain modern JavaScript, no framework, no build step, nothing loaded from another origin. Every
// figure the page shows is computed by krongkan in Java: the page POSTs the document to /evaluate
// (and /check for a portfolio or a record, /bahttext for the computed total in words) and shows
// the answer. It never adds or multiplies money itself. Labels come from the schemas served at
// /schemas/ (`title` in English, `x-title-th` in Thai); the rest from the small table UI below.
// The DOM contract the browser tests rely on is in docs/frontend.md, "The reference page".

const UI = {
  th: {
    title: "หน้าอ้างอิงเอกสารโครงการ",
    paste: "วางเอกสาร krongkan/1 (โครงการ แผนงาน หรือแฟ้มโครงการ)",
    open: "หรือเปิดไฟล์",
    load: "แสดงเอกสาร",
    pick: "โครงการ",
    other: "English",
    facts: "ข้อมูลโครงการ",
    findings: "ข้อค้นพบ",
    noFindings: "ไม่พบข้อผิดพลาด",
    noBudget: "โครงการไม่มีงบประมาณ",
    noRisks: "ไม่มีความเสี่ยง",
    noIndicators: "ไม่มีตัวชี้วัด",
    noReports: "ไม่มีรายงานความก้าวหน้า",
    progress: "รายงานความก้าวหน้า",
    no: "ที่",
    lumpSum: "เหมาจ่าย",
    subtotal: "รวม",
    total: "รวมทั้งสิ้น",
    computedWords: "ยอดรวมที่คำนวณได้ (ตัวอักษร)",
    writtenWords: "จำนวนเงินตามเอกสาร (ตัวอักษร)",
    statedWords: "ตัวอักษรที่ระบุ",
    differs: "ไม่ตรงกับที่คำนวณได้",
    impactAxis: "ผลกระทบ →",
    likelihoodAxis: "โอกาสที่จะเกิด ↑",
    targets: "ค่าเป้าหมาย",
    results: "ผลการประเมิน",
    goto: "ไปที่ตำแหน่ง",
    loading: "กำลังคำนวณ…",
    loaded: "แสดงแล้ว",
    evaluated: "คำนวณใหม่แล้ว",
    badJson: "อ่านเอกสารไม่ได้",
    failed: "เรียกเซิร์ฟเวอร์ไม่สำเร็จ",
    empty: "ยังไม่มีเอกสาร: วางเอกสารหรือเปิดไฟล์ก่อน",
    portfolio: "แผนงาน: เลือกโครงการที่จะแสดง ข้อค้นพบเป็นของทั้งเอกสาร",
    record: "แฟ้มโครงการ: แสดงฉบับล่าสุด ข้อค้นพบเป็นของทั้งแฟ้ม",
    noProjects: "เอกสารไม่มีโครงการ",
    at: "ที่",
  },
  en: {
    title: "project reference page",
    paste: "Paste a krongkan/1 document (project, portfolio or record)",
    open: "or open a file",
    load: "Load",
    pick: "Project",
    other: "ไทย",
    facts: "Project",
    findings: "Findings",
    noFindings: "No findings",
    noBudget: "The project has no budget",
    noRisks: "No risks",
    noIndicators: "No indicators",
    noReports: "No progress reports",
    progress: "Progress reports",
    no: "No.",
    lumpSum: "lump sum",
    subtotal: "Subtotal",
    total: "Total",
    computedWords: "Computed total in words",
    writtenWords: "Written total in words",
    statedWords: "Words as stated",
    differs: "differs from the computed amount",
    impactAxis: "Impact →",
    likelihoodAxis: "Likelihood ↑",
    targets: "Targets",
    results: "Results",
    goto: "show",
    loading: "Evaluating…",
    loaded: "Loaded",
    evaluated: "Re-evaluated",
    badJson: "The document cannot be read",
    failed: "The server could not be reached",
    empty: "No document yet: paste one or open a file first",
    portfolio: "Portfolio: choose the project to show; the findings are the whole document's",
    record: "Record: its latest version is shown; the findings are the whole record's",
    noProjects: "The document holds no projects",
    at: "at",
  },
};

const LANG_KEY = "krongkan.lang";
const DEBOUNCE_MS = 350;
const SCHEMA_NAMES = { doc: "krongkan-1", evaluation: "krongkan-evaluation-1" };

const state = {
  lang: "th",
  schemas: {},
  doc: null, // the document as parsed, edited in place
  kind: "project", // project | portfolio | record
  base: "", // pointer of the shown project in the document: "", "/projects/N", "/versions/N/project"
  evaluation: null,
  findings: [],
  computedWords: null,
  matrixCells: null,
  invalid: null, // {pointer, message} of the last refused edit
  seq: 0,
  timer: null,
};

const $ = (id) => document.getElementById(id);

// ---------------------------------------------------------------------------------------------
// Language and labels

function t(key) {
  return UI[state.lang][key] ?? UI.en[key] ?? key;
}

/** The label of a schema node in the current language, else the fallback. */
function label(node, fallback) {
  if (!node) return fallback;
  const text = state.lang === "th" ? node["x-title-th"] : node.title;
  return text || fallback;
}

/** A node of a schema by a path of keys, e.g. schemaNode("doc", "$defs", "budgetLine", "properties", "unitCost"). */
function schemaNode(schema, ...keys) {
  let node = state.schemas[schema];
  for (const key of keys) {
    if (node == null) return null;
    node = node[key];
  }
  return node ?? null;
}

/** The label of a property of a `$defs` entry. */
function prop(schema, def, name, fallback) {
  return label(schemaNode(schema, "$defs", def, "properties", name), fallback ?? name);
}

/** The label of an enumeration value of a property (a `oneOf` of `const` + titles). */
function enumLabel(node, value) {
  const choice = node?.oneOf?.find((o) => o.const === value);
  return choice ? label(choice, value) : value;
}

function setLang(lang) {
  state.lang = lang === "en" ? "en" : "th";
  try {
    localStorage.setItem(LANG_KEY, state.lang);
  } catch {
    // storage refused (private mode): the choice lasts for this page only
  }
  document.documentElement.lang = state.lang;
  const button = $("lang-switch");
  button.dataset.lang = state.lang;
  button.textContent = t("other");
  button.lang = state.lang === "th" ? "en" : "th";
  for (const el of document.querySelectorAll("[data-ui]")) el.textContent = t(el.dataset.ui);
  if (state.evaluation) render();
}

// ---------------------------------------------------------------------------------------------
// Reading and writing the document without losing digits

/** A number kept as its source text, so that 12345678901234567.5 goes back exactly as it came. */
class Raw {
  constructor(text) {
    this.text = text;
  }
}

const NUMBER = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$/;

function parse(text) {
  // JSON.parse's third reviver argument gives the source text of a number (Chromium 114+).
  return JSON.parse(text, (key, value, context) =>
    typeof value === "number" && context?.source !== undefined && String(value) !== context.source
      ? new Raw(context.source)
      : value,
  );
}

function serialize(value) {
  const raws = [];
  const json = JSON.stringify(value, function (key, v) {
    if (v instanceof Raw) {
      raws.push(v.text);
      return `\u0000raw${raws.length - 1}\u0000`;
    }
    return v;
  });
  return json.replace(/"\\u0000raw(\d+)\\u0000"/g, (_, i) => raws[Number(i)]);
}

/** The value at a JSON pointer of an object, or undefined. */
function at(root, pointer) {
  if (pointer === "") return root;
  let node = root;
  for (const raw of pointer.slice(1).split("/")) {
    const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (node == null || typeof node !== "object") return undefined;
    node = node[key];
  }
  return node;
}

function setAt(root, pointer, value) {
  const keys = pointer.slice(1).split("/").map((k) => k.replaceAll("~1", "/").replaceAll("~0", "~"));
  const last = keys.pop();
  const parent = at(root, keys.length ? "/" + keys.join("/") : "");
  parent[last] = value;
}

function kindOf(doc) {
  if (doc && typeof doc === "object" && !Array.isArray(doc)) {
    const recordOnly = ["versions", "history", "id", "workflow", "networkId", "initialStage", "children"];
    if (recordOnly.some((m) => m in doc)) return "record";
    if ("projects" in doc || "offices" in doc) return "portfolio";
  }
  return "project";
}

/** The project shown, as a project document /evaluate reads. */
function shownProject() {
  if (state.kind === "project") return state.doc ?? {};
  return { format: state.doc.format, ...at(state.doc, state.base) };
}

// ---------------------------------------------------------------------------------------------
// The server

async function post(path, body) {
  const response = await fetch(path, {
    method: "POST",
    headers: { "Content-Type": "application/json; charset=utf-8" },
    body,
  });
  const answer = await response.json();
  if (!response.ok) {
    const error = new Error(answer.message);
    error.pointer = answer.pointer ?? "";
    error.status = answer.status;
    throw error;
  }
  return answer;
}

async function loadSchemas() {
  await Promise.all(
    Object.entries(SCHEMA_NAMES).map(async ([key, name]) => {
      try {
        const response = await fetch(`schemas/${name}.schema.json`);
        if (response.ok) state.schemas[key] = await response.json();
      } catch {
        // without a schema the page falls back to the labels of UI
      }
    }),
  );
}

function showError(pointer, message) {
  const box = $("error");
  box.replaceChildren();
  let text = message;
  if (pointer !== undefined && pointer !== null) {
    const code = document.createElement("code");
    code.textContent = pointer === "" ? "/" : pointer;
    box.append(code, ": ");
    // the reader's messages begin with the pointer already
    if (pointer !== "" && text.startsWith(pointer + ": ")) text = text.slice(pointer.length + 2);
  }
  box.append(text);
  box.dataset.errorPointer = pointer ?? "";
  box.hidden = false;
}

function clearError() {
  $("error").hidden = true;
  $("error").replaceChildren();
}

function status(text) {
  $("status").textContent = text;
}

/** Counts the answers the page has shown (a view or an error), for scripts waiting on it. */
function settled() {
  document.body.dataset.settled = String(Number(document.body.dataset.settled ?? 0) + 1);
}

/** Reads the textarea and shows the document it holds. */
async function load() {
  const text = $("document-input").value;
  clearError();
  if (!text.trim()) {
    showError(null, t("empty"));
    settled();
    return;
  }
  let doc;
  try {
    doc = parse(text);
  } catch {
    doc = undefined;
  }
  const seq = ++state.seq;
  status(t("loading"));
  state.invalid = null;
  if (doc === undefined || kindOf(doc) === "project") {
    // the text as written: the server's pointer then names the place in it
    try {
      const evaluation = await post("evaluate", text);
      if (seq !== state.seq) return;
      state.doc = doc;
      state.kind = "project";
      state.base = "";
      $("picker").hidden = true;
      await shown(seq, evaluation, evaluation.findings);
    } catch (e) {
      failed(seq, e, "");
    }
    return;
  }
  state.doc = doc;
  state.kind = kindOf(doc);
  if (state.kind === "portfolio") {
    const projects = Array.isArray(doc.projects) ? doc.projects : [];
    const picker = $("project-picker");
    picker.replaceChildren(
      ...projects.map((p, i) => {
        const option = document.createElement("option");
        option.value = String(i);
        option.textContent = `${i + 1}. ${p?.name ?? ""}`;
        return option;
      }),
    );
    $("picker").hidden = projects.length === 0;
    if (projects.length === 0) {
      showError(null, t("noProjects"));
      status("");
      settled();
      return;
    }
    state.base = "/projects/0";
  } else {
    const versions = Array.isArray(doc.versions) ? doc.versions : [];
    $("picker").hidden = true;
    state.base = `/versions/${Math.max(0, versions.length - 1)}/project`;
  }
  await reevaluate(seq, true);
}

/** Shows why a load failed; base is the pointer of the project sent within the document. */
function failed(seq, e, base) {
  if (seq !== state.seq) return;
  status("");
  if (e.pointer !== undefined) {
    showError(base && e.pointer !== "" ? base + e.pointer : e.pointer, e.message);
  } else {
    showError(null, `${t("failed")}: ${e.message}`);
  }
  settled();
}

/** Evaluates the shown project (and checks the whole document when it is not a project). */
async function reevaluate(seq, first) {
  status(t("loading"));
  try {
    const evaluation = await post("evaluate", serialize(shownProject()));
    let findings = evaluation.findings;
    if (state.kind !== "project") {
      // /check answers the findings as an array (krongkan-findings-1.schema.json)
      findings = await post("check", serialize(state.doc));
    }
    if (seq !== state.seq) return;
    state.invalid = null;
    clearError();
    await shown(seq, evaluation, findings, first);
  } catch (e) {
    if (seq !== state.seq) return;
    if (!first && e.pointer !== undefined) {
      // a refused edit: the form stays, the field is marked, the reason shown
      state.invalid = { pointer: state.base + e.pointer, message: e.message };
      markInvalid();
      showError(state.invalid.pointer, e.message);
      status("");
      settled();
      return;
    }
    failed(seq, e, state.base);
  }
}

/** Shows an evaluation once the figures that go with it (total in words, matrix cells) are in. */
async function shown(seq, evaluation, findings, first = true) {
  const extras = [];
  const total = evaluation.budget?.computed;
  extras.push(
    total == null
      ? Promise.resolve(null)
      : post("bahttext", JSON.stringify({ amount: total })).then((a) => a.words, () => null),
  );
  const [words] = await Promise.all(extras);
  if (seq !== state.seq) return;
  state.evaluation = evaluation;
  matrixCells(evaluation);
  state.findings = findings ?? [];
  state.computedWords = words;
  status(first ? `${t("loaded")}: ${evaluation.name}` : t("evaluated"));
  render();
  settled();
}

/**
 * The level of every cell of the project's risk matrix, as krongkan grades it: the evaluated view
 * carries the matrix's cells, so the page re-implements no score rules, bands or grids.
 */
function matrixCells(evaluation) {
  state.matrixCells = new Map(
    (evaluation.risks?.matrix?.cells ?? []).map((c) => [`${c.likelihood}:${c.impact}`, c]),
  );
}

// ---------------------------------------------------------------------------------------------
// Editing

function edited(input) {
  const pointer = input.dataset.pointer;
  const text = input.value.trim();
  let value;
  if (input.dataset.type === "number") {
    // a count goes as the digits typed; anything else goes as typed and the server says why not
    value = NUMBER.test(text) ? new Raw(text) : text;
  } else {
    value = text;
  }
  setAt(state.doc, pointer, value);
  clearTimeout(state.timer);
  const seq = ++state.seq;
  state.timer = setTimeout(() => reevaluate(seq, false), DEBOUNCE_MS);
}

function markInvalid() {
  for (const el of document.querySelectorAll("input.invalid")) el.classList.remove("invalid");
  if (!state.invalid) return;
  const target = find(state.invalid.pointer);
  if (target?.tagName === "INPUT") {
    target.classList.add("invalid");
    target.title = state.invalid.message;
  }
}

// ---------------------------------------------------------------------------------------------
// Rendering

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === "class") node.className = value;
    else if (name === "pointer") node.dataset.pointer = value;
    else if (name === "role") node.dataset.role = value;
    else node.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/** "121000.00" → "121,000.00", by the digits: no arithmetic. */
function money(text) {
  if (text === null || text === undefined) return null;
  const match = /^(-?)(\d+)(\.\d+)?$/.exec(text);
  if (!match) return text;
  return match[1] + match[2].replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (match[3] ?? "");
}

function isZero(amount) {
  return amount === null || amount === undefined || /^-?0(\.0+)?$/.test(amount);
}

/** A reason a figure is null, in the current language. */
function reason(object, member) {
  const r = object?.notApplicable?.[member];
  return r ? (state.lang === "th" ? r.reasonThai : r.reason) : null;
}

function amountCell(value, object, member, attributes = {}) {
  const text = money(value);
  if (text === null) {
    return el("td", { ...attributes, class: "amount na", title: reason(object, member) }, "—");
  }
  return el("td", { ...attributes, class: "amount" }, text);
}

function input(pointer, value, kind) {
  const node = el("input", {
    type: "text",
    inputmode: "decimal",
    class: kind === "number" ? "count" : "money",
    pointer,
    "data-type": kind,
    "aria-label": pointer,
  });
  node.value = value instanceof Raw ? value.text : value === undefined || value === null ? "" : String(value);
  node.addEventListener("input", () => edited(node));
  return node;
}

function render() {
  const focused = document.activeElement?.dataset?.pointer;
  const selection = focused ? [document.activeElement.selectionStart, document.activeElement.selectionEnd] : null;
  const project = shownProject();
  const b = state.base;
  renderFacts(project, b);
  renderBudget(project, b);
  renderProgress(project, b);
  renderRisks(b);
  renderIndicators(project, b);
  renderFindings();
  markInvalid();
  $("view").hidden = false;
  if (focused) {
    const again = [...document.querySelectorAll("input[data-pointer]")].find((i) => i.dataset.pointer === focused);
    if (again) {
      again.focus();
      if (selection) again.setSelectionRange(selection[0], selection[1]);
    }
  }
}

function renderFacts(project, b) {
  const fields = ["$defs", "projectFields", "properties"];
  const node = (name) => schemaNode("doc", ...fields, name);
  const facts = el("dl", { class: "facts" });
  const fact = (name, pointer, value) => {
    if (value === undefined || value === null || value === "") return;
    facts.append(el("dt", {}, label(node(name), name)), el("dd", { pointer: b + pointer }, value));
  };
  fact("name", "/name", project.name);
  fact("code", "/code", project.code);
  fact("fiscalYear", "/fiscalYear", project.fiscalYear instanceof Raw ? project.fiscalYear.text : project.fiscalYear);
  if (project.status !== undefined) fact("status", "/status", enumLabel(node("status"), project.status));
  if (Array.isArray(project.responsibleUnits)) fact("responsibleUnits", "/responsibleUnits", project.responsibleUnits.join(", "));
  fact("owner", "/owner", project.owner?.name);
  const period = (p) => (p ? [p.start, p.end].filter(Boolean).join(" – ") : null);
  fact("plannedPeriod", "/plannedPeriod", period(project.plannedPeriod));
  fact("actualPeriod", "/actualPeriod", period(project.actualPeriod));
  const section = $("facts");
  section.replaceChildren(el("h2", {}, t("facts")), facts);
  section.dataset.pointer = b;
}

function renderBudget(project, b) {
  const section = $("budget");
  const ev = state.evaluation.budget;
  const heading = el("h2", {}, label(schemaNode("doc", "$defs", "projectFields", "properties", "budget"), "Budget"));
  if (!ev) {
    section.replaceChildren(heading, el("p", { class: "empty" }, t("noBudget")));
    delete section.dataset.pointer;
    return;
  }
  section.dataset.pointer = b + "/budget";
  const budget = project.budget ?? {};
  const line = (name) => prop("doc", "budgetLine", name);
  const evLine = (name) => prop("evaluation", "line", name);
  const countLabel = label(schemaNode("doc", "$defs", "budgetLine", "properties", "factors"), "factors");
  const head = el(
    "tr",
    {},
    el("th", {}, t("no")),
    el("th", {}, line("item")),
    el("th", {}, line("unitCost")),
    el("th", {}, countLabel),
    el("th", {}, evLine("computed")),
    el("th", {}, line("statedAmount")),
    el("th", { title: t("differs") }, "≠"),
  );
  const body = el("tbody");
  ev.activities.forEach((activity, a) => {
    body.append(
      el(
        "tr",
        { class: "activity", pointer: b + activity.path },
        el("td", {}, activity.number ?? String(a + 1)),
        el("td", { colspan: 6 }, activity.name),
      ),
    );
    activity.lines.forEach((evl, l) => {
      const docLine = at(project, evl.path) ?? {};
      const unitCost =
        docLine.unitCost !== undefined
          ? el("td", {}, input(b + evl.path + "/unitCost", docLine.unitCost, "money"))
          : el("td", { class: "na" }, t("lumpSum"));
      const factors = el("td", {});
      (docLine.factors ?? []).forEach((f, i) => {
        factors.append(
          el("span", { class: "factor" }, input(`${b}${evl.path}/factors/${i}/count`, f.count, "number"), el("span", { class: "unit" }, f.unit)),
        );
      });
      const stated =
        docLine.statedAmount !== undefined
          ? el("td", {}, input(b + evl.path + "/statedAmount", docLine.statedAmount, "money"))
          : el("td", { class: "na", title: reason(evl, "stated") }, "—");
      body.append(
        el(
          "tr",
          { class: evl.arithmeticError ? "line differs" : "line", pointer: b + evl.path },
          el("td", {}, `${activity.number ?? a + 1}.${l + 1}`),
          el("td", {}, evl.item ?? "", el("div", { class: "unit" }, evl.formula)),
          unitCost,
          factors,
          amountCell(evl.computed, evl, "computed", { role: "computed-amount" }),
          stated,
          el("td", { class: "mark", role: "line-mark" }, evl.arithmeticError ? "≠" : ""),
        ),
      );
    });
    const differs = !isZero(activity.difference) || !isZero(activity.differenceFromLines);
    body.append(
      el(
        "tr",
        { class: differs ? "subtotal differs" : "subtotal" },
        el("td", {}, ""),
        el("td", { colspan: 3 }, `${t("subtotal")} ${activity.number ?? a + 1}`),
        amountCell(activity.computed, activity, "computed", { role: "computed-subtotal" }),
        activity.stated === null
          ? el("td", { class: "amount na", title: reason(activity, "stated") }, "—")
          : el("td", { class: "amount", pointer: b + activity.path + "/statedSubtotal" }, money(activity.stated)),
        el("td", { class: "mark", role: "subtotal-mark" }, differs ? "≠" : ""),
      ),
    );
  });
  const totalDiffers = !isZero(ev.difference) || !isZero(ev.differenceFromActivities);
  body.append(
    el(
      "tr",
      { class: totalDiffers ? "total differs" : "total" },
      el("td", {}, ""),
      el("td", { colspan: 3 }, t("total")),
      el("td", { class: "amount", id: "budget-total", role: "computed-total" }, money(ev.computed)),
      ev.stated === null
        ? el("td", { class: "amount na", title: reason(ev, "stated") }, "—")
        : el("td", { class: "amount", pointer: b + "/budget/statedTotal" }, money(ev.stated)),
      el("td", { class: "mark", role: "total-mark" }, totalDiffers ? "≠" : ""),
    ),
  );
  const table = el("table", { id: "budget-table", pointer: b + "/budget/activities" }, el("thead", {}, head), body);

  const facts = el("dl", { class: "facts" });
  const budgetProp = (name) => schemaNode("doc", "$defs", "budget", "properties", name);
  if (budget.source) {
    facts.append(
      el("dt", {}, label(budgetProp("source"), "source")),
      el("dd", { pointer: b + "/budget/source" }, budget.source.text ?? budget.source.kind ?? ""),
    );
  }
  if (budget.receivedAmount !== undefined) {
    facts.append(
      el("dt", {}, label(budgetProp("receivedAmount"), "receivedAmount")),
      el("dd", { pointer: b + "/budget/receivedAmount" }, money(String(budget.receivedAmount))),
    );
  }
  const words = ev.amountInWords;
  const wordsMismatch = words.matches === false;
  const computedWords = el(
    "p",
    { class: "words" },
    el("span", { class: "label" }, t("computedWords"), ": "),
    el("span", { id: "amount-words" }, state.computedWords ?? "—"),
  );
  const writtenWords = el(
    "p",
    { class: "words", pointer: b + "/budget/amountInWords" },
    el("span", { class: "label" }, t("writtenWords"), ` (${money(words.amount)}): `),
    el("span", { id: "written-words" }, words.royalInstitute),
    words.stated === null
      ? null
      : el("span", {}, ` · ${t("statedWords")}: `, el("q", {}, words.stated), wordsMismatch ? el("strong", { class: "mark" }, " ≠") : null),
  );
  section.replaceChildren(heading, facts, table, computedWords, writtenWords);
}

function renderProgress(project, b) {
  const section = $("progress");
  const reported = state.evaluation.schedule.reported;
  section.dataset.pointer = b + "/progressReports";
  if (reported.length === 0) {
    section.replaceChildren(el("h2", {}, t("progress")), el("p", { class: "empty" }, t("noReports")));
    return;
  }
  const p = (name) => prop("evaluation", "reported", name);
  const head = el("tr", {}, el("th", {}, t("no")), el("th", {}, p("date")), el("th", {}, p("progress")), el("th", {}, p("planned")), el("th", {}, p("disbursed")));
  const body = el("tbody");
  for (const r of reported) {
    const report = at(project, r.path) ?? {};
    const index = Number(r.path.split("/").pop());
    const percent = (value) => (value === null || value === undefined ? "—" : `${value} %`);
    body.append(
      el(
        "tr",
        { pointer: b + r.path },
        el("td", {}, report.number ?? String(index + 1)),
        el(
          "td",
          { pointer: b + r.path + "/date" },
          r.date,
          report.dateAsWritten ? el("span", { class: "unit", pointer: b + r.path + "/dateAsWritten" }, ` (${report.dateAsWritten})`) : null,
        ),
        el("td", { class: "number", pointer: b + r.path + "/progress" }, percent(r.progress)),
        el("td", { class: r.planned === null ? "number na" : "number", title: reason(r, "planned") }, percent(r.planned)),
        amountCell(r.disbursed, r, "disbursed", { pointer: b + r.path + "/disbursed" }),
      ),
    );
  }
  section.replaceChildren(
    el("h2", {}, t("progress")),
    el("table", { id: "progress-table", pointer: b + "/progressReports" }, el("thead", {}, head), body),
  );
}

function renderRisks(b) {
  const section = $("risks");
  const risks = state.evaluation.risks;
  const { matrix } = risks;
  section.dataset.pointer = b + "/risks";
  const heading = el("h2", {}, label(schemaNode("evaluation", "properties", "risks"), "Risks"));
  const grid = el("table", { id: "risk-grid" });
  grid.append(el("caption", {}, `${label(schemaNode("evaluation", "$defs", "riskMatrix"), "Risk matrix")}: ${matrix.name}`));
  const levels = new Map();
  for (let l = matrix.likelihoodLevels; l >= 1; l--) {
    const row = el("tr", {}, el("th", { scope: "row" }, String(l)));
    for (let i = 1; i <= matrix.impactLevels; i++) {
      const cell = state.matrixCells?.get(`${l}:${i}`);
      const td = el("td", { class: "cell", "data-likelihood": l, "data-impact": i });
      if (cell) {
        td.dataset.level = cell.level;
        td.title = `${cell.score} · ${state.lang === "th" ? cell.levelThai : cell.level}`;
        colour(td, cell.colour);
        if (!levels.has(cell.level) || levels.get(cell.level).score > cell.score) levels.set(cell.level, cell);
      }
      risks.items.forEach((risk, n) => {
        for (const kind of ["inherent", "current", "residual"]) {
          const rating = risk[kind];
          if (rating && rating.likelihood === l && rating.impact === i) {
            td.append(
              el(
                "span",
                {
                  class: `risk-marker ${kind}`,
                  pointer: b + rating.path,
                  "data-kind": kind,
                  title: `${prop("evaluation", "risk", kind)}: ${risk.description}`,
                },
                risk.number ?? String(n + 1),
              ),
            );
          }
        }
      });
      row.append(td);
    }
    grid.append(row);
  }
  const axis = el("tr", {}, el("th", {}, ""));
  for (let i = 1; i <= matrix.impactLevels; i++) axis.append(el("th", {}, String(i)));
  grid.append(axis);
  const legend = el("ul", { class: "legend" });
  legend.append(el("li", {}, t("likelihoodAxis"), " · ", t("impactAxis")));
  for (const cell of [...levels.values()].sort((x, y) => x.score - y.score)) {
    const swatch = el("span", { class: "swatch" });
    colour(swatch, cell.colour);
    legend.append(el("li", {}, swatch, state.lang === "th" ? cell.levelThai : cell.level));
  }
  for (const kind of ["inherent", "current", "residual"]) {
    legend.append(el("li", {}, el("span", { class: `risk-marker ${kind}` }, "1"), " ", prop("evaluation", "risk", kind)));
  }
  if (risks.items.length === 0) {
    section.replaceChildren(heading, grid, legend, el("p", { class: "empty" }, t("noRisks")));
    return;
  }
  const r = (name) => prop("evaluation", "risk", name);
  const rating = (x) => (x ? `${x.likelihood} × ${x.impact} = ${x.score} ${state.lang === "th" ? x.levelThai : x.level}` : "—");
  const list = el(
    "table",
    { id: "risk-table" },
    el("thead", {}, el("tr", {}, el("th", {}, r("number")), el("th", {}, r("description")), el("th", {}, r("inherent")), el("th", {}, r("current")), el("th", {}, r("residual")))),
    el(
      "tbody",
      {},
      risks.items.map((risk, n) =>
        el(
          "tr",
          { pointer: b + risk.path },
          el("td", {}, risk.number ?? String(n + 1)),
          el("td", {}, risk.description),
          ...["inherent", "current", "residual"].map((kind) =>
            el("td", { class: risk[kind] ? "" : "na", title: reason(risk, kind) }, rating(risk[kind])),
          ),
        ),
      ),
    ),
  );
  section.replaceChildren(heading, grid, legend, list);
}

const NAMED_COLOURS = new Set(["green", "yellow", "orange", "red", "blue", "purple"]);

function colour(node, name) {
  const c = String(name ?? "").trim().toLowerCase();
  if (NAMED_COLOURS.has(c)) node.classList.add(`level-${c}`);
  else if (/^#[0-9a-f]{3}([0-9a-f]{3})?$/.test(c)) node.style.backgroundColor = c;
}

function renderIndicators(project, b) {
  const section = $("kpis");
  const indicators = state.evaluation.indicators;
  section.dataset.pointer = b + "/indicators";
  const heading = el("h2", {}, label(schemaNode("evaluation", "properties", "indicators"), "Indicators"));
  if (indicators.length === 0) {
    section.replaceChildren(heading, el("p", { class: "empty" }, t("noIndicators")));
    return;
  }
  const i = (name) => prop("evaluation", "indicator", name);
  const e = (name) => prop("evaluation", "evaluation", name);
  const achievementNode = schemaNode("evaluation", "$defs", "evaluation", "properties", "achievement");
  const directionNode = schemaNode("evaluation", "$defs", "indicator", "properties", "direction");
  const percent = new Intl.NumberFormat(state.lang === "th" ? "th-TH" : "en-GB", { style: "percent", maximumFractionDigits: 2 });
  const head = el("tr", {}, el("th", {}, i("number")), el("th", {}, i("name")), el("th", {}, i("direction")), el("th", {}, t("targets")), el("th", {}, t("results")));
  const body = el("tbody");
  for (const indicator of indicators) {
    const doc = at(project, indicator.path) ?? {};
    const targets = el("td", { pointer: b + indicator.path + "/targets" });
    (doc.targets ?? []).forEach((target, n) => {
      const value = target.value instanceof Raw ? target.value.text : target.value;
      targets.append(
        el("div", { pointer: `${b}${indicator.path}/targets/${n}` }, target.period ? `${target.period}: ` : "", el("span", { pointer: `${b}${indicator.path}/targets/${n}/value` }, value)),
      );
    });
    if (!doc.targets?.length && doc.targetText) targets.append(el("span", { class: "unit" }, doc.targetText));
    const results = el("td", {});
    for (const ev of indicator.evaluations) {
      const fmt = (v) => (v === null || v === undefined ? "—" : String(v));
      results.append(
        el(
          "div",
          { class: "evaluation", pointer: b + ev.path },
          ev.period ? `${ev.period}: ` : "",
          `${e("value")} ${fmt(ev.value)} / ${e("target")} ${fmt(ev.target)} · `,
          el("span", { class: `achievement-${ev.achievement}` }, enumLabel(achievementNode, ev.achievement)),
          ev.attainment === null ? "" : ` · ${e("attainment")} ${percent.format(ev.attainment)}`,
        ),
      );
    }
    body.append(
      el(
        "tr",
        { pointer: b + indicator.path },
        el("td", {}, indicator.number ?? ""),
        el("td", {}, indicator.name),
        el("td", {}, indicator.direction ? enumLabel(directionNode, indicator.direction) : "—"),
        targets,
        results,
      ),
    );
  }
  section.replaceChildren(heading, el("table", { id: "kpi-table" }, el("thead", {}, head), body));
}

/** The element that shows a pointer: the one carrying it, else its nearest rendered ancestor. */
function find(pointer) {
  const byPointer = new Map();
  for (const node of document.querySelectorAll("#view [data-pointer]")) {
    if (node.closest("#findings")) continue;
    const p = node.dataset.pointer;
    const known = byPointer.get(p);
    // an element that can hold a marker wins over an input carrying the same pointer
    if (!known || (known.tagName === "INPUT" && node.tagName !== "INPUT")) byPointer.set(p, node);
  }
  let p = pointer;
  for (;;) {
    if (byPointer.has(p)) return byPointer.get(p);
    if (p === "") return null;
    p = p.slice(0, p.lastIndexOf("/"));
  }
}

function renderFindings() {
  const list = $("findings");
  const f = (name) => prop("evaluation", "finding", name);
  const severityNode = schemaNode("evaluation", "$defs", "finding", "properties", "severity");
  if (state.findings.length === 0) {
    list.replaceChildren(el("li", { class: "empty" }, t("noFindings")));
    return;
  }
  list.replaceChildren();
  for (const finding of state.findings) {
    const message = state.lang === "th" ? finding.messageThai : finding.message;
    const target = find(finding.path);
    const item = el(
      "li",
      { class: "finding", "data-code": finding.code, pointer: finding.path, "data-severity": finding.severity },
      el("span", { class: "severity" }, enumLabel(severityNode, finding.severity)),
      el("strong", {}, finding.code),
      " ",
      el("span", { class: "message" }, message),
      " ",
      el("code", { title: f("path") }, `${t("at")} ${finding.path || "/"}`),
    );
    if (target) {
      const go = el("button", { type: "button", class: "goto" }, t("goto"));
      go.addEventListener("click", () => {
        target.scrollIntoView({ block: "center" });
        target.classList.add("flash");
        setTimeout(() => target.classList.remove("flash"), 1500);
      });
      item.append(go);
      const marker = el(
        "span",
        { class: "finding-inline", "data-code": finding.code, "data-severity": finding.severity, pointer: null, title: message },
        finding.code,
      );
      marker.dataset.for = finding.path;
      place(target, marker);
    }
    list.append(item);
  }
}

/** Puts a marker inside the element that shows its pointer (beside it, for an input). */
function place(target, marker) {
  if (target.tagName === "INPUT") target.after(marker);
  else if (target.tagName === "TR") {
    // in the row's own cell (its ≠ mark or its number), not in a cell that names a field of it
    const cells = [...target.children].filter((c) => !c.hasAttribute("data-pointer"));
    (cells.find((c) => c.classList.contains("mark")) ?? cells[0] ?? target.lastElementChild).append(marker);
  }
  else if (target.tagName === "TABLE" || target.tagName === "SECTION") {
    const heading = target.tagName === "SECTION" ? target.querySelector("h2") : target.closest("section")?.querySelector("h2");
    (heading ?? target).append(marker);
  } else target.append(marker);
}

// ---------------------------------------------------------------------------------------------
// Start

async function start() {
  let lang = "th";
  try {
    lang = localStorage.getItem(LANG_KEY) ?? "th";
  } catch {
    // no storage: Thai
  }
  setLang(lang);
  $("lang-switch").addEventListener("click", () => setLang(state.lang === "th" ? "en" : "th"));
  $("load-button").addEventListener("click", () => load());
  $("file-input").addEventListener("change", async (event) => {
    const file = event.target.files?.[0];
    if (!file) return;
    $("document-input").value = await file.text();
    await load();
  });
  $("project-picker").addEventListener("change", (event) => {
    state.base = `/projects/${event.target.value}`;
    reevaluate(++state.seq, true);
  });
  await loadSchemas();
  setLang(state.lang);
  document.body.dataset.ready = "true";
}

start();
