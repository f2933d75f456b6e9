import { describe, expect, it } from "vitest";
import {
  costAccountingMix,
  findConstraint,
  optimalMix,
  rankingMix,
  rankProducts,
  resourceLoads,
  throughputAccountingRatios,
} from "../../../src/core/constraints";
import { withCapacity } from "../../../src/core/model";
import { pq } from "./fixtures";

const quantities = (plan: { lines: readonly { productId: string; quantity: number }[] }) =>
  Object.fromEntries(plan.lines.map((line) => [line.productId, line.quantity]));

describe("Goldratt's P&Q", () => {
  it("finds B overloaded at full demand (3000 of 2400 minutes): the CCR", () => {
    const loads = resourceLoads(pq());
    expect(loads.map((load) => [load.resourceId, load.used, load.overloaded])).toEqual([
      ["A", 2000, false],
      ["B", 3000, true],
      ["C", 1750, false],
      ["D", 1750, false],
    ]);
    const finding = findConstraint(pq());
    expect(finding.kind).toBe("resource-constraint");
    if (finding.kind === "resource-constraint") expect(finding.constraint.resourceId).toBe("B");
  });

  it("ranks P (45 / 15 min = 3 a minute) above Q (60 / 30 min = 2 a minute)", () => {
    const ranking = rankProducts(pq());
    expect(ranking.basis).toBe("constraint");
    expect(ranking.rows.map((row) => [row.productId, row.throughputPerConstraintTime?.amount.toString()])).toEqual([
      ["P", "3"],
      ["Q", "2"],
    ]);
  });

  it("plans 100 P + 30 Q by the ranking: T 6300, NP 300, B full", () => {
    const plan = rankingMix(pq());
    expect(quantities(plan)).toEqual({ P: 100, Q: 30 });
    expect(plan.throughput.amount.toString()).toBe("6300");
    expect(plan.operatingExpense?.amount.toString()).toBe("6000");
    expect(plan.netProfit?.amount.toString()).toBe("300");
    expect(plan.lines.map((line) => line.cumulativeConstraintLoad)).toEqual([0.625, 1]);
    expect(plan.lines[1]!.unsold).toBe(20);
    expect(plan.lines[1]!.unsoldReason).toEqual({ kind: "resource", resourceIds: ["B"] });
    expect(plan.feasible).toBe(true);
  });

  it("shows the cost-accounting choice, 60 P + 50 Q, losing 300 (by margin and by absorption)", () => {
    for (const method of ["margin", "absorption"] as const) {
      const result = costAccountingMix(pq(), { method });
      expect(quantities(result.plan)).toEqual({ P: 60, Q: 50 });
      expect(result.plan.netProfit?.amount.toString()).toBe("-300");
      expect(result.rows[0]!.productId).toBe("Q");
    }
    const absorption = costAccountingMix(pq(), { method: "absorption" });
    expect(absorption.overheadRatePerMinute?.amount.toString()).toBe("0.625");
    expect(absorption.rows.map((row) => [row.productId, row.margin.amount.toString()])).toEqual([
      ["Q", "28.75"],
      ["P", "7.5"],
    ]);
  });

  it("gives TPAR P 1.2 and Q 0.8 (cost per B hour 6000 / 40 = 150)", () => {
    const report = throughputAccountingRatios(pq());
    expect(report.costPerHour?.amount.toString()).toBe("150");
    expect(report.rows.map((row) => [row.productId, row.returnPerHour?.amount.toString(), row.ratio])).toEqual([
      ["P", "180", 1.2],
      ["Q", "120", 0.8],
    ]);
  });

  it("proves 100 P + 30 Q optimal, with B worth 2 a minute", async () => {
    const result = await optimalMix(pq());
    expect(result.kind).toBe("optimal-mix");
    if (result.kind !== "optimal-mix") return;
    expect(quantities(result.plan)).toEqual({ P: 100, Q: 30 });
    expect(result.plan.netProfit?.amount.toString()).toBe("300");
    expect(result.solver).toMatchObject({
      status: "optimal",
      proven: true,
      relativeGap: 0,
      integer: true,
      repaired: false,
    });
    expect(
      result.shadowPrices.map((price) => [price.resourceId, price.value.amount.toNumber(), price.binding]),
    ).toEqual([
      ["A", 0, false],
      ["B", 2, true],
      ["C", 0, false],
      ["D", 0, false],
    ]);
    expect(result.versusRanking.throughput.amount.isZero()).toBe(true);
  });
});

describe("P&Q with P taking 24 minutes on D: two constraints", () => {
  it("the ranking plan loses money", () => {
    const plan = rankingMix(pq({ pOnD: 24 }));
    expect(quantities(plan)).toEqual({ P: 100, Q: 0 });
    expect(plan.netProfit?.amount.toString()).toBe("-1500");
    expect(plan.lines[1]!.unsoldReason).toEqual({ kind: "resource", resourceIds: ["D"] });
  });

  it("the optimum is 92 P + 34 Q, NP 180, proven, 1680 better than the ranking", async () => {
    const result = await optimalMix(pq({ pOnD: 24 }));
    if (result.kind !== "optimal-mix") throw new Error(result.message);
    expect(quantities(result.plan)).toEqual({ P: 92, Q: 34 });
    expect(result.plan.throughput.amount.toString()).toBe("6180");
    expect(result.plan.netProfit?.amount.toString()).toBe("180");
    expect(result.solver.proven).toBe(true);
    expect(result.versusRanking.netProfit?.amount.toString()).toBe("1680");
    const binding = result.shadowPrices.filter((price) => price.binding).map((price) => price.resourceId);
    expect(binding).toEqual(["B", "D"]);
    expect(result.plan.resources.every((load) => !load.overloaded)).toBe(true);
  });
});

describe("a resource shut for the period (capacity 0)", () => {
  // A capacity of 0 is data, not an error (a machine down for the month, a closed counter): the model loads,
  // nothing that needs the resource is planned, and products that do not need it still are.
  it("plans none of what needs it, in the ranking plan and the proven optimum alike", async () => {
    const shut = withCapacity(pq(), "B", 0);
    expect(quantities(rankingMix(shut))).toEqual({ P: 0, Q: 0 });
    const optimum = await optimalMix(shut);
    expect(optimum.kind).toBe("optimal-mix");
    if (optimum.kind === "optimal-mix") {
      expect(quantities(optimum.plan)).toEqual({ P: 0, Q: 0 });
      expect(optimum.solver.proven).toBe(true);
      expect(optimum.plan.feasible).toBe(true);
    }
  });
});
