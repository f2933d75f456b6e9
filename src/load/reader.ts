import type { CurrencyCode } from "../core/money/currency";
import type { IssueCode } from "../core/model/issues";
import { ExactDecimal } from "../core/money/decimal";
import { isNegative, money, type Money } from "../core/money/money";
import { loadIssue, type LoadIssue, type LoadWarning } from "./issues";
import { readMoneyCell, readMoneyText, readQuantityCell, readCurrencyCell, type CellResult } from "./parse/cells";
import { columnKey, type RawTable } from "./table";
import { canonicalColumn, type ColumnAliases } from "./tables/aliases";

/** Where issues and warnings of one load are collected. */
export interface Sink {
  readonly issues: LoadIssue[];
  readonly warnings: LoadWarning[];
}

/** The columns of one table: the ones that must be there, and the ones that may. */
export interface TableSpec {
  readonly required: readonly string[];
  readonly optional: readonly string[];
  /** Other names a header may use for a column (Russian ones, see tables/aliases.ts): alias key → column. */
  readonly aliases?: ColumnAliases;
}

/**
 * Reads the cells of one raw table by column name, collecting an issue for every bad cell and returning
 * `undefined` for it, so a whole file is checked in one pass and every problem is reported at once.
 * Column positions are resolved once per table, not per cell.
 */
export class TableReader {
  private readonly positions = new Map<string, number>();
  /** Columns that are required but absent: their cells are not checked row by row (one issue says it). */
  private readonly missing = new Set<string>();

  constructor(
    readonly table: RawTable,
    spec: TableSpec,
    private readonly sink: Sink,
    private readonly currency: CurrencyCode,
  ) {
    const known = new Set([...spec.required, ...spec.optional]);
    // In-memory tables have no header row to point at.
    const headerRow = table.rowKind === "row" ? 1 : undefined;
    table.header.forEach((written, position) => {
      const key = canonicalColumn(columnKey(written), spec.aliases);
      if (key === "") {
        if (this.columnHasValues(position))
          this.warn(
            undefined,
            `column ${position + 1}`,
            "a column without a name has values; they were ignored (give it a name)",
          );
        return;
      }
      if (this.positions.has(key)) {
        this.issueAt(
          "duplicate_column",
          headerRow,
          key,
          written,
          "each column once",
          "the column appears twice in the header",
        );
        return;
      }
      this.positions.set(key, position);
      if (!known.has(key))
        this.warn(
          undefined,
          written,
          `unknown column, its values were ignored (columns of this file: ${[...known].join(", ")})`,
        );
    });
    for (const column of spec.required)
      if (!this.positions.has(column)) {
        this.missing.add(column);
        this.issueAt(
          "missing_column",
          headerRow,
          column,
          table.header.join(", "),
          `a column named "${column}"`,
          "missing column",
        );
      }
    const width = table.header.length;
    // A trailing separator on every row (some exporters write one) is a style, not a shifted row; a row
    // that alone is longer than the header, even by one empty value, has an unquoted separator in it.
    const uniformTrailing =
      table.rowKind === "row" &&
      table.rows.length > 1 &&
      table.rows.every((row) => row.length === table.rows[0]!.length);
    const shifted =
      `at most ${width} values, one per column of the header (put a value that ` +
      `contains "${table.rowKind === "row" ? "," : "the separator"}" in double quotes)`;
    table.rows.forEach((row, index) => {
      if (row.length <= width) return;
      for (let position = width; position < row.length; position++)
        if (!isBlankCell(row[position])) {
          // Usually a value with an unquoted separator in it, which shifts the row: an error, not a guess.
          this.issue(
            "too_many_values",
            index,
            `column ${position + 1}`,
            row[position],
            shifted,
            "more values than columns",
          );
          return;
        }
      if (table.rowKind === "row" && !uniformTrailing)
        this.issue(
          "too_many_values",
          index,
          `column ${width + 1}`,
          "",
          shifted,
          "more values than columns (the row has an extra, empty value at its end: a separator inside a value that is not in quotes)",
        );
    });
  }

  get rowCount(): number {
    return this.table.rows.length;
  }

  /** True when the table has the column. */
  has(column: string): boolean {
    return this.positions.has(column);
  }

  /** The cell as written (for messages). */
  raw(index: number, column: string): unknown {
    const position = this.positions.get(column);
    return position === undefined ? undefined : this.table.rows[index]![position];
  }

  /**
   * The cell as trimmed text; "" when blank or the column is absent; undefined (with an issue) when an
   * in-memory cell holds something that is not text or a finite number.
   */
  text(index: number, column: string): string | undefined {
    const value = this.raw(index, column);
    if (value === undefined || value === null) return "";
    if (typeof value === "string") return value.trim();
    if (typeof value === "number") {
      if (Number.isFinite(value)) return new ExactDecimal(String(value)).toFixed();
      this.issue("not_a_number", index, column, value, "a finite number or text", "not a number");
      return undefined;
    }
    if (typeof value === "boolean" || typeof value === "bigint") return String(value);
    if (ExactDecimal.isDecimal(value)) return (value as ExactDecimal).toFixed();
    this.issue("not_a_cell_value", index, column, value, "text or a number", "not a value a table cell can hold");
    return undefined;
  }

  /** A required text cell: an issue when blank. */
  requiredText(index: number, column: string, expected: string): string | undefined {
    if (this.missing.has(column)) return undefined;
    const text = this.text(index, column);
    if (text === "")
      this.issue("missing_value", index, column, this.raw(index, column) ?? "", expected, "missing value");
    return text === "" ? undefined : text;
  }

  /** Reads a cell with `read`; blank gives `undefined` (and an issue when `required`). */
  parse<T>(
    index: number,
    column: string,
    read: (text: string) => CellResult<T>,
    required: boolean,
    expectedWhenBlank: string,
  ): T | undefined {
    if (this.missing.has(column)) return undefined;
    const text = this.text(index, column);
    if (text === undefined) return undefined;
    if (text === "") {
      if (required)
        this.issue("missing_value", index, column, this.raw(index, column) ?? "", expectedWhenBlank, "missing value");
      return undefined;
    }
    const result = read(text);
    if (!result.success) {
      this.issue(result.code, index, column, this.raw(index, column), result.expected, result.message);
      return undefined;
    }
    return result.value;
  }

  // Money is immutable, so one value per distinct text is enough: big sales files repeat their prices.
  private readonly moneyCache = new Map<string, CellResult<Money>>();
  private readonly readMoney = (text: string): CellResult<Money> => {
    let result = this.moneyCache.get(text);
    if (result === undefined) {
      const read = readMoneyCell(text, this.table.numberStyle, this.currency);
      result = read.success ? { success: true, value: money(read.value, this.currency) } : read;
      if (this.moneyCache.size < 10_000) this.moneyCache.set(text, result);
    }
    return result;
  };

  /** A money cell ≥ 0 in the model's currency, exact. */
  money(index: number, column: string, required: boolean, what: string): Money | undefined {
    const value = this.parse(index, column, this.readMoney, required, what);
    if (value !== undefined && isNegative(value)) {
      this.issue("negative_amount", index, column, this.raw(index, column), "an amount ≥ 0", "negative amount");
      return undefined;
    }
    return value;
  }

  /**
   * A money cell ≥ 0 in the model's currency, as plain decimal text (`1000.50`): the same checks and
   * messages as {@link money}, without making a decimal (the loader scales big columns to integers).
   */
  moneyText(index: number, column: string, required: boolean, what: string): string | undefined {
    const style = this.table.numberStyle;
    const value = this.parse(index, column, (text) => readMoneyText(text, style, this.currency), required, what);
    if (value !== undefined && value.charCodeAt(0) === 45 && /[1-9]/.test(value)) {
      this.issue("negative_amount", index, column, this.raw(index, column), "an amount ≥ 0", "negative amount");
      return undefined;
    }
    return value;
  }

  /** A quantity cell ≥ 0. */
  quantity(index: number, column: string, required: boolean, what: string): number | undefined {
    const style = this.table.numberStyle;
    const value = this.parse(index, column, (text) => readQuantityCell(text, style), required, what);
    if (value !== undefined && value < 0) {
      this.issue("negative_quantity", index, column, this.raw(index, column), "a number ≥ 0", "negative quantity");
      return undefined;
    }
    return value;
  }

  /**
   * Checks the row's optional `currency` cell against the model's currency. False when the row is in
   * another (or an unknown) currency: its amounts are then not read.
   */
  currencyMatches(index: number): boolean {
    const code = this.parse(index, "currency", readCurrencyCell, false, "");
    if (code === undefined) return !this.has("currency") || this.text(index, "currency") === "";
    if (code !== this.currency) {
      this.issue(
        "other_currency",
        index,
        "currency",
        this.raw(index, "currency"),
        `${this.currency}, the model's currency (mixing currencies needs an explicit conversion)`,
        "another currency",
      );
      return false;
    }
    return true;
  }

  /** Records an issue at a data row (by index into the table's rows). */
  issue(
    code: IssueCode,
    index: number,
    column: string | undefined,
    value: unknown,
    expected: string,
    message: string,
  ): void {
    this.issueAt(code, this.table.rowNumbers[index], column, value, expected, message);
  }

  /** The row number issues use for a data row. */
  rowNumber(index: number): number {
    return this.table.rowNumbers[index]!;
  }

  private issueAt(
    code: IssueCode,
    row: number | undefined,
    column: string | undefined,
    value: unknown,
    expected: string,
    message: string,
  ): void {
    this.sink.issues.push(
      loadIssue({
        code,
        file: this.table.file,
        ...(row === undefined ? {} : { row, rowKind: this.table.rowKind }),
        ...(column === undefined ? {} : { column }),
        value,
        expected,
        message,
      }),
    );
  }

  warn(index: number | undefined, column: string | undefined, message: string): void {
    this.sink.warnings.push({
      file: this.table.file,
      ...(index === undefined ? {} : { row: this.table.rowNumbers[index]!, rowKind: this.table.rowKind }),
      ...(column === undefined ? {} : { column }),
      message,
    });
  }

  private columnHasValues(position: number): boolean {
    return this.table.rows.some((row) => !isBlankCell(row[position]));
  }
}

function isBlankCell(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}
