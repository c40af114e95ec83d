// The reference page of `krongkan serve` in a real browser: a seed pasted and shown as a form, its
// findings at the fields their pointers name, an edit re-evaluated by krongkan, Thai and English,
// errors with their pointer, and nothing requested from another origin.
// The selectors are the DOM contract of docs/frontend.md, "The reference page".
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { browserTests, launchBrowser, screenshot, seed, startServer } from "./harness.mjs";

describe("the reference page of krongkan serve in Chromium", browserTests, () => {
  let server;
  let browser;
  before(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** A fresh page on the server, Thai by default, with every request elsewhere recorded. */
  async function open() {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    const elsewhere = [];
    const problems = [];
    page.on("request", (r) => {
      const url = r.url();
      if (!url.startsWith(server.url) && !url.startsWith("data:")) elsewhere.push(url);
    });
    page.on("pageerror", (e) => problems.push(e.message));
    await page.goto(server.url);
    await page.waitForSelector("body[data-ready]");
    return { page, elsewhere, problems, close: () => context.close() };
  }

  /** Pastes a document, loads it, and waits until the page shows it (or says why not). */
  async function paste(page, text) {
    const before = (await page.getAttribute("body", "data-settled")) ?? "0";
    await page.fill("#document-input", text);
    await page.click("#load-button");
    await page.waitForFunction((previous) => (document.body.dataset.settled ?? "0") !== previous, before);
  }

  /** The codes of the inline markers inside the element with this exact data-pointer. */
  async function inlineCodes(page, selector) {
    return page.locator(selector).first().evaluate((e) =>
      [...e.querySelectorAll(".finding-inline")].map((m) => m.dataset.code),
    );
  }

  const line = (a, l) => `tr[data-pointer="/budget/activities/${a}/lines/${l}"]`;

  test("seed 004: the budget as a form, its findings at the lines and subtotals their pointers name", async () => {
    const { page, elsewhere, problems, close } = await open();
    assert.equal(await page.getAttribute("html", "lang"), "th");
    assert.equal(await page.getAttribute("#lang-switch", "data-lang"), "th");
    await paste(page, readFileSync(seed("004"), "utf8"));
    assert.equal(await page.locator("#error").isHidden(), true);

    const codes = await page.locator("#findings .finding").evaluateAll((li) => li.map((f) => f.dataset.code));
    assert.deepEqual(codes, [
      "BUDGET_LINE_ARITHMETIC_MISMATCH",
      "BUDGET_LINE_ARITHMETIC_MISMATCH",
      "BUDGET_SUBTOTAL_MISMATCH",
      "BUDGET_SUBTOTAL_MISMATCH",
      "BUDGET_EXCEEDS_RECEIVED",
      "INDICATOR_TARGET_MISMATCH",
    ]);
    // every finding also shown at its field: the two wrong lines, the two subtotals
    assert.deepEqual(await inlineCodes(page, line(0, 3)), ["BUDGET_LINE_ARITHMETIC_MISMATCH"]);
    assert.deepEqual(await inlineCodes(page, line(4, 1)), ["BUDGET_LINE_ARITHMETIC_MISMATCH"]);
    assert.deepEqual(await inlineCodes(page, line(0, 0)), []);
    assert.deepEqual(await inlineCodes(page, 'td[data-pointer="/budget/activities/0/statedSubtotal"]'), [
      "BUDGET_SUBTOTAL_MISMATCH",
    ]);
    assert.deepEqual(await inlineCodes(page, 'td[data-pointer="/budget/activities/4/statedSubtotal"]'), [
      "BUDGET_SUBTOTAL_MISMATCH",
    ]);
    assert.deepEqual(await inlineCodes(page, '[data-pointer="/budget/receivedAmount"]'), ["BUDGET_EXCEEDS_RECEIVED"]);
    assert.deepEqual(await inlineCodes(page, 'tr[data-pointer="/indicators/2"]'), ["INDICATOR_TARGET_MISMATCH"]);
    assert.equal(await page.locator(".finding-inline").count(), 6);

    // the copies line: 80.00 × 200 computed 16,000.00 against 13,000.00 stated, marked ≠
    const copies = page.locator(line(0, 3));
    assert.equal(await copies.locator('[data-role="computed-amount"]').innerText(), "16,000.00");
    assert.equal(await copies.locator('input[data-pointer$="/statedAmount"]').inputValue(), "13000.00");
    assert.equal((await copies.locator('[data-role="line-mark"]').innerText()).trim(), "≠");
    assert.equal((await page.locator(line(0, 0)).locator('[data-role="line-mark"]').innerText()).trim(), "");
    assert.equal(await page.locator("#budget-total").innerText(), "121,000.00");
    assert.equal(await page.locator("#amount-words").innerText(), "หนึ่งแสนสองหมื่นหนึ่งพันบาทถ้วน");
    assert.equal(await page.locator("#budget-table tr.line").count(), 15);

    // the risk grid: 5 × 5 cells, each graded by krongkan; seed 004's risks are not rated
    assert.equal(await page.locator("#risk-grid td[data-likelihood][data-impact]").count(), 25);
    assert.equal(await page.locator('#risk-grid td[data-likelihood="1"][data-impact="1"]').getAttribute("data-level"), "low");
    assert.equal(await page.locator('#risk-grid td[data-likelihood="5"][data-impact="5"]').getAttribute("data-level"), "very high");
    assert.equal(await page.locator('#risk-table tr[data-pointer="/risks/1"]').count(), 1);
    // the KPI table: the indicator of 100 against the target of 200
    assert.equal(await page.locator("#kpi-table tr[data-pointer^='/indicators/']").count(), 9);

    // Thai in Sarabun, served by the page's own server
    const sarabun = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].some((f) => f.family.replace(/"/g, "") === "Sarabun" && f.status === "loaded");
    });
    assert.ok(sarabun, "a Sarabun face is loaded");
    await page.locator("#facts").evaluate((e) => e.scrollIntoView());
    await screenshot(page, "reference-page-th");
    assert.deepEqual(elsewhere, [], "nothing is requested from another origin");
    assert.deepEqual(problems, []);
    await close();
  });

  test("an edited count or unit cost is re-evaluated by krongkan: amount, total, words, marks and findings", async () => {
    const { page, problems, close } = await open();
    await paste(page, readFileSync(seed("004"), "utf8"));
    const copies = page.locator(line(0, 3));
    // 200 copies → 150: 80.00 × 150 = 12,000.00, the total 117,000.00 and its words
    await copies.locator('input[data-pointer="/budget/activities/0/lines/3/factors/0/count"]').fill("150");
    await page.waitForFunction(() => document.querySelector("#budget-total").textContent === "117,000.00");
    assert.equal(await page.locator(line(0, 3)).locator('[data-role="computed-amount"]').innerText(), "12,000.00");
    assert.equal(await page.locator("#amount-words").innerText(), "หนึ่งแสนหนึ่งหมื่นเจ็ดพันบาทถ้วน");
    assert.equal(await page.locator("#status").innerText(), "คำนวณใหม่แล้ว");
    // the input keeps the focus and what was typed across the re-render
    assert.equal(
      await page.evaluate(() => document.activeElement?.dataset.pointer),
      "/budget/activities/0/lines/3/factors/0/count",
    );

    // unit cost 80 → 65: 65 × 200 = 13,000.00 as stated, so the ≠ mark and the line's finding go
    await page.locator(line(0, 3)).locator('input[data-pointer$="/factors/0/count"]').fill("200");
    await page.locator(line(0, 3)).locator('input[data-pointer$="/unitCost"]').fill("65.00");
    await page.waitForFunction(() => document.querySelector("#budget-total").textContent === "118,000.00");
    const fixed = page.locator(line(0, 3));
    assert.equal(await fixed.locator('[data-role="computed-amount"]').innerText(), "13,000.00");
    assert.equal((await fixed.locator('[data-role="line-mark"]').innerText()).trim(), "");
    assert.deepEqual(await inlineCodes(page, line(0, 3)), []);
    assert.equal(await page.locator('#findings .finding[data-code="BUDGET_LINE_ARITHMETIC_MISMATCH"]').count(), 1);

    // a count the reader refuses: the form stays, the input is marked, the reason shown with its pointer
    await page.locator(line(0, 3)).locator('input[data-pointer$="/factors/0/count"]').fill("two hundred");
    await page.waitForSelector("#error:not([hidden])");
    assert.equal(await page.getAttribute("#error", "data-error-pointer"), "/budget/activities/0/lines/3/factors/0/count");
    assert.match(await page.locator("#error").innerText(), /factors\/0\/count/);
    assert.ok(await page.locator('input.invalid[data-pointer$="/lines/3/factors/0/count"]').count());
    assert.equal(await page.locator("#budget-total").innerText(), "118,000.00");
    assert.deepEqual(problems, []);
    await close();
  });

  test("Thai and English: the switch changes the labels and html[lang], and is remembered", async () => {
    const { page, close } = await open();
    await paste(page, readFileSync(seed("004"), "utf8"));
    const unitCost = page.locator("#budget-table thead th").nth(2);
    assert.equal(await unitCost.innerText(), "อัตรา");
    const message = page.locator('#findings .finding[data-code="BUDGET_EXCEEDS_RECEIVED"] .message');
    const thai = await message.innerText();

    await page.click("#lang-switch");
    assert.equal(await page.getAttribute("html", "lang"), "en");
    assert.equal(await page.getAttribute("#lang-switch", "data-lang"), "en");
    assert.equal(await unitCost.innerText(), "Unit cost");
    assert.equal(await page.locator("#findings-section h2").innerText(), "Findings");
    assert.notEqual(await message.innerText(), thai);
    assert.match(await message.innerText(), /[A-Za-z]/);
    assert.equal(await page.locator(".finding-inline").count(), 6, "the markers are placed again");
    await page.locator("#facts").evaluate((e) => e.scrollIntoView());
    await screenshot(page, "reference-page-en");

    await page.reload();
    await page.waitForSelector("body[data-ready]");
    assert.equal(await page.getAttribute("html", "lang"), "en", "the choice is remembered");
    await page.click("#lang-switch");
    assert.equal(await page.getAttribute("html", "lang"), "th");
    assert.equal(await page.getAttribute("#lang-switch", "data-lang"), "th");
    assert.equal(await page.locator("#findings-section h2").innerText(), "ข้อค้นพบ");
    await close();
  });

  test("seed 002: its findings at the progress reports and the indicator they name", async () => {
    const { page, close } = await open();
    await paste(page, readFileSync(seed("002"), "utf8"));
    const codes = await page.locator("#findings .finding").evaluateAll((li) => li.map((f) => f.dataset.code));
    assert.deepEqual(codes, [
      "REPORTS_NOT_IN_DATE_ORDER",
      "REPORT_DATE_MONTH_FIRST",
      "PROGRESS_DECREASED",
      "REPORT_AFTER_CANCELLATION",
      "REPORT_AFTER_CANCELLATION",
      "INDICATOR_RESULT_ON_CANCELLED_PROJECT",
    ]);
    assert.deepEqual(await inlineCodes(page, 'tr[data-pointer="/progressReports/10"]'), ["REPORT_DATE_MONTH_FIRST"]);
    assert.deepEqual(await inlineCodes(page, '[data-pointer="/progressReports/10/dateAsWritten"]'), [
      "REPORT_DATE_MONTH_FIRST",
    ]);
    assert.deepEqual(await inlineCodes(page, '[data-pointer="/progressReports/3/progress"]'), ["PROGRESS_DECREASED"]);
    assert.deepEqual(await inlineCodes(page, 'tr[data-pointer="/progressReports/0"]'), ["REPORT_AFTER_CANCELLATION"]);
    assert.deepEqual(await inlineCodes(page, 'tr[data-pointer="/progressReports/1"]'), ["REPORT_AFTER_CANCELLATION"]);
    assert.deepEqual(await inlineCodes(page, "#progress h2"), ["REPORTS_NOT_IN_DATE_ORDER"]);
    assert.deepEqual(await inlineCodes(page, '#kpi-table tr[data-pointer="/indicators/0"]'), [
      "INDICATOR_RESULT_ON_CANCELLED_PROJECT",
    ]);
    assert.deepEqual(await inlineCodes(page, '[data-pointer="/indicators/0/measurements/0"]'), [
      "INDICATOR_RESULT_ON_CANCELLED_PROJECT",
    ]);
    assert.equal(await page.locator("#budget-table").count(), 0, "seed 002 has no budget");
    await page.locator("#progress").evaluate((e) => e.scrollIntoView());
    await screenshot(page, "reference-page-002-th");
    await close();
  });

  test("rated risks on the grid; a record and a portfolio checked whole and shown project by project; errors", async () => {
    const { page, close } = await open();
    await paste(
      page,
      JSON.stringify({
        format: "krongkan/1",
        name: "risks",
        fiscalYear: 2567,
        risks: [{ number: "R1", description: "late money", inherent: { likelihood: 4, impact: 5 }, residual: { likelihood: 2, impact: 3 } }],
      }),
    );
    const inherent = page.locator('#risk-grid td[data-likelihood="4"][data-impact="5"] .risk-marker.inherent');
    assert.equal(await inherent.innerText(), "R1");
    assert.equal(await inherent.getAttribute("data-pointer"), "/risks/0/inherent");
    assert.equal(await page.locator('#risk-grid td[data-likelihood="2"][data-impact="3"] .risk-marker.residual').count(), 1);
    assert.equal(await page.locator("#risk-grid .risk-marker[data-pointer]").count(), 2);

    const record = readFileSync(
      new URL("../../examples/data/records/002-bueng-kum-fy2564-tracking.record.json", import.meta.url),
      "utf8",
    );
    await paste(page, record);
    const versions = JSON.parse(record).versions.length;
    const base = `/versions/${versions - 1}/project`;
    const pointers = await page.locator("#findings .finding").evaluateAll((li) => li.map((f) => f.dataset.pointer));
    assert.ok(pointers.length > 0);
    assert.ok(pointers.every((p) => p.startsWith("/")), pointers.join(", "));
    assert.equal(await page.locator(`#facts[data-pointer="${base}"]`).count(), 1);
    const placed = await page.locator(".finding-inline").evaluateAll((ms) => ms.map((m) => m.dataset.for));
    assert.ok(placed.length > 0 && placed.every((p) => pointers.includes(p)));

    // a portfolio: checked whole, shown project by project, with pointers into the portfolio
    const project = (prefix) => {
      const { format, ...rest } = JSON.parse(readFileSync(seed(prefix), "utf8"));
      return rest;
    };
    await paste(page, JSON.stringify({ format: "krongkan/1", projects: [project("003"), project("004")] }));
    assert.equal(await page.locator("#project-picker option").count(), 2);
    assert.equal(await page.locator("#findings .finding").count(), 6);
    assert.equal(await page.locator(".finding-inline").count(), 0, "seed 003 is shown and has no findings");
    const before = await page.getAttribute("body", "data-settled");
    await page.selectOption("#project-picker", "1");
    await page.waitForFunction((previous) => document.body.dataset.settled !== previous, before);
    assert.deepEqual(await inlineCodes(page, 'tr[data-pointer="/projects/1/budget/activities/0/lines/3"]'), [
      "BUDGET_LINE_ARITHMETIC_MISMATCH",
    ]);
    assert.equal(await page.locator(".finding-inline").count(), 6);

    await paste(page, '{"format": "krongkan/1", "name": "x", "fiscalYear": "2567"}');
    assert.equal(await page.locator("#error").isVisible(), true);
    assert.equal(await page.getAttribute("#error", "data-error-pointer"), "/fiscalYear");
    assert.match(await page.locator("#error").innerText(), /^\/fiscalYear: .*integer/);
    await close();
  });
});
