import { sum, type Money } from "../money/money";
import type { BusinessModel } from "../model/types";
import { operatingExpenseOf } from "../throughput/period";

/** Options of {@link operatingExpenseForPlan}. */
export interface OperatingExpenseOptions {
  /** The period planned: items of that period count besides the recurring ones. */
  readonly period?: string | undefined;
}

/**
 * The OE of one period that a mix plan must cover: every recurring item (no period) plus the items of
 * `period`. Without `period`, dated items count only when they all belong to one period (a model of a
 * single month); with several periods they are ambiguous and left out. Undefined when the model has no
 * OE at all, so reports can leave NP out rather than show T as NP.
 *
 * @example
 * operatingExpenseForPlan(pq); // 6000 USD
 */
export function operatingExpenseForPlan(
  model: BusinessModel,
  options: OperatingExpenseOptions = {},
): Money | undefined {
  const items = model.operatingExpenses;
  if (items.length === 0) return undefined;
  const periods = new Set(items.flatMap((item) => (item.period === undefined ? [] : [item.period])));
  const period = options.period ?? (periods.size === 1 ? [...periods][0] : undefined);
  if (period !== undefined) return operatingExpenseOf(model, { period }).operatingExpense;
  // A plan is for one period: OE "of all periods" would count every recurring item once per period.
  return sum(
    items.filter((item) => item.period === undefined).map((item) => item.amount),
    model.currency,
  );
}
