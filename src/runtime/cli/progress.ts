import { stripAnsi, terminalText, visibleText } from "../../text/escape";
import type { WorkbookEvent } from "../workbook";

/**
 * A text progress bar.
 *
 * @example
 * bar(0.5, 10) // "█████░░░░░"
 */
export function bar(fraction: number, width: number): string {
  const filled = Math.max(0, Math.min(width, Math.round(fraction * width)));
  return "█".repeat(filled) + "░".repeat(width - filled);
}

/** What the terminal line shows: the notebook among all, and the cell within it. */
export interface ProgressState {
  notebook: number;
  notebooks: number;
  source: string;
  cell: number;
  cells: number;
  phase: "kernel" | "cells";
}

/**
 * The one-line progress display for a terminal `columns` wide: a bar over notebooks and a bar over
 * the current notebook's cells.
 *
 * @example
 * progressLine({ notebook: 2, notebooks: 4, source: "notebooks/03-ranking.ipynb", cell: 3, cells: 5, phase: "cells" }, 100)
 * // "notebook 2/4 ████░░░░░░ │ 03-ranking.ipynb █████░░░░░░░ cell 3/5"
 */
export function progressLine(state: ProgressState, columns: number): string {
  const name = state.source.split(/[\\/]/).pop() ?? state.source;
  const right = state.phase === "kernel" ? "starting kernel" : `cell ${state.cell}/${state.cells}`;
  const done = state.phase === "kernel" ? 0 : state.cells === 0 ? 1 : (state.cell - 1) / state.cells;
  const line =
    `notebook ${state.notebook}/${state.notebooks} ` +
    `${bar((state.notebook - 1 + done) / Math.max(1, state.notebooks), 10)} │ ${name} ${bar(done, 12)} ${right}`;
  const width = Math.max(20, columns);
  return line.length > width - 1 ? line.slice(0, width - 2) + "…" : line;
}

/**
 * The plain line (no terminal control codes) logged for an event when the output is not a terminal,
 * or undefined when the event is not worth a line.
 *
 * @example
 * plainLine({ kind: "notebook-start", index: 0, total: 3, source: "notebooks/01-salon-throughput.ipynb" })
 * // "[1/3] notebooks/01-salon-throughput.ipynb"
 */
export function plainLine(event: WorkbookEvent): string | undefined {
  switch (event.kind) {
    case "notebook-start":
      return `[${event.index + 1}/${event.total}] ${event.source}`;
    case "progress": {
      const e = event.event;
      if (e.kind === "kernel-ready") return `  kernel ready in ${e.ms} ms`;
      if (e.kind === "cell-end") return `  cell ${e.codeCell}/${e.codeCells} ${e.status} ${e.ms} ms`;
      return undefined;
    }
    case "notebook-end":
      return `  ${event.run.status} in ${(event.run.durationMs / 1000).toFixed(1)} s`;
    case "notice":
      return `note: ${event.message}`;
  }
}

/** Writes progress to a stream: a redrawn bar on a TTY, plain lines otherwise, or nothing. */
export function progressReporter(
  stream: NodeJS.WriteStream,
  mode: "auto" | "plain" | "none",
): { onEvent: (e: WorkbookEvent) => void; clear: () => void } {
  if (mode === "none") return { onEvent: () => undefined, clear: () => undefined };
  if (mode === "plain" || !stream.isTTY) {
    return {
      onEvent: (e) => {
        const line = plainLine(e);
        if (line !== undefined) stream.write(terminalText(stripAnsi(line)) + "\n");
      },
      clear: () => undefined,
    };
  }
  let state: ProgressState | undefined;
  // The bar's own codes are written around the line; the line itself (a notebook's path) is made safe.
  const draw = () =>
    state && stream.write(`\r\u001b[2K${visibleText(stripAnsi(progressLine(state, stream.columns || 80)))}`);
  const clear = () => stream.write("\r\u001b[2K");
  return {
    onEvent: (e) => {
      if (e.kind === "notebook-start")
        state = { notebook: e.index + 1, notebooks: e.total, source: e.source, cell: 0, cells: 0, phase: "kernel" };
      else if (e.kind === "progress" && state) {
        const p = e.event;
        if (p.kind === "cell-start") state = { ...state, phase: "cells", cell: p.codeCell, cells: p.codeCells };
      } else if (e.kind === "notice") {
        clear();
        stream.write(`note: ${visibleText(e.message)}\n`);
      } else if (e.kind === "notebook-end") {
        clear();
        const mark = e.run.status === "ok" ? "✓" : "✗";
        stream.write(`${mark} ${visibleText(e.source)} ${(e.run.durationMs / 1000).toFixed(1)} s\n`);
        state = undefined;
        return;
      }
      draw();
    },
    clear,
  };
}
