import { toDecimal, type DecimalInput, type ExactDecimal } from "../money/decimal";
import type { Money } from "../money/money";
import type { BusinessModel } from "../model/types";
import { inputName, inputUnit, inputValue, withInput, type InputUnit, type WhatIfInput } from "./inputs";
import { outcomeOf, type OutcomeOptions } from "./outcome";

/** Options of {@link breakEven}. */
export interface BreakEvenSearchOptions extends OutcomeOptions {
  /**
   * What must reach zero, as a function of the changed model: default the ranking plan's NP. Pass a
   * decision's ΔT − ΔOE to find where the decision flips.
   */
  readonly measure?: (model: BusinessModel) => Money;
  /** How close the two ends of a searched bracket must be (default: a kopeck for money, 1e-6 otherwise). */
  readonly tolerance?: DecimalInput;
}

interface Common {
  readonly name: string;
  readonly input: WhatIfInput;
  readonly unit: InputUnit;
  /** The input's value in the model, exact decimal text. */
  readonly current: string;
}

/**
 * Where the measure (NP by default) reaches zero as one input moves:
 * - `exact`: the measure is linear in the input near the root, and the root was solved for: the measure
 *   at `value` is zero (exactly, unless the root is a non-terminating decimal: then `measure` is the
 *   60-digit residue).
 * - `search`: the measure jumps (whole units, a plan changing shape), so the root was bracketed by
 *   bisection: the measure is below zero at one end and at or above it at the other; `value` is that end.
 * - `none`: no value ≥ 0 within the searched span changes the measure's sign.
 */
export type BreakEven =
  | (Common & { readonly kind: "exact"; readonly value: string; readonly measure: Money })
  | (Common & {
      readonly kind: "search";
      readonly value: string;
      readonly lower: string;
      readonly upper: string;
      readonly measureAtLower: Money;
      readonly measureAtUpper: Money;
    })
  | (Common & { readonly kind: "none"; readonly reason: string });

const MAX_SECANT_STEPS = 30;
// 2^20 steps away: a break-even a million steps from today is no answer to a what-if.
const MAX_DOUBLINGS = 21;

/**
 * The value of one input at which NP (or another measure) is zero: solved exactly where the measure is
 * linear in the input (a price, a TVC, an OE item, a demand served in fractions), bracketed by bisection
 * where it jumps (whole units, a plan that changes shape); the result says which. Inputs are searched
 * over values ≥ 0.
 *
 * @example
 * breakEven(pq, { kind: "operating-expense", itemId: "oe" });     // { kind: "exact", value: "6300", ... }
 * breakEven(pq, { kind: "price", productId: "P" });              // { kind: "exact", value: "87", ... }
 * breakEven(pq, { kind: "capacity", resourceId: "B" }).kind;      // "search": T moves in whole units
 */
export function breakEven(model: BusinessModel, input: WhatIfInput, options: BreakEvenSearchOptions = {}): BreakEven {
  const measure = options.measure ?? ((changed: BusinessModel) => outcomeOf(changed, options).netProfit);
  const unit = inputUnit(model, input);
  const current = inputValue(model, input);
  const common: Common = { name: inputName(input), input, unit, current: current.toString() };
  const f = (value: ExactDecimal) => measure(withInput(model, input, value)).amount;
  const tolerance = toDecimal(options.tolerance ?? (unit.kind === "money" ? "0.01" : "0.000001"));
  const step = unit.kind === "rate" ? toDecimal("0.01") : toDecimal(1);
  const exact = (value: ExactDecimal): BreakEven => ({
    ...common,
    kind: "exact",
    value: value.toString(),
    measure: measure(withInput(model, input, value)),
  });

  const seen: { value: ExactDecimal; f: ExactDecimal }[] = [];
  const at = (value: ExactDecimal) => {
    const result = f(value);
    seen.push({ value, f: result });
    return result;
  };
  // A zero with zeros on both sides is a flat step (whole units), not a crossing: the crossing is the
  // step's edge, which only a search can find.
  const crossing = (value: ExactDecimal) => !(f(value.minus(tolerance)).isZero() && f(value.plus(tolerance)).isZero());
  const f0 = at(current);
  if (f0.isZero() && crossing(current)) return exact(current);

  // Secant steps: on a linear piece the first one lands on the root; on a piecewise-linear measure a few
  // more walk piece to piece.
  let a = current;
  let fa = f0;
  let b = current.plus(step);
  let fb = at(b);
  for (let i = 0; i < MAX_SECANT_STEPS; i++) {
    if (fb.isZero() && crossing(b)) return exact(b);
    if (fb.equals(fa)) break;
    const next = b.minus(fb.times(b.minus(a)).dividedBy(fb.minus(fa)));
    if (next.isNegative() || next.equals(b)) break;
    const fn = at(next);
    if (fn.isZero() && crossing(next)) return exact(next);
    // A root that is a non-terminating decimal leaves a residue far below any money: solved, not searched.
    if (fn.abs().lessThan(RESIDUE) && fb.abs().greaterThan(fn.abs())) return exact(next);
    a = b;
    fa = fb;
    b = next;
    fb = fn;
  }

  const bracket = bracketOf(seen) ?? expand(current, step, f0, at);
  if (!bracket)
    return {
      ...common,
      kind: "none",
      reason: `the measure keeps its sign for every value from 0 to ${current.plus(step.times(2 ** (MAX_DOUBLINGS - 1))).toString()}`,
    };
  let [low, high] = bracket;
  while (high.value.minus(low.value).greaterThan(tolerance)) {
    const middle = midpoint(low.value, high.value, tolerance);
    if (middle.equals(low.value) || middle.equals(high.value)) break;
    const fm = f(middle);
    if (fm.isNegative() === low.f.isNegative()) low = { value: middle, f: fm };
    else high = { value: middle, f: fm };
  }
  const nonNegative = low.f.isNegative() ? high : low;
  return {
    ...common,
    kind: "search",
    value: nonNegative.value.toString(),
    lower: low.value.toString(),
    upper: high.value.toString(),
    measureAtLower: measure(withInput(model, input, low.value)),
    measureAtUpper: measure(withInput(model, input, high.value)),
  };
}

const RESIDUE = toDecimal("1e-40");

/**
 * The middle of a bracket snapped to a multiple of the tolerance, so that searched values read as
 * 1600.000001, not as the binary fractions halving leaves.
 *
 * @example
 * midpoint(toDecimal(0), toDecimal(1), toDecimal("0.01")).toString(); // "0.5"
 */
export function midpoint(a: ExactDecimal, b: ExactDecimal, tolerance: ExactDecimal): ExactDecimal {
  const middle = a.plus(b).dividedBy(2);
  return tolerance.isZero() ? middle : middle.dividedBy(tolerance).round().times(tolerance);
}

type Point = { value: ExactDecimal; f: ExactDecimal };

/** The closest pair of points already evaluated whose measures have opposite signs, low value first. */
function bracketOf(points: readonly Point[]): [Point, Point] | undefined {
  const sorted = [...points].sort((x, y) => x.value.comparedTo(y.value));
  let best: [Point, Point] | undefined;
  for (let i = 1; i < sorted.length; i++) {
    const [x, y] = [sorted[i - 1]!, sorted[i]!];
    if (
      x.f.isNegative() !== y.f.isNegative() &&
      (!best || y.value.minus(x.value).lessThan(best[1].value.minus(best[0].value)))
    )
      best = [x, y];
  }
  return best;
}

/** Walks away from the current value both ways (never below 0), doubling the step, until the sign flips. */
function expand(
  current: ExactDecimal,
  step: ExactDecimal,
  f0: ExactDecimal,
  at: (value: ExactDecimal) => ExactDecimal,
): [Point, Point] | undefined {
  let previousUp: Point = { value: current, f: f0 };
  let previousDown: Point = { value: current, f: f0 };
  let downDone = current.isZero();
  for (let k = 0; k < MAX_DOUBLINGS; k++) {
    const distance = step.times(2 ** k);
    const up = { value: current.plus(distance), f: toDecimal(0) };
    up.f = at(up.value);
    if (up.f.isNegative() !== f0.isNegative()) return [previousUp, up];
    previousUp = up;
    if (!downDone) {
      let value = current.minus(distance);
      if (value.isNegative()) {
        value = toDecimal(0);
        downDone = true;
      }
      const down = { value, f: at(value) };
      if (down.f.isNegative() !== f0.isNegative()) return [down, previousDown];
      previousDown = down;
    }
  }
  return undefined;
}
