import type {
  ConstraintFinding,
  CostAccountingMix,
  InfeasibleMix,
  MixPlan,
  OptimalMix,
  PoliticalComparison,
  Ranking,
  ResourceLoad,
  TimeUnit,
  TparReport,
} from "../core";
import type { Labels } from "../i18n";
import { cell, type Table, type TableRow } from "./table";

// Tables of the constraint results: ranking, mix plan, political mix, utilisation, optimal mix, cost accounting, TPAR.

export function tparTable(report: TparReport, l: Labels): Table {
  return {
    title: `${l.throughputAccountingRatio}${report.resource === undefined ? "" : ` — ${report.resource.name}`}`,
    columns: [
      { label: l.product },
      { label: l.constraintHoursPerUnit, numeric: true },
      { label: l.returnPerHour, numeric: true },
      { label: l.costPerHour, numeric: true },
      { label: l.throughputAccountingRatio, numeric: true },
    ],
    rows: report.rows.map((row) => ({
      cells: [
        cell.text(row.name),
        cell.number(row.constraintHoursPerUnit),
        row.returnPerHour === undefined ? cell.text("∞") : cell.money(row.returnPerHour),
        report.costPerHour === undefined ? cell.empty() : cell.money(report.costPerHour),
        row.ratio === undefined ? cell.text(row.returnPerHour === undefined ? "∞" : "—") : cell.number(row.ratio, 2),
      ],
    })),
  };
}

export function costAccountingTable(mix: CostAccountingMix, l: Labels): Table {
  return {
    title: `${l.rank}: ${mix.method === "margin" ? l.margin : `${l.margin}, ${l.absorbedOperatingExpense}`}`,
    columns: [
      { label: l.rank, numeric: true },
      { label: l.product },
      { label: l.throughputPerUnit, numeric: true },
      { label: l.absorbedOperatingExpense, numeric: true },
      { label: l.margin, numeric: true },
    ],
    rows: mix.rows.map((row) => ({
      cells: [
        cell.number(row.rank),
        cell.text(row.name),
        cell.money(row.throughputPerUnit),
        cell.money(row.absorbedOperatingExpense),
        cell.money(row.margin),
      ],
    })),
  };
}

function unitOf(unit: TimeUnit | undefined, l: Labels): string {
  return unit === undefined ? "" : ` (${unit === "hour" ? l.hours : l.minutes})`;
}

export function rankingTable(ranking: Ranking, l: Labels): Table {
  const unit = ranking.resource?.unit;
  return {
    title: `${l.rankingTitle}${ranking.resource === undefined ? "" : ` — ${ranking.resource.name}`}`,
    columns: [
      { label: l.rank, numeric: true },
      { label: l.product },
      { label: l.price, numeric: true },
      { label: l.totallyVariableCost, numeric: true },
      { label: l.throughputPerUnit, numeric: true },
      { label: `${l.constraintTimePerUnit}${unitOf(unit, l)}`, numeric: true },
      {
        label:
          ranking.resource === undefined
            ? l.throughputPerConstraintUnit
            : `${l.throughputPerConstraintUnit} / ${ranking.per.amount}${unitOf(ranking.per.unit, l).replace(/[()]/g, "")}`,
        numeric: true,
      },
      { label: l.demand, numeric: true },
    ],
    rows: ranking.rows.map((row) => ({
      cells: [
        cell.number(row.rank),
        cell.text(row.name),
        cell.money(row.price),
        cell.money(row.tvcPerUnit),
        cell.money(row.throughputPerUnit),
        cell.number(row.constraintTimePerUnit),
        row.throughputPerConstraintTime === undefined ? cell.text("∞") : cell.money(row.throughputPerConstraintTime),
        cell.number(row.demand),
      ],
    })),
  };
}

export function planTable(plan: MixPlan, l: Labels): Table {
  const unit = plan.constraint?.unit;
  const summary: TableRow[] = [
    ...(plan.operatingExpense === undefined
      ? []
      : [
          {
            cells: [
              cell.text(l.operatingExpense),
              cell.empty(),
              cell.empty(),
              cell.empty(),
              cell.money(plan.operatingExpense),
            ],
          },
        ]),
    ...(plan.netProfit === undefined
      ? []
      : [
          {
            total: true,
            cells: [cell.text(l.netProfit), cell.empty(), cell.empty(), cell.empty(), cell.money(plan.netProfit)],
          },
        ]),
  ];
  const methodName = planTitle(plan.method, l);
  return {
    title: `${methodName}${plan.constraint === undefined ? "" : ` — ${plan.constraint.name}`}`,
    columns: [
      { label: l.product },
      { label: l.demand, numeric: true },
      { label: l.planned, numeric: true },
      { label: l.throughputPerUnit, numeric: true },
      { label: l.throughput, numeric: true },
      { label: `${l.load}${unitOf(unit, l)}`, numeric: true },
      { label: l.cumulativeLoad, numeric: true },
    ],
    rows: [
      ...plan.lines.map((line) => ({
        cells: [
          cell.text(line.name),
          cell.number(line.demand),
          cell.number(line.quantity),
          cell.money(line.throughputPerUnit),
          cell.money(line.throughput),
          cell.number(line.constraintTime),
          cell.percent(line.cumulativeConstraintLoad),
        ],
      })),
      {
        total: true,
        cells: [cell.text(l.total), cell.empty(), cell.empty(), cell.empty(), cell.money(plan.throughput)],
      },
      ...summary,
    ],
    ...(plan.feasible ? {} : { notes: plan.violations.map((violation) => violationText(violation, plan, l)) }),
  };
}

/** "Utilisation: Stylists' chair time" for one resource, "Utilisation of the resources" for several. */
export function loadsTitle(loads: readonly ResourceLoad[], l: Labels): string {
  return loads.length === 1 ? `${l.utilisation}: ${loads[0]!.name}` : l.utilisationOfResources;
}

function violationText(violation: MixPlan["violations"][number], plan: MixPlan, l: Labels): string {
  const name = (id: string) =>
    plan.lines.find((line) => line.productId === id)?.name ??
    plan.resources.find((load) => load.resourceId === id)?.name ??
    id;
  switch (violation.kind) {
    case "capacity":
      return `${l.overloaded}: ${name(violation.resourceId)} — ${l.used} ${violation.used} / ${l.capacity} ${violation.capacity}`;
    case "above-demand":
      return `${name(violation.productId)}: ${l.planned} ${violation.quantity} > ${l.demand} ${violation.limit}`;
    case "below-minimum":
      return `${name(violation.productId)}: ${l.planned} ${violation.quantity} < ${violation.minimum}`;
    case "not-whole":
      return `${name(violation.productId)}: ${l.planned} ${violation.quantity}`;
  }
}

export function loadsTable(loads: readonly ResourceLoad[], l: Labels, title = loadsTitle(loads, l)): Table {
  return {
    title,
    columns: [
      { label: l.resource },
      { label: l.capacity, numeric: true },
      { label: l.used, numeric: true },
      { label: l.spare, numeric: true },
      { label: l.utilisation, numeric: true },
      { label: l.overloaded },
    ],
    rows: loads.map((load) => ({
      cells: [
        cell.text(`${load.name}${unitOf(load.unit, l)}`),
        cell.number(load.capacity),
        cell.number(load.used),
        cell.number(load.spare),
        cell.percent(load.utilisation),
        cell.text(load.overloaded ? l.yes : ""),
      ],
    })),
  };
}

export function politicalTable(comparison: PoliticalComparison, l: Labels): Table {
  const best = new Map(comparison.best.lines.map((line) => [line.productId, line]));
  return {
    title: `${l.politicalMix} / ${l.bestMix}`,
    columns: [
      { label: l.product },
      { label: l.bestMix, numeric: true },
      { label: l.politicalMix, numeric: true },
      { label: l.difference, numeric: true },
      { label: l.deltaThroughput, numeric: true },
    ],
    rows: [
      ...comparison.political.lines.map((line) => {
        const bestQuantity = best.get(line.productId)?.quantity ?? 0;
        const change = comparison.changes.find((c) => c.productId === line.productId);
        return {
          cells: [
            cell.text(line.name),
            cell.number(bestQuantity),
            cell.number(line.quantity),
            change === undefined ? cell.empty() : { kind: "number" as const, value: change.change, signed: true },
            change === undefined ? cell.empty() : cell.money(change.throughputChange, true),
          ],
        };
      }),
      {
        cells: [
          cell.text(l.throughput),
          cell.money(comparison.best.throughput),
          cell.money(comparison.political.throughput),
          cell.empty(),
          cell.empty(),
        ],
      },
      ...(comparison.best.netProfit !== undefined && comparison.political.netProfit !== undefined
        ? [
            {
              cells: [
                cell.text(l.netProfit),
                cell.money(comparison.best.netProfit),
                cell.money(comparison.political.netProfit),
                cell.empty(),
                cell.empty(),
              ],
            },
          ]
        : []),
      {
        total: true,
        cells: [
          cell.text(l.netProfitLost),
          cell.empty(),
          cell.empty(),
          cell.empty(),
          cell.money(comparison.netProfitLost ?? comparison.throughputLost),
        ],
      },
    ],
  };
}

export function optimalTable(result: OptimalMix, l: Labels): Table {
  const optimal = new Map(result.plan.lines.map((line) => [line.productId, line]));
  return {
    title: `${l.rankingPlan} / ${l.optimalPlan}`,
    columns: [{ label: l.product }, { label: l.rankingPlan, numeric: true }, { label: l.optimalPlan, numeric: true }],
    rows: [
      ...result.rankingPlan.lines.map((line) => ({
        cells: [
          cell.text(line.name),
          cell.number(line.quantity),
          cell.number(optimal.get(line.productId)?.quantity ?? 0),
        ],
      })),
      {
        total: true,
        cells: [cell.text(l.throughput), cell.money(result.rankingPlan.throughput), cell.money(result.plan.throughput)],
      },
      ...(result.rankingPlan.netProfit !== undefined && result.plan.netProfit !== undefined
        ? [
            {
              total: true,
              cells: [
                cell.text(l.netProfit),
                cell.money(result.rankingPlan.netProfit),
                cell.money(result.plan.netProfit),
              ],
            },
          ]
        : []),
      {
        cells: [
          cell.text(`${l.difference} (${l.throughput})`),
          cell.empty(),
          cell.money(result.versusRanking.throughput, true),
        ],
      },
    ],
  };
}

/** What limits the business, as the resources' loads under the constraint's name. */
export function findingTable(finding: ConstraintFinding, l: Labels): Table {
  return loadsTable(
    finding.loads,
    l,
    finding.kind === "resource-constraint"
      ? `${l.constraint}: ${finding.constraint.name}`
      : loadsTitle(finding.loads, l),
  );
}

/** No plan meets the minimums: the ranking plan, with the solver's message. */
export function infeasibleTable(result: InfeasibleMix, l: Labels): Table {
  return { ...planTable(result.rankingPlan, l), notes: [result.message] };
}

// The plan's name by its method: a reader sees "Cost-accounting plan (by margin per unit)", never "margin".
function planTitle(method: string, l: Labels): string {
  switch (method) {
    case "optimal":
      return l.optimalPlan;
    case "ranking":
      return l.rankingPlan;
    case "margin":
      return l.marginPlan;
    case "absorption":
      return l.absorptionPlan;
    default:
      return method;
  }
}
