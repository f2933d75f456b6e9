/**
 * Charts as plain Plotly figures (`{ data, layout }`): pure, testable, no DOM. Show them in a notebook
 * with `showChart` from the display module.
 */
export { COLORS, plotlyText, titleLines, TITLE_LINE_LENGTH, type ChartOptions, type Figure, type PlotlyLayout, type PlotlyTrace } from "./figure";
export {
  throughputWaterfallFigure,
  throughputByPeriodFigure,
  breakEvenFigure,
  decisionFigure,
  salesPlanFigure,
  type BreakEvenChartOptions,
} from "./core-figures";
export { rankingFigure, mixPlanLoadFigure, utilisationFigure, politicalMixFigure, rankingVsOptimalFigure } from "./constraint-figures";
export { sweepFigure, sweepHeatmapFigure, tornadoFigure, type SweepChartOptions } from "./sensitivity-figures";
