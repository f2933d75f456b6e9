import {
  add,
  money,
  multiply,
  type BreakEvenUnits,
  type DecisionProjection,
  type Money,
  type RevenuePlan,
  type ThroughputReport,
} from "../core";
import { formatNumber, formatPercent } from "../i18n";
import {
  COLORS,
  baseLayout,
  chartContext,
  plotlyText,
  type ChartOptions,
  type Figure,
  type PlotlyTrace,
} from "./figure";

const HOVER_END = "<extra></extra>";

/**
 * One period's T, OE and NP as a waterfall: revenue, minus TVC, is T; T minus OE is NP. The NP bar
 * ends below zero in a losing month.
 *
 * @example
 * showChart(throughputWaterfallFigure(throughputReport(salon, { period: "month-3" })));
 */
export function throughputWaterfallFigure(report: ThroughputReport, options: ChartOptions = {}): Figure {
  const c = chartContext(options);
  const netProfitColor = report.netProfit.amount.isNegative() ? COLORS.negative : COLORS.netProfit;
  // Drawn as floating bars (a base and a height each) rather than Plotly's waterfall trace, which has one
  // colour for all totals: T and NP must keep their own colours, and NP turns red below zero.
  const steps: { label: string; base: Money; height: Money; shown: Money; color: string }[] = [
    {
      label: c.l.revenue,
      base: zeroLike(report.revenue),
      height: report.revenue,
      shown: report.revenue,
      color: COLORS.revenue,
    },
    {
      label: c.l.totallyVariableCost,
      base: report.throughput,
      height: report.totallyVariableCost,
      shown: multiply(report.totallyVariableCost, -1),
      color: COLORS.totallyVariableCost,
    },
    {
      label: c.l.throughput,
      base: zeroLike(report.throughput),
      height: report.throughput,
      shown: report.throughput,
      color: COLORS.throughput,
    },
    {
      label: c.l.operatingExpense,
      base: report.netProfit,
      height: report.operatingExpense,
      shown: multiply(report.operatingExpense, -1),
      color: COLORS.operatingExpense,
    },
    {
      label: c.l.netProfit,
      base: zeroLike(report.netProfit),
      height: report.netProfit,
      shown: report.netProfit,
      color: netProfitColor,
    },
  ];
  const period = report.period === "all" ? c.l.allPeriods : report.period;
  return {
    data: [
      {
        type: "bar",
        x: steps.map((step) => plotlyText(step.label)),
        base: steps.map((step) => c.number(step.base)),
        y: steps.map((step) => c.number(step.height)),
        marker: { color: steps.map((step) => step.color) },
        text: steps.map((step) => c.amount(step.shown)),
        textposition: "outside",
        cliponaxis: false,
        customdata: steps.map((step) => c.amount(step.shown)),
        hovertemplate: `%{x}: %{customdata}${HOVER_END}`,
        showlegend: false,
      },
    ],
    layout: baseLayout(`${report.model} — ${period}: T − OE = NP`, options, {
      margin: { l: 70, r: 30, t: 60, b: 60 },
      xaxis: { type: "category" },
      yaxis: { title: { text: c.moneyAxis(c.l.amount, report.throughput.currency) }, zeroline: true, zerolinewidth: 2 },
    }),
  };
}

function zeroLike(value: Money): Money {
  return money(0, value.currency);
}

/**
 * T, OE and NP of every period side by side (the salon's months: NP 0, 10, −50). A losing month's NP
 * bar goes below zero and is red; its label carries the minus sign.
 *
 * @example
 * showChart(throughputByPeriodFigure(reportByPeriod(salon)), { locale: "ru" });
 */
export function throughputByPeriodFigure(reports: readonly ThroughputReport[], options: ChartOptions = {}): Figure {
  const c = chartContext(options);
  const periods = reports.map((report) => plotlyText(report.period === "all" ? c.l.allPeriods : report.period));
  const bar = (
    name: string,
    key: "throughput" | "operatingExpense" | "netProfit",
    color: string | string[],
  ): PlotlyTrace => ({
    type: "bar",
    name: plotlyText(name),
    x: periods,
    y: reports.map((report) => c.number(report[key])),
    marker: { color },
    text: reports.map((report) => c.amount(report[key])),
    textposition: "outside",
    customdata: reports.map((report) => c.amount(report[key])),
    hovertemplate: `%{x}<br>${plotlyText(name)}: %{customdata}${HOVER_END}`,
  });
  const currency = reports[0]?.throughput.currency ?? "RUB";
  return {
    data: [
      bar(c.l.throughput, "throughput", COLORS.throughput),
      bar(c.l.operatingExpense, "operatingExpense", COLORS.operatingExpense),
      bar(
        c.l.netProfit,
        "netProfit",
        reports.map((report) => (report.netProfit.amount.isNegative() ? COLORS.negative : COLORS.netProfit)),
      ),
    ],
    layout: baseLayout(`${reports[0]?.model ?? ""}: T, OE, NP`, options, {
      barmode: "group",
      xaxis: { title: { text: plotlyText(c.l.period) }, type: "category" },
      yaxis: { title: { text: c.moneyAxis(c.l.amount, currency) }, zeroline: true, zerolinewidth: 2 },
    }),
  };
}

/** Options of {@link breakEvenFigure}. */
export interface BreakEvenChartOptions extends ChartOptions {
  /** The product's name for the title (the result carries only its id). */
  readonly productName?: string;
  /** The last number of units on the axis; default twice the break-even, at least 10. */
  readonly maxUnits?: number;
}

/**
 * Break-even: T grows with every unit sold (units × T per unit) and crosses the OE line (plus any
 * target profit) at the break-even point, marked with the units needed.
 *
 * @example
 * showChart(breakEvenFigure(breakEvenUnits(haircut, money(50)), { productName: "Haircut" })); // crosses at 10
 */
export function breakEvenFigure(breakEven: BreakEvenUnits, options: BreakEvenChartOptions = {}): Figure {
  const c = chartContext(options);
  const breakEvenAt = breakEven.reachable ? breakEven.units : undefined;
  const maxUnits = Math.max(1, Math.ceil(options.maxUnits ?? Math.max(10, (breakEvenAt ?? 5) * 2)));
  // Whole units when they fit on the axis; otherwise 100 even steps, enough for a straight line.
  const step = maxUnits <= 200 ? 1 : maxUnits / 100;
  const units: number[] = [];
  for (let u = 0; u <= maxUnits + 1e-9; u += step) units.push(Math.round(u * 1e6) / 1e6);
  const throughputAt = units.map((u) => multiply(breakEven.throughputPerUnit, u));
  const name = options.productName ?? breakEven.productId;
  const data: PlotlyTrace[] = [
    {
      type: "scatter",
      mode: "lines",
      name: plotlyText(c.l.throughput),
      x: units,
      y: throughputAt.map((t) => c.number(t)),
      line: { color: COLORS.throughput, width: 3 },
      customdata: throughputAt.map((t) => c.amount(t)),
      hovertemplate: `%{x} → ${plotlyText(c.l.throughput)}: %{customdata}${HOVER_END}`,
    },
    {
      type: "scatter",
      mode: "lines",
      name: plotlyText(c.l.operatingExpense),
      x: [0, maxUnits],
      y: [c.number(breakEven.throughputNeeded), c.number(breakEven.throughputNeeded)],
      line: { color: COLORS.operatingExpense, width: 3, dash: "dash" },
      customdata: [c.amount(breakEven.throughputNeeded), c.amount(breakEven.throughputNeeded)],
      hovertemplate: `${plotlyText(c.l.operatingExpense)}: %{customdata}${HOVER_END}`,
    },
  ];
  const annotations: unknown[] = [];
  if (breakEvenAt !== undefined) {
    const at = multiply(breakEven.throughputPerUnit, breakEvenAt);
    data.push({
      type: "scatter",
      mode: "markers",
      name: plotlyText(c.l.breakEven),
      x: [breakEvenAt],
      y: [c.number(at)],
      marker: { color: COLORS.netProfit, size: 12, symbol: "diamond" },
      customdata: [c.amount(at)],
      hovertemplate: `${plotlyText(c.l.breakEven)}: %{x} → %{customdata}${HOVER_END}`,
    });
    annotations.push({
      x: breakEvenAt,
      y: c.number(at),
      text: plotlyText(`${c.l.breakEven}: ${formatNumber(breakEvenAt, { locale: c.locale })}`),
      showarrow: true,
      arrowhead: 2,
      ax: 40,
      ay: -40,
    });
  } else {
    annotations.push({
      xref: "paper",
      yref: "paper",
      x: 0.5,
      y: 0.9,
      showarrow: false,
      text: plotlyText(`${c.l.breakEven}: ${c.l.unreachable}`),
    });
  }
  return {
    data,
    layout: baseLayout(`${c.l.breakEven}: ${name}`, options, {
      xaxis: { title: { text: plotlyText(c.l.unitsSold) }, rangemode: "tozero" },
      yaxis: { title: { text: c.moneyAxis(c.l.amount, breakEven.throughputNeeded.currency) }, rangemode: "tozero" },
      annotations,
    }),
  };
}

/**
 * A decision month by month: ΔT and ΔOE as bars, the cumulative ΔNP as a line that dips while the
 * cost runs ahead of the payoff, and the month it pays back (the administrator: month 5).
 *
 * @example
 * const administrator = projectDecision({ name: "hire an administrator", horizonMonths: 12, effects: [
 *   { kind: "operating-expense", label: "her salary", amount: money(10) },
 *   { kind: "throughput", label: "the owner's new service", amount: money(30), fromMonth: 4 },
 * ] });
 * showChart(decisionFigure(administrator));
 * figureText(decisionFigure(administrator)); // "[chart] hire an administrator — ΔT, ΔOE, Cumulative ΔNP"
 */
export function decisionFigure(projection: DecisionProjection, options: ChartOptions = {}): Figure {
  const c = chartContext(options);
  const months = projection.months.map((m) => m.month);
  const currency = projection.cumulativeDeltaNetProfit.currency;
  const bar = (name: string, values: readonly Money[], color: string): PlotlyTrace => ({
    type: "bar",
    name: plotlyText(name),
    x: months,
    y: values.map((v) => c.number(v)),
    marker: { color },
    customdata: values.map((v) => c.amount(v, true)),
    hovertemplate: `${plotlyText(c.l.month)} %{x}<br>${plotlyText(name)}: %{customdata}${HOVER_END}`,
  });
  const data: PlotlyTrace[] = [
    bar(
      c.l.deltaThroughput,
      projection.months.map((m) => m.deltaThroughput),
      COLORS.throughput,
    ),
    bar(
      c.l.deltaOperatingExpense,
      projection.months.map((m) => m.deltaOperatingExpense),
      COLORS.operatingExpense,
    ),
  ];
  if (!projection.totalDeltaInvestment.amount.isZero())
    data.push(
      bar(
        c.l.deltaInvestment,
        projection.months.map((m) => m.deltaInvestment),
        COLORS.second,
      ),
    );
  data.push({
    type: "scatter",
    mode: "lines+markers",
    name: plotlyText(c.l.cumulativeDeltaNetProfit),
    x: months,
    y: projection.months.map((m) => c.number(m.cumulativeDeltaNetProfit)),
    line: { color: COLORS.netProfit, width: 3 },
    marker: {
      color: projection.months.map((m) =>
        m.cumulativeDeltaNetProfit.amount.isNegative() ? COLORS.negative : COLORS.netProfit,
      ),
      size: 8,
    },
    customdata: projection.months.map((m) => c.amount(m.cumulativeDeltaNetProfit, true)),
    hovertemplate: `${plotlyText(c.l.month)} %{x}<br>${plotlyText(c.l.cumulativeDeltaNetProfit)}: %{customdata}${HOVER_END}`,
  });
  const shapes: unknown[] = [];
  const annotations: unknown[] = [];
  if (projection.paybackMonth !== null) {
    shapes.push({
      type: "line",
      xref: "x",
      x0: projection.paybackMonth,
      x1: projection.paybackMonth,
      yref: "paper",
      y0: 0,
      y1: 1,
      line: { color: COLORS.netProfit, dash: "dot", width: 2 },
    });
    annotations.push({
      xref: "x",
      x: projection.paybackMonth,
      yref: "paper",
      y: 1,
      yanchor: "bottom",
      showarrow: false,
      text: plotlyText(`${c.l.paybackMonth}: ${projection.paybackMonth}`),
    });
  }
  return {
    data,
    layout: baseLayout(projection.name, options, {
      barmode: "group",
      xaxis: { title: { text: plotlyText(c.l.month) }, dtick: 1 },
      yaxis: { title: { text: c.moneyAxis(c.l.amount, currency) }, zeroline: true, zerolinewidth: 2 },
      shapes,
      annotations,
    }),
  };
}

/**
 * The sales plan by category: the revenue each category must bring for its share of the T plan, beside
 * that T. A 1 % category needs a hundred times its T in revenue.
 *
 * @example
 * const categories = [
 *   { name: "services", throughputRatio: "0.5", share: "0.5" },
 *   { name: "goods", throughputRatio: "0.1", share: "0.5" },
 * ];
 * showChart(salesPlanFigure(revenuePlan(money(120), categories)));
 */
export function salesPlanFigure(plan: RevenuePlan, options: ChartOptions = {}): Figure {
  const c = chartContext(options);
  const names = plan.categories.map((category) => plotlyText(category.name));
  const ratios = plan.categories.map((category) =>
    plotlyText(formatPercent(category.throughputRatio, { locale: c.locale })),
  );
  const bar = (name: string, values: readonly Money[], color: string): PlotlyTrace => ({
    type: "bar",
    name: plotlyText(name),
    x: names,
    y: values.map((v) => c.number(v)),
    marker: { color },
    text: values.map((v) => c.amount(v)),
    textposition: "outside",
    customdata: values.map((v, i) => [c.amount(v), ratios[i]]),
    hovertemplate: `%{x}<br>${plotlyText(name)}: %{customdata[0]}<br>${plotlyText(c.l.throughputRatio)}: %{customdata[1]}${HOVER_END}`,
  });
  const total = plan.categories.reduce<Money>(
    (sum, category) => add(sum, category.revenue),
    money(0, plan.revenue.currency),
  );
  return {
    data: [
      bar(
        c.l.revenue,
        plan.categories.map((category) => category.revenue),
        COLORS.revenue,
      ),
      bar(
        c.l.throughput,
        plan.categories.map((category) => category.throughput),
        COLORS.throughput,
      ),
    ],
    layout: baseLayout(
      `${c.l.salesPlan}: ${c.l.throughput} ${c.amount(plan.throughput)} → ${c.l.revenue} ${c.amount(total)}`,
      options,
      {
        barmode: "group",
        xaxis: { title: { text: plotlyText(c.l.category) }, type: "category" },
        yaxis: { title: { text: c.moneyAxis(c.l.amount, plan.revenue.currency) } },
      },
    ),
  };
}
