import { subtract, type Money } from "../money/money";
import type { MixPlan } from "./plan";

/** What changes from one plan to another: the test of every decision, ΔT against ΔOE. */
export interface PlanChange {
  readonly kind: "plan-change";
  readonly deltaThroughput: Money;
  /** Undefined when either plan's model has no OE. */
  readonly deltaOperatingExpense: Money | undefined;
  readonly deltaNetProfit: Money | undefined;
  /** ΔT > ΔOE (with ΔOE taken as 0 when neither model has OE). */
  readonly worthIt: boolean;
}

/**
 * Compares the plan of the business as it is with the plan after a change (hiring a filter, buying a
 * machine): accept the change when ΔT > ΔOE.
 *
 * @example
 * const today = loadModel("data/expert-sales/today"), withFilter = loadModel("data/expert-sales/with-filter");
 * compareMixPlans(rankingMix(today), rankingMix(withFilter));
 * // { kind: "plan-change", deltaThroughput: 1800 RUB, deltaOperatingExpense: 800 RUB, deltaNetProfit: 1000 RUB, worthIt: true }
 */
export function compareMixPlans(before: MixPlan, after: MixPlan): PlanChange {
  const deltaThroughput = subtract(after.throughput, before.throughput);
  const deltaOperatingExpense =
    before.operatingExpense && after.operatingExpense
      ? subtract(after.operatingExpense, before.operatingExpense)
      : undefined;
  const deltaNetProfit = before.netProfit && after.netProfit ? subtract(after.netProfit, before.netProfit) : undefined;
  const oe = deltaOperatingExpense?.amount ?? deltaThroughput.amount.times(0);
  return {
    kind: "plan-change",
    deltaThroughput,
    deltaOperatingExpense,
    deltaNetProfit,
    worthIt: deltaThroughput.amount.greaterThan(oe),
  };
}
