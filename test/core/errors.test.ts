import { describe, expect, it } from "vitest";
import {
  ArgumentError,
  CurrencyMismatchError,
  add,
  divide,
  evaluateSpecialOrder,
  money,
  optimalMix,
  rankProducts,
  ratio,
  throughputOfRevenue,
  toDecimal,
  zero,
  productById,
  withPoliticalMinimum,
} from "../../src/core";
import { setDefaultLocale } from "../../src/i18n";
import { pq } from "./constraints/fixtures";

/** The error a call throws, so that its code, value and message can be checked. */
function thrown(call: () => unknown): ArgumentError {
  try {
    call();
  } catch (error) {
    if (error instanceof ArgumentError) return error;
    throw error;
  }
  throw new Error("expected the call to throw");
}

describe("core argument errors: one class, a stable code, the offending value", () => {
  it("names what was wrong and what was given", () => {
    const cases = [
      thrown(() => money(1, "XYZ" as never)),
      thrown(() => money("12,5")),
      thrown(() => toDecimal(Number.NaN)),
      thrown(() => divide(money(1), 0)),
      thrown(() => ratio(money(1), zero())),
      thrown(() => rankProducts(pq(), { resourceId: "Z" })),
      thrown(() => rankProducts(pq(), { per: { amount: 0, unit: "minute" } })),
      thrown(() => throughputOfRevenue([])),
      thrown(() => evaluateSpecialOrder({ price: money(8), tvcPerUnit: money(5), quantity: -1, idleCapacity: 1 })),
    ];
    expect(cases.map((error) => [error.name, error.code, error.value])).toEqual([
      ["ArgumentError", "unknown_currency", "XYZ"],
      ["ArgumentError", "not_a_number", "12,5"],
      ["ArgumentError", "not_a_number", Number.NaN],
      ["ArgumentError", "division_by_zero", "0"],
      ["ArgumentError", "division_by_zero", zero()],
      ["ArgumentError", "unknown_resource", "Z"],
      ["ArgumentError", "out_of_range", 0],
      ["ArgumentError", "empty", []],
      ["ArgumentError", "out_of_range", -1],
    ]);
    // The words a reader sees, pinned: rewording one is a visible decision.
    expect(cases.map((error) => error.message)).toMatchInlineSnapshot(`
      [
        "unknown currency: "XYZ"",
        "not a decimal number: "12,5"",
        "not a finite number: NaN",
        "cannot divide an amount by zero",
        "cannot divide by a zero amount",
        "no resource "Z" in the model (it has: A, B, C, D)",
        ""per" must be a positive time span, got 0",
        "no categories: give at least one category's revenue",
        "quantity must be a number > 0, got -1",
      ]
    `);
  });

  it("pins the words of the codes the list above does not reach", () => {
    const cases = [
      thrown(() => add(money(1), money(1, "USD"))),
      thrown(() => productById(pq(), "R")),
      thrown(() => withPoliticalMinimum(pq(), "p", 10)),
      thrown(() => setDefaultLocale("de" as never)),
    ];
    expect(cases.map((error) => error.code)).toEqual([
      "currency_mismatch",
      "unknown_product",
      "unknown_product",
      "unknown_locale",
    ]);
    expect(cases.map((error) => error.message)).toMatchInlineSnapshot(`
      [
        "cannot add USD and RUB: amounts in different currencies need an explicit conversion",
        "the model "P&Q" has no product "R" (its products: P, Q)",
        "the model "P&Q" has no product "p" (its products: P, Q); did you mean "P" (P)?",
        "unknown locale: "de"; use "en" or "ru"",
      ]
    `);
  });

  it("is thrown for an asynchronous function too", async () => {
    await expect(optimalMix(pq(), { relativeGap: -1 })).rejects.toMatchObject({ code: "out_of_range", value: -1 });
  });

  it("counts a currency mismatch among them", () => {
    const error = thrown(() => add(money(1), money(1, "USD")));
    expect(error).toBeInstanceOf(CurrencyMismatchError);
    expect([error.code, error.value]).toEqual(["currency_mismatch", "USD"]);
  });

  it("is no built-in error class, so nothing can mistake a bug for bad input", () => {
    expect(thrown(() => money("abc"))).not.toBeInstanceOf(RangeError);
    expect(thrown(() => money("abc"))).not.toBeInstanceOf(TypeError);
  });
});
