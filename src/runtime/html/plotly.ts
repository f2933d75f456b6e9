import { readFileSync } from "node:fs";

/**
 * plotly.js from the plotly.js-dist-min package, as text. It cannot be `require`d in Node (it
 * expects a browser), so it is read from disk; cached because it is about 5 MB.
 */
let cached: string | undefined;
export function plotlySource(): string {
  cached ??= readFileSync(require.resolve("plotly.js-dist-min"), "utf8");
  return cached;
}

const SCRIPT = /<script\b[^>]*>([\s\S]*?)<\/script\s*>/gi;

/** A script is an inlined plotly.js bundle when it is large and starts with plotly's licence banner. */
const isPlotlyBundle = (body: string) => body.length > 100_000 && /plotly\.js v\d/.test(body.slice(0, 2_000));

/**
 * Removes inlined copies of plotly.js from an output's HTML (a notebook inlines it in its first chart),
 * so that a page holds exactly one copy, in its head.
 *
 * @example
 * stripPlotlyBundles(`<script>${plotlySource()}</script><div id="c"></div>`) // '<div id="c"></div>' (with a comment)
 */
export function stripPlotlyBundles(html: string): string {
  return html.replace(SCRIPT, (whole, body: string) => (isPlotlyBundle(body) ? "<!-- plotly.js: one copy in the page head -->" : whole));
}

/**
 * Whether a piece of output HTML draws a Plotly chart and so needs plotly.js on the page.
 *
 * @example
 * usesPlotly('<script>Plotly.newPlot("c", data)</script>') // true
 */
export function usesPlotly(html: string): boolean {
  return /\bPlotly\s*\.\s*(newPlot|react|plot|restyle|relayout|update|animate|addTraces)\b/.test(html) || /plotly-graph-div/.test(html);
}

/**
 * The `<script>` element that inlines plotly.js. `</script` cannot occur in the bundle today, but is
 * escaped anyway, because it would end the element early and spill code into the page.
 */
export function plotlyScriptTag(): string {
  return `<script>${plotlySource().replace(/<\/script/gi, "<\\/script")}</script>`;
}
