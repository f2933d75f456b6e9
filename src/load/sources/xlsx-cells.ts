import { ExactDecimal } from "../../core/money/decimal";

/**
 * One spreadsheet cell's value as the loader takes it: the text it stands for (numbers as plain decimal
 * text, dates as ISO text), blank, or why it has no usable value (a formula never calculated, an error).
 */
export type SheetCellText =
  | { readonly success: true; readonly text: string | undefined }
  | { readonly success: false; readonly shown: string; readonly message: string; readonly expected: string };

// Excel keeps and shows 15 significant digits; the 16th and 17th digits of a double are noise left by
// formula arithmetic (=0.3-0.1 stores 0.19999999999999998, which Excel shows as 0.2).
const EXCEL_DIGITS = 15;

/**
 * The plain decimal text of a number cell: the shortest text that reads back as the same double
 * (`String(n)`), cut to the 15 significant digits Excel works with and displays, without an exponent.
 * No arithmetic is done on the double: only its decimal text is taken.
 *
 * @example
 * numberCellText(68.5);                 // "68.5"
 * numberCellText(0.30000000000000004);  // "0.3"
 * numberCellText(1e21);                 // "1000000000000000000000"
 */
export function numberCellText(value: number): string {
  let text = String(value);
  if (significantDigits(text) > EXCEL_DIGITS) text = value.toPrecision(EXCEL_DIGITS);
  return new ExactDecimal(text).toFixed();
}

function significantDigits(text: string): number {
  const mantissa = text.replace(/^-/, "").replace(/e.*$/i, "").replace(".", "").replace(/^0+/, "");
  return mantissa.length;
}

/**
 * A date cell as text: `2024-01` when its format shows no day (a month, as in a `period` column typed
 * "янв.24"), `2024-01-15` for a day, with the time when it has one. Spreadsheets store dates without a
 * time zone; exceljs gives them as UTC instants, so UTC fields are the cell's own.
 *
 * @example
 * dateCellText(new Date(Date.UTC(2024, 0, 1)), "mmm-yy");     // "2024-01"
 * dateCellText(new Date(Date.UTC(2024, 0, 15)), "dd.mm.yyyy"); // "2024-01-15"
 */
export function dateCellText(date: Date, numFmt: string | undefined): string {
  if (Number.isNaN(date.getTime())) return "an invalid date";
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  const day = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}`;
  // Literal text ("…") and sections like [$-419] or [h] say nothing about which fields are shown.
  const format = (numFmt ?? "")
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .toLowerCase();
  const showsDay = format === "" || format.includes("d") || format === "general";
  if (!showsDay && format.includes("y")) return day;
  const seconds = date.getUTCHours() * 3600 + date.getUTCMinutes() * 60 + date.getUTCSeconds();
  const text = `${day}-${pad(date.getUTCDate())}`;
  if (seconds === 0) return text;
  return `${text} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}${date.getUTCSeconds() === 0 ? "" : `:${pad(date.getUTCSeconds())}`}`;
}

/** What exceljs gives as a cell's value (its `CellValue`), by shape, so this file needs no exceljs types. */
type CellValueLike = unknown;

/**
 * Reads one cell's value (as exceljs gives it) into text: numbers by {@link numberCellText}, dates by
 * {@link dateCellText}, text and rich text as written, TRUE/FALSE as `true`/`false`, a formula by its cached
 * result. A formula without a cached result (a file written by a program that did not calculate it) and
 * an error value (`#DIV/0!`) have no value to load: they are reported, never read as blank or zero.
 *
 * @example
 * sheetCellText({ formula: "B2-C2", result: 26 }, undefined); // { success: true, text: "26" }
 * sheetCellText({ formula: "B2-C2" }, undefined);             // { success: false, message: "a formula without a cached value", … }
 */
export function sheetCellText(value: CellValueLike, numFmt: string | undefined): SheetCellText {
  if (value === null || value === undefined) return { success: true, text: undefined };
  if (typeof value === "string") return { success: true, text: value };
  if (typeof value === "number") {
    if (!Number.isFinite(value))
      return { success: false, shown: String(value), message: "not a number", expected: "a finite number" };
    return { success: true, text: numberCellText(value) };
  }
  if (typeof value === "boolean") return { success: true, text: value ? "true" : "false" };
  if (value instanceof Date) return { success: true, text: dateCellText(value, numFmt) };
  if (typeof value !== "object")
    return {
      success: false,
      shown: String(value),
      message: "not a value a cell can hold",
      expected: "text, a number or a date",
    };
  const object = value as Record<string, unknown>;
  if (Array.isArray(object.richText)) return { success: true, text: richText(object.richText) };
  if ("formula" in object || "sharedFormula" in object) {
    const formula = `=${String(object.formula ?? object.sharedFormula)}`;
    const result = object.result;
    if (result === undefined)
      return {
        success: false,
        shown: formula,
        message: "a formula without a cached value",
        expected:
          "a value: the file stores the formula but not its result (it was written by a " +
          "program that does not calculate); open it in Excel or LibreOffice and save it again",
      };
    if (typeof result === "object" && result !== null && "error" in result)
      return {
        success: false,
        shown: `${formula} → ${String((result as { error: unknown }).error)}`,
        message: "the formula's result is an error",
        expected: "a value, not an error",
      };
    const read = sheetCellText(result, numFmt);
    return read;
  }
  if ("error" in object)
    return {
      success: false,
      shown: String(object.error),
      message: "the cell holds an error",
      expected: "a value, not an error",
    };
  if ("text" in object) {
    const text = object.text;
    if (typeof text === "string") return { success: true, text };
    if (typeof text === "object" && text !== null && Array.isArray((text as { richText?: unknown }).richText))
      return { success: true, text: richText((text as { richText: unknown[] }).richText) };
  }
  return {
    success: false,
    shown: JSON.stringify(value) ?? String(value),
    message: "not a value a cell can hold",
    expected: "text, a number or a date",
  };
}

function richText(runs: readonly unknown[]): string {
  return runs
    .map((run) =>
      typeof run === "object" && run !== null && typeof (run as { text?: unknown }).text === "string"
        ? (run as { text: string }).text
        : "",
    )
    .join("");
}

/**
 * A column's letters as Excel names it: 1 → A, 26 → Z, 27 → AA.
 *
 * @example
 * columnLetters(5); // "E"
 */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
