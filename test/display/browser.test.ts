// One chart of each kind (and a table) on one offline page in headless Chromium: every chart draws its
// SVG, nothing is logged as an error, nothing goes to the network, and a hostile product name stays text.
import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { throughputReport } from "../../src/core";
import { chartHtml, tableHtml } from "../../src/display";
import { everyFigure } from "../charts/every-figure";
import { XSS, salon, salonServices } from "../charts/fixtures";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium)
  console.warn(`[skipped] ${CHROMIUM} is absent: the browser rendering test needs Debian's chromium (CI installs it)`);

// The exported pages' policy: inline scripts only, so any network request would be refused and logged.
const CSP =
  "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; img-src data: blob:; font-src data:; worker-src blob:";

describe.skipIf(!hasChromium)("charts in headless Chromium", () => {
  let browser: Browser;

  beforeAll(async () => {
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("renders one chart of each kind with no console error and no network request", async () => {
    const figures = Object.entries(await everyFigure(salonServices(XSS), XSS));
    const ids = figures.map(([name]) => `chart-${name}`);
    // The first chart's script runs before plotly.js is on the page (as in an exported page whose
    // bundle comes later, or a notebook re-rendered out of order): it must wait, not fail.
    const outputs = figures.map(([name, figure], index) =>
      chartHtml(figure, { id: `chart-${name}`, includePlotly: index === 1 }),
    );
    const page = `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}"></head><body>
${tableHtml(throughputReport(salon(XSS, XSS), { period: "month-3" }))}
${outputs.join("\n")}
</body></html>`;

    const context = await browser.newContext();
    const tab = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    const dialogs: string[] = [];
    tab.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    tab.on("pageerror", (error) => errors.push(String(error)));
    tab.on("request", (request) => {
      if (!/^(data|blob|about):/.test(request.url())) requests.push(request.url());
    });
    tab.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    try {
      await tab.setContent(page, { waitUntil: "load", timeout: 60_000 });
      await tab.waitForFunction((all) => all.every((id) => document.querySelector(`#${id} .main-svg`) !== null), ids, {
        timeout: 60_000,
      });
      const drawn = await tab.evaluate(
        (all) => all.filter((id) => document.querySelector(`#${id} .main-svg`) !== null),
        ids,
      );
      expect(drawn).toEqual(ids);

      // The hostile name is text in the table, in a tick label and in a hover label; nothing ran.
      const hover = await tab.evaluate(() => {
        const div = document.getElementById("chart-ranking") as HTMLElement & { data: unknown };
        (window as unknown as { Plotly: { Fx: { hover: (d: HTMLElement, p: unknown) => void } } }).Plotly.Fx.hover(
          div,
          [{ curveNumber: 0, pointNumber: 2 }],
        );
        return div.querySelector(".hoverlayer")?.textContent ?? "";
      });
      expect(hover).toContain(XSS);
      const ticks = await tab.evaluate(() =>
        Array.from(document.querySelectorAll("#chart-ranking .ytick text"), (t) => t.textContent),
      );
      expect(ticks).toContain(`3. ${XSS}`);
      const tableText = await tab.evaluate(() => document.querySelector(".ta-table")?.textContent ?? "");
      expect(tableText).toContain(XSS);
      expect(await tab.evaluate(() => document.querySelectorAll("img").length)).toBe(0);
      expect(await tab.evaluate(() => document.querySelector(".ta-negative")?.textContent)).toBe("−₽50.00");

      await tab.waitForTimeout(300);
      // TA_SCREENSHOTS=/tmp/charts saves each chart and the table as PNG there, to look at them by eye.
      const folder = process.env.TA_SCREENSHOTS;
      if (folder) {
        await tab.locator(".ta-output").screenshot({ path: `${folder}/table.png` });
        for (const id of ids) await tab.locator(`#${id}`).screenshot({ path: `${folder}/${id}.png` });
      }
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});
