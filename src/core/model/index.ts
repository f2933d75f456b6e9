/** The business model: products, sales, OE, investments, resources, demand; checked once by defineModel. */
export { defineModel, validateModel, type ModelInput } from "./define-model";
export { ModelError, formatIssue, ISSUE_CODES, type ModelIssue, type IssueCode } from "./issues";
export { TVC_KINDS, NO_DEMAND_LIMIT } from "./types";
export type {
  BusinessModel,
  Product,
  TvcComponent,
  TvcKind,
  Sale,
  OperatingExpenseItem,
  Investment,
  Resource,
  ResourceUsage,
  Demand,
  TimeUnit,
  PeriodUnit,
} from "./types";
export {
  productById,
  resourceById,
  demandOf,
  withCapacity,
  withDemandScaled,
  withPoliticalMinimum,
  type PoliticalMinimumChange,
} from "./lookup";
