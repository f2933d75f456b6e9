import { ModelError, type ModelIssue } from "../core/model/issues";
import { hasHiddenCharacters, headOf, visibleText } from "../text/escape";

/**
 * One problem found while loading a model, as data: the file, the row, the column, the value as it was
 * written and what was expected there.
 *
 * Rows: for a CSV file, `row` is the row number a spreadsheet shows (the header is row 1, the first data
 * row is row 2); for in-memory records and DataFrames it is the 0-based index of the record
 * (`rowKind: "index"`). File-level problems (not UTF-8, file missing) have no row or column.
 */
export interface LoadIssue extends ModelIssue {
  /** `products.csv`, or `products (records)` / `products (DataFrame)` for in-memory data. */
  readonly file: string;
  readonly row?: number;
  /** `"row"`: spreadsheet row number (header = 1); `"index"`: 0-based index of an in-memory record. */
  readonly rowKind?: "row" | "index";
  /** The column name as the format spells it (`product_id`), or as written when it is unknown. */
  readonly column?: string;
  /** The value as written (text for a file; the original value for in-memory data). */
  readonly value: unknown;
  /** For a workbook (`file` is `salon.xlsx`): the sheet's name. */
  readonly sheet?: string;
  /** For a workbook: the cell as Excel names it (`E7`), when the problem is in one cell. */
  readonly cell?: string;
}

/** Something the loader accepted but wants the user to know: an ignored column, a cap with no effect. */
export interface LoadWarning {
  readonly file: string;
  readonly row?: number;
  readonly rowKind?: "row" | "index";
  readonly column?: string;
  readonly message: string;
  /** For a workbook: the sheet and the cell (`E7`), as in {@link LoadIssue}. */
  readonly sheet?: string;
  readonly cell?: string;
}

function where(item: {
  file: string;
  row?: number;
  rowKind?: "row" | "index";
  column?: string;
  sheet?: string;
  cell?: string;
}): string {
  const parts = [visibleText(item.file)];
  if (item.sheet !== undefined) {
    // Excel's own notation: products!E7, 'my sheet'!E7.
    const name = visibleText(item.sheet);
    const sheet = /^[\p{L}\p{N}_.]+$/u.test(name) ? name : `'${name.replaceAll("'", "''")}'`;
    parts.push(
      item.cell !== undefined
        ? `${sheet}!${item.cell}`
        : item.row !== undefined
          ? `sheet ${sheet}, row ${item.row}`
          : `sheet ${sheet}`,
    );
  } else if (item.row !== undefined) parts.push(item.rowKind === "index" ? `record ${item.row}` : `row ${item.row}`);
  if (item.column !== undefined) parts.push(`column "${visibleText(item.column)}"`);
  return parts.join(", ");
}

function shown(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "string")
    return value.trim() === "" && !hasHiddenCharacters(value) ? "an empty cell" : quoted(value);
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  const json = JSON.stringify(value) ?? String(value);
  return visibleText(cut(json));
}

/** Longest value a message echoes whole; a longer one is cut and its length said. */
export const MAX_SHOWN_VALUE = 80;

function cut(text: string): string {
  return text.length <= MAX_SHOWN_VALUE
    ? text
    : `${headOf(text, MAX_SHOWN_VALUE - 20)}… (${text.length.toLocaleString("en-US")} characters in all)`;
}

// JSON-style quotes (so a value with spaces at its ends shows them) with invisible characters made visible
// and a long value cut; the quotes and backslashes of the value are escaped as JSON does.
function quoted(value: string): string {
  const long = value.length > MAX_SHOWN_VALUE;
  const body = visibleText((long ? headOf(value, MAX_SHOWN_VALUE - 20) : value).replace(/[\\"]/g, (c) => `\\${c}`));
  return long ? `"${body}…" (${value.length.toLocaleString("en-US")} characters in all)` : `"${body}"`;
}

/**
 * One issue as a line a workshop attendee can act on.
 *
 * @example
 * formatLoadIssue({ file: "sales.csv", row: 3, column: "quantity", value: "-2", expected: "a number ≥ 0",
 *                   message: "negative quantity", path: ["sales.csv", 3, "quantity"] });
 * // 'sales.csv, row 3, column "quantity": negative quantity: found "-2", expected a number ≥ 0'
 */
export function formatLoadIssue(issue: LoadIssue): string {
  return `${where(issue)}: ${visibleText(issue.message)}: found ${shown(issue.value)}, expected ${visibleText(cutExpected(issue.expected))}`;
}

/**
 * One warning as a line.
 *
 * @example
 * formatLoadWarning({ file: "sales.csv", column: "note", message: "unknown column, ignored" });
 * // 'sales.csv, column "note": unknown column, ignored'
 */
export function formatLoadWarning(warning: LoadWarning): string {
  return `${where(warning)}: ${visibleText(warning.message)}`;
}

// "expected" can list the ids a file holds (every product of a large model): keep the message readable.
function cutExpected(text: string): string {
  return text.length <= 400 ? text : `${headOf(text, 380)}… (${text.length.toLocaleString("en-US")} characters in all)`;
}

const ROW_NOTE = "Rows are numbered as a spreadsheet shows them: the header is row 1, the first data row is row 2.";
const CELL_NOTE = "Cells are named as the spreadsheet names them: sheet!column row (products!E7).";

/**
 * Thrown by the loaders: every problem of every file at once. A {@link ModelError}, so code that catches
 * model errors catches these too; `issues` carry the file, row and column of each problem.
 *
 * @example
 * try { loadModel("data/broken"); } catch (error) {
 *   if (error instanceof LoadError) for (const issue of error.issues) console.log(issue.file, issue.row, issue.column);
 * }
 */
export class LoadError extends ModelError {
  declare readonly issues: readonly LoadIssue[];
  constructor(issues: readonly LoadIssue[], source = "the model") {
    super(issues);
    // ModelError's `name` is typed as the literal "ModelError"; the runtime name says which error this is.
    Object.defineProperty(this, "name", { value: "LoadError", enumerable: false, configurable: true, writable: true });
    const count = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
    const csvRows = issues.some(
      (issue) => issue.row !== undefined && issue.rowKind !== "index" && issue.sheet === undefined,
    );
    const note =
      (csvRows ? `\n${ROW_NOTE}` : "") + (issues.some((issue) => issue.sheet !== undefined) ? `\n${CELL_NOTE}` : "");
    this.message = `Could not load ${source}: ${count}.${note}\n${issues.map((issue) => `  - ${formatLoadIssue(issue)}`).join("\n")}`;
  }
}

/** Builds an issue, filling `path` from the file, row and column. */
export function loadIssue(fields: Omit<LoadIssue, "path">): LoadIssue {
  const path: (string | number)[] = [fields.file];
  if (fields.row !== undefined) path.push(fields.row);
  if (fields.column !== undefined) path.push(fields.column);
  return { ...fields, path };
}
