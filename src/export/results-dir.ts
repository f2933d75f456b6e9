/**
 * The environment variable naming the folder where a notebook writes files for the reader (a chapter's
 * results workbook). The workbook runner sets it for each notebook's kernel and links what the notebook
 * wrote there from the notebook's page; `writeChapterWorkbook` writes there.
 */
export const RESULTS_DIR_VARIABLE = "THROUGHPUT_ACCOUNTING_RESULTS_DIR";
