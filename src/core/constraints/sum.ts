import { toDecimal, type ExactDecimal } from "../money/decimal";
import type { MixProblem } from "./problem";

/**
 * Minutes of every resource that quantities (product index → units) use, exactly. Whole units on
 * whole numbers of 10^-k minutes (see `MixProblem.timeScale`) are summed as JS integers while the sum stays a safe integer (fast for large models);
 * anything else — fractional units, fractional minutes, a sum beyond 2^53 — goes through decimals.
 *
 * @example
 * usedMinutesOf(mixProblemOf(pq), [100, 30]).map(String); // ["1800", "2400", "1650", "1650"]
 */
export function usedMinutesOf(problem: MixProblem, quantities: readonly number[]): ExactDecimal[] {
  return problem.resources.map((_, r) => {
    let integer = 0;
    let decimal: ExactDecimal | undefined;
    problem.products.forEach((product, p) => {
      const quantity = quantities[p] ?? 0;
      if (quantity === 0) return;
      const minutes = product.scaledMinutes[r]!;
      if (minutes === 0 || product.minuteNumbers[r] === 0) return;
      if (problem.integralTimes && Number.isInteger(quantity)) {
        const next = integer + minutes * quantity;
        if (Number.isSafeInteger(next)) {
          integer = next;
          return;
        }
      }
      const term = product.minutes[r]!.times(toDecimal(quantity));
      decimal = decimal ? decimal.plus(term) : term;
    });
    const whole = problem.timeScale === 1 ? toDecimal(integer) : toDecimal(integer).dividedBy(problem.timeScale);
    return decimal ? whole.plus(decimal) : whole;
  });
}
