/**
 * The report sheets `reportWorkbook` (src/export/xlsx) writes beside a model's own sheets. The workbook
 * loader skips them without a warning, so a results workbook reads back as its model.
 */
export const REPORT_SHEETS = ["report", "ranking", "battle map", "political mix", "optimal mix"] as const;

/** One of {@link REPORT_SHEETS}. */
export type ReportSheet = (typeof REPORT_SHEETS)[number];
