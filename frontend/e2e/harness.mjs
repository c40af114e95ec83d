// Shared harness of the browser tests (node:test + playwright-core driving Debian's Chromium).
//
//   import { browserTests, startServer, launchBrowser, screenshot, htmlReport, seed } from "./harness.mjs";
//
//   browserTests          {skip: false} or {skip: "reason"}: pass it to describe()/test() so the
//                         tests skip on a machine without Chromium, but fail in CI (env CI set, or
//                         KRONGKAN_BROWSER_TESTS=required) where .ci/run installs it.
//   startServer()         starts `java -jar examples/target/krongkan.jar serve --port 0` and
//                         resolves to {url, stop()}; url ends with "/".
//   launchBrowser()       resolves to a playwright Browser: /usr/bin/chromium (or KRONGKAN_CHROMIUM),
//                         headless, no sandbox (CI runs as root), no background networking.
//   screenshot(page, name, {fullPage}) saves target/screenshots/<name>.png (the viewport unless
//                         fullPage), and docs/images/<name>.png when
//                         KRONGKAN_UPDATE_SCREENSHOTS=1 (how the screenshots in docs/ are made).
//   htmlReport(file, lang) writes `krongkan report --format html` of a document to target/e2e/
//                         and resolves to its file:// URL.
//   seed(prefix)          the path of the bundled example whose name starts with prefix ("004").
//
// Nothing here downloads a browser: playwright-core is the driver only.
import { spawn, execFile } from "node:child_process";
import { existsSync, mkdirSync, copyFileSync, readdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { chromium } from "playwright-core";

const frontend = join(dirname(fileURLToPath(import.meta.url)), "..");
export const root = join(frontend, "..");
export const jar = join(root, "examples", "target", "krongkan.jar");
const chromiumPath = process.env.KRONGKAN_CHROMIUM || "/usr/bin/chromium";
const required = Boolean(process.env.CI) || process.env.KRONGKAN_BROWSER_TESTS === "required";

function skipReason() {
  const missing = [];
  if (!existsSync(chromiumPath)) missing.push(`no Chromium at ${chromiumPath} (apt-get install chromium fonts-thai-tlwg)`);
  if (!existsSync(jar)) missing.push(`no ${jar} (./mvnw -B package -DskipTests)`);
  if (missing.length === 0) return false;
  if (required) throw new Error(`browser tests are required here but cannot run: ${missing.join("; ")}`);
  return `browser tests skipped: ${missing.join("; ")}`;
}

export const browserTests = { skip: skipReason() };

/** The bundled example document whose file name starts with the prefix. */
export function seed(prefix) {
  const data = join(root, "examples", "data");
  const name = readdirSync(data).find((n) => n.startsWith(prefix) && n.endsWith(".json"));
  if (!name) throw new Error(`no bundled example ${prefix}* in ${data}`);
  return join(data, name);
}

/** Starts `krongkan serve --port 0`; resolves once it listens. */
export function startServer(extraArgs = []) {
  return new Promise((resolve, reject) => {
    const child = spawn("java", ["-jar", jar, "serve", "--port", "0", ...extraArgs], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`krongkan serve did not listen within 30 s: ${out}${err}`));
    }, 30_000);
    child.stderr.on("data", (d) => (err += d));
    child.stdout.on("data", (d) => {
      out += d;
      const m = /listening on (http:\/\/\S+?\/)(\s|$)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({
          url: m[1],
          stop: () =>
            new Promise((done) => {
              if (child.exitCode !== null) return done();
              child.once("exit", () => done());
              child.kill();
            }),
        });
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`krongkan serve exited with ${code}: ${out}${err}`));
    });
  });
}

/** The flags Chromium needs on a closed network, as root. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Launches Debian's Chromium headless with a fresh profile (playwright gives each launch its own). */
export function launchBrowser() {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    chromiumSandbox: false,
    args: chromiumArgs,
  });
}

/** Saves a screenshot of the whole page; into docs/images too when KRONGKAN_UPDATE_SCREENSHOTS=1. */
export async function screenshot(page, name, { fullPage = false } = {}) {
  const dir = join(frontend, "target", "screenshots");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  if (process.env.KRONGKAN_UPDATE_SCREENSHOTS === "1") {
    const docs = join(root, "docs", "images");
    mkdirSync(docs, { recursive: true });
    copyFileSync(file, join(docs, `${name}.png`));
  }
  return file;
}

/** Runs the command-line tool; resolves to its standard output. */
export async function krongkan(...args) {
  const { stdout } = await promisify(execFile)("java", ["-jar", jar, ...args], { maxBuffer: 64 << 20 });
  return stdout;
}

/** Writes the HTML report of a document; resolves to its file:// URL. */
export async function htmlReport(document, lang = "th") {
  const dir = join(frontend, "target", "e2e");
  mkdirSync(dir, { recursive: true });
  const out = join(dir, `${document.split("/").pop().replace(/\.json$/, "")}-${lang}.html`);
  await krongkan("report", "--format", "html", "--lang", lang, "-o", out, document);
  return pathToFileURL(out).href;
}

/** A fresh temporary directory, removed by the returned function. */
export function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), "krongkan-e2e-"));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
