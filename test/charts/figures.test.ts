import { describe, expect, it } from "vitest";
import { breakEvenUnits, money, projectDecision, rankProducts, rankingMix, reportByPeriod, throughputReport } from "../../src/core";
import {
  breakEvenFigure,
  decisionFigure,
  mixPlanLoadFigure,
  rankingFigure,
  throughputByPeriodFigure,
  throughputWaterfallFigure,
} from "../../src/charts";
import { plotlyText } from "../../src/charts/figure";
import { everyFigure } from "./every-figure";
import { XSS, administrator, haircut, lossMonth, salon, salonReports, salonServices } from "./fixtures";

describe("figure specs", () => {
  it("snapshots every chart in English", async () => {
    const figures = await everyFigure();
    for (const [name, figure] of Object.entries(figures)) expect(figure).toMatchSnapshot(name);
  });

  it("snapshots the Russian labels and separators", async () => {
    const figures = await everyFigure(salonServices(), "Стрижка", "ru");
    expect(figures.byPeriod!.layout.separators).toBe(",\u00a0");
    expect(JSON.stringify(figures.byPeriod)).toContain("Проход (T)");
    expect(JSON.stringify(figures.ranking)).toContain("Проход на единицу времени ограничения");
    expect(figures.decision).toMatchSnapshot("decision-ru");
    expect(figures.mixPlan).toMatchSnapshot("mixPlan-ru");
  });

  it("draws the salon's months: NP 0, 10, −50, the loss in red with its minus sign", () => {
    const figure = throughputByPeriodFigure(salonReports());
    const np = figure.data[2]!;
    expect(np.y).toEqual([0, 10, -50]);
    expect(np.text).toEqual(["₽0.00", "₽10.00", "-₽50.00"]);
    expect((np.marker as { color: string[] }).color[2]).toBe("#c62828");
  });

  it("marks break-even at 10 haircuts and the administrator's payback in month 5", () => {
    const breakEven = breakEvenFigure(breakEvenUnits(haircut, money(50)));
    expect(breakEven.data[2]!.x).toEqual([10]);
    expect(breakEven.data[2]!.y).toEqual([50]);
    const decision = decisionFigure(administrator());
    expect(decision.data.at(-1)!.y).toEqual([-10, -20, -30, -10, 10, 30, 50, 70]);
    expect((decision.layout.shapes as { x0: number }[])[0]!.x0).toBe(5);
  });

  it("shows the cumulative CCR load climbing to the capacity line", () => {
    const figure = mixPlanLoadFigure(rankingMix(salonServices()));
    expect(figure.data[1]!.y).toEqual([0, 0.16, 0.325, 0.939, 0.999]);
    expect(figure.data[2]!.y).toEqual([1, 1]);
  });

  it("puts Classic before Gold Star and the dye first, hatched as unbounded", () => {
    const figure = rankingFigure(rankProducts(salonServices()));
    expect(figure.data[1]!.y).toEqual(["1. Retail dye", "2. Classic", "3. Gold Star", "4. Lady Classic", "5. Express"]);
    expect(figure.data[1]!.text).toEqual(expect.arrayContaining(["∞", "₽17.20", "₽13.93"]));
  });
});

describe("escaping in figures", () => {
  it("never puts a raw tag of a user's name into a figure (labels, legends, hover)", async () => {
    const model = salonServices(XSS);
    const figures = await everyFigure(model, XSS);
    for (const [name, figure] of Object.entries(figures)) {
      const json = JSON.stringify(figure);
      expect(json, name).not.toContain("<img");
      if (["breakEven", "salesPlan", "ranking", "mixPlan", "political", "rankingVsOptimal"].includes(name)) expect(json, name).toContain("&lt;img src=x onerror=alert(1)&gt;");
    }
    expect(throughputWaterfallFigure(lossMonth(), { title: XSS }).layout.title).toEqual({ text: plotlyText(XSS) });
    const hostile = [
      throughputByPeriodFigure(reportByPeriod(salon(XSS, XSS))),
      throughputWaterfallFigure(throughputReport(salon(XSS, XSS), { period: "month-3" })),
      decisionFigure(projectDecision({ name: XSS, horizonMonths: 2, effects: [{ kind: "throughput", label: XSS, amount: money(1) }] })),
    ];
    for (const figure of hostile) {
      expect(JSON.stringify(figure)).not.toContain("<img");
      expect(JSON.stringify(figure.layout.title)).toContain("&lt;img");
    }
  });
});
