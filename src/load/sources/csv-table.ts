import { decodeCsvBytes } from "../csv/decode";
import { readCsvText } from "../csv/read-csv-text";
import type { LoadIssue } from "../issues";
import type { RawTable, TableName } from "../table";

/**
 * Turns the bytes of one CSV file into a raw table: strict UTF-8 decoding, separator detection, cells as
 * written. A `;`-separated file reads commas in numbers as decimal commas.
 *
 * @example
 * csvTable("sales", "sales.csv", fs.readFileSync("data/salon/sales.csv"));
 */
export function csvTable(name: TableName, file: string, bytes: Uint8Array): { table?: RawTable; issues: readonly LoadIssue[] } {
  const decoded = decodeCsvBytes(bytes, file);
  if (!decoded.success) return { issues: [decoded.issue] };
  const csv = readCsvText(decoded.text, { file });
  if (csv.header.length === 0) return { issues: csv.issues };
  return {
    table: {
      name,
      file,
      rowKind: "row",
      header: csv.header,
      rows: csv.rows,
      rowNumbers: csv.rowNumbers,
      numberStyle: csv.separator === ";" ? "decimal-comma" : "either",
    },
    issues: csv.issues,
  };
}
