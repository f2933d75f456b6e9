/**
 * throughput-accounting: management accounting by the Theory of Constraints.
 * The core (money, model, T / OE / NP, decisions, constraints) is pure; loading and display sit at the edges.
 *
 * This list is the public surface, grouped as README.md lists it; test/package.test.ts pins it, so that
 * adding a name is a decision and not an accident. Everything else is internal and may change.
 */

// Money: exact amounts in a currency.
export {
  money,
  zero,
  isMoney,
  add,
  subtract,
  multiply,
  sum,
  round,
  divide,
  ratio,
  compare,
  equals,
  isZero,
  isNegative,
  isPositive,
  toText,
  toNumber,
  ExactDecimal,
  toDecimal,
  CurrencyMismatchError,
  type Money,
  type DecimalInput,
  type CurrencyCode,
} from "./core";

// The model, and what is wrong with one.
export {
  defineModel,
  validateModel,
  ModelError,
  formatIssue,
  ISSUE_CODES,
  ArgumentError,
  type ModelInput,
  type ModelIssue,
  type IssueCode,
  type ArgumentErrorCode,
  type BusinessModel,
  type Product,
  type TvcComponent,
  type TvcKind,
  type Sale,
  type OperatingExpenseItem,
  type Investment,
  type Resource,
  type ResourceUsage,
  type Demand,
  type TimeUnit,
  type PeriodUnit,
  NO_DEMAND_LIMIT,
} from "./core";

// Looking into a model, and what-if copies of it.
export {
  productById,
  resourceById,
  demandOf,
  withCapacity,
  withDemandScaled,
  withPoliticalMinimum,
  type PoliticalMinimumChange,
} from "./core";

// Throughput, operating expense, net profit; break-even; classing a cost.
export {
  throughputReport,
  reportByPeriod,
  tvcByKindOf,
  tvcPerUnit,
  throughputPerUnit,
  tvcBreakdown,
  breakEvenThroughput,
  breakEvenUnits,
  marginOfSafety,
  classifyCost,
  TALK_COST_EXAMPLES,
  type ThroughputReport,
  type ThroughputSummary,
  type OperatingExpenseSummary,
  type BreakEvenUnits,
  type CostClassification,
} from "./core";

// Decisions: ΔT against ΔOE.
export {
  projectDecision,
  isWorthIt,
  compareScenarios,
  evaluateSpecialOrder,
  advertisingChannel,
  type DecisionInput,
  type DecisionEffect,
  type DecisionProjection,
  type ScenarioComparison,
  type SpecialOrderInput,
  type SpecialOrderEvaluation,
  type AdvertisingChannelInput,
  type AdvertisingChannelResult,
} from "./core";

// The sales plan.
export {
  revenuePlan,
  throughputOfRevenue,
  payFor,
  comparePaySchemes,
  type RevenuePlan,
  type CategoryPlanInput,
  type RevenueThroughput,
  type PayScheme,
  type PayComparisonRow,
} from "./core";

// Constraints: the CCR, the ranking, the mix plans, the political mix, the optimum, cost accounting, TPAR.
export {
  findConstraint,
  resourceLoads,
  rankProducts,
  rankingMix,
  politicalMix,
  comparePolitical,
  optimalMix,
  costAccountingMix,
  throughputAccountingRatios,
  compareMixPlans,
  bestOnConstraint,
  worstOnConstraint,
  largestThroughputPerUnit,
  firstDisplaced,
  convertTime,
  type ConstraintFinding,
  type ResourceLoad,
  type Ranking,
  type MixPlan,
  type PoliticalComparison,
  type OptimalMix,
  type InfeasibleMix,
  type CostAccountingMix,
  type TparReport,
  type PlanChange,
  type RankedOnConstraint,
} from "./core";

// What-if and sensitivity: one input moved on a copy, sweeps, a tornado, break-even values, the ranges a plan holds over.
export {
  withInput,
  withInputs,
  prepareModel,
  sweep,
  sweepRecords,
  tornado,
  breakEven,
  rankingSensitivity,
  optimalSensitivity,
  type WhatIfInput,
  type PreparedModel,
  type PrepareOptions,
  type Sweep,
  type SweepRow,
  type SweepRecord,
  type SweptInput,
  type Tornado,
  type TornadoBar,
  type TornadoInput,
  type TornadoOptions,
  type BreakEven,
  type BreakEvenSearchOptions,
  type RankingSensitivity,
  type ProductRange,
  type CapacityRange,
  type OptimalSensitivity,
  type LpProductRange,
  type LpResourceRange,
} from "./core";

// Every result, told apart by its kind.
export { isCoreResult, type CoreResult, type CoreResultKind } from "./core";

// Loading a model from files, records or DataFrames.
export {
  loadModel,
  safeLoadModel,
  modelFromRecords,
  safeModelFromRecords,
  modelFromDataFrames,
  safeModelFromDataFrames,
  readTable,
  type TableFrame,
  loadWorkbookModel,
  safeLoadWorkbookModel,
  LoadError,
  formatLoadIssue,
  formatLoadWarning,
  type SafeLoadResult,
  type ModelRecords,
  type ModelDataFrames,
  type LoadIssue,
  type LoadWarning,
} from "./load";

// Showing results: tables and charts.
export {
  show,
  tableHtml,
  tableText,
  toTables,
  showChart,
  chartHtml,
  figureText,
  whatIf,
  whatIfHtml,
  record,
  type ShowOptions,
  type Table,
  type WhatIfOptions,
  type WhatIfHtmlOptions,
  type WhatIfControl,
  type WhatIfSpec,
  type RecordOptions,
} from "./display";
export {
  throughputWaterfallFigure,
  throughputByPeriodFigure,
  breakEvenFigure,
  decisionFigure,
  salesPlanFigure,
  rankingFigure,
  mixPlanLoadFigure,
  utilisationFigure,
  politicalMixFigure,
  rankingVsOptimalFigure,
  sweepFigure,
  sweepHeatmapFigure,
  tornadoFigure,
  type ChartOptions,
  type SweepChartOptions,
  type Figure,
} from "./charts";

// Languages, numbers and amounts as a reader writes them.
export {
  setDefaultLocale,
  getDefaultLocale,
  resolveLocale,
  localized,
  labels,
  formatMoney,
  formatNumber,
  formatPercent,
  type Locale,
  type Labels,
  type LocalizedText,
} from "./i18n";

// Exercises.
export { EXERCISES, checkAnswer, type Answer, type Exercise, type Feedback } from "./exercises";

// Results in words: sentences built from the numbers, shown by show() as paragraphs.
export {
  explainThroughputReport,
  explainBreakEven,
  explainRanking,
  explainMixPlan,
  explainPoliticalMix,
  explainPoliticalMinimum,
  explainResourceLoads,
  explainOptimalMix,
  explainCostAccounting,
  explainPlanChange,
  explainDecision,
  explainScenarioComparison,
  explainSpecialOrder,
  explainAdvertising,
  explainPaySchemes,
  explainSalesPlan,
  explainTvcByKind,
  explainThroughputPlan,
  explainRevenueMixes,
  explainSetupChanges,
  explainUnitThroughput,
  explainPeriods,
  explainWorthIt,
  explainPriceEdit,
  explainPriceReading,
  explainUsageChange,
  explain,
  explanationHtml,
  explanationText,
  explanationLines,
  isExplanation,
  type Explanation,
  type Explainable,
  type ThroughputPlanFigures,
  type SetupChange,
  type Sentence,
  type ExplainOptions,
  type PeriodExplainOptions,
} from "./explain";

// Report workbooks (.xlsx) with live formulas, beside the model's own sheets.
export {
  writeReportWorkbook,
  writeChapterWorkbook,
  reportWorkbookBytes,
  type ReportWorkbookOptions,
  type ReportSheet,
} from "./export";
export {
  writeSweepWorkbook,
  writeTornadoWorkbook,
  writeComparisonWorkbook,
  type SweepWorkbookOptions,
  type TornadoWorkbookOptions,
  type ComparisonWorkbookOptions,
  type ComparedRun,
  type ComparedValue,
} from "./export";
