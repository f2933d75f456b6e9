/**
 * Loading a model: a folder of CSV files, in-memory records or danfo DataFrames, every problem reported
 * at once with its file, row and column. Parse throws (`loadModel`), safeParse returns (`safeLoadModel`).
 */
export {
  loadModel,
  safeLoadModel,
  modelFromRecords,
  safeModelFromRecords,
  modelFromDataFrames,
  safeModelFromDataFrames,
} from "./load-model";
export type { SafeLoadResult } from "./load-model";
export type { ModelRecords, RecordRow } from "./sources/records";
export type { ModelDataFrames, DataFrameLike } from "./sources/dataframes";
export { LoadError, formatLoadIssue, formatLoadWarning, type LoadIssue, type LoadWarning } from "./issues";
export { readTable, type TableFrame } from "./read-table";
export { loadWorkbookModel, safeLoadWorkbookModel } from "./sources/xlsx-load";
