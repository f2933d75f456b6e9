import type { AdvertisingChannelResult } from "./decisions/advertising-channel";
import type { ScenarioComparison } from "./decisions/compare-scenarios";
import type { DecisionProjection } from "./decisions/project-decision";
import type { SpecialOrderEvaluation } from "./decisions/special-order";
import type { PayComparisonRow } from "./sales-plan/pay-schemes";
import type { RevenuePlan, RevenueThroughput } from "./sales-plan/revenue-plan";
import type { BreakEvenUnits } from "./throughput/break-even";
import type { CostClassification } from "./throughput/classify-cost";
import type { OperatingExpenseSummary, ThroughputSummary } from "./throughput/period";
import type { ThroughputReport } from "./throughput/report";
import type { PlanChange } from "./constraints/compare-plans";
import type { ConstraintFinding } from "./constraints/constraint";
import type { CostAccountingMix, TparReport } from "./constraints/cost-accounting";
import type { ResourceLoad } from "./constraints/load";
import type { InfeasibleMix, OptimalMix } from "./constraints/optimal-mix";
import type { MixPlan } from "./constraints/plan";
import type { PoliticalComparison } from "./constraints/political-mix";
import type { Ranking } from "./constraints/ranking";
import type { PoliticalMinimumChange } from "./model/lookup";

/**
 * Every result the core returns, told apart by its `kind`. Display and sentence builders switch on
 * `kind` (the compiler checks that every kind is handled), so a new field on a result can never send it
 * to the wrong table, and a new result kind is a compile error until every builder handles it.
 *
 * @example
 * const result: CoreResult = rankProducts(salon);
 * result.kind; // "ranking"
 */
export type CoreResult =
  | ThroughputReport
  | ThroughputSummary
  | OperatingExpenseSummary
  | CostClassification
  | BreakEvenUnits
  | ScenarioComparison
  | DecisionProjection
  | SpecialOrderEvaluation
  | AdvertisingChannelResult
  | RevenuePlan
  | RevenueThroughput
  | PayComparisonRow
  | ResourceLoad
  | ConstraintFinding
  | Ranking
  | MixPlan
  | PoliticalComparison
  | OptimalMix
  | InfeasibleMix
  | CostAccountingMix
  | TparReport
  | PlanChange
  | PoliticalMinimumChange;

/** The `kind` of a core result. */
export type CoreResultKind = CoreResult["kind"];

// A record over every kind, so that adding a result kind without listing it here does not compile.
const KINDS: { readonly [K in CoreResultKind]: true } = {
  "throughput-report": true,
  "throughput-summary": true,
  "operating-expense-summary": true,
  "cost-classification": true,
  "break-even-units": true,
  "scenario-comparison": true,
  "decision-projection": true,
  "special-order-evaluation": true,
  "advertising-channel": true,
  "revenue-plan": true,
  "revenue-throughput": true,
  "pay-comparison-row": true,
  "resource-load": true,
  "resource-constraint": true,
  "market-constraint": true,
  ranking: true,
  "mix-plan": true,
  "political-comparison": true,
  "optimal-mix": true,
  "infeasible-mix": true,
  "cost-accounting-mix": true,
  "tpar-report": true,
  "plan-change": true,
  "political-minimum-change": true,
};

/** Every kind of core result, in no particular order. */
export const CORE_RESULT_KINDS: readonly CoreResultKind[] = Object.keys(KINDS) as CoreResultKind[];

/**
 * Whether a value is a result of the core (an object whose `kind` is one of {@link CORE_RESULT_KINDS}).
 *
 * @example
 * isCoreResult(throughputReport(salon)); // true
 * isCoreResult({ kind: "haircut" });     // false
 */
export function isCoreResult(value: unknown): value is CoreResult {
  if (typeof value !== "object" || value === null) return false;
  const kind = (value as { kind?: unknown }).kind;
  return typeof kind === "string" && Object.hasOwn(KINDS, kind);
}
