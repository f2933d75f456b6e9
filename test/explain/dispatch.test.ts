import { describe, expect, it } from "vitest";
import {
  breakEvenUnits,
  compareMixPlans,
  compareScenarios,
  comparePaySchemes,
  costAccountingMix,
  evaluateSpecialOrder,
  findConstraint,
  money,
  optimalMix,
  politicalMix,
  projectDecision,
  rankProducts,
  rankingMix,
  resourceLoads,
  revenuePlan,
  throughputReport,
  withPoliticalMinimum,
} from "../../src/core";
import { explain, explainMixPlan, explainRanking, explanationLines } from "../../src/explain";
import { haircut, salon } from "../core/fixtures";
import { pq } from "../core/constraints/fixtures";

describe("explain(result)", () => {
  it("finds the builder of every result kind", async () => {
    const topics = [
      explain(throughputReport(salon(), { period: "month-1" })),
      explain(breakEvenUnits(haircut, money(50))),
      explain(rankProducts(pq())),
      explain(rankingMix(pq())),
      explain(politicalMix(pq())),
      explain(withPoliticalMinimum(pq(), "Q", 80)),
      explain(findConstraint(pq())),
      explain(resourceLoads(pq())),
      explain(await optimalMix(pq())),
      explain(costAccountingMix(pq())),
      explain(compareMixPlans(rankingMix(pq()), rankingMix(pq()))),
      explain(
        projectDecision({
          name: "d",
          horizonMonths: 3,
          effects: [{ kind: "throughput", label: "t", amount: money(1) }],
        }),
      ),
      explain(compareScenarios(salon(), salon(), { period: "month-1" })),
      explain(evaluateSpecialOrder({ price: money(10), tvcPerUnit: money(1), idleCapacity: 5 })),
      explain(comparePaySchemes([{ kind: "percent-of-sales", name: "5 %", rate: "0.05" }], money(100), [1, 2])),
      explain(revenuePlan(money(10), [{ name: "all", throughputRatio: "0.5", share: 1 }])),
    ].map((explanation) => explanation.topic);
    expect(topics).toEqual([
      "throughput-report",
      "break-even",
      "ranking",
      "mix-plan",
      "political-mix",
      "political-minimum",
      "resource-loads",
      "resource-loads",
      "optimal-mix",
      "cost-accounting",
      "plan-change",
      "decision",
      "scenario-comparison",
      "special-order",
      "pay-schemes",
      "sales-plan",
    ]);
  });

  it("says the same as the builder it picks, in the locale asked for", () => {
    expect(explanationLines(explain(rankingMix(pq()), { locale: "ru" }))).toEqual(
      explanationLines(explainMixPlan(rankingMix(pq()), { locale: "ru" })),
    );
    const ranking = explainRanking(rankProducts(pq()));
    expect(explain(ranking)).toBe(ranking);
  });

  it("refuses what is not a result", () => {
    expect(() => explain({} as never)).toThrow(/nothing to explain/);
  });
});
