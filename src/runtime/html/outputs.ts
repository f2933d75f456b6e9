import type MarkdownIt from "markdown-it";
import { joinSource, type MimeBundle, type Output } from "../notebook/nbformat";
import { escapeHtml, scriptJson, stripAnsi } from "../../text/escape";
import { usesPlotly } from "./plotly";

/** The representation shown for a rich output, richest first, as nbconvert's HTML exporter chooses. */
export const MIME_ORDER = [
  "application/vnd.plotly.v1+json",
  "text/html",
  "image/svg+xml",
  "image/png",
  "image/jpeg",
  "image/gif",
  "text/markdown",
  "text/latex",
  "application/json",
  "text/plain",
] as const;

/** One rendered output and whether it needs plotly.js on the page. */
export interface RenderedOutput {
  html: string;
  plotly: boolean;
}

const text = (v: unknown): string =>
  typeof v === "string" || Array.isArray(v) ? joinSource(v as string | string[]) : JSON.stringify(v, null, 2);
/** JSON mime data is an object, but some writers store it as a string; undefined when that string is not JSON. */
const parsed = (v: unknown): unknown => {
  if (typeof v !== "string") return v;
  try {
    return JSON.parse(v);
  } catch {
    return undefined;
  }
};
const pre = (cls: string, body: string) => `<pre class="${cls}">${escapeHtml(stripAnsi(body))}</pre>`;

/**
 * Renders one nbformat output as HTML. `text/html` and SVG outputs are trusted (they come from this
 * project's notebooks, as in a trusted Jupyter notebook); everything else, stream text, plain text,
 * errors, JSON, is escaped. Each output is shown in one representation (`MIME_ORDER`).
 *
 * @example
 * renderOutput({ output_type: "stream", name: "stdout", text: "<b>" }, md, "c1-o1").html
 * // '<pre class="output stream stdout">&lt;b&gt;</pre>'
 */
export function renderOutput(output: Output, md: MarkdownIt, id: string): RenderedOutput {
  switch (output.output_type) {
    case "stream":
      return {
        html: pre(`output stream ${output.name === "stderr" ? "stderr" : "stdout"}`, joinSource(output.text)),
        plotly: false,
      };
    case "error":
      return {
        html: pre("output error", [`${output.ename}: ${output.evalue}`, ...output.traceback].join("\n")),
        plotly: false,
      };
    default:
      return renderBundle(output.data, md, id);
  }
}

function renderBundle(data: MimeBundle, md: MarkdownIt, id: string): RenderedOutput {
  const mime = MIME_ORDER.find((m) => data[m] !== undefined);
  const value = mime === undefined ? undefined : data[mime];
  switch (mime) {
    case "application/vnd.plotly.v1+json": {
      const figure = parsed(value) as { data?: unknown; layout?: unknown; config?: unknown } | undefined;
      if (figure === undefined || typeof figure !== "object")
        return { html: pre("output plain", text(value)), plotly: false };
      const div = `plotly-${id}`;
      const call =
        `Plotly.newPlot(${scriptJson(div)}, ${scriptJson(figure.data ?? [])}, ${scriptJson(figure.layout ?? {})}, ` +
        `${scriptJson({ responsive: true, ...(figure.config as object | undefined) })});`;
      return {
        html: `<div class="output plotly"><div id="${escapeHtml(div)}" class="plotly-graph-div"></div><script>${call}</script></div>`,
        plotly: true,
      };
    }
    case "text/html": {
      // Outputs made by the runner's kernels carry no plotly.js of their own (the runner tells display so):
      // the page loads it once in its head.
      const html = text(value);
      return { html: `<div class="output html">${html}</div>`, plotly: usesPlotly(html) };
    }
    case "image/svg+xml":
      return { html: `<div class="output svg">${text(value)}</div>`, plotly: false };
    case "image/png":
    case "image/jpeg":
    case "image/gif":
      return {
        html: `<div class="output image"><img alt="output image" src="data:${mime};base64,${escapeHtml(text(value).replace(/\s+/g, ""))}"></div>`,
        plotly: false,
      };
    case "text/markdown":
      return { html: `<div class="output markdown">${md.render(text(value))}</div>`, plotly: false };
    case "text/latex":
      return { html: pre("output latex", text(value)), plotly: false };
    case "application/json":
      return { html: pre("output json", JSON.stringify(parsed(value) ?? value, null, 2)), plotly: false };
    case "text/plain":
      return { html: pre("output plain", text(value)), plotly: false };
    default:
      return {
        html: pre("output plain", `[output of type ${Object.keys(data).join(", ") || "none"} not shown]`),
        plotly: false,
      };
  }
}
