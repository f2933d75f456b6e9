import { sum, type BreakEvenUnits, type CostClassification, type Money, type ThroughputReport } from "../core";
import type { Labels } from "../i18n";
import { metric } from "./generic-tables";
import { cell, type Cell, type Table } from "./table";

// Tables of the throughput results: the report of a period, the periods side by side, break-even.

/** "all" is every period together, named in the reader's language. */
export function periodName(period: string, l: Labels): string {
  return period === "all" ? l.allPeriods : period;
}

// A period id in a narrow column ("month-1") must not break at its hyphen into "month-" / "1": the
// cell uses a non-breaking hyphen, which reads and prints the same.
function periodCell(period: string, l: Labels): Cell {
  return cell.text(periodName(period, l).replace(/-/g, "\u2011"));
}

export function reportTables(report: ThroughputReport, l: Labels): Table[] {
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
      ...(report.returnOnInvestment === undefined
        ? []
        : [metric(l.returnOnInvestment, cell.percent(report.returnOnInvestment))]),
      ...(report.productivity === undefined ? [] : [metric(l.productivity, cell.number(report.productivity, 2))]),
      ...(report.investmentTurns === undefined
        ? []
        : [metric(l.investmentTurns, cell.number(report.investmentTurns, 2))]),
    ],
  };
  const tables = [summary];
  const products = report.throughputDetail.byProduct;
  if (products.length > 0)
    tables.push({
      title: `${l.throughput} — ${l.product}`,
      columns: [
        { label: l.product },
        { label: l.quantity },
        { label: l.revenue },
        { label: l.totallyVariableCost },
        { label: l.throughput },
      ].map((c, i) => (i === 0 ? c : { ...c, numeric: true })),
      rows: [
        ...products.map((line) => ({
          cells: [
            cell.text(line.productName),
            cell.number(line.quantity),
            cell.money(line.revenue),
            cell.money(line.totallyVariableCost),
            cell.money(line.throughput),
          ],
        })),
        {
          total: true,
          cells: [
            cell.text(l.total),
            cell.empty(),
            cell.money(report.revenue),
            cell.money(report.totallyVariableCost),
            cell.money(report.throughput),
          ],
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

export function periodsTable(reports: readonly ThroughputReport[], l: Labels): Table {
  const keys = ["revenue", "totallyVariableCost", "throughput", "operatingExpense", "netProfit"] as const;
  return {
    title: reports[0]!.model,
    columns: [{ label: l.period }, ...keys.map((key) => ({ label: l[key], numeric: true }))],
    rows: [
      ...reports.map((report) => ({
        cells: [periodCell(report.period, l), ...keys.map((key) => cell.money(report[key]))],
      })),
      ...(reports.length > 1
        ? [
            {
              total: true,
              cells: [cell.text(l.total), ...keys.map((key) => cell.money(totalOf(reports.map((r) => r[key]))))],
            },
          ]
        : []),
    ],
  };
}

export function breakEvenTable(breakEven: BreakEvenUnits, l: Labels, sentences: readonly string[]): Table {
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

// The class in words and the rule that decided, in the reader's language: the name is in its own column,
// so the reason does not repeat it.
export function costClassTable(rows: readonly CostClassification[], l: Labels): Table {
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
        cell.text(
          row.costClass === "totally-variable-cost"
            ? l.costClassTotallyVariable
            : row.costClass === "operating-expense"
              ? l.costClassOperatingExpense
              : row.costClass,
        ),
        cell.text(reason(row)),
      ],
    })),
  };
}
