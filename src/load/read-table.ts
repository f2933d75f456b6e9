import * as fs from "node:fs";
import * as path from "node:path";
import { decodeCsvBytes } from "./csv/decode";
import { encodingWarning } from "./sources/csv-table";
import { readCsvText } from "./csv/read-csv-text";
import { LoadError } from "./issues";

/**
 * What {@link readTable} returns: a danfo DataFrame, described here by what the workbook uses of it, so the
 * library's types never import danfojs-node (an optional peer: a project without it must still type-check
 * with `skipLibCheck: false`). With danfo installed, a cast to danfo's own DataFrame type gives the rest.
 */
export interface TableFrame {
  readonly columns: string[];
  readonly shape: number[];
  readonly values: unknown[];
  print(): void;
  head(rows?: number): TableFrame;
  toString(): string;
}

// The part of danfojs-node loadDanfo's callers use.
interface DanfoModule {
  readonly DataFrame: new (rows: unknown[][], options: { columns: string[]; dtypes: string[] }) => TableFrame;
}

/**
 * Reads one CSV file into a danfo DataFrame for looking at it in a notebook: every cell stays text exactly
 * as written (`"68,50"` stays `"68,50"`), since danfo's float32 columns must never hold money. Decoding,
 * separator detection and blank-row handling are the loader's own; problems throw a LoadError.
 * danfo is loaded only when this is called (see {@link loadDanfo}): it is an optional peer dependency.
 *
 * @example
 * readTable("data/salon/operating_expenses.csv").print();
 */
export function readTable(file: string): TableFrame {
  const name = path.basename(file);
  const decoded = decodeCsvBytes(fs.readFileSync(file), name);
  if (!decoded.success) throw new LoadError([decoded.issue], file);
  // No warning channel here: say it the way loadModel does by default.
  if (decoded.guessed) console.warn(`warning: ${name}: ${encodingWarning(decoded.encoding)}`);
  const csv = readCsvText(decoded.text, { file: name });
  if (csv.issues.length > 0) throw new LoadError(csv.issues, file);
  const width = csv.header.length;
  const rows = csv.rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ""));
  const danfo = loadDanfo("readTable");
  return new danfo.DataFrame(rows, { columns: [...csv.header], dtypes: csv.header.map(() => "string") });
}

/** What to run to get danfo, said by every function that needs it. */
export const DANFO_INSTALL = "npm install danfojs-node@1.2.0";

/**
 * danfojs-node, loaded on first use. It is an optional peer dependency of the package (it pulls
 * TensorFlow and, through its own dependencies, an `xlsx` from outside the npm registry), so a project
 * that only computes T, OE and NP never installs it; a function that needs it says how to get it.
 *
 * @example
 * const danfo = loadDanfo("readTable"); // throws "readTable needs danfojs-node ... npm install danfojs-node@1.2.0" when missing
 */
export function loadDanfo(caller: string): DanfoModule {
  try {
    return require("danfojs-node") as DanfoModule;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Only danfo itself missing is the user's setup; an error inside danfo is danfo's own, passed on.
    if (code !== "MODULE_NOT_FOUND" || !String((error as Error).message).includes("'danfojs-node'")) throw error;
    throw new Error(
      `${caller} needs danfojs-node, an optional peer dependency of throughput-accounting that is not installed. ` +
        `Install it in your project with \`${DANFO_INSTALL}\` (it downloads xlsx from cdn.sheetjs.com; where only the npm ` +
        `registry is reachable, the README's "danfojs-node" section shows the overrides that replace it). ` +
        `Everything else in the library works without it.`,
      { cause: error },
    );
  }
}
