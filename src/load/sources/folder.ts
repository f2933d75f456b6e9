import * as fs from "node:fs";
import * as path from "node:path";
import { loadIssue } from "../issues";
import type { Sink } from "../reader";
import { TABLE_NAMES, type RawTable, type TableName } from "../table";
import { csvTable } from "./csv-table";
import { ARROW_ENDINGS, arrowTable } from "./arrow";
import { FILE_NAMES } from "./file-names";

/**
 * Reads the CSV files of a model folder into raw tables (a table may instead be an Arrow IPC / Feather v2
 * file, `products.arrow` or `products.feather`, read by sources/arrow.ts). Missing optional files are simply absent; a CSV
 * file with another name is reported as a warning (a typo like `resource.csv` must not go unnoticed).
 *
 * @example
 * const tables = readFolderTables("data/salon", sink); // Map { "products" => …, "tvc" => …, … }
 */
export function readFolderTables(folder: string, sink: Sink): Map<TableName, RawTable> {
  const tables = new Map<TableName, RawTable>();
  let entries: string[];
  try {
    if (!fs.statSync(folder).isDirectory()) throw new Error("not a folder");
    entries = fs.readdirSync(folder);
  } catch {
    sink.issues.push(
      loadIssue({
        code: "missing_folder",
        file: folder,
        value: folder,
        expected: "a folder holding products.csv and the other CSV files of a model",
        message: "no such folder",
      }),
    );
    return tables;
  }
  const known = new Set(Object.values(FILE_NAMES));
  for (const entry of entries)
    if (entry.toLowerCase().endsWith(".csv") && !known.has(entry))
      sink.warnings.push({
        file: entry,
        message: `not a file of the model format, ignored (the files are: ${[...known].join(", ")})`,
      });
    else if (
      /\.(arrow|feather)$/i.test(entry) &&
      !TABLE_NAMES.some((name) => ARROW_ENDINGS.some((ending) => entry === `${name}${ending}`))
    )
      sink.warnings.push({
        file: entry,
        message: `an Arrow file that names no table, ignored (the tables are: ${TABLE_NAMES.join(", ")}, as products.arrow or products.feather)`,
      });
    else if (/\.(xlsx|ods)$/i.test(entry))
      // A workbook needs the asynchronous loader; say so rather than load the folder without it.
      sink.warnings.push({
        file: entry,
        message:
          "a workbook, ignored here: loadModel reads CSV files; load the folder with `await loadWorkbookModel(folder)` to read workbooks too",
      });
  for (const name of TABLE_NAMES) {
    const file = FILE_NAMES[name];
    // The same table exported as Arrow IPC / Feather v2 (`products.arrow`), read with the same checks.
    const arrowFile = ARROW_ENDINGS.map((ending) => `${name}${ending}`).find((candidate) =>
      entries.includes(candidate),
    );
    if (arrowFile !== undefined) {
      if (entries.includes(file)) {
        sink.issues.push(
          loadIssue({
            code: "duplicate_table",
            file: arrowFile,
            value: `${file} and ${arrowFile}`,
            expected: `one file for the ${name} table`,
            message: "two files for one table",
          }),
        );
        continue;
      }
      const { table, issues } = arrowTable(name, arrowFile, fs.readFileSync(path.join(folder, arrowFile)));
      sink.issues.push(...issues);
      if (table) tables.set(name, table);
      continue;
    }
    if (!entries.includes(file)) continue;
    const { table, issues, warnings } = csvTable(name, file, fs.readFileSync(path.join(folder, file)));
    sink.issues.push(...issues);
    sink.warnings.push(...warnings);
    if (table) tables.set(name, table);
  }
  return tables;
}
