import { describe, expect, it } from "vitest";
import { escapeHtml, scriptJson, stripAnsi } from "../../../src/text/escape";
import { renderIndexPage } from "../../../src/runtime/html/index-page";
import { renderNotebookPage, pageSummary, pageTitle, type PageInfo } from "../../../src/runtime/html/page";
import type { Notebook, Output } from "../../../src/runtime/notebook/nbformat";

const XSS = `<img src=x onerror=alert(1)>`;
const info: PageInfo = {
  source: "notebooks/01.ipynb",
  status: "ok",
  parameters: {},
  durationMs: 1234,
  finishedAt: "2026-01-01T10:00:00.000Z",
};
const code = (source: string, outputs: Output[], execution_count: number | null = 1) => ({
  cell_type: "code" as const,
  metadata: {},
  source,
  outputs,
  execution_count,
});
const notebookOf = (...cells: Notebook["cells"]): Notebook => ({ nbformat: 4, nbformat_minor: 5, metadata: {}, cells });
const PLOTLY_BANNER = /\* plotly\.js v\d/g;
const chart = (id: string) =>
  `<div id="${id}"></div><script>Plotly.newPlot("${id}", [{"type":"bar","y":[1,2]}], {})</script>`;

describe("escaping", () => {
  it("escapes the five HTML-special characters", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });

  it("keeps script JSON from closing its script element", () => {
    expect(scriptJson({ s: "</script><script>alert(1)</script>" })).not.toContain("</script");
    expect(JSON.parse(scriptJson({ s: "</script>\u2028" }))).toEqual({ s: "</script>\u2028" });
  });

  it("strips ANSI colour codes", () => {
    expect(stripAnsi("\u001b[31mError\u001b[39m: \u001b[1mboom\u001b[22m")).toBe("Error: boom");
  });
});

describe("notebook pages", () => {
  it("escapes everything that is not trusted HTML output: markdown, code, streams, plain text, errors, the title", () => {
    const page = renderNotebookPage(
      notebookOf(
        {
          cell_type: "markdown",
          metadata: {},
          source: `# Product ${XSS}\n\n<script>alert(2)</script> and [link](javascript:alert(3))`,
        },
        code(`const name = "${XSS}";\nconsole.log("</script>")`, [
          { output_type: "stream", name: "stdout", text: `${XSS}\n` },
          { output_type: "stream", name: "stderr", text: `\u001b[31m${XSS}\u001b[39m` },
          { output_type: "execute_result", execution_count: 1, data: { "text/plain": XSS }, metadata: {} },
          { output_type: "error", ename: "Error", evalue: XSS, traceback: [XSS] },
        ]),
      ),
      { ...info, parameters: { [XSS]: XSS } },
    );
    expect(page).not.toContain(XSS);
    expect(page).not.toContain("<script>alert(2)");
    expect(page).not.toContain('href="javascript:');
    expect(page).not.toMatch(/<script>[^<]*alert/);
    expect(page).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(page).toContain("<title>Product &lt;img src=x onerror=alert(1)&gt;</title>");
  });

  it("links the files the notebook wrote for the reader, escaped and URL-encoded", () => {
    const page = renderNotebookPage(notebookOf(), {
      ...info,
      downloads: [
        { href: `results/03/${XSS}.xlsx`, label: `${XSS}.xlsx` },
        { href: "results/03/a b.xlsx", label: "a b.xlsx" },
      ],
    });
    expect(page).not.toContain(XSS);
    expect(page).toContain('<a href="results/03/a%20b.xlsx" download>a b.xlsx</a>');
    expect(page).toContain("Results of this chapter:");
    expect(renderNotebookPage(notebookOf(), info)).not.toContain("Results of this chapter");
  });

  it("passes text/html outputs through as trusted output, with plotly.js inlined once in the head", () => {
    // The runner's kernels inline no plotly.js (THROUGHPUT_ACCOUNTING_PAGE_SCRIPTS=external): the page brings it.
    const page = renderNotebookPage(
      notebookOf(
        code("chart 1", [
          { output_type: "display_data", data: { "text/html": chart("c1"), "text/plain": "chart" }, metadata: {} },
        ]),
        code("chart 2", [{ output_type: "display_data", data: { "text/html": chart("c2") }, metadata: {} }]),
        code("chart 3", [
          {
            output_type: "display_data",
            data: {
              "application/vnd.plotly.v1+json": { data: [{ type: "bar", y: [3] }], layout: { title: { text: XSS } } },
            },
            metadata: {},
          },
        ]),
      ),
      info,
    );
    expect(page.match(PLOTLY_BANNER)).toHaveLength(1);
    expect(page.indexOf("plotly.js v")).toBeLessThan(page.indexOf("</head>"));
    // Every script of the page carries its nonce; the outputs are otherwise passed through as they were.
    const nonce = /'nonce-([^']+)'/.exec(page)![1];
    expect(page.match(/<script\b(?! nonce=)/g)).toBeNull();
    expect(page.replaceAll(` nonce="${nonce}"`, "")).toContain(chart("c1"));
    expect(page.replaceAll(` nonce="${nonce}"`, "")).toContain(chart("c2"));
    expect(page).toContain('Plotly.newPlot("plotly-c3-o1"');
    expect(page).not.toContain(XSS);
  });

  it("with assetsHref, loads the handout's shared plotly.js and what-if bundle by relative src, inlining neither", () => {
    const charts = notebookOf(
      code("chart 1", [{ output_type: "display_data", data: { "text/html": chart("c1") }, metadata: {} }]),
      code("what-if", [
        { output_type: "display_data", data: { "text/html": '<div class="ta-what-if" id="w"></div>' }, metadata: {} },
      ]),
    );
    const page = renderNotebookPage(charts, { ...info, assetsHref: "assets" });
    expect(page).not.toMatch(PLOTLY_BANNER);
    expect(page.length).toBeLessThan(20_000);
    const nonce = /'nonce-([^']+)'/.exec(page)![1];
    expect(page).toContain(
      `<script nonce="${nonce}" src="assets/plotly.min.js"></script>\n<script nonce="${nonce}" src="assets/throughput-accounting.js"></script>\n</head>`,
    );
    // Only what the page needs.
    const plain = renderNotebookPage(
      notebookOf(code("1", [{ output_type: "display_data", data: { "text/html": "<b>5</b>" }, metadata: {} }])),
      { ...info, assetsHref: "assets" },
    );
    expect(plain).not.toContain("<script");
  });

  it("includes no plotly.js when no output draws a chart", () => {
    const page = renderNotebookPage(
      notebookOf(
        code("1", [
          { output_type: "display_data", data: { "text/html": "<table><tr><td>5</td></tr></table>" }, metadata: {} },
        ]),
      ),
      info,
    );
    expect(page).not.toMatch(PLOTLY_BANNER);
    expect(page.length).toBeLessThan(20_000);
  });

  it("embeds images as data URIs and forbids network requests with a Content-Security-Policy", () => {
    const page = renderNotebookPage(
      notebookOf(code("png", [{ output_type: "display_data", data: { "image/png": "iVBORw0KGgo=\n" }, metadata: {} }])),
      info,
    );
    expect(page).toContain('src="data:image/png;base64,iVBORw0KGgo="');
    expect(page).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
    expect(page).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it("marks the failing cell and the cells that never ran", () => {
    const page = renderNotebookPage(
      notebookOf(
        code("ok()", [], 1),
        code("fail()", [{ output_type: "stream", name: "stderr", text: "Error: x" }], 2),
        code("later()", [], null),
      ),
      { ...info, status: "failed", failedIndex: 1, failureText: "n.ipynb, cell 2, line 1: fail()\nError: x" },
    );
    expect(page).toContain('<section class="cell code failed" id="cell-2">');
    expect(page).toContain('<section class="cell code not-run" id="cell-3">');
    expect(page).toContain('<a href="#cell-2">Go to the failing cell</a>');
  });

  it("takes the title from the first markdown heading, else the file name", () => {
    expect(
      pageTitle(notebookOf({ cell_type: "markdown", metadata: {}, source: "text\n## The salon ##" }), "n.ipynb"),
    ).toBe("The salon");
    expect(pageTitle(notebookOf(), "notebooks/01-salon.ipynb")).toBe("01-salon.ipynb");
  });

  it("takes the summary from the first paragraph after the title, as plain text", () => {
    const source =
      "# 01 · The salon\n\n**Question:** how much does a *salon* earn? See [the digest](x.md).\n\nMore text.";
    expect(pageSummary(notebookOf({ cell_type: "markdown", metadata: {}, source }))).toBe(
      "Question: how much does a salon earn? See the digest.",
    );
    expect(
      pageSummary(notebookOf({ cell_type: "markdown", metadata: {}, source: `# T\n\n${"word ".repeat(100)}` }), 40),
    ).toMatch(/^(word ){1,8}word…$/);
    expect(pageSummary(notebookOf())).toBeUndefined();
  });

  it("leaves other scripts alone and adds the what-if bundle once when an output is a live what-if", () => {
    const whatIf = '<div class="ta-what-if" id="w1"></div>';
    const page = renderNotebookPage(
      notebookOf(
        code("a", [
          { output_type: "display_data", data: { "text/html": "<script>var a = 1;</script>" + whatIf }, metadata: {} },
        ]),
        code("b", [{ output_type: "display_data", data: { "text/html": whatIf.replace("w1", "w2") }, metadata: {} }]),
      ),
      info,
    );
    expect(page).toMatch(/<script nonce="[^"]+">var a = 1;<\/script>/);
    expect(page.match(/data-throughput-accounting="what-if"/g)).toHaveLength(1);
    expect(page).toMatch(/<script nonce="[^"]+" data-throughput-accounting="what-if">/);
    expect(page.indexOf('data-throughput-accounting="what-if"')).toBeLessThan(page.indexOf("</head>"));
  });
});

describe("the index page", () => {
  it("links every page with its status and escapes titles and failures", () => {
    const page = renderIndexPage([
      {
        source: "notebooks/02.ipynb",
        title: `Two ${XSS}`,
        status: "failed",
        htmlHref: "02.html",
        failure: `cell 3: ${XSS}`,
        parameters: { x: 1 },
        durationMs: 10,
        finishedAt: info.finishedAt,
      },
      {
        source: "notebooks/01.ipynb",
        title: "One",
        summary: `About ${XSS}`,
        status: "ok",
        htmlHref: "01.html",
        notebookHref: "notebooks/01.ipynb",
        parameters: {},
        durationMs: 10,
        finishedAt: info.finishedAt,
      },
    ]);
    expect(page.indexOf('href="01.html"')).toBeLessThan(page.indexOf('href="02.html"'));
    expect(page).toContain("1 failed");
    expect(page).not.toContain(XSS);
    expect(page).toContain('<a href="notebooks/01.ipynb">executed .ipynb</a>');
  });
});
