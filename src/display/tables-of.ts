import {
  ExactDecimal,
  isMoney,
  sum,
  toText,
  type AdvertisingChannelResult,
  type BreakEvenUnits,
  type CostClassification,
  type DecisionProjection,
  type Money,
  type PayComparisonRow,
  type RevenuePlan,
  type ScenarioComparison,
  type SpecialOrderEvaluation,
  type ThroughputReport,
} from "../core";
import { labels, resolveLocale, type Labels } from "../i18n";
import {
  explainAdvertising,
  explainBreakEven,
  explainDecision,
  explainScenarioComparison,
  explainSpecialOrder,
  explanationLines,
} from "../explain";
import { cell, type Cell, type Table, type TableRow } from "./table";
import { constraintTables } from "./constraint-tables";
import { feedbackTable, isFeedback } from "./feedback-tables";

/** Options of the table builders. */
export interface TableOptions {
  /** `"en"` (default) or `"ru"`. */
  readonly locale?: string;
  /** A title over the (first) table, instead of the one the result suggests. */
  readonly title?: string;
}

type Dict = Record<string, unknown>;
const isObject = (value: unknown): value is Dict => typeof value === "object" && value !== null;
const has = (value: unknown, ...keys: string[]): value is Dict => isObject(value) && keys.every((key) => key in value);

/** A result shaped like a danfo.js DataFrame: column names and rows of values. */
export interface DisplayDataFrame {
  readonly columns: readonly string[];
  readonly values: readonly (readonly unknown[])[];
  readonly index?: readonly unknown[];
}

/**
 * Whether a value looks like a danfo.js DataFrame (`df.columns`, `df.values`); duck-typed, so the
 * library does not load TensorFlow just to recognise one.
 */
export function isDataFrameLike(value: unknown): value is DisplayDataFrame {
  return (
    isObject(value) &&
    Array.isArray((value as Dict).columns) &&
    Array.isArray((value as Dict).values) &&
    ((value as { values: unknown[] }).values.length === 0 || Array.isArray((value as { values: unknown[] }).values[0]))
  );
}

/**
 * Turns any result of the library (or a danfo DataFrame, an array of records, a plain object, an amount)
 * into tables. Recognises results by their shape, since results are plain data without tags.
 *
 * @example
 * toTables(throughputReport(salon, { period: "month-3" }))[0].rows.at(-1); // the NP row, −50, marked total
 */
export function toTables(value: unknown, options: TableOptions = {}): Table[] {
  const l = labels(options.locale);
  const tables = recognise(value, l, options);
  if (options.title !== undefined && tables[0] !== undefined) tables[0] = { ...tables[0], title: options.title };
  return tables;
}

function recognise(value: unknown, l: Labels, options: TableOptions): Table[] {
  if (isMoney(value)) return [{ columns: [{ label: l.amount, numeric: true }], rows: [{ cells: [cell.money(value)] }] }];
  if (isDataFrameLike(value)) return [dataFrameTable(value, l)];
  const constraint = constraintTables(value, l);
  if (constraint !== undefined) return constraint;
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every(isThroughputReport)) return [periodsTable(value as ThroughputReport[], l)];
    if (value.length > 0 && value.every((row) => has(row, "achievement", "sales", "pays"))) return [payTable(value as PayComparisonRow[], l)];
    if (value.length > 0 && value.every(isCostClassification)) return [costClassTable(value, l)];
    return [recordsTable(value, l)];
  }
  if (isThroughputReport(value)) return reportTables(value, l);
  // Verdicts and reasons under a table are the explanation's sentences, in the table's language.
  const locale = { locale: resolveLocale(options.locale) };
  if (has(value, "months", "paybackMonth", "verdict"))
    return [decisionTable(value as unknown as DecisionProjection, l, explanationLines(explainDecision(value as unknown as DecisionProjection, locale)))];
  if (has(value, "base", "changed", "deltaThroughput", "verdict"))
    return [comparisonTable(value as unknown as ScenarioComparison, l, explanationLines(explainScenarioComparison(value as unknown as ScenarioComparison, locale)))];
  if (has(value, "accept", "reasons", "capacityNeeded"))
    return [specialOrderTable(value as unknown as SpecialOrderEvaluation, l, explanationLines(explainSpecialOrder(value as unknown as SpecialOrderEvaluation, locale)))];
  if (has(value, "reachable", "throughputPerUnit", "throughputNeeded"))
    return [breakEvenTable(value as unknown as BreakEvenUnits, l, explanationLines(explainBreakEven(value as unknown as BreakEvenUnits, locale)))];
  if (has(value, "categories", "throughput", "revenue") && Array.isArray(value.categories)) return [revenuePlanTable(value as unknown as RevenuePlan, l)];
  if (has(value, "spend", "deltaThroughput", "worthIt"))
    return [advertisingTable(value as unknown as AdvertisingChannelResult, l, explanationLines(explainAdvertising(value as unknown as AdvertisingChannelResult, locale)))];
  if (isFeedback(value)) return [feedbackTable(value, l)];
  if (isCostClassification(value)) return [costClassTable([value], l)];
  if (isObject(value)) return [objectTable(value, l)];
  return [{ columns: [{ label: l.value }], rows: [{ cells: [valueCell(value, l)] }] }];
}

function isThroughputReport(value: unknown): value is ThroughputReport {
  return has(value, "throughput", "operatingExpense", "netProfit", "throughputDetail", "operatingExpenseDetail");
}

function periodName(period: string, l: Labels): string {
  return period === "all" ? l.allPeriods : period;
}

// A period id in a narrow column ("month-1") must not break at its hyphen into "month-" / "1": the
// cell uses a non-breaking hyphen, which reads and prints the same.
function periodCell(period: string, l: Labels): Cell {
  return cell.text(periodName(period, l).replace(/-/g, "\u2011"));
}

const metric = (name: string, value: Cell, total = false): TableRow => ({ cells: [cell.text(name), value], ...(total ? { total } : {}) });

function reportTables(report: ThroughputReport, l: Labels): Table[] {
  const summary: Table = {
    title: `${report.model} — ${periodName(report.period, l)}`,
    columns: [{ label: l.metric }, { label: l.value, numeric: true }],
    rows: [
      metric(l.revenue, cell.money(report.revenue)),
      metric(l.totallyVariableCost, cell.money(report.totallyVariableCost)),
      metric(l.throughput, cell.money(report.throughput)),
      metric(l.operatingExpense, cell.money(report.operatingExpense)),
      metric(l.netProfit, cell.money(report.netProfit), true),
      ...(report.investment.amount.isZero() ? [] : [metric(l.investment, cell.money(report.investment))]),
      ...(report.returnOnInvestment === undefined ? [] : [metric(l.returnOnInvestment, cell.percent(report.returnOnInvestment))]),
      ...(report.productivity === undefined ? [] : [metric(l.productivity, cell.number(report.productivity, 2))]),
      ...(report.investmentTurns === undefined ? [] : [metric(l.investmentTurns, cell.number(report.investmentTurns, 2))]),
    ],
  };
  const tables = [summary];
  const products = report.throughputDetail.byProduct;
  if (products.length > 0)
    tables.push({
      title: `${l.throughput} — ${l.product}`,
      columns: [{ label: l.product }, { label: l.quantity }, { label: l.revenue }, { label: l.totallyVariableCost }, { label: l.throughput }].map((c, i) => (i === 0 ? c : { ...c, numeric: true })),
      rows: [
        ...products.map((line) => ({
          cells: [cell.text(line.productName), cell.number(line.quantity), cell.money(line.revenue), cell.money(line.totallyVariableCost), cell.money(line.throughput)],
        })),
        {
          total: true,
          cells: [cell.text(l.total), cell.empty(), cell.money(report.revenue), cell.money(report.totallyVariableCost), cell.money(report.throughput)],
        },
      ],
    });
  const categories = report.operatingExpenseDetail.byCategory;
  if (categories.length > 0)
    tables.push({
      title: `${l.operatingExpense} — ${l.category}`,
      columns: [{ label: l.category }, { label: l.amount, numeric: true }],
      rows: [
        ...categories.map((line) => ({ cells: [cell.text(line.category), cell.money(line.amount)] })),
        { total: true, cells: [cell.text(l.total), cell.money(report.operatingExpense)] },
      ],
    });
  return tables;
}

/** Sums amounts when they share a currency; otherwise there is no honest total. */
function totalOf(amounts: readonly Money[]): Money | undefined {
  if (amounts.length === 0 || amounts.some((a) => a.currency !== amounts[0]!.currency)) return undefined;
  return sum(amounts, amounts[0]!.currency);
}

function periodsTable(reports: readonly ThroughputReport[], l: Labels): Table {
  const keys = ["revenue", "totallyVariableCost", "throughput", "operatingExpense", "netProfit"] as const;
  return {
    title: reports[0]!.model,
    columns: [{ label: l.period }, ...keys.map((key) => ({ label: l[key], numeric: true }))],
    rows: [
      ...reports.map((report) => ({ cells: [periodCell(report.period, l), ...keys.map((key) => cell.money(report[key]))] })),
      ...(reports.length > 1 ? [{ total: true, cells: [cell.text(l.total), ...keys.map((key) => cell.money(totalOf(reports.map((r) => r[key]))))] }] : []),
    ],
  };
}

function decisionTable(projection: DecisionProjection, l: Labels, sentences: readonly string[]): Table {
  const showInvestment = !projection.totalDeltaInvestment.amount.isZero();
  const verdict = projection.verdict === "accept" ? l.accept : projection.verdict === "reject" ? l.reject : l.notWithinHorizon;
  return {
    title: projection.name,
    columns: [
      { label: l.month },
      { label: l.deltaThroughput, numeric: true },
      { label: l.deltaOperatingExpense, numeric: true },
      ...(showInvestment ? [{ label: l.deltaInvestment, numeric: true }] : []),
      { label: l.deltaNetProfit, numeric: true },
      { label: l.cumulativeDeltaNetProfit, numeric: true },
    ],
    rows: [
      ...projection.months.map((month) => ({
        cells: [
          cell.number(month.month),
          cell.money(month.deltaThroughput, true),
          cell.money(month.deltaOperatingExpense, true),
          ...(showInvestment ? [cell.money(month.deltaInvestment, true)] : []),
          cell.money(month.deltaNetProfit, true),
          cell.money(month.cumulativeDeltaNetProfit, true),
        ],
      })),
      {
        total: true,
        cells: [
          cell.text(l.total),
          cell.money(projection.totalDeltaThroughput, true),
          cell.money(projection.totalDeltaOperatingExpense, true),
          ...(showInvestment ? [cell.money(projection.totalDeltaInvestment, true)] : []),
          cell.empty(),
          cell.money(projection.cumulativeDeltaNetProfit, true),
        ],
      },
    ],
    notes: [
      // The first sentence says the verdict ("Accept: …"), in the table's language.
      ...sentences,
      ...(projection.paybackMonth === null ? [] : [`${l.paybackMonth}: ${projection.paybackMonth}`]),
    ],
  };
}

function comparisonTable(comparison: ScenarioComparison, l: Labels, sentences: readonly string[]): Table {
  const row = (name: string, key: "throughput" | "operatingExpense" | "investment" | "netProfit", delta: Money, total = false): TableRow => ({
    cells: [cell.text(name), cell.money(comparison.base[key]), cell.money(comparison.changed[key]), cell.money(delta, true)],
    ...(total ? { total } : {}),
  });
  return {
    title: `${comparison.base.model} → ${comparison.changed.model} (${periodName(comparison.base.period, l)})`,
    columns: [{ label: l.metric }, { label: l.base, numeric: true }, { label: l.changed, numeric: true }, { label: l.difference, numeric: true }],
    rows: [
      row(l.throughput, "throughput", comparison.deltaThroughput),
      row(l.operatingExpense, "operatingExpense", comparison.deltaOperatingExpense),
      row(l.investment, "investment", comparison.deltaInvestment),
      row(l.netProfit, "netProfit", comparison.deltaNetProfit, true),
    ],
    notes: sentences,
  };
}

function specialOrderTable(order: SpecialOrderEvaluation, l: Labels, sentences: readonly string[]): Table {
  return {
    columns: [{ label: l.metric }, { label: l.value, numeric: true }],
    rows: [
      metric(l.throughputPerUnit, cell.money(order.throughputPerUnit)),
      metric(l.deltaThroughput, cell.money(order.deltaThroughput, true)),
      metric(l.deltaOperatingExpense, cell.money(order.deltaOperatingExpense, true)),
      ...(order.discountFactor === undefined ? [] : [metric(l.discountFactor, cell.number(order.discountFactor, 2))]),
      metric(l.capacityNeeded, cell.number(order.capacityNeeded)),
      metric(l.idleCapacity, cell.number(order.idleCapacity)),
      ...(order.displacement === undefined
        ? []
        : [
            metric(l.orderThroughput, cell.money(order.displacement.orderThroughput)),
            ...order.displacement.displaced.map((sale) => metric(`${l.displacedSales}: ${sale.name} (${sale.quantity})`, cell.money(sale.throughput, true))),
            metric(l.displacedThroughput, cell.money(order.displacement.displacedThroughput)),
          ]),
      metric(l.deltaNetProfit, cell.money(order.deltaNetProfit, true), true),
    ],
    notes: sentences,
  };
}

function breakEvenTable(breakEven: BreakEvenUnits, l: Labels, sentences: readonly string[]): Table {
  return {
    title: `${l.breakEven}: ${breakEven.productId}`,
    columns: [{ label: l.metric }, { label: l.value, numeric: true }],
    rows: [
      metric(l.throughputPerUnit, cell.money(breakEven.throughputPerUnit)),
      metric(l.throughputNeeded, cell.money(breakEven.throughputNeeded)),
      breakEven.reachable
        ? metric(l.breakEvenUnits, cell.number(breakEven.units), true)
        : metric(l.breakEvenUnits, cell.text(l.unreachable), true),
    ],
    ...(breakEven.reachable ? {} : { notes: sentences }),
  };
}

function revenuePlanTable(plan: RevenuePlan, l: Labels): Table {
  return {
    title: l.salesPlan,
    columns: [{ label: l.category }, { label: l.throughputRatio, numeric: true }, { label: l.throughput, numeric: true }, { label: l.revenue, numeric: true }],
    rows: [
      ...plan.categories.map((category) => ({
        cells: [
          cell.text(category.name),
          cell.percent(toExact(category.throughputRatio)),
          cell.money(category.throughput),
          cell.money(category.revenue),
        ],
      })),
      { total: true, cells: [cell.text(l.total), cell.empty(), cell.money(plan.throughput), cell.money(plan.revenue)] },
    ],
  };
}

function payTable(rows: readonly PayComparisonRow[], l: Labels): Table {
  const schemes = rows[0]!.pays.map((pay) => pay.scheme);
  const afterPay = rows[0]!.pays.some((pay) => pay.throughputAfterPay !== undefined);
  return {
    columns: [
      { label: l.achievement, numeric: true },
      { label: l.sales, numeric: true },
      ...schemes.flatMap((scheme) => [
        { label: `${l.pay}: ${scheme}`, numeric: true },
        ...(afterPay ? [{ label: `${l.throughputAfterPay}: ${scheme}`, numeric: true }] : []),
      ]),
    ],
    rows: rows.map((row) => ({
      cells: [
        cell.percent(row.achievement, 0),
        cell.money(row.sales),
        ...row.pays.flatMap((pay) => [cell.money(pay.pay), ...(afterPay ? [cell.money(pay.throughputAfterPay)] : [])]),
      ],
    })),
  };
}

function advertisingTable(channel: AdvertisingChannelResult, l: Labels, sentences: readonly string[]): Table {
  return {
    title: channel.name,
    columns: [{ label: l.metric }, { label: l.value, numeric: true }],
    rows: [
      metric(l.spend, cell.money(channel.spend)),
      ...(channel.costPerClick === undefined ? [] : [metric(l.costPerClick, cell.money(channel.costPerClick))]),
      ...(channel.costPerLead === undefined ? [] : [metric(l.costPerLead, cell.money(channel.costPerLead))]),
      ...(channel.costPerBuyer === undefined ? [] : [metric(l.costPerBuyer, cell.money(channel.costPerBuyer))]),
      metric(l.deltaThroughput, cell.money(channel.deltaThroughput, true)),
      metric(l.deltaOperatingExpense, cell.money(channel.deltaOperatingExpense, true)),
      metric(l.deltaNetProfit, cell.money(channel.deltaNetProfit, true), true),
    ],
    notes: sentences,
  };
}

function isCostClassification(value: unknown): value is CostClassification {
  return has(value, "name", "costClass", "reason");
}

// The class in words and the rule that decided, in the reader's language: the name is in its own column,
// so the reason does not repeat it.
function costClassTable(rows: readonly CostClassification[], l: Labels): Table {
  const reason = (row: CostClassification) =>
    row.rule === "caused-by-sale"
      ? l.reasonCausedBySale
      : row.rule === "spent-anyway"
        ? l.reasonSpentAnyway
        : row.rule === "not-caused-by-sale"
          ? l.reasonNotCausedBySale
          : row.reason;
  return {
    columns: [{ label: l.name }, { label: l.costClass }, { label: l.reason }],
    rows: rows.map((row) => ({
      cells: [
        cell.text(row.name),
        cell.text(row.costClass === "totally-variable-cost" ? l.costClassTotallyVariable : row.costClass === "operating-expense" ? l.costClassOperatingExpense : row.costClass),
        cell.text(reason(row)),
      ],
    })),
  };
}

function toExact(value: unknown): ExactDecimal | number {
  if (typeof value === "number") return value;
  return new ExactDecimal(value as ExactDecimal);
}

/** A cell for any value a record may hold. */
export function valueCell(value: unknown, l: Labels): Cell {
  if (value === null || value === undefined) return cell.empty();
  if (isMoney(value)) return cell.money(value);
  if (ExactDecimal.isDecimal(value)) return { kind: "number", value: value as ExactDecimal, maxDigits: 4 };
  if (typeof value === "number") return { kind: "number", value, maxDigits: 4 };
  if (typeof value === "bigint") return cell.text(value.toString());
  if (typeof value === "boolean") return cell.text(value ? l.yes : l.no);
  if (typeof value === "string") return cell.text(value);
  if (value instanceof Date) return cell.text(value.toISOString());
  return cell.text(compact(value));
}

/** Nested values as short text: amounts as "68.5 RUB", decimals as their digits. */
function compact(value: unknown): string {
  return JSON.stringify(value, function (this: unknown, key: string, inner: unknown) {
    const original = isObject(this) ? (this as Dict)[key] : inner;
    if (isMoney(original)) return toText(original);
    if (ExactDecimal.isDecimal(original)) return (original as ExactDecimal).toString();
    if (typeof inner === "bigint") return inner.toString();
    return inner;
  }) ?? String(value);
}

/** A column heading for a record key: a known label, or the camelCase key in words. */
export function keyLabel(key: string, l: Labels): string {
  const known = (l as unknown as Record<string, string>)[key];
  if (typeof known === "string") return known;
  const words = key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/[_-]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1).toLowerCase();
}

function recordsTable(rows: readonly unknown[], l: Labels): Table {
  if (rows.every(isObject)) {
    const keys: string[] = [];
    for (const row of rows) for (const key of Object.keys(row as Dict)) if (!keys.includes(key)) keys.push(key);
    return {
      columns: keys.map((key) => ({ label: keyLabel(key, l) })),
      rows: rows.map((row) => ({ cells: keys.map((key) => valueCell((row as Dict)[key], l)) })),
    };
  }
  return { columns: [{ label: l.value }], rows: rows.map((row) => ({ cells: [valueCell(row, l)] })) };
}

function objectTable(value: Dict, l: Labels): Table {
  return {
    columns: [{ label: l.metric }, { label: l.value }],
    rows: Object.entries(value).map(([key, inner]) => ({ cells: [cell.text(keyLabel(key, l)), valueCell(inner, l)] })),
  };
}

function dataFrameTable(frame: DisplayDataFrame, l: Labels): Table {
  const index = frame.index ?? [];
  // A default 0…n−1 index says nothing; a named index (periods, products) is the row heading.
  const meaningfulIndex = index.length === frame.values.length && index.some((entry, i) => entry !== i);
  return {
    columns: [...(meaningfulIndex ? [{ label: "" }] : []), ...frame.columns.map((column) => ({ label: String(column) }))],
    rows: frame.values.map((row, i) => ({
      cells: [...(meaningfulIndex ? [cell.text(String(index[i]))] : []), ...row.map((value) => valueCell(value, l))],
    })),
  };
}
