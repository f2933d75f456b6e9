import type {
  AdvertisingChannelResult,
  DecisionProjection,
  Money,
  ScenarioComparison,
  SpecialOrderEvaluation,
} from "../core";
import type { Labels } from "../i18n";
import { metric } from "./generic-tables";
import { cell, type Table, type TableRow } from "./table";
import { periodName } from "./throughput-tables";

// Tables of the decisions: a decision month by month, two scenarios, a special order, an advertising channel.

export function decisionTable(projection: DecisionProjection, l: Labels, sentences: readonly string[]): Table {
  const showInvestment = !projection.totalDeltaInvestment.amount.isZero();
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

export function comparisonTable(comparison: ScenarioComparison, l: Labels, sentences: readonly string[]): Table {
  const row = (
    name: string,
    key: "throughput" | "operatingExpense" | "investment" | "netProfit",
    delta: Money,
    total = false,
  ): TableRow => ({
    cells: [
      cell.text(name),
      cell.money(comparison.base[key]),
      cell.money(comparison.changed[key]),
      cell.money(delta, true),
    ],
    ...(total ? { total } : {}),
  });
  return {
    title: `${comparison.base.model} → ${comparison.changed.model} (${periodName(comparison.base.period, l)})`,
    columns: [
      { label: l.metric },
      { label: l.base, numeric: true },
      { label: l.changed, numeric: true },
      { label: l.difference, numeric: true },
    ],
    rows: [
      row(l.throughput, "throughput", comparison.deltaThroughput),
      row(l.operatingExpense, "operatingExpense", comparison.deltaOperatingExpense),
      row(l.investment, "investment", comparison.deltaInvestment),
      row(l.netProfit, "netProfit", comparison.deltaNetProfit, true),
    ],
    notes: sentences,
  };
}

export function specialOrderTable(order: SpecialOrderEvaluation, l: Labels, sentences: readonly string[]): Table {
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
            ...order.displacement.displaced.map((sale) =>
              metric(`${l.displacedSales}: ${sale.name} (${sale.quantity})`, cell.money(sale.throughput, true)),
            ),
            metric(l.displacedThroughput, cell.money(order.displacement.displacedThroughput)),
          ]),
      metric(l.deltaNetProfit, cell.money(order.deltaNetProfit, true), true),
    ],
    notes: sentences,
  };
}

export function advertisingTable(channel: AdvertisingChannelResult, l: Labels, sentences: readonly string[]): Table {
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
