import { describe, expect, it } from "vitest";
import { optimalMix, rankingMix } from "../../../src/core/constraints";
import { xy } from "./fixtures";

describe("one constraint, whole units: X 35 min T 105, Y 40 min T 116, 2400 minutes", () => {
  it("the ranking gives 68 X, T 7140", () => {
    const plan = rankingMix(xy());
    expect(plan.lines.map((line) => [line.productId, line.quantity])).toEqual([
      ["X", 68],
      ["Y", 0],
    ]);
    expect(plan.throughput.amount.toString()).toBe("7140");
  });

  it("the proven optimum is 64 X + 4 Y, T 7184, 44 above the ranking", async () => {
    const result = await optimalMix(xy());
    if (result.kind !== "optimal-mix") throw new Error(result.message);
    expect(result.plan.lines.map((line) => [line.productId, line.quantity])).toEqual([
      ["X", 64],
      ["Y", 4],
    ]);
    expect(result.plan.throughput.amount.toString()).toBe("7184");
    expect(result.versusRanking.throughput.amount.toString()).toBe("44");
    expect(result.solver).toMatchObject({ status: "optimal", proven: true, relativeGap: 0 });
    // The continuous bound: 2400 minutes × 3 a minute.
    expect(result.continuousThroughput?.amount.toString()).toBe("7200");
    // No OE in this model: no NP is invented.
    expect(result.plan.operatingExpense).toBeUndefined();
    expect(result.plan.netProfit).toBeUndefined();
  });

  it("with fractional quantities the ranking and the optimum agree", async () => {
    const ranking = rankingMix(xy(false));
    const result = await optimalMix(xy(false));
    if (result.kind !== "optimal-mix") throw new Error(result.message);
    expect(result.solver.integer).toBe(false);
    expect(result.solver.proven).toBe(true);
    expect(result.plan.throughput.amount.toString()).toBe(ranking.throughput.amount.toString());
    // 2400 / 35 = 68.571428…: planned in hundredths, rounded down once, T exact from it (no float noise).
    expect(ranking.lines[0]!.quantity).toBe(68.57);
    expect(ranking.throughput.amount.toString()).toBe("7199.85");
    expect(ranking.feasible).toBe(true);
  });

  it("a positive gap with a time limit is reported, not hidden", async () => {
    const result = await optimalMix(xy(), { relativeGap: 0.01, timeLimitSeconds: 5 });
    if (result.kind !== "optimal-mix") throw new Error(result.message);
    expect(result.solver.requestedGap).toBe(0.01);
    expect(result.solver.timeLimitSeconds).toBe(5);
    expect(result.solver.relativeGap).toBeGreaterThanOrEqual(0);
    expect(result.solver.relativeGap).toBeLessThanOrEqual(0.01 + 1e-9);
  });
});
