/**
 * Rich output in notebooks: results as HTML tables (text outside a kernel) and Plotly figures as HTML
 * with plotly.js inlined once per kernel session.
 */
export { escapeHtml, scriptJson } from "../text/escape";
export { cell, isNegativeCell, isNumericCell, type Cell, type Table, type TableColumn, type TableRow } from "./table";
export { formatCell, tableToHtml, tableToText, type RenderOptions } from "./render";
export { toTables, isDataFrameLike, keyLabel, type DisplayDataFrame, type TableOptions } from "./tables-of";
export { kernelDisplay, type DisplayTarget } from "./kernel";
export { show, tableHtml, tableText, type ShowOptions } from "./show";
export { feedbackHtml, feedbackText, isFeedback } from "./feedback-tables";
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
export {
  whatIf,
  whatIfHtml,
  whatIfSpec,
  whatIfBundleSource,
  whatIfBundleScriptHtml,
  whatIfBundlePath,
  pageBringsScripts,
  resetWhatIfSession,
  type WhatIfHtmlOptions,
  type WhatIfOptions,
} from "./what-if";
export {
  whatIfView,
  resolveControls,
  modelAt,
  specFromJson,
  type LiveFigure,
  type ResolvedControl,
  type WhatIfBasis,
  type WhatIfControl,
  type WhatIfSpec,
  type WhatIfView,
} from "./what-if-view";
export { record, recordedFigure, recordHtml, recordsInHtml, type RecordedFigure, type RecordOptions } from "./record";
