import type { IssueCode } from "../../core/model/issues";
import type { Worksheet, Cell } from "exceljs";
import { loadIssue, type LoadIssue, type LoadWarning } from "../issues";
import { columnKey, type RawTable, type TableName } from "../table";
import { canonicalColumn } from "../tables/aliases";
import { TABLE_SPECS } from "./xlsx-specs";
import { columnLetters, sheetCellText } from "./xlsx-cells";

/** exceljs's value type of a merged cell that is not the merge's top-left ("master") cell. */
const MERGE = 1;
/** exceljs's value type of a formula. */
const FORMULA = 6;

/**
 * A cell's value for {@link sheetCellText}. A formula's is built from `formula` and `result`: exceljs's
 * `value` of a formula drops a cached result that is falsy (0, FALSE, ""), which must not read as missing.
 */
function valueOf(cell: Cell): unknown {
  if (cell.type !== FORMULA) return cell.value;
  return { formula: cell.formula, result: cell.result };
}

/**
 * One worksheet read as a raw table of the model, with what is needed to name its cells the way the
 * spreadsheet does (`products!E7`) in issues found later by the shared checks.
 */
export interface SheetTable {
  readonly table: RawTable;
  /** The workbook's file name (`salon.xlsx`), as issues name it. */
  readonly file: string;
  readonly sheet: string;
  /** The header's last row (a header of merged cells can span several rows). */
  readonly headerRow: number;
  /** The column number (1 = A) of each position of `table.header`. */
  readonly columns: readonly number[];
  /** The format's column name of each position (after aliases), "" for an unnamed column. */
  readonly keys: readonly string[];
  /** Problems of single cells found while reading them (formulas without a value, error values). */
  readonly cellIssues: readonly LoadIssue[];
}

/**
 * Reads a worksheet as a table the way a spreadsheet user lays one out:
 * - rows above the header that are blank are skipped; the header is the first row with a value, and
 *   when cells of it are merged downwards (a two-row header with a group title over some columns) the
 *   header ends at the merge's last row, each column named by its lowest header cell;
 * - a header cell merged across columns names one column: the columns it covers hold no values of their
 *   own (a value there is an issue, not a guess);
 * - in the data, a cell merged down over rows gives its value to every row (a period written once for a
 *   group of rows), a cell merged across columns belongs to its first column;
 * - values are read by {@link sheetCellText}: numbers as decimal text, dates as ISO text, formulas by their
 *   cached result; rows whose cells are all blank are left out, and row numbers are the sheet's.
 * The cells are text, so every check after this is the one CSV files go through.
 *
 * @example
 * const read = sheetTable(workbook.getWorksheet("products")!, "products", "salon.xlsx");
 * read.table.rows[0]; // ["haircut", "Haircut", "service", "10"]
 */
export function sheetTable(sheet: Worksheet, name: TableName, file: string): SheetTable | { readonly empty: true } {
  const label = `${file}\u0000${sheet.name}`;
  const cellIssues: LoadIssue[] = [];
  const issueAt = (code: IssueCode, cell: Cell, shown: string, message: string, expected: string, column?: string) =>
    cellIssues.push(
      sheetIssue({
        code,
        file,
        sheet: sheet.name,
        row: Number(cell.row),
        cell: cell.address,
        value: shown,
        message,
        expected,
        ...(column === undefined ? {} : { column }),
      }),
    );

  const lastRow = sheet.rowCount;
  const lastColumn = sheet.columnCount;
  let top = 0;
  // The first row with a non-blank cell.
  findTop: for (let row = 1; row <= lastRow; row++) {
    for (let column = 1; column <= lastColumn; column++) {
      if (!isBlank(sheet.getCell(row, column))) {
        top = row;
        break findTop;
      }
    }
  }
  if (top === 0) return { empty: true };

  let bottom = top;
  for (let column = 1; column <= lastColumn; column++) {
    const master = sheet.getCell(top, column);
    if (!master.isMerged || master.type === MERGE) continue;
    for (let row = top + 1; row <= lastRow && isPartOf(sheet.getCell(row, column), master); row++)
      bottom = Math.max(bottom, row);
  }

  // Each column's name, or the column number of the merged header cell it is part of.
  const header: string[] = [];
  const columns: number[] = [];
  const partOf = new Map<number, Cell>();
  for (let column = 1; column <= lastColumn; column++) {
    let written = "";
    for (let row = bottom; row >= top; row--) {
      const cell = sheet.getCell(row, column);
      if (cell.type === MERGE && Number(cell.master.col) !== column) {
        partOf.set(column, cell.master);
        break;
      }
      const source = cell.type === MERGE ? cell.master : cell;
      const read = sheetCellText(valueOf(source), source.numFmt);
      if (!read.success) {
        issueAt(
          "not_a_cell_value",
          source,
          read.shown,
          read.message,
          `${read.expected} (in the header: a column name)`,
        );
        break;
      }
      if (read.text !== undefined && read.text.trim() !== "") {
        written = read.text.trim();
        break;
      }
    }
    if (partOf.has(column)) continue;
    header.push(written);
    columns.push(column);
  }
  const spec = TABLE_SPECS[name];
  const keys = header.map((written) => canonicalColumn(columnKey(written), spec.aliases));

  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  for (let row = bottom + 1; row <= lastRow; row++) {
    const cells: (string | undefined)[] = [];
    let blank = true;
    // One row object per row: ten times faster than addressing each cell through the sheet.
    const sheetRow = sheet.getRow(row);
    columns.forEach((column, position) => {
      const cell = sheetRow.getCell(column);
      let source: Cell | undefined = cell;
      // Merged down: every row of the merge has its value; merged across: the first column has it.
      if (cell.type === MERGE) source = Number(cell.master.col) === column ? cell.master : undefined;
      if (source === undefined) return void cells.push(undefined);
      const read = sheetCellText(valueOf(source), source.numFmt);
      if (!read.success) {
        issueAt("not_a_cell_value", cell, read.shown, read.message, read.expected, keys[position] || undefined);
        blank = false;
        return void cells.push(undefined);
      }
      if (read.text !== undefined && read.text.trim() !== "") blank = false;
      cells.push(read.text);
    });
    for (const [column, master] of partOf) {
      const cell = sheetRow.getCell(column);
      if (cell.type === MERGE || isBlank(cell)) continue;
      const read = sheetCellText(valueOf(cell), cell.numFmt);
      issueAt(
        "merged_header",
        cell,
        read.success ? (read.text ?? "") : read.shown,
        `a value under the merged header cell ${master.address}`,
        `values of the column "${sheetCellText(valueOf(master), master.numFmt).success ? headerName(master) : master.address}" ` +
          `in column ${columnLetters(Number(master.col))}, ` +
          `under the first cell of the merge (or unmerge the header and name this column)`,
      );
      blank = false;
    }
    if (blank) continue;
    rows.push(cells as string[]);
    rowNumbers.push(row);
  }
  return {
    table: { name, file: label, rowKind: "row", header, rows, rowNumbers, numberStyle: "either" },
    file,
    sheet: sheet.name,
    headerRow: bottom,
    columns,
    keys,
    cellIssues,
  };
}

function headerName(cell: Cell): string {
  const read = sheetCellText(valueOf(cell), cell.numFmt);
  return read.success ? (read.text ?? "").trim() : "";
}

function isPartOf(cell: Cell, master: Cell): boolean {
  return cell.type === MERGE && cell.master.address === master.address;
}

function isBlank(cell: Cell): boolean {
  if (cell.type === MERGE) return true;
  const value = cell.value;
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** Where a sheet's issue is, in the fields issues carry. */
export interface SheetPlace {
  readonly file: string;
  readonly sheet: string;
  readonly row?: number;
  readonly cell?: string;
  readonly column?: string;
}

/** Builds an issue located on a sheet. */
export function sheetIssue(
  fields: SheetPlace & {
    readonly code: IssueCode;
    readonly value: unknown;
    readonly message: string;
    readonly expected: string;
  },
): LoadIssue {
  return {
    ...loadIssue({ ...fields, ...(fields.row === undefined ? {} : { rowKind: "row" as const }) }),
    path: [fields.file, fields.sheet, ...(fields.cell ? [fields.cell] : []), ...(fields.column ? [fields.column] : [])],
  };
}

/**
 * Moves the issues and warnings the shared checks found in sheet tables to the sheet's own places: the
 * workbook's file, the sheet, and the cell as Excel names it (`E7`); the header's issues go to the header's
 * row. A generic issue on a cell that already has its own (a formula without a value reported as
 * "missing value") is dropped: the cell's own says more.
 */
export function placeOnSheets(
  issues: readonly LoadIssue[],
  warnings: readonly LoadWarning[],
  sheets: readonly SheetTable[],
): { issues: LoadIssue[]; warnings: LoadWarning[] } {
  const byLabel = new Map(sheets.map((sheet) => [sheet.table.file, sheet]));
  const cellTaken = new Set(
    sheets.flatMap((sheet) =>
      sheet.cellIssues.map((issue) => `${sheet.table.file}\u0000${issue.row}\u0000${issue.column ?? ""}`),
    ),
  );
  const placed: LoadIssue[] = sheets.flatMap((sheet) => sheet.cellIssues);
  for (const issue of issues) {
    const sheet = byLabel.get(issue.file);
    if (sheet === undefined) {
      placed.push(issue);
      continue;
    }
    if (issue.row !== undefined && cellTaken.has(`${issue.file}\u0000${issue.row}\u0000${issue.column ?? ""}`))
      continue;
    placed.push(sheetIssue({ ...issue, ...where(sheet, issue) }));
  }
  const moved = warnings.map((warning): LoadWarning => {
    const sheet = byLabel.get(warning.file);
    if (sheet === undefined) return warning;
    const place = where(sheet, warning);
    return { ...warning, ...place, ...(place.row === undefined ? {} : { rowKind: "row" as const }) };
  });
  return { issues: placed, warnings: moved };
}

function where(
  sheet: SheetTable,
  item: { readonly row?: number; readonly rowKind?: string; readonly column?: string; readonly value?: unknown },
): SheetPlace {
  // The shared checks put header issues on row 1; the sheet's header may be lower.
  const row = item.row === undefined ? undefined : item.row === 1 ? sheet.headerRow : item.row;
  const position = item.column === undefined ? -1 : positionOf(sheet, item.column, item.value);
  const column = position >= 0 ? sheet.columns[position] : undefined;
  return {
    file: sheet.file,
    sheet: sheet.sheet,
    ...(row === undefined ? {} : { row }),
    ...(row !== undefined && column !== undefined ? { cell: `${columnLetters(column)}${row}` } : {}),
    ...(item.column === undefined ? {} : { column: item.column }),
  };
}

function positionOf(sheet: SheetTable, column: string, value: unknown): number {
  const unnamed = /^column (\d+)$/.exec(column);
  if (unnamed) return Number(unnamed[1]) - 1;
  const positions = sheet.keys.flatMap((key, position) => (key === column ? [position] : []));
  // A column named twice: the issue is about the later one, written as `value`.
  if (positions.length > 1)
    return positions.filter((position) => sheet.table.header[position] === value).at(-1) ?? positions.at(-1)!;
  if (positions.length === 1) return positions[0]!;
  // An unknown column is named as written.
  return sheet.table.header.indexOf(column);
}
