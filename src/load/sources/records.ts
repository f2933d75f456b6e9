import type { RawTable, TableName } from "../table";
import { TABLE_NAMES } from "../table";

/** One table of in-memory records: objects keyed by the column names of the CSV format. */
export type RecordRow = Readonly<Record<string, unknown>>;

/** In-memory tables by name (`products`, `tvc`, `sales`, …; `model` is one record or a list of one). */
export type ModelRecords = Partial<Readonly<Record<Exclude<TableName, "model">, readonly RecordRow[]>>> & {
  readonly model?: RecordRow | readonly RecordRow[];
};

/**
 * Turns in-memory records into raw tables without touching them: the header is every key in order of
 * first appearance, the cells are the records' values as they are.
 *
 * @example
 * recordTables({ products: [{ id: "haircut", type: "service", price: "10" }] }); // Map { "products" => … }
 */
export function recordTables(records: ModelRecords, label = "records"): Map<TableName, RawTable> {
  const tables = new Map<TableName, RawTable>();
  for (const name of TABLE_NAMES) {
    const value = records[name];
    if (value === undefined) continue;
    const list: readonly RecordRow[] = Array.isArray(value) ? value : [value as RecordRow];
    const header: string[] = [];
    const seen = new Set<string>();
    for (const record of list) {
      for (const key of Object.keys(record)) {
        if (seen.has(key)) continue;
        seen.add(key);
        header.push(key);
      }
    }
    tables.set(name, {
      name,
      file: `${name} (${label})`,
      rowKind: "index",
      header,
      rows: list.map((record) => header.map((key) => record[key])),
      rowNumbers: list.map((_, index) => index),
      numberStyle: "either",
    });
  }
  return tables;
}
