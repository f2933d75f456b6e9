import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { Kernel, type ExecuteResult, type ExecuteStatus } from "../kernel/kernel";
import { joinSource, parseNotebook, tagsOf, type CodeCell, type Notebook } from "../notebook/nbformat";
import { describeInjectionError, injectParameters, type Parameters } from "../notebook/parameters";
import { locateError } from "./failure";
import { stderrText } from "../notebook/outputs";

/** What went wrong in a notebook, precise enough to go straight to the line. */
export interface Failure {
  /** How it ended: a cell status, or "start" when the kernel never came up, or "input" for a bad notebook or -p. */
  status: Exclude<ExecuteStatus, "ok"> | "start" | "input" | "interrupted";
  /** 1-based position of the failing cell in the source notebook as Jupyter shows it (all cell types counted). */
  cell?: number;
  /** True when the failing cell is the one injected for -p. */
  injected?: boolean;
  /** 1-based line in that cell, and its text, when tslab's error tells it. */
  line?: number;
  sourceLine?: string;
  /** The error text. */
  message: string;
}

/** Progress of one notebook, for progress bars and logs. */
export type ProgressEvent =
  | { kind: "kernel-starting" }
  | { kind: "kernel-ready"; ms: number }
  | { kind: "cell-start"; index: number; codeCell: number; codeCells: number }
  | { kind: "cell-end"; index: number; codeCell: number; codeCells: number; status: ExecuteStatus; ms: number };

export interface ExecuteNotebookOptions {
  /** The kernel's working directory; relative paths in cells resolve from it. Jupyter uses the notebook's folder. */
  cwd: string;
  /** Values for `-p`: injected after the cell tagged `parameters`. */
  parameters?: Parameters | undefined;
  /** Per-cell limit in ms (default 120 s). */
  cellTimeoutMs?: number | undefined;
  startupTimeoutMs?: number | undefined;
  onProgress?: ((event: ProgressEvent) => void) | undefined;
  /** Aborting interrupts the running cell, stops the run and shuts the kernel down (Ctrl-C). */
  signal?: AbortSignal | undefined;
  /**
   * A kernel already starting for this notebook (started with `cwd` as its folder). It stays the
   * caller's: the run uses it and does not shut it down. Lets a workbook start the next notebook's
   * kernel while the current one runs.
   */
  kernel?: Promise<Kernel> | undefined;
}

/** One executed notebook. */
export interface NotebookRun {
  status: "ok" | "failed" | "interrupted";
  /** The executed copy: outputs, execution counts, timing metadata; the input is never modified. */
  notebook: Notebook;
  failure?: Failure;
  kernelStartMs?: number;
  durationMs: number;
  /** Per executed code cell: its position among all cells of the executed copy and how it ended. */
  cells: { index: number; status: ExecuteStatus; ms: number }[];
  /** How many code cells there are to run (empty ones are skipped). */
  codeCells: number;
  parameters: Parameters;
}

/** A notebook ready to run: its parameters injected (once), outputs cleared. */
export interface PreparedNotebook {
  readonly kind: "prepared-notebook";
  /** The copy that runs and becomes the executed copy; the source notebook is never modified. */
  readonly notebook: Notebook;
  /** Where the injected `-p` cell is, if any. */
  readonly injectedIndex: number | undefined;
  readonly parameters: Parameters;
}

/**
 * Injects `-p` values after the cell tagged `parameters` and clears outputs: the one place a
 * notebook's parameters are applied. A problem (no parameters cell, an unknown name) comes back as
 * text, before any kernel starts.
 *
 * @example
 * const prepared = prepareNotebook(notebook, { capacityHours: 120 });
 * if (prepared.success) await executePrepared(prepared.prepared, { cwd: "notebooks" });
 */
export function prepareNotebook(
  source: Notebook,
  parameters: Parameters = {},
): { success: true; prepared: PreparedNotebook } | { success: false; message: string } {
  const injected = injectParameters(source, parameters);
  if (!injected.success) return { success: false, message: describeInjectionError(injected.error) };
  const notebook: Notebook = structuredClone(injected.notebook);
  // Executed copies start clean, whatever the source held.
  for (const cell of notebook.cells) {
    if (cell.cell_type === "code") {
      cell.outputs = [];
      cell.execution_count = null;
    }
  }
  return {
    success: true,
    prepared: { kind: "prepared-notebook", notebook, injectedIndex: injected.injectedIndex, parameters },
  };
}

/**
 * Executes a notebook in a tslab kernel, cell by cell in order, stopping at the first cell that fails
 * (as papermill and nbclient do, and because tslab aborts requests that follow a failure). A kernel
 * it starts itself it shuts down before returning; one given in `options.kernel` stays the caller's.
 * Failures are returned, never thrown.
 *
 * @example
 * const run = await executeNotebook(notebook, { cwd: "notebooks", parameters: { capacityHours: 120 } });
 * if (run.status !== "ok") console.error(run.failure?.message);
 */
export async function executeNotebook(source: Notebook, options: ExecuteNotebookOptions): Promise<NotebookRun> {
  const parameters = options.parameters ?? {};
  const prepared = prepareNotebook(source, parameters);
  if (!prepared.success)
    return {
      status: "failed",
      notebook: source,
      failure: { status: "input", message: prepared.message },
      durationMs: 0,
      cells: [],
      codeCells: 0,
      parameters,
    };
  return executePrepared(prepared.prepared, options);
}

/**
 * Executes a {@link prepareNotebook}ed notebook (its parameters already injected; `options.parameters`
 * is ignored). Kernel ownership as in {@link executeNotebook}: given, the caller shuts it down.
 *
 * @example
 * const kernel = Kernel.start({ cwd: "notebooks" });
 * try { await executePrepared(prepared, { cwd: "notebooks", kernel }); } finally { await (await kernel).shutdown(); }
 */
export async function executePrepared(
  prepared: PreparedNotebook,
  options: ExecuteNotebookOptions,
): Promise<NotebookRun> {
  const started = Date.now();
  const { injectedIndex, parameters } = prepared;
  // Each run records into its own copy, so a prepared notebook can be run again.
  const notebook: Notebook = structuredClone(prepared.notebook);
  const codeIndices = notebook.cells.flatMap((c, i) =>
    c.cell_type === "code" && joinSource(c.source).trim() !== "" ? [i] : [],
  );
  const emit = options.onProgress ?? (() => undefined);
  const done = (status: NotebookRun["status"], rest: Partial<NotebookRun>): NotebookRun => {
    const durationMs = Date.now() - started;
    // Like papermill's metadata.papermill: the executed copy says how it was made.
    notebook.metadata = {
      ...notebook.metadata,
      runtime: {
        status,
        parameters,
        started: new Date(started).toISOString(),
        duration_ms: durationMs,
        ...(rest.failure ? { failure: rest.failure } : {}),
      },
    };
    return { status, notebook, durationMs, cells: [], codeCells: codeIndices.length, parameters, ...rest };
  };
  if (options.signal?.aborted)
    return done("interrupted", { failure: { status: "interrupted", message: "interrupted before start" } });

  emit({ kind: "kernel-starting" });
  const owned = options.kernel === undefined;
  let kernel: Kernel;
  try {
    kernel = await (options.kernel ?? Kernel.start({ cwd: options.cwd, startupTimeoutMs: options.startupTimeoutMs }));
  } catch (e) {
    return done("failed", { failure: { status: "start", message: (e as Error).message } });
  }
  const kernelStartMs = Date.now() - started;
  emit({ kind: "kernel-ready", ms: kernelStartMs });

  let interrupted = false;
  const onAbort = () => {
    interrupted = true;
    kernel.interrupt();
  };
  options.signal?.addEventListener("abort", onAbort);
  // Ctrl-C while the kernel was starting fired before the listener existed.
  if (options.signal?.aborted) interrupted = true;
  const cells: NotebookRun["cells"] = [];
  try {
    for (const [n, index] of codeIndices.entries()) {
      if (interrupted) break;
      const cell = notebook.cells[index] as CodeCell;
      emit({ kind: "cell-start", index, codeCell: n + 1, codeCells: codeIndices.length });
      const result = await kernel.execute(joinSource(cell.source), { timeoutMs: options.cellTimeoutMs ?? 120_000 });
      record(cell, result);
      cells.push({ index, status: result.status, ms: result.durationMs });
      emit({
        kind: "cell-end",
        index,
        codeCell: n + 1,
        codeCells: codeIndices.length,
        status: result.status,
        ms: result.durationMs,
      });
      if (interrupted) {
        return done("interrupted", {
          failure: {
            status: "interrupted",
            cell: sourcePosition(index, injectedIndex),
            message: "interrupted (Ctrl-C)",
          },
          cells,
          kernelStartMs,
        });
      }
      if (result.status !== "ok") {
        return done("failed", { failure: failureOf(cell, index, injectedIndex, result), cells, kernelStartMs });
      }
    }
    if (interrupted)
      return done("interrupted", {
        failure: { status: "interrupted", message: "interrupted (Ctrl-C)" },
        cells,
        kernelStartMs,
      });
    return done("ok", { cells, kernelStartMs });
  } finally {
    options.signal?.removeEventListener("abort", onAbort);
    // One owner per kernel: this run's own, or the caller's (a workbook that started it ahead).
    if (owned) await kernel.shutdown();
  }
}

/**
 * Reads and executes a notebook file with its folder as the kernel's working directory, like Jupyter.
 * This is the entry point for tests that want to check what a notebook prints.
 *
 * @example
 * const run = await executeNotebookFile("notebooks/01-salon-throughput.ipynb");
 * expect(run.status).toBe("ok");
 * expect(notebookText(run.notebook)).toContain("NP = 10");
 */
export async function executeNotebookFile(
  path: string,
  options: Partial<ExecuteNotebookOptions> = {},
): Promise<NotebookRun> {
  const read = readNotebookFile(path);
  if (!read.success) return inputFailure(read.message, options.parameters);
  return executeNotebook(read.notebook, { ...options, cwd: options.cwd ?? dirname(resolve(path)) });
}

/**
 * Reads and parses a notebook file, or says why it cannot.
 *
 * @example
 * readNotebookFile("notebooks/03-ranking.ipynb"); // { success: true, notebook: { cells: [...], ... } }
 */
export function readNotebookFile(
  path: string,
): { success: true; notebook: Notebook } | { success: false; message: string } {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    return { success: false, message: `cannot read ${path}: ${(e as Error).message}` };
  }
  const parsed = parseNotebook(text);
  if (!parsed.success)
    return {
      success: false,
      message: `${path} is not a valid notebook: ${parsed.problems.map((p) => `${p.where} ${p.problem}`).join("; ")}`,
    };
  return { success: true, notebook: parsed.notebook };
}

/** The run of a notebook that could not be read or take its parameters: nothing ran. */
export function inputFailure(message: string, parameters: Parameters = {}): NotebookRun {
  return {
    status: "failed",
    notebook: { nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [] },
    failure: { status: "input", message },
    durationMs: 0,
    cells: [],
    codeCells: 0,
    parameters,
  };
}

/** Stores a cell's result in the executed copy, with nbclient-style timing metadata. */
function record(cell: CodeCell, result: ExecuteResult): void {
  cell.outputs = result.outputs;
  cell.execution_count = result.executionCount;
  cell.metadata = {
    ...cell.metadata,
    execution: { "shell.execute_request": result.startedAt, "shell.execute_reply": result.finishedAt },
    ...(result.status === "ok"
      ? {}
      : { runtime: { status: result.status, ...(result.detail ? { detail: result.detail } : {}) } }),
  };
}

/**
 * The cell's 1-based position in the source notebook, where the injected cell does not exist;
 * for the injected cell itself, the position of the parameters cell it follows.
 */
function sourcePosition(index: number, injectedIndex: number | undefined): number {
  return injectedIndex !== undefined && index >= injectedIndex ? index : index + 1;
}

/** The failure of a cell that did not end ok, located in its source. */
function failureOf(cell: CodeCell, index: number, injectedIndex: number | undefined, result: ExecuteResult): Failure {
  const located = locateError(joinSource(cell.source), stderrText(result.outputs));
  const message =
    [result.detail, located.message].filter((m) => m !== undefined && m !== "").join("\n") ||
    `the cell ended with status ${result.status}`;
  return {
    status: result.status === "ok" ? "error" : result.status,
    cell: sourcePosition(index, injectedIndex),
    ...(index === injectedIndex || tagsOf(cell).includes("injected-parameters") ? { injected: true } : {}),
    ...(located.line !== undefined ? { line: located.line, sourceLine: located.sourceLine } : {}),
    message,
  };
}
