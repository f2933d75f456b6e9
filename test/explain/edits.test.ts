import { describe, expect, it } from "vitest";
import { defineModel, money } from "../../src/core";
import { explainPriceEdit, explainPriceReading, explainUsageChange } from "../../src/explain";
import { explanationLines } from "../../src/explain/sentence";
import { haircut, salon } from "../core/fixtures";
import { pq } from "../core/constraints/fixtures";

const lines = (e: Parameters<typeof explanationLines>[0]) =>
  explanationLines(e).map((line) => line.replace(/[\u00a0\u202f]/g, " "));

describe("explainPriceEdit", () => {
  it("says a raised, a lowered and an unchanged price, in both languages", () => {
    const raised = { ...haircut, price: money(12) };
    expect(lines(explainPriceEdit(haircut, raised))).toEqual(["Haircut: price ₽10.00 → ₽12.00 in the copy (+₽2.00)."]);
    expect(lines(explainPriceEdit(haircut, raised, { locale: "ru" }))).toEqual([
      "Haircut: цена 10,00 ₽ → 12,00 ₽ в копии (+2,00 ₽).",
    ]);
    expect(lines(explainPriceEdit(haircut, { ...haircut, price: money(8) }))).toEqual([
      "Haircut: price ₽10.00 → ₽8.00 in the copy (−₽2.00).",
    ]);
    const same = explainPriceEdit(haircut, haircut, { locale: "ru" });
    expect(lines(same)).toEqual(["Haircut: цена в копии та же, 10,00 ₽: правка ничего не изменила."]);
    expect(same.sentences[0]!.tone).toBe("warning");
    expect(lines(explainPriceEdit(haircut, haircut))[0]).toContain("the edit changed nothing");
  });
});

describe("explainPriceReading", () => {
  it("says a price read exactly, and one read as something else", () => {
    const model = salon();
    const id = model.products[0]!.id;
    const exact = explainPriceReading(model, { [id]: "10,00" }, model);
    expect(lines(exact)).toEqual(["Haircut: written «10,00», read exactly as 10."]);
    expect(exact.sentences[0]!.tone).toBe("good");
    expect(lines(explainPriceReading(model, { [id]: "10,00" }, model, { locale: "ru" }))).toEqual([
      "Haircut: записано «10,00», прочитано точно как 10.",
    ]);
    const misread = defineModel({
      ...model,
      products: model.products.map((p) => (p.id === id ? { ...p, price: money(1000) } : p)),
    });
    const wrong = explainPriceReading(misread, { [id]: "10,00" }, model, { locale: "ru" });
    expect(lines(wrong)).toEqual(["Haircut: записано «10,00», прочитано как 1000, а не 10."]);
    expect(wrong.sentences[0]!.tone).toBe("bad");
    expect(lines(explainPriceReading(misread, { [id]: "10,00" }, model))).toEqual([
      "Haircut: written «10,00», read as 1000, not 10.",
    ]);
  });
});

describe("explainUsageChange", () => {
  it("says which resource's time changed and by how much, or that nothing did and why", () => {
    const model = pq();
    const product = model.products[0]!;
    const usage = model.usages.find((u) => u.productId === product.id && u.timePerUnit > 0)!;
    const resource = model.resources.find((r) => r.id === usage.resourceId)!;
    const variant = defineModel({
      ...model,
      usages: model.usages.map((u) => (u === usage ? { ...u, timePerUnit: u.timePerUnit * 2 } : u)),
    });
    const changed = lines(explainUsageChange(model, variant, product.id));
    expect(changed).toEqual([
      `${product.name} in the variant: ${usage.timePerUnit * 2} min per unit on ${resource.name} instead of ${usage.timePerUnit} min (×2).`,
    ]);
    expect(lines(explainUsageChange(model, variant, product.id, { locale: "ru" }))[0]).toBe(
      `${product.name} в варианте: ${usage.timePerUnit * 2} мин на единицу на ресурсе «${resource.name}» вместо ${usage.timePerUnit} мин (×2).`,
    );
    expect(lines(explainUsageChange(model, model, product.id))[0]).toContain("nothing changed");
    const oneResource = defineModel({
      ...model,
      usages: model.usages.filter((u) => u.productId !== product.id || u === usage),
    });
    expect(lines(explainUsageChange(oneResource, oneResource, product.id))).toEqual([
      `${product.name} uses no resource besides ${resource.name}: there is no second one to tighten.`,
    ]);
    expect(lines(explainUsageChange(oneResource, oneResource, product.id, { locale: "ru" }))).toEqual([
      `${product.name} не занимает других ресурсов, кроме «${resource.name}»: второй ужесточать нечего.`,
    ]);
  });
});
