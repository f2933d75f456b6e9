import * as path from "node:path";
import type { BusinessModel } from "../core/model/types";
import { buildModel, type BuildOptions, type BuildResult } from "./build-model";
import { LoadError, formatLoadWarning, type LoadWarning } from "./issues";
import type { Sink } from "./reader";
import { readFolderTables } from "./sources/folder";
import { fastLoadFolder } from "./fast/folder";
import { recordTables, type ModelRecords } from "./sources/records";
import { dataFrameTables, type ModelDataFrames } from "./sources/dataframes";

/** Options of the loaders. */
export interface LoadOptions extends BuildOptions {
  /**
   * Called with each warning (an ignored column, an unknown file) when the model loads. Default: print it
   * with `console.warn`, so nothing the user wrote is dropped without a word. Pass `() => {}` to silence.
   */
  readonly onWarning?: (warning: LoadWarning) => void;
}

/** What the `safe…` loaders return: zod style, never throws for bad input. */
export type SafeLoadResult =
  | { readonly success: true; readonly model: BusinessModel; readonly warnings: readonly LoadWarning[] }
  | { readonly success: false; readonly error: LoadError; readonly warnings: readonly LoadWarning[] };

function settle(result: BuildResult, source: string): SafeLoadResult {
  return result.success
    ? result
    : { success: false, error: new LoadError(result.issues, source), warnings: result.warnings };
}

function unwrap(result: SafeLoadResult, options: LoadOptions): BusinessModel {
  if (!result.success) throw result.error;
  const report =
    options.onWarning ?? ((warning: LoadWarning) => console.warn(`warning: ${formatLoadWarning(warning)}`));
  for (const warning of result.warnings) report(warning);
  return result.model;
}

/**
 * Loads a model from a folder of CSV files (see data/README.md), or returns every problem as data.
 * Synchronous, so it reads naturally in a notebook cell.
 *
 * @example
 * const result = safeLoadModel("data/salon");
 * if (result.success) console.log(result.model.products[0].name);
 * else console.log(result.error.issues.map((issue) => `${issue.file} row ${issue.row}: ${issue.message}`));
 */
export function safeLoadModel(folder: string, options: BuildOptions = {}): SafeLoadResult {
  // Big, well-formed folders take the byte scanner (src/load/fast); anything else, and every problem, the
  // careful path below, which gives every message.
  const model = fastLoadFolder(folder, { ...options, name: options.name ?? path.basename(path.resolve(folder)) });
  if (model) return { success: true, model, warnings: [] };
  return carefulLoadModel(folder, options);
}

/**
 * {@link safeLoadModel} without the fast path: every cell read as text and checked (the differential
 * test compares the two).
 *
 * @example
 * carefulLoadModel("data/salon").success; // true
 */
export function carefulLoadModel(folder: string, options: BuildOptions = {}): SafeLoadResult {
  const sink: Sink = { issues: [], warnings: [] };
  const tables = readFolderTables(folder, sink);
  const name = options.name ?? path.basename(path.resolve(folder));
  // A folder that cannot be read has its one issue; "no products table" on top of it would only repeat it.
  if (sink.issues.length > 0 && tables.size === 0)
    return settle({ success: false, issues: sink.issues, warnings: sink.warnings }, `the model in ${folder}`);
  return settle(buildModel(tables, { ...options, name }, sink), `the model in ${folder}`);
}

/**
 * Loads a model from a folder of CSV files, or throws one {@link LoadError} listing every problem with
 * its file, row, column, the value as written and what was expected.
 *
 * @example
 * const salon = loadModel("data/salon");
 * throughputPerUnit(salon.products[0]); // 5 RUB
 */
export function loadModel(folder: string, options: LoadOptions = {}): BusinessModel {
  return unwrap(safeLoadModel(folder, options), options);
}

/**
 * Like {@link modelFromRecords}, but returns the problems instead of throwing.
 *
 * @example
 * safeModelFromRecords({ products: [{ id: "x", type: "product", price: -1 }] }).success; // false
 */
export function safeModelFromRecords(records: ModelRecords, options: BuildOptions = {}): SafeLoadResult {
  return settle(buildModel(recordTables(records), options), "the records");
}

/**
 * Builds a model from in-memory records with the same column names as the CSV files; values may be text
 * (read exactly like a CSV cell, `"68,50"` included) or numbers. The records are never modified.
 *
 * @example
 * const salon = modelFromRecords({
 *   products: [{ id: "haircut", type: "service", price: 10 }],
 *   tvc: [{ product_id: "haircut", kind: "piece-rate", amount: 3 }, { product_id: "haircut", kind: "materials", amount: "2" }],
 *   sales: [{ period: "month-1", product_id: "haircut", quantity: 10 }],
 * });
 */
export function modelFromRecords(records: ModelRecords, options: LoadOptions = {}): BusinessModel {
  return unwrap(safeModelFromRecords(records, options), options);
}

/**
 * Like {@link modelFromDataFrames}, but returns the problems instead of throwing.
 *
 * @example
 * safeModelFromDataFrames({ products: readTable("data/salon/products.csv") });
 */
export function safeModelFromDataFrames(frames: ModelDataFrames, options: BuildOptions = {}): SafeLoadResult {
  return settle(buildModel(dataFrameTables(frames), options), "the DataFrames");
}

/**
 * Builds a model from danfo DataFrames (one per table, CSV column names). Money is read from each cell's
 * text, so DataFrames from `readTable` (text as written) load exactly; numeric columns are read from each
 * number's shortest decimal text, and a NaN is reported, never loaded.
 *
 * @example
 * const model = modelFromDataFrames({ products: readTable("data/salon/products.csv"), tvc: readTable("data/salon/tvc.csv") });
 */
export function modelFromDataFrames(frames: ModelDataFrames, options: LoadOptions = {}): BusinessModel {
  return unwrap(safeModelFromDataFrames(frames, options), options);
}
