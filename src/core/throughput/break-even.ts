import { add, isPositive, ratio, subtract, zero, type Money } from "../money/money";
import type { ExactDecimal } from "../money/decimal";
import type { Product } from "../model/types";
import { throughputPerUnit } from "./unit";

/** Options of the break-even functions. */
export interface BreakEvenOptions {
  /** Profit wanted on top of covering OE; default zero (the plain break-even, "в нуле"). */
  readonly targetProfit?: Money;
}

/**
 * The throughput a period needs: T = OE + target profit. At T = OE the business is "at zero".
 *
 * @example
 * breakEvenThroughput(money(100));                                  // 100 RUB
 * breakEvenThroughput(money(100), { targetProfit: money(20) });     // 120 RUB
 */
export function breakEvenThroughput(operatingExpense: Money, options: BreakEvenOptions = {}): Money {
  return add(operatingExpense, options.targetProfit ?? zero(operatingExpense.currency));
}

/** How many units of one product cover OE (and the target profit), or why none can. */
export type BreakEvenUnits =
  | {
      readonly kind: "break-even-units";
      readonly reachable: true;
      readonly productId: string;
      readonly throughputPerUnit: Money;
      readonly throughputNeeded: Money;
      /** The exact quotient (T needed) / (T per unit), e.g. 33.33… */
      readonly exactUnits: ExactDecimal;
      /** Whole units to sell: the quotient rounded up, since a part of a haircut cannot be sold. */
      readonly units: number;
    }
  | {
      readonly kind: "break-even-units";
      readonly reachable: false;
      readonly productId: string;
      readonly throughputPerUnit: Money;
      readonly throughputNeeded: Money;
      readonly reason: string;
    };

/**
 * Units of one product that bring T up to OE (plus a target profit).
 *
 * @example
 * breakEvenUnits(haircut, money(50)).units;   // 10: 10 haircuts × T 5 = OE 50
 * breakEvenUnits(haircut, money(52)).units;   // 11 (10.4 rounded up)
 */
export function breakEvenUnits(
  product: Product,
  operatingExpense: Money,
  options: BreakEvenOptions = {},
): BreakEvenUnits {
  const perUnit = throughputPerUnit(product);
  const needed = breakEvenThroughput(operatingExpense, options);
  if (!isPositive(perUnit))
    return {
      kind: "break-even-units",
      reachable: false,
      productId: product.id,
      throughputPerUnit: perUnit,
      throughputNeeded: needed,
      reason: `each unit of ${product.name} brings T ${perUnit.amount.toString()} ${perUnit.currency}: selling more never covers OE`,
    };
  if (!isPositive(needed))
    return {
      kind: "break-even-units",
      reachable: true,
      productId: product.id,
      throughputPerUnit: perUnit,
      throughputNeeded: needed,
      exactUnits: zero().amount,
      units: 0,
    };
  const exactUnits = ratio(needed, perUnit);
  return {
    kind: "break-even-units",
    reachable: true,
    productId: product.id,
    throughputPerUnit: perUnit,
    throughputNeeded: needed,
    exactUnits,
    units: exactUnits.ceil().toNumber(),
  };
}

/**
 * How far a period's T is from covering OE: positive is a profit, negative the shortfall.
 *
 * @example
 * marginOfSafety(money(50), money(100)); // -50 RUB: "50 short of covering the month"
 */
export function marginOfSafety(throughput: Money, operatingExpense: Money): Money {
  return subtract(throughput, operatingExpense);
}
