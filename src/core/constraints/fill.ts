import { ExactDecimal, toDecimal } from "../money/decimal";
import { hasPositiveThroughput, type MixProblem } from "./problem";
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
export function fillInOrder(problem: MixProblem, order: readonly number[], start?: ArrayLike<number>): number[] {
  // `start` (default: the minimums) lets a rounded solver answer be topped up with what still fits.
  const n = problem.productCount;
  const quantities: number[] = Array.from(start ?? problem.minimumOf);
  const used = usedMinutesOf(problem, quantities);
  let wholeAndIntegral = problem.integralTimes;
  for (let p = 0; p < n && wholeAndIntegral; p++)
    if (problem.wholeUnitFlags[p] !== 1 || !Number.isInteger(quantities[p])) wholeAndIntegral = false;
  if (wholeAndIntegral) {
    const remaining = problem.resources.map((resource, r) =>
      resource.capacityMinutes.minus(used[r]!).times(problem.timeScale),
    );
    if (remaining.every((left) => left.isInteger() && left.abs().lessThan(INTEGER_LIMIT)))
      return fillIntegers(
        problem,
        order,
        quantities,
        Float64Array.from(remaining, (left) => left.toNumber()),
      );
  }
  const m = problem.resourceCount;
  const remaining: ExactDecimal[] = problem.resources.map((resource, r) => resource.capacityMinutes.minus(used[r]!));
  const inHundredths = fillHundredths(problem, order, quantities, remaining);
  if (inHundredths) return inHundredths;
  for (const p of order) {
    if (!hasPositiveThroughput(problem, p)) continue;
    const whole = problem.wholeUnitFlags[p] === 1;
    const upper = problem.upperOf[p]!;
    const before = toDecimal(quantities[p]!);
    let room: ExactDecimal = toDecimal(upper).minus(before);
    let capacityBound = false;
    for (let r = 0; r < m; r++) {
      if (problem.minutesApproximate[p * m + r] === 0 && problem.minutesScaled[p * m + r] === 0) continue;
      const minutes = problem.minutesExact(p, r);
      if (minutes.isZero()) continue;
      const fits = remaining[r]!.dividedBy(minutes);
      if (fits.lessThan(room)) {
        room = fits;
        capacityBound = true;
      }
    }
    // Up to demand the demand's own value is planned; a capacity's share is rounded down (QUANTITY_DECIMALS).
    const planned = capacityBound || whole ? roundQuantityDown(before.plus(room), whole) : upper;
    const extra = toDecimal(planned).minus(before);
    if (!extra.isPositive() || extra.isZero()) continue;
    quantities[p] = planned;
    for (let r = 0; r < m; r++) {
      if (problem.minutesApproximate[p * m + r] === 0 && problem.minutesScaled[p * m + r] === 0) continue;
      const minutes = problem.minutesExact(p, r);
      if (!minutes.isZero()) remaining[r] = remaining[r]!.minus(minutes.times(extra));
    }
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
function fillIntegers(
  problem: MixProblem,
  order: readonly number[],
  quantities: number[],
  remaining: Float64Array,
): number[] {
  const m = problem.resourceCount;
  const minutes = problem.minutesScaled;
  for (const p of order) {
    if (!hasPositiveThroughput(problem, p)) continue;
    let room = problem.upperOf[p]! - quantities[p]!;
    const base = p * m;
    for (let r = 0; r < m && room > 0; r++) {
      const time = minutes[base + r]!;
      if (time === 0) continue;
      const fits = remaining[r]! <= 0 ? 0 : floorDivide(remaining[r]!, time);
      if (fits < room) room = fits;
    }
    if (room <= 0) continue;
    quantities[p] = quantities[p]! + room;
    for (let r = 0; r < m; r++) if (minutes[base + r]) remaining[r] = remaining[r]! - minutes[base + r]! * room;
  }
  return quantities;
}

/** `value` × 100 when that is a safe integer and `value` is exactly it ÷ 100 (its text has ≤ 2 decimals). */
function hundredthsOf(value: number): number | undefined {
  const scaled = Math.round(value * 100);
  return Number.isSafeInteger(scaled) && scaled / 100 === value ? scaled : undefined;
}

/**
 * {@link fillInOrder}'s fractional case in JS integers, when every time is a whole number of 10^-k minutes
 * and every starting quantity and limit has at most {@link QUANTITY_DECIMALS} decimals: quantities in
 * hundredths of a unit, remaining time in 10^-k minutes × hundredths. The same rule step by step as the
 * decimal loop (a capacity's share rounded down to hundredths, a limit kept as written), so the same plan;
 * `undefined` (the decimal loop then runs) when any value or product of values might leave the safe integers.
 */
function fillHundredths(
  problem: MixProblem,
  order: readonly number[],
  start: readonly number[],
  remainingMinutes: readonly ExactDecimal[],
): number[] | undefined {
  if (!problem.integralTimes || QUANTITY_DECIMALS !== 2) return undefined;
  const n = problem.productCount;
  const m = problem.resourceCount;
  const minutes = problem.minutesScaled;
  const remaining = new Float64Array(m);
  let largestRemaining = 0;
  for (let r = 0; r < m; r++) {
    const left = remainingMinutes[r]!.times(problem.timeScale * 100);
    if (!left.isInteger() || !left.abs().lessThan(INTEGER_LIMIT)) return undefined;
    remaining[r] = left.toNumber();
    largestRemaining = Math.max(largestRemaining, Math.abs(remaining[r]!));
  }
  const before = new Float64Array(n);
  const upper = new Float64Array(n);
  let largestQuantity = 0;
  let largestMinutes = 0;
  for (let p = 0; p < n; p++) {
    const b = hundredthsOf(start[p]!);
    const limit = problem.upperOf[p]!;
    const u = limit === Infinity ? Infinity : hundredthsOf(limit);
    if (b === undefined || u === undefined) return undefined;
    before[p] = b;
    upper[p] = u;
    largestQuantity = Math.max(largestQuantity, Math.abs(b), u === Infinity ? 0 : Math.abs(u));
    for (let r = 0; r < m; r++) largestMinutes = Math.max(largestMinutes, Math.abs(minutes[p * m + r]!));
  }
  // Every product compared or subtracted below stays under these bounds (remaining time only shrinks).
  if (!Number.isSafeInteger(largestMinutes * (largestRemaining + largestQuantity) * 100 + largestRemaining))
    return undefined;
  const quantities = Array.from(start);
  for (const p of order) {
    if (!hasPositiveThroughput(problem, p)) continue;
    const whole = problem.wholeUnitFlags[p] === 1;
    const base = p * m;
    // The room as a fraction num ÷ den of hundredths: demand's room first, then the tightest resource.
    let num = upper[p]! - before[p]!;
    let den = 1;
    let capacityBound = false;
    for (let r = 0; r < m; r++) {
      const time = minutes[base + r]!;
      if (time === 0) continue;
      // remaining ÷ time < num ÷ den, without dividing (den and time are positive).
      if (num === Infinity || remaining[r]! * den < num * time) {
        num = remaining[r]!;
        den = time;
        capacityBound = true;
      }
    }
    let planned: number;
    if (capacityBound) {
      if (num < 0) continue; // less than before: nothing to add
      planned = whole ? floorDivide(before[p]! * den + num, 100 * den) * 100 : before[p]! + floorDivide(num, den);
    } else if (upper[p] === Infinity) {
      quantities[p] = Infinity; // no limit and no resource time: as the decimal loop plans it
      continue;
    } else planned = whole ? Math.floor(upper[p]! / 100) * 100 : upper[p]!;
    const extra = planned - before[p]!;
    if (extra <= 0) continue;
    quantities[p] = !capacityBound && !whole ? problem.upperOf[p]! : planned / 100;
    for (let r = 0; r < m; r++) if (minutes[base + r]) remaining[r] = remaining[r]! - minutes[base + r]! * extra;
  }
  return quantities;
}
