import { isCoreResult, isMoney, type CoreResult } from "../core";
import type { Feedback } from "../exercises/types";
import { labels, resolveLocale, type Labels } from "../i18n";
import {
  explainAdvertising,
  explainBreakEven,
  explainDecision,
  explainScenarioComparison,
  explainSpecialOrder,
  explanationLines,
} from "../explain";
import {
  costAccountingTable,
  findingTable,
  infeasibleTable,
  loadsTable,
  optimalTable,
  planTable,
  politicalTable,
  rankingTable,
  tparTable,
} from "./constraint-tables";
import { advertisingTable, comparisonTable, decisionTable, specialOrderTable } from "./decision-tables";
import { feedbackTable, isFeedback } from "./feedback-tables";
import { dataFrameTable, isDataFrameLike, objectTables, recordsTable, valueTable } from "./generic-tables";
import { issuesTable, isModelError } from "./issue-tables";
import { payTable, revenuePlanTable } from "./sales-plan-tables";
import { cell, type Table } from "./table";
import { breakEvenTable, costClassTable, periodsTable, reportTables } from "./throughput-tables";

/** Options of the table builders. */
export interface TableOptions {
  /** `"en"` (default) or `"ru"`. */
  readonly locale?: string;
  /** A title over the (first) table, instead of the one the result suggests. */
  readonly title?: string;
}

/** Everything the library returns that has tables of its own: the core's results and an exercise's feedback. */
type TaggedResult = CoreResult | Feedback;

const isTagged = (value: unknown): value is TaggedResult => isCoreResult(value) || isFeedback(value);

/**
 * Turns any result of the library (or a danfo DataFrame, an array of records, a plain object, an amount)
 * into tables. A result is recognised by its `kind`, never by its keys.
 *
 * @example
 * const [report] = toTables(throughputReport(salon, { period: "month-3" }));
 * report.rows.find((row) => row.total)?.cells; // [{ kind: "text", text: "Net profit (NP)" }, { kind: "money", value: -50 RUB, ... }]
 */
export function toTables(value: unknown, options: TableOptions = {}): Table[] {
  const l = labels(options.locale);
  const tables = tablesOf(value, l, options);
  if (options.title !== undefined && tables[0] !== undefined) tables[0] = { ...tables[0], title: options.title };
  return tables;
}

function tablesOf(value: unknown, l: Labels, options: TableOptions): Table[] {
  if (isMoney(value))
    return [{ columns: [{ label: l.amount, numeric: true }], rows: [{ cells: [cell.money(value)] }] }];
  if (isDataFrameLike(value)) return [dataFrameTable(value, l)];
  if (isModelError(value)) return [issuesTable(value, l, resolveLocale(options.locale) === "ru")];
  if (isTagged(value)) return resultTables(value, l, options);
  if (Array.isArray(value)) return [arrayTable(value, l)];
  if (typeof value === "object" && value !== null) return objectTables(value as Record<string, unknown>, l);
  return [valueTable(value, l)];
}

// Some results come as lists (one report per period, one row per achievement level, one load per resource):
// a list of one kind has a table of its own.
function arrayTable(values: readonly unknown[], l: Labels): Table {
  const first = values[0];
  if (first === undefined || !isTagged(first) || !values.every((v) => isTagged(v) && v.kind === first.kind))
    return recordsTable(values, l);
  switch (first.kind) {
    case "throughput-report":
      return periodsTable(values as Extract<TaggedResult, { kind: "throughput-report" }>[], l);
    case "pay-comparison-row":
      return payTable(values as Extract<TaggedResult, { kind: "pay-comparison-row" }>[], l);
    case "resource-load":
      return loadsTable(values as Extract<TaggedResult, { kind: "resource-load" }>[], l);
    case "cost-classification":
      return costClassTable(values as Extract<TaggedResult, { kind: "cost-classification" }>[], l);
    default:
      return recordsTable(values, l);
  }
}

/** The tables of one result, chosen by its kind; the compiler checks that every kind is handled. */
function resultTables(result: TaggedResult, l: Labels, options: TableOptions): Table[] {
  // Verdicts and reasons under a table are the explanation's sentences, in the table's language.
  const locale = { locale: resolveLocale(options.locale) };
  switch (result.kind) {
    case "throughput-report":
      return reportTables(result, l);
    case "break-even-units":
      return [breakEvenTable(result, l, explanationLines(explainBreakEven(result, locale)))];
    case "decision-projection":
      return [decisionTable(result, l, explanationLines(explainDecision(result, locale)))];
    case "scenario-comparison":
      return [comparisonTable(result, l, explanationLines(explainScenarioComparison(result, locale)))];
    case "special-order-evaluation":
      return [specialOrderTable(result, l, explanationLines(explainSpecialOrder(result, locale)))];
    case "advertising-channel":
      return [advertisingTable(result, l, explanationLines(explainAdvertising(result, locale)))];
    case "revenue-plan":
      return [revenuePlanTable(result, l)];
    case "pay-comparison-row":
      return [payTable([result], l)];
    case "resource-load":
      return [loadsTable([result], l)];
    case "resource-constraint":
    case "market-constraint":
      return [findingTable(result, l)];
    case "ranking":
      return [rankingTable(result, l)];
    case "mix-plan":
      return [planTable(result, l), loadsTable(result.resources, l)];
    case "political-comparison":
      return [politicalTable(result, l)];
    case "optimal-mix":
      return [optimalTable(result, l), loadsTable(result.plan.resources, l)];
    case "infeasible-mix":
      return [infeasibleTable(result, l)];
    case "cost-accounting-mix":
      return [costAccountingTable(result, l), planTable(result.plan, l)];
    case "tpar-report":
      return [tparTable(result, l)];
    case "feedback":
      return [feedbackTable(result, l)];
    // Summaries and small verdicts read well as a metric–value table.
    case "cost-classification":
      return [costClassTable([result], l)];
    case "throughput-summary":
    case "operating-expense-summary":
    case "revenue-throughput":
    case "plan-change":
    case "political-minimum-change":
      return objectTables(result as unknown as Record<string, unknown>, l);
    default:
      return unhandled(result);
  }
}

function unhandled(result: never): never {
  throw new Error(`no table for a result of kind ${JSON.stringify((result as { kind: unknown }).kind)}`);
}
