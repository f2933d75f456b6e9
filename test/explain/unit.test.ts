import { describe, expect, it } from "vitest";
import { money, reportByPeriod, type Product } from "../../src/core";
import { explainPeriods, explainUnitThroughput, explanationLines } from "../../src/explain";
import { haircut, salon } from "../core/fixtures";

const text = (e: Parameters<typeof explanationLines>[0]) =>
  explanationLines(e)
    .join("\n")
    .replace(/[\u00a0\u202f]/g, " ");
const priced = (price: number): Product => ({ ...haircut, price: money(price) });

describe("explainUnitThroughput", () => {
  it("builds T from the price and each TVC component, in English and Russian", () => {
    expect(text(explainUnitThroughput({ ...haircut, unitName: "haircut" }, { locale: "en" }))).toBe(
      "One haircut: price ₽10.00 − TVC ₽5.00 (piece rate ₽3.00 + materials ₽2.00) = T ₽5.00 per haircut.",
    );
    expect(text(explainUnitThroughput(haircut, { locale: "ru" }))).toBe(
      "«Haircut», одна единица: цена 10,00 ₽ − TVC 5,00 ₽ (сдельная оплата 3,00 ₽ + материалы 2,00 ₽) = проход 5,00 ₽ на единицу.",
    );
  });

  it("says a sale keeps nothing or loses money when T is not positive", () => {
    expect(explainUnitThroughput(haircut, { locale: "en" }).sentences).toHaveLength(1);
    const loss = explainUnitThroughput(priced(4), { locale: "en" });
    expect(loss.sentences[1]).toEqual({
      tone: "bad",
      text: "Each sale of Haircut loses ₽1.00 before any OE: selling more cannot pay the rent.",
    });
    expect(text(explainUnitThroughput(priced(5), { locale: "en" }))).toContain("keeps nothing before any OE");
    expect(text(explainUnitThroughput(priced(4), { locale: "ru" }))).toContain("теряет 1,00 ₽ ещё до ОЕ");
  });
});

describe("explainPeriods", () => {
  it("says each period's NP and whether it is a profit, a break-even or a loss", () => {
    const lines = explainPeriods(reportByPeriod(salon()), { productId: "haircut", locale: "en" });
    expect(text(lines).split("\n")).toEqual([
      "month-1: 10 × T ₽5.00 = T ₽50.00; T ₽50.00 − OE ₽50.00 = NP ₽0.00: break-even.",
      "month-2: 10 × T ₽5.00 = T ₽50.00; T ₽50.00 − OE ₽40.00 = NP ₽10.00: a profit.",
      "month-3: 10 × T ₽5.00 = T ₽50.00; T ₽50.00 − OE ₽100.00 = NP −₽50.00: a loss.",
    ]);
    expect(lines.sentences.map((s) => s.tone)).toEqual(["neutral", "good", "bad"]);
  });

  it("speaks Russian, and leaves the product out when none is named", () => {
    const ru = text(explainPeriods(reportByPeriod(salon()), { locale: "ru" })).split("\n");
    expect(ru[2]).toBe("month-3: проход 50,00 ₽ − ОЕ 100,00 ₽ = ЧП −50,00 ₽: убыток.");
    expect(ru[1]).toContain(": прибыль.");
  });
});
