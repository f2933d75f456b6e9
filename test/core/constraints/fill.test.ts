import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fillInOrder } from "../../../src/core/constraints/fill";
import { mixProblemOf } from "../../../src/core/constraints/problem";
import { defineModel, money } from "../../../src/core";
import { arbitraryModel } from "./arbitraries";

describe("fillInOrder", () => {
  it("plans the same quantities in integer hundredths as in exact decimals, in any order", () => {
    fc.assert(
      fc.property(arbitraryModel(), fc.integer(), (model, seed) => {
        const problem = mixProblemOf(model);
        const order = Array.from({ length: problem.productCount }, (_, p) => p);
        // A deterministic shuffle from the seed: the fill must agree for every order, not just the ranking's.
        let state = seed >>> 0;
        for (let i = order.length - 1; i > 0; i--) {
          state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
          const j = state % (i + 1);
          [order[i], order[j]] = [order[j]!, order[i]!];
        }
        // integralTimes false sends the same problem down the decimal loop.
        expect(fillInOrder(problem, order)).toEqual(fillInOrder({ ...problem, integralTimes: false }, order));
      }),
      { numRuns: 400 },
    );
  });

  it("rounds a capacity's share down to hundredths and keeps a demand as written", () => {
    // 140 hours: 7.25 units of b (10 min each, its whole demand) first, then a at 90 minutes a unit gets
    // (8400 − 72.5) ÷ 90 = 92.527… → 92.52 units, never 92.5277777778.
    const model = defineModel({
      currency: "USD",
      products: [
        { id: "a", name: "a", type: "service", price: money(90, "USD"), tvc: [], wholeUnits: false },
        { id: "b", name: "b", type: "service", price: money(10, "USD"), tvc: [], wholeUnits: false },
      ],
      resources: [{ id: "expert", name: "expert", capacity: 140, unit: "hour" }],
      usages: [
        { productId: "a", resourceId: "expert", timePerUnit: 90, unit: "minute" },
        { productId: "b", resourceId: "expert", timePerUnit: 10, unit: "minute" },
      ],
      demand: [
        { productId: "a", quantity: 200 },
        { productId: "b", quantity: 7.25 },
      ],
    });
    expect(fillInOrder(mixProblemOf(model), [1, 0])).toEqual([92.52, 7.25]);
  });
});
