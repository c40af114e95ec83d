// The HTML report (`krongkan report --format html`) in a real browser: what it shows, that the
// Thai font is used, that nothing is fetched, and that it prints on A4.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { browserTests, htmlReport, launchBrowser, screenshot, seed } from "./harness.mjs";

describe("the HTML report in Chromium", browserTests, () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  /** Opens a report with every request outside the file recorded. */
  async function open(document, lang) {
    const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
    const requests = [];
    page.on("request", (r) => {
      if (!r.url().startsWith("file:") && !r.url().startsWith("data:")) requests.push(r.url());
    });
    await page.goto(await htmlReport(document, lang));
    await page.evaluate(() => document.fonts.ready);
    return { page, requests };
  }

  test("seed 004: the copies line is marked ≠, computed 16,000.00 against 13,000.00 stated", async () => {
    const { page, requests } = await open(seed("004"), "th");
    const differing = page.locator("table#p1-budget-table tr.line.differs");
    assert.ok((await differing.count()) >= 1, "at least one budget line differs");
    const copies = differing.filter({ hasText: "16,000.00" });
    assert.equal(await copies.locator("td.amount.computed").innerText(), "16,000.00");
    assert.equal(await copies.locator("td.amount.stated").innerText(), "13,000.00");
    assert.equal((await copies.locator("td.mark").innerText()).trim(), "≠");
    assert.ok(await copies.locator("td.mark").isVisible());
    // A line whose amounts agree carries no mark.
    const agreeing = page.locator("table#p1-budget-table tr.line:not(.differs) td.mark").first();
    assert.equal((await agreeing.innerText()).trim(), "");
    // Every budget finding of the check is listed with its pointer.
    const findings = page.locator("table#p1-findings-table tr.finding");
    assert.ok((await findings.count()) >= 3);
    const pointers = await findings.evaluateAll((rows) => rows.map((r) => r.dataset.pointer));
    assert.ok(pointers.some((p) => p.startsWith("/budget/")), `budget pointers among ${pointers}`);
    assert.deepEqual(requests, [], "the report loads nothing from outside the file");
    await screenshot(page, "html-report-004-th");
    await page.close();
  });

  test("Thai text is drawn with the embedded Sarabun face, not a fallback", async () => {
    const { page } = await open(seed("004"), "th");
    const faces = await page.evaluate(() =>
      [...document.fonts].map((f) => ({ family: f.family.replace(/"/g, ""), status: f.status })),
    );
    assert.ok(
      faces.some((f) => f.family === "Sarabun" && f.status === "loaded"),
      `a loaded Sarabun face among ${JSON.stringify(faces)}`,
    );
    const family = await page.locator("h1.project-name").evaluate((e) => getComputedStyle(e).fontFamily);
    assert.match(family, /Sarabun/);
    const name = await page.locator("h1.project-name span.name").innerText();
    assert.match(name, /[\u0E00-\u0E7F]/, "the project's name is Thai");
    // The Thai name is laid out by the Sarabun face: its width differs from the same text in monospace.
    const widths = await page.locator("h1.project-name span.name").evaluate((e) => {
      const probe = (font) => {
        const c = document.createElement("canvas").getContext("2d");
        c.font = font;
        return c.measureText(e.textContent).width;
      };
      return { sarabun: probe("20px Sarabun"), mono: probe("20px monospace") };
    });
    assert.notEqual(Math.round(widths.sarabun), Math.round(widths.mono));
    await page.close();
  });

  test("seed 004: the planned S-curve is drawn", async () => {
    const { page } = await open(seed("004"), "th");
    const planned = page.locator("svg#p1-s-curve polyline.curve.planned");
    assert.ok(await planned.isVisible());
    const ys = (await planned.getAttribute("points"))
      .trim()
      .split(/\s+/)
      .map((p) => Number(p.split(",")[1]));
    // Cumulative: in SVG, y grows downwards, so the curve never goes down the page.
    for (let i = 1; i < ys.length; i++) assert.ok(ys[i] <= ys[i - 1], `the planned curve rises at point ${i}`);
    await page.close();
  });

  test("the S-curve, the heat map and the KPI table are drawn", async () => {
    const { page } = await open(seed("002"), "th");
    const curve = page.locator("svg#p1-s-curve");
    assert.ok(await curve.isVisible());
    // Seed 002 reports progress month by month (its plan gives no monthly curve).
    const points = await curve.locator("polyline.curve.reported").getAttribute("points");
    assert.ok(points.trim().split(/\s+/).length >= 2, "the reported curve has points");
    assert.equal(await curve.locator("circle.point.reported").count(), points.trim().split(/\s+/).length);
    const box = await curve.boundingBox();
    assert.ok(box.width > 200 && box.height > 100, `the curve is drawn at a readable size: ${JSON.stringify(box)}`);
    const cells = page.locator("table#p1-heat-map td.heat-cell");
    const likelihoods = Number(await page.locator("table#p1-heat-map").getAttribute("data-likelihood-levels"));
    const impacts = Number(await page.locator("table#p1-heat-map").getAttribute("data-impact-levels"));
    assert.equal(await cells.count(), likelihoods * impacts);
    // Cells of different levels are painted differently.
    const colours = new Set(await cells.evaluateAll((tds) => tds.map((td) => getComputedStyle(td).backgroundColor)));
    assert.ok(colours.size >= 3, `at least three level colours, got ${[...colours]}`);
    assert.ok((await page.locator("table#p1-kpi-table tr.kpi").count()) >= 1);
    await screenshot(page, "html-report-002-th");
    await page.close();
  });

  test("English labels in the English report", async () => {
    const th = await open(seed("004"), "th");
    const en = await open(seed("004"), "en");
    assert.equal(await en.page.locator("html").getAttribute("lang"), "en");
    assert.equal(await th.page.locator("html").getAttribute("lang"), "th");
    const headingTh = await th.page.locator("section#p1-budget h2").first().innerText();
    const headingEn = await en.page.locator("section#p1-budget h2").first().innerText();
    assert.notEqual(headingTh, headingEn);
    assert.doesNotMatch(headingEn, /[\u0E00-\u0E7F]/);
    await screenshot(en.page, "html-report-004-en");
    await th.page.close();
    await en.page.close();
  });

  test("prints on A4 pages", async () => {
    const { page } = await open(seed("004"), "th");
    await page.emulateMedia({ media: "print" });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    assert.equal(pdf.subarray(0, 5).toString("latin1"), "%PDF-");
    const text = pdf.toString("latin1");
    const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
    assert.ok(boxes.length >= 1, "the PDF has pages");
    for (const [, w, h] of boxes) {
      // A4 is 595.28 × 841.89 points.
      assert.ok(Math.abs(Number(w) - 595.28) < 2 && Math.abs(Number(h) - 841.89) < 2, `an A4 page, not ${w} × ${h}`);
    }
    await page.close();
  });
});
