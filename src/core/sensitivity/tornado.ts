import { ArgumentError } from "../errors";
import { toDecimal, type DecimalInput } from "../money/decimal";
import { compare, subtract, type Money } from "../money/money";
import type { BusinessModel } from "../model/types";
import { inputName, inputValue, withInput, type WhatIfInput } from "./inputs";
import { outcomeOf, type OutcomeOptions } from "./outcome";

/** An input of a tornado: moved by the tornado's percentage, or over a range of its own. */
export type TornadoInput =
  WhatIfInput | { readonly input: WhatIfInput; readonly low: DecimalInput; readonly high: DecimalInput };

/** Options of {@link tornado}. */
export interface TornadoOptions extends OutcomeOptions {
  /** How far each input moves down and up, in percent of its value (default 10). */
  readonly percent?: DecimalInput | undefined;
}

/** One bar of a tornado: NP at the input's low and high values against NP today. */
export interface TornadoBar {
  readonly name: string;
  readonly input: WhatIfInput;
  /** Values as exact decimal text. */
  readonly current: string;
  readonly low: string;
  readonly high: string;
  readonly netProfitLow: Money;
  readonly netProfitHigh: Money;
  /** NP at the low value − NP today. */
  readonly deltaLow: Money;
  /** NP at the high value − NP today. */
  readonly deltaHigh: Money;
  /** |deltaHigh − deltaLow|: how much NP the input's range spans; bars are sorted by it. */
  readonly swing: Money;
}

/** NP's sensitivity to each input, the widest swing first. */
export interface Tornado {
  readonly kind: "tornado";
  readonly model: string;
  readonly netProfit: Money;
  /** The percentage used for inputs without a range of their own. */
  readonly percent: string;
  readonly bars: readonly TornadoBar[];
}

/**
 * Moves each input down and up (by ±`percent` of its value, or over its own range), one at a time, and
 * sorts the inputs by how far NP moves: the inputs to watch first. The model is not touched.
 *
 * @example
 * const t = tornado(pq, [{ kind: "price", productId: "P" }, { kind: "capacity", resourceId: "B" }], { percent: 10 });
 * t.bars.map((bar) => [bar.name, bar.deltaLow, bar.deltaHigh]);
 */
export function tornado(model: BusinessModel, inputs: readonly TornadoInput[], options: TornadoOptions = {}): Tornado {
  const percent = toDecimal(options.percent ?? 10);
  if (percent.isNegative())
    throw new ArgumentError("out_of_range", percent.toString(), `percent must be ≥ 0, got ${percent.toString()}`);
  const base = outcomeOf(model, options).netProfit;
  const npAt = (input: WhatIfInput, value: DecimalInput) =>
    outcomeOf(withInput(model, input, value), options).netProfit;
  const bars = inputs.map((entry): TornadoBar => {
    const input = "input" in entry ? entry.input : entry;
    const current = inputValue(model, input);
    const share = percent.dividedBy(100);
    const low = "input" in entry ? toDecimal(entry.low) : current.minus(current.abs().times(share));
    const high = "input" in entry ? toDecimal(entry.high) : current.plus(current.abs().times(share));
    const netProfitLow = npAt(input, low);
    const netProfitHigh = npAt(input, high);
    const deltaLow = subtract(netProfitLow, base);
    const deltaHigh = subtract(netProfitHigh, base);
    const spread = subtract(deltaHigh, deltaLow);
    return {
      name: inputName(input),
      input,
      current: current.toString(),
      low: low.toString(),
      high: high.toString(),
      netProfitLow,
      netProfitHigh,
      deltaLow,
      deltaHigh,
      swing: spread.amount.isNegative() ? subtract(deltaLow, deltaHigh) : spread,
    };
  });
  bars.sort((a, b) => compare(b.swing, a.swing) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { kind: "tornado", model: model.name, netProfit: base, percent: percent.toString(), bars };
}
