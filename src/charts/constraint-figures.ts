import type { Money, MixPlan, OptimalMix, PoliticalComparison, Ranking, ResourceLoad, TimeUnit } from "../core";
import { formatNumber, formatPercent, type Labels } from "../i18n";
import { currencySymbol } from "../i18n/format";
import {
  COLORS,
  baseLayout,
  chartContext,
  horizontalLine,
  plotlyText,
  type ChartContext,
  type ChartOptions,
  type Figure,
  type PlotlyTrace,
} from "./figure";

const HOVER_END = "<extra></extra>";

function unitLabel(unit: TimeUnit, l: Labels): string {
  return unit === "hour" ? l.hours : l.minutes;
}

/** Category labels that stay unique and in order even when two products share a name. */
function rankedNames(names: readonly string[]): string[] {
  return names.map((name, index) => plotlyText(`${index + 1}. ${name}`));
}

/**
 * The first report as a picture: T per unit beside T per unit of CCR time, products in ranking order.
 * The product with the largest T per unit (Gold Star, 209) is not first on the right: it takes three
 * times the CCR time, so each hour of the stylists earns less on it than on Classic. Products that take
 * no CCR time come first, drawn hatched and marked ∞.
 *
 * @example
 * showChart(rankingFigure(rankProducts(salon)));
 */
export function rankingFigure(ranking: Ranking, options: ChartOptions = {}): Figure {
  const c = chartContext(options);
  const rows = ranking.rows;
  const names = rankedNames(rows.map((row) => row.name));
  const finite = rows.flatMap((row) =>
    row.throughputPerConstraintTime === undefined ? [] : [c.number(row.throughputPerConstraintTime)],
  );
  const unbounded = finite.length === 0 ? 1 : Math.max(...finite, 0) * 1.1 || 1;
  const unit =
    ranking.resource === undefined
      ? ""
      : `${formatNumber(ranking.per.amount, { locale: c.locale })} ${unitLabel(ranking.per.unit, c.l)}`;
  const resourceName = ranking.resource?.name ?? "—";
  const currency = rows[0]?.throughputPerUnit.currency ?? "RUB";
  const timeText = rows.map((row) =>
    plotlyText(
      `${formatNumber(row.constraintTimePerUnit, { locale: c.locale })} ${ranking.resource === undefined ? "" : unitLabel(ranking.resource.unit, c.l)}`,
    ),
  );
  const perUnit: PlotlyTrace = {
    type: "bar",
    orientation: "h",
    name: plotlyText(c.l.throughputPerUnit),
    y: names,
    x: rows.map((row) => c.number(row.throughputPerUnit)),
    xaxis: "x",
    yaxis: "y",
    marker: { color: COLORS.throughput },
    text: rows.map((row) => c.amount(row.throughputPerUnit)),
    textposition: "outside",
    textangle: 0,
    cliponaxis: false,
    customdata: rows.map((row, i) => [c.amount(row.throughputPerUnit), timeText[i]]),
    hovertemplate: `%{y}<br>${plotlyText(c.l.throughputPerUnit)}: %{customdata[0]}<br>${plotlyText(c.l.constraintTimePerUnit)}: %{customdata[1]}${HOVER_END}`,
  };
  // Products that take no constraint time get a trace of their own, hatched and labelled ∞, so the
  // legend's swatch of the solid bars is solid (a legend shows one swatch per trace).
  const perConstraintTrace = (unboundedRows: boolean): PlotlyTrace => {
    const picked = rows.map((row) => (row.throughputPerConstraintTime === undefined) === unboundedRows);
    const pick = <T>(values: readonly T[]) => values.filter((_, i) => picked[i]);
    return {
      type: "bar",
      orientation: "h",
      name: plotlyText(
        unboundedRows ? `${c.l.throughputPerConstraintUnit}: ${c.l.noConstraintTime}` : c.l.throughputPerConstraintUnit,
      ),
      y: pick(names),
      x: pick(
        rows.map((row) =>
          row.throughputPerConstraintTime === undefined ? unbounded : c.number(row.throughputPerConstraintTime),
        ),
      ),
      xaxis: "x2",
      yaxis: "y",
      marker: unboundedRows
        ? {
            color: "rgba(21,101,192,0.25)",
            line: { color: COLORS.netProfit, width: 1 },
            pattern: { shape: "/", fgcolor: COLORS.netProfit },
          }
        : { color: COLORS.netProfit },
      text: pick(
        rows.map((row) =>
          row.throughputPerConstraintTime === undefined ? "∞" : c.amount(row.throughputPerConstraintTime),
        ),
      ),
      // Outside the bar, level, at full size: a short bar (Haircut's ₽1.00) would otherwise shrink or turn its label.
      textposition: "outside",
      textangle: 0,
      cliponaxis: false,
      outsidetextfont: { color: "#000000", size: unboundedRows ? 18 : 13 },
      customdata: pick(
        rows.map((row, i) => [
          row.throughputPerConstraintTime === undefined ? "∞" : c.amount(row.throughputPerConstraintTime),
          timeText[i],
        ]),
      ),
      hovertemplate:
        `%{y}<br>${plotlyText(c.l.throughputPerConstraintUnit)}: ` +
        `%{customdata[0]}<br>${plotlyText(c.l.constraintTimePerUnit)}: %{customdata[1]}${HOVER_END}`,
    };
  };
  const perConstraint = [
    perConstraintTrace(false),
    ...(rows.some((row) => row.throughputPerConstraintTime === undefined) ? [perConstraintTrace(true)] : []),
  ];
  const perUnitTop = Math.max(0, ...rows.map((row) => c.number(row.throughputPerUnit)));
  // Why Gold Star loses: point at the product with the largest T per unit when the ranking puts it lower.
  const annotations: unknown[] = [];
  let largest = 0;
  rows.forEach((row, index) => {
    if (row.throughputPerUnit.amount.greaterThan(rows[largest]!.throughputPerUnit.amount)) largest = index;
  });
  if (ranking.resource !== undefined && largest > 0)
    annotations.push({
      // Above the plot rather than at the bar: an annotation inside the axes would stretch them.
      xref: "paper",
      yref: "paper",
      x: 0,
      y: 1,
      xanchor: "left",
      yanchor: "bottom",
      showarrow: false,
      font: { color: COLORS.negative },
      text: plotlyText(
        `${rows[largest]!.name}: ${c.l.largestThroughputPerUnit.replace("{rank}", String(rows[largest]!.rank))}`,
      ),
    });
  return {
    data: [perUnit, ...perConstraint],
    layout: baseLayout(`${c.l.rankingTitle} — ${resourceName}`, options, {
      annotations,
      // The two subplots have one trace each per category: overlay keeps the bars full height.
      barmode: "overlay",
      height: options.height ?? Math.max(320, 120 + rows.length * 36),
      margin: { l: 160, r: 30, t: 80, b: 110 },
      // Room to the right of the longest bar for its label.
      xaxis: {
        domain: [0, 0.44],
        title: { text: c.moneyAxis(c.l.throughputPerUnit, currency) },
        range: [0, (perUnitTop || 1) * 1.3],
      },
      xaxis2: {
        domain: [0.56, 1],
        anchor: "y",
        title: {
          text: plotlyText(`${c.l.throughputPerConstraintUnit}, ${currencySymbol(currency, c.locale)} / ${unit}`),
        },
        range: [0, unbounded * 1.25],
      },
      yaxis: { type: "category", autorange: "reversed", automargin: true },
    }),
  };
}

/**
 * The second report ("battle map"): each line's share of the CCR in ranking order, the cumulative load
 * climbing line by line (16 %, 33 %, ... 92 % in the talk), and the capacity line at 100 %. Lines
 * below the point where the CCR runs out are not sold; their hover says how much demand is left.
 *
 * @example
 * showChart(mixPlanLoadFigure(rankingMix(salon)));
 */
export function mixPlanLoadFigure(plan: MixPlan, options: ChartOptions = {}): Figure {
  const c = chartContext(options);
  const constraint = plan.constraint;
  const load =
    constraint === undefined
      ? undefined
      : plan.resources.find((resource) => resource.resourceId === constraint.resourceId);
  const capacity = load?.capacity ?? 0;
  const names = rankedNames(plan.lines.map((line) => line.name));
  const unit = constraint === undefined ? "" : unitLabel(constraint.unit, c.l);
  const shares = plan.lines.map((line) => (capacity > 0 ? line.constraintTime / capacity : 0));
  const hover = plan.lines.map((line, i) => [
    plotlyText(
      `${formatNumber(line.quantity, { locale: c.locale })}${line.demand === undefined ? "" : ` / ${formatNumber(line.demand, { locale: c.locale })}`}`,
    ),
    plotlyText(`${formatNumber(line.constraintTime, { locale: c.locale })} ${unit}`),
    plotlyText(formatPercent(shares[i]!, { locale: c.locale })),
    plotlyText(
      line.cumulativeConstraintLoad === undefined
        ? "—"
        : formatPercent(line.cumulativeConstraintLoad, { locale: c.locale }),
    ),
    c.amount(line.throughput),
  ]);
  const hovertemplate =
    `%{x}<br>${plotlyText(c.l.planned)} / ${plotlyText(c.l.demand)}: %{customdata[0]}` +
    `<br>${plotlyText(c.l.load)}: %{customdata[1]} (%{customdata[2]})` +
    `<br>${plotlyText(c.l.cumulativeLoad)}: %{customdata[3]}` +
    `<br>${plotlyText(c.l.throughput)}: %{customdata[4]}${HOVER_END}`;
  const data: PlotlyTrace[] = [
    {
      type: "bar",
      name: plotlyText(`${c.l.load}: ${constraint?.name ?? "—"}`),
      x: names,
      y: shares,
      marker: { color: COLORS.throughput },
      customdata: hover,
      hovertemplate,
    },
    {
      type: "scatter",
      mode: "lines+markers+text",
      name: plotlyText(c.l.cumulativeLoad),
      x: names,
      y: plan.lines.map((line) => line.cumulativeConstraintLoad ?? null),
      line: { color: COLORS.netProfit, width: 3, shape: "linear" },
      marker: { size: 8 },
      text: plan.lines.map((line) =>
        line.cumulativeConstraintLoad === undefined
          ? ""
          : plotlyText(formatPercent(line.cumulativeConstraintLoad, { locale: c.locale, digits: 0 })),
      ),
      textposition: "top center",
      customdata: hover,
      hovertemplate,
    },
    {
      type: "scatter",
      mode: "lines",
      name: plotlyText(
        `${c.l.capacity}: ${constraint?.name ?? "—"} (${formatNumber(capacity, { locale: c.locale })} ${unit})`,
      ),
      x: [names[0] ?? "", names[names.length - 1] ?? ""],
      y: [1, 1],
      line: { color: COLORS.capacity, width: 2, dash: "dash" },
      hoverinfo: "skip",
    },
  ];
  const title =
    `${c.l.cumulativeLoad}: ${constraint?.name ?? "—"} — ${c.l.throughput} ` +
    `${plainAmount(c, plan.throughput)}${plan.netProfit === undefined ? "" : `, ${c.l.netProfit} ${plainAmount(c, plan.netProfit)}`}`;
  const top = Math.max(1.1, ...plan.lines.map((line) => (line.cumulativeConstraintLoad ?? 0) + 0.08));
  return {
    data,
    layout: baseLayout(title, options, {
      xaxis: { type: "category", title: { text: plotlyText(c.l.product) }, automargin: true },
      yaxis: { title: { text: plotlyText(c.l.load) }, tickformat: ".0%", range: [0, top] },
      shapes: [horizontalLine(1, COLORS.capacity)],
    }),
  };
}

/** An amount for a title, which baseLayout escapes itself (so not escaped twice). */
function plainAmount(c: ChartContext, value: Money): string {
  return c
    .amount(value)
    .replace(/&lt;|&gt;|&amp;/g, (entity) => (entity === "&lt;" ? "<" : entity === "&gt;" ? ">" : "&"));
}

/**
 * Utilisation of every resource: used time over capacity, with the 100 % line. An overloaded resource
 * (a constraint) is red and its bar carries its percentage, so it reads without colour too.
 *
 * @example
 * showChart(utilisationFigure(resourceLoads(salon)));          // at full demand
 * showChart(utilisationFigure(rankingMix(salon).resources));   // under the plan
 */
export function utilisationFigure(loads: readonly ResourceLoad[] | MixPlan, options: ChartOptions = {}): Figure {
  const c = chartContext(options);
  const rows = Array.isArray(loads) ? (loads as readonly ResourceLoad[]) : (loads as MixPlan).resources;
  const finite = rows.map((row) => (Number.isFinite(row.utilisation) ? row.utilisation : 0));
  const longest = Math.max(1.1, ...finite.map((u) => u + 0.15));
  const shown = rows.map((row) => (Number.isFinite(row.utilisation) ? row.utilisation : longest));
  const names = rows.map((row) => plotlyText(row.name));
  return {
    data: [
      {
        type: "bar",
        orientation: "h",
        name: plotlyText(c.l.utilisation),
        y: names,
        x: shown,
        marker: { color: rows.map((row) => (row.overloaded ? COLORS.negative : COLORS.throughput)) },
        text: rows.map((row) =>
          plotlyText(
            `${formatPercent(row.utilisation, { locale: c.locale, digits: 0 })}${row.overloaded ? ` — ${c.l.overloaded}` : ""}`,
          ),
        ),
        textposition: "auto",
        customdata: rows.map((row) => [
          plotlyText(
            `${formatNumber(row.used, { locale: c.locale })} / ${formatNumber(row.capacity, { locale: c.locale })} ${unitLabel(row.unit, c.l)}`,
          ),
          plotlyText(formatPercent(row.utilisation, { locale: c.locale })),
          plotlyText(`${formatNumber(row.spare, { locale: c.locale })} ${unitLabel(row.unit, c.l)}`),
        ]),
        hovertemplate:
          `%{y}<br>${plotlyText(c.l.used)} / ${plotlyText(c.l.capacity)}: %{customdata[0]}<br>${plotlyText(c.l.utilisation)}: ` +
          `%{customdata[1]}<br>${plotlyText(c.l.spare)}: %{customdata[2]}${HOVER_END}`,
        showlegend: false,
      },
    ],
    layout: baseLayout(
      rows.length === 1 ? `${c.l.utilisation}: ${rows[0]!.name}` : c.l.utilisationOfResources,
      options,
      {
        height: options.height ?? Math.max(300, 140 + rows.length * 40),
        margin: { l: 160, r: 30, t: 60, b: 60 },
        xaxis: { title: { text: plotlyText(c.l.utilisation) }, tickformat: ".0%", range: [0, longest] },
        yaxis: { type: "category", autorange: "reversed", automargin: true },
        shapes: [
          {
            type: "line",
            xref: "x",
            x0: 1,
            x1: 1,
            yref: "paper",
            y0: 0,
            y1: 1,
            line: { color: COLORS.capacity, width: 2, dash: "dash" },
          },
        ],
        annotations: [
          {
            xref: "x",
            x: 1,
            yref: "paper",
            y: 1,
            yanchor: "bottom",
            showarrow: false,
            text: plotlyText(`${c.l.capacity} 100%`),
          },
        ],
      },
    ),
  };
}

interface PlanPair {
  readonly first: MixPlan;
  readonly second: MixPlan;
  readonly firstName: string;
  readonly secondName: string;
  readonly title: string;
  /** What the difference is called ("NP lost") and its amount. */
  readonly differenceLabel: string;
  readonly difference: Money | undefined;
  /** Whether a positive difference is bad (NP lost: red) or good (the optimal plan's gain: blue). */
  readonly positiveIsLoss: boolean;
}

/** Two plans side by side: units per product (left) and their T and NP (right), with the difference. */
function planPairFigure(pair: PlanPair, options: ChartOptions): Figure {
  const c = chartContext(options);
  const order = pair.first.lines.map((line) => line.productId);
  for (const line of pair.second.lines) if (!order.includes(line.productId)) order.push(line.productId);
  const lineOf = (plan: MixPlan, id: string) => plan.lines.find((line) => line.productId === id);
  const names = rankedNames(order.map((id) => (lineOf(pair.first, id) ?? lineOf(pair.second, id))!.name));
  const quantities = (plan: MixPlan, name: string, color: string): PlotlyTrace => ({
    type: "bar",
    name: plotlyText(name),
    legendgroup: plotlyText(name),
    x: names,
    y: order.map((id) => lineOf(plan, id)?.quantity ?? 0),
    xaxis: "x",
    yaxis: "y",
    marker: { color },
    customdata: order.map((id) => {
      const line = lineOf(plan, id);
      return [
        plotlyText(formatNumber(line?.quantity ?? 0, { locale: c.locale })),
        line === undefined ? "—" : c.amount(line.throughput),
      ];
    }),
    hovertemplate: `%{x}<br>${plotlyText(name)}: %{customdata[0]}<br>${plotlyText(c.l.throughput)}: %{customdata[1]}${HOVER_END}`,
  });
  const useNetProfit = pair.first.netProfit !== undefined && pair.second.netProfit !== undefined;
  const totalsLabel = useNetProfit ? c.l.netProfit : c.l.throughput;
  const total = (plan: MixPlan) => (useNetProfit ? plan.netProfit! : plan.throughput);
  const totals = (plan: MixPlan, name: string, color: string): PlotlyTrace => ({
    type: "bar",
    name: plotlyText(name),
    legendgroup: plotlyText(name),
    showlegend: false,
    x: [plotlyText(c.l.throughput), plotlyText(totalsLabel)].slice(useNetProfit ? 0 : 1),
    y: (useNetProfit ? [plan.throughput, total(plan)] : [plan.throughput]).map((m) => c.number(m)),
    xaxis: "x2",
    yaxis: "y2",
    marker: { color },
    text: (useNetProfit ? [plan.throughput, total(plan)] : [plan.throughput]).map((m) => c.amount(m)),
    textposition: "outside",
    customdata: (useNetProfit ? [plan.throughput, total(plan)] : [plan.throughput]).map((m) => c.amount(m)),
    hovertemplate: `${plotlyText(name)}<br>%{x}: %{customdata}${HOVER_END}`,
  });
  const currency = pair.first.throughput.currency;
  return {
    data: [
      quantities(pair.first, pair.firstName, COLORS.throughput),
      quantities(pair.second, pair.secondName, COLORS.second),
      totals(pair.first, pair.firstName, COLORS.throughput),
      totals(pair.second, pair.secondName, COLORS.second),
    ],
    layout: baseLayout(pair.title, options, {
      barmode: "group",
      xaxis: { domain: [0, 0.6], type: "category", title: { text: plotlyText(c.l.product) }, automargin: true },
      yaxis: { title: { text: plotlyText(c.l.planned) }, rangemode: "tozero" },
      xaxis2: { domain: [0.7, 1], anchor: "y2", type: "category" },
      yaxis2: { anchor: "x2", title: { text: c.moneyAxis(c.l.amount, currency) }, zeroline: true },
      annotations:
        pair.difference === undefined
          ? []
          : [
              {
                // Anchored at its right end to the figure's right edge, so a long label grows leftwards
                // instead of running off the figure.
                xref: "paper",
                yref: "paper",
                x: 1,
                xanchor: "right",
                align: "right",
                y: 1.02,
                yanchor: "bottom",
                showarrow: false,
                font: {
                  size: 14,
                  color:
                    pair.difference.amount.isPositive() === pair.positiveIsLoss && !pair.difference.amount.isZero()
                      ? COLORS.negative
                      : COLORS.netProfit,
                },
                text: `<b>${plotlyText(pair.differenceLabel)}: ${c.amount(pair.difference, !pair.positiveIsLoss)}</b>`,
              },
            ],
    }),
  };
}

/**
 * The political mix against the best mix: units of every product in each (the products that gave way
 * to a political minimum stand lower), and the T and NP of both with the NP lost per period, so "is
 * this market position worth it?" is decided with the number on the table.
 *
 * @example
 * showChart(politicalMixFigure(politicalMix(salon)));
 */
export function politicalMixFigure(comparison: PoliticalComparison, options: ChartOptions = {}): Figure {
  const c = chartContext(options);
  const lost = comparison.netProfitLost ?? comparison.throughputLost;
  return planPairFigure(
    {
      first: comparison.best,
      second: comparison.political,
      firstName: c.l.bestMix,
      secondName: c.l.politicalMix,
      title: `${c.l.politicalMix} / ${c.l.bestMix}: ${c.l.netProfitLost} ${plainAmount(c, lost)}`,
      differenceLabel: c.l.netProfitLost,
      difference: lost,
      positiveIsLoss: true,
    },
    options,
  );
}

/**
 * The ranking plan against the optimal plan (LP/MIP): where the greedy ranking by T per CCR unit falls
 * short (several loaded resources, political limits), and by how much T.
 *
 * @example
 * const result = await optimalMix(salon);
 * if (result.kind === "optimal-mix") showChart(rankingVsOptimalFigure(result));
 */
export function rankingVsOptimalFigure(result: OptimalMix, options: ChartOptions = {}): Figure {
  const c = chartContext(options);
  const difference = result.versusRanking.netProfit ?? result.versusRanking.throughput;
  return planPairFigure(
    {
      first: result.rankingPlan,
      second: result.plan,
      firstName: c.l.rankingPlan,
      secondName: c.l.optimalPlan,
      title: `${c.l.rankingPlan} / ${c.l.optimalPlan}`,
      differenceLabel: `${c.l.optimalPlan} − ${c.l.rankingPlan}`,
      difference,
      positiveIsLoss: false,
    },
    options,
  );
}
