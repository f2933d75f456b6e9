// The live what-if in a real Jupyter Notebook 6 page (classic notebook, require.js on the page), from a
// saved, trusted notebook: moving a slider recomputes the figures in the page, with the values the
// library computes in Node, no console error, and no request beyond the local notebook server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { rankingMix, withInput, type WhatIfInput } from "../../src/core";
import { loadModel } from "../../src/load";
import { whatIfHtml, type WhatIfControl } from "../../src/display";
import { plotlyScriptHtml } from "../../src/display/chart";
import { whatIfSpec } from "../../src/display/what-if";
import { whatIfView } from "../../src/display/what-if-view";
import {
  launchChromium,
  notebookServerMissing,
  startNotebookServer,
  type NotebookServer,
} from "../runtime/notebook-server";

const missing = notebookServerMissing();
if (missing) console.warn(`[skipped] the what-if in Jupyter Notebook ${missing}`);

const capacity: WhatIfInput = { kind: "capacity", resourceId: "stylists", name: "capacityHours" };
const controls: WhatIfControl[] = [{ input: capacity, min: 40, max: 160 }];

describe.skipIf(missing !== undefined)("the live what-if in Jupyter Notebook 6", () => {
  let browser: Browser;
  let server: NotebookServer;

  beforeAll(async () => {
    const salon = loadModel("data/salon");
    // A saved notebook whose one output is the what-if (with plotly.js and the bundle), as a trusted run leaves it.
    const html = plotlyScriptHtml() + whatIfHtml(salon, controls, { includeBundle: true, id: "jupyter-what-if" });
    const notebook = {
      nbformat: 4,
      nbformat_minor: 5,
      metadata: { kernelspec: { name: "none-installed", display_name: "none", language: "typescript" } },
      cells: [
        {
          cell_type: "code",
          id: "w1",
          execution_count: 1,
          metadata: {},
          source: ["whatIf(salon, controls);"],
          outputs: [
            { output_type: "display_data", data: { "text/html": html, "text/plain": "what-if" }, metadata: {} },
          ],
        },
      ],
    };
    server = await startNotebookServer({ "what-if.ipynb": notebook }, ["what-if.ipynb"]);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("moves the capacity slider in the notebook page and shows the library's figures", async () => {
    const tab = await browser.newPage();
    const errors: string[] = [];
    const foreign: string[] = [];
    tab.on("pageerror", (error) => errors.push(String(error)));
    tab.on("console", (message) => {
      // Notebook 6 itself logs that this notebook's kernel is not installed; only our own errors count.
      if (message.type() === "error" && /what-if|ThroughputAccounting|ta-what-if/i.test(message.text()))
        errors.push(message.text());
    });
    tab.on("request", (request) => {
      if (!request.url().startsWith(server.url) && !/^(data|blob|about):/.test(request.url()))
        foreign.push(request.url());
    });
    await tab.goto(server.pageUrl("what-if.ipynb"), { waitUntil: "load", timeout: 60_000 });
    await tab.waitForSelector("#jupyter-what-if[data-ta-mounted]", { timeout: 60_000 });
    const salon = loadModel("data/salon");
    const spec = whatIfSpec(salon, controls);
    for (const value of ["60", "80", "140"]) {
      await tab.evaluate((v) => {
        const input = document.querySelector<HTMLInputElement>('#jupyter-what-if input[name="capacityHours"]')!;
        input.value = v;
        input.dispatchEvent(new Event("input", { bubbles: true }));
      }, value);
      const shown = await tab.evaluate(() =>
        Object.fromEntries(
          Array.from(document.querySelectorAll<HTMLElement>("#jupyter-what-if [data-figure]"), (e) => [
            e.dataset.figure!,
            { text: e.textContent ?? "", value: e.dataset.value },
          ]),
        ),
      );
      expect(shown).toEqual(
        Object.fromEntries(
          Object.entries(whatIfView(spec, { capacityHours: value }).figures).filter(([name]) => name in shown),
        ),
      );
      expect(shown.netProfit!.value).toBe(rankingMix(withInput(salon, capacity, value)).netProfit!.amount.toString());
    }
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  }, 180_000);
});
