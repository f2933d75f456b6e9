import { ExactDecimal, toDecimal } from "../money/decimal";
import type { MixProblem } from "./problem";

/**
 * Significant digits kept in a fractional quantity, rounded down so a plan never exceeds a capacity. 12
 * digits lose at most 1e-11 of a quantity, and a JS number holds them exactly (its text is the decimal).
 */
export const QUANTITY_SIGNIFICANT_DIGITS = 12;

/**
 * Rounds a quantity down to what a plan may hold: whole units, or {@link QUANTITY_SIGNIFICANT_DIGITS}
 * digits, as a number whose decimal text is exactly that value (so exact checks see what was planned).
 *
 * @example
 * roundQuantityDown(toDecimal(2400).dividedBy(35), false); // 68.5714285714
 * roundQuantityDown(toDecimal("68.9"), true);              // 68
 */
export function roundQuantityDown(quantity: ExactDecimal, wholeUnits: boolean): number {
  const rounded = wholeUnits
    ? quantity.toDecimalPlaces(0, ExactDecimal.ROUND_DOWN)
    : quantity.toSignificantDigits(QUANTITY_SIGNIFICANT_DIGITS, ExactDecimal.ROUND_DOWN);
  return rounded.isNegative() ? 0 : rounded.toNumber();
}

/**
 * The greedy mix: first every political minimum, then products in `order`, each as many units as demand
 * (or the political maximum) allows and every resource still has room for, computed exactly in minutes.
 * Products whose T per unit is not positive get only their minimum: selling them would lower T.
 * Returns units per product index.
 *
 * @example
 * fillInOrder(mixProblemOf(pq), [0, 1]); // [100, 30]
 */
export function fillInOrder(problem: MixProblem, order: readonly number[], start?: readonly number[]): number[] {
  // `start` (default: the minimums) lets a rounded solver answer be topped up with what still fits.
  const quantities = start ? [...start] : problem.products.map((product) => product.minimum);
  const remaining: ExactDecimal[] = problem.resources.map((resource, r) => {
    let left = resource.capacityMinutes;
    problem.products.forEach((product, p) => {
      if (quantities[p]) left = left.minus(product.minutes[r]!.times(toDecimal(quantities[p]!)));
    });
    return left;
  });
  for (const p of order) {
    const product = problem.products[p]!;
    const t = product.throughputPerUnit.amount;
    if (!t.isPositive() || t.isZero()) continue;
    let room: ExactDecimal = toDecimal(product.upper - quantities[p]!);
    product.minutes.forEach((minutes, r) => {
      if (minutes.isZero()) return;
      const fits = remaining[r]!.dividedBy(minutes);
      if (fits.lessThan(room)) room = fits;
    });
    const extra = roundQuantityDown(room, product.wholeUnits);
    if (extra <= 0) continue;
    // Adding to an integer minimum keeps whole units whole; fractional sums are re-rounded to the kept digits.
    const planned = toDecimal(quantities[p]!).plus(toDecimal(extra));
    quantities[p] = planned.toNumber();
    product.minutes.forEach((minutes, r) => {
      if (!minutes.isZero()) remaining[r] = remaining[r]!.minus(minutes.times(toDecimal(extra)));
    });
  }
  return quantities;
}
