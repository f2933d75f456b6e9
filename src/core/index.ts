/** The core: money, the model, T / OE / NP, decisions, the sales plan, constraints. Pure: no files, no display. */
export {
  // money
  money, zero, isMoney, add, subtract, multiply, sum, round, divide, ratio, compare, equals, isZero, isNegative, isPositive, toText, toNumber, ExactDecimal, toDecimal, CurrencyMismatchError,
  type Money, type DecimalInput, type CurrencyCode, } from "./money";
export {
  defineModel, validateModel, ModelError, formatIssue, ISSUE_CODES, type ModelInput, type ModelIssue, type IssueCode, type BusinessModel, type Product, type TvcComponent, type TvcKind,
  type Sale, type OperatingExpenseItem, type Investment, type Resource, type ResourceUsage, type Demand, type TimeUnit,
  type PeriodUnit,
  NO_DEMAND_LIMIT,
  productById, resourceById, demandOf, withCapacity, withDemandScaled, withPoliticalMinimum,
  type PoliticalMinimumChange,
} from "./model";
export {
  throughputReport, reportByPeriod, tvcByKindOf,
  tvcPerUnit, throughputPerUnit, tvcBreakdown, breakEvenThroughput, breakEvenUnits, marginOfSafety, classifyCost,
  TALK_COST_EXAMPLES,
  type ThroughputReport, type ThroughputSummary, type OperatingExpenseSummary,
  type BreakEvenUnits, type CostClassification, } from "./throughput";
export {
  projectDecision, isWorthIt, compareScenarios, evaluateSpecialOrder, advertisingChannel,
  type DecisionInput, type DecisionEffect, type DecisionProjection, type ScenarioComparison,
  type SpecialOrderInput, type SpecialOrderEvaluation, type AdvertisingChannelInput,
  type AdvertisingChannelResult,
} from "./decisions";
export {
  revenuePlan, throughputOfRevenue, payFor, comparePaySchemes,
  type RevenuePlan, type CategoryPlanInput, type RevenueThroughput,
  type PayScheme, type PayComparisonRow, } from "./sales-plan";
export {
  findConstraint, resourceLoads, rankProducts, rankingMix, politicalMix, comparePolitical, optimalMix, costAccountingMix,
  throughputAccountingRatios, compareMixPlans, bestOnConstraint, worstOnConstraint, largestThroughputPerUnit,
  firstDisplaced, convertTime, prepareModel, type PreparedModel, type PrepareOptions, type RankedOnConstraint, type ConstraintFinding, type ResourceLoad, type Ranking, type MixPlan, type PoliticalComparison, type OptimalMix, type InfeasibleMix,
  type CostAccountingMix, type TparReport, type PlanChange,
} from "./constraints";
export { isCoreResult, type CoreResult, type CoreResultKind } from "./result";
export { ArgumentError, type ArgumentErrorCode } from "./errors";
export {
  withInput, withInputs, inputName, inputUnit, inputValue, modelFromJson, modelToJson, outcomeOf, outcomeAndPlanOf, rowValue,
  sweep, sweepRecords, sweepValues, holdRange, tornado, breakEven, rankingSensitivity, optimalSensitivity,
  type WhatIfInput, type InputUnit, type Outcome, type OutcomeLine, type Sweep, type SweepRow, type SweepRecord, type SweptInput, type Tornado, type TornadoBar,
  type TornadoInput, type TornadoOptions, type BreakEven, type BreakEvenSearchOptions, type RankingSensitivity,
  type ProductRange, type CapacityRange, type OptimalSensitivity, type LpProductRange, type LpResourceRange,
} from "./sensitivity";
