import { toDecimal, type ExactDecimal } from "../money/decimal";
import type { MixProblem } from "./problem";

/**
 * Minutes of every resource that quantities (product index → units) use, exactly. Whole units on
 * whole numbers of 10^-k minutes (see `MixProblem.timeScale`) are summed as JS integers while the sum
 * stays a safe integer (fast for large models); anything else — fractional units, fractional minutes, a
 * sum beyond 2^53 — goes through decimals.
 *
 * @example
 * usedMinutesOf(mixProblemOf(pq), [100, 30]).map(String); // ["1800", "2400", "1650", "1650"]
 */
export function usedMinutesOf(problem: MixProblem, quantities: ArrayLike<number>): ExactDecimal[] {
  const m = problem.resourceCount;
  const integer = new Float64Array(m);
  const decimal: (ExactDecimal | undefined)[] = new Array(m).fill(undefined);
  const scaled = problem.minutesScaled;
  const approximate = problem.minutesApproximate;
  for (let p = 0; p < problem.productCount; p++) {
    const quantity = quantities[p] ?? 0;
    if (quantity === 0) continue;
    const whole = Number.isInteger(quantity);
    for (let r = 0; r < m; r++) {
      const cell = p * m + r;
      if (approximate[cell] === 0 && scaled[cell] === 0) continue;
      const minutes = scaled[cell]!;
      if (whole && !Number.isNaN(minutes)) {
        const next = integer[r]! + minutes * quantity;
        if (Number.isSafeInteger(next)) {
          integer[r] = next;
          continue;
        }
      }
      const term = problem.minutesExact(p, r).times(toDecimal(quantity));
      if (!term.isZero()) decimal[r] = decimal[r] ? decimal[r]!.plus(term) : term;
    }
  }
  return Array.from({ length: m }, (_, r) => {
    const whole =
      problem.timeScale === 1 ? toDecimal(integer[r]!) : toDecimal(integer[r]!).dividedBy(problem.timeScale);
    return decimal[r] ? whole.plus(decimal[r]!) : whole;
  });
}
