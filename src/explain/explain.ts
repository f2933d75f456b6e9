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
import type { Explanation, PeriodExplainOptions } from "./sentence";
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

/**
 * The sentences of any result of the library, by what the result is: one entry point for a chapter or
 * a live view that shows whatever it computed. An explanation passes through unchanged.
 *
 * @example
 * show(explain(rankProducts(salon)));                         // the ranking in words
 * const busy = withPoliticalMinimum(withDemandScaled(salon, 1.3), "blow-dry", 30).model;
 * show(explain(politicalMix(busy), { periodUnit: "month" })); // what keeping 30 blow-dries costs a month
 * explain(42 as never);                                       // throws TypeError: nothing to explain
 */
export function explain(result: Explainable, options: PeriodExplainOptions = {}): Explanation {
  // Lists (one load per resource, one row per achievement level) are told apart by their rows' kind.
  if (isList(result)) {
    const rows: readonly (ResourceLoad | PayComparisonRow)[] = result;
    const first = rows[0];
    if (first !== undefined && rows.every((row) => row.kind === first.kind))
      switch (first.kind) {
        case "resource-load":
          return explainResourceLoads(result as readonly ResourceLoad[], options);
        case "pay-comparison-row":
          return explainPaySchemes(result as readonly PayComparisonRow[], options);
      }
    return nothingToExplain();
  }
  const value = result as Exclude<Explainable, readonly unknown[]>;
  if (typeof value !== "object" || value === null || typeof (value as { kind?: unknown }).kind !== "string")
    return nothingToExplain();
  switch (value.kind) {
    case "explanation":
      return value;
    case "throughput-report":
      return explainThroughputReport(value, options);
    case "break-even-units":
      return explainBreakEven(value, options);
    case "ranking":
      return explainRanking(value, options);
    case "mix-plan":
      return explainMixPlan(value, options);
    case "political-comparison":
      return explainPoliticalMix(value, options);
    case "political-minimum-change":
      return explainPoliticalMinimum(value, options);
    case "resource-constraint":
    case "market-constraint":
      return explainResourceLoads(value, options);
    case "optimal-mix":
    case "infeasible-mix":
      return explainOptimalMix(value, options);
    case "cost-accounting-mix":
      return explainCostAccounting(value, options);
    case "plan-change":
      return explainPlanChange(value, options);
    case "decision-projection":
      return explainDecision(value, options);
    case "scenario-comparison":
      return explainScenarioComparison(value, options);
    case "special-order-evaluation":
      return explainSpecialOrder(value, options);
    case "advertising-channel":
      return explainAdvertising(value, options);
    case "revenue-plan":
      return explainSalesPlan(value, options);
    default:
      return unhandled(value);
  }
}

function isList(value: Explainable): value is readonly ResourceLoad[] | readonly PayComparisonRow[] {
  return Array.isArray(value);
}

// The compiler checks that every kind of Explainable has a case above; a value from outside the types
// (a notebook's own object) lands here at run time.
function unhandled(value: never): never {
  void value;
  return nothingToExplain();
}

function nothingToExplain(): never {
  throw new TypeError("nothing to explain: give a result of the library (a report, a ranking, a plan, a decision, …)");
}
