import { isZero, ratio, type Money } from "../money/money";
import type { ExactDecimal } from "../money/decimal";
import type { BusinessModel } from "../model/types";
import {
  investmentOf,
  netProfit,
  operatingExpenseOf,
  periodsOf,
  throughputOf,
  type OperatingExpenseSummary,
  type PeriodOptions,
  type ThroughputSummary,
} from "./period";

/** The throughput-accounting report of one period: T, OE, NP and the ratios built on them. */
export interface ThroughputReport {
  readonly kind: "throughput-report";
  readonly model: string;
  readonly period: string | "all";
  readonly revenue: Money;
  readonly totallyVariableCost: Money;
  readonly throughput: Money;
  readonly operatingExpense: Money;
  readonly netProfit: Money;
  readonly investment: Money;
  /** NP / I; absent when there is no investment. */
  readonly returnOnInvestment?: ExactDecimal;
  /** T / OE: how many roubles of T each rouble of OE brings; absent when OE is zero. */
  readonly productivity?: ExactDecimal;
  /** T / I: how many times the investment turns over as throughput; absent when I is zero. */
  readonly investmentTurns?: ExactDecimal;
  readonly throughputDetail: ThroughputSummary;
  readonly operatingExpenseDetail: OperatingExpenseSummary;
}

/**
 * T, OE, NP, ROI, productivity and investment turns of one period (or of all periods together).
 *
 * @example
 * const r = throughputReport(salon, { period: "month-1" });
 * r.throughput;          // 50 RUB
 * r.operatingExpense;    // 50 RUB
 * r.netProfit;           // 0 RUB: break-even
 */
export function throughputReport(model: BusinessModel, options: PeriodOptions = {}): ThroughputReport {
  const throughputDetail = throughputOf(model, options);
  const operatingExpenseDetail = operatingExpenseOf(model, options);
  const throughput = throughputDetail.throughput;
  const operatingExpense = operatingExpenseDetail.operatingExpense;
  const profit = netProfit(throughput, operatingExpense);
  const investment = investmentOf(model);
  return {
    kind: "throughput-report",
    model: model.name,
    period: options.period ?? "all",
    revenue: throughputDetail.revenue,
    totallyVariableCost: throughputDetail.totallyVariableCost,
    throughput,
    operatingExpense,
    netProfit: profit,
    investment,
    ...(isZero(investment)
      ? {}
      : { returnOnInvestment: ratio(profit, investment), investmentTurns: ratio(throughput, investment) }),
    ...(isZero(operatingExpense) ? {} : { productivity: ratio(throughput, operatingExpense) }),
    throughputDetail,
    operatingExpenseDetail,
  };
}

/**
 * One report per period of the model, in the order the periods appear.
 *
 * @example
 * reportByPeriod(salon).map((r) => r.netProfit); // [0 RUB, 10 RUB, -50 RUB]
 */
export function reportByPeriod(model: BusinessModel): ThroughputReport[] {
  return periodsOf(model).map((period) => throughputReport(model, { period }));
}
