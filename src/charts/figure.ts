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
    amount: (value, signed = false) =>
      plotlyText(formatMoney(value, { locale, currencyDisplay: options.currencyDisplay ?? "symbol", signed })),
    number: (value) => toNumber(value),
    moneyAxis: (title, currency) => plotlyText(`${title}, ${currencySymbol(currency, locale)}`),
  };
}

/**
 * The layout every chart starts from: its title (escaped), the locale's number separators, a legend
 * under the plot, and a fixed font so a page renders the same offline.
 */
export function baseLayout(title: string, options: ChartOptions, extra: PlotlyLayout = {}): PlotlyLayout {
  const lines = titleLines(options.title ?? title);
  const layout: PlotlyLayout = {
    title: { text: lines.map(plotlyText).join("<br>") },
    separators: plotlySeparators(options.locale),
    height: options.height ?? 440,
    margin: { l: 70, r: 30, t: 60, b: 110 },
    // At the bottom of the whole figure, below the x-axis title, so the two never overlap.
    legend: { orientation: "h", x: 0, xanchor: "left", yref: "container", y: 0, yanchor: "bottom" },
    hoverlabel: { align: "left" },
    font: { family: "system-ui, -apple-system, Segoe UI, Roboto, sans-serif", size: 13 },
    ...extra,
  };
  if (lines.length === 1) return layout;
  // A second title line needs room above the plot, or Plotly draws it over the top of the axes.
  const margin = (layout.margin ?? {}) as { readonly t?: number };
  return { ...layout, margin: { ...margin, t: (margin.t ?? 60) + 22 * (lines.length - 1) } };
}

/** Characters a title line may hold before it is broken (Plotly never wraps a title, it cuts it off). */
export const TITLE_LINE_LENGTH = 64;

/**
 * A title broken into lines of at most about {@link TITLE_LINE_LENGTH} characters, at " — ", ": ", ", "
 * or a space, so long Russian titles stay whole inside the figure.
 *
 * @example
 * titleLines("Загрузка РОМ нарастающим итогом: Stylists' chair time — Проход (T) 11 955,00 ₽, Чистая прибыль (ЧП) 11 915,00 ₽");
 * // ["Загрузка РОМ нарастающим итогом: Stylists' chair time —", "Проход (T) 11 955,00 ₽, Чистая прибыль (ЧП) 11 915,00 ₽"]
 */
export function titleLines(title: string, max = TITLE_LINE_LENGTH): string[] {
  const lines: string[] = [];
  let rest = title.trim();
  while ([...rest].length > max) {
    const head = rest.slice(0, max + 1);
    const cut = [" — ", ": ", ", ", " "]
      .map((mark) => ({ mark, at: head.lastIndexOf(mark) }))
      .find(({ at }) => at > max / 3);
    if (cut === undefined) break;
    const end = cut.at + cut.mark.trimEnd().length;
    lines.push(rest.slice(0, end).trimEnd());
    rest = rest.slice(end).trimStart();
  }
  lines.push(rest);
  return lines;
}

/** A horizontal dashed line across the plot (a capacity, an OE level). */
export function horizontalLine(y: number, color: string, yref = "y", xref = "paper"): PlotlyLayout {
  return { type: "line", xref, x0: 0, x1: 1, yref, y0: y, y1: y, line: { color, width: 2, dash: "dash" } };
}
