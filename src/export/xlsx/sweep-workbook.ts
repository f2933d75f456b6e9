import * as fs from "node:fs";
import * as path from "node:path";
import type { CellValue, Workbook, Worksheet } from "exceljs";
import type { CurrencyCode } from "../../core/money/currency";
import { ExactDecimal } from "../../core/money/decimal";
import type { BusinessModel } from "../../core/model/types";
import type { InputUnit, Sweep } from "../../core/sensitivity";
import { fillLabel } from "../../i18n/labels";
import { workbookLabels, type WorkbookLabels } from "../../i18n/workbook-labels";
import {
  cachedNumber,
  cellNumber,
  moneyFormat,
  QUANTITY_FORMAT,
  RATE_FORMAT,
  tidyQuantityFormats,
  sheetRef,
} from "./cells";
import { addModelSheets } from "./model-sheets";

/** Options of {@link sweepWorkbook}. */
export interface SweepWorkbookOptions {
  /** The workbook's language: sheet names, headers and number formats (default: the session's). */
  readonly locale?: string;
  /**
   * The model swept: its own tables follow the sweep's sheets, so the file reads back as that model
   * (`loadWorkbookModel`). Without it the workbook holds the sweep alone.
   */
  readonly model?: BusinessModel;
}

// Column letters for 1-based indices: 1 → A, 27 → AA.
function column(index: number): string {
  let letters = "";
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function unitText(unit: InputUnit, l: WorkbookLabels): string {
  switch (unit.kind) {
    case "money":
      return unit.currency;
    case "rate":
      return l.rate;
    case "units":
      return l.unitsWord;
    case "time":
      return l.timeUnits[unit.unit as keyof WorkbookLabels["timeUnits"]] ?? unit.unit;
  }
}

function formatOf(unit: InputUnit, money: string): string {
  return unit.kind === "money" ? money : unit.kind === "rate" ? RATE_FORMAT : QUANTITY_FORMAT;
}

function header(sheet: Worksheet, names: readonly string[]): void {
  const row = sheet.addRow([...names]);
  row.font = { bold: true };
  row.alignment = { wrapText: true, vertical: "top" };
  names.forEach((name, index) => (sheet.getColumn(index + 1).width = Math.min(Math.max(name.length + 2, 12), 28)));
  sheet.views = [{ state: "frozen", ySplit: 1 }];
}

/** The sweep sheet: one row per point; the inputs, T and OE as numbers, NP = T − OE as a formula. Returns NP's column. */
function addSweepSheet(workbook: Workbook, result: Sweep, l: WorkbookLabels): string {
  const sheet = workbook.addWorksheet(l.sheets.sweep);
  const money = moneyFormat(result.currency as CurrencyCode, l.locale);
  const products = result.rows[0]?.plan.map((line) => line.productId) ?? [];
  const inputs = result.inputs.map((input) =>
    fillLabel(l.inputHeader, { name: input.name, unit: unitText(input.unit, l) }),
  );
  header(sheet, [
    ...inputs,
    l.t,
    l.oe,
    l.npIsTLessOe,
    l.ccr,
    ...products.map((product) => fillLabel(l.unitsOf, { product })),
    l.ccrChanged,
    l.planChanged,
  ]);
  const n = result.inputs.length;
  const [t, oe, np] = [column(n + 1), column(n + 2), column(n + 3)];
  for (const row of result.rows) {
    const r = sheet.rowCount + 1;
    const units = new Map(row.plan.map((line) => [line.productId, line.quantity]));
    const cells: CellValue[] = [
      ...result.inputs.map((input) => cellNumber(new ExactDecimal(row.values[input.name]!))),
      cellNumber(row.throughput),
      cellNumber(row.operatingExpense),
      { formula: `${t}${r}-${oe}${r}`, result: cachedNumber(row.netProfit) } as CellValue,
      row.constraint ?? "",
      ...products.map((product) => cellNumber(units.get(product) ?? 0)),
      row.changed.constraint ? l.yes : "",
      row.changed.plan ? l.yes : "",
    ];
    sheet.addRow(cells);
    result.inputs.forEach(
      (input, index) => (sheet.getCell(`${column(index + 1)}${r}`).numFmt = formatOf(input.unit, money)),
    );
    for (const letter of [t, oe, np]) sheet.getCell(`${letter}${r}`).numFmt = money;
    products.forEach((_, index) => (sheet.getCell(`${column(n + 5 + index)}${r}`).numFmt = QUANTITY_FORMAT));
  }
  sheet.addRow([]);
  sheet.addRow([l.sweepNote]).font = { italic: true };
  return np;
}

/** For two inputs: NP as a table, the first input down, the second across, each cell a formula to the sweep sheet. */
function addSweepTable(workbook: Workbook, result: Sweep, npColumn: string, l: WorkbookLabels): void {
  const [outer, inner] = result.inputs as [Sweep["inputs"][number], Sweep["inputs"][number]];
  const sheet = workbook.addWorksheet(l.sheets["sweep table"]);
  const money = moneyFormat(result.currency as CurrencyCode, l.locale);
  const source = sheetRef(l.sheets.sweep);
  sheet.addRow([fillLabel(l.sweepTableTitle, { outer: outer.name, inner: inner.name })]).font = { bold: true };
  const top = sheet.addRow([
    `${outer.name} \\ ${inner.name}`,
    ...inner.values.map((value) => cellNumber(new ExactDecimal(value))),
  ]);
  top.font = { bold: true };
  inner.values.forEach((_, j) => (top.getCell(j + 2).numFmt = formatOf(inner.unit, money)));
  outer.values.forEach((value, i) => {
    const cells: CellValue[] = [cellNumber(new ExactDecimal(value))];
    inner.values.forEach((_, j) => {
      const index = i * inner.values.length + j;
      const row = result.rows[index]!;
      cells.push({ formula: `${source}!${npColumn}${index + 2}`, result: cachedNumber(row.netProfit) } as CellValue);
    });
    const added = sheet.addRow(cells);
    added.getCell(1).numFmt = formatOf(outer.unit, money);
    added.getCell(1).font = { bold: true };
    inner.values.forEach((_, j) => (added.getCell(j + 2).numFmt = money));
  });
  sheet.getColumn(1).width = 24;
  inner.values.forEach((_, j) => (sheet.getColumn(j + 2).width = 14));
  sheet.addRow([]);
  sheet.addRow([l.sweepTableNote]).font = { italic: true };
}

/**
 * A sweep ({@link Sweep}, from `sweep`) as a workbook: a `sweep` sheet with one row per point (the inputs'
 * values, T, OE, NP = T − OE as a formula, the CCR, the units of each product, and where the CCR or the
 * plan changes), and for two inputs an `NP table` with the first input down and the second across. Money
 * is numbers in the currency's format; sheet names and headers follow the locale (`что если`,
 * `таблица ЧП`). With `model`, the model's own tables follow, so the file reads back as the model swept.
 *
 * @example
 * const s = sweep(salon, { kind: "capacity", resourceId: "stylists" }, { from: 80, to: 120, step: 10 });
 * const workbook = await sweepWorkbook(s, { model: salon });
 * workbook.getWorksheet("sweep")!.getCell("D2").value; // { formula: "B2-C2", result: … }
 */
export async function sweepWorkbook(result: Sweep, options: SweepWorkbookOptions = {}): Promise<Workbook> {
  const ExcelJS = (await import("exceljs")).default;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "throughput-accounting";
  workbook.calcProperties = { fullCalcOnLoad: true };
  const l = workbookLabels(options.locale);
  const np = addSweepSheet(workbook, result, l);
  if (result.inputs.length === 2) addSweepTable(workbook, result, np, l);
  if (options.model) addModelSheets(workbook, options.model, l);
  tidyQuantityFormats(workbook);
  return workbook;
}

/**
 * Writes {@link sweepWorkbook} to a file (folders created; an existing file replaced only once the new one
 * is complete). Returns the file written.
 *
 * @example
 * const capacity = sweep(pq, { kind: "capacity", resourceId: "B" }, [2400, 2700, 3000]);
 * await writeSweepWorkbook(`${outDir}/capacity.xlsx`, capacity, { model: pq }); // outDir: a folder of yours
 */
export async function writeSweepWorkbook(
  file: string,
  result: Sweep,
  options: SweepWorkbookOptions = {},
): Promise<string> {
  const workbook = await sweepWorkbook(result, options);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, bytes);
  fs.renameSync(temporary, file);
  return file;
}
