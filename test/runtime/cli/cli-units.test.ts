import { describe, expect, it } from "vitest";
import { parseArgs } from "../../../src/runtime/cli/args";
import { bar, plainLine, progressLine, progressReporter } from "../../../src/runtime/cli/progress";
import { shown } from "../../../src/runtime/cli/summary";
import { outputStems } from "../../../src/runtime/workbook";

describe("npm start arguments", () => {
  it("takes notebooks, repeated -p and the options", () => {
    const parsed = parseArgs([
      "notebooks/03-ranking.ipynb",
      "-p",
      "capacityHours=120",
      "--parameter=currency=USD",
      "-o",
      "/tmp/o",
      "--timeout",
      "30",
      "--plain",
    ]);
    expect(parsed).toEqual({
      success: true,
      options: {
        notebooks: ["notebooks/03-ranking.ipynb"],
        parameters: { capacityHours: 120, currency: "USD" },
        grid: {},
        outDir: "/tmp/o",
        timeoutSeconds: 30,
        startupTimeoutSeconds: 60,
        progress: "plain",
        standalone: false,
        help: false,
      },
    });
  });

  it("takes --standalone", () => {
    expect(parseArgs(["--standalone"])).toMatchObject({ success: true, options: { standalone: true } });
    expect(parseArgs([])).toMatchObject({ success: true, options: { standalone: false } });
  });

  it("defaults to every notebook, out/, 120 s per cell", () => {
    expect(parseArgs([])).toMatchObject({
      success: true,
      options: { notebooks: [], outDir: "out", timeoutSeconds: 120, progress: "auto" },
    });
  });

  it("says what is wrong with bad arguments", () => {
    expect(parseArgs(["-p"])).toEqual({ success: false, error: "-p expects name=value" });
    expect(parseArgs(["-p", "x"])).toMatchObject({ success: false, error: expect.stringContaining("name=value") });
    expect(parseArgs(["--timeout", "soon"])).toMatchObject({
      success: false,
      error: expect.stringContaining("positive number of seconds"),
    });
    expect(parseArgs(["--frobnicate"])).toEqual({ success: false, error: "unknown option --frobnicate" });
    expect(parseArgs(["notes.txt"])).toEqual({ success: false, error: "notes.txt is not a notebook (.ipynb)" });
  });
});

describe("progress display", () => {
  it("draws bars over notebooks and over cells, cut to the terminal width", () => {
    expect(bar(0, 4)).toBe("░░░░");
    expect(bar(1, 4)).toBe("████");
    expect(bar(2, 4)).toBe("████");
    const line = progressLine(
      { notebook: 2, notebooks: 4, source: "notebooks/03-ranking.ipynb", cell: 3, cells: 5, phase: "cells" },
      200,
    );
    expect(line).toBe("notebook 2/4 ████░░░░░░ │ 03-ranking.ipynb █████░░░░░░░ cell 3/5");
    expect(
      progressLine({ notebook: 1, notebooks: 1, source: "a.ipynb", cell: 0, cells: 0, phase: "kernel" }, 30).length,
    ).toBeLessThanOrEqual(30);
  });

  it("logs plain lines without terminal codes when not on a terminal", () => {
    expect(plainLine({ kind: "notebook-start", index: 0, total: 2, source: "n.ipynb" })).toBe("[1/2] n.ipynb");
    expect(
      plainLine({
        kind: "progress",
        index: 0,
        total: 2,
        source: "n.ipynb",
        event: { kind: "cell-end", index: 3, codeCell: 2, codeCells: 5, status: "ok", ms: 40 },
      }),
    ).toBe("  cell 2/5 ok 40 ms");
    expect(
      plainLine({
        kind: "progress",
        index: 0,
        total: 2,
        source: "n.ipynb",
        event: { kind: "cell-start", index: 3, codeCell: 2, codeCells: 5 },
      }),
    ).toBeUndefined();
  });
});

describe("output names and paths", () => {
  it("keeps file names and makes them unique within a run", () => {
    expect(outputStems(["notebooks/01-salon.ipynb", "x/01-salon.ipynb", "y/02.IPYNB"])).toEqual([
      "01-salon",
      "01-salon-2",
      "02",
    ]);
    expect(
      outputStems(["notebooks/01-salon.ipynb", "notebooks/ru/01-salon.ipynb", "drafts/ru/01-salon.ipynb"]),
    ).toEqual(["01-salon", "ru/01-salon", "ru/01-salon-2"]);
  });

  it("shows paths relative to the working folder only when inside it", () => {
    expect(shown("/work/p", "/work/p/out/index.html")).toBe("out/index.html");
    expect(shown("/work/p", "/tmp/out/index.html")).toBe("/tmp/out/index.html");
  });
});

describe("the progress reporter", () => {
  const fakeStream = (isTTY: boolean) => {
    const written: string[] = [];
    return {
      stream: { isTTY, columns: 120, write: (s: string) => (written.push(s), true) } as unknown as NodeJS.WriteStream,
      written,
    };
  };
  const run = { status: "ok", durationMs: 1500 } as never;

  it("redraws one line on a terminal and leaves a line per finished notebook", () => {
    const { stream, written } = fakeStream(true);
    const reporter = progressReporter(stream, "auto");
    reporter.onEvent({ kind: "notebook-start", index: 0, total: 1, source: "notebooks/01.ipynb" });
    reporter.onEvent({
      kind: "progress",
      index: 0,
      total: 1,
      source: "notebooks/01.ipynb",
      event: { kind: "cell-start", index: 1, codeCell: 1, codeCells: 2 },
    });
    reporter.onEvent({ kind: "notebook-end", index: 0, total: 1, source: "notebooks/01.ipynb", run });
    expect(written[0]).toBe("\r\u001b[2Knotebook 1/1 ░░░░░░░░░░ │ 01.ipynb ░░░░░░░░░░░░ starting kernel");
    expect(written[1]).toContain("cell 1/2");
    expect(written.slice(-2)).toEqual(["\r\u001b[2K", "✓ notebooks/01.ipynb 1.5 s\n"]);
  });

  it("writes plain lines when not on a terminal, and nothing when quiet", () => {
    const plain = fakeStream(false);
    progressReporter(plain.stream, "auto").onEvent({
      kind: "notebook-end",
      index: 0,
      total: 1,
      source: "n.ipynb",
      run,
    });
    expect(plain.written).toEqual(["  ok in 1.5 s\n"]);
    const quiet = fakeStream(true);
    progressReporter(quiet.stream, "none").onEvent({
      kind: "notebook-end",
      index: 0,
      total: 1,
      source: "n.ipynb",
      run,
    });
    expect(quiet.written).toEqual([]);
  });
});
