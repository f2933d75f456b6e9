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
    expect(await imager.addImages(notebook)).toBe(0);
    expect(await imager.addImages(notebook)).toBe(0);
    await imager.close();
    expect(notices).toEqual([expect.stringContaining("/nonexistent/chromium not found")]);
    expect(Object.keys((notebook.cells[0] as { outputs: { data: object }[] }).outputs[0]!.data)).toEqual([
      "text/html",
      "text/plain",
    ]);
  });

  it("leaves outputs without a chart alone and starts no browser for them", async () => {
    const notices: string[] = [];
    const imager = chartImager({ executablePath: "/nonexistent/chromium", onNotice: (m) => notices.push(m) });
    expect(await imager.addImages(notebookWith("<table><tr><td>5</td></tr></table>"))).toBe(0);
    await imager.close();
    expect(notices).toEqual([]);
  });
});

describe.skipIf(!existsSync("/usr/bin/chromium"))("static pictures of charts in Chromium", () => {
  it("adds image/svg+xml beside a chart's HTML, once, with its bars drawn", async () => {
    const notices: string[] = [];
    const imager = chartImager({ onNotice: (m) => notices.push(m) });
    const notebook = notebookWith(
      chartHtml(
        { data: [{ type: "bar", x: ["T", "OE", "NP"], y: [30, 20, 10] }], layout: { title: { text: "T, OE and NP" } } },
        { id: "c" },
      ),
    );
    try {
      expect(await imager.addImages(notebook)).toBe(1);
      // Already pictured: not drawn again.
      expect(await imager.addImages(notebook)).toBe(0);
    } finally {
      await imager.close();
    }
    expect(notices).toEqual([]);
    const data = (notebook.cells[0] as { outputs: { data: Record<string, string> }[] }).outputs[0]!.data;
    expect(Object.keys(data)).toEqual(["text/html", "text/plain", "image/svg+xml"]);
    expect(data["image/svg+xml"]).toMatch(/^<svg[\s\S]*T, OE and NP[\s\S]*<\/svg>$/);
    expect(data["image/svg+xml"]!.match(/class="point"/g)).toHaveLength(3);
  }, 60_000);
});
