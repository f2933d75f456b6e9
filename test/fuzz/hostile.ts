/** Hostile strings written into the salon's fields and the checks that none reaches an output unescaped. */
import { expect } from "vitest";
import {
  rankingMix,
  rankProducts,
  reportByPeriod,
  resourceLoads,
  throughputReport,
  type BusinessModel,
} from "../../src/core";
import {
  mixPlanLoadFigure,
  rankingFigure,
  throughputByPeriodFigure,
  throughputWaterfallFigure,
  utilisationFigure,
} from "../../src/charts";
import { chartHtml, tableHtml, tableText } from "../../src/display";
import { safeLoadModel } from "../../src/load";
import { runCli } from "../../src/cli/main";
import { renderNotebookPage } from "../../src/runtime/html/page";
import type { Notebook } from "../../src/runtime/notebook/nbformat";
import { modelFiles, stringsOf, withFolder } from "./helpers";

/** A free-text field of the salon's files, or an id that other files refer to (replaced everywhere). */
export type Field =
  | { readonly kind: "cell"; readonly file: string; readonly column: string }
  | { readonly kind: "id"; readonly id: string };

export const FIELDS: readonly Field[] = [
  { kind: "cell", file: "model.csv", column: "name" },
  { kind: "cell", file: "products.csv", column: "name" },
  { kind: "cell", file: "products.csv", column: "category" },
  { kind: "cell", file: "products.csv", column: "unit_name" },
  { kind: "cell", file: "resources.csv", column: "name" },
  { kind: "cell", file: "operating_expenses.csv", column: "name" },
  { kind: "cell", file: "tvc.csv", column: "name" },
  { kind: "id", id: "haircut" },
  { kind: "id", id: "gold-star" },
  { kind: "id", id: "stylists" },
  { kind: "id", id: "month-1" },
];

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The salon's files with `value` written into every cell of the field (as a quoted CSV value). */
export function withHostile(field: Field, value: string): Record<string, string> {
  const files = modelFiles("salon");
  if (field.kind === "id") {
    // Whole cells only: "haircut" must not also rewrite "mens-haircut".
    const cell = new RegExp(`(^|,)${field.id.replace(/[-]/g, "\\-")}(?=,|\\r?$)`, "gm");
    for (const [name, text] of Object.entries(files))
      files[name] = text.replace(cell, (_, start: string) => `${start}${quote(value)}`);
    return files;
  }
  const text = files[field.file];
  if (text === undefined) return files;
  const [header, ...rows] = text.replace(/\n$/, "").split("\n");
  const at = header!.split(",").indexOf(field.column);
  if (at < 0) return files;
  // The salon's files have no quoted cells in these columns, so a split on "," is exact.
  files[field.file] =
    [
      header,
      ...rows.map((row) =>
        row
          .split(",")
          .map((cell, i) => (i === at ? quote(value) : cell))
          .join(","),
      ),
    ].join("\n") + "\n";
  return files;
}

// Markup that would run or render if a name reached HTML unescaped.
// (An escaped name still reads "onerror=" as text; only a real tag can run it.)
const RAW_MARKUP = /<img|<svg|<script|<\/script|<!--/i;
// What a terminal obeys, or cannot show: any control character but line feed, invisible format characters.
const TERMINAL_HIDDEN = /(?!\n)[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/u;

function results(model: BusinessModel): unknown[] {
  return [throughputReport(model), reportByPeriod(model), rankProducts(model), rankingMix(model), resourceLoads(model)];
}

function figures(model: BusinessModel) {
  return [
    throughputByPeriodFigure(reportByPeriod(model)),
    throughputWaterfallFigure(throughputReport(model)),
    rankingFigure(rankProducts(model)),
    mixPlanLoadFigure(rankingMix(model)),
    utilisationFigure(resourceLoads(model)),
  ];
}

async function cliOutput(folder: string): Promise<string> {
  const lines: string[] = [];
  for (const command of ["report", "resources", "rank", "mix"])
    await runCli([command, folder], { out: (t) => lines.push(t), err: (t) => lines.push(t) });
  return lines.join("\n");
}

/** Checks one hostile value in one field everywhere it can be shown. */
export async function checkHostile(field: Field, value: string): Promise<void> {
  const files = withHostile(field, value);
  await withFolder(files, async (dir) => {
    const loaded = safeLoadModel(dir);
    if (!loaded.success) {
      // Refusing an id that is not usable is fine; the refusal itself must be printable.
      expect(loaded.error.message).not.toMatch(/(?![\t\n\r])\p{Cc}/u);
      return;
    }
    const model = loaded.model;
    for (const result of results(model)) {
      const html = tableHtml(result);
      expect(html).not.toMatch(RAW_MARKUP);
      expect(html).not.toMatch(/(?![\t\n\r])\p{Cc}/u);
      const text = tableText(result);
      expect(text).not.toMatch(TERMINAL_HIDDEN);
    }
    for (const figure of figures(model)) {
      for (const s of stringsOf(figure)) expect(s).not.toMatch(RAW_MARKUP);
      const html = chartHtml(figure, { id: "fuzz" });
      // One script element, ended once: nothing in the data closed it early or opened a comment.
      expect(html.match(/<script\b/g)).toHaveLength(1);
      expect(html.match(/<\/script/g)).toHaveLength(1);
      expect(html).not.toContain("<!--");
    }
    const page = renderNotebookPage(
      {
        nbformat: 4,
        nbformat_minor: 5,
        metadata: {},
        cells: [
          { cell_type: "markdown", metadata: {}, source: `# ${value}` },
          {
            cell_type: "code",
            metadata: {},
            source: `show(${JSON.stringify(value)})`,
            execution_count: 1,
            outputs: [
              {
                output_type: "display_data",
                metadata: {},
                data: { "text/html": tableHtml(throughputReport(model)), "text/plain": value },
              },
              { output_type: "stream", name: "stdout", text: value },
              { output_type: "error", ename: value, evalue: value, traceback: [value] },
            ],
          },
        ],
      } as Notebook,
      {
        source: `${value}.ipynb`,
        status: "ok",
        parameters: { [value]: value },
        durationMs: 1,
        finishedAt: "2026-01-01T00:00:00.000Z",
      },
    );
    expect(page).not.toMatch(RAW_MARKUP);
    expect(page.match(/<script\b/g)).toBeNull();
    expect(await cliOutput(dir)).not.toMatch(TERMINAL_HIDDEN);
  });
}
