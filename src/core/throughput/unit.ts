import { add, multiply, subtract, sum, zero, type Money } from "../money/money";
import type { Product, TvcComponent, TvcKind } from "../model/types";

/**
 * The money one component of TVC takes from one unit sold at `price`.
 *
 * @example
 * tvcComponentAmount({ kind: "sales-tax", name: "tax", basis: "share-of-price", rate: toDecimal("0.06") }, money(100)); // 6 RUB
 */
export function tvcComponentAmount(component: TvcComponent, price: Money): Money {
  return component.basis === "per-unit" ? component.amount : multiply(price, component.rate);
}

/**
 * Totally variable cost of one unit, at the list price or at the price actually charged.
 *
 * @example
 * tvcPerUnit(haircut); // 5 RUB: piece rate 3 + materials 2
 */
export function tvcPerUnit(product: Product, price: Money = product.price): Money {
  return sum(
    product.tvc.map((component) => tvcComponentAmount(component, price)),
    price.currency,
  );
}

/**
 * Throughput of one unit: price minus totally variable costs (T = P − TVC).
 *
 * @example
 * throughputPerUnit(haircut);            // 5 RUB (price 10, TVC 3 + 2)
 * throughputPerUnit(haircut, money(8));  // 3 RUB at a discounted price
 */
export function throughputPerUnit(product: Product, price: Money = product.price): Money {
  return subtract(price, tvcPerUnit(product, price));
}

/** A product's TVC of one unit, split by kind (materials, piece rate, ...); kinds it lacks are zero. */
export type TvcBreakdown = Readonly<Record<TvcKind, Money>>;

/**
 * One unit's TVC by kind, for reports that show where the variable cost goes.
 *
 * @example
 * tvcBreakdown(haircut); // { materials: 2 RUB, "piece-rate": 3 RUB, "sales-bonus": 0 RUB, "sales-tax": 0 RUB, other: 0 RUB }
 */
export function tvcBreakdown(product: Product, price: Money = product.price): TvcBreakdown {
  const breakdown: Record<TvcKind, Money> = {
    materials: zero(price.currency),
    "piece-rate": zero(price.currency),
    "sales-bonus": zero(price.currency),
    "sales-tax": zero(price.currency),
    other: zero(price.currency),
  };
  for (const component of product.tvc)
    breakdown[component.kind] = add(breakdown[component.kind], tvcComponentAmount(component, price));
  return breakdown;
}
