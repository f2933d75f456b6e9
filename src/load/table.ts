import type { NumberStyle } from "./parse/number";

/** The files (or in-memory tables) a model is made of, by the name used in `modelFromRecords`. */
export type TableName =
  "model" | "products" | "tvc" | "sales" | "operating_expenses" | "investments" | "resources" | "usage" | "demand";

/** Every table, in the order they are read and documented. */
export const TABLE_NAMES: readonly TableName[] = [
  "model",
  "products",
  "tvc",
  "sales",
  "operating_expenses",
  "investments",
  "resources",
  "usage",
  "demand",
];

/**
 * One table of raw cells before any conversion: a parsed CSV file (cells are text as written) or
 * in-memory records / a DataFrame (cells are whatever the caller put there).
 */
export interface RawTable {
  readonly name: TableName;
  /** How issues name it: `sales.csv`, `sales (records)`. */
  readonly file: string;
  /** `"row"`: `rowNumbers` are spreadsheet rows (header = 1); `"index"`: 0-based record indexes. */
  readonly rowKind: "row" | "index";
  /** Column names as written. */
  readonly header: readonly string[];
  readonly rows: readonly (readonly unknown[])[];
  readonly rowNumbers: readonly number[];
  /** How a comma inside a number is read (see NumberStyle). */
  readonly numberStyle: NumberStyle;
}

/**
 * A column name as the format spells it: trimmed, lower case, spaces and hyphens as underscores, so
 * `Product ID` and `product-id` both mean `product_id`.
 *
 * @example
 * columnKey(" Time per unit "); // "time_per_unit"
 */
export function columnKey(written: string): string {
  return written
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}
