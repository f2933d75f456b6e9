import { describe, expect, it } from "vitest";
import { money } from "../../src/core";
import { explainWorthIt, explanationLines } from "../../src/explain";

const text = (e: Parameters<typeof explanationLines>[0]) =>
  explanationLines(e)
    .join("\n")
    .replace(/[\u00a0\u202f]/g, " ");

describe("explainWorthIt", () => {
  it("flips at ΔT = ΔOE: a hundredth above pays, equal does not, below loses", () => {
    expect(text(explainWorthIt(money("10.01"), money(10), { locale: "en" }))).toBe(
      "ΔT ₽10.01 against ΔOE ₽10.00: worth it, ΔNP +₽0.01 a period.",
    );
    expect(text(explainWorthIt(money(10), money(10), { locale: "en" }))).toBe(
      "ΔT ₽10.00 against ΔOE ₽10.00: not worth it (ΔNP = 0 at best).",
    );
    const loss = explainWorthIt(money(7), money(10), { locale: "en" });
    expect(text(loss)).toContain("not worth it, ΔNP −₽3.00");
    expect(loss.sentences[0]!.tone).toBe("bad");
  });

  it("speaks Russian", () => {
    expect(text(explainWorthIt(money("10.01"), money(10), { locale: "ru" }))).toBe(
      "ΔT 10,01 ₽ против ΔОЕ 10,00 ₽: выгодно, ΔЧП +0,01 ₽ за период.",
    );
    expect(text(explainWorthIt(money(10), money(10), { locale: "ru" }))).toContain("невыгодно (ΔЧП в лучшем случае 0)");
  });
});
