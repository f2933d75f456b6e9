// The static picture of a chart, as a reader of the runner's executed notebook sees it in Jupyter
// Notebook 6: untrusted (scripts stripped, HTML sanitized) the picture shows in the chart's place;
// trusted, with plotly.js on the page, the live chart draws and the picture goes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { rankProducts, type WhatIfInput } from "../../../src/core";
import { loadModel } from "../../../src/load";
import { rankingFigure } from "../../../src/charts";
import { whatIfHtml } from "../../../src/display";
import { chartHtml, plotlyScriptHtml } from "../../../src/display/chart";
import { whatIfBundleScriptHtml } from "../../../src/display/what-if";
import { chartImager } from "../../../src/runtime/html/chart-images";
import type { Notebook } from "../../../src/runtime/notebook/nbformat";
import { launchChromium, notebookServerMissing, startNotebookServer, type NotebookServer } from "../notebook-server";

const missing = notebookServerMissing();
if (missing) console.warn(`[skipped] chart pictures in Jupyter Notebook ${missing}`);

const capacity: WhatIfInput = { kind: "capacity", resourceId: "stylists", name: "capacityHours" };

const display = (html: string) => ({
  output_type: "display_data" as const,
  data: { "text/html": html, "text/plain": "[chart]" },
  metadata: {},
});
const notebookOf = (outputs: ReturnType<typeof display>[]): Notebook => ({
  nbformat: 4,
  nbformat_minor: 5,
  metadata: { kernelspec: { name: "none-installed", display_name: "none", language: "typescript" } },
  cells: outputs.map((output, i) => ({
    cell_type: "code" as const,
    id: `c${i + 1}`,
    execution_count: i + 1,
    metadata: {},
    source: "show()",
    outputs: [output],
  })),
});

describe.skipIf(missing !== undefined)("chart pictures in Jupyter Notebook 6", () => {
  let browser: Browser;
  let server: NotebookServer;

  beforeAll(async () => {
    const salon = loadModel("data/salon");
    // As the runner's kernels write them: no plotly.js or bundle in any output (the page brings them).
    const chart = chartHtml(rankingFigure(rankProducts(salon)), { id: "ranking-chart" });
    const whatIf = whatIfHtml(salon, [{ input: capacity, min: 40, max: 160 }], { id: "live", includeBundle: false });
    const imager = chartImager();
    let pictured: Notebook;
    try {
      const result = await imager.addImages(notebookOf([display(chart), display(whatIf)]));
      expect(result.added).toBe(2);
      pictured = result.notebook;
    } finally {
      await imager.close();
    }
    // Trusted, with plotly.js and the what-if bundle in a first output, as a kernel session sends them.
    // (Cell ids stay unique: nbformat would renumber them on reading, and the signature would not match.)
    const first = { ...notebookOf([display(plotlyScriptHtml() + whatIfBundleScriptHtml())]).cells[0]!, id: "plotly" };
    const trusted = { ...pictured, cells: [first, ...pictured.cells] };
    server = await startNotebookServer({ "untrusted.ipynb": pictured, "trusted.ipynb": trusted }, ["trusted.ipynb"]);
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("untrusted: each chart shows as its picture", async () => {
    const tab = await browser.newPage();
    await tab.goto(server.pageUrl("untrusted.ipynb"), { waitUntil: "load", timeout: 60_000 });
    await tab.waitForSelector(".output_html", { timeout: 60_000 });
    await tab.waitForFunction(
      () =>
        Array.from(document.querySelectorAll<HTMLImageElement>(".output_html img.ta-chart-picture")).filter(
          (img) => img.complete && img.naturalWidth > 0,
        ).length === 2,
      undefined,
      { timeout: 30_000 },
    );
    const shown = await tab.evaluate(() => ({
      pictures: Array.from(document.querySelectorAll<HTMLImageElement>(".output_html img.ta-chart-picture"), (img) => ({
        alt: img.alt,
        visible: img.getBoundingClientRect().width > 100 && img.getBoundingClientRect().height > 100,
      })),
      // Sanitized: nothing drew, no script of ours ran.
      drawn: document.querySelectorAll(".js-plotly-plot").length,
    }));
    expect(shown.drawn).toBe(0);
    expect(shown.pictures).toHaveLength(2);
    expect(shown.pictures.every((p) => p.visible && p.alt.length > 0 && p.alt !== "chart")).toBe(true);
  }, 120_000);

  it("trusted, with plotly.js on the page: the live charts draw and the pictures go", async () => {
    const tab = await browser.newPage();
    const errors: string[] = [];
    tab.on("pageerror", (error) => errors.push(String(error)));
    await tab.goto(server.pageUrl("trusted.ipynb"), { waitUntil: "load", timeout: 60_000 });
    await tab.waitForSelector("#ranking-chart .main-svg", { timeout: 60_000 });
    await tab.waitForSelector("#live .main-svg", { timeout: 60_000 });
    await tab.waitForFunction(() => document.querySelectorAll("img.ta-chart-picture").length === 0, undefined, {
      timeout: 30_000,
    });
    expect(errors).toEqual([]);
  }, 120_000);
});
