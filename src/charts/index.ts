/** Plotly figures of the results, as plain data: show them with showChart or chartHtml. */
export type { ChartOptions, Figure, PlotlyLayout, PlotlyTrace } from "./figure";
export {
  throughputWaterfallFigure,
  throughputByPeriodFigure,
  breakEvenFigure,
  decisionFigure,
  salesPlanFigure,
} from "./core-figures";
export {
  rankingFigure,
  mixPlanLoadFigure,
  utilisationFigure,
  politicalMixFigure,
  rankingVsOptimalFigure,
} from "./constraint-figures";
export { sweepFigure, sweepHeatmapFigure, tornadoFigure, type SweepChartOptions } from "./sensitivity-figures";
