import { ArgumentError } from "../errors";
import type { Money } from "../money/money";
import type { BusinessModel } from "../model/types";
import { inputName, inputUnit, inputValue, withInput, type InputUnit, type WhatIfInput } from "./inputs";
import { outcomeOf, type Outcome, type OutcomeOptions } from "./outcome";
import { sweepValues, type SweepValues } from "./values";

/** One point of a sweep: the inputs' values and the outcome there. */
export interface SweepRow extends Outcome {
  /** Input name → its value at this point, as exact decimal text. */
  readonly values: Readonly<Record<string, string>>;
  /**
   * Against the previous row (of the same outer value, for two inputs): whether the CCR or the plan's
   * shape ({@link Outcome.planKey}) changed. False on the first row.
   */
  readonly changed: { readonly constraint: boolean; readonly plan: boolean };
}

/** One swept input as a sweep reports it. */
export interface SweptInput {
  readonly name: string;
  readonly input: WhatIfInput;
  readonly unit: InputUnit;
  /** Its value in the model swept, as exact decimal text. */
  readonly current: string;
  /** The values swept, in order, as exact decimal text. */
  readonly values: readonly string[];
}

/** A sweep: the inputs, and one row per point (for two inputs: every pair, the first input outermost). */
export interface Sweep {
  readonly kind: "sweep";
  readonly model: string;
  readonly currency: string;
  readonly inputs: readonly SweptInput[];
  readonly rows: readonly SweepRow[];
}

/**
 * Any outcome as a function of one input or of two: the model is changed at each point (a copy; the
 * model is not touched) and its ranking plan made again. Values are a list or a range, exact.
 *
 * @example
 * const capacity = { kind: "capacity", resourceId: "stylists" } as const;
 * const s = sweep(salon, capacity, { from: 80, to: 120, step: 10 });
 * s.rows.map((row) => [row.values["capacity:stylists"], row.netProfit]);
 * sweep(pq, [{ kind: "price", productId: "P" }, { kind: "capacity", resourceId: "B" }], [[80, 90, 100], [2400, 2700]]);
 */
export function sweep(model: BusinessModel, input: WhatIfInput, values: SweepValues, options?: OutcomeOptions): Sweep;
export function sweep(
  model: BusinessModel,
  inputs: readonly [WhatIfInput, WhatIfInput],
  values: readonly [SweepValues, SweepValues],
  options?: OutcomeOptions,
): Sweep;
export function sweep(
  model: BusinessModel,
  inputOrInputs: WhatIfInput | readonly [WhatIfInput, WhatIfInput],
  valuesOrPair: SweepValues | readonly [SweepValues, SweepValues],
  options: OutcomeOptions = {},
): Sweep {
  const pair = Array.isArray(inputOrInputs);
  const inputs = (pair ? inputOrInputs : [inputOrInputs]) as readonly WhatIfInput[];
  const lists = (pair ? (valuesOrPair as readonly SweepValues[]) : [valuesOrPair as SweepValues]).map((values) =>
    sweepValues(values),
  );
  if (lists.length !== inputs.length)
    throw new ArgumentError(
      "count_mismatch",
      lists.length,
      `${inputs.length} inputs need ${inputs.length} lists of values, got ${lists.length}`,
    );
  const names = inputs.map(inputName);
  if (new Set(names).size !== names.length)
    throw new ArgumentError("duplicate", names, `a sweep's inputs must differ, got ${names.join(" and ")} twice`);
  const swept: SweptInput[] = inputs.map((input, i) => ({
    name: names[i]!,
    input,
    unit: inputUnit(model, input),
    current: inputValue(model, input).toString(),
    values: lists[i]!.map((value) => value.toString()),
  }));
  const rows: SweepRow[] = [];
  const outer = lists[0]!;
  const inner = lists[1];
  for (const a of outer) {
    const changedA = withInput(model, inputs[0]!, a);
    let previous: Outcome | undefined;
    for (const b of inner ?? [undefined]) {
      const changed = b === undefined ? changedA : withInput(changedA, inputs[1]!, b);
      const outcome = outcomeOf(changed, options);
      const values: Record<string, string> = { [names[0]!]: a.toString() };
      if (b !== undefined) values[names[1]!] = b.toString();
      // One input: compare along the whole sweep; two: along the inner input, within one outer value.
      const before = inner ? previous : rows[rows.length - 1];
      rows.push({
        ...outcome,
        values,
        changed: {
          constraint: before !== undefined && before.constraint !== outcome.constraint,
          plan: before !== undefined && before.planKey !== outcome.planKey,
        },
      });
      previous = outcome;
    }
  }
  return { kind: "sweep", model: model.name, currency: model.currency, inputs: swept, rows };
}

/** A sweep row flattened to text and numbers: what a spreadsheet or a CSV writer takes. */
export type SweepRecord = Readonly<Record<string, string | number>>;

/**
 * A sweep as flat records, one per row: the inputs' values, T, OE, NP as exact decimal text, the CCR,
 * the units of each product, and whether the CCR or the plan changed there.
 *
 * @example
 * sweepRecords(sweep(pq, { kind: "price", productId: "P" }, [80, 90]))[0];
 * // { "price:P": "80", throughput: "5300", operatingExpense: "6000", netProfit: "-700", constraint: "B", "units:P": 100, "units:Q": 30, ... }
 */
export function sweepRecords(result: Sweep): SweepRecord[] {
  const amount = (value: Money) => value.amount.toString();
  return result.rows.map((row) => {
    const record: Record<string, string | number> = { ...row.values };
    record.throughput = amount(row.throughput);
    record.operatingExpense = amount(row.operatingExpense);
    record.netProfit = amount(row.netProfit);
    record.constraint = row.constraint ?? "";
    for (const line of row.plan) record[`units:${line.productId}`] = line.quantity;
    record.constraintChanged = row.changed.constraint ? "yes" : "";
    record.planChanged = row.changed.plan ? "yes" : "";
    return record;
  });
}

/** The value of one input at one row, as a number for a chart's axis. */
export function rowValue(row: SweepRow, name: string): number {
  const text = row.values[name];
  if (text === undefined) throw new ArgumentError("unknown_input", name, `the sweep has no input "${name}"`);
  return Number(text);
}
