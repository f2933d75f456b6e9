import { describe, expect, it } from "vitest";
import { loadModel, readTable } from "../../src/load";
import { quiet, writeModelFolder } from "./helpers";

const crlf = (lines: string[]) => "\uFEFF" + lines.join("\r\n") + "\r\n";

describe("a model saved by a Russian-locale spreadsheet", () => {
  const folder = writeModelFolder({
    "model.csv": crlf(["name;currency;period_unit", "Салон;руб.;month"]),
    "products.csv": crlf([
      "id;name;type;category;price;whole_units;unit_name",
      'colour;"Окрашивание; сложное";услуга;окрашивание;68,50;да;процедура',
      "consult;Консультация;service;;1\u00A0000,50;нет;час",
    ]),
    "tvc.csv": crlf([
      "product_id;kind;name;amount;rate",
      "colour;materials;Краска;12,25;",
      "consult;sales-tax;УСН;;6 %",
    ]),
    "sales.csv": crlf(["period;product_id;quantity;price", "2024-01;colour;3;", "2024-01;consult;1,5;999,99 ₽"]),
    "operating_expenses.csv": crlf(["id;name;category;amount;period", "rent;Аренда;rent;1\u202F000\u00A0000,50;"]),
  });

  it("loads exact amounts from decimal commas, thousand spaces, a BOM and CRLF", () => {
    const model = loadModel(folder, quiet);
    expect(model.name).toBe("Салон");
    expect(model.currency).toBe("RUB");
    const [colour, consult] = model.products;
    expect(colour!.name).toBe("Окрашивание; сложное");
    expect(colour!.type).toBe("service");
    expect(colour!.price.amount.toString()).toBe("68.5");
    expect(consult!.price.amount.toFixed(2)).toBe("1000.50");
    expect(consult!.wholeUnits).toBe(false);
    const tax = consult!.tvc[0]!;
    expect(tax.basis === "share-of-price" && tax.rate.toString()).toBe("0.06");
    const materials = colour!.tvc[0]!;
    expect(materials.basis === "per-unit" && materials.amount.amount.toString()).toBe("12.25");
    expect(model.sales[1]).toMatchObject({ quantity: 1.5 });
    expect(model.sales[1]!.price!.amount.toString()).toBe("999.99");
    expect(model.operatingExpenses[0]!.amount.amount.toFixed(2)).toBe("1000000.50");
  });

  it("shows the raw file as a DataFrame with the text as written", () => {
    const frame = readTable(`${folder}/products.csv`);
    expect(frame.columns).toEqual(["id", "name", "type", "category", "price", "whole_units", "unit_name"]);
    expect(frame.values[0]).toContain("68,50");
    expect(frame.values[1]).toContain("1\u00A0000,50");
    // The first readTable loads danfojs-node (and TensorFlow's bindings): seconds on a loaded machine.
  }, 60_000);
});
