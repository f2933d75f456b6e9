import { joinSource, tagsOf, type Notebook } from "../notebook/nbformat";
import { escapeHtml } from "../../text/escape";
import { inlineAttachments, markdown } from "./markdown";
import { renderOutput } from "./outputs";
import { plotlyScriptTag, SHARED_ASSETS, usesWhatIf, whatIfScriptTag } from "./plotly";
import { formatTime, htmlDocument } from "./document";

/** What a page says about the run besides the notebook itself. */
export interface PageInfo {
  /** The notebook's path as the reader knows it, e.g. "notebooks/01-salon-throughput.ipynb". */
  source: string;
  status: "ok" | "failed" | "interrupted";
  /** Index in `notebook.cells` of the failing cell, and the one-line report shown above it. */
  failedIndex?: number | undefined;
  failureText?: string | undefined;
  parameters: Record<string, unknown>;
  durationMs: number;
  finishedAt: string;
  /** Relative link back to the index page. */
  indexHref?: string | undefined;
  /** Files the notebook wrote for the reader (a chapter's results workbook), as links relative to the page. */
  downloads?: readonly { readonly href: string; readonly label: string }[] | undefined;
  /**
   * Where the handout's shared scripts are, relative to the page (e.g. "assets" for out/NAME.html):
   * the page then loads plotly.js and the what-if bundle by `<script src>` from there, one copy for
   * every page. Absent: the page inlines them (a standalone page, one file to e-mail).
   */
  assetsHref?: string | undefined;
}

/**
 * The page title: the notebook's first markdown heading, else its file name.
 *
 * @example
 * pageTitle(notebook, "notebooks/01-salon-throughput.ipynb") // "01 · Throughput, operating expense and net profit of a salon"
 */
export function pageTitle(notebook: Notebook, source: string): string {
  for (const cell of notebook.cells) {
    if (cell.cell_type !== "markdown") continue;
    const heading = /^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$/m.exec(joinSource(cell.source));
    if (heading?.[1] !== undefined) return heading[1];
  }
  return source.split(/[\\/]/).pop() ?? source;
}

/**
 * The sentence a notebook opens with, for the index: the first paragraph after its title, as plain text
 * (markdown emphasis and code marks removed), at most `maxLength` characters.
 *
 * @example
 * pageSummary(notebook); // "Question: how much does a beauty salon really earn on a haircut and in a month, …"
 */
export function pageSummary(notebook: Notebook, maxLength = 220): string | undefined {
  for (const cell of notebook.cells) {
    if (cell.cell_type !== "markdown") continue;
    const paragraphs = joinSource(cell.source)
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter((p) => p !== "" && !/^#{1,6}\s/.test(p));
    if (paragraphs.length === 0) continue;
    const text = paragraphs[0]!
      .replace(/[*_`]/g, "")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/\s+/g, " ");
    return text.length <= maxLength ? text : `${text.slice(0, maxLength - 1).replace(/\s+\S*$/, "")}…`;
  }
  return undefined;
}

/**
 * An HTML page of an executed notebook: markdown rendered, code shown, every output kept, plotly.js
 * (and the what-if bundle) once in the head when an output needs it, inlined or, with `assetsHref`,
 * loaded from the handout's shared copy by a relative `<script src>` that carries the page's nonce,
 * and a CSP that forbids network
 * requests, so the file works offline, from a USB stick or an e-mail attachment.
 *
 * @example
 * const info = { source: "notebooks/01-salon-throughput.ipynb", status: "ok", parameters: {}, durationMs: 1234 };
 * writeFileSync("out/01-salon-throughput.html", renderNotebookPage(run.notebook, { ...info, finishedAt: new Date().toISOString() }));
 */
export function renderNotebookPage(notebook: Notebook, info: PageInfo): string {
  const md = markdown();
  let needsPlotly = false;
  let needsWhatIf = false;
  const cells = notebook.cells.map((cell, index) => {
    const tags = tagsOf(cell);
    if (cell.cell_type === "markdown") {
      return `<section class="cell markdown">${inlineAttachments(md.render(joinSource(cell.source)), cell.attachments)}</section>`;
    }
    if (cell.cell_type === "raw") {
      return `<section class="cell raw"><pre>${escapeHtml(joinSource(cell.source))}</pre></section>`;
    }
    const outputs = cell.outputs.map((output, o) => renderOutput(output, md, `c${index + 1}-o${o + 1}`));
    needsPlotly ||= outputs.some((o) => o.plotly);
    needsWhatIf ||= outputs.some((o) => usesWhatIf(o.html));
    const failed = index === info.failedIndex;
    // Cells after a failure were never sent to the kernel.
    const notRun =
      info.status !== "ok" &&
      !failed &&
      cell.execution_count === null &&
      cell.outputs.length === 0 &&
      index > (info.failedIndex ?? -1);
    const classes = ["cell", "code", failed ? "failed" : "", notRun ? "not-run" : ""].filter(Boolean).join(" ");
    const prompt = failed ? "In [!]:" : notRun ? "not run" : `In [${cell.execution_count ?? " "}]:`;
    const tag = tags.includes("injected-parameters")
      ? `<div class="tag">injected parameters</div>`
      : tags.includes("parameters")
        ? `<div class="tag">parameters (defaults)</div>`
        : "";
    const failure =
      failed && info.failureText
        ? `<div class="failure outputs"><strong>This cell failed.</strong><pre>${escapeHtml(info.failureText)}</pre></div>`
        : "";
    return [
      `<section class="${classes}" id="cell-${index + 1}">`,
      tag,
      `<div class="input"><div class="prompt">${escapeHtml(prompt)}</div><pre><code ` +
        `class="language-typescript">${escapeHtml(joinSource(cell.source))}</code></pre></div>`,
      outputs.length > 0 ? `<div class="outputs">${outputs.map((o) => o.html).join("\n")}</div>` : "",
      failure,
      `</section>`,
    ].join("\n");
  });

  const title = pageTitle(notebook, info.source);
  const params = Object.entries(info.parameters);
  const meta = [
    `<span class="status-${info.status}">${info.status === "ok" ? "ran without error" : info.status}</span>`,
    `${escapeHtml(info.source)}`,
    `${(info.durationMs / 1000).toFixed(1)} s`,
    `run ${escapeHtml(formatTime(info.finishedAt))}`,
    params.length > 0
      ? `parameters: ${params.map(([k, v]) => `<code>${escapeHtml(k)}=${escapeHtml(JSON.stringify(v))}</code>`).join(", ")}`
      : "",
  ].filter(Boolean);
  const failureBox =
    info.status !== "ok" && info.failureText
      ? `<div class="failure">` +
        `${info.failedIndex !== undefined ? `<a href="#cell-${info.failedIndex + 1}">Go to the failing cell</a>` : ""}` +
        `<pre>${escapeHtml(info.failureText)}</pre></div>`
      : "";
  const downloads = (info.downloads ?? []).map(
    (file) =>
      `<a href="${escapeHtml(file.href.split("/").map(encodeURIComponent).join("/"))}" download>${escapeHtml(file.label)}</a>`,
  );
  const body = `<header class="page">
${info.indexHref ? `<a href="${escapeHtml(info.indexHref)}">← all notebooks</a>` : ""}
<div class="meta">${meta.join(" · ")}</div>
${downloads.length > 0 ? `<div class="downloads">Results of this chapter: ${downloads.join(" · ")}</div>` : ""}
</header>
${failureBox}
<main>
${cells.join("\n")}
</main>`;
  const assets = info.assetsHref;
  if (assets !== undefined) {
    const href = (file: string) => (assets === "" ? file : `${assets.replace(/\/$/, "")}/${file}`);
    const scripts = [
      ...(needsPlotly ? [{ src: href(SHARED_ASSETS.plotly) }] : []),
      ...(needsWhatIf ? [{ src: href(SHARED_ASSETS.whatIf) }] : []),
    ];
    return htmlDocument(title, "", body, { scripts });
  }
  return htmlDocument(title, `${needsPlotly ? plotlyScriptTag() : ""}${needsWhatIf ? whatIfScriptTag() : ""}`, body);
}
