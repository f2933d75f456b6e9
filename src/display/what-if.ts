/**
 * A live what-if in a notebook, with no kernel behind it: sliders for named inputs of a model and,
 * beside them, the figures, the plan table, sentences and a chart, recomputed in the browser as a
 * slider moves.
 *
 * - The computation: the core bundled for the browser at build time (esbuild, `dist/browser/what-if.js`,
 *   about a few hundred kB), inlined once per kernel session like plotly.js and reused by later what-ifs
 *   on the page through `window.ThroughputAccountingWhatIf`.
 * - The model travels in the output as JSON (amounts as exact decimal text, as `modelToJson` writes them), so the page recomputes
 *   exactly what Node computes; the static output (before any move) is rendered in Node by the same
 *   `whatIfView`, so an untrusted notebook or GitHub's viewer still shows today's figures.
 * - The contract for tests and readers: each control is an `<input name="…">` named after its input;
 *   each live figure is an element with `data-figure="throughput|operatingExpense|netProfit|constraint|…"`
 *   whose text is the formatted value and whose `data-value` is the exact amount.
 */
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { randomBytes } from "node:crypto";
import { ArgumentError, type BusinessModel } from "../core";
import { labels, resolveLocale } from "../i18n";
import { escapeHtml, scriptJson } from "../text/escape";
import { emit, type DisplayTarget } from "./kernel";
import {
  controlValueText,
  resolveControls,
  whatIfView,
  type WhatIfBasis,
  type WhatIfControl,
  type WhatIfSpec,
} from "./what-if-view";

/** Options of {@link whatIfHtml}. */
export interface WhatIfHtmlOptions {
  /** `plan` (default): the ranking plan and the political mix; `sales`: the period's actual sales. */
  readonly basis?: WhatIfBasis;
  readonly period?: string;
  readonly locale?: string;
  /** Draw the plan's chart (default true; it needs plotly.js on the page). */
  readonly chart?: boolean;
  /** Put the browser bundle in front of the what-if (default false: see {@link whatIf}). */
  readonly includeBundle?: boolean;
  /** The root element's id (default a fresh unique one). */
  readonly id?: string;
}

/** Options of {@link whatIf}. */
export interface WhatIfOptions extends Omit<WhatIfHtmlOptions, "includeBundle"> {
  /** `"once"` (default): the bundle goes with the first what-if of the kernel session; `"always"`; `"never"`: the page brings it. */
  readonly inlineBundle?: "once" | "always" | "never";
  readonly display?: DisplayTarget;
}

const SESSION = randomBytes(4).toString("hex");
let counter = 0;
let bundleSent = false;
let bundleCache: string | undefined;

/**
 * Where the build writes the browser bundle, dist/browser/what-if.js, found from wherever this module runs:
 * src/display/ (tests), dist/display/ (the CLI and runtime) or dist/ itself (the one-file package entry,
 * dist/entry.js, that `require("throughput-accounting")` loads).
 */
export function whatIfBundlePath(): string {
  const inDist = path.basename(__dirname) === "dist";
  return inDist
    ? path.resolve(__dirname, "browser", "what-if.js")
    : path.resolve(__dirname, "..", "..", "dist", "browser", "what-if.js");
}

/**
 * The browser bundle's source (the core and the live view, built by `npm run build`), read once.
 *
 * @example
 * whatIfBundleSource().length; // a few hundred thousand characters
 */
export function whatIfBundleSource(): string {
  if (bundleCache !== undefined) return bundleCache;
  const file = whatIfBundlePath();
  if (!existsSync(file)) throw new Error(`the what-if browser bundle is missing (${file}): run \`npm run build\``);
  bundleCache = readFileSync(file, "utf8");
  return bundleCache;
}

/**
 * The `<script>` that defines `window.ThroughputAccountingWhatIf`; a no-op where it is already defined.
 * The `data-throughput-accounting` attribute lets an exporter keep one copy per page.
 *
 * @example
 * display.html(whatIfBundleScriptHtml()); // then what-ifs with { inlineBundle: "never" }
 */
export function whatIfBundleScriptHtml(): string {
  const source = whatIfBundleSource().replace(/<\/script/gi, "<\\/script");
  return `<script data-throughput-accounting="what-if">if (!window.ThroughputAccountingWhatIf) {\n${source}\n}</script>`;
}

/**
 * The spec a what-if carries: the model, the controls, the basis.
 *
 * @example
 * whatIfSpec(salon, [{ input: { kind: "capacity", resourceId: "stylists", name: "capacityHours" } }]);
 */
export function whatIfSpec(
  model: BusinessModel,
  controls: readonly WhatIfControl[],
  options: WhatIfHtmlOptions = {},
): WhatIfSpec {
  if (controls.length === 0) throw new ArgumentError("empty", controls, "a what-if needs at least one control");
  return {
    model,
    controls,
    basis: options.basis ?? "plan",
    ...(options.period === undefined ? {} : { period: options.period }),
    ...(options.locale === undefined ? {} : { locale: options.locale }),
    ...(options.chart === undefined ? {} : { chart: options.chart }),
  };
}

const FIGURE_LABELS = (locale: string) => {
  const l = labels(locale);
  const ru = resolveLocale(locale) === "ru";
  return {
    throughput: l.throughput,
    operatingExpense: l.operatingExpense,
    netProfit: l.netProfit,
    constraint: ru ? "Ограничение" : "Constraint",
    netProfitLost: ru ? "ЧП, потерянная на политике" : "NP lost to politics",
    revenue: l.revenue,
    totallyVariableCost: l.totallyVariableCost,
  } as Record<string, string>;
};

// One label, slider and value per line, and the figures as a two-column list, scoped to the what-if's
// classes so it reads the same in Jupyter, VS Code and the handout (whose CSP allows inline styles).
const WHAT_IF_STYLE =
  "<style>" +
  ".ta-what-if-control{display:flex;flex-wrap:wrap;gap:.3em .8em;align-items:center;margin:.25em 0}" +
  ".ta-what-if-control>span{min-width:18em}" +
  ".ta-what-if-control output{min-width:4em;text-align:right;font-variant-numeric:tabular-nums}" +
  ".ta-what-if-figures{display:grid;grid-template-columns:max-content max-content;gap:.15em 1.5em;margin:.8em 0}" +
  ".ta-what-if-figures dt{font-weight:600}" +
  ".ta-what-if-figures dd{margin:0;text-align:right;font-variant-numeric:tabular-nums}" +
  ".ta-what-if-error:empty{display:none}" +
  "</style>";

/**
 * A what-if as HTML: controls, figures, table, sentences and chart as they are today (computed here, in
 * Node), plus the model as JSON and a script that wires the controls once the bundle is on the page.
 * Every user string is escaped; the JSON cannot end its script element.
 *
 * @example
 * whatIfHtml(salon, [{ input: { kind: "capacity", resourceId: "stylists", name: "capacityHours" }, min: 60, max: 140 }]);
 */
export function whatIfHtml(
  model: BusinessModel,
  controls: readonly WhatIfControl[],
  options: WhatIfHtmlOptions = {},
): string {
  const spec = whatIfSpec(model, controls, options);
  const id = options.id ?? nextId();
  const locale = resolveLocale(spec.locale);
  const view = whatIfView(spec);
  const names = FIGURE_LABELS(locale);
  const controlHtml = resolveControls(spec)
    .map(
      (control) =>
        `<label class="ta-what-if-control"><span>${escapeHtml(control.label)}</span> ` +
        `<input type="range" name="${escapeHtml(control.name)}" min="${escapeHtml(control.min)}" ` +
        `max="${escapeHtml(control.max)}" step="${escapeHtml(control.step)}" value="${escapeHtml(control.value)}"> ` +
        `<output data-for="${escapeHtml(control.name)}">${escapeHtml(controlValueText(control, control.value, locale))}</output></label>`,
    )
    .join("\n");
  const figureHtml = Object.entries(view.figures)
    .filter(([name]) => names[name] !== undefined)
    .map(
      ([name, figure]) =>
        `<dt>${escapeHtml(names[name]!)}</dt>` +
        `<dd data-figure="${escapeHtml(name)}"${figure.value === undefined ? "" : ` data-value="${escapeHtml(figure.value)}"`}>` +
        `${escapeHtml(figure.text)}</dd>`,
    )
    .join("");
  const chart =
    view.figure === undefined
      ? ""
      : `<div data-what-if-chart class="ta-chart plotly-graph-div" ` +
        `style="width:100%;min-height:${typeof view.figure.layout.height === "number" ? view.figure.layout.height : 440}px"></div>`;
  const boot =
    `(function () {\n` +
    `  var deadline = Date.now() + 60000;\n` +
    `  function go() { var w = window.ThroughputAccountingWhatIf; if (w) { w.mountAll(); return; } if (Date.now() < deadline) setTimeout(go, 50); }\n` +
    `  go();\n` +
    `})();`;
  return (
    `${options.includeBundle ? whatIfBundleScriptHtml() : ""}` +
    WHAT_IF_STYLE +
    `<div class="ta-what-if" id="${escapeHtml(id)}">\n` +
    `<script type="application/json" data-what-if-spec>${scriptJson(spec)}</script>\n` +
    `<div class="ta-what-if-controls">${controlHtml}</div>\n` +
    `<dl class="ta-what-if-figures">${figureHtml}</dl>\n` +
    `<div data-what-if-table>${view.tableHtml}</div>\n` +
    `<ul data-what-if-sentences>${view.sentences.map((sentence) => `<li>${escapeHtml(sentence)}</li>`).join("")}</ul>\n` +
    `${chart}\n<p data-what-if-error class="ta-what-if-error"></p>\n</div>\n<script>\n${boot}\n</script>`
  );
}

function nextId(): string {
  counter += 1;
  return `ta-what-if-${SESSION}-${counter}`;
}

/**
 * Shows a live what-if in the notebook: move a slider and the figures, the battle map, the sentences and
 * the chart follow, computed in the page (no kernel needed, so it works in the exported handout too).
 * Outside a kernel it prints today's figures.
 *
 * @example
 * import { whatIf, loadModel } from "throughput-accounting";
 * whatIf(loadModel("data/salon"), [{ input: { kind: "capacity", resourceId: "stylists", name: "capacityHours" }, min: 60, max: 140 }]);
 */
export function whatIf(model: BusinessModel, controls: readonly WhatIfControl[], options: WhatIfOptions = {}): void {
  const mode = pageBringsScripts() ? "never" : (options.inlineBundle ?? "once");
  const includeBundle = mode === "always" || (mode === "once" && !bundleSent);
  const html = whatIfHtml(model, controls, { ...options, includeBundle });
  const view = whatIfView(whatIfSpec(model, controls, options));
  const names = FIGURE_LABELS(resolveLocale(options.locale));
  const text = Object.entries(view.figures)
    .filter(([name]) => names[name] !== undefined)
    .map(([name, figure]) => `${names[name]}: ${figure.text}`)
    .join("\n");
  if (emit(html, text, options.display) === "html" && includeBundle) bundleSent = true;
}

/**
 * Whether the page that will show this kernel's outputs brings plotly.js and the what-if bundle itself:
 * the runner sets `THROUGHPUT_ACCOUNTING_PAGE_SCRIPTS=external` for the kernels it starts, because its
 * exported pages load them once, so outputs must not inline them.
 *
 * @example
 * pageBringsScripts(); // true inside `npm start`'s kernels, false in Jupyter
 */
export function pageBringsScripts(): boolean {
  return process.env.THROUGHPUT_ACCOUNTING_PAGE_SCRIPTS === "external";
}

/** Forgets that the bundle was sent (a page reloaded without restarting the kernel). */
export function resetWhatIfSession(): void {
  bundleSent = false;
}
