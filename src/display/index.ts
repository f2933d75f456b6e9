/**
 * Rich output in notebooks: results as HTML tables (text outside a kernel) and Plotly figures as HTML
 * with plotly.js inlined once per kernel session.
 */
export { escapeHtml, scriptJson } from "./escape";
export { cell, isNegativeCell, isNumericCell, type Cell, type Table, type TableColumn, type TableRow } from "./table";
export { formatCell, tableToHtml, tableToText, type RenderOptions } from "./render";
export { toTables, type TableOptions } from "./tables-of";
export { isDataFrameLike, keyLabel, type DisplayDataFrame } from "./generic-tables";
export { kernelDisplay, type DisplayTarget } from "./kernel";
export { show, tableHtml, tableText, type ShowOptions } from "./show";
export {
  chartHtml,
  showChart,
  loadPlotly,
  plotlyScriptHtml,
  plotlySource,
  resetPlotlySession,
  figureText,
  type ChartHtmlOptions,
  type ShowChartOptions,
  type InlinePlotly,
} from "./chart";
