// One figure of each kind, shared by the snapshot test and the browser test.
import {
  breakEvenUnits,
  money,
  optimalMix,
  politicalMix,
  rankProducts,
  rankingMix,
  resourceLoads,
  type BusinessModel,
} from "../../src/core";
import {
  breakEvenFigure,
  decisionFigure,
  mixPlanLoadFigure,
  politicalMixFigure,
  rankingFigure,
  rankingVsOptimalFigure,
  salesPlanFigure,
  throughputByPeriodFigure,
  throughputWaterfallFigure,
  utilisationFigure,
  type Figure,
} from "../../src/charts";
import { administrator, haircut, lossMonth, phonePlan, salonReports, salonServices } from "./fixtures";

/** One figure of each kind, for a model whose names may be hostile. */
export async function everyFigure(
  model: BusinessModel = salonServices(),
  name = "Haircut",
  locale = "en",
): Promise<Record<string, Figure>> {
  const optimal = await optimalMix(model);
  if (optimal.kind !== "optimal-mix") throw new Error(optimal.message);
  const options = { locale };
  return {
    waterfall: throughputWaterfallFigure(lossMonth(), options),
    byPeriod: throughputByPeriodFigure(salonReports(), options),
    breakEven: breakEvenFigure(breakEvenUnits({ ...haircut, name }, money(50)), { ...options, productName: name }),
    decision: decisionFigure(administrator(), options),
    salesPlan: salesPlanFigure(phonePlan(name), options),
    ranking: rankingFigure(rankProducts(model), options),
    mixPlan: mixPlanLoadFigure(rankingMix(model), options),
    political: politicalMixFigure(politicalMix(model), options),
    utilisation: utilisationFigure(resourceLoads(model), options),
    rankingVsOptimal: rankingVsOptimalFigure(optimal, options),
  };
}
