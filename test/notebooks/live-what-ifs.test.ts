/**
 * Chapters 01, 03, 04, 06 and 08 each carry a live what-if cell. Before any slider moves, its static output
 * must be the chapter's own computed figures: the `data-figure` values equal what the library computes for
 * the same model, and each control is an `<input name>` named after its input. (Moving the sliders in a
 * browser is tested in test/display/what-if-*.test.ts.)
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  compare, demandOf, loadModel, politicalMix, rankingMix, rankProducts, reportByPeriod, throughputReport, withDemandScaled,
  withPoliticalMinimum, type Money,
} from "../../src";
import { executeNotebookFile } from "../../src/runtime/execute/execute-notebook";
import { describeFailure } from "../../src/runtime/execute/report";
import type { Notebook } from "../../src/runtime/notebook/nbformat";
import { KERNEL_TEST_TIMEOUT } from "../runtime/helpers";

const NOTEBOOKS = join(__dirname, "..", "..", "notebooks");
const DATA = join(__dirname, "..", "..", "data");

interface Live {
  readonly controls: string[];
  readonly figures: Record<string, string>;
}

/** The what-if outputs of an executed notebook: control names and exact figure values. */
function liveOutputs(notebook: Notebook): Live[] {
  const html = notebook.cells.flatMap((cell) =>
    cell.cell_type === "code" ? (cell.outputs ?? []).map((o) => (o as { data?: Record<string, unknown> }).data?.["text/html"]) : [],
  );
  return html
    .map((h) => (Array.isArray(h) ? h.join("") : typeof h === "string" ? h : ""))
    .filter((h) => h.includes('class="ta-what-if'))
    .map((h) => ({
      controls: [...h.matchAll(/<input[^>]*\bname="([^"]+)"/g)].map((m) => m[1]!),
      figures: Object.fromEntries([...h.matchAll(/data-figure="([^"]+)" data-value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!])),
    }));
}

const exact = (value: Money | undefined) => value?.amount.toString();

interface Case {
  readonly chapter: string;
  readonly controls: readonly string[];
  readonly expected: () => Record<string, string | undefined>;
}

const CASES: readonly Case[] = [
  {
    chapter: "01-salon-throughput",
    controls: ["price", "pieceRate"],
    expected: () => {
      const salon = loadModel(join(DATA, "salon"));
      const worst = [...reportByPeriod(salon)].sort((a, b) => compare(b.operatingExpense, a.operatingExpense))[0]!;
      const report = throughputReport(salon, { period: worst.period });
      return { throughput: exact(report.throughput), operatingExpense: exact(report.operatingExpense), netProfit: exact(report.netProfit) };
    },
  },
  {
    chapter: "03-ranking",
    controls: ["capacityHours", "topPrice"],
    expected: () => {
      const plan = rankingMix(loadModel(join(DATA, "salon-services")));
      return { throughput: exact(plan.throughput), netProfit: exact(plan.netProfit) };
    },
  },
  {
    chapter: "04-mix-and-political-mix",
    controls: ["capacityHours", "politicalMinimum"],
    expected: () => {
      const salon = loadModel(join(DATA, "salon-services"));
      const busy = withDemandScaled(salon, "1.3");
      const cut = [...rankingMix(busy).lines].reverse().find((l) => l.unsold > 0)!;
      const political = withPoliticalMinimum(busy, cut.productId, demandOf(salon, cut.productId)!.quantity).model;
      const comparison = politicalMix(political);
      return { throughput: exact(comparison.political.throughput), netProfitLost: exact(comparison.netProfitLost) };
    },
  },
  {
    chapter: "06-hall-special-order",
    controls: ["regularPrice", "largestExpense"],
    expected: () => {
      const hall = loadModel(join(DATA, "hall-rental"));
      const report = throughputReport(hall, { period: reportByPeriod(hall)[0]!.period });
      return { throughput: exact(report.throughput), operatingExpense: exact(report.operatingExpense), netProfit: exact(report.netProfit) };
    },
  },
  {
    chapter: "08-several-constraints",
    controls: ["capacity", "price:P", "price:Q"],
    expected: () => {
      const pq = loadModel(join(DATA, "pq"));
      const plan = rankingMix(pq);
      expect(rankProducts(pq).resource?.resourceId).toBe("B");
      return { throughput: exact(plan.throughput), netProfit: exact(plan.netProfit) };
    },
  },
];

describe("the chapters' live what-if cells", () => {
  it.each(CASES.flatMap((c) => (["en", "ru"] as const).map((locale) => [`${locale === "ru" ? "ru/" : ""}${c.chapter}`, locale, c] as const)))(
    "%s shows its own figures before any move",
    async (_name, locale, c) => {
      const file = join(NOTEBOOKS, ...(locale === "ru" ? ["ru"] : []), `${c.chapter}.ipynb`);
      const run = await executeNotebookFile(file);
      expect(run.failure ? describeFailure(c.chapter, run.failure) : "ok").toBe("ok");
      const live = liveOutputs(run.notebook);
      expect(live).toHaveLength(1);
      expect(live[0]!.controls).toEqual(c.controls);
      const expected = c.expected();
      for (const [name, value] of Object.entries(expected)) expect(live[0]!.figures[name], name).toBe(value);
    },
    KERNEL_TEST_TIMEOUT * 3,
  );
});
