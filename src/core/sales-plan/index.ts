/** The sales plan: the revenue a T target needs, the T a revenue brings, pay schemes side by side. */
export { revenuePlan, throughputOfRevenue } from "./revenue-plan";
export type { RevenuePlan, CategoryPlanInput, RevenueThroughput, CategoryRevenue } from "./revenue-plan";
export { payFor, comparePaySchemes, type PayScheme, type PayComparisonRow } from "./pay-schemes";
