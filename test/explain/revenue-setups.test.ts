import { describe, expect, it } from "vitest";
import { money } from "../../src/core";
import {
  explainRevenueMixes,
  explainSetupChanges,
  explainThroughputPlan,
  explainTvcByKind,
  explanationLines,
} from "../../src/explain";
import { localized } from "../../src/i18n";

const rub = (n: number) => money(n, "RUB");
const plain = (lines: string[]) => lines.map((l) => l.replace(/[\u00a0\u202f]/g, " "));

describe("explainTvcByKind", () => {
  it("adds the kinds that are there, in both languages", () => {
    const byKind = {
      materials: rub(15),
      "piece-rate": rub(0),
      "sales-bonus": rub(15),
      "sales-tax": rub(10),
      other: rub(0),
    };
    expect(explanationLines(explainTvcByKind(byKind, { locale: "en" }))).toEqual([
      "TVC ₽40.00 = purchase and materials ₽15.00 + sales bonus ₽15.00 + tax on sales ₽10.00.",
    ]);
    expect(plain(explanationLines(explainTvcByKind(byKind, { locale: "ru" })))).toEqual([
      "TVC 40,00 ₽ = закупка и материалы 15,00 ₽ + бонус за продажу 15,00 ₽ + налог с продаж 10,00 ₽.",
    ]);
  });
  it("says when there is no TVC", () => {
    expect(explanationLines(explainTvcByKind({ materials: rub(0) }, { locale: "en" }))[0]).toContain(
      "all of the revenue is T",
    );
  });
});

describe("explainThroughputPlan", () => {
  const plan = { operatingExpense: rub(100), targetProfit: rub(20), throughput: rub(120) };
  it("a plan misread as revenue: a loss", () => {
    const e = explainThroughputPlan(
      { ...plan, revenueInstead: { revenue: rub(120), throughput: rub(88) } },
      { locale: "en" },
    );
    expect(explanationLines(e)).toEqual([
      "Plan: T = OE ₽100.00 + profit ₽20.00 = ₽120.00.",
      "Selling ₽120.00 of revenue instead brings T ₽88.00: NP −₽12.00, a loss, because the TVC of what is sold is still owed.",
    ]);
    expect(e.sentences[1]!.tone).toBe("bad");
  });
  it("a profit short of the aim, and the aim met when all revenue is T", () => {
    expect(
      explainThroughputPlan({ ...plan, revenueInstead: { revenue: rub(120), throughput: rub(110) } }, { locale: "en" })
        .sentences[1]!.tone,
    ).toBe("warning");
    const met = explainThroughputPlan(
      { ...plan, revenueInstead: { revenue: rub(120), throughput: rub(120) } },
      { locale: "ru" },
    );
    expect(met.sentences[1]!.tone).toBe("good");
    expect(explanationLines(met)[1]).toContain("цель достигнута");
    expect(explanationLines(met)[0]).toContain("План: проход = ОЕ");
  });
});

describe("explainRevenueMixes", () => {
  it("the same T from different revenue", () => {
    const lines = explanationLines(
      explainRevenueMixes(
        [
          { revenue: rub(200), throughput: rub(110) },
          { revenue: rub(150), throughput: rub(110) },
        ],
        { locale: "en" },
      ),
    );
    expect(lines).toEqual([
      "Revenue ₽200.00 brings T ₽110.00; revenue ₽150.00 brings T ₽110.00.",
      "The same T, and so the same NP, from different revenue: revenue alone does not say which is better.",
    ]);
  });
  it("more revenue and less T, or revenue and T in step", () => {
    expect(
      explanationLines(
        explainRevenueMixes(
          [
            { revenue: rub(200), throughput: rub(100) },
            { revenue: rub(150), throughput: rub(110) },
          ],
          { locale: "ru" },
        ),
      )[1],
    ).toContain("Большая выручка принесла меньший проход");
    expect(
      explanationLines(
        explainRevenueMixes(
          [
            { revenue: rub(200), throughput: rub(120) },
            { revenue: rub(150), throughput: rub(110) },
          ],
          { locale: "en" },
        ),
      ),
    ).toHaveLength(1);
  });
});

describe("explainSetupChanges", () => {
  it("worth it when ΔT > ΔOE, not when ΔT does not move", () => {
    const e = explainSetupChanges(
      [
        {
          name: "with a filter",
          change: {
            kind: "plan-change",
            deltaThroughput: rub(3000),
            deltaOperatingExpense: rub(800),
            deltaNetProfit: rub(2200),
            worthIt: true,
          },
          salesGrowth: 0.2,
        },
        {
          name: "with an assistant",
          change: {
            kind: "plan-change",
            deltaThroughput: rub(0),
            deltaOperatingExpense: rub(800),
            deltaNetProfit: rub(-800),
            worthIt: false,
          },
          salesGrowth: 0,
        },
      ],
      { locale: "en", periodUnit: "month" },
    );
    expect(explanationLines(e)).toEqual([
      "With a filter: sales +20%, ΔT +₽3,000.00 > ΔOE +₽800.00, so NP grows by ₽2,200.00 a month: worth it.",
      "With an assistant: sales +0%, ΔT ₽0.00 < ΔOE +₽800.00, so NP falls by ₽800.00 a month: not worth it.",
    ]);
    expect(e.sentences.map((s) => s.tone)).toEqual(["good", "bad"]);
    const ru = explanationLines(
      explainSetupChanges(
        [
          {
            name: "с фильтром",
            change: {
              kind: "plan-change",
              deltaThroughput: rub(800),
              deltaOperatingExpense: rub(800),
              deltaNetProfit: rub(0),
              worthIt: false,
            },
          },
        ],
        { locale: "ru" },
      ),
    );
    expect(ru[0]).toContain("ЧП не меняется: невыгодно");
  });
});

describe("localized", () => {
  it("picks the text of the locale, and refuses a half-written one", () => {
    expect(localized({ en: "Who is busy", ru: "Кто чем занят" }, "ru")).toBe("Кто чем занят");
    expect(localized({ en: "Who is busy", ru: "Кто чем занят" }, "en")).toBe("Who is busy");
    expect(() => localized({ en: "x" } as never)).toThrow(TypeError);
  });
});
