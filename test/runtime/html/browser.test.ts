import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runWorkbook, type WorkbookResult } from "../../../src/runtime/workbook";
import { FIXTURES, KERNEL_TEST_TIMEOUT } from "../helpers";

const CHROMIUM = "/usr/bin/chromium";
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium)
  console.warn(`Skipping the browser tests: ${CHROMIUM} is not installed (CI installs Debian's chromium).`);

/** Flags from the machine notes: without the background-networking ones Chromium itself calls Google. */
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

interface Visit {
  page: Page;
  consoleErrors: string[];
  pageErrors: string[];
  requests: string[];
}

describe.skipIf(!haveChromium)("exported pages in headless Chromium", () => {
  const out = mkdtempSync(join(tmpdir(), "ta-browser-"));
  let browser: Browser;
  let result: WorkbookResult;

  beforeAll(async () => {
    result = await runWorkbook({
      notebooks: [join(FIXTURES, "plotly.ipynb"), join(FIXTURES, "hello.ipynb"), join(FIXTURES, "record.ipynb")],
      outDir: out,
    });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, KERNEL_TEST_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    rmSync(out, { recursive: true, force: true });
  });

  async function visit(file: string): Promise<Visit> {
    const context = await browser.newContext();
    const page = await context.newPage();
    const visit: Visit = { page, consoleErrors: [], pageErrors: [], requests: [] };
    page.on(
      "console",
      (m) => (m.type() === "error" || m.type() === "warning") && visit.consoleErrors.push(`${m.type()}: ${m.text()}`),
    );
    page.on("pageerror", (e) => visit.pageErrors.push(e.message));
    context.on("request", (r) => visit.requests.push(r.url()));
    await page.goto(pathToFileURL(join(out, file)).href, { waitUntil: "load" });
    return visit;
  }

  it("ran the notebooks", () => {
    expect(result.status).toBe("ok");
  });

  it("shows every chart of a page, with no console error and no network request", async () => {
    const v = await visit("plotly.html");
    await v.page.waitForFunction(() => document.querySelectorAll(".js-plotly-plot .main-svg").length >= 2, undefined, {
      timeout: 30_000,
    });
    const charts = await v.page.$$eval(".js-plotly-plot", (plots) =>
      plots.map((p) => ({
        id: p.id,
        bars: p.querySelectorAll(".bars .point").length,
        title: p.querySelector(".gtitle")?.textContent,
      })),
    );
    expect(charts).toEqual([
      { id: "chart-salon", bars: 3, title: "T, OE and NP" },
      { id: "chart-hall", bars: 3, title: "T, OE and NP" },
    ]);
    expect(v.consoleErrors).toEqual([]);
    expect(v.pageErrors).toEqual([]);
    expect(v.requests.filter((u) => !/^(file|data|blob|about):/.test(u))).toEqual([]);
    await v.page.screenshot({ path: join(out, "plotly.png"), fullPage: true });
    await v.page.context().close();
  }, 60_000);

  it("draws a library chart from the handout's shared plotly.js (out/assets/, by relative src) from file://", async () => {
    const html = readFileSync(join(out, "record.html"), "utf8");
    expect(html).toContain('src="assets/plotly.min.js"');
    expect(html).not.toMatch(/plotly\.js v\d/);
    const v = await visit("record.html");
    await v.page.waitForFunction(() => document.querySelectorAll(".js-plotly-plot .main-svg").length >= 1, undefined, {
      timeout: 30_000,
    });
    expect(await v.page.$$eval(".js-plotly-plot .bars .point", (points) => points.length)).toBe(1);
    expect(v.consoleErrors).toEqual([]);
    expect(v.pageErrors).toEqual([]);
    expect(v.requests.filter((u) => !/^(file|data|blob|about):/.test(u))).toEqual([]);
    expect(v.requests).toContain(pathToFileURL(join(out, "assets", "plotly.min.js")).href);
    await v.page.context().close();
  }, 60_000);

  it("gives each chart of an executed notebook a static SVG beside and inside its HTML, for viewers that run no script", () => {
    const executed = JSON.parse(readFileSync(join(out, "notebooks", "record.ipynb"), "utf8")) as {
      cells: { outputs?: { data?: Record<string, unknown> }[] }[];
    };
    const charts = executed.cells
      .flatMap((c) => c.outputs ?? [])
      .filter((o) => typeof o.data?.["text/html"] === "string" && String(o.data["text/html"]).includes("ta-chart"));
    expect(charts).toHaveLength(1);
    const svg = String(charts[0]!.data!["image/svg+xml"]);
    expect(svg).toMatch(/^<svg[\s\S]*<\/svg>$/);
    // The bar of the chart (capacityHours = 100) is drawn in the picture.
    expect(svg.match(/class="point"/g)).toHaveLength(1);
    expect(svg).toContain(">100</text>");
    // The same picture inside the HTML (Jupyter shows an untrusted notebook's HTML, sanitized, not the SVG
    // beside it); the page, which runs its scripts, is made without it.
    const img = /<img class="ta-chart-picture"[^>]* src="data:image\/svg\+xml;base64,([^"]+)"/.exec(
      String(charts[0]!.data!["text/html"]),
    );
    expect(Buffer.from(img![1]!, "base64").toString("utf8")).toBe(svg);
    expect(readFileSync(join(out, "record.html"), "utf8")).not.toContain("ta-chart-picture");
    // Nor does the executed copy carry plotly.js.
    expect(JSON.stringify(executed)).not.toMatch(/plotly\.js v\d/);
  });

  it(
    "--standalone inlines plotly.js into the page: no external script, no assets folder, the chart still draws",
    async () => {
      const alone = join(out, "standalone");
      const run = await runWorkbook({ notebooks: [join(FIXTURES, "record.ipynb")], outDir: alone, standalone: true });
      expect(run.entries[0]?.run.failure).toBeUndefined();
      const html = readFileSync(join(alone, "record.html"), "utf8");
      expect(html).not.toMatch(/<script[^>]*\ssrc=/);
      expect(html.match(/plotly\.js v\d/g)).toHaveLength(1);
      expect(existsSync(join(alone, "assets"))).toBe(false);
      const v = await visit("standalone/record.html");
      await v.page.waitForFunction(
        () => document.querySelectorAll(".js-plotly-plot .main-svg").length >= 1,
        undefined,
        { timeout: 30_000 },
      );
      expect(v.consoleErrors).toEqual([]);
      expect(v.pageErrors).toEqual([]);
      expect(
        v.requests.filter((u) => !u.endsWith("/standalone/record.html") && !/^(data|blob|about):/.test(u)),
      ).toEqual([]);
      await v.page.context().close();
    },
    KERNEL_TEST_TIMEOUT,
  );

  it("shows the index with working links to every page", async () => {
    const v = await visit("index.html");
    const links = await v.page.$$eval("table.runs a", (as) => as.map((a) => a.getAttribute("href")));
    expect(links).toEqual(expect.arrayContaining(["hello.html", "plotly.html", "notebooks/hello.ipynb"]));
    await v.page.click('a[href="hello.html"]');
    await v.page.waitForSelector(".greeting");
    expect(await v.page.textContent(".greeting")).toBe("T = 5");
    expect(v.consoleErrors).toEqual([]);
    expect(v.pageErrors).toEqual([]);
    expect(v.requests.filter((u) => !/^(file|data|blob|about):/.test(u))).toEqual([]);
    await v.page.context().close();
  }, 60_000);
});
