import { decodeCsvBytes, ENCODING_NAMES, type TextEncoding } from "../csv/decode";
import { readCsvText } from "../csv/read-csv-text";
import type { LoadIssue, LoadWarning } from "../issues";
import type { RawTable, TableName } from "../table";

/**
 * Turns the bytes of one CSV file into a raw table: decoding (UTF-8, UTF-16, Windows-1251; see
 * decodeCsvBytes), separator detection or Excel's `sep=` line, cells as written. A `;`-separated file
 * reads commas in numbers as decimal commas. When the encoding had to be guessed, a warning says which
 * one was read, so names that come out garbled point at their cause.
 *
 * @example
 * csvTable("sales", "sales.csv", fs.readFileSync("data/salon/sales.csv"));
 */
export function csvTable(
  name: TableName,
  file: string,
  bytes: Uint8Array,
): { table?: RawTable; issues: readonly LoadIssue[]; warnings: readonly LoadWarning[] } {
  const decoded = decodeCsvBytes(bytes, file);
  if (!decoded.success) return { issues: [decoded.issue], warnings: [] };
  const warnings: LoadWarning[] = decoded.guessed ? [{ file, message: encodingWarning(decoded.encoding) }] : [];
  const csv = readCsvText(decoded.text, { file });
  if (csv.header.length === 0) return { issues: csv.issues, warnings };
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
    warnings,
  };
}

/**
 * The warning for a file whose encoding was guessed.
 *
 * @example
 * encodingWarning("windows-1251"); // 'read as Windows-1251 (the bytes are not UTF-8); …'
 */
export function encodingWarning(encoding: TextEncoding): string {
  const why = encoding === "windows-1251" ? "the bytes are not UTF-8" : "UTF-16 text without a byte-order mark";
  return `read as ${ENCODING_NAMES[encoding]} (${why}); if names look garbled, save the file as "CSV UTF-8"`;
}
