import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { defineModel } from "../../../src/core";
import {
  compareMixPlans,
  findConstraint,
  optimalMix,
  politicalMix,
  rankingMix,
  rankProducts,
} from "../../../src/core/constraints";
import { loadModel } from "../../../src/load";

const data = (folder: string) => loadModel(path.join(__dirname, "../../../data", folder), { onWarning: () => {} });

describe("data/salon: the talk's ranking and battle map (digest §3–4)", () => {
  const salon = data("salon");

  it("the stylists are 92 % busy at full demand: no resource is overloaded, the market is the constraint", () => {
    const finding = findConstraint(salon);
    expect(finding.kind).toBe("market-constraint");
    if (finding.kind === "market-constraint")
      expect([finding.busiest?.resourceId, finding.busiest?.utilisation]).toEqual(["stylists", 0.92]);
  });

  it("ranks the retail dye first (no stylist time), then Lady Classic ≈ 17 against Gold Star ≈ 14 per 6 minutes", () => {
    const ranking = rankProducts(salon, { per: { amount: 6, unit: "minute" } });
    expect(ranking.basis).toBe("busiest");
    const rows = Object.fromEntries(ranking.rows.map((row) => [row.productId, row]));
    expect(ranking.rows[0]!.productId).toBe("hair-dye-retail");
    expect(ranking.rows[0]!.throughputPerConstraintTime).toBeUndefined();
    expect(rows["lady-classic"]!.throughputPerConstraintTime?.amount.toString()).toBe("17");
    expect(rows["gold-star"]!.throughputPerUnit.amount.toString()).toBe("209");
    expect(rows["gold-star"]!.throughputPerConstraintTime?.amount.toFixed(2)).toBe("13.93");
    expect(rows["gold-star"]!.constraintTimePerUnit).toBe(1.5);
    expect(rows["lady-classic"]!.constraintTimePerUnit).toBe(0.5);
    const row68 = ranking.rows.find((row) => row.price.amount.equals(68))!;
    expect([row68.tvcPerUnit.amount.toString(), row68.throughputPerUnit.amount.toString()]).toEqual(["42", "26"]);
    // Per hour, the same order: 170 against 139.33.
    expect(rankProducts(salon).rows.map((row) => row.productId)).toEqual(ranking.rows.map((row) => row.productId));
  });

  it("serves all demand with the cumulative load 16 %, 33 %, …, 92 %", () => {
    const plan = rankingMix(salon);
    const load = plan.lines
      .filter((line) => line.quantity > 0)
      .map((line) => [line.productId, line.cumulativeConstraintLoad]);
    expect(load).toEqual([
      ["hair-dye-retail", 0],
      ["lady-classic", 0.16],
      ["colour-express", 0.33],
      ["gold-star", 0.63],
      ["mens-classic", 0.77],
      ["blow-dry", 0.92],
    ]);
    expect(plan.lines.every((line) => line.unsold === 0)).toBe(true);
    expect(plan.throughput.amount.toString()).toBe("11955");
  });

  it("a busier month with a political minimum shows the NP lost and the services displaced (§5)", () => {
    // Demand +30 %; the salon keeps 30 blow-dries for its regulars whatever their T.
    const busy = defineModel({
      ...salon,
      demand: salon.demand.map((row) => ({
        ...row,
        quantity: Math.round(row.quantity * 1.3),
        ...(row.productId === "blow-dry" ? { minimum: 30 } : {}),
      })),
    });
    const result = politicalMix(busy);
    expect(result.political.feasible).toBe(true);
    expect(result.netProfitLost?.amount.isPositive()).toBe(true);
    expect(result.displaced.map((change) => change.productId)).toEqual(["mens-classic"]);
    const forced = result.changes.find((change) => change.productId === "blow-dry")!;
    expect(forced.kind).toBe("forced");
    // What the minimum costs is exactly the T of the blow-dries minus the T of the cuts they displace.
    const lost = result.changes.reduce(
      (total, change) => total.minus(change.throughputChange.amount),
      result.throughputLost.amount.times(0),
    );
    expect(lost.toString()).toBe(result.throughputLost.amount.toString());
  });
});

describe("data/pq", () => {
  it("loads and gives 100 P + 30 Q, NP 300; the optimum agrees", async () => {
    const pq = data("pq");
    const plan = rankingMix(pq);
    expect(plan.lines.map((line) => line.quantity)).toEqual([100, 30]);
    expect(plan.netProfit?.amount.toString()).toBe("300");
    const result = await optimalMix(pq);
    expect(result.kind === "optimal-mix" && result.plan.netProfit?.amount.toString()).toBe("300");
  });
});

describe("data/expert-sales (digest §8): the expert is the CCR", () => {
  const today = data("expert-sales/today");
  const filter = data("expert-sales/with-filter");
  const team = data("expert-sales/with-filter-and-assistant");

  it("the expert's 150 hours are the constraint: marketing brings 200 billable hours, he serves 100", () => {
    const finding = findConstraint(today);
    expect(finding.kind === "resource-constraint" && finding.constraint.resourceId).toBe("expert");
    const plan = rankingMix(today);
    expect(plan.lines[0]!.quantity).toBe(100);
    expect(plan.netProfit?.amount.toString()).toBe("1000");
  });

  it("a filter frees 15 minutes a billable hour: +20 % sales; with an assistant too: +50 %", () => {
    const before = rankingMix(today);
    const withFilter = rankingMix(filter);
    const withTeam = rankingMix(team);
    expect(withFilter.lines[0]!.quantity / before.lines[0]!.quantity).toBe(1.2);
    expect(withTeam.lines[0]!.quantity / before.lines[0]!.quantity).toBe(1.5);
    // The new people are far from full: they scale with the load, the expert stays the constraint.
    expect(withTeam.resources.find((load) => load.resourceId === "assistant")!.utilisation).toBeLessThan(0.25);
  });

  it("ΔT beats ΔOE for both hires", () => {
    const filterDecision = compareMixPlans(rankingMix(today), rankingMix(filter));
    expect(filterDecision.deltaThroughput.amount.toString()).toBe("1800");
    expect(filterDecision.deltaOperatingExpense?.amount.toString()).toBe("800");
    expect(filterDecision.deltaNetProfit?.amount.toString()).toBe("1000");
    expect(filterDecision.worthIt).toBe(true);
    const teamDecision = compareMixPlans(rankingMix(today), rankingMix(team));
    expect(teamDecision.deltaThroughput.amount.toString()).toBe("4500");
    expect(teamDecision.deltaOperatingExpense?.amount.toString()).toBe("1800");
    expect(teamDecision.worthIt).toBe(true);
  });
});
