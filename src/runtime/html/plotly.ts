import { readFileSync } from "node:fs";
import { whatIfBundleScriptHtml, whatIfBundleSource } from "../../display/what-if";

/**
 * plotly.js from the plotly.js-dist-min package, as text. It cannot be `require`d in Node (it
 * expects a browser), so it is read from disk; cached because it is about 5 MB.
 */
let cached: string | undefined;
export function plotlySource(): string {
  cached ??= readFileSync(require.resolve("plotly.js-dist-min"), "utf8");
  return cached;
}

/**
 * Whether a piece of output HTML draws a Plotly chart and so needs plotly.js on the page.
 *
 * @example
 * usesPlotly('<script>Plotly.newPlot("c", data)</script>') // true
 */
export function usesPlotly(html: string): boolean {
  return (
    /\bPlotly\s*\.\s*(newPlot|react|plot|restyle|relayout|update|animate|addTraces)\b/.test(html) ||
    /plotly-graph-div/.test(html)
  );
}

/**
 * The `<script>` element that inlines plotly.js. `</script` cannot occur in the bundle today, but is
 * escaped anyway, because it would end the element early and spill code into the page.
 */
export function plotlyScriptTag(): string {
  return `<script>${plotlySource().replace(/<\/script/gi, "<\\/script")}</script>`;
}

/**
 * Whether a piece of output HTML is a live what-if, which needs the what-if bundle on the page.
 *
 * @example
 * usesWhatIf('<div class="ta-what-if" id="w">…</div>') // true
 */
export function usesWhatIf(html: string): boolean {
  return /<div class="ta-what-if"/.test(html);
}

/** The `<script>` element that inlines the what-if bundle (the core for the browser), once per page. */
export function whatIfScriptTag(): string {
  return whatIfBundleScriptHtml();
}

/** The folder, inside a handout's output folder, of the scripts its pages share. */
export const ASSETS_DIR = "assets";

/** The file names of the scripts a handout's pages share, in {@link ASSETS_DIR}. */
export const SHARED_ASSETS = {
  plotly: "plotly.min.js",
  whatIf: "throughput-accounting.js",
} as const;

/**
 * The text of each shared asset, as written to `out/assets/`: plotly.js as shipped, and the what-if
 * bundle (which defines `window.ThroughputAccountingWhatIf`).
 *
 * @example
 * writeFileSync(join("out", ASSETS_DIR, SHARED_ASSETS.plotly), sharedAssetSource("plotly"));
 */
export function sharedAssetSource(asset: keyof typeof SHARED_ASSETS): string {
  return asset === "plotly" ? plotlySource() : whatIfBundleSource();
}
