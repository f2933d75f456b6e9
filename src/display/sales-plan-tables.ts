import { ExactDecimal, type PayComparisonRow, type RevenuePlan } from "../core";
import type { Labels } from "../i18n";
import { cell, type Table } from "./table";

// Tables of the sales plan: the revenue a throughput target needs, and pay schemes side by side.

export function revenuePlanTable(plan: RevenuePlan, l: Labels): Table {
  return {
    title: l.salesPlan,
    columns: [
      { label: l.category },
      { label: l.throughputRatio, numeric: true },
      { label: l.throughput, numeric: true },
      { label: l.revenue, numeric: true },
    ],
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

export function payTable(rows: readonly PayComparisonRow[], l: Labels): Table {
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

function toExact(value: unknown): ExactDecimal | number {
  if (typeof value === "number") return value;
  return new ExactDecimal(value as ExactDecimal);
}
