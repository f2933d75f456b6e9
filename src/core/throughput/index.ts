/** T, OE, NP of a period; a unit's TVC and T; break-even; the rule that classes a cost. */
export { throughputReport, reportByPeriod, type ThroughputReport } from "./report";
export { tvcByKindOf } from "./period";
export type { ThroughputSummary, OperatingExpenseSummary, PeriodOptions } from "./period";
export { tvcPerUnit, throughputPerUnit, tvcBreakdown } from "./unit";
export { breakEvenThroughput, breakEvenUnits, marginOfSafety, type BreakEvenUnits } from "./break-even";
export { classifyCost, TALK_COST_EXAMPLES, type CostClassification } from "./classify-cost";
