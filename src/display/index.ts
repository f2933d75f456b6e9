/**
 * Rich output in notebooks: results as HTML tables (text outside a kernel) and Plotly figures as HTML
 * with plotly.js inlined once per kernel session.
 */
export { show, tableHtml, tableText, type ShowOptions } from "./show";
export { toTables } from "./tables-of";
export type { Table, TableRow } from "./table";
export type { DisplayTarget } from "./kernel";
export { chartHtml, showChart, figureText } from "./chart";
export { whatIf, whatIfHtml, type WhatIfHtmlOptions, type WhatIfOptions } from "./what-if";
export type { WhatIfControl, WhatIfSpec } from "./what-if-view";
export { record, type RecordOptions } from "./record";
