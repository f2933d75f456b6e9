/**
 * Loading models: a folder of CSV files, in-memory records or danfo DataFrames, all through the same
 * checks. The format is documented in data/README.md.
 */
export { loadModel, safeLoadModel, modelFromRecords, safeModelFromRecords, modelFromDataFrames, safeModelFromDataFrames } from "./load-model";
export type { LoadOptions, SafeLoadResult } from "./load-model";
export type { BuildOptions } from "./build-model";
export type { ModelRecords, RecordRow } from "./sources/records";
export type { ModelDataFrames, DataFrameLike } from "./sources/dataframes";
export { LoadError, formatLoadIssue, formatLoadWarning } from "./issues";
export type { LoadIssue, LoadWarning } from "./issues";
export { readCsvText } from "./csv/read-csv-text";
export type { CsvText, ReadCsvTextOptions } from "./csv/read-csv-text";
export { decodeCsvBytes } from "./csv/decode";
export { detectSeparator, type CsvSeparator } from "./csv/separator";
export { readNumberText, type NumberStyle, type NumberText } from "./parse/number";
export { readTable, type TableFrame } from "./read-table";
export { FILE_NAMES } from "./sources/file-names";
export { TABLE_NAMES, type TableName } from "./table";
export { loadWorkbookModel, safeLoadWorkbookModel } from "./sources/xlsx-load";
