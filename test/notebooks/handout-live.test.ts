/**
 * The "done when": a trainer opens the runner's own `04-mix-and-political-mix.html` from disk
 * (file://, the shared out/assets files, no network), drags the chair-hours slider, and the page shows the
 * numbers the library computes for those hours — T, NP and the political mix's price — in both editions.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  demandOf,
  loadModel,
  politicalMix,
  rankingMix,
  rankProducts,
  withCapacity,
  withDemandScaled,
  withPoliticalMinimum,
} from "../../src";
import { runWorkbook, type WorkbookResult } from "../../src/runtime/workbook";
import { KERNEL_TEST_TIMEOUT } from "../runtime/helpers";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`[skipped] ${CHROMIUM} is absent: the handout test needs Debian's chromium (CI installs it)`);
const NOTEBOOKS = join(__dirname, "..", "..", "notebooks");
const DATA = join(__dirname, "..", "..", "data");
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking"];

/** Chapter 04's political model (the busier month with the cut product kept), at some chair hours. */
function expectedAt(hours: number | undefined) {
  const data = loadModel(join(DATA, "salon-services"));
  const busy = withDemandScaled(data, "1.3");
  const cut = [...rankingMix(busy).lines].reverse().find((l) => l.unsold > 0)!;
  const political = withPoliticalMinimum(busy, cut.productId, demandOf(data, cut.productId)!.quantity).model;
  const model = hours === undefined ? political : withCapacity(political, rankProducts(data).resource!.resourceId, hours);
  const comparison = politicalMix(model);
  return {
    throughput: comparison.political.throughput.amount.toString(),
    netProfit: comparison.political.netProfit!.amount.toString(),
    netProfitLost: comparison.netProfitLost!.amount.toString(),
  };
}

describe.skipIf(!hasChromium)("the handout's chapter 04 from file://", () => {
  const out = mkdtempSync(join(tmpdir(), "ta-handout-"));
  let browser: Browser;
  let result: WorkbookResult;

  beforeAll(async () => {
    result = await runWorkbook({
      notebooks: [join(NOTEBOOKS, "04-mix-and-political-mix.ipynb"), join(NOTEBOOKS, "ru", "04-mix-and-political-mix.ipynb")],
      outDir: out,
    });
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, KERNEL_TEST_TIMEOUT * 4);
  afterAll(async () => {
    await browser?.close();
    rmSync(out, { recursive: true, force: true });
  });

  it.each([0, 1])("edition %i: the chair-hours slider moves the page's figures to the library's", async (index) => {
    expect(result.status).toBe("ok");
    const entry = result.entries[index]!;
    // The Russian edition's page is out/ru/NAME.html and loads the shared assets from ../assets/.
    expect(entry.htmlPath).toBe(join(out, ...(index === 1 ? ["ru"] : []), "04-mix-and-political-mix.html"));
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
    page.on("pageerror", (e) => problems.push(e.message));
    page.on("request", (r) => !/^(file|data|blob|about):/.test(r.url()) && problems.push(`request ${r.url()}`));
    await page.goto(pathToFileURL(entry.htmlPath).href, { waitUntil: "load" });
    await page.waitForSelector(".ta-what-if[data-ta-mounted]", { timeout: 30_000 });
    const figures = () =>
      page.evaluate(() => {
        const value = (name: string) =>
          document.querySelector<HTMLElement>(`.ta-what-if [data-figure="${name}"]`)?.dataset.value;
        return { throughput: value("throughput"), netProfit: value("netProfit"), netProfitLost: value("netProfitLost") };
      });
    expect(await figures()).toEqual(expectedAt(undefined));
    for (const hours of [120, 80, 100]) {
      await page.evaluate((h) => {
        const input = document.querySelector<HTMLInputElement>('input[name="capacityHours"]')!;
        input.value = String(h);
        input.dispatchEvent(new Event("input", { bubbles: true }));
      }, hours);
      await expect.poll(figures, { timeout: 10_000 }).toEqual(expectedAt(hours));
    }
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});
