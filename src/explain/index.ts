/**
 * What results mean, in sentences computed from them (English and Russian): one builder per result kind,
 * each returning plain data that `show()` renders as paragraphs. Pure and cheap: no I/O, browser-safe.
 */
export {
  isExplanation,
  explanationLines,
  type Explanation,
  type Sentence,
  type ExplainOptions,
  type PeriodExplainOptions,
  type Tone,
} from "./sentence";
export { explainThroughputReport, explainBreakEven } from "./throughput";
export {
  explainRanking,
  explainMixPlan,
  explainPoliticalMix,
  explainPoliticalMinimum,
  explainResourceLoads,
  explainOptimalMix,
  explainCostAccounting,
  explainPlanChange,
} from "./constraints";
export { explainDecision, explainScenarioComparison, explainSpecialOrder, explainAdvertising } from "./decisions";
export { explainPaySchemes, explainSalesPlan } from "./sales-plan";
export { explanationHtml, explanationText } from "./render";
export { explain, type Explainable } from "./explain";
export { explainTvcByKind, explainThroughputPlan, explainRevenueMixes, type ThroughputPlanFigures } from "./revenue";
export { explainSetupChanges, type SetupChange } from "./setups";
export { explainUnitThroughput, explainPeriods, type PeriodsExplainOptions } from "./unit";
export { explainWorthIt } from "./threshold";
export { explainPriceEdit, explainPriceReading, explainUsageChange } from "./edits";
