import { toNumber, type Money } from "../core";
import { formatMoney, labels, type Labels, type Locale } from "../i18n";
import { currencySymbol, plotlySeparators, type CurrencyDisplay } from "../i18n/format";
import { resolveLocale } from "../i18n/locale";

/**
 * A Plotly trace: plain JSON as plotly.js takes it (`type`, `x`, `y`, `name`, ...). Typed loosely on
 * purpose: the builders below are the typed API, and plotly.js's own types would be a heavy dependency.
 */
export interface PlotlyTrace {
  readonly type: string;
  readonly [attribute: string]: unknown;
}

/** A Plotly layout: plain JSON (`title`, `xaxis`, `yaxis`, `shapes`, `annotations`, ...). */
export interface PlotlyLayout {
  readonly [attribute: string]: unknown;
}

/**
 * A chart as plain data: what `Plotly.newPlot(div, data, layout)` takes. No DOM, no plotly.js: build
 * and test it anywhere, show it with `showChart`.
 */
export interface Figure {
  readonly data: readonly PlotlyTrace[];
  readonly layout: PlotlyLayout;
}

/** Options every chart builder takes. */
export interface ChartOptions {
  /** `"en"` (default) or `"ru"`: labels, hover amounts and the axes' decimal and thousands marks. */
  readonly locale?: string;
  /** A title instead of the chart's own. */
  readonly title?: string;
  /** How hover amounts show their currency (default `"symbol"`). */
  readonly currencyDisplay?: CurrencyDisplay;
  /** Height in pixels (default 440). */
  readonly height?: number;
}

/** The colours of the workbook: one colour per quantity in every chart, so T is always green. */
export const COLORS = {
  throughput: "#2e7d32",
  operatingExpense: "#ef6c00",
  netProfit: "#1565c0",
  negative: "#c62828",
  revenue: "#6d4c41",
  totallyVariableCost: "#9e9e9e",
  capacity: "#c62828",
  second: "#7b1fa2",
} as const;

/**
 * Escapes a string for Plotly's text (titles, tick labels, legend, hover): Plotly reads `<b>`, `<br>`,
 * `<a href>` in any text as markup, so a user's product name must go in as entities. Plotly decodes
 * `&lt;` `&gt;` `&amp;` back to the characters, so the reader sees the name exactly as written.
 *
 * @example
 * plotlyText("<img src=x onerror=alert(1)>"); // "&lt;img src=x onerror=alert(1)&gt;"
 */
export function plotlyText(text: string): string {
  return String(text).replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));
}

/** What every builder needs from its options, resolved once. */
export interface ChartContext {
  readonly locale: Locale;
  readonly l: Labels;
  readonly amount: (value: Money, signed?: boolean) => string;
  readonly number: (value: Money) => number;
  readonly moneyAxis: (title: string, currency: string) => string;
}

export function chartContext(options: ChartOptions): ChartContext {
  const locale = resolveLocale(options.locale);
  return {
    locale,
    l: labels(locale),
    // Hover shows the exact amount, formatted from the decimal; only the bar's length is a float.
    amount: (value, signed = false) => plotlyText(formatMoney(value, { locale, currencyDisplay: options.currencyDisplay ?? "symbol", signed })),
    number: (value) => toNumber(value),
    moneyAxis: (title, currency) => plotlyText(`${title}, ${currencySymbol(currency, locale)}`),
  };
}

/**
 * The layout every chart starts from: its title (escaped), the locale's number separators, a legend
 * under the plot, and a fixed font so a page renders the same offline.
 */
export function baseLayout(title: string, options: ChartOptions, extra: PlotlyLayout = {}): PlotlyLayout {
  return {
    title: { text: plotlyText(options.title ?? title) },
    separators: plotlySeparators(options.locale),
    height: options.height ?? 440,
    margin: { l: 70, r: 30, t: 60, b: 110 },
    // At the bottom of the whole figure, below the x-axis title, so the two never overlap.
    legend: { orientation: "h", x: 0, xanchor: "left", yref: "container", y: 0, yanchor: "bottom" },
    hoverlabel: { align: "left" },
    font: { family: "system-ui, -apple-system, Segoe UI, Roboto, sans-serif", size: 13 },
    ...extra,
  };
}

/** A horizontal dashed line across the plot (a capacity, an OE level). */
export function horizontalLine(y: number, color: string, yref = "y", xref = "paper"): PlotlyLayout {
  return { type: "line", xref, x0: 0, x1: 1, yref, y0: y, y1: y, line: { color, width: 2, dash: "dash" } };
}
