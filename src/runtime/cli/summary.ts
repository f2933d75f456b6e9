import { pathToFileURL } from "node:url";
import { dirname, isAbsolute, relative } from "node:path";
import { describeFailure } from "../execute/report";
import type { WorkbookResult } from "../workbook";

/** At most this many lines of one error go into the summary, so it fits one screen. */
const ERROR_LINES = 6;

/**
 * The one-screen summary printed after a run: a line per notebook, each failure with notebook,
 * cell, line and error text, and where the HTML is.
 *
 * @example
 * console.log(summary(result, process.cwd()));
 * // Ran 2 notebooks in 6.1 s: 2 ok.
 * //   ✓ notebooks/00-start-here.ipynb   9 cells  2.9 s
 * //   ...
 * // HTML: out/index.html
 */
export function summary(result: WorkbookResult, cwd: string): string {
  const entries = result.entries;
  const ok = entries.filter((e) => e.run.status === "ok").length;
  const seconds = entries.reduce((s, e) => s + e.run.durationMs, 0) / 1000;
  const width = Math.max(0, ...entries.map((e) => e.source.length));
  const lines = [
    `Ran ${entries.length} notebook${entries.length === 1 ? "" : "s"} in ` +
      `${seconds.toFixed(1)} s: ${ok} ` +
      `ok${entries.length - ok > 0 ? `, ${entries.length - ok} ${result.status === "interrupted" ? "failed or interrupted" : "failed"}` : ""}.`,
  ];
  for (const e of entries) {
    const mark = e.run.status === "ok" ? "✓" : "✗";
    lines.push(
      `  ${mark} ${e.source.padEnd(width)}  ${`${e.run.cells.length}/${e.run.codeCells}`.padStart(7)} ` +
        `cells ${(e.run.durationMs / 1000).toFixed(1).padStart(6)} s`,
    );
  }
  for (const e of entries) {
    if (!e.run.failure) continue;
    const [where, ...error] = describeFailure(e.source, e.run.failure).split("\n");
    lines.push("", `✗ ${where}`);
    const text = error.filter((l) => l.trim() !== "");
    const shownLines = text.slice(0, ERROR_LINES);
    lines.push(...shownLines.map((l) => `    ${l}`));
    if (text.length > shownLines.length) lines.push(`    … (the whole error is in ${shown(cwd, e.htmlPath)})`);
  }
  lines.push("", `HTML: ${shown(cwd, result.indexPath)}  (${pathToFileURL(result.indexPath).href})`);
  if (entries[0] !== undefined) lines.push(`Executed notebooks: ${shown(cwd, dirname(entries[0].notebookPath))}`);
  return lines.join("\n");
}

/**
 * A path as short as is clear: relative to `cwd` when inside it, absolute otherwise.
 *
 * @example
 * shown("/work/p", "/work/p/out/index.html") // "out/index.html"
 * shown("/work/p", "/tmp/out/index.html")    // "/tmp/out/index.html"
 */
export function shown(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === "" || rel.startsWith("..") || isAbsolute(rel) ? path : rel;
}
