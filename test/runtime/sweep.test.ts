// Runner sweeps (`--grid`): the grid's syntax and its errors, and a real grid run whose recorded figures
// reach the executed copies' metadata, the comparison page and the index.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { gridOf, parseArgs } from "../../src/runtime/cli/args";
import { gridRuns, parseGridArg, splitGridValues } from "../../src/runtime/cli/grid";
import { renderComparisonPage } from "../../src/runtime/html/comparison-page";
import { runWorkbook } from "../../src/runtime/workbook";
import { FIXTURES, KERNEL_TEST_TIMEOUT } from "./helpers";

const temp = mkdtempSync(join(tmpdir(), "ta-sweep-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const XSS = "<img src=x onerror=alert(1)>";

describe("--grid", () => {
  it("takes comma-separated values, each JSON else text, and splits only at top-level commas", () => {
    expect(parseGridArg("capacityHours=80,100,120")).toEqual({
      success: true,
      name: "capacityHours",
      values: [80, 100, 120],
    });
    expect(splitGridValues('[1,2],{"a":[3,4]},"x,y",plain')).toEqual(["[1,2]", '{"a":[3,4]}', '"x,y"', "plain"]);
    expect(parseGridArg("mix=[1,2],[3,4]")).toEqual({
      success: true,
      name: "mix",
      values: [
        [1, 2],
        [3, 4],
      ],
    });
    // -p never splits: a comma-separated -p value stays one value.
    const parsed = parseArgs(["-p", "x=[1,2]", "--grid", "capacityHours=80,100", "--grid", "label=a,b"]);
    expect(parsed.success && parsed.options.parameters).toEqual({ x: [1, 2] });
    expect(parsed.success && gridOf(parsed.options)).toEqual([
      { capacityHours: 80, label: "a" },
      { capacityHours: 80, label: "b" },
      { capacityHours: 100, label: "a" },
      { capacityHours: 100, label: "b" },
    ]);
    expect(gridRuns({ a: [1] }, { b: 2 })).toEqual([{ a: 1, b: 2 }]);
  });

  it("refuses bad grids with a clear message before anything runs", () => {
    const error = (...argv: string[]) => {
      const parsed = parseArgs(argv);
      return parsed.success ? undefined : parsed.error;
    };
    expect(error("--grid", "capacityHours=")).toBe("--grid capacityHours: value 1 is empty");
    expect(error("--grid", "capacityHours=80,,100")).toBe("--grid capacityHours: value 2 is empty");
    expect(error("--grid", "capacityHours=80,80")).toBe("--grid capacityHours: 80 is listed twice");
    expect(error("--grid", "80,100")).toMatch(/expects name=value/);
    expect(error("--grid", "1x=1")).toMatch(/TypeScript identifier/);
    expect(error("--grid", "a=1", "--grid", "a=2")).toMatch(/given twice/);
    expect(error("-p", "a=1", "--grid", "a=2,3")).toBe("a is given both with -p and with --grid: keep one");
    const many = Array.from({ length: 15 }, (_, i) => i).join(",");
    expect(error("--grid", `a=${many}`, "--grid", `b=${many}`)).toMatch(/225 runs per notebook, more than 200/);
  });

  it("renders a comparison page: one column per run, one row per figure, every string escaped", () => {
    const page = renderComparisonPage(`Sweep ${XSS}`, [
      {
        parameters: { label: XSS },
        status: "ok",
        htmlHref: "a.run-1.html",
        records: [{ name: "netProfit", text: "$300.00", value: { amount: "300", currency: "USD" } }],
      },
      { parameters: { label: "b" }, status: "failed", htmlHref: "a.run-2.html", records: [] },
    ]);
    expect(page).not.toContain("<img");
    expect(page).toContain(
      '<td class="num" data-record="netProfit">$300.00</td><td class="num" data-record="netProfit">—</td>',
    );
    expect(page).toContain('<a href="a.run-2.html">run 2</a> <span class="status-failed">failed</span>');
  });
});

describe("a grid run", () => {
  it(
    "runs the notebook once per combination and compares the recorded figures",
    async () => {
      const out = join(temp, "out");
      const result = await runWorkbook({
        notebooks: [join(FIXTURES, "record.ipynb")],
        outDir: out,
        grid: gridRuns({ capacityHours: [80, 120] }),
        parameters: { label: "x" },
      });
      expect(result.status).toBe("ok");
      expect(result.entries.map((entry) => entry.run.parameters)).toEqual([
        { label: "x", capacityHours: 80 },
        { label: "x", capacityHours: 120 },
      ]);
      const executed = JSON.parse(readFileSync(join(out, "notebooks", "record.run-2.ipynb"), "utf8"));
      expect(executed.metadata.throughput_accounting.records).toEqual([
        { name: "doubled", value: 240, text: "240" },
        { name: "netProfit", value: { amount: "360", currency: "USD" }, text: "$360.00" },
        { name: "label", value: "x", text: "x" },
      ]);
      // The runner's kernels were told the page brings plotly.js: no output inlines it, the page has one copy.
      expect(JSON.stringify(executed)).not.toContain('data-throughput-accounting=\\"plotly.js\\"');
      // Nor does the page: it loads the handout's one shared copy by a relative src with its nonce.
      const page = readFileSync(join(out, "record.run-1.html"), "utf8");
      expect(page.match(/plotly\.js v\d/g)).toBeNull();
      expect(page).toMatch(/<script nonce="[^"]+" src="assets\/plotly\.min\.js"><\/script>/);
      expect(readFileSync(join(out, "assets", "plotly.min.js"), "utf8")).toMatch(/plotly\.js v\d/);
      const comparison = readFileSync(join(out, "record.compare.html"), "utf8");
      expect(comparison).toContain(
        '<tr class="parameter"><th><code>capacityHours</code></th><td class="num">80</td><td class="num">120</td></tr>',
      );
      expect(comparison).toContain(
        '<td class="num" data-record="netProfit">$240.00</td><td class="num" data-record="netProfit">$360.00</td>',
      );
      expect(readFileSync(join(out, "index.html"), "utf8")).toContain(
        '<a href="record.compare.html">compare the runs</a>',
      );
      // The same table as a workbook beside the page, linked from it: money as numbers in its currency.
      expect(comparison).toContain('<a href="record.compare.xlsx" download>');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(join(out, "record.compare.xlsx"));
      const sheet = workbook.getWorksheet("comparison")!;
      const rows = sheet
        .getSheetValues()
        .filter(Boolean)
        .map((row) => (row as unknown[]).slice(1));
      expect(rows.slice(1, 7)).toEqual([
        ["", "run 1", "run 2"],
        ["status", "ok", "ok"],
        ["capacityHours", 80, 120],
        ["doubled", 160, 240],
        ["netProfit", 240, 360],
        ["label", "x", "x"],
      ]);
      expect(sheet.getCell("C6").numFmt).toBe('"$"#,##0.00;-"$"#,##0.00');
    },
    KERNEL_TEST_TIMEOUT * 2,
  );
});
