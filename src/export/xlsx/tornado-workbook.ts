import * as fs from "node:fs";
import * as path from "node:path";
import type { CellValue, Workbook } from "exceljs";
import type { CurrencyCode } from "../../core/money/currency";
import { ExactDecimal } from "../../core/money/decimal";
import type { BusinessModel } from "../../core/model/types";
import type { Tornado } from "../../core/sensitivity";
import { fillLabel } from "../../i18n/labels";
import { workbookLabels } from "../../i18n/workbook-labels";
import { cachedNumber, cellNumber, moneyFormat, tidyQuantityFormats } from "./cells";
import { addModelSheets } from "./model-sheets";

/** Options of {@link tornadoWorkbook}. */
export interface TornadoWorkbookOptions {
  /** The workbook's language (default: the session's). */
  readonly locale?: string;
  /** The model: its tables follow, so the file reads back as it. */
  readonly model?: BusinessModel;
}

const formula = (text: string, result: number): CellValue => ({ formula: text, result }) as CellValue;

/**
 * A tornado of NP's sensitivity (from `tornado`) as a workbook: NP today, then one row per input, most
 * sensitive first: its value today, low and high, NP at each end, and ΔNP and the swing as formulas of
 * them. Money is numbers in the currency's format; words follow the locale.
 *
 * @example
 * const t = tornado(salon, [{ kind: "price", productId: "haircut" }, { kind: "capacity", resourceId: "stylists" }]);
 * await writeTornadoWorkbook("salon-tornado.xlsx", t, { model: salon });
 */
export async function tornadoWorkbook(result: Tornado, options: TornadoWorkbookOptions = {}): Promise<Workbook> {
  const ExcelJS = (await import("exceljs")).default;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "throughput-accounting";
  workbook.calcProperties = { fullCalcOnLoad: true };
  const l = workbookLabels(options.locale);
  const money = moneyFormat(result.netProfit.currency as CurrencyCode, l.locale);
  const sheet = workbook.addWorksheet(l.sheets.tornado);
  const today = sheet.addRow([l.npToday, cellNumber(result.netProfit)]);
  today.font = { bold: true };
  today.getCell(2).numFmt = money;
  sheet.addRow([]);
  const head = sheet.addRow([
    l.input,
    l.current,
    l.low,
    l.high,
    l.npLow,
    l.npHigh,
    l.deltaNpLow,
    l.deltaNpHigh,
    l.swing,
  ]);
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: "top" };
  for (const bar of result.bars) {
    const r = sheet.rowCount + 1;
    const row = sheet.addRow([
      bar.name,
      cellNumber(new ExactDecimal(bar.current)),
      cellNumber(new ExactDecimal(bar.low)),
      cellNumber(new ExactDecimal(bar.high)),
      cellNumber(bar.netProfitLow),
      cellNumber(bar.netProfitHigh),
      formula(`E${r}-$B$1`, cachedNumber(bar.deltaLow)),
      formula(`F${r}-$B$1`, cachedNumber(bar.deltaHigh)),
      formula(`ABS(H${r}-G${r})`, cachedNumber(bar.swing)),
    ]);
    for (const column of [5, 6, 7, 8, 9]) row.getCell(column).numFmt = money;
  }
  sheet.getColumn(1).width = 28;
  for (let column = 2; column <= 9; column++) sheet.getColumn(column).width = 14;
  sheet.addRow([]);
  sheet.addRow([fillLabel(l.tornadoNote, { percent: result.percent })]).font = { italic: true };
  if (options.model) addModelSheets(workbook, options.model, l);
  tidyQuantityFormats(workbook);
  return workbook;
}

/**
 * Writes {@link tornadoWorkbook} to a file, replacing it only once complete. Returns the file.
 *
 * @example
 * await writeTornadoWorkbook(`${outDir}/tornado.xlsx`, tornado(pq, [{ kind: "price", productId: "P" }])); // outDir: a folder of yours
 */
export async function writeTornadoWorkbook(
  file: string,
  result: Tornado,
  options: TornadoWorkbookOptions = {},
): Promise<string> {
  const workbook = await tornadoWorkbook(result, options);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, bytes);
  fs.renameSync(temporary, file);
  return file;
}
