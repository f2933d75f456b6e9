import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defineModel, money, type BusinessModel } from "../../../src/core";
import { costAccountingMix, optimalMix, rankingMix, type MixPlan } from "../../../src/core/constraints";

interface Shape {
  products: {
    throughput: number;
    materials: number;
    demand: number;
    whole: boolean;
    minutes: number[];
    minimumShare: number;
  }[];
  capacities: number[];
}

const shape = (options: { resources?: number; whole?: boolean; political?: boolean } = {}) =>
  fc.integer({ min: options.resources ?? 1, max: options.resources ?? 4 }).chain((resourceCount) =>
    fc.record({
      capacities: fc.array(fc.integer({ min: 0, max: 3000 }), { minLength: resourceCount, maxLength: resourceCount }),
      products: fc.array(
        fc.record({
          throughput: fc.integer({ min: -20, max: 300 }),
          materials: fc.integer({ min: 0, max: 50 }),
          demand: fc.integer({ min: 0, max: 120 }),
          whole: options.whole === undefined ? fc.boolean() : fc.constant(options.whole),
          // Times in quarter minutes, zero often, so some products take no constraint time.
          minutes: fc.array(
            fc.oneof(
              fc.constant(0),
              fc.integer({ min: 1, max: 240 }).map((q) => q / 4),
            ),
            {
              minLength: resourceCount,
              maxLength: resourceCount,
            },
          ),
          minimumShare: options.political ? fc.double({ min: 0, max: 0.3, noNaN: true }) : fc.constant(0),
        }),
        { minLength: 1, maxLength: 7 },
      ),
    }),
  );

function modelOf(s: Shape): BusinessModel {
  return defineModel({
    currency: "USD",
    products: s.products.map((p, i) => ({
      id: `p${i}`,
      name: `p${i}`,
      type: "product",
      // T may be negative: a product sold below its TVC.
      price: money(Math.max(0, p.throughput) + p.materials, "USD"),
      tvc: [
        {
          kind: "materials",
          name: "m",
          basis: "per-unit",
          amount: money(p.materials + Math.max(0, -p.throughput), "USD"),
        },
      ],
      wholeUnits: p.whole,
    })),
    resources: s.capacities.map((capacity, r) => ({
      id: `r${r}`,
      name: `r${r}`,
      capacity,
      unit: r % 2 ? "minute" : "hour",
    })),
    usages: s.products.flatMap((p, i) =>
      p.minutes.flatMap((minutes, r) =>
        minutes === 0
          ? []
          : [{ productId: `p${i}`, resourceId: `r${r}`, timePerUnit: minutes, unit: "minute" as const }],
      ),
    ),
    demand: s.products.map((p, i) => ({
      productId: `p${i}`,
      quantity: p.demand,
      ...(p.minimumShare > 0 ? { minimum: Math.floor(p.demand * p.minimumShare) } : {}),
    })),
  });
}

function expectWithinLimits(plan: MixPlan, model: BusinessModel): void {
  expect(plan.violations).toEqual([]);
  for (const load of plan.resources) expect(load.overloaded).toBe(false);
  plan.lines.forEach((line) => {
    const demand = model.demand.find((row) => row.productId === line.productId)!;
    expect(line.quantity).toBeGreaterThanOrEqual(0);
    expect(line.quantity).toBeLessThanOrEqual(demand.quantity);
  });
}

describe("properties of every plan", () => {
  it("no ranking, cost-accounting or optimal plan exceeds a capacity or a demand", async () => {
    await fc.assert(
      fc.asyncProperty(shape(), async (s) => {
        const model = modelOf(s);
        expectWithinLimits(rankingMix(model), model);
        expectWithinLimits(costAccountingMix(model).plan, model);
        expectWithinLimits(costAccountingMix(model, { method: "absorption" }).plan, model);
        const result = await optimalMix(model);
        expect(result.kind).toBe("optimal-mix");
        if (result.kind === "optimal-mix") expectWithinLimits(result.plan, model);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it("the optimum is never below the ranking plan, and is proven", async () => {
    await fc.assert(
      fc.asyncProperty(shape(), async (s) => {
        const model = modelOf(s);
        const result = await optimalMix(model);
        if (result.kind !== "optimal-mix") throw new Error(result.message);
        expect(result.solver.proven).toBe(true);
        expect(result.plan.throughput.amount.greaterThanOrEqualTo(result.rankingPlan.throughput.amount)).toBe(true);
        expect(
          result.versusRanking.throughput.amount.isNegative() && !result.versusRanking.throughput.amount.isZero(),
        ).toBe(false);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it("a plan repaired only by float noise on a capacity is still proven optimal (a counterexample fast-check found)", async () => {
    const result = await optimalMix(
      modelOf({
        capacities: [0, 6],
        products: [
          { throughput: 0, materials: 0, demand: 0, whole: false, minutes: [0, 0.25], minimumShare: 0 },
          { throughput: 1, materials: 0, demand: 1, whole: false, minutes: [0, 1.5], minimumShare: 0 },
          { throughput: 0, materials: 0, demand: 0, whole: true, minutes: [0, 0], minimumShare: 0 },
          { throughput: 1, materials: 0, demand: 5, whole: false, minutes: [0, 1.25], minimumShare: 0 },
        ],
      }),
    );
    if (result.kind !== "optimal-mix") throw new Error(result.message);
    expect(result.plan.throughput.amount.toString()).toBe("4.8");
    expect(result.solver.proven).toBe(true);
  });

  it("with one constraint and fractional quantities the ranking plan is optimal", async () => {
    await fc.assert(
      fc.asyncProperty(shape({ resources: 1, whole: false }), async (s) => {
        const model = modelOf(s);
        const ranking = rankingMix(model);
        const result = await optimalMix(model);
        if (result.kind !== "optimal-mix") throw new Error(result.message);
        const difference = result.plan.throughput.amount.minus(ranking.throughput.amount).abs().toNumber();
        // Only the 12-significant-digit rounding of fractional quantities may separate them.
        expect(difference).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(ranking.throughput.amount.toNumber())));
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it("political minimums are met whenever the solver says they can be", async () => {
    await fc.assert(
      fc.asyncProperty(shape({ political: true }), async (s) => {
        const model = modelOf(s);
        const result = await optimalMix(model);
        if (result.kind === "infeasible-mix") {
          expect(result.minimumPlan.feasible).toBe(false);
          return;
        }
        for (const line of result.plan.lines) expect(line.quantity).toBeGreaterThanOrEqual(line.minimum);
        expect(result.plan.feasible).toBe(true);
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it("never mutates the model", () => {
    fc.assert(
      fc.property(shape(), (s) => {
        const model = modelOf(s);
        const before = JSON.stringify(model);
        rankingMix(model);
        costAccountingMix(model);
        expect(JSON.stringify(model)).toBe(before);
      }),
      { numRuns: 30 },
    );
  }, 60_000);
});
