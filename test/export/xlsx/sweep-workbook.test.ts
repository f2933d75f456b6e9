import { beforeAll, describe, expect, it } from "vitest";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { sweep, type Sweep } from "../../../src/core/sensitivity";
import { loadModel } from "../../../src/load";
import { loadWorkbookModel } from "../../../src/load/sources/xlsx-load";
import { sweepWorkbook, writeSweepWorkbook } from "../../../src/export/xlsx/sweep-workbook";
import { comparisonWorkbook } from "../../../src/export/xlsx/comparison-workbook";
import { recalculateWithLibreOffice } from "./libreoffice";

const quiet = { onWarning: () => {} };
const salon = loadModel("data/salon", quiet);
const pq = loadModel("data/pq", quiet);
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "ta-sweep-"));
const file = (name: string) => path.join(folder, name);

async function open(name: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(name);
  return workbook;
}

function valueAt(workbook: ExcelJS.Workbook, sheet: string, address: string): unknown {
  const cell = workbook.getWorksheet(sheet)!.getCell(address);
  return cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
}

function expectAmount(workbook: ExcelJS.Workbook, sheet: string, address: string, amount: string): void {
  const value = valueAt(workbook, sheet, address);
  expect(typeof value, `${sheet}!${address}`).toBe("number");
  expect(
    Math.abs((value as number) - Number(amount)),
    `${sheet}!${address} = ${value}, the library says ${amount}`,
  ).toBeLessThan(0.005);
}

// One input (the salon's chair hours, where the CCR stops binding) and two (P&Q's price of P × capacity of B).
const capacity: Sweep = sweep(salon, { kind: "capacity", resourceId: "stylists" }, { from: 80, to: 120, step: 10 });
const twoWay: Sweep = sweep(
  pq,
  [
    { kind: "price", productId: "P" },
    { kind: "capacity", resourceId: "B" },
  ],
  [
    [80, 90, 100],
    [2400, 3000],
  ],
);
let recalculated: ExcelJS.Workbook;
let recalculatedRu: ExcelJS.Workbook;

beforeAll(async () => {
  await writeSweepWorkbook(file("capacity.xlsx"), capacity, { model: salon, locale: "en" });
  await writeSweepWorkbook(file("two-way.xlsx"), twoWay, { model: pq, locale: "en" });
  await writeSweepWorkbook(file("two-way-ru.xlsx"), twoWay, { model: pq, locale: "ru" });
  // Without cached values: only LibreOffice's arithmetic gives NP and the NP table.
  const bare = async (source: string, target: string) => {
    const workbook = await open(source);
    for (const sheet of workbook.worksheets)
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula)
            cell.value = { formula: cell.formula } as ExcelJS.CellFormulaValue;
        }),
      );
    await workbook.xlsx.writeFile(target);
    return target;
  };
  const files = await recalculateWithLibreOffice([
    await bare(file("two-way.xlsx"), file("two-way-bare.xlsx")),
    await bare(file("two-way-ru.xlsx"), file("two-way-ru-bare.xlsx")),
  ]);
  [recalculated, recalculatedRu] = (await Promise.all(files.map(open))) as [ExcelJS.Workbook, ExcelJS.Workbook];
}, 600_000);

describe("a sweep workbook", () => {
  it("one row per point: the input, T, OE and NP as numbers in the currency's format, the CCR, units and where things change", async () => {
    const workbook = await open(file("capacity.xlsx"));
    expect(workbook.worksheets.map((sheet) => sheet.name).slice(0, 2)).toEqual(["sweep", "model"]);
    const sheet = workbook.getWorksheet("sweep")!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      "capacity:stylists (hours)",
      "T",
      "OE",
      "NP = T − OE",
      "CCR",
      ...capacity.rows[0]!.plan.map((line) => `units of ${line.productId}`),
      "CCR changed",
      "plan changed",
    ]);
    capacity.rows.forEach((row, index) => {
      const r = index + 2;
      expect(valueAt(workbook, "sweep", `A${r}`)).toBe(Number(row.values["capacity:stylists"]));
      expectAmount(workbook, "sweep", `B${r}`, row.throughput.amount.toString());
      expect(sheet.getCell(`D${r}`).formula).toBe(`B${r}-C${r}`);
      expectAmount(workbook, "sweep", `D${r}`, row.netProfit.amount.toString());
      expect(valueAt(workbook, "sweep", `E${r}`)).toBe(row.constraint ?? "");
    });
    expect(sheet.getCell("B2").numFmt).toBe('"₽"#,##0.00;-"₽"#,##0.00');
    // The chairs stop binding at 100 hours: marked on that row.
    const at100 = capacity.rows.findIndex((row) => row.values["capacity:stylists"] === "100") + 2;
    expect(sheet.getRow(at100).values).toContain("yes");
  });

  it("two inputs: the NP table, the first input down and the second across, recalculated by LibreOffice to the library's NP", async () => {
    for (const [workbook, sweepSheet, table] of [
      [recalculated, "sweep", "NP table"],
      [recalculatedRu, "что если", "таблица ЧП"],
    ] as const) {
      twoWay.rows.forEach((row, index) =>
        expectAmount(workbook, sweepSheet, `E${index + 2}`, row.netProfit.amount.toString()),
      );
      expect(valueAt(workbook, table, "B2")).toBe(2400);
      expect(valueAt(workbook, table, "A3")).toBe(80);
      [80, 90, 100].forEach((price, i) =>
        [2400, 3000].forEach((b, j) => {
          const row = twoWay.rows.find(
            (candidate) =>
              candidate.values["price:P"] === String(price) && candidate.values["capacity:B"] === String(b),
          )!;
          expectAmount(workbook, table, `${"BC"[j]}${i + 3}`, row.netProfit.amount.toString());
        }),
      );
    }
  });

  it("with the model, reads back as the model swept (in either language); without it holds the sweep alone", async () => {
    const json = (value: unknown) => JSON.parse(JSON.stringify(value));
    expect(json(await loadWorkbookModel(file("capacity.xlsx"), quiet))).toEqual(json(salon));
    expect(json(await loadWorkbookModel(file("two-way-ru.xlsx"), quiet))).toEqual(json(pq));
    expect((await sweepWorkbook(capacity, { locale: "ru" })).worksheets.map((sheet) => sheet.name)).toEqual([
      "что если",
    ]);
  });
});

describe("a grid's comparison workbook", () => {
  it("one column per run, parameters then recorded figures, money as numbers in its currency, in the locale's words", async () => {
    const runs = [
      {
        parameters: { chairHours: 100 },
        status: "ok" as const,
        records: [
          { name: "netProfit", value: { amount: "1234.5", currency: "RUB" } },
          { name: "constraint", value: "stylists" },
        ],
      },
      { parameters: { chairHours: 120 }, status: "failed" as const, records: [] },
    ];
    const workbook = await comparisonWorkbook("04-mix", runs, { locale: "ru" });
    const sheet = workbook.getWorksheet("сравнение")!;
    expect(sheet.getCell("A1").value).toBe("04-mix: сравнение 2 прогонов");
    expect([sheet.getCell("B2").value, sheet.getCell("B3").value, sheet.getCell("C3").value]).toEqual([
      "прогон 1",
      "готово",
      "ошибка",
    ]);
    expect([sheet.getCell("A5").value, sheet.getCell("B5").value, sheet.getCell("C5").value]).toEqual([
      "netProfit",
      1234.5,
      null,
    ]);
    expect(sheet.getCell("B5").numFmt).toBe('#,##0.00 "₽";-#,##0.00 "₽"');
    expect(sheet.getCell("B6").value).toBe("stylists");
  });
});
