// The live what-if on an offline page opened from file:// in headless Chromium: moving a slider
// recomputes the figures in the page, with the values the library computes in Node to the kopeck, no
// console error and no network request.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { politicalMix, rankingMix, withInputs, type WhatIfInput } from "../../src/core";
import { loadModel } from "../../src/load";
import { whatIfHtml, type WhatIfControl } from "../../src/display";
import { plotlyScriptHtml } from "../../src/display/chart";
import { whatIfSpec } from "../../src/display/what-if";
import { whatIfView } from "../../src/display/what-if-view";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium)
  console.warn(`[skipped] ${CHROMIUM} is absent: the live what-if test needs Debian's chromium (CI installs it)`);

const CSP =
  "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; font-src data:; worker-src blob:";
const capacity: WhatIfInput = { kind: "capacity", resourceId: "stylists", name: "capacityHours" };
const price: WhatIfInput = { kind: "price", productId: "lady-classic", name: "ladyClassicPrice" };
const minimum: WhatIfInput = { kind: "minimum", productId: "blow-dry", name: "blowDryMinimum" };
const controls: WhatIfControl[] = [
  { input: capacity, min: 40, max: 160 },
  { input: price, min: 0, max: 300, step: "0.01" },
  { input: minimum, min: 0, max: 30 },
];

function launchArgs(): string[] {
  return [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ];
}

/** Sets a control's value the way a drag ends: the value changes and an `input` event fires. */
async function move(tab: Page, name: string, value: string): Promise<void> {
  await tab.evaluate(
    ([n, v]) => {
      const input = document.querySelector<HTMLInputElement>(`input[name="${n}"]`)!;
      input.value = v!;
      input.dispatchEvent(new Event("input", { bubbles: true }));
    },
    [name, value],
  );
}

async function figuresOn(tab: Page): Promise<Record<string, { text: string; value: string | undefined }>> {
  return tab.evaluate(() =>
    Object.fromEntries(
      Array.from(document.querySelectorAll<HTMLElement>(".ta-what-if [data-figure]"), (element) => [
        element.dataset.figure!,
        { text: element.textContent ?? "", value: element.dataset.value },
      ]),
    ),
  );
}

describe.skipIf(!hasChromium)("the live what-if in headless Chromium, from file://", () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    const { chromium } = await import("playwright-core");
    dir = mkdtempSync(join(tmpdir(), "ta-what-if-"));
    // Playwright gives the browser a fresh, empty profile of its own (it refuses --user-data-dir here).
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: launchArgs() });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("recomputes T, OE, NP, the CCR and the political cost as sliders move, as Node does", async () => {
    const salon = loadModel("data/salon");
    const spec = whatIfSpec(salon, controls);
    const file = join(dir, "handout.html");
    writeFileSync(
      file,
      `<!doctype html><html><head><meta charset="utf-8">` +
        `<meta http-equiv="Content-Security-Policy" content="${CSP}">${plotlyScriptHtml()}</head>` +
        `<body>${whatIfHtml(salon, controls, { includeBundle: true })}</body></html>`,
    );
    const tab = await browser.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    tab.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    tab.on("pageerror", (error) => errors.push(String(error)));
    tab.on("request", (request) => {
      if (!/^(data|blob|about):/.test(request.url()) && request.url() !== pathToFileURL(file).href)
        requests.push(request.url());
    });
    await tab.goto(pathToFileURL(file).href, { waitUntil: "load" });
    await tab.waitForSelector(".ta-what-if[data-ta-mounted]", { timeout: 30_000 });
    await tab.waitForSelector("[data-what-if-chart] .main-svg", { timeout: 60_000 });

    const steps: Record<string, string>[] = [
      {},
      { capacityHours: "80" },
      { capacityHours: "55", ladyClassicPrice: "87.37" },
      { capacityHours: "160", blowDryMinimum: "25" },
      { capacityHours: "40", blowDryMinimum: "30", ladyClassicPrice: "0" },
    ];
    const values: Record<string, string> = {};
    for (const step of steps) {
      for (const [name, value] of Object.entries(step)) {
        await move(tab, name, value);
        values[name] = value;
      }
      const shown = await figuresOn(tab);
      const expected = whatIfView(spec, values).figures;
      for (const [name, figure] of Object.entries(shown))
        expect(figure, `${name} at ${JSON.stringify(values)}`).toEqual(expected[name]);
      // And against the library itself, not only against the view: the plan with the political limits.
      const model = withInputs(
        salon,
        controls
          .filter((c) => values[c.input.name!] !== undefined)
          .map((c) => [c.input, values[c.input.name!]!] as const),
      );
      const plan = rankingMix(model);
      expect(shown.throughput!.value).toBe(plan.throughput.amount.toString());
      expect(shown.netProfit!.value).toBe(plan.netProfit!.amount.toString());
      expect(shown.netProfitLost!.value).toBe(politicalMix(model).netProfitLost!.amount.toString());
    }
    // Each control's value is written as the figures write theirs: money with its sign, a time with its unit.
    const slider = (name: string) =>
      tab.evaluate((n) => document.querySelector(`output[data-for="${n}"]`)?.textContent, name);
    expect(await slider("capacityHours")).toBe("40 h");
    expect(await slider("ladyClassicPrice")).toBe("₽0.00");
    await move(tab, "ladyClassicPrice", "87.37");
    expect(await slider("ladyClassicPrice")).toBe("₽87.37");
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
  }, 120_000);
});
