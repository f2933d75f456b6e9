import { ArgumentError } from "../errors";
import { compare, isPositive, multiply, ratio, subtract, zero, type Money } from "../money/money";
import type { ExactDecimal } from "../money/decimal";

/** An offer to buy at a special price, and what is known of the capacity it needs. */
export interface SpecialOrderInput {
  /** The price offered per unit (the hall: 10). */
  readonly price: Money;
  /** TVC of one more unit (the hall: electricity 0.17, called ≈ 1). */
  readonly tvcPerUnit: Money;
  /** Units ordered; default 1. */
  readonly quantity?: number;
  /** The usual market price, to say how deep the discount is (the hall: 50). */
  readonly marketPrice?: Money;
  /** Capacity each unit of the order takes (hours of the hall); default 1. */
  readonly capacityPerUnit?: number;
  /** Capacity that would otherwise stand idle this period, in the same unit. */
  readonly idleCapacity: number;
  /** Whether this period's OE is already covered by regular sales (the talk's premise). */
  readonly operatingExpenseCovered?: boolean;
}

/** The verdict on a special order, with every reason in words. */
export interface SpecialOrderEvaluation {
  readonly kind: "special-order-evaluation";
  readonly accept: boolean;
  readonly deltaThroughput: Money;
  /** OE does not change: staff are on salary and depreciation runs anyway. */
  readonly deltaOperatingExpense: Money;
  readonly deltaNetProfit: Money;
  readonly throughputPerUnit: Money;
  /** market price / price: 5 for 10 against 50. Absent without a market price. */
  readonly discountFactor?: ExactDecimal;
  readonly capacityNeeded: number;
  readonly idleCapacity: number;
  readonly reasons: readonly string[];
}

/**
 * Judges a special price for idle capacity the throughput way: ΔT = (price − TVC) × quantity goes
 * straight to NP, provided the capacity would otherwise stand idle and the price covers TVC.
 *
 * @example
 * const hall = evaluateSpecialOrder({ price: money(10), tvcPerUnit: money(1), marketPrice: money(50), idleCapacity: 5 });
 * hall.accept;          // true
 * hall.deltaNetProfit;  // 9 RUB
 * evaluateSpecialOrder({ price: money(10), tvcPerUnit: money(1), idleCapacity: 0 }).accept; // false: not idle
 */
export function evaluateSpecialOrder(input: SpecialOrderInput): SpecialOrderEvaluation {
  const quantity = input.quantity ?? 1;
  if (!Number.isFinite(quantity) || quantity <= 0) throw new ArgumentError("out_of_range", quantity, `quantity must be a number > 0, got ${quantity}`);
  const capacityNeeded = quantity * (input.capacityPerUnit ?? 1);
  const perUnit = subtract(input.price, input.tvcPerUnit);
  const deltaThroughput = multiply(perUnit, quantity);
  const reasons: string[] = [];
  let accept = true;
  if (!isPositive(perUnit)) {
    accept = false;
    reasons.push(`the price ${input.price.amount} does not cover TVC ${input.tvcPerUnit.amount}: every unit loses ${perUnit.amount.negated()}`);
  } else {
    reasons.push(`each unit brings T = ${input.price.amount} − ${input.tvcPerUnit.amount} = ${perUnit.amount}`);
  }
  if (capacityNeeded > input.idleCapacity) {
    accept = false;
    reasons.push(
      `the order needs ${capacityNeeded} of capacity but only ${input.idleCapacity} is idle: it would push out sales at the full price, so judge it against the T they bring`,
    );
  } else {
    reasons.push(`the capacity it needs (${capacityNeeded}) would otherwise stand idle (${input.idleCapacity} free), so nothing is displaced`);
  }
  if (accept)
    reasons.push(
      input.operatingExpenseCovered === false
        ? `OE does not change, so ΔNP = ΔT = ${deltaThroughput.amount}; this period's OE is not covered yet, and the order helps cover it`
        : `OE does not change and is already covered, so ΔT = ${deltaThroughput.amount} goes straight to net profit`,
    );
  const discountFactor =
    input.marketPrice !== undefined && isPositive(input.price) ? ratio(input.marketPrice, input.price) : undefined;
  if (accept && input.marketPrice !== undefined && compare(input.price, input.marketPrice) < 0)
    reasons.push("politics still matter: regular clients may ask for the same price, so keep the offer apart (off-peak, a one-off, charity)");
  return {
    kind: "special-order-evaluation",
    accept,
    deltaThroughput: accept ? deltaThroughput : zero(input.price.currency),
    deltaOperatingExpense: zero(input.price.currency),
    deltaNetProfit: accept ? deltaThroughput : zero(input.price.currency),
    throughputPerUnit: perUnit,
    ...(discountFactor === undefined ? {} : { discountFactor }),
    capacityNeeded,
    idleCapacity: input.idleCapacity,
    reasons,
  };
}
