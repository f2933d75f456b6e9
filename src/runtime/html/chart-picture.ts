import { randomBytes } from "node:crypto";
import { escapeHtml, scriptJson } from "../../text/escape";

/** The class of a chart's static picture inside an output's HTML. */
export const PICTURE_CLASS = "ta-chart-picture";

/** How long a picture waits for its live chart to draw before it stays for good (a page without plotly.js). */
const WAIT_MS = 60_000;

/**
 * A chart output's HTML with its static picture inside, for viewers that show `text/html` but run no
 * script. Jupyter Notebook and JupyterLab render an untrusted notebook's `text/html` sanitized (scripts
 * gone) and prefer it over an `image/svg+xml` beside it, so a picture only beside the HTML never shows
 * there; an `<img>` with a `data:` URI survives both sanitizers. Where scripts do run, a small script
 * removes the picture once the live chart has drawn next to it (it keeps it when plotly.js never comes,
 * e.g. the runner's executed copy opened trusted: its outputs bring no plotly.js of their own).
 *
 * The picture goes just before the output's first chart element (`class="ta-chart…"`), so a live
 * what-if keeps its controls and figures above it; HTML without one gets it in front.
 *
 * @example
 * withChartPicture('<div id="c" class="ta-chart plotly-graph-div"></div><script>…</script>', "<svg…></svg>", {
 *   alt: "T, OE and NP",
 * });
 * // '<img class="ta-chart-picture" id="ta-picture-…" alt="T, OE and NP" src="data:image/svg+xml;base64,…">…<div id="c" …'
 */
export function withChartPicture(html: string, svg: string, options: { readonly alt?: string } = {}): string {
  const id = `ta-picture-${randomBytes(6).toString("hex")}`;
  const src = `data:image/svg+xml;base64,${Buffer.from(svg, "utf8").toString("base64")}`;
  const img =
    `<img class="${PICTURE_CLASS}" id="${id}" alt="${escapeHtml(options.alt ?? "chart")}" ` +
    `src="${src}" style="max-width:100%;height:auto">`;
  // Polls rather than hooking Plotly: the chart may draw through chartHtml's script or a what-if's bundle,
  // before or after this script runs (Notebook 6 evaluates output scripts through jQuery, out of place).
  const script =
    `<script>(function () {\n` +
    `  var id = ${scriptJson(id)}, deadline = Date.now() + ${WAIT_MS};\n` +
    `  function check() {\n` +
    `    var picture = document.getElementById(id);\n` +
    `    if (!picture || !picture.parentNode) return;\n` +
    `    if (picture.parentNode.querySelector(".js-plotly-plot .main-svg")) { picture.parentNode.removeChild(picture); return; }\n` +
    `    if (Date.now() < deadline) setTimeout(check, 100);\n` +
    `  }\n` +
    `  check();\n` +
    `})();</script>`;
  const at = html.search(/<div\b[^>]*\bclass="ta-chart\b/);
  return at < 0 ? `${img}${script}${html}` : `${html.slice(0, at)}${img}${script}${html.slice(at)}`;
}
