import { ArgumentError } from "../errors";
import { toDecimal, type DecimalInput, type ExactDecimal } from "../money/decimal";

/** The values a sweep takes: a list, or a range from `from` to `to` by `step` (or in `steps` equal steps). */
export type SweepValues =
  | readonly DecimalInput[]
  | { readonly from: DecimalInput; readonly to: DecimalInput; readonly step: DecimalInput }
  | { readonly from: DecimalInput; readonly to: DecimalInput; readonly steps: number };

// A range of more points than this is a typo (a step of 0.001 meant 1), not a sweep.
const MAX_POINTS = 100_000;

/**
 * The exact values of a list or a range; a range includes both ends when the step reaches `to`.
 *
 * @example
 * sweepValues({ from: 80, to: 120, step: 20 }).map(String); // ["80", "100", "120"]
 * sweepValues({ from: 0, to: 1, steps: 4 }).map(String);    // ["0", "0.25", "0.5", "0.75", "1"]
 * sweepValues(["9.99", 10]).map(String);                    // ["9.99", "10"]
 */
export function sweepValues(values: SweepValues): ExactDecimal[] {
  if (Array.isArray(values)) {
    const list = (values as readonly DecimalInput[]).map((value) => toDecimal(value));
    if (list.length === 0) throw new ArgumentError("empty", values, "a sweep needs at least one value");
    return list;
  }
  const range = values as { from: DecimalInput; to: DecimalInput; step?: DecimalInput; steps?: number };
  const from = toDecimal(range.from);
  const to = toDecimal(range.to);
  let step: ExactDecimal;
  if (range.steps !== undefined) {
    if (!Number.isInteger(range.steps) || range.steps < 1)
      throw new ArgumentError("out_of_range", range.steps, `steps must be a whole number ≥ 1, got ${range.steps}`);
    step = to.minus(from).dividedBy(range.steps);
    return Array.from({ length: range.steps + 1 }, (_, i) => (i === range.steps ? to : from.plus(step.times(i))));
  }
  step = toDecimal(range.step!);
  if (step.isZero()) throw new ArgumentError("out_of_range", step.toString(), "a range's step cannot be 0");
  if (to.minus(from).isNegative() !== step.isNegative() && !to.equals(from))
    throw new ArgumentError(
      "out_of_range",
      step.toString(),
      `a step of ${step.toString()} never goes from ${from.toString()} to ${to.toString()}`,
    );
  const count = to.minus(from).dividedBy(step).floor().toNumber() + 1;
  if (count > MAX_POINTS)
    throw new ArgumentError("out_of_range", count, `the range has ${count} points, more than ${MAX_POINTS}`);
  return Array.from({ length: count }, (_, i) => from.plus(step.times(i)));
}
