import { describe, expect, it } from "vitest";
import { findConstraint, optimalMix, politicalMix, rankProducts, rankingMix, resourceLoads } from "../../src/core";
import { tableHtml, tableText } from "../../src/display";
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
