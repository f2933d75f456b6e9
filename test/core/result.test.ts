import { describe, expect, it } from "vitest";
import {
  advertisingChannel,
  breakEvenUnits,
  classifyCost,
  compareMixPlans,
  comparePaySchemes,
  comparePolitical,
  compareScenarios,
  costAccountingMix,
  evaluateSpecialOrder,
  findConstraint,
  isCoreResult,
  money,
  optimalMix,
  politicalMix,
  projectDecision,
  rankProducts,
  rankingMix,
  resourceLoads,
  revenuePlan,
  throughputAccountingRatios,
  throughputOfRevenue,
  throughputReport,
  withPoliticalMinimum,
  type CoreResultKind,
} from "../../src/core";
import { operatingExpenseOf, throughputOf } from "../../src/core/throughput/period";
import { CORE_RESULT_KINDS } from "../../src/core/result";
import { haircut, salon } from "./fixtures";
import { pq } from "./constraints/fixtures";

describe("every result of the core carries its kind", () => {
  it("names each result by what it is", async () => {
    const plan = rankingMix(pq());
    const optimal = await optimalMix(pq());
    const infeasible = await optimalMix(
      pq({
        demand: [
          { productId: "P", quantity: 100, minimum: 100 },
          { productId: "Q", quantity: 50, minimum: 50 },
        ],
      }),
    );
    const results: [unknown, CoreResultKind][] = [
      [throughputReport(salon()), "throughput-report"],
      [throughputOf(salon()), "throughput-summary"],
      [operatingExpenseOf(salon()), "operating-expense-summary"],
      [classifyCost({ name: "paint", occursBecauseAUnitIsSold: true }), "cost-classification"],
      [breakEvenUnits(haircut, money(50)), "break-even-units"],
      [compareScenarios(salon(), salon()), "scenario-comparison"],
      [
        projectDecision({
          name: "hire",
          horizonMonths: 3,
          effects: [{ kind: "operating-expense", label: "salary", amount: money(10) }],
        }),
        "decision-projection",
      ],
      [
        evaluateSpecialOrder({
          price: money(8),
          tvcPerUnit: money(5),
          quantity: 10,
          capacityPerUnit: 1,
          idleCapacity: 20,
        }),
        "special-order-evaluation",
      ],
      [
        advertisingChannel({
          name: "leaflets",
          spend: money(10),
          clicks: 100,
          leads: 10,
          buyers: 3,
          revenue: money(60),
          throughputRatio: "0.5",
        }),
        "advertising-channel",
      ],
      [revenuePlan(money(100), [{ name: "services", throughputRatio: "0.5", share: "1" }]), "revenue-plan"],
      [throughputOfRevenue([{ name: "phones", revenue: money(150), throughputRatio: "0.5" }]), "revenue-throughput"],
      [
        comparePaySchemes([{ kind: "percent-of-sales", name: "5 %", rate: "0.05" }], money(1000), ["1"])[0],
        "pay-comparison-row",
      ],
      [resourceLoads(pq())[0], "resource-load"],
      [findConstraint(pq()), "resource-constraint"],
      [findConstraint(salon()), "market-constraint"],
      [rankProducts(pq()), "ranking"],
      [plan, "mix-plan"],
      [politicalMix(pq()), "political-comparison"],
      [comparePolitical(plan, plan), "political-comparison"],
      [optimal, "optimal-mix"],
      [infeasible, "infeasible-mix"],
      [costAccountingMix(pq()), "cost-accounting-mix"],
      [throughputAccountingRatios(pq()), "tpar-report"],
      [compareMixPlans(plan, plan), "plan-change"],
      [withPoliticalMinimum(pq(), "P", 10), "political-minimum-change"],
    ];
    for (const [result, kind] of results) {
      expect(isCoreResult(result)).toBe(true);
      expect((result as { kind: string }).kind).toBe(kind);
    }
    // Every kind the core declares is met above, so none is declared and never returned.
    expect(new Set(results.map(([, kind]) => kind))).toEqual(new Set(CORE_RESULT_KINDS));
  });

  it("is not fooled by an object that merely has a kind", () => {
    expect(isCoreResult({ kind: "resource", resourceIds: ["B"] })).toBe(false);
    expect(isCoreResult({ kind: "haircut" })).toBe(false);
    expect(isCoreResult(null)).toBe(false);
    expect(isCoreResult("ranking")).toBe(false);
  });
});
