import type { Figure } from "../charts";
import { showChart } from "./chart";
import { emit, type DisplayTarget } from "./kernel";
import { tableToHtml, tableToText, type RenderOptions } from "./render";
import { toTables, type TableOptions } from "./tables-of";
import { explanationHtml, explanationText, isExplanation } from "../explain";
import { feedbackHtml, feedbackText, isFeedback } from "./feedback-tables";

/** Options of {@link show}, {@link tableHtml} and {@link tableText}. */
export interface ShowOptions extends RenderOptions, TableOptions {
  /**
   * Where to display: tslab's `display` (found by itself inside a kernel). Give it to show into a
   * `newDisplay()` that a later cell updates, or a stub in tests.
   */
  readonly display?: DisplayTarget;
}

/**
 * A result of the library (a report, a projection, a ranking, ...), a danfo DataFrame, an array of
 * records or a plain object as HTML tables: strings escaped, numbers right-aligned, money in its
 * currency and the reader's locale, negative numbers marked, totals marked.
 *
 * @example
 * tableHtml(throughputReport(salon, { period: "month-3" }), { locale: "ru" });
 * // '<div class="ta-output"><table class="ta-table" …>…Чистая прибыль (ЧП)…−50,00 ₽…'
 */
export function tableHtml(value: unknown, options: ShowOptions = {}): string {
  return `<div class="ta-output">${toTables(value, options)
    .map((table) => tableToHtml(table, options))
    .join("\n")}</div>`;
}

/**
 * The same tables as monospaced text, for a terminal.
 *
 * @example
 * console.log(tableText(reportByPeriod(salon)));
 */
export function tableText(value: unknown, options: ShowOptions = {}): string {
  return toTables(value, options)
    .map((table) => tableToText(table, options))
    .join("\n\n");
}

/**
 * Shows a value as tables: HTML in a tslab notebook, a readable text table anywhere else.
 *
 * @example
 * import { show, throughputReport } from "throughput-accounting";
 * show(throughputReport(salon, { period: "month-3" }));              // English, ₽
 * show(reportByPeriod(salon), { locale: "ru" });                     // Russian, with a totals row
 */
export function show(value: unknown, options: ShowOptions = {}): void {
  // A figure given to show() is meant to be seen as a chart, not as a table of its JSON.
  if (isFigure(value)) return showChart(value, options);
  // Sentences read as paragraphs, not as a one-column table.
  if (isExplanation(value)) {
    emit(explanationHtml(value), explanationText(value), options.display);
    return;
  }
  // Feedback is a verdict, not a table: a coloured ✓ or ✗ and the message in the exercise's language.
  if (isFeedback(value)) {
    emit(feedbackHtml(value), feedbackText(value), options.display);
    return;
  }
  emit(tableHtml(value, options), tableText(value, options), options.display);
}

function isFigure(value: unknown): value is Figure {
  return (
    typeof value === "object" &&
    value !== null &&
    Array.isArray((value as Figure).data) &&
    typeof (value as Figure).layout === "object" &&
    (value as Figure).layout !== null &&
    (value as Figure).data.every(
      (trace) => typeof trace === "object" && trace !== null && typeof trace.type === "string",
    )
  );
}
