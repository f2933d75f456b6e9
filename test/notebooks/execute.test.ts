/**
 * Every notebook in notebooks/ must be committed clean (valid nbformat 4, no outputs, the project's
 * kernel `throughput-accounting`), run without error through the headless runner, and run without error under real Jupyter
 * (nbconvert/nbclient from Debian, with the kernelspec `npm install` installs).
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeNotebookFile } from "../../src/runtime/execute/execute-notebook";
import { describeFailure } from "../../src/runtime/execute/report";
import { installKernelSpec } from "../../src/runtime/kernelspec/install";
import { KERNEL_NAME } from "../../src/runtime/kernelspec/spec";
import { listNotebooks } from "../../src/runtime/notebook/discover";
import { notebookProblems, tagsOf, type Notebook } from "../../src/runtime/notebook/nbformat";
import { notebookText } from "../../src/runtime/notebook/text";
import { DIGEST, missingDigestLines } from "./digest";
import { FIXTURES, jupyterPython, KERNEL_TEST_TIMEOUT, nbformatErrors, which } from "../runtime/helpers";

const ROOT = join(__dirname, "..", "..");
/** WORKBOOK_NOTEBOOKS=<folder> points the same checks at another folder (to try them on a draft chapter). */
const NOTEBOOK_DIR = process.env.WORKBOOK_NOTEBOOKS ?? join(ROOT, "notebooks");
const NOTEBOOKS = listNotebooks(NOTEBOOK_DIR);
/** A notebook of the runtime's own fixtures goes through both routes too, so they are checked even before notebooks/ has any. */
const JUPYTER_BASELINE = join(FIXTURES, "hello.ipynb");
const name = (path: string) => `notebooks/${basename(path)}`;
const read = (path: string) => JSON.parse(readFileSync(path, "utf8")) as Notebook;

describe("committed notebooks", () => {
  it(`are valid nbformat 4, without outputs, for the project's kernel (${NOTEBOOKS.length} found)`, () => {
    const problems = NOTEBOOKS.flatMap((path) => {
      const nb = read(path);
      const found = notebookProblems(nb, { requireNoOutputs: true }).map((p) => `${name(path)}: ${p.where} ${p.problem}`);
      const kernel = (nb.metadata?.kernelspec as { name?: unknown } | undefined)?.name;
      if (kernel !== KERNEL_NAME) found.push(`${name(path)}: metadata.kernelspec.name is ${JSON.stringify(kernel)}, expected "${KERNEL_NAME}"`);
      const injected = nb.cells?.filter((c) => tagsOf(c).includes("injected-parameters")).length ?? 0;
      if (injected > 0) found.push(`${name(path)}: holds an injected-parameters cell from a run; commit the source, not an executed copy`);
      return found;
    });
    expect(problems).toEqual([]);
  });

  const python = jupyterPython();
  it.skipIf(!python || NOTEBOOKS.length === 0)("pass Python nbformat's own schema validation", () => {
    expect(nbformatErrors(python!, NOTEBOOKS)).toEqual([]);
  });
});

describe("notebooks through the headless runner", () => {
  it.each([["the runtime's fixture hello.ipynb", JUPYTER_BASELINE], ...NOTEBOOKS.map((p) => [name(p), p])])(
    "%s runs without error",
    async (label, path) => {
      const run = await executeNotebookFile(path);
      expect(run.failure ? describeFailure(label, run.failure) : "ok").toBe("ok");
      expect(run.status).toBe("ok");
      // Every number of the digest's closing table appears in the chapter that shows it.
      expect(missingDigestLines(basename(path, ".ipynb"), notebookText(run.notebook))).toEqual([]);
    },
    KERNEL_TEST_TIMEOUT * 3,
  );

  it("every row of the digest's table is shown by a chapter that exists", () => {
    const chapters = new Set(NOTEBOOKS.map((path) => basename(path, ".ipynb")));
    expect(DIGEST.filter(([, chapter]) => !chapters.has(chapter)).map(([row]) => row)).toEqual([]);
  });
});

const jupyter = which("jupyter");
const haveNbconvert = jupyter !== undefined && spawnSync("jupyter", ["nbconvert", "--version"], { stdio: "ignore" }).status === 0;
if (!haveNbconvert) console.warn("Skipping the Jupyter cross-check: jupyter nbconvert is not installed (CI installs Debian's jupyter-nbconvert).");

describe.skipIf(!haveNbconvert)("notebooks under real Jupyter (nbconvert --execute)", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "ta-jupyter-data-"));
  const outDir = mkdtempSync(join(tmpdir(), "ta-jupyter-out-"));
  // The kernelspec goes into a private Jupyter data folder, installed by the same code `npm install` runs,
  // so the check neither depends on nor changes the user's own Jupyter setup.
  beforeAll(() => {
    const outcome = installKernelSpec({ platform: process.platform, env: { JUPYTER_DATA_DIR: dataDir }, home: dataDir });
    expect(outcome.kind).toBe("installed");
  });
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  });

  // Asynchronous on purpose: a synchronous child blocks the test worker's event loop, and on a loaded
  // machine vitest's own messages then time out ("Timeout calling onTaskUpdate") and fail the run.
  const nbconvert = (path: string) =>
    new Promise<{ status: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(
        "jupyter",
        ["nbconvert", "--to", "notebook", "--execute", `--ExecutePreprocessor.kernel_name=${KERNEL_NAME}`,
          "--ExecutePreprocessor.timeout=300", "--output-dir", outDir, path],
        { env: { ...process.env, JUPYTER_DATA_DIR: dataDir }, stdio: ["ignore", "ignore", "pipe"], timeout: KERNEL_TEST_TIMEOUT * 3 },
      );
      let stderr = "";
      child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
      child.on("error", reject);
      child.on("close", (status) => resolve({ status, stderr }));
    });

  it.each([["the runtime's fixture hello.ipynb", JUPYTER_BASELINE], ...NOTEBOOKS.map((p) => [name(p), p])])(
    "%s executes without error",
    async (_label, path) => {
      const ran = await nbconvert(path);
      expect(ran.status, ran.stderr.split("\n").slice(-30).join("\n")).toBe(0);
      const executed = read(join(outDir, basename(path)));
      // nbclient records timing for every cell it ran (tslab sends no execute_input, so counts stay empty).
      const replied = (c: (typeof executed.cells)[number]) =>
        Boolean((c.metadata.execution as Record<string, string> | undefined)?.["shell.execute_reply"]);
      const notRun = executed.cells.filter((c) => c.cell_type === "code" && !replied(c));
      expect(notRun).toEqual([]);
      if (path === JUPYTER_BASELINE) expect(notebookText(executed)).toContain("throughput-accounting loaded: true");
    },
    KERNEL_TEST_TIMEOUT * 3,
  );

  it("reports a failing notebook as a failure (nbclient reads tslab's error reply)", async () => {
    const ran = await nbconvert(join(FIXTURES, "failing", "throws.ipynb"));
    expect(ran.status).not.toBe(0);
  }, KERNEL_TEST_TIMEOUT);
});
