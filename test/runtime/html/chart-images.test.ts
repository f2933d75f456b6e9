import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { chartImager } from "../../../src/runtime/html/chart-images";
import { chartHtml } from "../../../src/display/chart";
import type { Notebook } from "../../../src/runtime/notebook/nbformat";

const notebookWith = (html: string): Notebook => ({
  nbformat: 4,
  nbformat_minor: 5,
  metadata: {},
  cells: [
    {
      cell_type: "code",
      id: "c1",
      metadata: {},
      source: "showChart(f)",
      execution_count: 1,
      outputs: [{ output_type: "display_data", data: { "text/html": html, "text/plain": "[chart]" }, metadata: {} }],
    },
  ],
});

describe("static pictures of charts", () => {
  it("without Chromium, adds none and says so once, never failing", async () => {
    const notices: string[] = [];
    const imager = chartImager({ executablePath: "/nonexistent/chromium", onNotice: (m) => notices.push(m) });
    const notebook = notebookWith(chartHtml({ data: [{ type: "bar", y: [1] }], layout: {} }, { id: "c" }));
    const first = await imager.addImages(notebook);
    expect(first.added).toBe(0);
    expect((await imager.addImages(notebook)).added).toBe(0);
    await imager.close();
    expect(notices).toEqual([expect.stringContaining("/nonexistent/chromium not found")]);
    expect(first.notebook).toEqual(notebook);
  });

  it("leaves outputs without a chart alone and starts no browser for them", async () => {
    const notices: string[] = [];
    const imager = chartImager({ executablePath: "/nonexistent/chromium", onNotice: (m) => notices.push(m) });
    expect((await imager.addImages(notebookWith("<table><tr><td>5</td></tr></table>"))).added).toBe(0);
    await imager.close();
    expect(notices).toEqual([]);
  });
});

describe.skipIf(!existsSync("/usr/bin/chromium"))("static pictures of charts in Chromium", () => {
  it("adds a picture beside a chart's HTML and inside it, once, with its bars drawn, leaving the input alone", async () => {
    const notices: string[] = [];
    const imager = chartImager({ onNotice: (m) => notices.push(m) });
    const html = chartHtml(
      { data: [{ type: "bar", x: ["T", "OE", "NP"], y: [30, 20, 10] }], layout: { title: { text: "T, OE &amp; NP" } } },
      { id: "c" },
    );
    const notebook = notebookWith(html);
    const before = structuredClone(notebook);
    let pictured: Notebook;
    try {
      const result = await imager.addImages(notebook);
      expect(result.added).toBe(1);
      pictured = result.notebook;
      // Already pictured: not drawn again.
      expect((await imager.addImages(pictured)).added).toBe(0);
    } finally {
      await imager.close();
    }
    expect(notices).toEqual([]);
    expect(notebook).toEqual(before);
    const data = (pictured.cells[0] as { outputs: { data: Record<string, string> }[] }).outputs[0]!.data;
    expect(Object.keys(data)).toEqual(["text/html", "text/plain", "image/svg+xml"]);
    expect(data["image/svg+xml"]).toMatch(/^<svg[\s\S]*T, OE &amp; NP[\s\S]*<\/svg>$/);
    expect(data["image/svg+xml"]!.match(/class="point"/g)).toHaveLength(3);
    // The same picture inside the HTML, in front of the chart, with the title as its alt text.
    const img =
      /<img class="ta-chart-picture" id="(ta-picture-[0-9a-f]+)" alt="([^"]*)" src="data:image\/svg\+xml;base64,([^"]+)"/.exec(
        data["text/html"]!,
      );
    expect(img?.[2]).toBe("T, OE &amp; NP");
    expect(Buffer.from(img![3]!, "base64").toString("utf8")).toBe(data["image/svg+xml"]);
    expect(data["text/html"]!.endsWith(html)).toBe(true);
  }, 60_000);
});
