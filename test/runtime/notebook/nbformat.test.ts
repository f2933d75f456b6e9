import { describe, expect, it } from "vitest";
import {
  joinSource,
  notebookProblems,
  parseNotebook,
  splitLines,
  stringifyNotebook,
} from "../../../src/runtime/notebook/nbformat";

const valid = {
  nbformat: 4,
  nbformat_minor: 5,
  metadata: {},
  cells: [
    { cell_type: "markdown", id: "a", metadata: {}, source: "# x" },
    { cell_type: "code", id: "b", metadata: {}, source: ["1\n", "2"], outputs: [], execution_count: null },
  ],
};

describe("nbformat", () => {
  it("accepts a clean nbformat 4 notebook", () => {
    expect(notebookProblems(valid, { requireNoOutputs: true })).toEqual([]);
    expect(parseNotebook(JSON.stringify(valid)).success).toBe(true);
  });

  it("lists every structural problem with where it is", () => {
    const bad = {
      nbformat: 3,
      metadata: {},
      cells: [
        { cell_type: "code", id: "a", metadata: {}, source: 5, execution_count: "1" },
        { cell_type: "picture", id: "a", metadata: {}, source: "" },
        { cell_type: "raw", id: "no spaces", metadata: {}, source: "" },
      ],
    };
    expect(notebookProblems(bad)).toEqual([
      { where: "nbformat", problem: "is 3, expected 4" },
      { where: "nbformat_minor", problem: "is missing or not a number" },
      { where: "cell 1", problem: "has a source that is not a string or a list of strings" },
      { where: "cell 1", problem: "is a code cell without an outputs list" },
      { where: "cell 1", problem: "has an execution_count that is neither null nor a number" },
      { where: "cell 2", problem: 'has cell_type "picture"' },
      { where: "cell 2", problem: "repeats the id a" },
      { where: "cell 3", problem: 'has an invalid id "no spaces"' },
    ]);
  });

  it("flags outputs and execution counts when notebooks must be committed clean", () => {
    const executed = structuredClone(valid);
    Object.assign(executed.cells[1]!, {
      outputs: [{ output_type: "stream", name: "stdout", text: "1" }],
      execution_count: 1,
    });
    expect(notebookProblems(executed)).toEqual([]);
    expect(notebookProblems(executed, { requireNoOutputs: true }).map((p) => p.problem)).toEqual([
      "has 1 output(s); commit notebooks without outputs",
      "has an execution_count; commit notebooks unexecuted",
    ]);
  });

  it("reports unreadable JSON as a problem, not an exception", () => {
    const parsed = parseNotebook("{");
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.problems[0]?.where).toBe("file");
  });

  it("splits and joins sources losslessly and writes JSON as Jupyter does", () => {
    for (const text of ["", "a", "a\n", "a\nb", "a\n\nb\n"]) expect(joinSource(splitLines(text))).toBe(text);
    expect(splitLines("a\nb")).toEqual(["a\n", "b"]);
    expect(stringifyNotebook(valid as never)).toMatch(/^\{\n "cells": \[/);
    expect(stringifyNotebook(valid as never).endsWith("}\n")).toBe(true);
  });
});
