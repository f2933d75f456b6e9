/**
 * The workbook runtime: run tslab notebooks headless, with parameters, and export them to offline HTML.
 *
 * @example
 * import { executeNotebookFile, notebookText } from "../../src/runtime";
 * const run = await executeNotebookFile("notebooks/03-ranking.ipynb", { parameters: { capacityHours: 120 } });
 * run.status;                  // "ok" | "failed" | "interrupted"
 * notebookText(run.notebook);  // every output's text, to look for a figure
 */
export { executeNotebook, executeNotebookFile } from "./execute/execute-notebook";
export type { ExecuteNotebookOptions, Failure, NotebookRun, ProgressEvent } from "./execute/execute-notebook";
export { describeFailure } from "./execute/report";
export { Kernel } from "./kernel/kernel";
export type { ExecuteResult, ExecuteStatus, KernelOptions } from "./kernel/kernel";
export { installKernelSpec } from "./kernelspec/install";
export type { InstallOutcome, InstallOptions } from "./kernelspec/install";
export { kernelDir, jupyterDataDir, kernelSpec, KERNEL_NAME, KERNEL_DISPLAY_NAME } from "./kernelspec/spec";
export { renderNotebookPage } from "./html/page";
export { renderIndexPage } from "./html/index-page";
export { notebookProblems, parseNotebook } from "./notebook/nbformat";
export type { Notebook, Output } from "./notebook/nbformat";
export { injectParameters, parseParameterArg } from "./notebook/parameters";
export { cellText, notebookText, outputText } from "./notebook/text";
export { listNotebooks } from "./notebook/discover";
export { runWorkbook } from "./workbook";
export type { WorkbookOptions, WorkbookResult } from "./workbook";
