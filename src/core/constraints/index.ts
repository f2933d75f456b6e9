/**
 * Constraint analysis: resources and their load, the CCR, the ranking by T per unit of constraint time,
 * the ranking plan ("battle map"), the political mix, the optimal mix (HiGHS), what cost accounting would
 * choose, and TPAR. Pure: models in, plain data out. The engine behind them (the mix problem, filling in
 * order, the solver) is not exported: its modules may change shape without notice.
 */
export { findConstraint, type ConstraintFinding } from "./constraint";
export { resourceLoads, type ResourceLoad } from "./load";
export { rankProducts, type Ranking } from "./ranking";
export { rankingMix } from "./ranking-mix";
export type { MixPlan, PlanViolation } from "./plan";
export { politicalMix, comparePolitical, type PoliticalComparison } from "./political-mix";
export { optimalMix, type OptimalMix, type InfeasibleMix } from "./optimal-mix";
export { costAccountingMix, throughputAccountingRatios } from "./cost-accounting";
export type { CostAccountingMix, TparReport, TparRow } from "./cost-accounting";
export { compareMixPlans, type PlanChange } from "./compare-plans";
export { convertTime } from "./time";
export {
  bestOnConstraint,
  worstOnConstraint,
  largestThroughputPerUnit,
  firstDisplaced,
  type RankedOnConstraint,
} from "./roles";
export { prepareModel, type PreparedModel, type PrepareOptions, type WhatIfChange, type WhatIfResult } from "./what-if";
