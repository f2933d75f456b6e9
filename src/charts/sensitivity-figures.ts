import { ArgumentError, rowValue, type Sweep, type Tornado } from "../core";
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

// The few words these charts add to the shared labels, kept here while they are used nowhere else.
const WORDS = {
  en: {
    planChange: "plan changes",
    constraintChange: "CCR changes",
    deltaNp: "ΔNP",
    low: "low",
    high: "high",
    sweep: "what-if",
    tornado: "What moves NP most",
  },
  ru: {
    planChange: "план меняется",
    constraintChange: "CCR меняется",
    deltaNp: "ΔЧП",
    low: "ниже",
    high: "выше",
    sweep: "что, если",
    tornado: "Что сильнее всего двигает ЧП",
  },
} as const;

/** Options of {@link sweepFigure}. */
export interface SweepChartOptions extends ChartOptions {
  /** Which outcomes to draw (default T, OE and NP). */
  readonly series?: readonly ("throughput" | "operatingExpense" | "netProfit")[];
}

/**
 * A one-input sweep as lines (T, OE, NP against the input), with a marker at every point where the CCR
 * or the plan's shape changes, so "how far can it move before the decision changes" is visible.
 *
 * @example
 * showChart(sweepFigure(sweep(salon, { kind: "capacity", resourceId: "stylists" }, { from: 60, to: 140, step: 5 })));
 */
export function sweepFigure(result: Sweep, options: SweepChartOptions = {}): Figure {
  if (result.inputs.length !== 1)
    throw new ArgumentError(
      "count_mismatch",
      result.inputs.length,
      `sweepFigure draws a sweep of one input; this one has ${result.inputs.length} (use sweepHeatmapFigure)`,
    );
  const c = chartContext(options);
  const words = WORDS[c.locale === "ru" ? "ru" : "en"];
  const name = result.inputs[0]!.name;
  const x = result.rows.map((row) => rowValue(row, name));
  const series = options.series ?? ["throughput", "operatingExpense", "netProfit"];
  const colors = {
    throughput: COLORS.throughput,
    operatingExpense: COLORS.operatingExpense,
    netProfit: COLORS.netProfit,
  };
  const lines: PlotlyTrace[] = series.map((key) => ({
    type: "scatter",
    mode: "lines+markers",
    name: plotlyText(c.l[key]),
    x,
    y: result.rows.map((row) => c.number(row[key])),
    line: { color: colors[key], width: 2 },
    customdata: result.rows.map((row) => c.amount(row[key])),
    hovertemplate: `${plotlyText(name)} = %{x}<br>${plotlyText(c.l[key])}: %{customdata}${HOVER_END}`,
  }));
  const marked = (which: "plan" | "constraint") => result.rows.flatMap((row, i) => (row.changed[which] ? [i] : []));
  const marker = (which: "plan" | "constraint", label: string, symbol: string, color: string): PlotlyTrace => {
    const at = marked(which);
    return {
      type: "scatter",
      mode: "markers",
      name: plotlyText(label),
      x: at.map((i) => x[i]),
      y: at.map((i) => c.number(result.rows[i]!.netProfit)),
      marker: { symbol, size: 12, color, line: { width: 1, color: "#000" } },
      customdata: at.map((i) => plotlyText(result.rows[i]!.constraint ?? "—")),
      hovertemplate: `${plotlyText(label)}: ${plotlyText(name)} = %{x}<br>CCR: %{customdata}${HOVER_END}`,
    };
  };
  return {
    data: [
      ...lines,
      marker("plan", words.planChange, "diamond", COLORS.second),
      marker("constraint", words.constraintChange, "x", COLORS.capacity),
    ],
    layout: baseLayout(`${result.model} — ${words.sweep}: ${name}`, options, {
      xaxis: { title: { text: plotlyText(name) } },
      yaxis: { title: { text: c.moneyAxis(c.l.amount, result.currency) }, zeroline: true, zerolinewidth: 2 },
    }),
  };
}

/**
 * A two-input sweep as a heatmap of NP: the first input across, the second up; hover shows the exact NP
 * and the CCR at each point.
 *
 * @example
 * const price: WhatIfInput = { kind: "price", productId: "P" }, capacity: WhatIfInput = { kind: "capacity", resourceId: "B" };
 * showChart(sweepHeatmapFigure(sweep(pq, [price, capacity], [{ from: 80, to: 100, step: 5 }, { from: 2000, to: 3000, step: 250 }])));
 */
export function sweepHeatmapFigure(result: Sweep, options: ChartOptions = {}): Figure {
  if (result.inputs.length !== 2)
    throw new ArgumentError(
      "count_mismatch",
      result.inputs.length,
      `sweepHeatmapFigure draws a sweep of two inputs; this one has ${result.inputs.length}`,
    );
  const c = chartContext(options);
  const [first, second] = result.inputs as [Sweep["inputs"][0], Sweep["inputs"][0]];
  const columns = first.values.length;
  // Rows run first input outermost: row index = i × (second's count) + j. The heatmap wants z[j][i].
  const cell = (i: number, j: number) => result.rows[i * second.values.length + j]!;
  const z = second.values.map((_, j) => Array.from({ length: columns }, (_, i) => c.number(cell(i, j).netProfit)));
  const text = second.values.map((_, j) =>
    Array.from(
      { length: columns },
      (_, i) => `${c.amount(cell(i, j).netProfit)} · CCR ${plotlyText(cell(i, j).constraint ?? "—")}`,
    ),
  );
  return {
    data: [
      {
        type: "heatmap",
        x: first.values.map(Number),
        y: second.values.map(Number),
        z,
        customdata: text,
        colorscale: "RdBu",
        zmid: 0,
        colorbar: { title: { text: plotlyText(c.l.netProfit) } },
        hovertemplate: `${plotlyText(first.name)} = %{x}<br>${plotlyText(second.name)} = %{y}<br>%{customdata}${HOVER_END}`,
      },
    ],
    layout: baseLayout(`${result.model} — ${c.l.netProfit}: ${first.name} × ${second.name}`, options, {
      xaxis: { title: { text: plotlyText(first.name) } },
      yaxis: { title: { text: plotlyText(second.name) } },
    }),
  };
}

/**
 * A tornado: one horizontal bar per input from its low to its high ΔNP, the widest on top.
 *
 * @example
 * const inputs: WhatIfInput[] = [
 *   { kind: "price", productId: "P" },
 *   { kind: "capacity", resourceId: "B" },
 *   { kind: "operating-expense", itemId: "oe" },
 * ];
 * showChart(tornadoFigure(tornado(pq, inputs, { percent: 10 })));
 */
export function tornadoFigure(result: Tornado, options: ChartOptions = {}): Figure {
  const c = chartContext(options);
  const words = WORDS[c.locale === "ru" ? "ru" : "en"];
  // Plotly draws the first category at the bottom: reversed, the widest swing is on top.
  const bars = [...result.bars].reverse();
  const names = bars.map((bar) => plotlyText(bar.name));
  const side = (label: string, key: "deltaLow" | "deltaHigh", value: "low" | "high", color: string): PlotlyTrace => ({
    type: "bar",
    orientation: "h",
    name: plotlyText(label),
    y: names,
    x: bars.map((bar) => c.number(bar[key])),
    marker: { color },
    customdata: bars.map((bar) => [plotlyText(bar[value]), c.amount(bar[key], true)]),
    hovertemplate: `%{y} = %{customdata[0]}<br>${plotlyText(words.deltaNp)}: %{customdata[1]}${HOVER_END}`,
  });
  return {
    data: [
      side(words.low, "deltaLow", "low", COLORS.operatingExpense),
      side(words.high, "deltaHigh", "high", COLORS.throughput),
    ],
    layout: baseLayout(`${result.model} — ${words.tornado} (±${result.percent} %)`, options, {
      barmode: "overlay",
      margin: { l: 180, r: 30, t: 60, b: 110 },
      xaxis: { title: { text: plotlyText(`${words.deltaNp}`) }, zeroline: true, zerolinewidth: 2 },
      yaxis: { type: "category", automargin: true },
    }),
  };
}
