import { describe, expect, it } from "vitest";
import { chartImager } from "../../../src/runtime/html/chart-images";
import { chartHtml } from "../../../src/display/chart";
import type { Notebook } from "../../../src/runtime/notebook/nbformat";

const notebookWith = (html: string): Notebook => ({
  nbformat: 4,
  nbformat_minor: 5,
  metadata: {},
  cells: [{ cell_type: "code", id: "c1", metadata: {}, source: "showChart(f)", execution_count: 1, outputs: [{ output_type: "display_data", data: { "text/html": html, "text/plain": "[chart]" }, metadata: {} }] }],
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
    expect(Object.keys((notebook.cells[0] as { outputs: { data: object }[] }).outputs[0]!.data)).toEqual(["text/html", "text/plain"]);
  });

  it("leaves outputs without a chart alone and starts no browser for them", async () => {
    const notices: string[] = [];
    const imager = chartImager({ executablePath: "/nonexistent/chromium", onNotice: (m) => notices.push(m) });
    expect(await imager.addImages(notebookWith("<table><tr><td>5</td></tr></table>"))).toBe(0);
    await imager.close();
    expect(notices).toEqual([]);
  });
});
