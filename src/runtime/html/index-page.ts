import { escapeHtml } from "../../text/escape";
import { formatTime, htmlDocument } from "./document";

/** One notebook on the index page. */
export interface IndexEntry {
  /** The source notebook, e.g. "notebooks/01-salon-throughput.ipynb". */
  source: string;
  title: string;
  /** What the notebook is about, in a sentence (its opening paragraph). */
  summary?: string | undefined;
  status: "ok" | "failed" | "interrupted";
  /** Links relative to the index page. */
  htmlHref: string;
  notebookHref?: string | undefined;
  /** One line saying what failed, for failed notebooks. */
  failure?: string | undefined;
  parameters: Record<string, unknown>;
  durationMs: number;
  finishedAt: string;
  /** For a run of a sweep (`--grid`): the comparison page of all its runs. */
  comparisonHref?: string | undefined;
}

/**
 * `out/index.html`: every notebook with its status, a link to its page and to its executed copy.
 * Entries are sorted by source path, which follows the workbook's chapter numbers.
 *
 * @example
 * renderIndexPage([
 *   { source: "notebooks/00-start-here.ipynb", title: "Start here", status: "ok", htmlHref: "00-start-here.html",
 *     parameters: {}, durationMs: 900, finishedAt: "2026-01-01T10:00:00Z" },
 * ]);
 */
export function renderIndexPage(entries: readonly IndexEntry[], title = "Throughput accounting workbook"): string {
  const sorted = [...entries].sort((a, b) => a.source.localeCompare(b.source));
  const failed = sorted.filter((e) => e.status !== "ok").length;
  const rows = sorted.map((e) => {
    const params = Object.entries(e.parameters);
    const summary = e.summary ? `<br>${escapeHtml(e.summary)}` : "";
    const executed = e.notebookHref ? ` · <a href="${escapeHtml(e.notebookHref)}">executed .ipynb</a>` : "";
    const compared = e.comparisonHref ? ` · <a href="${escapeHtml(e.comparisonHref)}">compare the runs</a>` : "";
    return `<tr>
<td><a href="${escapeHtml(e.htmlHref)}">${escapeHtml(e.title)}</a>${summary}<br><small>${escapeHtml(e.source)}${executed}${compared}</small></td>
<td><span class="status-${e.status}">${e.status}</span>${e.failure ? `<br><small>${escapeHtml(e.failure)}</small>` : ""}</td>
<td>${params.length > 0 ? params.map(([k, v]) => `<code>${escapeHtml(k)}=${escapeHtml(JSON.stringify(v))}</code>`).join("<br>") : ""}</td>
<td class="num">${(e.durationMs / 1000).toFixed(1)} s</td>
<td><small>${escapeHtml(formatTime(e.finishedAt))}</small></td>
</tr>`;
  });
  const outcome =
    failed === 0
      ? `<span class="status-ok">all ran without error</span>`
      : `<span class="status-failed">${failed} failed</span>`;
  const body = `<header class="page"><h1>${escapeHtml(title)}</h1>
<div class="meta">${sorted.length} notebook${sorted.length === 1 ? "" : "s"}, ${outcome}</div>
</header>
<table class="runs">
<thead><tr><th>Notebook</th><th>Status</th><th>Parameters</th><th>Time</th><th>Run</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>`;
  return htmlDocument(title, "", body);
}
