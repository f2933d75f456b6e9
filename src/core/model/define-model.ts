import { isMoney, type Money } from "../money/money";
import { DEFAULT_CURRENCY, isCurrencyCode, type CurrencyCode } from "../money/currency";
import { MONEY_LIMIT, MONEY_LIMIT_EXPECTED, QUANTITY_LIMIT, QUANTITY_LIMIT_EXPECTED } from "./limits";
import { ModelError, type IssueCode, type ModelIssue } from "./issues";
import type {
  BusinessModel,
  Demand,
  Investment,
  OperatingExpenseItem,
  PeriodUnit,
  Product,
  Resource,
  ResourceUsage,
  Sale,
} from "./types";

/** What `defineModel` takes: only `products` is required; lists default to empty. */
export interface ModelInput {
  readonly name?: string;
  readonly currency?: CurrencyCode;
  readonly periodUnit?: PeriodUnit;
  readonly products: readonly Product[];
  readonly sales?: readonly Sale[];
  readonly operatingExpenses?: readonly OperatingExpenseItem[];
  readonly investments?: readonly Investment[];
  readonly resources?: readonly Resource[];
  readonly usages?: readonly ResourceUsage[];
  readonly demand?: readonly Demand[];
}

/**
 * Checks a model and returns it complete and frozen, or throws a {@link ModelError} listing every problem:
 * duplicate ids, references to unknown ids, negative quantities, amounts in another currency.
 *
 * @example
 * const salon = defineModel({
 *   name: "salon",
 *   products: [{ id: "haircut", name: "Haircut", type: "service", price: money(10),
 *                tvc: [{ kind: "piece-rate", name: "stylist", basis: "per-unit", amount: money(3) },
 *                      { kind: "materials", name: "paint", basis: "per-unit", amount: money(2) }] }],
 *   sales: [{ productId: "haircut", period: "month 1", quantity: 10 }],
 *   operatingExpenses: [{ id: "rent", name: "Rent", category: "rent", amount: money(40) }],
 * });
 */
export function defineModel(input: ModelInput): BusinessModel {
  const model: BusinessModel = {
    name: input.name ?? "model",
    currency: input.currency ?? DEFAULT_CURRENCY,
    periodUnit: input.periodUnit ?? "month",
    products: list(input.products),
    sales: list(input.sales),
    operatingExpenses: list(input.operatingExpenses),
    investments: list(input.investments),
    resources: list(input.resources),
    usages: list(input.usages),
    demand: list(input.demand),
  };
  const issues = validateModel(model);
  if (issues.length > 0) throw new ModelError(issues);
  return Object.freeze(model);
}

/**
 * Every problem of a model, as data (empty when it is sound). `defineModel` throws them; call this to
 * show them yourself.
 *
 * @example
 * validateModel({ ...salon, sales: [{ productId: "nope", period: "m1", quantity: 1 }] });
 * // [{ path: ["sales", 0, "productId"], value: "nope", expected: "the id of a product in the model", ... }]
 */
export function validateModel(model: BusinessModel): ModelIssue[] {
  const issues: ModelIssue[] = [];
  const issue = (code: IssueCode, path: (string | number)[], value: unknown, expected: string, message: string) =>
    issues.push({ code, path, value, expected, message });

  if (!isCurrencyCode(model.currency))
    issue("unknown_currency", ["currency"], model.currency, "a known currency code", "unknown currency");

  const checkMoney = (path: (string | number)[], value: Money | undefined, allowNegative = false) => {
    if (value === undefined) return;
    if (!isMoney(value)) return issue("not_money", path, value, "an amount of money", "not money");
    if (value.currency !== model.currency)
      issue(
        "other_currency",
        path,
        value.currency,
        `an amount in ${model.currency}, the model's currency`,
        "another currency",
      );
    else if (!allowNegative && value.amount.isNegative() && !value.amount.isZero())
      issue("negative_amount", path, value.amount.toString(), "an amount ≥ 0", "negative amount");
    else if (value.amount.abs().greaterThanOrEqualTo(MONEY_LIMIT))
      issue("number_too_large", path, value.amount.toString(), MONEY_LIMIT_EXPECTED, "amount too large");
  };
  const checkQuantity = (path: (string | number)[], value: number | undefined, positive = false, unlimited = false) => {
    if (value === undefined) return;
    if (unlimited && value === Number.POSITIVE_INFINITY) return;
    if (typeof value !== "number" || !Number.isFinite(value))
      issue("not_a_number", path, value, "a finite number", "not a number");
    else if (positive ? value <= 0 : value < 0)
      issue(
        positive ? "not_positive" : "negative_quantity",
        path,
        value,
        positive ? "a number > 0" : "a number ≥ 0",
        positive ? "not positive" : "negative quantity",
      );
    else if (value >= QUANTITY_LIMIT)
      issue("number_too_large", path, value, QUANTITY_LIMIT_EXPECTED, "number too large");
  };
  const uniqueIds = (list: readonly { id: string }[], name: string) => {
    const seen = new Map<string, number>();
    list.forEach((item, index) => {
      if (typeof item.id !== "string" || item.id.trim() === "")
        issue("missing_id", [name, index, "id"], item.id, "a non-empty id", "missing id");
      else if (seen.has(item.id))
        issue(
          "duplicate_id",
          [name, index, "id"],
          item.id,
          `an id not used before (row ${seen.get(item.id)} has it)`,
          "duplicate id",
        );
      else seen.set(item.id, index);
    });
    return new Set(seen.keys());
  };

  const productIds = uniqueIds(model.products, "products");
  model.products.forEach((product, index) => {
    checkMoney(["products", index, "price"], product.price);
    product.tvc.forEach((component, c) => {
      if (component.basis === "per-unit") checkMoney(["products", index, "tvc", c, "amount"], component.amount);
      else if (component.rate.isNegative() || component.rate.greaterThan(1))
        issue(
          "rate_out_of_range",
          ["products", index, "tvc", c, "rate"],
          component.rate.toString(),
          "a share of the price between 0 and 1",
          "rate out of range",
        );
    });
  });
  uniqueIds(model.operatingExpenses, "operatingExpenses");
  model.operatingExpenses.forEach((item, index) => checkMoney(["operatingExpenses", index, "amount"], item.amount));
  uniqueIds(model.investments, "investments");
  model.investments.forEach((item, index) => checkMoney(["investments", index, "amount"], item.amount));
  const resourceIds = uniqueIds(model.resources, "resources");
  model.resources.forEach((resource, index) => checkQuantity(["resources", index, "capacity"], resource.capacity));

  const knownProduct = (path: (string | number)[], id: string) => {
    if (!productIds.has(id)) issue("unknown_product", path, id, "the id of a product in the model", "unknown product");
  };
  const products = new Map(model.products.map((product) => [product.id, product]));
  model.sales.forEach((sale, index) => {
    knownProduct(["sales", index, "productId"], sale.productId);
    checkQuantity(["sales", index, "quantity"], sale.quantity);
    if (
      products.get(sale.productId)?.wholeUnits !== false &&
      Number.isFinite(sale.quantity) &&
      !Number.isInteger(sale.quantity)
    )
      issue(
        "not_whole",
        ["sales", index, "quantity"],
        sale.quantity,
        "a whole number of units (the product sells in whole units)",
        "fractional quantity",
      );
    checkMoney(["sales", index, "price"], sale.price);
  });
  const usagePairs = new Set<string>();
  model.usages.forEach((usage, index) => {
    knownProduct(["usages", index, "productId"], usage.productId);
    if (!resourceIds.has(usage.resourceId))
      issue(
        "unknown_resource",
        ["usages", index, "resourceId"],
        usage.resourceId,
        "the id of a resource in the model",
        "unknown resource",
      );
    checkQuantity(["usages", index, "timePerUnit"], usage.timePerUnit);
    const pair = `${usage.productId}\u0000${usage.resourceId}`;
    if (usagePairs.has(pair))
      issue(
        "duplicate_usage",
        ["usages", index],
        `${usage.productId} on ${usage.resourceId}`,
        "one row per product and resource",
        "duplicate usage",
      );
    usagePairs.add(pair);
  });
  const demanded = new Set<string>();
  model.demand.forEach((demand, index) => {
    knownProduct(["demand", index, "productId"], demand.productId);
    if (demanded.has(demand.productId))
      issue(
        "duplicate_demand",
        ["demand", index, "productId"],
        demand.productId,
        "one demand row per product",
        "duplicate demand",
      );
    demanded.add(demand.productId);
    // Infinity is "no demand limit"; then some resource must bound the product, or its plan would be endless.
    checkQuantity(["demand", index, "quantity"], demand.quantity, false, true);
    if (
      demand.quantity === Number.POSITIVE_INFINITY &&
      !model.usages.some((usage) => usage.productId === demand.productId && usage.timePerUnit > 0)
    )
      issue(
        "no_demand_limit",
        ["demand", index, "quantity"],
        "unlimited", // (Infinity would print as null in the error's JSON)
        "a number, or a usage row giving the product time on some resource (without either nothing limits how much of it to sell)",
        "no demand limit and no resource",
      );
    checkQuantity(["demand", index, "minimum"], demand.minimum);
    checkQuantity(["demand", index, "maximum"], demand.maximum);
    const ceiling = Math.min(demand.maximum ?? Infinity, demand.quantity);
    if (demand.minimum !== undefined && demand.minimum > ceiling)
      issue(
        "minimum_too_high",
        ["demand", index, "minimum"],
        demand.minimum,
        `at most ${ceiling} (${ceiling === demand.quantity ? "the market's demand" : "the maximum"})`,
        "minimum above what can be sold",
      );
  });
  return issues;
}

// The model's lists are copied and frozen; the caller's own arrays and records are left untouched.
function list<T>(items: readonly T[] | undefined): readonly T[] {
  return Object.freeze([...(items ?? [])]);
}
