import { describe, expect, it } from "vitest";
import { defineModel, money } from "../../src/core";
import { safeLoadModel } from "../../src/load";
import { tableText, toTables } from "../../src/display";
import { GOOD, writeModelFolder } from "../load/helpers";

function loadError() {
  const result = safeLoadModel(
    writeModelFolder({ ...GOOD, "sales.csv": "period,product_id,quantity\nmonth-1,haircut,ten\nmonth-1,nope,1\n" }),
  );
  if (result.success) throw new Error("expected an error");
  return result.error;
}

describe("a model's problems shown as a table", () => {
  it("lists every load issue with its file, row, column, value, problem and expectation, in English", () => {
    const [table] = toTables(loadError());
    expect(table!.title).toBe("Problems found");
    expect(table!.columns.map((c) => c.label)).toEqual(["File", "Row", "Column", "Value", "Problem", "Expected"]);
    const text = tableText(loadError());
    expect(text).toContain("sales.csv");
    expect(text).toContain("not a number");
    expect(text).toContain("unknown product");
  });

  it("speaks Russian: headers, problems and expectations", () => {
    const [table] = toTables(loadError(), { locale: "ru" });
    expect(table!.title).toBe("Найденные ошибки");
    expect(table!.columns.map((c) => c.label)).toEqual([
      "Файл",
      "Строка",
      "Столбец",
      "Значение",
      "Ошибка",
      "Ожидалось",
    ]);
    const text = tableText(loadError(), { locale: "ru" });
    expect(text).toContain("не число");
    expect(text).toContain("неизвестный продукт");
    expect(text).toContain("ид из таблицы products (haircut)");
    expect(text).not.toMatch(/not a number|unknown product|expected|an id from/);
  });

  it("shows a core ModelError by the path in the model", () => {
    let error: unknown;
    try {
      defineModel({
        name: "x",
        products: [{ id: "a", name: "A", type: "product", price: money(1), tvc: [] }],
        sales: [{ productId: "nope", period: "m1", quantity: 1 }],
      } as never);
    } catch (caught) {
      error = caught;
    }
    const [table] = toTables(error, { locale: "ru" });
    expect(table!.columns.map((c) => c.label)).toEqual(["Где", "Значение", "Ошибка", "Ожидалось"]);
    expect(tableText(error, { locale: "ru" })).toContain("sales.0.productId");
    expect(tableText(error, { locale: "ru" })).toContain("ид продукта из модели");
  });
});
