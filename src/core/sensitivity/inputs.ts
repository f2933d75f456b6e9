import { ArgumentError } from "../errors";
import { toDecimal, type DecimalInput, type ExactDecimal } from "../money/decimal";
import type { CurrencyCode } from "../money/currency";
import { money } from "../money/money";
import { productById, resourceById } from "../model/lookup";
import type { BusinessModel, TimeUnit } from "../model/types";

/**
 * One number of a model that a what-if moves. Each names the row it changes by id, so the same input
 * applies to any copy of the model (a sweep's changed models, a browser's JSON copy).
 */
export type WhatIfInput =
  /** A product's list price (money). */
  | { readonly kind: "price"; readonly productId: string; readonly name?: string }
  /** One TVC component of a product, by its name: a per-unit amount (money) or a share of the price (a rate). */
  | { readonly kind: "tvc"; readonly productId: string; readonly component: string; readonly name?: string }
  /** The market's demand for a product (units). */
  | { readonly kind: "demand"; readonly productId: string; readonly name?: string }
  /** The political minimum of a product (units). */
  | { readonly kind: "minimum"; readonly productId: string; readonly name?: string }
  /** A resource's capacity per period, in the resource's own unit. */
  | { readonly kind: "capacity"; readonly resourceId: string; readonly name?: string }
  /** The amount of one OE item (money). */
  | { readonly kind: "operating-expense"; readonly itemId: string; readonly name?: string };

/** What an input's values measure: money of the model's currency, a rate, units, or time. */
export type InputUnit =
  | { readonly kind: "money"; readonly currency: CurrencyCode }
  | { readonly kind: "rate" }
  | { readonly kind: "units"; readonly wholeUnits: boolean }
  | { readonly kind: "time"; readonly unit: TimeUnit };

/**
 * The input's name: the one given, else `kind:id` (`capacity:stylists`, `tvc:haircut:paint`). Names key
 * sweep rows and the controls of a live what-if.
 *
 * @example
 * inputName({ kind: "capacity", resourceId: "stylists" });                      // "capacity:stylists"
 * inputName({ kind: "capacity", resourceId: "stylists", name: "capacityHours" }); // "capacityHours"
 */
export function inputName(input: WhatIfInput): string {
  if (input.name !== undefined) return input.name;
  switch (input.kind) {
    case "price":
    case "demand":
    case "minimum":
      return `${input.kind}:${input.productId}`;
    case "tvc":
      return `tvc:${input.productId}:${input.component}`;
    case "capacity":
      return `capacity:${input.resourceId}`;
    case "operating-expense":
      return `operating-expense:${input.itemId}`;
  }
}

function componentOf(model: BusinessModel, productId: string, component: string) {
  const found = productById(model, productId).tvc.find((candidate) => candidate.name === component);
  if (!found)
    throw new ArgumentError("unknown_input", component, `product "${productId}" has no TVC component "${component}"`);
  return found;
}

function itemOf(model: BusinessModel, itemId: string) {
  const item = model.operatingExpenses.find((candidate) => candidate.id === itemId);
  if (!item) throw new ArgumentError("unknown_input", itemId, `no OE item "${itemId}" in the model`);
  return item;
}

/**
 * The input's value in the model, exact: money amounts as their amount, a missing demand or minimum as 0.
 *
 * @example
 * inputValue(salon, { kind: "capacity", resourceId: "stylists" }).toString(); // "100"
 */
export function inputValue(model: BusinessModel, input: WhatIfInput): ExactDecimal {
  switch (input.kind) {
    case "price":
      return productById(model, input.productId).price.amount;
    case "tvc": {
      const component = componentOf(model, input.productId, input.component);
      return component.basis === "per-unit" ? component.amount.amount : component.rate;
    }
    case "demand":
    case "minimum": {
      productById(model, input.productId);
      const row = model.demand.find((candidate) => candidate.productId === input.productId);
      return toDecimal(input.kind === "demand" ? (row?.quantity ?? 0) : (row?.minimum ?? 0));
    }
    case "capacity":
      return toDecimal(resourceById(model, input.resourceId).capacity);
    case "operating-expense":
      return itemOf(model, input.itemId).amount.amount;
  }
}

/**
 * What the input's values measure, for labels and controls.
 *
 * @example
 * inputUnit(salon, { kind: "capacity", resourceId: "stylists" }); // { kind: "time", unit: "hour" }
 */
export function inputUnit(model: BusinessModel, input: WhatIfInput): InputUnit {
  switch (input.kind) {
    case "price":
    case "operating-expense":
      return { kind: "money", currency: model.currency };
    case "tvc":
      return componentOf(model, input.productId, input.component).basis === "per-unit"
        ? { kind: "money", currency: model.currency }
        : { kind: "rate" };
    case "demand":
    case "minimum":
      return { kind: "units", wholeUnits: productById(model, input.productId).wholeUnits ?? true };
    case "capacity":
      return { kind: "time", unit: resourceById(model, input.resourceId).unit };
  }
}

/**
 * A copy of the model with one input set to `value`; the model itself is not touched. Quantities
 * (demand, minimum, capacity) must be finite and not negative.
 *
 * @example
 * const more = withInput(salon, { kind: "capacity", resourceId: "stylists" }, 120);
 * more.resources[0].capacity; // 120 (salon's own is still 100)
 */
export function withInput(model: BusinessModel, input: WhatIfInput, value: DecimalInput): BusinessModel {
  const exact = toDecimal(value);
  const quantity = () => {
    if (exact.isNegative() && !exact.isZero())
      throw new ArgumentError(
        "out_of_range",
        exact.toString(),
        `${inputName(input)} cannot be negative, got ${exact.toString()}`,
      );
    return exact.toNumber();
  };
  switch (input.kind) {
    case "price":
      productById(model, input.productId);
      return {
        ...model,
        products: model.products.map((product) =>
          product.id === input.productId ? { ...product, price: money(exact, model.currency) } : product,
        ),
      };
    case "tvc": {
      const target = componentOf(model, input.productId, input.component);
      return {
        ...model,
        products: model.products.map((product) =>
          product.id !== input.productId
            ? product
            : {
                ...product,
                tvc: product.tvc.map((component) =>
                  component !== target
                    ? component
                    : component.basis === "per-unit"
                      ? { ...component, amount: money(exact, model.currency) }
                      : { ...component, rate: exact },
                ),
              },
        ),
      };
    }
    case "demand":
    case "minimum": {
      productById(model, input.productId);
      const units = quantity();
      const exists = model.demand.some((row) => row.productId === input.productId);
      // A product without a demand row gets one: a minimum alone is a market of exactly that minimum.
      const demand = exists
        ? model.demand.map((row) =>
            row.productId !== input.productId
              ? row
              : input.kind === "demand"
                ? { ...row, quantity: units }
                : { ...row, minimum: units },
          )
        : [
            ...model.demand,
            input.kind === "demand"
              ? { productId: input.productId, quantity: units }
              : { productId: input.productId, quantity: units, minimum: units },
          ];
      return { ...model, demand };
    }
    case "capacity": {
      resourceById(model, input.resourceId);
      const capacity = quantity();
      return {
        ...model,
        resources: model.resources.map((resource) =>
          resource.id === input.resourceId ? { ...resource, capacity } : resource,
        ),
      };
    }
    case "operating-expense":
      itemOf(model, input.itemId);
      return {
        ...model,
        operatingExpenses: model.operatingExpenses.map((item) =>
          item.id === input.itemId ? { ...item, amount: money(exact, model.currency) } : item,
        ),
      };
  }
}

/**
 * Several inputs set at once, in order.
 *
 * @example
 * withInputs(pq, [[{ kind: "price", productId: "P" }, 95], [{ kind: "capacity", resourceId: "B" }, 2700]]);
 */
export function withInputs(
  model: BusinessModel,
  settings: readonly (readonly [WhatIfInput, DecimalInput])[],
): BusinessModel {
  return settings.reduce((changed, [input, value]) => withInput(changed, input, value), model);
}
