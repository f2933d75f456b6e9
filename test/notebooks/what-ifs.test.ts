/**
 * A chapter run with a what-if parameter says what that run computes: the sentences the library builds for
 * the changed inputs are in the output, and no sentence written for the bundled figures contradicts them.
 * Each case runs one chapter in one language (the Russian edition for "ru").
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  demandOf, explainMixPlan, explainPoliticalMinimum, explainPoliticalMix, explanationLines, loadModel, politicalMix,
  explainPeriods, explainUnitThroughput, productById, reportByPeriod, defineModel, money,
  explainDecision, projectDecision,
  explainRanking, explainResourceLoads, findConstraint, rankingMix, rankProducts, withCapacity, withDemandScaled, withPoliticalMinimum,
} from "../../src";
import { executeNotebookFile } from "../../src/runtime/execute/execute-notebook";
import { describeFailure } from "../../src/runtime/execute/report";
import { notebookText } from "../../src/runtime/notebook/text";
import { KERNEL_TEST_TIMEOUT } from "../runtime/helpers";

const NOTEBOOKS = join(__dirname, "..", "..", "notebooks");
const DATA = join(__dirname, "..", "..", "data");
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

interface WhatIf {
  readonly chapter: string;
  readonly locale: "en" | "ru";
  readonly parameters: Record<string, unknown>;
  /** The library's sentences for the changed inputs: each must be in the output. */
  readonly expected: () => string[];
  /** Phrases true only of the bundled figures: none may be in the output. */
  readonly forbidden: readonly string[];
}

/** Chapter 04 with the constraint's hours set: its ranking plan, busier month and political mix. */
function chapter04(hours: number, locale: "en" | "ru"): string[] {
  const data = loadModel(join(DATA, "salon-services"));
  const salon = withCapacity(data, rankProducts(data).resource!.resourceId, hours);
  const busy = withDemandScaled(salon, "1.3");
  const busyPlan = rankingMix(busy);
  const cut = [...busyPlan.lines].reverse().find((l) => l.unsold > 0) ?? [...busyPlan.lines].reverse().find((l) => l.demand !== undefined)!;
  const keep = withPoliticalMinimum(busy, cut.productId, demandOf(salon, cut.productId)!.quantity);
  const options = { locale, periodUnit: data.periodUnit };
  return [rankingMix(salon), busyPlan].flatMap((plan) => explanationLines(explainMixPlan(plan, options)))
    .concat(explanationLines(explainPoliticalMinimum(keep, options)), explanationLines(explainPoliticalMix(politicalMix(keep.model), options)));
}

/** Chapter 03 with the constraint's hours set: the loads at full demand and the ranking. */
function chapter03(hours: number, locale: "en" | "ru"): string[] {
  const data = loadModel(join(DATA, "salon-services"));
  const salon = withCapacity(data, rankProducts(data).resource!.resourceId, hours);
  return [
    ...explanationLines(explainResourceLoads(findConstraint(salon), { locale })),
    ...explanationLines(explainRanking(rankProducts(salon, { per: { amount: 6, unit: "minute" } }), { locale })),
  ];
}

/** Chapter 01 with the haircut's piece rate set: its T and every period's NP. */
function chapter01(pieceRate: number, locale: "en" | "ru"): string[] {
  const data = loadModel(join(DATA, "salon"));
  const salon = defineModel({
    ...data,
    products: data.products.map((p) => p.id !== "haircut" ? p : {
      ...p, tvc: p.tvc.map((c) => (c.kind === "piece-rate" && c.basis === "per-unit" ? { ...c, amount: money(pieceRate, data.currency) } : c)),
    }),
  });
  return [
    ...explanationLines(explainUnitThroughput(productById(salon, "haircut"), { locale })),
    ...explanationLines(explainPeriods(reportByPeriod(salon), { productId: "haircut", locale })),
  ];
}

/** Chapter 02 with the ΔT arriving in another month. */
function chapter02(gainFromMonth: number, locale: "en" | "ru"): string[] {
  const decision = projectDecision({
    name: "administrator",
    horizonMonths: 12,
    effects: [
      { kind: "operating-expense", label: "salary", amount: money(10) },
      { kind: "throughput", label: "gain", amount: money(30), fromMonth: gainFromMonth },
    ],
  });
  return explanationLines(explainDecision(decision, { locale }));
}

const CASES: readonly WhatIf[] = [
  {
    chapter: "02-decisions-administrator", locale: "en", parameters: { gainFromMonth: 7 }, expected: () => chapter02(7, "en"),
    forbidden: ["falls to −30", "bottoms out at −₽30.00", "₽13.33", "pays back in month 5"],
  },
  {
    chapter: "02-decisions-administrator", locale: "ru", parameters: { gainFromMonth: 7 }, expected: () => chapter02(7, "ru"),
    forbidden: ["−30,00 ₽ в месяце 3", "13,33", "The administrator", "hire an administrator"],
  },
  {
    chapter: "01-salon-throughput", locale: "en", parameters: { pieceRate: 4 }, expected: () => chapter01(4, "en"),
    forbidden: ["T = 10 × 5 = 50", "T ₽5.00 per haircut", "10 × T ₽5.00"],
  },
  {
    chapter: "01-salon-throughput", locale: "ru", parameters: { pieceRate: 4 }, expected: () => chapter01(4, "ru"),
    forbidden: ["проход 5,00 ₽ на единицу", "Period by period", "One haircut"],
  },
  {
    chapter: "03-ranking", locale: "en", parameters: { capacityHours: 80 }, expected: () => chapter03(80, "en"),
    forbidden: ["92 % busy", "92% busy", "not over it", "the market is the constraint"],
  },
  {
    chapter: "03-ranking", locale: "ru", parameters: { capacityHours: 80 }, expected: () => chapter03(80, "ru"),
    forbidden: ["92 %", "ограничение — рынок", "Ranking by", "Price, TVC"],
  },
  {
    chapter: "04-mix-and-political-mix", locale: "en", parameters: { capacityHours: 120 }, expected: () => chapter04(120, "en"),
    forbidden: ["16 %", "92 %", "run out part-way", "NP falls", "runs out part-way", "leaves unsold)", "costs ₽"],
  },
  {
    chapter: "04-mix-and-political-mix", locale: "ru", parameters: { capacityHours: 120 }, expected: () => chapter04(120, "ru"),
    forbidden: ["16 %", "92 %", "заканчивается на середине", "ЧП падает", "оставляет непроданной)", "Kept on purpose", "The battle map"],
  },
];

describe("what-if parameters", () => {
  it.each(CASES.map((c) => [`${c.locale === "ru" ? "ru/" : ""}${c.chapter} ${JSON.stringify(c.parameters)}`, c] as [string, WhatIf]))(
    "%s says what the run computes",
    async (_name, c) => {
      const file = join(NOTEBOOKS, ...(c.locale === "ru" ? ["ru"] : []), `${c.chapter}.ipynb`);
      const run = await executeNotebookFile(file, { parameters: c.parameters });
      expect(run.failure ? describeFailure(c.chapter, run.failure) : "ok").toBe("ok");
      const text = plain(notebookText(run.notebook));
      expect(c.expected().map(plain).filter((sentence) => !text.includes(sentence))).toEqual([]);
      expect(c.forbidden.filter((phrase) => text.includes(phrase))).toEqual([]);
    },
    KERNEL_TEST_TIMEOUT * 3,
  );

  it("a capacity below zero stops chapter 04 with the problem said", async () => {
    const run = await executeNotebookFile(join(NOTEBOOKS, "04-mix-and-political-mix.ipynb"), { parameters: { capacityHours: -5 } });
    expect(run.failure).toBeDefined();
    expect(describeFailure("04", run.failure!)).toMatch(/capacity of "stylists" must be a number ≥ 0 \(hours\), got -5/);
  }, KERNEL_TEST_TIMEOUT * 3);
});

describe("chapter 04's political parameters", () => {
  it("says that a minimum above the demand is capped, in the reader's language", async () => {
    const run = await executeNotebookFile(join(NOTEBOOKS, "ru", "04-mix-and-political-mix.ipynb"), { parameters: { politicalMinimum: 40 } });
    expect(run.failure ? describeFailure("04", run.failure) : "ok").toBe("ok");
    const data = loadModel(join(DATA, "salon-services"));
    const busy = withDemandScaled(data, "1.3");
    const cut = [...rankingMix(busy).lines].reverse().find((l) => l.unsold > 0)!;
    const keep = withPoliticalMinimum(busy, cut.productId, 40);
    expect(keep.capped).toBe(true);
    expect(plain(notebookText(run.notebook))).toContain(plain(explanationLines(explainPoliticalMinimum(keep, { locale: "ru" }))[0]!));
  }, KERNEL_TEST_TIMEOUT * 3);

  it("stops on a product id the model lacks, listing the valid ids and the one meant", async () => {
    const run = await executeNotebookFile(join(NOTEBOOKS, "04-mix-and-political-mix.ipynb"), { parameters: { politicalProduct: "blowdry" } });
    expect(run.failure).toBeDefined();
    expect(describeFailure("04", run.failure!)).toMatch(/no product "blowdry" \(its products: .*blow-dry.*\); did you mean "blow-dry"/);
  }, KERNEL_TEST_TIMEOUT * 3);
});
