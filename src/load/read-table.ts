import * as fs from "node:fs";
import * as path from "node:path";
import type { DataFrame } from "danfojs-node";
import { decodeCsvBytes } from "./csv/decode";
import { readCsvText } from "./csv/read-csv-text";
import { LoadError } from "./issues";

/**
 * Reads one CSV file into a danfo DataFrame for looking at it in a notebook: every cell stays text exactly
 * as written (`"68,50"` stays `"68,50"`), since danfo's float32 columns must never hold money. Decoding,
 * separator detection and blank-row handling are the loader's own; problems throw a LoadError.
 * danfo is required only when this is called, so loading models does not pay for it.
 *
 * @example
 * readTable("data/salon/operating_expenses.csv").print();
 */
export function readTable(file: string): DataFrame {
  const name = path.basename(file);
  const decoded = decodeCsvBytes(fs.readFileSync(file), name);
  if (!decoded.success) throw new LoadError([decoded.issue], file);
  const csv = readCsvText(decoded.text, { file: name });
  if (csv.issues.length > 0) throw new LoadError(csv.issues, file);
  const width = csv.header.length;
  const rows = csv.rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ""));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const danfo = require("danfojs-node") as typeof import("danfojs-node");
  return new danfo.DataFrame(rows, { columns: [...csv.header], dtypes: csv.header.map(() => "string") });
}
