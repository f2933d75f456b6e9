import { ModelError, issueLocale, type IssueTextOptions, type ModelIssue } from "../core/model/issues";
import { russianIssueWords, russianProblemCount, russianWarning } from "../i18n/issue-texts";
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

function where(
  item: {
    file: string;
    row?: number;
    rowKind?: "row" | "index";
    column?: string;
    sheet?: string;
    cell?: string;
  },
  ru = false,
): string {
  const file = visibleText(item.file);
  // "файл sales.csv": the word only before a file's name, not before a folder or "products (records)".
  const parts = [ru && /\.[A-Za-z0-9]{1,8}$/.test(file) ? `файл ${file}` : file];
  if (item.sheet !== undefined) {
    // Excel's own notation: products!E7, 'my sheet'!E7.
    const name = visibleText(item.sheet);
    const sheet = /^[\p{L}\p{N}_.]+$/u.test(name) ? name : `'${name.replaceAll("'", "''")}'`;
    parts.push(
      item.cell !== undefined
        ? `${sheet}!${item.cell}`
        : item.row !== undefined
          ? `${ru ? "лист" : "sheet"} ${sheet}, ${ru ? "строка" : "row"} ${item.row}`
          : `${ru ? "лист" : "sheet"} ${sheet}`,
    );
  } else if (item.row !== undefined)
    parts.push(
      item.rowKind === "index" ? `${ru ? "запись" : "record"} ${item.row}` : `${ru ? "строка" : "row"} ${item.row}`,
    );
  if (item.column !== undefined) {
    const column = visibleText(item.column);
    // A column without a name is called by its place ("column 7"): in Russian "столбец 7", not «column 7».
    const unnamed = ru ? /^column (\d+)$/.exec(column) : null;
    parts.push(unnamed ? `столбец ${unnamed[1]}` : ru ? `столбец «${column}»` : `column "${column}"`);
  }
  return parts.join(", ");
}

function shown(value: unknown, ru = false): string {
  if (value === undefined) return ru ? "ничего" : "nothing";
  if (typeof value === "string")
    return value.trim() === "" && !hasHiddenCharacters(value)
      ? ru
        ? "пустая ячейка"
        : "an empty cell"
      : quoted(value, ru);
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  const json = JSON.stringify(value) ?? String(value);
  return visibleText(cut(json, ru));
}

/** Longest value a message echoes whole; a longer one is cut and its length said. */
export const MAX_SHOWN_VALUE = 80;

function inAll(length: number, ru: boolean): string {
  return ru
    ? `(всего ${length.toLocaleString("ru-RU")} ${russianCharacters(length)})`
    : `(${length.toLocaleString("en-US")} characters in all)`;
}

function russianCharacters(n: number): string {
  const ten = n % 10;
  const hundred = n % 100;
  return ten === 1 && hundred !== 11
    ? "знак"
    : ten >= 2 && ten <= 4 && (hundred < 12 || hundred > 14)
      ? "знака"
      : "знаков";
}

function cut(text: string, ru = false): string {
  return text.length <= MAX_SHOWN_VALUE ? text : `${headOf(text, MAX_SHOWN_VALUE - 20)}… ${inAll(text.length, ru)}`;
}

// JSON-style quotes (so a value with spaces at its ends shows them) with invisible characters made visible
// and a long value cut; the quotes and backslashes of the value are escaped as JSON does. In Russian the
// value stands in «ёлочках», which need no escaping inside.
function quoted(value: string, ru = false): string {
  const long = value.length > MAX_SHOWN_VALUE;
  const head = long ? headOf(value, MAX_SHOWN_VALUE - 20) : value;
  if (ru) return long ? `«${visibleText(head)}…» ${inAll(value.length, true)}` : `«${visibleText(head)}»`;
  const body = visibleText(head.replace(/[\\"]/g, (c) => `\\${c}`));
  return long ? `"${body}…" ${inAll(value.length, false)}` : `"${body}"`;
}

/**
 * One issue as a line a workshop attendee can act on, in English or Russian (`{ locale: "ru" }`, or the
 * session's default locale): the same file, row, column, value and expectation in either.
 *
 * @example
 * formatLoadIssue({ code: "negative_quantity", file: "sales.csv", row: 3, column: "quantity", value: "-2",
 *                   expected: "a number ≥ 0", message: "negative quantity", path: ["sales.csv", 3, "quantity"] });
 * // 'sales.csv, row 3, column "quantity": negative quantity: found "-2", expected a number ≥ 0'
 * // with { locale: "ru" }:
 * // 'файл sales.csv, строка 3, столбец «quantity»: отрицательное количество: указано «-2», ожидалось: число ≥ 0'
 */
export function formatLoadIssue(issue: LoadIssue, options: IssueTextOptions | number = {}): string {
  if (issueLocale(options) === "ru") {
    const words = russianIssueWords(issue);
    return `${where(issue, true)}: ${visibleText(words.message)}: указано ${shown(issue.value, true)}, ожидалось: ${visibleText(cutExpected(words.expected, true))}`;
  }
  return `${where(issue)}: ${visibleText(issue.message)}: found ${shown(issue.value)}, expected ${visibleText(cutExpected(issue.expected))}`;
}

/**
 * One warning as a line, in English or Russian (as {@link formatLoadIssue}).
 *
 * @example
 * formatLoadWarning({ file: "sales.csv", column: "note", message: "unknown column, ignored" });
 * // 'sales.csv, column "note": unknown column, ignored'
 */
export function formatLoadWarning(warning: LoadWarning, options: IssueTextOptions | number = {}): string {
  const ru = issueLocale(options) === "ru";
  return `${where(warning, ru)}: ${visibleText(ru ? russianWarning(warning.message) : warning.message)}`;
}

// "expected" can list the ids a file holds (every product of a large model): keep the message readable.
function cutExpected(text: string, ru = false): string {
  return text.length <= 400 ? text : `${headOf(text, 380)}… ${inAll(text.length, ru)}`;
}

const ROW_NOTE = "Rows are numbered as a spreadsheet shows them: the header is row 1, the first data row is row 2.";
const CELL_NOTE = "Cells are named as the spreadsheet names them: sheet!column row (products!E7).";
const ROW_NOTE_RU =
  "Строки пронумерованы так, как их показывает электронная таблица: заголовок — строка 1, первая строка данных — строка 2.";
const CELL_NOTE_RU = "Ячейки названы так, как их называет электронная таблица: лист!столбец строка (products!E7).";

// The loaders name what they load in English ("the model in data/salon", or a file): the same in Russian.
function russianSource(source: string): string {
  if (source === "the model") return "модель";
  const folder = /^the model in (.*)$/s.exec(source);
  return folder ? `модель из ${folder[1]}` : source;
}

/**
 * Thrown by the loaders: every problem of every file at once. A {@link ModelError}, so code that catches
 * model errors catches these too; `issues` carry the file, row and column of each problem. The message is
 * in the session's language when the error is made (`setDefaultLocale("ru")`: Russian), or in `options.locale`.
 *
 * @example
 * try { loadModel("data/broken"); } catch (error) {
 *   if (error instanceof LoadError) for (const issue of error.issues) console.log(issue.file, issue.row, issue.column);
 * }
 */
export class LoadError extends ModelError {
  declare readonly issues: readonly LoadIssue[];
  constructor(issues: readonly LoadIssue[], source = "the model", options: IssueTextOptions = {}) {
    super(issues, undefined, options);
    // ModelError's `name` is typed as the literal "ModelError"; the runtime name says which error this is.
    Object.defineProperty(this, "name", { value: "LoadError", enumerable: false, configurable: true, writable: true });
    const ru = issueLocale(options) === "ru";
    const csvRows = issues.some(
      (issue) => issue.row !== undefined && issue.rowKind !== "index" && issue.sheet === undefined,
    );
    const note =
      (csvRows ? `\n${ru ? ROW_NOTE_RU : ROW_NOTE}` : "") +
      (issues.some((issue) => issue.sheet !== undefined) ? `\n${ru ? CELL_NOTE_RU : CELL_NOTE}` : "");
    const lines = issues.map((issue) => `  - ${formatLoadIssue(issue, options)}`).join("\n");
    if (ru) {
      this.message = `Не удалось загрузить ${russianSource(source)}: ${russianProblemCount(issues.length)}.${note}\n${lines}`;
      return;
    }
    const count = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
    this.message = `Could not load ${source}: ${count}.${note}\n${lines}`;
  }
}

/** Builds an issue, filling `path` from the file, row and column. */
export function loadIssue(fields: Omit<LoadIssue, "path">): LoadIssue {
  const path: (string | number)[] = [fields.file];
  if (fields.row !== undefined) path.push(fields.row);
  if (fields.column !== undefined) path.push(fields.column);
  return { ...fields, path };
}
