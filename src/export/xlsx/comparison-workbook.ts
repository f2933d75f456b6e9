import * as fs from "node:fs";
import * as path from "node:path";
import type { CellValue, Workbook } from "exceljs";
import type { CurrencyCode } from "../../core/money/currency";
import { ExactDecimal } from "../../core/money/decimal";
import { fillLabel } from "../../i18n/labels";
import { workbookLabels } from "../../i18n/workbook-labels";
import { cellNumber, moneyFormat } from "./cells";

/** A recorded figure's value, as `record()` keeps it: money as exact text with its currency, or plain JSON. */
export type ComparedValue =
  string | number | boolean | null | { readonly amount: string; readonly currency: string } | undefined;

/** One run of a grid (`npm start -- --grid …`): its parameters, its status and the figures it recorded. */
export interface ComparedRun {
  readonly parameters: Readonly<Record<string, unknown>>;
  readonly status: "ok" | "failed" | "interrupted";
  readonly records: readonly { readonly name: string; readonly value: ComparedValue | unknown }[];
}

/** Options of {@link comparisonWorkbook}. */
export interface ComparisonWorkbookOptions {
  /** The workbook's language (default: the session's). */
  readonly locale?: string;
}

function isMoneyValue(value: unknown): value is { amount: string; currency: string } {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { amount?: unknown }).amount === "string" &&
    typeof (value as { currency?: unknown }).currency === "string"
  );
}

// A parameter or a figure as a cell: numbers as numbers, money as its exact amount, the rest as text.
function cellOf(value: unknown): CellValue {
  if (value === undefined || value === null) return null;
  if (isMoneyValue(value)) return cellNumber(new ExactDecimal(value.amount));
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return JSON.stringify(value);
}

/**
 * A grid's comparison (the runner's `--grid`, one run per combination of parameters) as a workbook: one
 * column per run, its parameters first, then every figure the notebook recorded, in the order first
 * recorded; money as numbers in its currency's format. The same table as the comparison page.
 *
 * @example
 * await comparisonWorkbook("04-mix-and-political-mix", [
 *   { parameters: { chairHours: 100 }, status: "ok", records: [{ name: "netProfit", value: { amount: "300", currency: "RUB" } }] },
 * ]);
 */
export async function comparisonWorkbook(
  title: string,
  runs: readonly ComparedRun[],
  options: ComparisonWorkbookOptions = {},
): Promise<Workbook> {
  const ExcelJS = (await import("exceljs")).default;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "throughput-accounting";
  const l = workbookLabels(options.locale);
  const sheet = workbook.addWorksheet(l.sheets.comparison);
  const parameters: string[] = [];
  const figures: string[] = [];
  for (const run of runs) {
    for (const name of Object.keys(run.parameters)) if (!parameters.includes(name)) parameters.push(name);
    for (const figure of run.records) if (!figures.includes(figure.name)) figures.push(figure.name);
  }
  sheet.addRow([fillLabel(l.comparisonTitle, { title, count: runs.length })]).font = { bold: true };
  const head = sheet.addRow(["", ...runs.map((_, i) => fillLabel(l.run, { n: i + 1 }))]);
  head.font = { bold: true };
  sheet.addRow([l.status, ...runs.map((run) => l.statuses[run.status])]);
  for (const name of parameters) {
    const row = sheet.addRow([name, ...runs.map((run) => cellOf(run.parameters[name]))]);
    row.font = { italic: true };
  }
  for (const name of figures) {
    const row = sheet.addRow([
      name,
      ...runs.map((run) => cellOf(run.records.find((figure) => figure.name === name)?.value)),
    ]);
    runs.forEach((run, i) => {
      const value = run.records.find((figure) => figure.name === name)?.value;
      if (isMoneyValue(value)) row.getCell(i + 2).numFmt = moneyFormat(value.currency as CurrencyCode, l.locale);
    });
  }
  sheet.getColumn(1).width = 28;
  runs.forEach((_, i) => (sheet.getColumn(i + 2).width = 16));
  sheet.views = [{ state: "frozen", xSplit: 1, ySplit: 2 }];
  sheet.addRow([]);
  sheet.addRow([l.comparisonNote]).font = { italic: true };
  return workbook;
}

/**
 * Writes {@link comparisonWorkbook} to a file, replacing it only once complete. Returns the file.
 *
 * @example
 * const runs = [80, 120].map((hours) => ({ parameters: { hours }, status: "ok" as const,
 *   records: [{ name: "netProfit", value: rankingMix(withCapacity(salon, "stylists", hours)).netProfit }] }));
 * await writeComparisonWorkbook(`${outDir}/stylists.compare.xlsx`, "Stylists' hours", runs); // outDir: a folder of yours
 */
export async function writeComparisonWorkbook(
  file: string,
  title: string,
  runs: readonly ComparedRun[],
  options: ComparisonWorkbookOptions = {},
): Promise<string> {
  const workbook = await comparisonWorkbook(title, runs, options);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, bytes);
  fs.renameSync(temporary, file);
  return file;
}
