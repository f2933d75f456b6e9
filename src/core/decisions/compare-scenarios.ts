import { compare, isPositive, isZero, ratio, subtract, type Money } from "../money/money";
import type { ExactDecimal } from "../money/decimal";
import type { BusinessModel } from "../model/types";
import { throughputReport, type ThroughputReport } from "../throughput/report";
import type { PeriodOptions } from "../throughput/period";

/** The verdict of a decision judged by ΔT against ΔOE. */
export type Verdict = "accept" | "reject";

/** A base and a changed scenario side by side, with the differences that decide. */
export interface ScenarioComparison {
  readonly kind: "scenario-comparison";
  readonly base: ThroughputReport;
  readonly changed: ThroughputReport;
  readonly deltaThroughput: Money;
  readonly deltaOperatingExpense: Money;
  readonly deltaInvestment: Money;
  readonly deltaNetProfit: Money;
  /** Months for ΔNP to earn back ΔI; absent when ΔI ≤ 0 or ΔNP ≤ 0. */
  readonly monthsToRecoverInvestment?: ExactDecimal;
  readonly verdict: Verdict;
  readonly reason: string;
}

/**
 * Judges a change by throughput accounting: accept it when ΔT > ΔOE (so ΔNP > 0), whatever it does to
 * "costs". ΔI is reported beside, with the periods ΔNP needs to earn it back.
 *
 * @example
 * const admin = { id: "admin", name: "Administrator", category: "salaries", amount: money(10) };
 * const withAdmin = defineModel({
 *   ...salon,
 *   operatingExpenses: [...salon.operatingExpenses, admin],
 *   sales: [...salon.sales, { productId: "haircut", period: "month-1", quantity: 6 }], // the time she frees
 * });
 * const c = compareScenarios(salon, withAdmin, { period: "month-1" });
 * c.deltaOperatingExpense; // 10 RUB
 * c.deltaThroughput;       // 30 RUB
 * c.verdict;               // "accept"
 */
export function compareScenarios(
  base: BusinessModel,
  changed: BusinessModel,
  options: PeriodOptions = {},
): ScenarioComparison {
  const before = throughputReport(base, options);
  const after = throughputReport(changed, options);
  const deltaThroughput = subtract(after.throughput, before.throughput);
  const deltaOperatingExpense = subtract(after.operatingExpense, before.operatingExpense);
  const deltaInvestment = subtract(after.investment, before.investment);
  const deltaNetProfit = subtract(after.netProfit, before.netProfit);
  const accepted = compare(deltaThroughput, deltaOperatingExpense) > 0;
  const reason = accepted
    ? `ΔT ${deltaThroughput.amount} > ΔOE ${deltaOperatingExpense.amount}: net profit grows by ${deltaNetProfit.amount} ${deltaNetProfit.currency}`
    : isZero(deltaNetProfit)
      ? `ΔT ${deltaThroughput.amount} = ΔOE ${deltaOperatingExpense.amount}: net profit does not change, so the change is not worth its risk`
      : `ΔT ${deltaThroughput.amount} < ΔOE ${deltaOperatingExpense.amount}: net profit falls by ${deltaNetProfit.amount.negated()} ${deltaNetProfit.currency}`;
  return {
    kind: "scenario-comparison",
    base: before,
    changed: after,
    deltaThroughput,
    deltaOperatingExpense,
    deltaInvestment,
    deltaNetProfit,
    ...(isPositive(deltaInvestment) && isPositive(deltaNetProfit)
      ? { monthsToRecoverInvestment: ratio(deltaInvestment, deltaNetProfit) }
      : {}),
    verdict: accepted ? "accept" : "reject",
    reason,
  };
}
