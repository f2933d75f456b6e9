import { ArgumentError } from "../errors";
import { ExactDecimal, toDecimal, type DecimalInput } from "../money/decimal";
import type { Money } from "../money/money";
import type { BusinessModel, Demand, Product, Resource } from "./types";

// Ids compared loosely only to suggest one: "Lady Classic", "lady_classic" and "LADY-CLASSIC" all hint at "lady-classic".
function loose(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_\-–—.]+/g, "");
}

function unknownId(
  kind: "product" | "resource",
  id: string,
  model: BusinessModel,
  items: readonly { id: string; name: string }[],
): ArgumentError {
  const wanted = loose(String(id));
  const near = items.find((item) => loose(item.id) === wanted || loose(item.name) === wanted);
  const hint = near === undefined ? "" : `; did you mean "${near.id}" (${near.name})?`;
  const valid = items.map((item) => item.id).join(", ") || "none";
  return new ArgumentError(
    kind === "product" ? "unknown_product" : "unknown_resource",
    id,
    `the model "${model.name}" has no ${kind} "${id}" (its ${kind}s: ${valid})${hint}`,
  );
}

/**
 * The product with this id, or an ArgumentError (unknown_product) that lists the model's product ids (and the id meant, when
 * a name or a differently spelled id was given), instead of `model.products.find(...)!`.
 *
 * @example
 * productById(salon, "haircut").price;  // 10 RUB
 * productById(salon, "Lady Classic");   // throws ArgumentError: the model "…" has no product "Lady Classic"
 *                                       //   (its products: haircut, …); did you mean "lady-classic" (Lady Classic)?
 */
export function productById(model: BusinessModel, id: string): Product {
  const found = model.products.find((product) => product.id === id);
  if (found === undefined) throw unknownId("product", id, model, model.products);
  return found;
}

/**
 * The resource with this id, or an ArgumentError (unknown_resource) listing the model's resource ids.
 *
 * @example
 * resourceById(salon, "stylists").capacity; // 100 (hours)
 * resourceById(salon, "chairs");            // throws ArgumentError: … has no resource "chairs" (its resources: stylists)
 */
export function resourceById(model: BusinessModel, id: string): Resource {
  const found = model.resources.find((resource) => resource.id === id);
  if (found === undefined) throw unknownId("resource", id, model, model.resources);
  return found;
}

/**
 * The market's demand row of a product, if the model forecasts one (the product must exist).
 *
 * @example
 * demandOf(salon, "blow-dry")?.quantity; // 30
 */
export function demandOf(model: BusinessModel, productId: string): Demand | undefined {
  productById(model, productId);
  return model.demand.find((row) => row.productId === productId);
}

/**
 * The same model with one resource's capacity changed (in the resource's own unit); the input is not
 * touched. A capacity that is not a number ≥ 0 is refused with the resource named.
 *
 * @example
 * const busier = withCapacity(salon, "stylists", 80);
 * resourceById(busier, "stylists").capacity; // 80
 * resourceById(salon, "stylists").capacity;  // 100: unchanged
 * withCapacity(salon, "stylists", -5);       // throws ArgumentError: the capacity of "stylists" must be a number ≥ 0 (hours), got -5
 */
export function withCapacity(model: BusinessModel, resourceId: string, capacity: number): BusinessModel {
  const resource = resourceById(model, resourceId);
  if (typeof capacity !== "number" || !Number.isFinite(capacity) || capacity < 0)
    throw new ArgumentError(
      "out_of_range",
      capacity,
      `the capacity of "${resourceId}" must be a number ≥ 0 (${resource.unit}s), got ${String(capacity)}`,
    );
  return { ...model, resources: model.resources.map((r) => (r.id === resourceId ? { ...r, capacity } : r)) };
}

/**
 * The same model with every product's demand (and its political minimum and maximum) multiplied by
 * `factor`, exactly; products sold in whole units are rounded half up ("a third more" of 30 is 40), and
 * a minimum never ends above what can be sold.
 *
 * @example
 * demandOf(withDemandScaled(salon, "1.3"), "lady-classic")?.quantity; // 42 (32 × 1.3 = 41.6)
 * withDemandScaled(salon, -1);                                        // throws ArgumentError
 */
export function withDemandScaled(model: BusinessModel, factor: DecimalInput): BusinessModel {
  const by = toDecimal(factor);
  if (by.isNegative())
    throw new ArgumentError("out_of_range", factor, `the demand factor must be ≥ 0, got ${by.toString()}`);
  const whole = new Map(model.products.map((product) => [product.id, product.wholeUnits ?? true]));
  const scale = (quantity: number, productId: string) => {
    const scaled = toDecimal(quantity).times(by);
    return ((whole.get(productId) ?? true) ? scaled.toDecimalPlaces(0, ExactDecimal.ROUND_HALF_UP) : scaled).toNumber();
  };
  return {
    ...model,
    demand: model.demand.map((row) => {
      const quantity = scale(row.quantity, row.productId);
      const maximum = row.maximum === undefined ? undefined : scale(row.maximum, row.productId);
      const ceiling = Math.min(quantity, maximum ?? Infinity);
      const minimum = row.minimum === undefined ? undefined : Math.min(scale(row.minimum, row.productId), ceiling);
      return {
        ...row,
        quantity,
        ...(minimum === undefined ? {} : { minimum }),
        ...(maximum === undefined ? {} : { maximum }),
      };
    }),
  };
}

/** A political minimum as asked and as applied. */
export interface PoliticalMinimumChange {
  readonly kind: "political-minimum-change";
  readonly model: BusinessModel;
  readonly productId: string;
  readonly name: string;
  /** The minimum asked for. */
  readonly requested: number;
  /** The minimum set: the one asked for, or what can be sold when that is less. */
  readonly applied: number;
  /** The market's demand (0 when the model has no demand row for the product). */
  readonly demand: number;
  /** True when the minimum asked for was above what can be sold and was lowered to it. */
  readonly capped: boolean;
}

/**
 * The same model with a political minimum for one product ("keep at least 30 blow-dries"). A minimum
 * above the demand (or the political maximum) cannot be sold, so it is capped there, and `capped` says
 * so, for the output to tell the reader.
 *
 * @example
 * const keep = withPoliticalMinimum(salon, "blow-dry", 40);
 * keep.applied; // 30: the demand
 * keep.capped;  // true
 * withPoliticalMinimum(salon, "blowdry", 10); // throws ArgumentError: … no product "blowdry" …; did you mean "blow-dry"?
 */
export function withPoliticalMinimum(model: BusinessModel, productId: string, minimum: number): PoliticalMinimumChange {
  const product = productById(model, productId);
  if (typeof minimum !== "number" || !Number.isFinite(minimum) || minimum < 0)
    throw new ArgumentError(
      "out_of_range",
      minimum,
      `the political minimum of "${productId}" must be a number ≥ 0, got ${String(minimum)}`,
    );
  const row = model.demand.find((demand) => demand.productId === productId);
  const demand = row?.quantity ?? 0;
  const ceiling = Math.min(demand, row?.maximum ?? Infinity);
  const applied = Math.min(minimum, ceiling);
  // Without a demand row nothing can be sold, so there is no minimum to set.
  const demandRows =
    row === undefined
      ? model.demand
      : model.demand.map((d) => (d.productId === productId ? { ...d, minimum: applied } : d));
  return {
    kind: "political-minimum-change",
    model: { ...model, demand: demandRows },
    productId,
    name: product.name,
    requested: minimum,
    applied,
    demand,
    capped: applied < minimum,
  };
}

/**
 * True when an amount equals a number written plainly, exactly (no reaching into decimal.js from a
 * notebook: `equalsAmount(t, 68)` instead of `t.amount.equals(68)`).
 *
 * @example
 * equalsAmount(money("68.50"), "68.5"); // true
 * equalsAmount(money(5), 5.01);         // false
 */
export function equalsAmount(value: Money, amount: DecimalInput): boolean {
  return value.amount.equals(toDecimal(amount));
}
