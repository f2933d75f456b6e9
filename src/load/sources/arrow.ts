import { loadIssue, type LoadIssue } from "../issues";
import type { RawTable, TableName } from "../table";

/** The file endings read as Arrow IPC (Feather v2 is the same format), in the order they are looked for. */
export const ARROW_ENDINGS = [".arrow", ".feather"] as const;

// The part of apache-arrow this module uses.
interface ArrowModule {
  tableFromIPC(bytes: Uint8Array): {
    readonly numRows: number;
    readonly schema: { readonly fields: readonly { readonly name: string }[] };
    getChildAt(index: number): { get(row: number): unknown } | null;
  };
}

/**
 * Turns the bytes of one Arrow IPC file (`products.arrow`, or Feather v2 `products.feather`) into a raw
 * table for the same checks as a CSV file: each column by its name, each value as the cell (text stays
 * text, a number is read from its shortest decimal text, null is blank). Rows are records counted from 0,
 * so an issue says `products.arrow record 3, column price`. apache-arrow is loaded only here.
 *
 * @example
 * arrowTable("products", "products.arrow", fs.readFileSync("exports/products.arrow")).table?.rows.length;
 */
export function arrowTable(
  name: TableName,
  file: string,
  bytes: Uint8Array,
): { table?: RawTable; issues: readonly LoadIssue[] } {
  let arrow: ReturnType<ArrowModule["tableFromIPC"]>;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    arrow = (require("apache-arrow") as ArrowModule).tableFromIPC(bytes);
  } catch (error) {
    return {
      issues: [
        loadIssue({
          code: "not_arrow",
          file,
          value: String((error as Error).message ?? error).slice(0, 200),
          expected:
            "an Arrow IPC file (Feather v2), as pyarrow's feather.write_feather or apache-arrow's tableToIPC write",
          message: "not an Arrow file",
        }),
      ],
    };
  }
  const header = arrow.schema.fields.map((field) => field.name);
  const columns = header.map((_, index) => arrow.getChildAt(index));
  const rows: unknown[][] = [];
  const rowNumbers: number[] = [];
  for (let row = 0; row < arrow.numRows; row++) {
    const cells: unknown[] = new Array<unknown>(header.length);
    for (let column = 0; column < header.length; column++) {
      const value = columns[column]?.get(row);
      cells[column] = value === null || value === undefined ? "" : value;
    }
    rows.push(cells);
    rowNumbers.push(row);
  }
  return { table: { name, file, rowKind: "index", header, rows, rowNumbers, numberStyle: "either" }, issues: [] };
}
