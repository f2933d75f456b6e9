import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderNotebookPage, type PageInfo } from "../../../src/runtime/html/page";
import type { Notebook } from "../../../src/runtime/notebook/nbformat";

const CHROMIUM = "/usr/bin/chromium";
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
const info: PageInfo = {
  source: "n.ipynb",
  status: "ok",
  parameters: {},
  durationMs: 1,
  finishedAt: "2026-01-01T10:00:00.000Z",
};

describe.skipIf(!existsSync(CHROMIUM))("the page CSP in headless Chromium", () => {
  const out = mkdtempSync(join(tmpdir(), "ta-csp-"));
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(out, { recursive: true, force: true });
  });

  it("runs the page's own scripts and no inline event handler, even in trusted output", async () => {
    const notebook: Notebook = {
      nbformat: 4,
      nbformat_minor: 5,
      metadata: {},
      cells: [
        {
          cell_type: "markdown",
          metadata: {},
          source: "![x](attachment:a.png)",
          attachments: { "a.png": { 'image/png" onerror="window.__pwned = 1': "iVBOR" } },
        },
        {
          cell_type: "code",
          metadata: {},
          source: "x",
          execution_count: 1,
          outputs: [
            {
              output_type: "display_data",
              metadata: {},
              data: {
                "text/html":
                  `<img src="data:," onerror="window.__pwned = 2"><div ` +
                  `id="own"></div><script>document.getElementById("own").textContent = "ran";</script>`,
              },
            },
          ],
        },
      ],
    } as Notebook;
    const file = join(out, "page.html");
    writeFileSync(file, renderNotebookPage(notebook, info));
    const page = await browser.newPage();
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
    await page.waitForTimeout(300);
    expect(await page.textContent("#own")).toBe("ran");
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
  }, 60_000);
});
