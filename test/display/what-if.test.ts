import { describe, expect, it } from "vitest";
import { formatMoney } from "../../src/i18n";
import {
  money,
  modelFromJson,
  modelToJson,
  politicalMix,
  productById,
  rankingMix,
  toDecimal,
  throughputReport,
  withInput,
  type WhatIfInput,
} from "../../src/core";
import { loadModel } from "../../src/load";
import { whatIfHtml, type DisplayTarget } from "../../src/display";
import { recordHtml, recordedFigure, recordsInHtml } from "../../src/display/record";
import { whatIfSpec } from "../../src/display/what-if";
import { controlValueText, resolveControls, whatIfView } from "../../src/display/what-if-view";
import { record, whatIf } from "../../src/display";
import { XSS, salon as xssSalon } from "../charts/fixtures";
import { pq } from "../core/constraints/fixtures";

const capacity: WhatIfInput = { kind: "capacity", resourceId: "stylists", name: "capacityHours" };

function capture(): DisplayTarget & { htmls: string[] } {
  const htmls: string[] = [];
  return { htmls, html: (html) => htmls.push(html), text: () => undefined };
}

describe("the model as JSON", () => {
  it("travels to the kopeck and back", () => {
    const salon = loadModel("data/salon");
    const copy = modelFromJson(JSON.parse(modelToJson(salon)));
    expect(JSON.stringify(copy)).toBe(JSON.stringify(salon));
    expect(rankingMix(copy).netProfit).toEqual(rankingMix(salon).netProfit);
    const shop = loadModel("data/phone-shop");
    expect(throughputReport(modelFromJson(JSON.parse(modelToJson(shop))), { period: "month-1" })).toEqual(
      throughputReport(shop, { period: "month-1" }),
    );
  });
});

describe("whatIfView and whatIfHtml", () => {
  it("shows today's plan figures, as the library computes them, before any move", () => {
    const salon = loadModel("data/salon");
    const html = whatIfHtml(salon, [{ input: capacity, min: 60, max: 140 }], { id: "w" });
    const plan = rankingMix(salon);
    expect(html).toContain(
      `<dd data-figure="netProfit" data-value="${plan.netProfit!.amount.toString()}">${formatMoney(plan.netProfit!)}</dd>`,
    );
    expect(html).toContain(
      `<dd data-figure="throughput" data-value="${plan.throughput.amount.toString()}">${formatMoney(plan.throughput)}</dd>`,
    );
    expect(html).toContain('<input type="range" name="capacityHours" min="60" max="140" step="1" value="100">');
    expect(html).not.toContain("data-throughput-accounting"); // no bundle unless asked
  });

  it("follows an input: the view at a value equals the library on the changed model", () => {
    const spec = whatIfSpec(pq(), [{ input: { kind: "capacity", resourceId: "B" } }]);
    const view = whatIfView(spec, { "capacity:B": "2700" });
    const changed = rankingMix(withInput(pq(), { kind: "capacity", resourceId: "B" }, 2700));
    expect(view.figures.netProfit!.value).toBe(changed.netProfit!.amount.toString());
    expect(view.figures.constraint).toEqual({ text: "B", value: "B" });
    expect(view.figures["units:Q"]!.value).toBe("40");
    expect(politicalMix(pq()).netProfitLost!.amount.toString()).toBe(whatIfView(spec).figures.netProfitLost!.value);
  });

  it("on the sales basis shows the period's T, OE and NP", () => {
    const salon = loadModel("data/salon");
    const oe: WhatIfInput = { kind: "operating-expense", itemId: "rent" };
    const spec = whatIfSpec(salon, [{ input: oe }], { basis: "sales", period: "month-3" });
    const report = throughputReport(withInput(salon, oe, 40), { period: "month-3" });
    expect(whatIfView(spec, { "operating-expense:rent": "40" }).figures.netProfit!.value).toBe(
      report.netProfit.amount.toString(),
    );
  });

  it("escapes hostile names everywhere and keeps the spec JSON inside its script", () => {
    const model = xssSalon(XSS, XSS);
    const input: WhatIfInput = { kind: "operating-expense", itemId: model.operatingExpenses[0]!.id, name: "oe" };
    const html = whatIfHtml(model, [{ input, label: XSS }], { basis: "sales", period: "month-1" });
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html.match(/<\/script>/g)!.length).toBe(2); // the spec's and the boot script's, nothing closed early
  });

  it("fills control defaults from the model", () => {
    const [control] = resolveControls(whatIfSpec(loadModel("data/salon"), [{ input: capacity }]));
    expect(control).toMatchObject({
      name: "capacityHours",
      min: "0",
      max: "200",
      step: "1",
      value: "100",
      unitText: "h",
    });
  });

  it("writes each control's value as the figures write theirs, in the chosen language", () => {
    const salon = loadModel("data/salon");
    const price: WhatIfInput = { kind: "price", productId: "lady-classic", name: "price" };
    const spec = whatIfSpec(salon, [{ input: capacity }, { input: price }]);
    const [hours, money] = resolveControls(spec);
    expect(controlValueText(hours!, "120", "en")).toBe("120 h");
    expect(controlValueText(hours!, "120", "ru")).toBe("120 ч");
    expect(controlValueText(money!, "30", "en")).toBe(formatMoney({ amount: toDecimal(30), currency: "RUB" }));
    expect(controlValueText(money!, "87.37", "ru")).toBe(
      formatMoney({ amount: toDecimal("87.37"), currency: "RUB" }, { locale: "ru" }),
    );
    // The static output shows the same text the live page writes.
    expect(whatIfHtml(salon, [{ input: price }])).toContain(
      `<output data-for="price">${formatMoney(productById(salon, "lady-classic").price)}</output>`,
    );
  });

  it("inlines the bundle once per session, never when the page brings it", () => {
    const target = capture();
    const salon = loadModel("data/salon");
    const previous = process.env.THROUGHPUT_ACCOUNTING_PAGE_SCRIPTS;
    try {
      process.env.THROUGHPUT_ACCOUNTING_PAGE_SCRIPTS = "external";
      whatIf(salon, [{ input: capacity }], { display: target });
      expect(target.htmls[0]).not.toContain('data-throughput-accounting="what-if"');
      delete process.env.THROUGHPUT_ACCOUNTING_PAGE_SCRIPTS;
      whatIf(salon, [{ input: capacity }], { display: target });
      whatIf(salon, [{ input: capacity }], { display: target });
      expect(target.htmls.map((html) => html.includes('data-throughput-accounting="what-if"'))).toEqual([
        false,
        true,
        false,
      ]);
    } finally {
      if (previous === undefined) delete process.env.THROUGHPUT_ACCOUNTING_PAGE_SCRIPTS;
      else process.env.THROUGHPUT_ACCOUNTING_PAGE_SCRIPTS = previous;
    }
  });
});

describe("record", () => {
  it("shows one line and leaves the figure for the runner, exactly", () => {
    const target = capture();
    record("netProfit", money("300.10", "USD"), { display: target });
    record("constraint", XSS, { display: target });
    const found = target.htmls.flatMap(recordsInHtml);
    expect(found).toEqual([
      { name: "netProfit", value: { amount: "300.1", currency: "USD" }, text: "$300.10" },
      { name: "constraint", value: XSS, text: XSS },
    ]);
    expect(target.htmls.join("")).not.toContain("<img");
    expect(() => recordedFigure("net profit", 1)).toThrow(/must be a word/);
    expect(() => recordedFigure("n", Infinity)).toThrow(/finite/);
    expect(recordsInHtml(recordHtml(recordedFigure("units", 3)))).toEqual([{ name: "units", value: 3, text: "3" }]);
  });
});
