// A real Jupyter Notebook 6 server on saved notebooks, in a private folder, for browser tests of what
// a reader sees: trusted notebooks (signed as `jupyter trust` would) run their outputs' scripts,
// untrusted ones show them sanitized.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { jupyterPython } from "./helpers";

export const CHROMIUM = "/usr/bin/chromium";
// The Python that runs Jupyter (its shebang), which has nbformat to sign notebooks.
const python = jupyterPython() ?? "python3";

/** Why a Notebook 6 browser test cannot run here, or undefined when it can. */
export function notebookServerMissing(): string | undefined {
  const hasChromium = existsSync(CHROMIUM);
  const hasNotebook = spawnSync("jupyter-notebook", ["--version"], { stdio: "ignore" }).status === 0;
  const hasNbformat = spawnSync(python, ["-c", "import nbformat.sign"], { stdio: "ignore" }).status === 0;
  return hasChromium && hasNotebook && hasNbformat
    ? undefined
    : `needs ${CHROMIUM}, jupyter-notebook and python3's nbformat (CI installs them)`;
}

/** A running server: `pageUrl(name)` opens a saved notebook; `stop()` ends it and removes its folder. */
export interface NotebookServer {
  readonly url: string;
  pageUrl(name: string): string;
  stop(): Promise<void>;
}

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

/** Saves the notebooks (file name → nbformat JSON), signs those named in `trusted`, and starts Notebook 6 on them. */
export async function startNotebookServer(
  notebooks: Readonly<Record<string, unknown>>,
  trusted: readonly string[],
): Promise<NotebookServer> {
  const dir = mkdtempSync(join(tmpdir(), "ta-notebook-server-"));
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
  for (const [name, notebook] of Object.entries(notebooks)) writeFileSync(join(work, name), JSON.stringify(notebook));
  for (const name of trusted) {
    // Trust it in this private data folder, as `jupyter trust` would (scripts of untrusted outputs never run).
    const signed = spawnSync(
      python,
      [
        "-c",
        "import sys, nbformat; from nbformat.sign import NotebookNotary; nb = nbformat.read(sys.argv[1], 4); NotebookNotary().sign(nb)",
        join(work, name),
      ],
      { env, encoding: "utf8" },
    );
    if (signed.status !== 0) throw new Error(`signing ${name} failed: ${signed.stderr}`);
  }
  const token = "notebook-server-test";
  const port = await freePort();
  const server: ChildProcess = spawn(
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
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (server.pid) {
      try {
        process.kill(-server.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const response = await fetch(`${url}/api/status?token=${token}`);
      if (response.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error("jupyter-notebook did not start within 60 s");
    }
    await new Promise((done) => setTimeout(done, 300));
  }
  return { url, pageUrl: (name) => `${url}/notebooks/${encodeURIComponent(name)}?token=${token}`, stop };
}

/** Debian's Chromium, headless, with nothing that calls out (background networking, updates, sync). */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import("playwright-core");
  return chromium.launch({
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
}
