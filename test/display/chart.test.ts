import { describe, expect, it, beforeEach } from "vitest";
import { decisionFigure } from "../../src/charts";
import { chartHtml, figureText, show, showChart, type DisplayTarget } from "../../src/display";
import { loadPlotly, plotlyScriptHtml, resetPlotlySession } from "../../src/display/chart";
import { administrator } from "../charts/fixtures";

const hostile = {
  data: [{ type: "bar", name: "</script><script>alert(1)</script>", x: ["<!--"], y: [1] }],
  layout: { title: { text: "a\u2028b" } },
};

function recorder(): DisplayTarget & { sent: string[] } {
  const sent: string[] = [];
  return { sent, html: (html) => void sent.push(html), text: () => undefined };
}

describe("chartHtml", () => {
  it("is pure for a given id, and waits for window.Plotly", () => {
    const figure = decisionFigure(administrator());
    expect(chartHtml(figure, { id: "admin" })).toBe(chartHtml(figure, { id: "admin" }));
    const html = chartHtml(figure, { id: "admin" });
    expect(html).toContain('<div id="admin" class="ta-chart plotly-graph-div"');
    expect(html).toContain("window.Plotly && typeof window.Plotly.newPlot");
    expect(html).not.toContain("plotly.js v");
  });

  it("gives every chart its own id", () => {
    const figure = decisionFigure(administrator());
    const ids = [chartHtml(figure), chartHtml(figure)].map((html) => /id="([^"]+)"/.exec(html)![1]);
    expect(ids[0]).not.toBe(ids[1]);
    expect(ids[0]).toMatch(/^ta-chart-[0-9a-f]{8}-\d+$/);
  });

  it("cannot be broken out of by the data: no </script>, <!-- or line separators in the script", () => {
    const html = chartHtml(hostile, { id: "x" });
    const script = html.slice(html.indexOf("<script>") + "<script>".length, html.lastIndexOf("</script>"));
    expect(script).not.toMatch(/<\/script|<!--|\u2028/i);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
  });

  it("inlines plotly.js on request, guarded so a second copy does nothing", () => {
    const script = plotlyScriptHtml();
    expect(script.length).toBeGreaterThan(3_000_000);
    expect(script.slice(0, 200)).toMatch(
      /^<script data-throughput-accounting="plotly.js">\/\*\*?\s*\n?\* plotly\.js v3/,
    );
    expect(script).toContain("if (!window.Plotly) { (function (define, module, exports) {");
    expect(chartHtml(decisionFigure(administrator()), { id: "a", includePlotly: true }).startsWith(script)).toBe(true);
  });
});

describe("showChart", () => {
  beforeEach(() => resetPlotlySession());

  it("inlines plotly.js in the first chart of the session only", () => {
    const display = recorder();
    const figure = decisionFigure(administrator());
    showChart(figure, { display });
    showChart(figure, { display });
    showChart(figure, { display, inlinePlotly: "always" });
    showChart(figure, { display, inlinePlotly: "never" });
    expect(display.sent.map((html) => html.includes('data-throughput-accounting="plotly.js"'))).toEqual([
      true,
      false,
      true,
      false,
    ]);
  });

  it("never inlines plotly.js when the runner says the page brings it (THROUGHPUT_ACCOUNTING_PAGE_SCRIPTS=external)", () => {
    const display = recorder();
    const figure = decisionFigure(administrator());
    process.env.THROUGHPUT_ACCOUNTING_PAGE_SCRIPTS = "external";
    try {
      showChart(figure, { display });
      showChart(figure, { display, inlinePlotly: "always" });
      loadPlotly({ display });
    } finally {
      delete process.env.THROUGHPUT_ACCOUNTING_PAGE_SCRIPTS;
    }
    showChart(figure, { display });
    expect(display.sent.map((html) => html.includes('data-throughput-accounting="plotly.js"'))).toEqual([
      false,
      false,
      true,
    ]);
  });

  it("inlines it again after a reset, and not when the kernel refused the first chart", () => {
    const refusing: DisplayTarget = {
      html: () => {
        throw new Error("Not ready");
      },
      text: () => undefined,
    };
    const original = process.stdout.write.bind(process.stdout);
    const written: string[] = [];
    process.stdout.write = ((chunk: string) => (written.push(String(chunk)), true)) as typeof process.stdout.write;
    try {
      showChart(decisionFigure(administrator()), { display: refusing });
    } finally {
      process.stdout.write = original;
    }
    expect(written[0]).toBe("[chart] hire an administrator — ΔT, ΔOE, Cumulative ΔNP\n");
    const display = recorder();
    showChart(decisionFigure(administrator()), { display });
    expect(display.sent[0]).toContain('data-throughput-accounting="plotly.js"');
  });

  it("describes a chart in words outside a kernel, decoding the escapes", () => {
    expect(figureText({ data: [{ type: "bar", name: "&lt;b&gt;" }], layout: { title: { text: "A &amp; B" } } })).toBe(
      "[chart] A & B — <b>",
    );
  });
});

describe("show with a figure", () => {
  it("shows a chart, not a table of its JSON", () => {
    const display = recorder();
    show(decisionFigure(administrator()), { display });
    expect(display.sent[0]).toContain('class="ta-chart plotly-graph-div"');
  });
});
