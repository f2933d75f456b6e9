import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import {
  executePrepared,
  inputFailure,
  prepareNotebook,
  readNotebookFile,
  type NotebookRun,
  type PreparedNotebook,
  type ProgressEvent,
} from "./execute/execute-notebook";
import { Kernel } from "./kernel/kernel";
import { describeFailure, failureHeadline } from "./execute/report";
import { writeFileAtomic } from "./fs/atomic-write";
import { renderIndexPage, type IndexEntry } from "./html/index-page";
import { pageSummary, pageTitle, renderNotebookPage } from "./html/page";
import { parseNotebook, stringifyNotebook } from "./notebook/nbformat";
import type { Parameters } from "./notebook/parameters";
import { RESULTS_DIR_VARIABLE } from "../export/results-dir";
import { recordsOfNotebook, withRecords } from "./notebook/records";
import { renderComparisonPage } from "./html/comparison-page";
import { chartImager } from "./html/chart-images";
import { ASSETS_DIR, SHARED_ASSETS, sharedAssetSource } from "./html/plotly";
import { writeComparisonWorkbook } from "../export/xlsx/comparison-workbook";

// The Russian edition lives in a folder named ru (notebooks/ru/); every other notebook is English.
function editionLocale(source: string): "en" | "ru" {
  return source.split(/[\\/]/).includes("ru") ? "ru" : "en";
}

/** Progress of a whole run, for the terminal. */
export type WorkbookEvent =
  | { kind: "notebook-start"; index: number; total: number; source: string }
  | { kind: "progress"; index: number; total: number; source: string; event: ProgressEvent }
  | { kind: "notebook-end"; index: number; total: number; source: string; run: NotebookRun }
  /** Something the reader should know that does not fail the run (charts left without a static picture). */
  | { kind: "notice"; message: string };

export interface WorkbookOptions {
  /** Notebook files to run, in order. */
  notebooks: string[];
  /** Where executed copies and pages go (default "out"). */
  outDir?: string;
  /** Paths in pages and messages are shown relative to this folder (default: the current one). */
  root?: string;
  parameters?: Parameters;
  /**
   * A sweep (`--grid`): run every notebook once per combination (merged over `parameters`) and write a
   * comparison page per notebook, one column per run, one row per figure the notebook `record`s.
   */
  grid?: Parameters[];
  cellTimeoutMs?: number;
  startupTimeoutMs?: number;
  /**
   * Inline plotly.js and the what-if bundle into every page (`--standalone`: each page one file to
   * e-mail). Default false: pages share one copy of each under `out/assets/`.
   */
  standalone?: boolean | undefined;
  /**
   * Give each chart output of the executed copies a static SVG beside its HTML (default true), drawn in
   * one headless Chromium for the whole run; without Chromium the run goes on with a notice.
   */
  chartImages?: boolean;
  onEvent?: (event: WorkbookEvent) => void;
  /** Aborting (Ctrl-C) interrupts the running cell, shuts its kernel down and runs no further notebook. */
  signal?: AbortSignal;
  /** The runs {@link prepareWorkbook} made of these options (the CLI checks them first); default: made here. */
  plan?: WorkbookPlan;
}

/** One run of a workbook: a notebook with one set of parameters, read, parsed and injected once. */
export interface WorkbookJob {
  path: string;
  parameters: Parameters;
  /** File stem of its page and executed copy (NAME, or NAME.run-K in a sweep). */
  stem: string;
  /** In a sweep, the stem of the notebook's comparison page. */
  comparisonStem?: string;
  prepared: { success: true; prepared: PreparedNotebook } | { success: false; message: string };
}

/** What a workbook run will run, and what cannot run, before any kernel starts. */
export interface WorkbookPlan {
  jobs: WorkbookJob[];
  /** One line per notebook that cannot be read or take its parameters, e.g. "a.ipynb: unknown parameter x: …". */
  problems: string[];
}

/**
 * Reads every notebook once and injects each run's parameters once: the jobs a {@link runWorkbook}
 * runs, and the problems that would make one fail at once (so the CLI stops before anything runs).
 *
 * @example
 * prepareWorkbook({ notebooks: ["notebooks/03-ranking.ipynb"], parameters: { capacityHour: 120 } }).problems
 * // ["notebooks/03-ranking.ipynb: unknown parameter capacityHour: the parameters cell declares capacityHours"]
 */
export function prepareWorkbook(options: Pick<WorkbookOptions, "notebooks" | "parameters" | "grid">): WorkbookPlan {
  const stems = outputStems(options.notebooks);
  // One job per notebook, or, for a sweep, one per notebook and combination (run k writes NAME.run-k.*).
  const grid = options.grid && options.grid.length > 0 ? options.grid : undefined;
  const problems: string[] = [];
  const jobs = options.notebooks.flatMap((path, n) => {
    const read = readNotebookFile(path);
    return (grid ?? [{}]).map((combination, k): WorkbookJob => {
      const parameters = { ...options.parameters, ...combination };
      const prepared = read.success ? prepareNotebook(read.notebook, parameters) : read;
      // Without parameters a notebook that cannot be read is that run's failure, as before; with them
      // the run stops first, since the -p given may be what is wrong.
      if (!prepared.success && Object.keys(parameters).length > 0) {
        const problem = read.success ? `${path}: ${prepared.message}` : prepared.message;
        if (!problems.includes(problem)) problems.push(problem);
      }
      return {
        path,
        parameters,
        stem: grid ? `${stems[n]}.run-${k + 1}` : stems[n]!,
        ...(grid ? { comparisonStem: stems[n]! } : {}),
        prepared,
      };
    });
  });
  return { jobs, problems };
}

/** One notebook's run and the files written for it. */
export interface WorkbookEntry {
  /** The source path as shown to people (relative to `root`). */
  source: string;
  run: NotebookRun;
  htmlPath: string;
  notebookPath: string;
  /** The sweep's comparison page of this notebook, when the run is part of a grid. */
  comparisonPath?: string;
}

export interface WorkbookResult {
  entries: WorkbookEntry[];
  indexPath: string;
  /** "ok" only when every notebook ran without error. */
  status: "ok" | "failed" | "interrupted";
}

/** The workbooks a notebook wrote into its results folder; an empty folder is removed, not left behind. */
function resultFiles(folder: string): string[] {
  const files = readdirSync(folder)
    .filter((file) => file.toLowerCase().endsWith(".xlsx"))
    .sort();
  if (readdirSync(folder).length === 0) rmSync(folder, { recursive: true, force: true });
  return files;
}

/**
 * Output file stems for notebooks: the file name without `.ipynb`, made unique within the run. A chapter of
 * an edition in another language (`notebooks/ru/`) is written under that language's folder (`ru/NAME`), so
 * its page is `out/ru/NAME.html` beside the English `out/NAME.html`, and its executed copy
 * `out/notebooks/ru/NAME.ipynb`.
 *
 * @example
 * outputStems(["notebooks/01-salon-throughput.ipynb", "notebooks/ru/01-salon-throughput.ipynb"]) // ["01-salon-throughput", "ru/01-salon-throughput"]
 * outputStems(["notebooks/01-salon-throughput.ipynb", "drafts/01-salon-throughput.ipynb"]) // ["01-salon-throughput", "01-salon-throughput-2"]
 */
export function outputStems(paths: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return paths.map((p) => {
    const name = basename(p).replace(/\.ipynb$/i, "");
    const stem = EDITION_FOLDERS.includes(basename(dirname(p)).toLowerCase())
      ? `${basename(dirname(p)).toLowerCase()}/${name}`
      : name;
    const n = (seen.get(stem) ?? 0) + 1;
    seen.set(stem, n);
    return n === 1 ? stem : `${stem}-${n}`;
  });
}

/** Folders that hold an edition of the workbook in another language, written to a folder of that name. */
const EDITION_FOLDERS: readonly string[] = ["ru"];

/**
 * Runs notebooks one after another, each in a fresh kernel, and writes for each an executed copy
 * (`out/notebooks/NAME.ipynb`) and a standalone page (`out/NAME.html`), then `out/index.html` linking
 * every page (including those of earlier runs that still exist, recorded in `out/manifest.json`).
 * Every file is written atomically. Source notebooks are never written.
 *
 * @example
 * const result = await runWorkbook({ notebooks: ["notebooks/03-ranking.ipynb"], parameters: { capacityHours: 120 } });
 * result.status; // "ok"
 */
export async function runWorkbook(options: WorkbookOptions): Promise<WorkbookResult> {
  const root = resolve(options.root ?? process.cwd());
  const outDir = resolve(options.outDir ?? "out");
  const sources = new Set(options.notebooks.map((p) => resolve(p)));
  const entries: WorkbookEntry[] = [];
  const finishedAt = new Map<string, string>();
  const grid = options.grid && options.grid.length > 0 ? options.grid : undefined;
  const jobs = (options.plan ?? prepareWorkbook(options)).jobs.map((job) => ({
    ...job,
    comparisonPath: job.comparisonStem === undefined ? undefined : join(outDir, `${job.comparisonStem}.compare.html`),
  }));
  const total = jobs.length;
  const targets = jobs.map((job) => ({
    notebookPath: join(outDir, "notebooks", `${job.stem}.ipynb`),
    htmlPath: join(outDir, `${job.stem}.html`),
  }));
  const clash = targets.find((t) => sources.has(t.notebookPath) || sources.has(t.htmlPath));
  if (clash)
    throw new Error(`refusing to write ${clash.notebookPath}: it is a source notebook; choose another output folder`);

  // The next notebook's kernel starts while the current notebook runs: starting tslab (about a second of
  // loading TypeScript) is most of a short notebook's time, and it overlaps well with cell execution.
  // Each notebook's kernel is told a folder of its own for files it writes for the reader (a chapter's
  // results workbook); its page links what is there after the run.
  // One copy of plotly.js and of the what-if bundle for the whole handout, loaded by relative paths
  // (works from file://, no network), instead of about 5 MB in every page with a chart.
  if (!options.standalone && jobs.length > 0) {
    for (const asset of ["plotly", "whatIf"] as const)
      writeFileAtomic(join(outDir, ASSETS_DIR, SHARED_ASSETS[asset]), sharedAssetSource(asset));
  }
  const resultsDirs = jobs.map((job) => join(outDir, "results", job.stem));
  const startKernel = (path: string, index: number) => {
    // A notebook that cannot run (unreadable, bad -p) gets no kernel.
    if (!jobs[index]!.prepared.success) return undefined;
    // The exported page loads plotly.js and the what-if bundle once; outputs must not inline copies.
    const env = {
      ...process.env,
      [RESULTS_DIR_VARIABLE]: resultsDirs[index],
      THROUGHPUT_ACCOUNTING_PAGE_SCRIPTS: "external",
    };
    const kernel = Kernel.start({ cwd: dirname(resolve(path)), startupTimeoutMs: options.startupTimeoutMs, env });
    kernel.catch(() => undefined); // A failed start is reported by the run that uses it.
    return kernel;
  };
  const imager =
    options.chartImages === false
      ? undefined
      : chartImager({ onNotice: (message) => (options.onEvent ?? (() => undefined))({ kind: "notice", message }) });
  let next = jobs.length > 0 && !options.signal?.aborted ? startKernel(jobs[0]!.path, 0) : undefined;
  const dispose = (kernel: Promise<Kernel> | undefined) => kernel?.then((k) => k.shutdown()).catch(() => undefined);

  try {
    for (const [index, job] of jobs.entries()) {
      const path = job.path;
      const current = next;
      next = undefined;
      if (options.signal?.aborted) {
        await dispose(current);
        break;
      }
      if (index + 1 < total) next = startKernel(jobs[index + 1]!.path, index + 1);
      // Files of an earlier run must not be linked as this run's.
      rmSync(resultsDirs[index]!, { recursive: true, force: true });
      mkdirSync(resultsDirs[index]!, { recursive: true });
      const source = relative(root, resolve(path)) || path;
      const emit = options.onEvent ?? (() => undefined);
      emit({ kind: "notebook-start", index, total, source });
      const prepared = job.prepared;
      const executed = prepared.success
        ? await executePrepared(prepared.prepared, {
            cwd: dirname(resolve(path)),
            cellTimeoutMs: options.cellTimeoutMs,
            startupTimeoutMs: options.startupTimeoutMs,
            signal: options.signal,
            kernel: current,
            onProgress: (event) => emit({ kind: "progress", index, total, source, event }),
          })
        : inputFailure(prepared.message, job.parameters);
      // This loop owns the kernel it started ahead: the run only used it.
      await dispose(current);
      // Figures the notebook `record`ed travel in the executed copy's metadata (like scrapbook's scraps).
      const run = { ...executed, notebook: withRecords(executed.notebook, recordsOfNotebook(executed.notebook)) };
      // The executed copy names its source, so a later run can list its page even if no manifest does.
      const runtime = run.notebook.metadata.runtime;
      if (typeof runtime === "object" && runtime !== null) run.notebook.metadata.runtime = { ...runtime, source };
      // A static picture of each chart in the executed copy, for readers whose viewer runs no script
      // (GitHub, an untrusted notebook). The page runs its scripts, so it is made from the copy without.
      const saved = imager === undefined ? run.notebook : (await imager.addImages(run.notebook)).notebook;
      const { notebookPath, htmlPath } = targets[index]!;
      const resultsDir = resultsDirs[index]!;
      const failedIndex = run.failure?.cell === undefined ? undefined : failedCellIndex(run);
      writeFileAtomic(notebookPath, stringifyNotebook(saved));
      writeFileAtomic(
        htmlPath,
        renderNotebookPage(run.notebook, {
          source,
          status: run.status,
          failedIndex,
          failureText: run.failure ? describeFailure(source, run.failure) : undefined,
          parameters: run.parameters,
          durationMs: run.durationMs,
          finishedAt: new Date().toISOString(),
          indexHref: relative(dirname(htmlPath), join(outDir, "index.html")),
          ...(options.standalone
            ? {}
            : { assetsHref: relative(dirname(htmlPath), join(outDir, ASSETS_DIR)).split("\\").join("/") }),
          downloads: resultFiles(resultsDir).map((file) => ({
            href: relative(dirname(htmlPath), join(resultsDir, file)).split("\\").join("/"),
            label: file,
          })),
        }),
      );
      entries.push({
        source,
        run,
        htmlPath,
        notebookPath,
        ...(job.comparisonPath ? { comparisonPath: job.comparisonPath } : {}),
      });
      finishedAt.set(htmlPath, new Date().toISOString());
      // After each page, not only at the end: a runner killed outright (SIGKILL, a closed laptop) still
      // leaves an index and a manifest that list every page already written.
      writeIndex(outDir, root, entries, finishedAt);
      emit({ kind: "notebook-end", index, total, source, run });
      if (run.status === "interrupted") break;
    }
  } finally {
    // Also after an error (a refused output path): the kernel started ahead must not outlive the run.
    await dispose(next);
    await imager?.close();
  }

  // A sweep's comparison pages: one per notebook, written when all its runs (or those before a Ctrl-C) are done.
  const comparisons = new Map<string, WorkbookEntry[]>();
  for (const entry of entries)
    if (entry.comparisonPath)
      comparisons.set(entry.comparisonPath, [...(comparisons.get(entry.comparisonPath) ?? []), entry]);
  for (const [comparisonPath, runs] of comparisons) {
    const gridNames = Object.keys(grid?.[0] ?? {});
    const title = pageTitle(runs[0]!.run.notebook, runs[0]!.source);
    const compared = runs.map((entry) => ({
      parameters: Object.fromEntries(gridNames.map((name) => [name, entry.run.parameters[name]])),
      status: entry.run.status,
      htmlHref: relative(dirname(comparisonPath), entry.htmlPath),
      records: recordsOfNotebook(entry.run.notebook),
    }));
    // The same table as a workbook beside the page (in the edition's language: notebooks/ru/ is Russian).
    const xlsxPath = comparisonPath.replace(/\.html$/, ".xlsx");
    await writeComparisonWorkbook(xlsxPath, title, compared, { locale: editionLocale(runs[0]!.source) });
    writeFileAtomic(
      comparisonPath,
      renderComparisonPage(
        title,
        compared,
        relative(dirname(comparisonPath), join(outDir, "index.html")),
        relative(dirname(comparisonPath), xlsxPath),
      ),
    );
  }

  writeIndex(outDir, root, entries, finishedAt);
  const indexPath = join(outDir, "index.html");

  const status =
    entries.some((e) => e.run.status === "interrupted") || options.signal?.aborted
      ? "interrupted"
      : entries.every((e) => e.run.status === "ok") && entries.length === total
        ? "ok"
        : "failed";
  return { entries, indexPath, status };
}

/**
 * Checks before anything runs that every notebook can take the given `-p` parameters (it has a
 * parameters cell declaring each name), so a typo stops the run at once with a clear message.
 *
 * @example
 * parameterProblems(["notebooks/03-ranking.ipynb"], { capacityHour: 120 })
 * // ["notebooks/03-ranking.ipynb: unknown parameter capacityHour: the parameters cell declares capacityHours"]
 */
export function parameterProblems(paths: readonly string[], parameters: Parameters): string[] {
  return prepareWorkbook({ notebooks: [...paths], parameters }).problems;
}

/**
 * Writes `out/manifest.json` and `out/index.html` for the pages of this run plus those of earlier runs
 * that still exist. Earlier entries come from the manifest, and also from the folder itself: a page
 * whose run was killed before the manifest listed it (an older runner, a manifest lost or corrupted)
 * is found on disk with its executed notebook, so the index is rebuilt from what is there.
 */
function writeIndex(
  outDir: string,
  root: string,
  entries: readonly WorkbookEntry[],
  finishedAt: ReadonlyMap<string, string>,
): void {
  const indexPath = join(outDir, "index.html");
  const manifestPath = join(outDir, "manifest.json");
  const current: IndexEntry[] = entries.map((e) => ({
    source: e.source,
    title: pageTitle(e.run.notebook, e.source),
    summary: pageSummary(e.run.notebook),
    status: e.run.status,
    htmlHref: relative(outDir, e.htmlPath),
    notebookHref: relative(outDir, e.notebookPath),
    failure: e.run.failure ? failureHeadline(e.run.failure) : undefined,
    parameters: e.run.parameters,
    durationMs: e.run.durationMs,
    finishedAt: finishedAt.get(e.htmlPath) ?? new Date().toISOString(),
    ...(e.comparisonPath ? { comparisonHref: relative(outDir, e.comparisonPath) } : {}),
  }));
  const listed = readManifest(manifestPath);
  const known = [...listed, ...pagesOnDisk(outDir, [...listed, ...current])];
  // Earlier runs stay listed while their page exists and their notebook still does. A chapter deleted or
  // renamed since must not linger on the handout: its page, executed copy, results folder and sweep
  // comparison are this runner's own outputs, so they go, not just its line on the index.
  const earlierRuns = known.filter((old) => !current.some((c) => c.source === old.source));
  const sourceGone = (old: IndexEntry) => !existsSync(resolve(root, old.source));
  for (const old of earlierRuns.filter(sourceGone)) removeOutputsOf(outDir, old);
  const earlier = earlierRuns.filter((old) => !sourceGone(old) && existsSync(join(outDir, old.htmlHref)));
  const all = [...earlier, ...current];
  writeFileAtomic(manifestPath, JSON.stringify({ entries: all }, null, 1) + "\n");
  writeFileAtomic(indexPath, renderIndexPage(all));
}

/**
 * Removes what the runner wrote for one earlier entry, only inside `outDir` and only the kinds of file it
 * writes (a manifest edited by hand cannot make it delete anything else).
 */
function removeOutputsOf(outDir: string, entry: IndexEntry): void {
  const root = resolve(outDir);
  const inside = (href: string | undefined, pattern: RegExp): string | undefined => {
    if (href === undefined || !pattern.test(href)) return undefined;
    const target = resolve(root, href);
    return target.startsWith(root + sep) ? target : undefined;
  };
  const page = inside(entry.htmlHref, /\.html$/);
  const comparison = inside(entry.comparisonHref, /\.compare\.html$/);
  const targets = [
    page,
    inside(entry.notebookHref, /\.ipynb$/),
    // Its results folder has the page's stem (results/NAME, results/ru/NAME): see resultsDirs in runWorkbook.
    page && inside(join("results", entry.htmlHref.replace(/\.html$/, "")), /./),
    comparison,
    comparison?.replace(/\.html$/, ".xlsx"),
  ];
  for (const target of targets) if (target !== undefined) rmSync(target, { recursive: true, force: true });
}

/**
 * Pages in `outDir` that no manifest entry names, each with its executed notebook in `out/notebooks/`:
 * the executed copy holds the run (its `metadata.runtime`: status, parameters, duration, source path).
 */
function pagesOnDisk(outDir: string, listed: readonly IndexEntry[]): IndexEntry[] {
  const named = new Set(listed.map((e) => e.htmlHref));
  // The pages of out/ and of each edition's folder (out/ru/NAME.html, its copy out/notebooks/ru/NAME.ipynb).
  const files = ["", ...EDITION_FOLDERS].flatMap((folder) => {
    try {
      return readdirSync(join(outDir, folder)).map((file) => (folder === "" ? file : `${folder}/${file}`));
    } catch {
      return [];
    }
  });
  return files.flatMap((file): IndexEntry[] => {
    if (!file.endsWith(".html") || file === "index.html" || named.has(file)) return [];
    const notebookHref = join("notebooks", file.replace(/\.html$/, ".ipynb"));
    try {
      const parsed = parseNotebook(readFileSync(join(outDir, notebookHref), "utf8"));
      if (!parsed.success) return [];
      const run = (
        parsed.notebook.metadata as {
          runtime?: { source?: unknown; status?: unknown; duration_ms?: unknown; parameters?: unknown };
        }
      ).runtime;
      const source = typeof run?.source === "string" ? run.source : undefined;
      if (source === undefined) return [];
      const status =
        run?.status === "ok" || run?.status === "failed" || run?.status === "interrupted" ? run.status : "failed";
      const parameters =
        typeof run?.parameters === "object" && run.parameters !== null
          ? (run.parameters as Record<string, unknown>)
          : {};
      return [
        {
          source,
          title: pageTitle(parsed.notebook, source),
          summary: pageSummary(parsed.notebook),
          status,
          htmlHref: file,
          notebookHref,
          parameters,
          durationMs: typeof run?.duration_ms === "number" ? run.duration_ms : 0,
          finishedAt: statSync(join(outDir, file)).mtime.toISOString(),
        },
      ];
    } catch {
      return [];
    }
  });
}

/** The failing cell's index in the executed copy (the injected cell shifts later cells by one). */
function failedCellIndex(run: NotebookRun): number | undefined {
  const last = run.cells[run.cells.length - 1];
  return last !== undefined && last.status !== "ok" ? last.index : undefined;
}

function readManifest(path: string): IndexEntry[] {
  try {
    const value = JSON.parse(readFileSync(path, "utf8")) as { entries?: unknown };
    return Array.isArray(value.entries)
      ? (value.entries as IndexEntry[]).filter((e) => typeof e?.source === "string" && typeof e?.htmlHref === "string")
      : [];
  } catch {
    return [];
  }
}
