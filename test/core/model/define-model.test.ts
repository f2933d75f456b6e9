import { describe, expect, it } from "vitest";
import {
  defineModel,
  formatIssue,
  ModelError,
  money,
  toDecimal,
  validateModel,
  type ModelInput,
} from "../../../src/core";
import { haircut, salon } from "../fixtures";

function issuesOf(input: ModelInput) {
  try {
    defineModel(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ModelError);
    return (error as ModelError).issues;
  }
  throw new Error("expected the model to be refused");
}

describe("defineModel", () => {
  it("fills defaults and freezes the model, not the caller's records", () => {
    const products = [haircut];
    const model = defineModel({ products });
    expect(model.currency).toBe("RUB");
    expect(model.periodUnit).toBe("month");
    expect(model.sales).toEqual([]);
    expect(Object.isFrozen(model)).toBe(true);
    expect(Object.isFrozen(model.products)).toBe(true);
    expect(Object.isFrozen(products)).toBe(false);
    expect(model.products).not.toBe(products);
  });

  it("lists every problem at once, each with its path, value and what was expected", () => {
    const issues = issuesOf({
      products: [haircut, { ...haircut, price: money(-1) }, { ...haircut, id: "dye", price: money(5, "USD") }],
      sales: [
        { productId: "nope", period: "m1", quantity: 1 },
        { productId: "haircut", period: "m1", quantity: -2 },
        { productId: "haircut", period: "m1", quantity: Number.NaN },
      ],
      operatingExpenses: [
        { id: "rent", name: "Rent", category: "rent", amount: money(1) },
        { id: "rent", name: "Rent again", category: "rent", amount: money(1) },
      ],
      demand: [{ productId: "haircut", quantity: 5, minimum: 6 }],
      usages: [{ productId: "haircut", resourceId: "chair", timePerUnit: 1, unit: "hour" }],
    });
    expect(issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["products.1.id", "duplicate_id"],
      ["products.1.price", "negative_amount"],
      ["products.2.price", "other_currency"],
      ["operatingExpenses.1.id", "duplicate_id"],
      ["sales.0.productId", "unknown_product"],
      ["sales.1.quantity", "negative_quantity"],
      ["sales.2.quantity", "not_a_number"],
      ["usages.0.resourceId", "unknown_resource"],
      ["demand.0.minimum", "minimum_too_high"],
    ]);
    const lines = issues.map(formatIssue);
    expect(lines).toContain(
      'products[1].id: duplicate id: got "haircut", expected an id not used before (row 0 has it)',
    );
    expect(lines).toContain('products[1].price: negative amount: got "-1", expected an amount ≥ 0');
    expect(lines).toContain(
      'products[2].price: another currency: got "USD", expected an amount in RUB, the model\'s currency',
    );
    expect(lines).toContain(
      'sales[0].productId: unknown product: got "nope", expected the id of a product in the model',
    );
    expect(lines).toContain("sales[1].quantity: negative quantity: got -2, expected a number ≥ 0");
    expect(lines.some((l) => l.startsWith("sales[2].quantity: not a number"))).toBe(true);
    expect(lines).toContain(
      'operatingExpenses[1].id: duplicate id: got "rent", expected an id not used before (row 0 has it)',
    );
    expect(lines).toContain(
      "demand[0].minimum: minimum above what can be sold: got 6, expected at most 5 (the market's demand)",
    );
    expect(lines).toContain(
      'usages[0].resourceId: unknown resource: got "chair", expected the id of a resource in the model',
    );
  });

  it("refuses a share-of-price TVC outside 0…1", () => {
    const issues = issuesOf({
      products: [
        { ...haircut, tvc: [{ kind: "sales-tax", name: "tax", basis: "share-of-price", rate: toDecimal("1.5") }] },
      ],
    });
    expect(issues.map((i) => [i.path.join("."), i.code])).toEqual([["products.0.tvc.0.rate", "rate_out_of_range"]]);
  });

  it("a sound model has no issues", () => {
    expect(validateModel(salon())).toEqual([]);
  });
});
