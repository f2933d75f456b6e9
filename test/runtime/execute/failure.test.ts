import { describe, expect, it } from "vitest";
import { locateError } from "../../../src/runtime/execute/failure";
import { describeFailure, failureHeadline } from "../../../src/runtime/execute/report";

// Stderr as tslab 1.0.22 writes it (recorded from the kernel), stack shortened.
const THROW = [
  "evalmachine.<anonymous>:7",
  "throw new Error('boom here');",
  "^",
  "",
  "Error: boom here",
  "    at evalmachine.<anonymous>:7:7",
  "    at Object.execute (/p/node_modules/tslab/dist/executor.js:160:38)",
  "",
].join("\n");

describe("finding the failing line in tslab's stderr", () => {
  it("takes line and message from TypeScript diagnostics, which use the cell's own lines", () => {
    const source = "const zz: string = 5;\nconst ww = 1;\nundefinedName()";
    const stderr =
      "1:7 - Type 'number' is not assignable to type 'string'.\n3:1 - Cannot find name 'undefinedName'. Did you mean 'undefined'?\n";
    expect(locateError(source, stderr)).toEqual({
      line: 1,
      sourceLine: "const zz: string = 5;",
      message:
        "1:7 - Type 'number' is not assignable to type 'string'.\n3:1 - Cannot find name 'undefinedName'. Did you mean 'undefined'?",
    });
  });

  it("matches the compiled line of a runtime error back to the TypeScript source", () => {
    expect(locateError("const a = 1;\nconst b = 2;\nthrow new Error('boom here')", THROW)).toEqual({
      line: 3,
      sourceLine: "throw new Error('boom here')",
      message: "Error: boom here",
    });
  });

  it("undoes tslab's rewriting of earlier cells' variables to exports.name", () => {
    const stderr =
      "evalmachine.<anonymous>:6\n    throw new Error(`overloaded: ${load} > ${exports.capacity}`);\n    ^\n\nError: overloaded: 120 > 100\n";
    const source = "const load = 120;\nif (load > capacity) throw new Error(`overloaded: ${load} > ${capacity}`);";
    expect(locateError(source, stderr)).toEqual({
      line: 2,
      sourceLine: "if (load > capacity) throw new Error(`overloaded: ${load} > ${capacity}`);",
      message: "Error: overloaded: 120 > 100",
    });
  });

  it("finds a line whose type annotations the compiler removed", () => {
    const stderr =
      "evalmachine.<anonymous>:4\nconst total = rows.reduce((s, r) => s + " +
      "r.t, 0).toFixed(-1);\n                                                 " +
      "^\n\nRangeError: toFixed() digits argument must be between 0 and 100\n";
    const source =
      "type Row = { t: number };\nconst rows: Row[] = [];\nconst total: string = rows.reduce((s: number, r: Row) => s + r.t, 0).toFixed(-1);";
    expect(locateError(source, stderr)).toMatchObject({
      line: 3,
      message: "RangeError: toFixed() digits argument must be between 0 and 100",
    });
  });

  it("gives the message without a line when the error names none (an awaited rejection)", () => {
    const stderr =
      "Error: await fail\n    at evalmachine.<anonymous>:3:43\n    at async ZmqServer.handleExecute (/p/jupyter.js:406:25)\n";
    expect(locateError("await Promise.reject(new Error('await fail'))", stderr)).toEqual({
      message: "Error: await fail",
    });
  });

  it("falls back to the first meaningful stderr line, and to nothing for an empty stderr", () => {
    expect(locateError("x", "something odd happened\n    at foo\n")).toEqual({ message: "something odd happened" });
    expect(locateError("x", "")).toEqual({ message: "" });
  });
});

describe("failure reports", () => {
  it("name the notebook, the cell, the line with its source and the error", () => {
    expect(
      describeFailure("notebooks/03-ranking.ipynb", {
        status: "error",
        cell: 5,
        line: 3,
        sourceLine: "rank(model)",
        message: "Error: no CCR",
      }),
    ).toBe("notebooks/03-ranking.ipynb, cell 5, line 3: rank(model)\nError: no CCR");
  });

  it("say when the injected parameters cell failed, and when the kernel never started", () => {
    expect(
      describeFailure("n.ipynb", {
        status: "error",
        cell: 2,
        injected: true,
        message: "1:1 - Type 'string' is not assignable to type 'number'.",
      }),
    ).toBe(
      "n.ipynb, the injected parameters cell (after cell 2)\n1:1 - Type 'string' is not assignable to type 'number'.",
    );
    expect(describeFailure("n.ipynb", { status: "start", message: "exited" })).toBe(
      "n.ipynb\nthe kernel did not start: exited",
    );
  });

  it("fit in one line for the index page", () => {
    expect(
      failureHeadline({
        status: "error",
        cell: 5,
        line: 3,
        sourceLine: "rank(model)",
        message: "Error: no CCR\n    at x",
      }),
    ).toBe("cell 5, line 3: Error: no CCR");
    expect(failureHeadline({ status: "error", cell: 2, injected: true, message: "1:1 - bad" })).toBe(
      "injected parameters (after cell 2): 1:1 - bad",
    );
    expect(failureHeadline({ status: "start", message: "The tslab kernel exited during startup" })).toBe(
      "the kernel did not start: The tslab kernel exited during startup",
    );
  });
});
