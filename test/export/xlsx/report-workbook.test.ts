import { beforeAll, describe, expect, it } from "vitest";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { defineModel } from "../../../src/core/model/define-model";
import type { BusinessModel } from "../../../src/core/model/types";
import type { Money } from "../../../src/core/money/money";
import { rankProducts, type TimeSpan } from "../../../src/core/constraints/ranking";
import { rankingMix } from "../../../src/core/constraints/ranking-mix";
import { politicalMix } from "../../../src/core/constraints/political-mix";
import { optimalMix } from "../../../src/core/constraints/optimal-mix";
import { reportByPeriod, throughputReport } from "../../../src/core/throughput/report";
import { loadModel } from "../../../src/load";
import { loadWorkbookModel } from "../../../src/load/sources/xlsx-load";
import { writeReportWorkbook, writeChapterWorkbook, REPORT_SHEETS } from "../../../src/export/xlsx/report-workbook";
import { recalculateWithLibreOffice } from "./libreoffice";

const quiet = { onWarning: () => {} };
const PER_6_MIN: TimeSpan = { amount: 6, unit: "minute" };
const salon = loadModel("data/salon", quiet);
const pq = loadModel("data/pq", quiet);
const phones = loadModel("data/phone-shop", quiet);
// Digest §5: demand +30 % and 30 blow-dries kept for the regulars whatever their T.
const busy = defineModel({
  ...salon,
  name: "busy salon",
  demand: salon.demand.map((row) => ({
    ...row,
    quantity: Math.round(row.quantity * 1.3),
    ...(row.productId === "blow-dry" ? { minimum: 30 } : {}),
  })),
});

const folder = fs.mkdtempSync(path.join(os.tmpdir(), "ta-export-"));
const file = (name: string) => path.join(folder, name);

async function open(name: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(name);
  return workbook;
}

/** A copy of a workbook with every formula's cached value removed, so only a recalculation can give values. */
async function withoutCachedValues(
  source: string,
  target: string,
  edit?: (workbook: ExcelJS.Workbook) => void,
): Promise<string> {
  const workbook = await open(source);
  for (const sheet of workbook.worksheets)
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) cell.value = { formula: cell.formula } as ExcelJS.CellFormulaValue;
      }),
    );
  edit?.(workbook);
  await workbook.xlsx.writeFile(target);
  return target;
}

/** A cell's number: a formula's (recalculated or cached) result, or the number typed in. */
function numberAt(workbook: ExcelJS.Workbook, sheet: string, address: string): number {
  const cell = workbook.getWorksheet(sheet)!.getCell(address);
  const value = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
  if (typeof value !== "number") throw new Error(`${sheet}!${address} holds ${JSON.stringify(value)}, not a number`);
  return value;
}

function textAt(workbook: ExcelJS.Workbook, sheet: string, address: string): unknown {
  const cell = workbook.getWorksheet(sheet)!.getCell(address);
  return cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
}

/** Equal to the kopeck: within half a kopeck of the library's exact amount. */
function expectKopeck(workbook: ExcelJS.Workbook, sheet: string, address: string, expected: Money): void {
  const value = numberAt(workbook, sheet, address);
  const exact = Number(expected.amount.toString());
  expect(
    Math.abs(value - exact),
    `${sheet}!${address} = ${value}, the library says ${expected.amount.toString()}`,
  ).toBeLessThan(0.005);
}

/** Every figure of every report sheet equals the library's. */
async function expectLibraryFigures(workbook: ExcelJS.Workbook, model: BusinessModel, per?: TimeSpan): Promise<void> {
  const periods = [...reportByPeriod(model), throughputReport(model)];
  periods.forEach((report, index) => {
    expect(textAt(workbook, "report", `A${index + 2}`)).toBe(report.period === "all" ? "total" : report.period);
    expectKopeck(workbook, "report", `D${index + 2}`, report.throughput);
    expectKopeck(workbook, "report", `F${index + 2}`, report.netProfit);
  });
  const ranking = rankProducts(model, { per });
  ranking.rows.forEach((row, index) => {
    const r = index + 2;
    expect(textAt(workbook, "ranking", `B${r}`)).toBe(row.productId);
    expectKopeck(workbook, "ranking", `D${r}`, row.price);
    expectKopeck(workbook, "ranking", `G${r}`, row.tvcPerUnit);
    expectKopeck(workbook, "ranking", `H${r}`, row.throughputPerUnit);
    if (row.throughputPerConstraintTime) expectKopeck(workbook, "ranking", `J${r}`, row.throughputPerConstraintTime);
    else expect(textAt(workbook, "ranking", `J${r}`)).toBe("no constraint time");
  });
  const plan = rankingMix(model);
  plan.lines.forEach((line, index) => {
    const r = index + 2;
    expect(textAt(workbook, "battle map", `A${r}`)).toBe(line.productId);
    expectKopeck(workbook, "battle map", `G${r}`, line.throughput);
    expect(numberAt(workbook, "battle map", `H${r}`)).toBeCloseTo(line.constraintTime, 9);
    if (line.cumulativeConstraintLoad !== undefined)
      expect(numberAt(workbook, "battle map", `I${r}`)).toBeCloseTo(line.cumulativeConstraintLoad, 9);
  });
  const totals = plan.lines.length + 3;
  expectKopeck(workbook, "battle map", `H${totals + 1}`, plan.throughput);
  if (plan.netProfit) expectKopeck(workbook, "battle map", `H${totals + 3}`, plan.netProfit);
  const optimal = await optimalMix(model);
  if (optimal.kind === "optimal-mix") {
    optimal.plan.lines.forEach((line, index) =>
      expectKopeck(workbook, "optimal mix", `E${index + 2}`, line.throughput),
    );
    expectKopeck(workbook, "optimal mix", `E${optimal.plan.lines.length + 3}`, optimal.plan.throughput);
  }
}

let recalculated: Record<"salon" | "edited" | "pq" | "phones" | "busy", ExcelJS.Workbook>;
let recalculatedFiles: string[];

beforeAll(async () => {
  await writeReportWorkbook(file("salon.xlsx"), salon, { per: PER_6_MIN });
  await writeReportWorkbook(file("pq.xlsx"), pq);
  await writeReportWorkbook(file("phones.xlsx"), phones);
  await writeReportWorkbook(file("busy.xlsx"), busy);
  const priceRow = salon.products.findIndex((product) => product.id === "blow-dry") + 2;
  const sources = await Promise.all([
    withoutCachedValues(file("salon.xlsx"), file("salon-bare.xlsx")),
    // A trainer raises the blow-dry's price from 68 to 100 on the products sheet.
    withoutCachedValues(
      file("salon.xlsx"),
      file("salon-edited.xlsx"),
      (workbook) => (workbook.getWorksheet("products")!.getCell(`E${priceRow}`).value = 100),
    ),
    withoutCachedValues(file("pq.xlsx"), file("pq-bare.xlsx")),
    withoutCachedValues(file("phones.xlsx"), file("phones-bare.xlsx")),
    withoutCachedValues(file("busy.xlsx"), file("busy-bare.xlsx")),
  ]);
  recalculatedFiles = await recalculateWithLibreOffice(sources);
  const [s, e, p, ph, b] = await Promise.all(recalculatedFiles.map(open));
  recalculated = { salon: s!, edited: e!, pq: p!, phones: ph!, busy: b! };
}, 600_000);

describe("a report workbook", () => {
  it("has a sheet per report, then the model's sheets; money is numbers with the currency's format", async () => {
    const workbook = await open(file("salon.xlsx"));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      ...REPORT_SHEETS,
      "model",
      "products",
      "tvc",
      "sales",
      "operating_expenses",
      "resources",
      "usage",
      "demand",
    ]);
    const price = workbook.getWorksheet("products")!.getCell("E2");
    expect(typeof price.value).toBe("number");
    expect(price.numFmt).toContain("₽");
    const t = workbook.getWorksheet("ranking")!.getCell("H3");
    expect(t.formula).toBe("D3-G3");
    expect(t.numFmt).toContain("₽");
    expect(workbook.getWorksheet("battle map")!.getCell("I3").formula).toMatch(/^SUM\(H\$2:H3\)\//);
    expect((await open(file("pq.xlsx"))).getWorksheet("ranking")!.getCell("D2").numFmt).toContain("$");
  });

  it("its cached values are the library's figures", async () => {
    await expectLibraryFigures(await open(file("salon.xlsx")), salon, PER_6_MIN);
    await expectLibraryFigures(await open(file("phones.xlsx")), phones);
  });

  it("recalculated by LibreOffice from its formulas alone, every figure equals the library's to the kopeck", async () => {
    await expectLibraryFigures(recalculated.salon, salon, PER_6_MIN);
    await expectLibraryFigures(recalculated.pq, pq);
    await expectLibraryFigures(recalculated.phones, phones);
    await expectLibraryFigures(recalculated.busy, busy);
    // The talk's battle map: 16 %, 33 %, 63 %, 77 %, 92 % of the stylists' 100 hours.
    expect(
      [3, 4, 5, 6, 7].map((row) => Math.round(numberAt(recalculated.salon, "battle map", `I${row}`) * 100)),
    ).toEqual([16, 33, 63, 77, 92]);
  });

  it("a trainer's edit of a price recomputes T, T per constraint time and the plan's T, as the library computes the edited model", async () => {
    const edited = await loadWorkbookModel(file("salon-edited.xlsx"), quiet);
    expect(edited.products.find((product) => product.id === "blow-dry")!.price.amount.toString()).toBe("100");
    const ranking = rankProducts(edited, { per: PER_6_MIN });
    const before = rankProducts(salon, { per: PER_6_MIN });
    // The sheet keeps the order computed before the edit; its figures follow the new price.
    before.rows.forEach((row, index) => {
      const now = ranking.rows.find((candidate) => candidate.productId === row.productId)!;
      expectKopeck(recalculated.edited, "ranking", `H${index + 2}`, now.throughputPerUnit);
      if (now.throughputPerConstraintTime)
        expectKopeck(recalculated.edited, "ranking", `J${index + 2}`, now.throughputPerConstraintTime);
    });
    const blowDry = before.rows.findIndex((row) => row.productId === "blow-dry") + 2;
    expect(numberAt(recalculated.edited, "ranking", `H${blowDry}`)).toBeCloseTo(58, 9);
    expect(numberAt(recalculated.edited, "battle map", `G${blowDry}`)).toBeCloseTo(30 * 58, 9);
  });

  it("the political mix and its price", () => {
    const comparison = politicalMix(busy);
    const rows = comparison.political.lines.length;
    expectKopeck(recalculated.busy, "political mix", `G${rows + 3}`, comparison.best.throughput);
    expectKopeck(recalculated.busy, "political mix", `G${rows + 4}`, comparison.political.throughput);
    expectKopeck(recalculated.busy, "political mix", `G${rows + 5}`, comparison.throughputLost);
    expect(comparison.throughputLost.amount.isPositive()).toBe(true);
  });

  it("the optimal mix with shadow prices", async () => {
    const optimal = await optimalMix(pq);
    if (optimal.kind !== "optimal-mix") throw new Error("P&Q has an optimal mix");
    const sheet = recalculated.pq.getWorksheet("optimal mix")!;
    const heading = sheet.getColumn(1).values.findIndex((value) => value === "resource");
    optimal.shadowPrices.forEach((price, index) => {
      expect(sheet.getCell(`A${heading + 1 + index}`).value).toBe(price.resourceId);
      expectKopeck(recalculated.pq, "optimal mix", `D${heading + 1 + index}`, price.value);
    });
    expect(optimal.shadowPrices.some((price) => price.binding)).toBe(true);
  });

  it("reads back, as written and after LibreOffice saved it, as the same model", async () => {
    const json = (value: unknown) => JSON.parse(JSON.stringify(value));
    for (const [name, model] of [
      ["salon.xlsx", salon],
      ["pq.xlsx", pq],
      ["phones.xlsx", phones],
    ] as const) {
      const warnings: unknown[] = [];
      expect(json(await loadWorkbookModel(file(name), { onWarning: (warning) => warnings.push(warning) }))).toEqual(
        json(model),
      );
      expect(warnings).toEqual([]);
    }
    // Saved by LibreOffice: its own styles, shared strings and recalculated values.
    const [salonSaved, , pqSaved, phonesSaved] = recalculatedFiles;
    expect(json(await loadWorkbookModel(salonSaved!, quiet))).toEqual(json(salon));
    expect(json(await loadWorkbookModel(pqSaved!, quiet))).toEqual(json(pq));
    expect(json(await loadWorkbookModel(phonesSaved!, quiet))).toEqual(json(phones));
  });

  it("writeChapterWorkbook writes <chapter>.xlsx into the runner's results folder", async () => {
    const results = fs.mkdtempSync(path.join(os.tmpdir(), "ta-results-"));
    const previous = process.env.THROUGHPUT_ACCOUNTING_RESULTS_DIR;
    process.env.THROUGHPUT_ACCOUNTING_RESULTS_DIR = results;
    try {
      const written = await writeChapterWorkbook("03-ranking", salon, { sheets: ["ranking"] });
      expect(written).toBe(path.join(results, "03-ranking.xlsx"));
      expect((await open(written)).worksheets.map((sheet) => sheet.name)).toEqual([
        "ranking",
        "model",
        "products",
        "tvc",
        "sales",
        "operating_expenses",
        "resources",
        "usage",
        "demand",
      ]);
      await expect(writeChapterWorkbook("../escape", salon)).rejects.toThrow(/chapter name/);
    } finally {
      if (previous === undefined) delete process.env.THROUGHPUT_ACCOUNTING_RESULTS_DIR;
      else process.env.THROUGHPUT_ACCOUNTING_RESULTS_DIR = previous;
    }
  });
});

describe("a model without a demand limit", () => {
  it("writes `unlimited` where demand.csv would, and reads back as the same model", async () => {
    const unlimited = defineModel({
      ...pq,
      demand: pq.demand.map((row) => ({ productId: row.productId, quantity: Infinity })),
    });
    const name = file("pq-unlimited.xlsx");
    await writeReportWorkbook(name, unlimited, { sheets: ["battle map"] });
    const workbook = await open(name);
    expect(workbook.getWorksheet("demand")!.getCell("B2").value).toBe("unlimited");
    expect(workbook.getWorksheet("battle map")!.getCell("E2").value).toBe("unlimited");
    const back = await loadWorkbookModel(name, quiet);
    expect(back.demand.map((row) => [row.productId, row.quantity])).toEqual([
      ["P", Infinity],
      ["Q", Infinity],
    ]);
    expect(rankingMix(back).throughput.amount.toString()).toBe("7200");
  });
});
