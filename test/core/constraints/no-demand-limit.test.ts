import { describe, expect, it } from "vitest";
import { findConstraint, optimalMix, prepareModel, rankingMix, rankProducts } from "../../../src/core/constraints";
import { defineModel, ModelError, money, NO_DEMAND_LIMIT, type BusinessModel } from "../../../src/core";
import { pq } from "./fixtures";

/**
 * The ACCA/CIMA exam setting: one product, two processes, no demand forecast. Process 1 makes at most
 * 1000 h ÷ 0.5 h = 2000 units, process 2 800 h ÷ 0.25 h = 3200: process 1 is the bottleneck, and the
 * whole of its capacity goes to the product (T 30 each, so T 60 000).
 */
function exam(quantity = NO_DEMAND_LIMIT): BusinessModel {
  return defineModel({
    name: "exam",
    currency: "USD",
    products: [
      {
        id: "X",
        name: "X",
        type: "product",
        price: money(50, "USD"),
        tvc: [{ kind: "materials", name: "m", basis: "per-unit", amount: money(20, "USD") }],
      },
    ],
    operatingExpenses: [{ id: "oe", name: "Factory cost", category: "other", amount: money(40000, "USD") }],
    resources: [
      { id: "P1", name: "Process 1", capacity: 1000, unit: "hour" },
      { id: "P2", name: "Process 2", capacity: 800, unit: "hour" },
    ],
    usages: [
      { productId: "X", resourceId: "P1", timePerUnit: 0.5, unit: "hour" },
      { productId: "X", resourceId: "P2", timePerUnit: 0.25, unit: "hour" },
    ],
    demand: [{ productId: "X", quantity }],
  });
}

describe("a bottleneck without a demand forecast (no demand limit)", () => {
  it("finds the bottleneck from capacities and usage alone", () => {
    const finding = findConstraint(exam());
    expect(finding.kind).toBe("resource-constraint");
    if (finding.kind !== "resource-constraint") return;
    expect(finding.constraint.resourceId).toBe("P1");
  });

  it("gives the bottleneck's whole capacity to the product, with no demand left unsold", async () => {
    const plan = rankingMix(exam());
    expect(plan.lines.map((line) => [line.productId, line.quantity, line.unsold])).toEqual([["X", 2000, 0]]);
    expect(plan.lines[0]!.demand).toBe(Infinity);
    expect(plan.throughput.amount.toString()).toBe("60000");
    expect(plan.netProfit?.amount.toString()).toBe("20000");
    expect(plan.resources.map((load) => [load.resourceId, load.used])).toEqual([
      ["P1", 1000],
      ["P2", 500],
    ]);
    const optimal = await optimalMix(exam());
    if (optimal.kind !== "optimal-mix") throw new Error(optimal.message);
    expect(optimal.plan.throughput.amount.toString()).toBe("60000");
  });

  it("with several products, fills the bottleneck in order of T per bottleneck minute (P&Q: all 2400 minutes of B to P)", async () => {
    const model = pq({
      demand: [
        { productId: "P", quantity: NO_DEMAND_LIMIT },
        { productId: "Q", quantity: NO_DEMAND_LIMIT },
      ],
    });
    const finding = findConstraint(model);
    expect(finding.kind === "resource-constraint" && finding.constraint.resourceId).toBe("B");
    const ranking = rankProducts(model);
    expect(ranking.rows.map((row) => row.productId)).toEqual(["P", "Q"]);
    const plan = rankingMix(model);
    expect(plan.lines.map((line) => [line.productId, line.quantity])).toEqual([
      ["P", 160],
      ["Q", 0],
    ]);
    expect(plan.throughput.amount.toString()).toBe("7200");
    const optimal = await optimalMix(model);
    if (optimal.kind !== "optimal-mix") throw new Error(optimal.message);
    expect(optimal.plan.throughput.amount.toString()).toBe("7200");
  });

  it("in the what-if, a capacity move can move the bottleneck (the stand-in bound follows the capacities)", () => {
    // Process 2 at 400 h makes 1600 units, fewer than process 1's 2000: it becomes the bottleneck.
    const base = prepareModel(exam());
    expect(base.result.constraintId).toBe("P1"); // (the base's full-demand loads are now cached)
    const moved = base.with({ kind: "capacity", resourceId: "P2", capacity: 400 }).result;
    const edited = defineModel({
      ...exam(),
      resources: exam().resources.map((r) => (r.id === "P2" ? { ...r, capacity: 400 } : r)),
    });
    expect(moved.constraintId).toBe("P2");
    expect(
      findConstraint(edited).kind === "resource-constraint" &&
        (findConstraint(edited) as { constraint: { resourceId: string } }).constraint.resourceId,
    ).toBe("P2");
    expect(moved.plan.lines.map((line) => line.quantity)).toEqual([1600]);
    expect(moved.throughput.amount.toString()).toBe(rankingMix(edited).throughput.amount.toString());
  });

  it("keeps political limits: a maximum caps an unlimited product, a minimum is placed first", () => {
    const model = pq({
      demand: [
        { productId: "P", quantity: NO_DEMAND_LIMIT, maximum: 100 },
        { productId: "Q", quantity: NO_DEMAND_LIMIT, minimum: 10 },
      ],
    });
    const plan = rankingMix(model);
    // Q's 10 take 300 of B's 2400 minutes; P gets its 100 (1500 minutes); the 600 left go to Q (20 more).
    expect(plan.lines.map((line) => [line.productId, line.quantity])).toEqual([
      ["P", 100],
      ["Q", 30],
    ]);
  });

  it("is refused for a product that uses no resource: nothing would limit how much of it to sell", () => {
    const bad = () =>
      defineModel({
        name: "bad",
        products: [{ id: "X", name: "X", type: "product", price: money(10), tvc: [] }],
        demand: [{ productId: "X", quantity: NO_DEMAND_LIMIT }],
      });
    expect(bad).toThrow(ModelError);
    expect(bad).toThrow(/no demand limit and no resource: got "?unlimited"?/);
  });

  it("is not a number the model accepts elsewhere: an infinite capacity is still refused", () => {
    expect(() =>
      defineModel({ name: "bad", products: [], resources: [{ id: "R", name: "R", capacity: Infinity, unit: "hour" }] }),
    ).toThrow(ModelError);
  });
});
