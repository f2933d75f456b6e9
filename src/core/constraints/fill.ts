import { ExactDecimal, toDecimal } from "../money/decimal";
import type { MixProblem } from "./problem";
import { usedMinutesOf } from "./sum";

/**
 * Decimals a fractional quantity is planned in when a capacity limits it: hundredths of a unit, rounded
 * down, so no capacity is exceeded and T = quantity × T per unit is exact money with no float noise (140
 * hours at 90 minutes a unit plan 93.33 units, T 8 399.70, never 93.3333333333 and 8 399.999999997).
 * A quantity limited by demand or a political limit keeps that limit's own value, exactly.
 */
export const QUANTITY_DECIMALS = 2;

/**
 * Rounds a quantity down to what a plan may hold: whole units, or {@link QUANTITY_DECIMALS} decimals, as a
 * number whose decimal text is exactly that value (so exact checks see what was planned).
 *
 * @example
 * roundQuantityDown(toDecimal(2400).dividedBy(35), false); // 68.57
 * roundQuantityDown(toDecimal("68.9"), true);              // 68
 */
export function roundQuantityDown(quantity: ExactDecimal, wholeUnits: boolean): number {
  const rounded = quantity.toDecimalPlaces(wholeUnits ? 0 : QUANTITY_DECIMALS, ExactDecimal.ROUND_DOWN);
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
  const used = usedMinutesOf(problem, quantities);
  const wholeAndIntegral =
    problem.integralTimes && problem.products.every((product, p) => product.wholeUnits && Number.isInteger(quantities[p]));
  if (wholeAndIntegral) {
    const remaining = problem.resources.map((resource, r) => resource.capacityMinutes.minus(used[r]!).times(problem.timeScale));
    if (remaining.every((left) => left.isInteger() && left.abs().lessThan(INTEGER_LIMIT)))
      return fillIntegers(problem, order, quantities, remaining.map((left) => left.toNumber()));
  }
  const remaining: ExactDecimal[] = problem.resources.map((resource, r) => resource.capacityMinutes.minus(used[r]!));
  for (const p of order) {
    const product = problem.products[p]!;
    const t = product.throughputPerUnit.amount;
    if (!t.isPositive() || t.isZero()) continue;
    const before = toDecimal(quantities[p]!);
    let room: ExactDecimal = toDecimal(product.upper).minus(before);
    let capacityBound = false;
    product.minutes.forEach((minutes, r) => {
      if (minutes.isZero()) return;
      const fits = remaining[r]!.dividedBy(minutes);
      if (fits.lessThan(room)) {
        room = fits;
        capacityBound = true;
      }
    });
    // Up to demand the demand's own value is planned; a capacity's share is rounded down (QUANTITY_DECIMALS).
    const planned = capacityBound || product.wholeUnits ? roundQuantityDown(before.plus(room), product.wholeUnits) : product.upper;
    const extra = toDecimal(planned).minus(before);
    if (!extra.isPositive() || extra.isZero()) continue;
    quantities[p] = planned;
    product.minutes.forEach((minutes, r) => {
      if (!minutes.isZero()) remaining[r] = remaining[r]!.minus(minutes.times(extra));
    });
  }
  return quantities;
}

// Remaining minutes below 2^53 stay exact as JS integers while whole units are taken out of them.
const INTEGER_LIMIT = toDecimal(Number.MAX_SAFE_INTEGER);

/** Exact ⌊a ÷ b⌋ of non-negative safe integers: the float quotient, corrected by one either way. */
function floorDivide(numerator: number, denominator: number): number {
  let quotient = Math.floor(numerator / denominator);
  if (quotient * denominator > numerator) quotient--;
  else if ((quotient + 1) * denominator <= numerator) quotient++;
  return quotient;
}

/** {@link fillInOrder} when every product is whole and every time a whole number of 10^-k minutes: JS integers. */
function fillIntegers(problem: MixProblem, order: readonly number[], quantities: number[], remaining: number[]): number[] {
  for (const p of order) {
    const product = problem.products[p]!;
    const t = product.throughputPerUnit.amount;
    if (!t.isPositive() || t.isZero()) continue;
    let room = product.upper - quantities[p]!;
    const minutes = product.scaledMinutes;
    for (let r = 0; r < minutes.length && room > 0; r++) {
      if (minutes[r] === 0) continue;
      const fits = remaining[r]! <= 0 ? 0 : floorDivide(remaining[r]!, minutes[r]!);
      if (fits < room) room = fits;
    }
    if (room <= 0) continue;
    quantities[p] = quantities[p]! + room;
    for (let r = 0; r < minutes.length; r++) if (minutes[r]) remaining[r] = remaining[r]! - minutes[r]! * room;
  }
  return quantities;
}
