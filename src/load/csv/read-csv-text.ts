import Papa from "papaparse";
import { loadIssue, type LoadIssue } from "../issues";
import { detectSeparator, type CsvSeparator } from "./separator";

/** Options of {@link readCsvText}. */
export interface ReadCsvTextOptions {
  /** The file name used in issues (`"sales.csv"`). */
  readonly file: string;
  /** Force a separator instead of detecting it from the header line. */
  readonly separator?: CsvSeparator;
}

/** The cells of a CSV text, as written (no conversion at all). */
export interface CsvText {
  /** The header cells, trimmed, as written. */
  readonly header: readonly string[];
  /** The data rows (blank rows left out), each a list of cells as written. */
  readonly rows: readonly (readonly string[])[];
  /** For each of `rows`, the row number a spreadsheet shows (header = 1). */
  readonly rowNumbers: readonly number[];
  readonly separator: CsvSeparator;
  /** Structural problems: empty file, a quote never closed, an unknown `sep=` separator. */
  readonly issues: readonly LoadIssue[];
  /** True when the file began with Excel's `sep=;` line, which named the separator (and is not a row). */
  readonly sepLine?: boolean;
}

// Excel writes and honours a first line "sep=;" naming the separator; it shows the next line as row 1.
const SEP_LINE = /^sep=(.?)[ \t]*\r?$/i;

/**
 * Splits CSV text into a header and rows of raw text cells with papaparse: the low-level, fast step every
 * loader shares. It removes a byte-order mark, accepts CRLF or LF line ends and quoted fields, detects
 * `,`, `;` or tab from the header line (or takes it from Excel's `sep=;` first line, which is not counted
 * as a row, as Excel does not show it), and leaves out rows whose cells are all blank while keeping
 * every other row's spreadsheet row number.
 *
 * @example
 * const { header, rows, rowNumbers } = readCsvText("\uFEFFid;price\r\nhaircut;10\r\n", { file: "products.csv" });
 * // header ["id", "price"], rows [["haircut", "10"]], rowNumbers [2]
 */
export function readCsvText(text: string, options: ReadCsvTextOptions): CsvText {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // One file can mix CRLF and LF line ends (rows pasted from another file, an editor that keeps the
  // ends it found). Papa guesses one line end from the first break and would glue the other kind into a
  // value, so CRLF is made LF first and LF is the line end. A file of lone CRs (old Mac) is left to Papa.
  let body = withoutBom.includes("\n") ? withoutBom.replace(/\r\n/g, "\n") : withoutBom;
  const issues: LoadIssue[] = [];
  let firstBreak = body.indexOf("\n");
  const sep = SEP_LINE.exec(firstBreak < 0 ? body : body.slice(0, firstBreak));
  let named: CsvSeparator | undefined;
  if (sep) {
    const char = sep[1]!;
    if (char === "," || char === ";" || char === "\t") named = char;
    else
      issues.push(
        loadIssue({
          code: "unknown_value",
          file: options.file,
          value: sep[0].trim(),
          expected: "sep=; or sep=, or sep= followed by a tab",
          message: "a separator the loader does not read",
        }),
      );
    body = firstBreak < 0 ? "" : body.slice(firstBreak + 1);
    firstBreak = body.indexOf("\n");
  }
  const headerLine = firstBreak < 0 ? body : body.slice(0, firstBreak);
  const separator = options.separator ?? named ?? detectSeparator(headerLine);
  if (body.trim() === "") {
    issues.push(
      loadIssue({
        code: "empty_file",
        file: options.file,
        value: "",
        expected: "a header row naming the columns, then data rows",
        message: "the file is empty",
      }),
    );
    return { header: [], rows: [], rowNumbers: [], separator, issues, ...(sep ? { sepLine: true } : {}) };
  }
  const parsed = Papa.parse<string[]>(body, {
    delimiter: separator,
    header: false,
    skipEmptyLines: false,
    dynamicTyping: false,
    ...(body.includes("\n") ? { newline: "\n" as const } : {}),
  });
  for (const error of parsed.errors) {
    // Papa's row is the 0-based record index; the header is record 0 = spreadsheet row 1.
    if (error.type === "Quotes")
      issues.push(
        loadIssue({
          code: "unclosed_quote",
          file: options.file,
          row: (error.row ?? 0) + 1,
          rowKind: "row",
          value: '"',
          expected: "every opening quote to be closed",
          message: "a quoted value is never closed",
        }),
      );
  }
  const records = parsed.data;
  const header = (records[0] ?? []).map((cell) => cell.trim());
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  for (let index = 1; index < records.length; index++) {
    const record = records[index]!;
    if (isBlank(record)) continue;
    rows.push(record);
    rowNumbers.push(index + 1);
  }
  return { header, rows, rowNumbers, separator, issues, ...(sep ? { sepLine: true } : {}) };
}

function isBlank(record: readonly string[]): boolean {
  for (const cell of record) if (cell.trim() !== "") return false;
  return true;
}
