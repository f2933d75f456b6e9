import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { withChartPicture } from "../../../src/runtime/html/chart-picture";
import { chartHtml, plotlyScriptHtml } from "../../../src/display/chart";

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><rect width="20" height="10"/></svg>';

describe("a chart's picture inside its HTML", () => {
  it("goes just before the first chart element, escaping its alt text", () => {
    const html = '<p>figures</p><div id="c" class="ta-chart plotly-graph-div"></div><script>draw()</script>';
    const out = withChartPicture(html, SVG, { alt: 'Mix "A" <b>' });
    expect(out.startsWith('<p>figures</p><img class="ta-chart-picture" id="ta-picture-')).toBe(true);
    expect(out).toContain('alt="Mix &quot;A&quot; &lt;b&gt;"');
    expect(out).toContain(`src="data:image/svg+xml;base64,${Buffer.from(SVG).toString("base64")}"`);
    expect(out.endsWith('<div id="c" class="ta-chart plotly-graph-div"></div><script>draw()</script>')).toBe(true);
  });

  it("goes in front of HTML without a chart element, and two pictures never share an id", () => {
    const a = withChartPicture("<div>x</div>", SVG);
    const b = withChartPicture("<div>x</div>", SVG);
    expect(a.startsWith('<img class="ta-chart-picture"')).toBe(true);
    expect(a).toContain('alt="chart"');
    expect(/id="(ta-picture-\w+)"/.exec(a)![1]).not.toBe(/id="(ta-picture-\w+)"/.exec(b)![1]);
  });
});

describe.skipIf(!existsSync("/usr/bin/chromium"))("a chart's picture in Chromium", () => {
  const page = async (body: string, run: (p: import("playwright-core").Page) => Promise<void>) => {
    const { chromium } = await import("playwright-core");
    const browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
    });
    try {
      const p = await browser.newPage();
      await p.setContent(`<!DOCTYPE html><html><body><div class="output">${body}</div></body></html>`);
      await run(p);
    } finally {
      await browser.close();
    }
  };
  const figure = { data: [{ type: "bar", y: [1, 2] }], layout: {} };

  it("is removed once the live chart has drawn", async () => {
    const html = withChartPicture(chartHtml(figure, { id: "live" }), SVG);
    await page(plotlyScriptHtml() + html, async (p) => {
      await p.waitForSelector("#live .main-svg", { timeout: 30_000 });
      await p.waitForFunction(() => document.querySelector(".ta-chart-picture") === null, undefined, {
        timeout: 5_000,
      });
    });
  }, 60_000);

  it("stays where plotly.js never comes", async () => {
    const html = withChartPicture(chartHtml(figure, { id: "dead", waitSeconds: 0.2 }), SVG);
    await page(html, async (p) => {
      await p.waitForTimeout(600);
      const shown = await p.evaluate(() => {
        const img = document.querySelector<HTMLImageElement>(".ta-chart-picture");
        return img ? { width: img.naturalWidth, message: document.getElementById("dead")!.textContent } : undefined;
      });
      expect(shown?.width).toBe(20);
      expect(shown?.message).not.toBe("");
    });
  }, 60_000);
});
