import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { politicalMix, prepareModel, rankingMix, type MixPlan, type WhatIfChange } from "../../../src/core/constraints";
import { ArgumentError, defineModel, money, type BusinessModel } from "../../../src/core";
import { mixProblemOf } from "../../../src/core/constraints/problem";
import { rankingOrder } from "../../../src/core/constraints/ranking";
import { arbitraryModel } from "./arbitraries";
import { referenceRankingMix, type ReferencePlan } from "./reference";
import { pq } from "./fixtures";
import { salon } from "../fixtures";

function expectSame(plan: MixPlan, reference: ReferencePlan): void {
  expect(plan.constraint?.resourceId).toBe(reference.constraintId);
  expect(plan.throughput.amount.toString()).toBe(reference.throughput);
  expect(new Map(plan.lines.map((line) => [line.productId, String(line.quantity)]))).toEqual(reference.quantities);
}

describe("the engine against a plain exact reference", () => {
  it("gives the reference's ranking plan, with and without the political limits", () => {
    fc.assert(
      fc.property(arbitraryModel(), (model) => {
        expectSame(rankingMix(model), referenceRankingMix(model, true));
        expectSame(rankingMix(model, { political: false }), referenceRankingMix(model, false));
      }),
      { numRuns: 300 },
    );
  });
});

const change = (model: BusinessModel): fc.Arbitrary<WhatIfChange> =>
  fc.oneof(
    ...(model.resources.length
      ? [
          fc.record({
            kind: fc.constant("capacity" as const),
            resourceId: fc.constantFrom(...model.resources.map((r) => r.id)),
            capacity: fc.integer({ min: 0, max: 4000 }),
          }),
        ]
      : []),
    fc.record({
      kind: fc.constant("price" as const),
      productId: fc.constantFrom(...model.products.map((p) => p.id)),
      price: fc.integer({ min: 0, max: 60_000 }).map((cents) => (cents / 100).toFixed(2)),
    }),
    fc.record({
      kind: fc.constant("demand" as const),
      productId: fc.constantFrom(...model.products.map((p) => p.id)),
      quantity: fc.integer({ min: 0, max: 300 }),
    }),
  );

describe("the prepared what-if model", () => {
  it("after any changes gives what rankingMix and politicalMix give on the changed model, and the reference's plan", () => {
    fc.assert(
      fc.property(
        arbitraryModel().chain((model) => fc.tuple(fc.constant(model), fc.array(change(model), { maxLength: 5 }))),
        ([model, changes]) => {
          let prepared = prepareModel(model);
          for (const step of changes) {
            prepared = prepared.with(step);
            const changed = prepared.toModel();
            const result = prepared.result;
            const full = rankingMix(changed);
            expect(result.throughput).toEqual(full.throughput);
            expect(result.plan.lines).toEqual(full.lines);
            expectSame(result.plan, referenceRankingMix(changed, true));
            const political = politicalMix(changed);
            expect(result.politicalThroughputLost).toEqual(political.throughputLost);
            expect(result.politicalMix.changes).toEqual(political.changes);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("P&Q: 600 more B-minutes sell the whole demand (100 P, 50 Q), NP 300 → 1 500, and the model is not touched", () => {
    const model = pq();
    const prepared = prepareModel(model);
    expect(prepared.result.netProfit?.amount.toString()).toBe("300");
    const more = prepared.with({ kind: "capacity", resourceId: "B", capacity: 3000 });
    expect(more.result.netProfit?.amount.toString()).toBe("1500");
    expect(more.result.plan.lines.map((line) => [line.productId, line.quantity])).toEqual([
      ["P", 100],
      ["Q", 50],
    ]);
    expect(prepared.result.netProfit?.amount.toString()).toBe("300");
    expect(model.resources.find((r) => r.id === "B")!.capacity).toBe(2400);
  });

  it("refuses an unknown id or a negative value with an ArgumentError and its code", () => {
    const prepared = prepareModel(salon());
    expect(() => prepared.with({ kind: "demand", productId: "nope", quantity: 1 })).toThrow(ArgumentError);
    expect(() => prepared.with({ kind: "capacity", resourceId: "nope", capacity: 1 })).toThrow(/no resource "nope"/);
    expect(() => prepared.with({ kind: "price", productId: salon().products[0]!.id, price: "-1" })).toThrow(
      ArgumentError,
    );
    const codeOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error instanceof ArgumentError ? [error.code, error.value] : error;
      }
      return "no error";
    };
    expect(codeOf(() => prepared.with({ kind: "demand", productId: "nope", quantity: 1 }))).toEqual([
      "unknown_product",
      "nope",
    ]);
    expect(codeOf(() => prepared.with({ kind: "capacity", resourceId: "nope", capacity: 1 }))).toEqual([
      "unknown_resource",
      "nope",
    ]);
    expect(codeOf(() => prepareModel(pq()).with({ kind: "capacity", resourceId: "B", capacity: -5 }))).toEqual([
      "out_of_range",
      -5,
    ]);
  });
});

describe("the ranking order of a large model (the radix sort)", () => {
  // Thousands of products with few distinct values: exact ties (same ratio, same T), ratios equal in
  // decimals but not as doubles, near ties within 1e-12, products without constraint time, negative T.
  const largeModel = (seed: number, count: number): BusinessModel => {
    let state = seed >>> 0;
    const next = (below: number) => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return state % below;
    };
    const prices = ["12", "24", "36.5", "0.3", "0.1", "1234567890123.45", "1234567890123.46", "7"];
    const products = Array.from({ length: count }, (_, i) => ({
      id: `p${String(next(100_000)).padStart(5, "0")}-${i}`,
      name: `P${i}`,
      type: "product" as const,
      price: money(prices[next(prices.length)]!, "USD"),
      tvc: [
        {
          kind: "materials" as const,
          name: "m",
          basis: "per-unit" as const,
          amount: money(["0", "1", "0.2", "50"][next(4)]!, "USD"),
        },
      ],
    }));
    const times = [0, 0.5, 1, 1.5, 3, 0.1, 0.3, 7];
    return defineModel({
      currency: "USD",
      products,
      resources: [{ id: "A", name: "A", capacity: 10, unit: "minute" as const }],
      usages: products.flatMap((product) => {
        const time = times[next(times.length)]!;
        return time === 0
          ? []
          : [{ productId: product.id, resourceId: "A", timePerUnit: time, unit: "minute" as const }];
      }),
      demand: products.map((product) => ({ productId: product.id, quantity: 1 + next(50) })),
    });
  };

  it("is the order the exact comparison gives, rule by rule", () => {
    for (const seed of [1, 2, 3]) {
      const model = largeModel(seed, 3_000);
      const problem = mixProblemOf(model);
      const order = rankingOrder(problem, 0);
      const t = (p: number) => problem.throughput.exact(p);
      const minutes = (p: number) => problem.minutesExact(p, 0);
      const expected = [...order].sort((a, b) => {
        const unboundedA = minutes(a).isZero();
        const unboundedB = minutes(b).isZero();
        if (unboundedA !== unboundedB) return unboundedA ? -1 : 1;
        if (!unboundedA) {
          const byRatio = t(b)
            .dividedBy(minutes(b))
            .comparedTo(t(a).dividedBy(minutes(a)));
          if (byRatio !== 0) return byRatio;
        }
        const byT = t(b).comparedTo(t(a));
        if (byT !== 0) return byT;
        return problem.columns.productIds[a]! < problem.columns.productIds[b]! ? -1 : 1;
      });
      expect(order).toEqual(expected);
      // Without a ranking resource: by T per unit, then id.
      const byT = rankingOrder(problem, undefined);
      expect(byT).toEqual(
        [...byT].sort(
          (a, b) => t(b).comparedTo(t(a)) || (problem.columns.productIds[a]! < problem.columns.productIds[b]! ? -1 : 1),
        ),
      );
    }
  });
});
