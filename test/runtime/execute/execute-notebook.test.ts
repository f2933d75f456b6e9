import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { executeNotebook, executeNotebookFile } from "../../../src/runtime/execute/execute-notebook";
import { liveKernels } from "../../../src/runtime/kernel/reaper";
import { joinSource, notebookProblems, stringifyNotebook } from "../../../src/runtime/notebook/nbformat";
import { cellText, notebookText } from "../../../src/runtime/notebook/text";
import { FIXTURES, jupyterPython, KERNEL_TEST_TIMEOUT, nbformatErrors, notebookOf } from "../helpers";

const T = KERNEL_TEST_TIMEOUT;
const temp = mkdtempSync(join(tmpdir(), "ta-exec-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe("executing notebooks", () => {
  it(
    "runs a notebook that imports the package by name, collecting every output",
    async () => {
      const run = await executeNotebookFile(join(FIXTURES, "hello.ipynb"));
      expect(run.failure).toBeUndefined();
      expect(run.status).toBe("ok");
      expect(run.cells.map((c) => c.status)).toEqual(["ok", "ok", "ok"]);
      const text = notebookText(run.notebook);
      expect(text).toContain("throughput-accounting loaded: true");
      expect(text).toContain("T = 5");
      expect(cellText(run.notebook.cells[3]!)).toBe("26\n");
      expect(run.notebook.cells[2]).toMatchObject({
        execution_count: 2,
        outputs: [{ output_type: "display_data", data: { "text/html": '<p class="greeting">T = <b>5</b></p>' } }],
      });
      expect(run.kernelStartMs).toBeGreaterThan(0);
    },
    T,
  );

  it(
    "writes executed copies that are valid nbformat 4 (checked by Python's nbformat when present)",
    async () => {
      const run = await executeNotebookFile(join(FIXTURES, "parameters.ipynb"), { parameters: { capacityHours: 1 } });
      expect(notebookProblems(run.notebook)).toEqual([]);
      const python = jupyterPython();
      if (!python) return console.warn("skipped the nbformat schema check: no jupyter on PATH");
      const path = join(temp, "executed.ipynb");
      writeFileSync(path, stringifyNotebook(run.notebook));
      expect(nbformatErrors(python, [path])).toEqual([]);
    },
    T,
  );

  it(
    "injects -p parameters after the parameters cell and runs with them",
    async () => {
      const run = await executeNotebookFile(join(FIXTURES, "parameters.ipynb"), {
        parameters: { capacityHours: 120, currency: "USD", label: "what-if" },
      });
      expect(run.status).toBe("ok");
      expect(run.notebook.cells[2]?.metadata.tags).toEqual(["injected-parameters"]);
      expect(notebookText(run.notebook)).toBe("capacity 240 USD what-if\n");
      expect(run.parameters).toEqual({ capacityHours: 120, currency: "USD", label: "what-if" });
      expect(run.notebook.metadata.runtime).toMatchObject({
        status: "ok",
        parameters: run.parameters,
        duration_ms: expect.any(Number),
      });
    },
    T,
  );

  it(
    "runs with the defaults when no parameter is given",
    async () => {
      const run = await executeNotebookFile(join(FIXTURES, "parameters.ipynb"));
      expect(notebookText(run.notebook)).toBe("capacity 200 RUB base\n");
      expect(run.notebook.cells).toHaveLength(3);
    },
    T,
  );

  it(
    "refuses an unknown parameter before starting a kernel",
    async () => {
      const run = await executeNotebookFile(join(FIXTURES, "parameters.ipynb"), { parameters: { capacityHour: 120 } });
      expect(run).toMatchObject({
        status: "failed",
        failure: {
          status: "input",
          message: "unknown parameter capacityHour: the parameters cell declares capacityHours, currency, label",
        },
      });
      expect(run.kernelStartMs).toBeUndefined();
    },
    T,
  );

  it(
    "reports a parameter of the wrong type at the injected cell",
    async () => {
      const run = await executeNotebookFile(join(FIXTURES, "parameters.ipynb"), {
        parameters: { capacityHours: "many" },
      });
      expect(run.failure).toEqual({
        status: "error",
        cell: 2,
        injected: true,
        line: 3,
        sourceLine: 'capacityHours = "many";',
        message: "3:3 - Type 'string' is not assignable to type 'number'.",
      });
    },
    T,
  );

  it(
    "stops at a cell that throws, reporting cell number, line, source line and error; later cells do not run",
    async () => {
      const notebook = notebookOf(
        { md: "# Title" },
        "let a = 1;",
        "const b = 2;\nthrow new Error('stop here')",
        "console.log('never')",
      );
      const run = await executeNotebook(notebook, { cwd: FIXTURES });
      expect(run.status).toBe("failed");
      expect(run.failure).toEqual({
        status: "error",
        cell: 3,
        line: 2,
        sourceLine: "throw new Error('stop here')",
        message: "Error: stop here",
      });
      expect(run.notebook.cells[3]).toMatchObject({ execution_count: null, outputs: [] });
      expect(run.notebook.cells[2]?.metadata.runtime).toEqual({ status: "error" });
      expect(joinSource(notebook.cells[2]!.source)).toContain("stop here");
      expect((notebook.cells[2] as { outputs: unknown[] }).outputs).toEqual([]);
    },
    T,
  );

  it(
    "stops at a type error with the diagnostic's line",
    async () => {
      const run = await executeNotebook(notebookOf("let total: number = 0;", "total = 5;\ntotal = 'five';"), {
        cwd: FIXTURES,
      });
      expect(run.failure).toEqual({
        status: "error",
        cell: 2,
        line: 2,
        sourceLine: "total = 'five';",
        message: "2:1 - Type 'string' is not assignable to type 'number'.",
      });
    },
    T,
  );

  it(
    "stops a cell at the per-cell timeout",
    async () => {
      const run = await executeNotebook(notebookOf("1", "while (true) {}", "2"), {
        cwd: FIXTURES,
        cellTimeoutMs: 1_000,
      });
      expect(run.status).toBe("failed");
      expect(run.failure).toMatchObject({
        status: "timeout",
        cell: 2,
        message: expect.stringContaining("the cell ran longer than 1 s and was interrupted"),
      });
    },
    T,
  );

  it(
    "reports a kernel killed mid-notebook",
    async () => {
      const run = await executeNotebook(
        notebookOf("console.log('before')", "process.kill(process.pid, 'SIGKILL')", "console.log('after')"),
        { cwd: FIXTURES },
      );
      expect(run.failure).toMatchObject({
        status: "dead",
        cell: 2,
        message: "the kernel died during the cell (killed by SIGKILL)",
      });
    },
    T,
  );

  it(
    "interrupts the running cell on abort (Ctrl-C) and shuts the kernel down",
    async () => {
      const controller = new AbortController();
      const run = executeNotebook(
        notebookOf("console.log('first')", "await new Promise((r) => setTimeout(r, 60_000));", "console.log('never')"),
        {
          cwd: FIXTURES,
          signal: controller.signal,
          onProgress: (e) => {
            if (e.kind === "cell-start" && e.codeCell === 2) setTimeout(() => controller.abort(), 300);
          },
        },
      );
      const started = Date.now();
      const result = await run;
      expect(result.status).toBe("interrupted");
      expect(result.failure).toMatchObject({ status: "interrupted", cell: 2 });
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(liveKernels()).toBe(0);
    },
    T,
  );

  it(
    "runs no cell when Ctrl-C comes while the kernel is starting",
    async () => {
      const controller = new AbortController();
      const run = await executeNotebook(notebookOf("console.log('must not run')"), {
        cwd: FIXTURES,
        signal: controller.signal,
        onProgress: (e) => e.kind === "kernel-starting" && controller.abort(),
      });
      expect(run.status).toBe("interrupted");
      expect(run.cells).toEqual([]);
      expect(liveKernels()).toBe(0);
    },
    T,
  );

  it(
    "reports an unreadable file or a file that is not a notebook",
    async () => {
      const bad = join(temp, "bad.ipynb");
      writeFileSync(bad, '{"nbformat": 3, "cells": []}');
      expect((await executeNotebookFile(bad)).failure?.message).toMatch(
        /bad\.ipynb is not a valid notebook: nbformat is 3, expected 4/,
      );
      expect((await executeNotebookFile(join(temp, "missing.ipynb"))).failure?.message).toMatch(/cannot read/);
    },
    T,
  );

  it("leaves no kernel running", () => {
    expect(liveKernels()).toBe(0);
  });
});
