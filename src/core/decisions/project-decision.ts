import {
  add,
  compare,
  isPositive,
  isZero,
  multiply,
  multiplyByFraction,
  subtract,
  sum,
  zero,
  type Money,
} from "../money/money";
import type { CurrencyCode } from "../money/currency";
import { ModelError, type ModelIssue } from "../model/issues";

/**
 * One effect of a decision on the monthly figures. ΔT and ΔOE are amounts per month; ΔI is a one-off
 * amount in its month.
 */
export interface DecisionEffect {
  readonly kind: "throughput" | "operating-expense" | "investment";
  /** What it is, for the table: "new service", "administrator's salary". */
  readonly label: string;
  /** Per month at full effect (ΔT, ΔOE), or once (ΔI). Negative for a saving or a loss. */
  readonly amount: Money;
  /** The first month it applies (1-based). Default 1: from the first month. */
  readonly fromMonth?: number;
  /** The last month it applies; default: to the end of the horizon. */
  readonly toMonth?: number;
  /** Months over which it grows linearly to full effect, starting at `fromMonth`; default 1 (at once). */
  readonly rampMonths?: number;
}

/** A decision to project month by month. */
export interface DecisionInput {
  readonly name: string;
  readonly horizonMonths: number;
  readonly effects: readonly DecisionEffect[];
  readonly currency?: CurrencyCode;
}

/** One month of a projected decision. */
export interface DecisionMonth {
  readonly month: number;
  readonly deltaThroughput: Money;
  readonly deltaOperatingExpense: Money;
  readonly deltaNetProfit: Money;
  readonly cumulativeDeltaNetProfit: Money;
  readonly deltaInvestment: Money;
}

/** A decision projected over its horizon, with its verdict. */
export interface DecisionProjection {
  readonly kind: "decision-projection";
  readonly name: string;
  readonly months: readonly DecisionMonth[];
  readonly totalDeltaThroughput: Money;
  readonly totalDeltaOperatingExpense: Money;
  readonly totalDeltaInvestment: Money;
  readonly cumulativeDeltaNetProfit: Money;
  /** ΔT − ΔOE per month once every effect is in full (the last month of the horizon). */
  readonly steadyDeltaNetProfit: Money;
  /**
   * The first month from which the cumulative ΔNP covers ΔI (zero when there is none) and stays so to
   * the horizon; null when that does not happen within the horizon.
   */
  readonly paybackMonth: number | null;
  /**
   * The monthly ΔT at full effect at which the decision just breaks even over the horizon (cumulative
   * ΔNP = ΔI), for the same timing and ramps: any ΔT above it — +10.01 against ΔOE 10 — pays.
   * Absent when the decision has no ΔT effect to scale.
   */
  readonly breakEvenMonthlyDeltaThroughput?: Money;
  readonly verdict: "accept" | "reject" | "not-within-horizon";
  readonly reason: string;
}

/**
 * Projects a decision month by month: ΔT, ΔOE, ΔNP, the cumulative ΔNP and the month it pays back,
 * with lags and ramps — the administrator costs 10 from month 1 and brings 30 of T from month 4.
 *
 * @example
 * const p = projectDecision({
 *   name: "hire an administrator",
 *   horizonMonths: 12,
 *   effects: [
 *     { kind: "operating-expense", label: "administrator's salary", amount: money(10) },
 *     { kind: "throughput", label: "owner's new service", amount: money(30), fromMonth: 4 },
 *   ],
 * });
 * p.months[2].cumulativeDeltaNetProfit;  // -30 RUB after three months
 * p.paybackMonth;                        // 5
 * p.verdict;                             // "accept"
 */
export function projectDecision(input: DecisionInput): DecisionProjection {
  const issues = checkDecision(input);
  if (issues.length > 0) throw new ModelError(issues, `The decision "${input.name}" has problems`);
  const currency = input.currency ?? input.effects[0]?.amount.currency ?? "RUB";
  const at = (kind: DecisionEffect["kind"], month: number) =>
    sum(
      input.effects
        .filter((effect) => effect.kind === kind)
        .map((effect) => multiplyByFraction(effect.amount, ...effectShare(effect, month, input.horizonMonths))),
      currency,
    );

  const months: DecisionMonth[] = [];
  let cumulative = zero(currency);
  for (let month = 1; month <= input.horizonMonths; month++) {
    const deltaThroughput = at("throughput", month);
    const deltaOperatingExpense = at("operating-expense", month);
    const deltaNetProfit = subtract(deltaThroughput, deltaOperatingExpense);
    cumulative = add(cumulative, deltaNetProfit);
    months.push({
      month,
      deltaThroughput,
      deltaOperatingExpense,
      deltaNetProfit,
      cumulativeDeltaNetProfit: cumulative,
      deltaInvestment: at("investment", month),
    });
  }
  const totalDeltaThroughput = sum(
    months.map((m) => m.deltaThroughput),
    currency,
  );
  const totalDeltaOperatingExpense = sum(
    months.map((m) => m.deltaOperatingExpense),
    currency,
  );
  const totalDeltaInvestment = sum(
    months.map((m) => m.deltaInvestment),
    currency,
  );
  const last = months[months.length - 1]!;
  const steadyDeltaNetProfit = last.deltaNetProfit;
  const paybackMonth = findPayback(months, totalDeltaInvestment);

  // Cumulative ΔNP is linear in the size of the ΔT effects: scale them so that it equals ΔI exactly.
  const fullThroughput = sum(
    input.effects.filter((e) => e.kind === "throughput").map((e) => e.amount),
    currency,
  );
  const breakEven =
    isZero(totalDeltaThroughput) || isZero(fullThroughput)
      ? undefined
      : multiply(
          fullThroughput,
          add(totalDeltaOperatingExpense, totalDeltaInvestment).amount.dividedBy(totalDeltaThroughput.amount),
        );

  const verdict: DecisionProjection["verdict"] = !isPositive(steadyDeltaNetProfit)
    ? "reject"
    : paybackMonth === null
      ? "not-within-horizon"
      : "accept";
  const reason =
    verdict === "reject"
      ? `at full effect ΔT ${last.deltaThroughput.amount} ≤ ΔOE ${last.deltaOperatingExpense.amount} a month: the decision never pays`
      : verdict === "not-within-horizon"
        ? `ΔT ${last.deltaThroughput.amount} > ΔOE ${last.deltaOperatingExpense.amount} a month at full ` +
          `effect, but the cumulative ΔNP ${cumulative.amount} does not cover ` +
          `${isZero(totalDeltaInvestment) ? "the early months" : `ΔI ${totalDeltaInvestment.amount}`} within ${input.horizonMonths} months`
        : `ΔT ${last.deltaThroughput.amount} > ΔOE ${last.deltaOperatingExpense.amount} ` +
          `a month at full effect; it pays back in month ${paybackMonth} and ` +
          `adds ${cumulative.amount} ${currency} over ${input.horizonMonths} months`;
  return {
    kind: "decision-projection",
    name: input.name,
    months,
    totalDeltaThroughput,
    totalDeltaOperatingExpense,
    totalDeltaInvestment,
    cumulativeDeltaNetProfit: cumulative,
    steadyDeltaNetProfit,
    paybackMonth,
    ...(breakEven === undefined ? {} : { breakEvenMonthlyDeltaThroughput: breakEven }),
    verdict,
    reason,
  };
}

/** The share of an effect's full amount that applies in a month, as a fraction [part, whole]. */
function effectShare(effect: DecisionEffect, month: number, horizon: number): [number, number] {
  const from = effect.fromMonth ?? 1;
  const to = effect.toMonth ?? horizon;
  if (month < from || month > to) return [0, 1];
  if (effect.kind === "investment") return [month === from ? 1 : 0, 1];
  const ramp = effect.rampMonths ?? 1;
  const step = month - from + 1;
  return step >= ramp ? [1, 1] : [step, ramp];
}

function findPayback(months: readonly DecisionMonth[], investment: Money): number | null {
  let payback: number | null = null;
  let started = false;
  for (const month of months) {
    // Months before any effect starts are all zero: "covering" zero there is not a payback.
    started ||=
      !isZero(month.deltaThroughput) || !isZero(month.deltaOperatingExpense) || !isZero(month.deltaInvestment);
    if (started && compare(month.cumulativeDeltaNetProfit, investment) >= 0) payback ??= month.month;
    else payback = null;
  }
  return payback;
}

function checkDecision(input: DecisionInput): ModelIssue[] {
  const issues: ModelIssue[] = [];
  if (!Number.isInteger(input.horizonMonths) || input.horizonMonths < 1)
    issues.push({
      code: "out_of_range",
      path: ["horizonMonths"],
      value: input.horizonMonths,
      expected: "a whole number of months ≥ 1",
      message: "bad horizon",
    });
  const currency = input.currency ?? input.effects[0]?.amount.currency;
  input.effects.forEach((effect, index) => {
    const month = (name: "fromMonth" | "toMonth" | "rampMonths") => {
      const value = effect[name];
      if (value !== undefined && (!Number.isInteger(value) || value < 1))
        issues.push({
          code: "out_of_range",
          path: ["effects", index, name],
          value,
          expected: "a whole number ≥ 1",
          message: `bad ${name}`,
        });
    };
    month("fromMonth");
    month("toMonth");
    month("rampMonths");
    if ((effect.toMonth ?? Infinity) < (effect.fromMonth ?? 1))
      issues.push({
        code: "ends_before_start",
        path: ["effects", index, "toMonth"],
        value: effect.toMonth,
        expected: `a month ≥ fromMonth ${effect.fromMonth ?? 1}`,
        message: "ends before it starts",
      });
    if (effect.amount.currency !== currency)
      issues.push({
        code: "other_currency",
        path: ["effects", index, "amount"],
        value: effect.amount.currency,
        expected: `an amount in ${currency}`,
        message: "another currency",
      });
  });
  return issues;
}

/**
 * The smallest ΔT a month that beats a ΔOE: anything strictly above ΔOE. For the administrator's 10 a
 * month, 10 only breaks even and 10.01 already pays.
 *
 * @example
 * isWorthIt(money("10.01"), money(10)); // true
 * isWorthIt(money(10), money(10));      // false: ΔNP = 0
 */
export function isWorthIt(deltaThroughput: Money, deltaOperatingExpense: Money): boolean {
  return compare(deltaThroughput, deltaOperatingExpense) > 0;
}
