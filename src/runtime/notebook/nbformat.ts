/**
 * The parts of nbformat 4 (https://nbformat.readthedocs.io/en/latest/format_description.html)
 * that the runtime reads and writes. Unknown fields are kept as they are.
 */

/** nbformat's "multiline string": one string or a list of lines. */
export type MultilineString = string | string[];

export type MimeBundle = Record<string, unknown>;

export interface StreamOutput {
  output_type: "stream";
  name: "stdout" | "stderr";
  text: MultilineString;
}

export interface DisplayDataOutput {
  output_type: "display_data";
  data: MimeBundle;
  metadata: Record<string, unknown>;
}

export interface ExecuteResultOutput {
  output_type: "execute_result";
  execution_count: number | null;
  data: MimeBundle;
  metadata: Record<string, unknown>;
}

export interface ErrorOutput {
  output_type: "error";
  ename: string;
  evalue: string;
  traceback: string[];
}

export type Output = StreamOutput | DisplayDataOutput | ExecuteResultOutput | ErrorOutput;

export interface CodeCell {
  cell_type: "code";
  id?: string;
  metadata: Record<string, unknown> & { tags?: string[] };
  source: MultilineString;
  outputs: Output[];
  execution_count: number | null;
}

export interface MarkdownCell {
  cell_type: "markdown";
  id?: string;
  metadata: Record<string, unknown> & { tags?: string[] };
  source: MultilineString;
  attachments?: Record<string, MimeBundle>;
}

export interface RawCell {
  cell_type: "raw";
  id?: string;
  metadata: Record<string, unknown> & { tags?: string[] };
  source: MultilineString;
}

export type Cell = CodeCell | MarkdownCell | RawCell;

export interface Notebook {
  nbformat: 4;
  nbformat_minor: number;
  metadata: Record<string, unknown>;
  cells: Cell[];
}

/**
 * Joins a multiline string into one string.
 *
 * @example
 * joinSource(["let a = 1;\n", "a"]) // "let a = 1;\na"
 */
export function joinSource(source: MultilineString): string {
  return Array.isArray(source) ? source.join("") : source;
}

/**
 * Splits text into nbformat's list-of-lines form, each line keeping its "\n" (the form Jupyter writes,
 * which keeps diffs of committed notebooks readable).
 *
 * @example
 * splitLines("a\nb") // ["a\n", "b"]
 */
export function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** The tags of a cell, or none. */
export function tagsOf(cell: Cell): string[] {
  const tags = cell.metadata?.tags;
  return Array.isArray(tags) ? tags.filter((t): t is string => typeof t === "string") : [];
}

/** A problem found in a notebook file, with where it is. */
export interface NotebookProblem {
  where: string;
  problem: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isMultiline = (v: unknown): boolean =>
  typeof v === "string" || (Array.isArray(v) && v.every((s) => typeof s === "string"));

/**
 * Checks the structure of an nbformat 4 notebook and lists every problem found (empty when valid).
 * With `requireNoOutputs`, code cells must also be clean (no outputs, no execution count), as
 * committed notebooks must be.
 *
 * @example
 * notebookProblems({ nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [] }) // []
 */
export function notebookProblems(value: unknown, options: { requireNoOutputs?: boolean } = {}): NotebookProblem[] {
  const problems: NotebookProblem[] = [];
  const add = (where: string, problem: string) => problems.push({ where, problem });
  if (!isObject(value)) return [{ where: "notebook", problem: "is not a JSON object" }];
  if (value.nbformat !== 4) add("nbformat", `is ${JSON.stringify(value.nbformat)}, expected 4`);
  if (typeof value.nbformat_minor !== "number") add("nbformat_minor", "is missing or not a number");
  if (!isObject(value.metadata)) add("metadata", "is missing or not an object");
  if (!Array.isArray(value.cells)) {
    add("cells", "is missing or not a list");
    return problems;
  }
  const ids = new Set<string>();
  value.cells.forEach((cell: unknown, i: number) => {
    const where = `cell ${i + 1}`;
    if (!isObject(cell)) return add(where, "is not an object");
    if (!["code", "markdown", "raw"].includes(cell.cell_type as string))
      add(where, `has cell_type ${JSON.stringify(cell.cell_type)}`);
    if (!isMultiline(cell.source)) add(where, "has a source that is not a string or a list of strings");
    if (!isObject(cell.metadata)) add(where, "has no metadata object");
    if (cell.id !== undefined) {
      if (typeof cell.id !== "string" || !/^[a-zA-Z0-9-_]{1,64}$/.test(cell.id))
        add(where, `has an invalid id ${JSON.stringify(cell.id)}`);
      else if (ids.has(cell.id)) add(where, `repeats the id ${cell.id}`);
      else ids.add(cell.id);
    }
    if (cell.cell_type === "code") {
      if (!Array.isArray(cell.outputs)) add(where, "is a code cell without an outputs list");
      else if (options.requireNoOutputs && cell.outputs.length > 0)
        add(where, `has ${cell.outputs.length} output(s); commit notebooks without outputs`);
      if (cell.execution_count !== null && typeof cell.execution_count !== "number")
        add(where, "has an execution_count that is neither null nor a number");
      else if (options.requireNoOutputs && cell.execution_count !== null)
        add(where, "has an execution_count; commit notebooks unexecuted");
    }
  });
  return problems;
}

/**
 * Parses notebook JSON, or returns the problems that make it unusable (errors as data).
 *
 * @example
 * parseNotebook('{"nbformat":4,"nbformat_minor":5,"metadata":{},"cells":[]}').success // true
 */
export function parseNotebook(
  text: string,
): { success: true; notebook: Notebook } | { success: false; problems: NotebookProblem[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { success: false, problems: [{ where: "file", problem: `is not JSON: ${(e as Error).message}` }] };
  }
  const problems = notebookProblems(value);
  return problems.length > 0 ? { success: false, problems } : { success: true, notebook: value as Notebook };
}

/**
 * Serialises a notebook the way Jupyter does (keys sorted, one-space indent, trailing newline), so
 * executed copies diff cleanly against what Jupyter itself would save.
 *
 * @example
 * stringifyNotebook(notebook).startsWith('{\n "cells": [') // true
 */
export function stringifyNotebook(notebook: Notebook): string {
  return JSON.stringify(sortKeys(notebook), null, 1) + "\n";
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== "object" || value === null) return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    // defineProperty, so a key named "__proto__" stays a plain key.
    Object.defineProperty(sorted, key, {
      value: sortKeys((value as Record<string, unknown>)[key]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return sorted;
}
