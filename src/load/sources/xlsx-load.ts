import * as fs from "node:fs";
import * as path from "node:path";
import type { BusinessModel } from "../../core/model/types";
import { buildModel, type BuildOptions } from "../build-model";
import { LoadError, formatLoadWarning, loadIssue, type LoadIssue, type LoadWarning } from "../issues";
import type { LoadOptions, SafeLoadResult } from "../load-model";
import type { Sink } from "../reader";
import { TABLE_NAMES, columnKey, type RawTable, type TableName } from "../table";
import { csvTable } from "./csv-table";
import { FILE_NAMES } from "./file-names";
import { placeOnSheets, sheetIssue, sheetTable, type SheetTable } from "./xlsx";
import { REPORT_SHEETS } from "./xlsx-report-sheets";
import { reportSheetNames, workbookLabels } from "../../i18n/workbook-labels";

/** The spreadsheet files the workbook loader reads, and the ones it names as unreadable. */
const WORKBOOK = /\.xlsx$/i;
const OTHER_SPREADSHEET = /\.(ods|xls|xlsb|numbers)$/i;

/** How a sheet or file name in the workbook names a table: `Products`, `operating expenses`, `tvc.xlsx`. */
function tableOf(name: string): TableName | undefined {
  const key = columnKey(name.replace(/\.(xlsx|csv)$/i, ""));
  if ((TABLE_NAMES as readonly string[]).includes(key)) return key as TableName;
  return RUSSIAN_TABLES.get(key);
}

// The Russian sheet names a Russian results workbook gives the model's tables (`продукты`, `спрос`, …).
const RUSSIAN_TABLES: ReadonlyMap<string, TableName> = new Map(
  Object.entries(workbookLabels("ru").tables).map(([table, name]) => [columnKey(name), table as TableName]),
);
const REPORT_SHEET_NAMES: ReadonlySet<string> = new Set([...REPORT_SHEETS, ...reportSheetNames()]);

function otherSpreadsheetIssue(file: string): LoadIssue {
  const kind = /\.ods$/i.test(file)
    ? "an OpenDocument spreadsheet (.ods)"
    : "a spreadsheet format the loader does not read";
  return loadIssue({
    code: "not_xlsx",
    file,
    value: path.extname(file),
    expected:
      'an .xlsx workbook: in LibreOffice "Save as… → Excel 2007-365 (.xlsx)", in Excel "Save as… → Excel Workbook (.xlsx)"',
    message: kind,
  });
}

let patched = false;

/**
 * exceljs reads a formula's cached empty text (`<v></v>`, what Excel stores for `=IF(A2="";"";A2)`) as no
 * cached value at all, which the loader must report as "never calculated". Its cell parser is taught to
 * keep the empty result. Should exceljs's internals ever differ, nothing is patched and such cells are
 * reported as not calculated, which errs on the side of saying too much.
 */
function keepEmptyFormulaResults(): void {
  if (patched) return;
  patched = true;
  try {
    const CellXform = require("exceljs/lib/xlsx/xform/sheet/cell-xform.js") as { prototype: Record<string, unknown> };
    const proto = CellXform.prototype as {
      parseOpen: (this: XformState, node: { name: string }) => boolean;
      parseClose: (this: XformState, name: string) => boolean;
    };
    type XformState = { parser?: unknown; model: Record<string, unknown>; sawValue?: boolean };
    const { parseOpen, parseClose } = proto;
    if (typeof parseOpen !== "function" || typeof parseClose !== "function") return;
    proto.parseOpen = function (node) {
      if (!this.parser) {
        if (node.name === "c") this.sawValue = false;
        else if (node.name === "v") this.sawValue = true;
      }
      return parseOpen.call(this, node);
    };
    proto.parseClose = function (name) {
      const model = this.model;
      const result = parseClose.call(this, name);
      if (
        !this.parser &&
        name === "c" &&
        model &&
        (model.formula || model.shareType) &&
        this.sawValue &&
        model.result === undefined
      )
        model.result = "";
      return result;
    };
  } catch {
    // Not patched: see above.
  }
}

async function readWorkbook(bytes: Uint8Array, file: string): Promise<import("exceljs").Workbook | LoadIssue> {
  // exceljs is loaded only when a workbook is read: CSV loading does not pay for it.
  const ExcelJS = (await import("exceljs")).default;
  keepEmptyFormulaResults();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
    return workbook;
  } catch (error) {
    return loadIssue({
      code: "not_xlsx",
      file,
      value: `${bytes.length} bytes`,
      expected: "an .xlsx workbook saved by Excel, LibreOffice or another spreadsheet program",
      message: `not a readable .xlsx workbook (${(error as Error).message})`,
    });
  }
}

/** The tables of one workbook, one sheet per table named like the CSV files. */
async function workbookTables(
  bytes: Uint8Array,
  file: string,
  sink: Sink,
  sheets: SheetTable[],
  tables: Map<TableName, RawTable>,
): Promise<void> {
  const workbook = await readWorkbook(bytes, file);
  if (!("worksheets" in workbook)) return void sink.issues.push(workbook);
  for (const sheet of workbook.worksheets) {
    const name = tableOf(sheet.name);
    if (name === undefined && REPORT_SHEET_NAMES.has(sheet.name)) continue;
    if (name === undefined) {
      sink.warnings.push({
        file,
        sheet: sheet.name,
        message: `not a sheet of the model format, ignored (the sheets are: ${TABLE_NAMES.join(", ")})`,
      });
      continue;
    }
    if (tables.has(name)) {
      sink.issues.push(
        sheetIssue({
          code: "duplicate_table",
          file,
          sheet: sheet.name,
          value: sheet.name,
          expected: `one sheet named "${name}"`,
          message: "a second sheet for the same table",
        }),
      );
      continue;
    }
    addSheet(sheetTable(sheet, name, file), name, file, sheet.name, sink, sheets, tables);
  }
}

function addSheet(
  read: ReturnType<typeof sheetTable>,
  name: TableName,
  file: string,
  sheet: string,
  sink: Sink,
  sheets: SheetTable[],
  tables: Map<TableName, RawTable>,
): void {
  if ("empty" in read) {
    sink.issues.push(
      sheetIssue({
        code: "empty_file",
        file,
        sheet,
        value: "",
        expected: "a header row naming the columns, then data rows",
        message: "the sheet is empty",
      }),
    );
    return;
  }
  sheets.push(read);
  tables.set(name, read.table);
}

/** The tables of a folder holding one workbook per table (`products.xlsx`, …) and maybe CSV files. */
async function folderTables(
  folder: string,
  entries: readonly string[],
  sink: Sink,
  sheets: SheetTable[],
  tables: Map<TableName, RawTable>,
): Promise<void> {
  for (const entry of entries) {
    if (OTHER_SPREADSHEET.test(entry) && tableOf(entry.replace(OTHER_SPREADSHEET, "")) !== undefined)
      sink.issues.push(otherSpreadsheetIssue(entry));
    else if ((WORKBOOK.test(entry) || /\.csv$/i.test(entry)) && tableOf(entry) === undefined)
      sink.warnings.push({
        file: entry,
        message: `not a file of the model format, ignored (the tables are: ${TABLE_NAMES.join(", ")})`,
      });
  }
  for (const name of TABLE_NAMES) {
    const csv = entries.find((entry) => entry === FILE_NAMES[name]);
    const xlsx = entries.find((entry) => WORKBOOK.test(entry) && tableOf(entry) === name);
    if (csv !== undefined && xlsx !== undefined) {
      sink.issues.push(
        loadIssue({
          code: "duplicate_table",
          file: xlsx,
          value: `${csv} and ${xlsx}`,
          expected: `one file for the ${name} table`,
          message: "two files for one table",
        }),
      );
      continue;
    }
    if (csv !== undefined) {
      const read = csvTable(name, csv, fs.readFileSync(path.join(folder, csv)));
      sink.issues.push(...read.issues);
      sink.warnings.push(...read.warnings);
      if (read.table) tables.set(name, read.table);
    }
    if (xlsx === undefined) continue;
    const workbook = await readWorkbook(fs.readFileSync(path.join(folder, xlsx)), xlsx);
    if (!("worksheets" in workbook)) {
      sink.issues.push(workbook);
      continue;
    }
    // A single-sheet workbook: its one sheet, whatever its name ("Лист1"); with several, the one named after the table.
    const candidates = workbook.worksheets.filter((sheet) => sheet.rowCount > 0);
    const sheet =
      workbook.worksheets.find((candidate) => tableOf(candidate.name) === name) ??
      (candidates.length === 1 ? candidates[0] : undefined);
    if (sheet === undefined) {
      sink.issues.push(
        loadIssue({
          code: "missing_table",
          file: xlsx,
          value: workbook.worksheets.map((candidate) => candidate.name).join(", ") || "no sheets",
          expected: `one sheet with the ${name} table, or a sheet named "${name}"`,
          message: candidates.length === 0 ? "the workbook is empty" : "several sheets, none named after the table",
        }),
      );
      continue;
    }
    addSheet(sheetTable(sheet, name, xlsx), name, xlsx, sheet.name, sink, sheets, tables);
  }
}

/**
 * Like {@link loadWorkbookModel}, but returns every problem as data instead of throwing.
 *
 * @example
 * const result = await safeLoadWorkbookModel("salon.xlsx");
 * if (!result.success) for (const issue of result.error.issues) console.log(issue.sheet, issue.cell, issue.message);
 */
export async function safeLoadWorkbookModel(file: string, options: BuildOptions = {}): Promise<SafeLoadResult> {
  const sink: Sink = { issues: [], warnings: [] };
  const sheets: SheetTable[] = [];
  const tables = new Map<TableName, RawTable>();
  const source = `the model in ${file}`;
  const fail = (issues: readonly LoadIssue[]): SafeLoadResult => ({
    success: false,
    error: new LoadError(issues, source),
    warnings: sink.warnings,
  });
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return fail([
      loadIssue({
        code: "missing_folder",
        file,
        value: file,
        expected: "an .xlsx workbook, or a folder of workbooks or CSV files",
        message: "no such file or folder",
      }),
    ]);
  }
  const base = path.basename(file);
  if (stat.isDirectory()) await folderTables(file, fs.readdirSync(file), sink, sheets, tables);
  else if (OTHER_SPREADSHEET.test(file)) return fail([otherSpreadsheetIssue(base)]);
  else await workbookTables(fs.readFileSync(file), base, sink, sheets, tables);
  // A file that could not be read at all has its one issue; "no products" on top of it would only repeat it.
  if (tables.size === 0 && sink.issues.some((issue) => issue.sheet === undefined)) return fail(sink.issues);

  const noProducts =
    !tables.has("products") && !sink.issues.some((issue) => tableOf(issue.sheet ?? issue.file) === "products");
  if (noProducts)
    sink.issues.push(
      loadIssue({
        code: "missing_table",
        file: stat.isDirectory() ? file : base,
        value: [...tables.keys()].join(", ") || "nothing",
        expected: stat.isDirectory()
          ? "a products.xlsx (or products.csv) listing what is sold"
          : 'a sheet named "products" listing what is sold',
        message: stat.isDirectory() ? "no products table" : "no products sheet",
      }),
    );
  const name = options.name ?? path.basename(path.resolve(file)).replace(WORKBOOK, "");
  // Files and sheets that could not be read were reported; buildModel's own words for a missing products
  // table ("products.csv") would only repeat them.
  const built = buildModel(tables, { ...options, name }, { issues: [], warnings: [] });
  const buildIssues = built.success
    ? []
    : built.issues.filter((issue) => !(issue.file === FILE_NAMES.products && !tables.has("products")));
  const placed = placeOnSheets(buildIssues, built.warnings, sheets);
  const issues = [...sink.issues, ...placed.issues];
  const warnings = [...sink.warnings, ...placed.warnings];
  if (issues.length > 0 || !built.success) return { success: false, error: new LoadError(issues, source), warnings };
  return { success: true, model: built.model, warnings };
}

/**
 * Loads a model from an `.xlsx` workbook with one sheet per table, named and laid out like the CSV files
 * (`products`, `tvc`, `sales`, …; see data/README.md), or from a folder of single-sheet workbooks
 * (`products.xlsx`, …, CSV files allowed beside them). Every cell goes through the same checks as a CSV
 * file's; one {@link LoadError} lists every problem with its sheet and cell (`products!E7`), the value and
 * what was expected. Numbers typed as numbers, text with a decimal comma, dates, formulas (by their cached
 * value) and merged header cells are read as a spreadsheet shows them. Asynchronous (the workbook is
 * unzipped as a stream); in a notebook, `await` it.
 *
 * @example
 * await writeReportWorkbook(`${outDir}/salon.xlsx`, loadModel("data/salon")); // its model sheets load back
 * const salon = await loadWorkbookModel(`${outDir}/salon.xlsx`);
 * salon.products.length; // 7
 */
export async function loadWorkbookModel(file: string, options: LoadOptions = {}): Promise<BusinessModel> {
  const result = await safeLoadWorkbookModel(file, options);
  if (!result.success) throw result.error;
  const report =
    options.onWarning ?? ((warning: LoadWarning) => console.warn(`warning: ${formatLoadWarning(warning)}`));
  for (const warning of result.warnings) report(warning);
  return result.model;
}
