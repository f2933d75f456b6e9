/**
 * Exports at the edge: report workbooks (.xlsx) with formulas a trainer can edit, beside the model's own
 * tables so the file reads back as the same model.
 */
export {
  reportWorkbook,
  reportWorkbookBytes,
  writeReportWorkbook,
  writeChapterWorkbook,
  RESULTS_DIR_VARIABLE,
  REPORT_SHEETS,
} from "./xlsx/report-workbook";
export type { ReportWorkbookOptions, ReportSheet } from "./xlsx/report-workbook";
export { sweepWorkbook, writeSweepWorkbook } from "./xlsx/sweep-workbook";
export type { SweepWorkbookOptions } from "./xlsx/sweep-workbook";
export { comparisonWorkbook, writeComparisonWorkbook } from "./xlsx/comparison-workbook";
export type { ComparedRun, ComparedValue, ComparisonWorkbookOptions } from "./xlsx/comparison-workbook";
export { tornadoWorkbook, writeTornadoWorkbook } from "./xlsx/tornado-workbook";
export type { TornadoWorkbookOptions } from "./xlsx/tornado-workbook";
