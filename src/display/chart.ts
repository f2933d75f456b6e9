/**
 * Charts in notebooks, offline. The decision on plotly.js, and why:
 *
 * - Output format: `text/html` with plotly.js inlined, not Plotly's JSON mime type, which only VS Code
 *   renders. JupyterLab, Notebook 7, classic Notebook and VS Code all run scripts of `text/html` outputs
 *   of a trusted notebook (one the reader ran), and all of them render a notebook's outputs into one
 *   document (VS Code: one webview for the whole notebook), so `window.Plotly` set by one output is
 *   there for the next.
 * - Once per kernel session: the first `showChart` of the kernel process inlines plotly.js (≈4.8 MB);
 *   later ones reuse `window.Plotly`. A kernel restart starts a new session, so the next chart inlines it
 *   again (a no-op on a page that still has it, thanks to the `if (!window.Plotly)` guard).
 * - Every chart waits: its script polls for `window.Plotly` (50 ms, up to `waitSeconds`) before drawing,
 *   so it draws whether its script runs before or after the bundle — an exported page that inlines
 *   plotly.js once in its head or at the end, a notebook re-rendered lazily (JupyterLab's windowing, VS
 *   Code's virtualised outputs) where a later output renders first. Each chart has its own div id
 *   (random per session + counter), so two sessions' outputs on one page never collide.
 * - When it cannot work: a saved notebook whose only copy of plotly.js was in an output that was later
 *   cleared or re-run (the state says "sent" but the page lost it), or a notebook the reader has not
 *   trusted (Jupyter strips scripts). The chart then says in its place what to do;
 *   `showChart(fig, { inlinePlotly: "always" })`, `resetPlotlySession()` or a first cell with
 *   `loadPlotly()` fix it.
 * - Under the runner (`npm start`): its kernels run with `THROUGHPUT_ACCOUNTING_PAGE_SCRIPTS=external`,
 *   so no output inlines plotly.js; the exported page loads the handout's one copy (out/assets/) in its
 *   head, and the executed copy gets a picture of each chart (`image/svg+xml` beside the HTML and an
 *   `<img>` inside it) for viewers that run no script.
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Figure } from "../charts";
import { labels } from "../i18n";
import { escapeHtml, scriptJson } from "../text/escape";
import { emit, type DisplayTarget } from "./kernel";
import { pageBringsScripts } from "./what-if";

/** Options of {@link chartHtml}. */
export interface ChartHtmlOptions {
  /** The chart div's id; default a fresh unique one (`ta-chart-<session>-<n>`), so outputs never collide. */
  readonly id?: string;
  /** Put plotly.js (about 4.8 MB) in front of the chart. Default false: see {@link showChart}. */
  readonly includePlotly?: boolean;
  /** plotly.js `config` (default: responsive, no Plotly logo). */
  readonly config?: Readonly<Record<string, unknown>>;
  /** How long the chart waits for plotly.js to appear before it says so in its place; default 60 s. */
  readonly waitSeconds?: number;
  /** Language of that message. */
  readonly locale?: string;
}

/** When {@link showChart} inlines plotly.js. */
export type InlinePlotly = "once" | "always" | "never";

/** Options of {@link showChart}. */
export interface ShowChartOptions extends Omit<ChartHtmlOptions, "includePlotly"> {
  /**
   * `"once"` (default): in the first chart of the kernel session only; later charts reuse
   * `window.Plotly`. `"always"`: in this chart too (a notebook whose earlier outputs were cleared).
   * `"never"`: the page brings plotly.js itself.
   */
  readonly inlinePlotly?: InlinePlotly;
  /** Where to display (tslab's `display`, found by itself inside a kernel). */
  readonly display?: DisplayTarget;
}

const SESSION = randomBytes(4).toString("hex");
let chartCounter = 0;
let plotlySent = false;
let plotlyCache: string | undefined;

/**
 * plotly.js from the installed plotly.js-dist-min, as text: the bundle cannot be `require`d in Node
 * (it expects a browser), so it is read from disk, once.
 */
export function plotlySource(): string {
  plotlyCache ??= readFileSync(require.resolve("plotly.js-dist-min"), "utf8");
  return plotlyCache;
}

/**
 * The `<script>` that defines `window.Plotly`, offline. It does nothing when plotly.js is already on the
 * page (a second copy would replace the first under charts already drawn), and hides `define`,
 * `module` and `exports` from the bundle so it sets `window.Plotly` even where require.js (classic
 * Jupyter Notebook) or a CommonJS shim is on the page. The `data-throughput-accounting` attribute
 * names it for a reader of the HTML; the runner's kernels never send it (the pages load a shared copy).
 *
 * @example
 * display.html(plotlyScriptHtml()); // then charts with { inlinePlotly: "never" }
 */
export function plotlyScriptHtml(): string {
  const source = plotlySource().replace(/<\/script/gi, "<\\/script");
  return (
    `<script data-throughput-accounting="plotly.js">${source.slice(0, source.indexOf("*/") + 2)}\nif ` +
    `(!window.Plotly) { (function (define, module, exports) {\n${source}\n}).call(window); }\n</script>`
  );
}

/**
 * A figure as HTML that draws itself wherever scripts run: a unique div and a script that waits for
 * `window.Plotly` (it may be inlined by an earlier output, or by the exported page's head after this
 * output in the document) and then draws. Every string of the figure is in JSON that cannot end the
 * script element. Pure: the same options give the same HTML.
 *
 * @example
 * chartHtml(rankingFigure(rankProducts(salon)), { id: "ranking", includePlotly: true });
 * // '<script data-throughput-accounting="plotly.js">…</script><div id="ranking" class="ta-chart …" …></div><script>…</script>'
 */
export function chartHtml(figure: Figure, options: ChartHtmlOptions = {}): string {
  const id = options.id ?? nextChartId();
  const height = typeof figure.layout.height === "number" ? figure.layout.height : 440;
  const config = options.config ?? { responsive: true, displaylogo: false };
  const waitMs = Math.max(0, Math.round((options.waitSeconds ?? 60) * 1000));
  const message = labels(options.locale).plotlyMissing;
  const script =
    `(function () {\n` +
    `  var id = ${scriptJson(id)}, figure = ${scriptJson(figure)}, config = ${scriptJson(config)};\n` +
    `  var deadline = Date.now() + ${waitMs};\n` +
    `  function draw() {\n` +
    `    var div = document.getElementById(id);\n` +
    `    if (div && window.Plotly && typeof window.Plotly.newPlot === "function")\n` +
    `      { window.Plotly.newPlot(div, figure.data, figure.layout, config); return; }\n` +
    `    if (Date.now() > deadline) { if (div) div.textContent = ${scriptJson(message)}; return; }\n` +
    `    setTimeout(draw, 50);\n` +
    `  }\n` +
    `  draw();\n` +
    `})();`;
  const div = `<div id="${escapeHtml(id)}" class="ta-chart plotly-graph-div" style="width:100%;min-height:${height}px"></div>`;
  return `${options.includePlotly ? plotlyScriptHtml() : ""}${div}<script>\n${script}\n</script>`;
}

function nextChartId(): string {
  chartCounter += 1;
  return `ta-chart-${SESSION}-${chartCounter}`;
}

/**
 * Shows a figure in the notebook. plotly.js is inlined in the first chart of the kernel session (this
 * module's state lives as long as the kernel process) and later charts reuse `window.Plotly`; a chart
 * whose page has no plotly.js after `waitSeconds` says so in its place. Outside a kernel it prints a
 * one-line description instead.
 *
 * @example
 * import { showChart, rankingFigure, rankProducts } from "throughput-accounting";
 * showChart(rankingFigure(rankProducts(salon)));
 * showChart(rankingFigure(rankProducts(salon)), { locale: "ru", inlinePlotly: "always" });
 */
export function showChart(figure: Figure, options: ShowChartOptions = {}): void {
  // Under `npm start` the exported page loads plotly.js once itself (the runner says so through the
  // kernel's environment), so no output carries a copy of its own.
  const mode = pageBringsScripts() ? "never" : (options.inlinePlotly ?? "once");
  const includePlotly = mode === "always" || (mode === "once" && !plotlySent);
  const html = chartHtml(figure, { ...options, includePlotly });
  if (emit(html, figureText(figure), options.display) === "html" && includePlotly) plotlySent = true;
}

/**
 * Displays plotly.js alone, for a notebook's first cell, so that chart outputs stay small and any chart
 * cell can be re-run; later {@link showChart} calls do not inline it again.
 *
 * @example
 * loadPlotly(); // first cell
 */
export function loadPlotly(options: { readonly display?: DisplayTarget } = {}): void {
  if (pageBringsScripts()) return;
  if (emit(plotlyScriptHtml(), "plotly.js is only needed in a notebook", options.display) === "html") plotlySent = true;
}

/**
 * Forgets that plotly.js was sent, so the next chart inlines it again: for a page reloaded without
 * restarting the kernel (the new page has no `window.Plotly`).
 */
export function resetPlotlySession(): void {
  plotlySent = false;
}

/**
 * A one-line description of a figure for a terminal: its title and the names of its series.
 *
 * @example
 * figureText(rankingFigure(rankProducts(salon))); // "[chart] Ranking by T per unit of CCR time — Stylists' chair time — …"
 */
export function figureText(figure: Figure): string {
  const title = (figure.layout.title as { text?: string } | undefined)?.text ?? "";
  const names = figure.data.map((trace) => trace.name).filter((name): name is string => typeof name === "string");
  return `[chart] ${decodeEntities(title)}${names.length > 0 ? ` — ${names.map(decodeEntities).join(", ")}` : ""}`;
}

function decodeEntities(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}
