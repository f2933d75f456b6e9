import { describe, expect, it } from "vitest";
import { join } from "node:path";
import {
  costAccountingMix,
  findConstraint,
  optimalMix,
  politicalMix,
  rankProducts,
  rankingMix,
  resourceLoads,
  throughputAccountingRatios,
} from "../../src/core";
import { loadModel } from "../../src/load";
import { tableHtml, tableText, toTables } from "../../src/display";
import { XSS, salonServices } from "../charts/fixtures";

describe("tables of constraint results", () => {
  it("shows the ranking, the mix plan with its cumulative load, and the loads", () => {
    const model = salonServices();
    expect(tableText(rankProducts(model))).toMatchSnapshot("ranking");
    expect(tableText(rankingMix(model))).toMatchSnapshot("mix plan");
    expect(tableText(resourceLoads(model), { locale: "ru" })).toMatchSnapshot("loads ru");
    expect(tableText(findConstraint(model))).toContain("Capacity-constrained resource (CCR): Stylists");
  });

  it("shows the political mix with the NP lost as its total, and the optimal plan beside the ranking plan", async () => {
    const model = salonServices();
    const political = tableText(politicalMix(model));
    expect(political).toMatchSnapshot("political");
    expect(political.split("\n").at(-1)).toMatch(/^NP lost\s+₽480\.00$/);
    const optimal = await optimalMix(model);
    expect(tableText(optimal)).toMatchSnapshot("optimal");
  });

  it("escapes product names in constraint tables", async () => {
    const model = salonServices(XSS);
    for (const value of [rankProducts(model), rankingMix(model), politicalMix(model), await optimalMix(model)]) {
      const html = tableHtml(value);
      expect(html).not.toContain("<img");
      expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    }
  });
});

describe("tables of what cost accounting would choose", () => {
  const pq = loadModel(join(__dirname, "../../data/pq"));

  it("shows TPAR per product: P 1.2, Q 0.8 against B's 150 an hour", () => {
    const text = tableText(throughputAccountingRatios(pq));
    expect(text).toMatch(/Product P\s+0\.25\s+\$180\.00\s+\$150\.00\s+1\.20/);
    expect(text).toMatch(/Product Q\s+0\.5\s+\$120\.00\s+\$150\.00\s+0\.80/);
  });

  it("shows the cost-accounting ranking and its plan", () => {
    const [ranking, plan] = toTables(costAccountingMix(pq, { method: "margin" }));
    expect(tableText(costAccountingMix(pq, { method: "margin" }))).toContain("Margin per unit (cost accounting)");
    expect(ranking!.rows.map((row) => row.cells[1])).toEqual([
      expect.objectContaining({ text: "Product Q" }),
      expect.objectContaining({ text: "Product P" }),
    ]);
    expect(plan!.rows.length).toBeGreaterThan(0);
  });
});
