import { describe, expect, it } from "vitest";
import {
  ModelError,
  defineModel,
  formatIssue,
  money,
  projectDecision,
  revenuePlan,
  toDecimal,
  type ModelInput,
} from "../../../src/core";
import { haircut } from "../fixtures";

/** The error a model is refused with. */
function refused(input: ModelInput): ModelError {
  try {
    defineModel(input);
  } catch (error) {
    if (error instanceof ModelError) return error;
    throw error;
  }
  throw new Error("expected the model to be refused");
}

describe("the words of a model's issues, one per code, pinned: rewording one is a visible decision", () => {
  it("formatIssue names the path, the problem, the value and what was expected", () => {
    const input = {
      products: [
        haircut,
        { ...haircut, id: "" },
        { ...haircut, id: "big", price: money("10000000000000000") },
        { ...haircut, id: "odd", price: 10 },
        {
          ...haircut,
          id: "taxed",
          tvc: [{ kind: "sales-tax", name: "tax", basis: "share-of-price", rate: toDecimal("1.5") }],
        },
      ],
      sales: [{ productId: "haircut", period: "m1", quantity: 1.5 }],
      resources: [{ id: "chair", name: "Chair", capacity: 0, unit: "hour" }],
      usages: [
        { productId: "haircut", resourceId: "desk", timePerUnit: 1, unit: "hour" },
        { productId: "haircut", resourceId: "chair", timePerUnit: 1, unit: "hour" },
        { productId: "haircut", resourceId: "chair", timePerUnit: 2, unit: "hour" },
      ],
      demand: [
        { productId: "big", quantity: Number.POSITIVE_INFINITY },
        { productId: "haircut", quantity: 5 },
        { productId: "haircut", quantity: 6 },
      ],
    } as unknown as ModelInput;
    const issues = [
      ...refused({ currency: "XYZ", products: [] } as unknown as ModelInput).issues,
      ...refused(input).issues,
    ];
    expect(issues.map((issue) => `${issue.code}: ${formatIssue(issue)}`)).toMatchInlineSnapshot(`
      [
        "unknown_currency: currency: unknown currency: got "XYZ", expected a known currency code",
        "missing_id: products[1].id: missing id: got "", expected a non-empty id",
        "number_too_large: products[2].price: amount too large: got "10000000000000000", expected an amount below 1 000 000 000 000 000 (10^15)",
        "not_money: products[3].price: not money: got 10, expected an amount of money",
        "rate_out_of_range: products[4].tvc[0].rate: rate out of range: got "1.5", expected a share of the price between 0 and 1",
        "not_whole: sales[0].quantity: fractional quantity: got 1.5, expected a whole number of units (the product sells in whole units)",
        "unknown_resource: usages[0].resourceId: unknown resource: got "desk", expected the id of a resource in the model",
        "duplicate_usage: usages[2]: duplicate usage: got "haircut on chair", expected one row per product and resource",
        "no_demand_limit: demand[0].quantity: no demand limit and no resource: got "unlimited", expected a number, or a usage row giving the product time on some resource (without either nothing limits how much of it to sell)",
        "duplicate_demand: demand[2].productId: duplicate demand: got "haircut", expected one demand row per product",
      ]
    `);
  });

  it("a decision's and a sales plan's issues", () => {
    const thrownBy = (call: () => unknown): ModelError => {
      try {
        call();
      } catch (error) {
        if (error instanceof ModelError) return error;
        throw error;
      }
      throw new Error("expected a ModelError");
    };
    const issues = [
      ...thrownBy(() =>
        projectDecision({
          name: "hire",
          horizonMonths: 0,
          effects: [{ kind: "throughput", label: "T", amount: money(1), fromMonth: 3, toMonth: 2 }],
        }),
      ).issues,
      ...thrownBy(() => revenuePlan(money(1), [])).issues,
      ...thrownBy(() => revenuePlan(money(1), [{ name: "goods", throughputRatio: "2", share: "0.5" }])).issues,
      ...thrownBy(() => revenuePlan(money(1), [{ name: "goods", throughputRatio: "0.5", share: "0.5" }])).issues,
    ];
    expect(issues.map((issue) => `${issue.code}: ${formatIssue(issue)}`)).toMatchInlineSnapshot(`
      [
        "out_of_range: horizonMonths: bad horizon: got 0, expected a whole number of months ≥ 1",
        "ends_before_start: effects[0].toMonth: ends before it starts: got 2, expected a month ≥ fromMonth 3",
        "empty: categories: empty plan: got [], expected at least one category",
        "out_of_range: categories[0].throughputRatio: bad T-ratio: got "2", expected a fraction above 0 and at most 1",
        "does_not_add_up: categories: shares do not add up: got "0.5", expected shares that add up to exactly 1",
      ]
    `);
  });

  it("ModelError's message counts them and lists each", () => {
    const error = refused({ products: [haircut], sales: [{ productId: "nope", period: "m1", quantity: -1 }] });
    expect(error.message).toMatchInlineSnapshot(`
      "The model has problems (2):
        - sales[0].productId: unknown product: got "nope", expected the id of a product in the model
        - sales[0].quantity: negative quantity: got -1, expected a number ≥ 0"
    `);
  });
});
