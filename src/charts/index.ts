/** Plotly figures of the results, as plain data: show them with showChart or chartHtml. */
export type { ChartOptions, Figure, PlotlyTrace } from "./figure";
export {
  throughputWaterfallFigure,
  throughputByPeriodFigure,
  breakEvenFigure,
  decisionFigure,
  salesPlanFigure,
  } from "./core-figures";
export { rankingFigure, mixPlanLoadFigure, utilisationFigure, politicalMixFigure, rankingVsOptimalFigure } from "./constraint-figures";
