// The live what-if in a real Jupyter Notebook 6 page (classic notebook, require.js on the page), from a
// saved, trusted notebook: moving a slider recomputes the figures in the page, with the values the
// library computes in Node, no console error, and no request beyond the local notebook server.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { rankingMix, withInput, type WhatIfInput } from "../../src/core";
import { loadModel } from "../../src/load";
import { whatIfHtml, type WhatIfControl } from "../../src/display";
import { plotlyScriptHtml } from "../../src/display/chart";
import { whatIfSpec } from "../../src/display/what-if";
import { whatIfView } from "../../src/display/what-if-view";
import { jupyterPython } from "../runtime/helpers";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
const hasNotebook = spawnSync("jupyter-notebook", ["--version"], { stdio: "ignore" }).status === 0;
// The Python that runs Jupyter (its shebang), which has nbformat to sign the notebook.
const python = jupyterPython() ?? "python3";
const hasNbformat = spawnSync(python, ["-c", "import nbformat.sign"], { stdio: "ignore" }).status === 0;
if (!hasChromium || !hasNotebook || !hasNbformat)
  console.warn(
    `[skipped] the what-if in Jupyter Notebook needs ${CHROMIUM}, jupyter-notebook and python3's nbformat (CI installs them)`,
  );

const capacity: WhatIfInput = { kind: "capacity", resourceId: "stylists", name: "capacityHours" };
const controls: WhatIfControl[] = [{ input: capacity, min: 40, max: 160 }];

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => done(typeof address === "object" && address ? address.port : 0));
    });
  });
}

describe.skipIf(!hasChromium || !hasNotebook || !hasNbformat)("the live what-if in Jupyter Notebook 6", () => {
  let browser: Browser;
  let dir: string;
  let server: ChildProcess | undefined;
  let url = "";
  const token = "what-if-test";

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "ta-what-if-jupyter-"));
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
    const work = join(dir, "work");
    const env = {
      ...process.env,
      JUPYTER_CONFIG_DIR: join(dir, "config"),
      JUPYTER_DATA_DIR: join(dir, "data"),
      JUPYTER_RUNTIME_DIR: join(dir, "runtime"),
      IPYTHONDIR: join(dir, "ipython"),
    };
    for (const folder of [work, env.JUPYTER_CONFIG_DIR, env.JUPYTER_DATA_DIR, env.JUPYTER_RUNTIME_DIR])
      mkdirSync(folder, { recursive: true });
    writeFileSync(join(work, "what-if.ipynb"), JSON.stringify(notebook));
    // Trust it in this private data folder, as `jupyter trust` would (scripts of untrusted outputs never run).
    const signed = spawnSync(
      python,
      [
        "-c",
        "import sys, nbformat; from nbformat.sign import NotebookNotary; nb = nbformat.read(sys.argv[1], 4); NotebookNotary().sign(nb)",
        join(work, "what-if.ipynb"),
      ],
      { env, encoding: "utf8" },
    );
    if (signed.status !== 0) throw new Error(`signing failed: ${signed.stderr}`);
    const port = await freePort();
    server = spawn(
      "jupyter-notebook",
      [
        "--no-browser",
        `--port=${port}`,
        "--ip=127.0.0.1",
        `--NotebookApp.token=${token}`,
        `--notebook-dir=${work}`,
        "--NotebookApp.open_browser=False",
        ...(process.getuid?.() === 0 ? ["--allow-root"] : []),
      ],
      { env, stdio: ["ignore", "pipe", "pipe"], detached: true },
    );
    url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 60_000;
    for (;;) {
      try {
        const response = await fetch(`${url}/api/status?token=${token}`);
        if (response.ok) break;
      } catch {
        // not up yet
      }
      if (Date.now() > deadline) throw new Error("jupyter-notebook did not start within 60 s");
      await new Promise((done) => setTimeout(done, 300));
    }
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (server?.pid) {
      try {
        process.kill(-server.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
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
      if (!request.url().startsWith(url) && !/^(data|blob|about):/.test(request.url())) foreign.push(request.url());
    });
    await tab.goto(`${url}/notebooks/what-if.ipynb?token=${token}`, { waitUntil: "load", timeout: 60_000 });
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
