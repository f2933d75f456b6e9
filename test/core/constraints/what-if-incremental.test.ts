import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  comparePolitical,
  prepareModel,
  type MixPlan,
  type PreparedModel,
  type WhatIfChange,
  type WhatIfResult,
} from "../../../src/core/constraints";
import type { BusinessModel } from "../../../src/core";
import { arbitraryModel } from "./arbitraries";
import { outcomeAndPlanOf, withInput } from "../../../src/core/sensitivity";
import { rankingMix } from "../../../src/core/constraints";

// The prepared what-if reuses what a change leaves valid (the products' part of the mix problem after a
// capacity move, the ranking order, line amounts remembered per T column, quantities instead of lines in
// the political comparison). Each result must equal a from-scratch computation on the changed model.

const move = (model: BusinessModel): fc.Arbitrary<WhatIfChange> =>
  fc.oneof(
    ...(model.resources.length
      ? [
          fc.record({
            kind: fc.constant("capacity" as const),
            resourceId: fc.constantFrom(...model.resources.map((r) => r.id)),
            // Whole, quarter and odd capacities: some keep the problem's time scale, some need it redone.
            capacity: fc.oneof(
              fc.integer({ min: 0, max: 4000 }),
              fc.integer({ min: 0, max: 16000 }).map((q) => q / 4),
              fc.integer({ min: 0, max: 4000 }).map((q) => q / 1000),
            ),
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

/** Everything a what-if shows, as plain comparable data (the lazy lines and the political mix read). */
function shown(result: WhatIfResult) {
  const plan = (p: MixPlan) => JSON.parse(JSON.stringify({ ...p, lines: p.lines }));
  return {
    constraintId: result.constraintId,
    throughput: result.throughput.amount.toString(),
    operatingExpense: result.operatingExpense?.amount.toString(),
    netProfit: result.netProfit?.amount.toString(),
    plan: plan(result.plan),
    marketPlan: plan(result.marketPlan),
    lost: result.politicalThroughputLost.amount.toString(),
    npLost: result.politicalNetProfitLost?.amount.toString(),
    changes: JSON.parse(JSON.stringify(result.politicalMix.changes)),
    displaced: result.politicalMix.displaced.map((change) => change.productId),
  };
}

describe("the prepared what-if's incremental recomputation against a from-scratch one", () => {
  it("equals prepareModel(changed model) for random capacity, price and demand moves, in chains and in branches", () => {
    fc.assert(
      fc.property(
        arbitraryModel().chain((model) =>
          fc.tuple(
            fc.constant(model),
            fc.array(fc.tuple(move(model), fc.boolean(), fc.boolean()), { minLength: 1, maxLength: 8 }),
          ),
        ),
        ([model, steps]) => {
          let current: PreparedModel = prepareModel(model);
          const evaluated: PreparedModel[] = [current];
          for (const [change, branch, read] of steps) {
            // A branch starts from an earlier state that was already evaluated (a slider moved back and forth).
            const from = branch ? evaluated[Math.floor(evaluated.length / 2)]! : current;
            const next = from.with(change);
            const scratch = prepareModel(next.toModel());
            expect(shown(next.result)).toEqual(shown(scratch.result));
            if (read) evaluated.push(next);
            current = next;
          }
        },
      ),
      { numRuns: 150 },
    );
  }, 30_000);

  it("compares a political plan with the market plan by quantities exactly as by their lines", () => {
    fc.assert(
      fc.property(arbitraryModel(), (model) => {
        const result = prepareModel(model).result;
        // Spread copies are not the engine's plans, so the comparison reads their lines.
        const byLines = comparePolitical(
          { ...result.plan, lines: result.plan.lines },
          { ...result.marketPlan, lines: result.marketPlan.lines },
        );
        expect(JSON.parse(JSON.stringify(result.politicalMix.changes))).toEqual(
          JSON.parse(JSON.stringify(byLines.changes)),
        );
        expect(result.politicalMix.displaced.length).toBe(byLines.displaced.length);
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});

describe("the sweeps' problem cache against a from-scratch plan", () => {
  it("gives rankingMix's plan after random capacity moves (whole, quarter and thousandth capacities)", () => {
    fc.assert(
      fc.property(
        arbitraryModel().filter((model) => model.resources.length > 0),
        fc.array(
          fc.tuple(
            fc.nat(),
            fc.oneof(
              fc.integer({ min: 0, max: 4000 }),
              fc.integer({ min: 0, max: 16000 }).map((q) => q / 4),
              fc.integer({ min: 0, max: 4000 }).map((q) => q / 1000),
            ),
          ),
          { minLength: 1, maxLength: 6 },
        ),
        (model, moves) => {
          for (const [pick, capacity] of moves) {
            const resourceId = model.resources[pick % model.resources.length]!.id;
            const changed = withInput(model, { kind: "capacity", resourceId }, capacity);
            for (const political of [true, false]) {
              const cached = outcomeAndPlanOf(changed, { political }).plan;
              const scratch = rankingMix(changed, { political });
              expect(JSON.parse(JSON.stringify({ ...cached, lines: cached.lines }))).toEqual(
                JSON.parse(JSON.stringify({ ...scratch, lines: scratch.lines })),
              );
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  }, 30_000);
});
