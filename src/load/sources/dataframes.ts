import type { RawTable, TableName } from "../table";
import { TABLE_NAMES } from "../table";

/**
 * What the loader needs of a danfo DataFrame: its column names and its rows of values. Typed by shape so
 * the core of the library does not depend on danfo (any object with these two members works).
 */
export interface DataFrameLike {
  readonly columns: readonly string[];
  readonly values: readonly (readonly unknown[])[] | readonly unknown[];
}

/** DataFrames by table name. */
export type ModelDataFrames = Partial<Readonly<Record<TableName, DataFrameLike>>>;

/**
 * Turns DataFrames into raw tables. The cells are taken as they are: text stays text (a DataFrame from
 * `readTable` keeps every cell as written), numbers are read from their shortest decimal text.
 *
 * @example
 * dataFrameTables({ products: readTable("data/salon/products.csv") });
 */
export function dataFrameTables(frames: ModelDataFrames): Map<TableName, RawTable> {
  const tables = new Map<TableName, RawTable>();
  for (const name of TABLE_NAMES) {
    const frame = frames[name];
    if (frame === undefined) continue;
    const values = frame.values as readonly unknown[];
    // A one-column DataFrame gives a flat list of values.
    const rows = values.map((row) => (Array.isArray(row) ? (row as readonly unknown[]) : [row]));
    tables.set(name, {
      name,
      file: `${name} (DataFrame)`,
      rowKind: "index",
      header: [...frame.columns],
      rows,
      rowNumbers: rows.map((_, index) => index),
      numberStyle: "either",
    });
  }
  return tables;
}
