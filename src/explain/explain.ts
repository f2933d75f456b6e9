import type { ConstraintFinding } from "../core/constraints/constraint";
import type { ResourceLoad } from "../core/constraints/load";
import type { MixPlan } from "../core/constraints/plan";
import type { PoliticalComparison } from "../core/constraints/political-mix";
import type { Ranking } from "../core/constraints/ranking";
import type { InfeasibleMix, OptimalMix } from "../core/constraints/optimal-mix";
import type { CostAccountingMix } from "../core/constraints/cost-accounting";
import type { PlanChange } from "../core/constraints/compare-plans";
import type { PoliticalMinimumChange } from "../core/model/lookup";
import type { ThroughputReport } from "../core/throughput/report";
import type { BreakEvenUnits } from "../core/throughput/break-even";
import type { DecisionProjection } from "../core/decisions/project-decision";
import type { ScenarioComparison } from "../core/decisions/compare-scenarios";
import type { SpecialOrderEvaluation } from "../core/decisions/special-order";
import type { AdvertisingChannelResult } from "../core/decisions/advertising-channel";
import type { PayComparisonRow } from "../core/sales-plan/pay-schemes";
import type { RevenuePlan } from "../core/sales-plan/revenue-plan";
import {
  explainCostAccounting,
  explainMixPlan,
  explainOptimalMix,
  explainPlanChange,
  explainPoliticalMinimum,
  explainPoliticalMix,
  explainRanking,
  explainResourceLoads,
} from "./constraints";
import { explainAdvertising, explainDecision, explainScenarioComparison, explainSpecialOrder } from "./decisions";
import { explainPaySchemes, explainSalesPlan } from "./sales-plan";
import { isExplanation, type Explanation, type PeriodExplainOptions } from "./sentence";
import { explainBreakEven, explainThroughputReport } from "./throughput";

/** Every result {@link explain} knows how to put into words. */
export type Explainable =
  | ThroughputReport
  | BreakEvenUnits
  | Ranking
  | MixPlan
  | PoliticalComparison
  | PoliticalMinimumChange
  | ConstraintFinding
  | readonly ResourceLoad[]
  | OptimalMix
  | InfeasibleMix
  | CostAccountingMix
  | PlanChange
  | DecisionProjection
  | ScenarioComparison
  | SpecialOrderEvaluation
  | AdvertisingChannelResult
  | readonly PayComparisonRow[]
  | RevenuePlan
  | Explanation;

type Dict = Record<string, unknown>;
const has = (value: unknown, ...keys: string[]): value is Dict => typeof value === "object" && value !== null && keys.every((key) => key in value);

/**
 * The sentences of any result of the library, by what the result is: one entry point for a chapter or
 * a live view that shows whatever it computed. An explanation passes through unchanged.
 *
 * @example
 * show(explain(rankProducts(salon)));                         // the ranking in words
 * show(explain(politicalMix(salon), { periodUnit: "month" })); // what the political mix costs a month
 * explain(42 as never);                                       // throws TypeError: nothing to explain
 */
export function explain(result: Explainable, options: PeriodExplainOptions = {}): Explanation {
  const value: unknown = result;
  if (isExplanation(value)) return value;
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every((row) => has(row, "resourceId", "capacity", "used", "utilisation"))) return explainResourceLoads(value as ResourceLoad[], options);
    if (value.length > 0 && value.every((row) => has(row, "achievement", "sales", "pays"))) return explainPaySchemes(value as PayComparisonRow[], options);
  } else if (has(value, "throughputDetail", "operatingExpenseDetail")) return explainThroughputReport(value as unknown as ThroughputReport, options);
  else if (has(value, "reachable", "throughputPerUnit", "throughputNeeded")) return explainBreakEven(value as unknown as BreakEvenUnits, options);
  else if (has(value, "basis", "per", "rows")) return explainRanking(value as unknown as Ranking, options);
  else if (has(value, "political", "best", "changes", "throughputLost")) return explainPoliticalMix(value as unknown as PoliticalComparison, options);
  else if (has(value, "requested", "applied", "capped", "model")) return explainPoliticalMinimum(value as unknown as PoliticalMinimumChange, options);
  else if (has(value, "kind", "rankingPlan") && (value.kind === "solved" || value.kind === "infeasible")) return explainOptimalMix(value as unknown as OptimalMix | InfeasibleMix, options);
  else if (has(value, "method", "overheadRatePerMinute", "rows", "plan")) return explainCostAccounting(value as unknown as CostAccountingMix, options);
  else if (has(value, "method", "lines", "resources", "feasible")) return explainMixPlan(value as unknown as MixPlan, options);
  else if (has(value, "kind", "overloaded", "loads")) return explainResourceLoads(value as unknown as ConstraintFinding, options);
  else if (has(value, "months", "paybackMonth", "verdict")) return explainDecision(value as unknown as DecisionProjection, options);
  else if (has(value, "base", "changed", "deltaThroughput", "verdict")) return explainScenarioComparison(value as unknown as ScenarioComparison, options);
  else if (has(value, "accept", "reasons", "capacityNeeded")) return explainSpecialOrder(value as unknown as SpecialOrderEvaluation, options);
  else if (has(value, "spend", "deltaThroughput", "worthIt")) return explainAdvertising(value as unknown as AdvertisingChannelResult, options);
  else if (has(value, "deltaThroughput", "deltaNetProfit", "worthIt")) return explainPlanChange(value as unknown as PlanChange, options);
  else if (has(value, "categories", "throughput", "revenue")) return explainSalesPlan(value as unknown as RevenuePlan, options);
  throw new TypeError("nothing to explain: give a result of the library (a report, a ranking, a plan, a decision, …)");
}
