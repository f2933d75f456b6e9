import { describe, expect, it } from "vitest";
import {
  breakEvenUnits,
  money,
  politicalMix,
  projectDecision,
  rankProducts,
  rankingMix,
  reportByPeriod,
  resourceLoads,
  throughputReport,
} from "../../src/core";
import {
  breakEvenFigure,
  decisionFigure,
  mixPlanLoadFigure,
  politicalMixFigure,
  rankingFigure,
  throughputByPeriodFigure,
  throughputWaterfallFigure,
  utilisationFigure,
} from "../../src/charts";
import { plotlyText, TITLE_LINE_LENGTH } from "../../src/charts/figure";
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
    expect(JSON.stringify(figures.ranking)).toContain("Проход на единицу времени РОМ");
    expect(figures.decision).toMatchSnapshot("decision-ru");
    expect(figures.mixPlan).toMatchSnapshot("mixPlan-ru");
  });

  it("draws the salon's months: NP 0, 10, −50, the loss in red with its minus sign", () => {
    const figure = throughputByPeriodFigure(salonReports());
    const np = figure.data[2]!;
    expect(np.y).toEqual([0, 10, -50]);
    expect(np.text).toEqual(["₽0.00", "₽10.00", "−₽50.00"]);
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
    expect(figure.data[0]!.y).toEqual(["1. Retail dye", "2. Classic", "3. Gold Star", "4. Lady Classic", "5. Express"]);
    // The solid bars and the hatched ∞ bar are separate traces, so the legend's swatches tell them apart.
    const [, solid, hatched] = figure.data;
    expect(solid!.y).toEqual(["2. Classic", "3. Gold Star", "4. Lady Classic", "5. Express"]);
    expect(solid!.text).toEqual(expect.arrayContaining(["₽17.20", "₽13.93"]));
    expect((solid!.marker as { pattern?: unknown }).pattern).toBeUndefined();
    expect(hatched!.y).toEqual(["1. Retail dye"]);
    expect(hatched!.text).toEqual(["∞"]);
    expect((hatched!.marker as { pattern: { shape: string } }).pattern.shape).toBe("/");
    expect(String(hatched!.name)).toContain("∞");
  });

  it("writes bar labels level, outside the bars, with room for them inside the axes", () => {
    const figure = rankingFigure(rankProducts(salonServices()));
    for (const trace of figure.data) {
      expect(trace.textposition).toBe("outside");
      expect(trace.textangle).toBe(0);
    }
    const longest = Math.max(...(figure.data[0]!.x as number[]));
    expect((figure.layout.xaxis as { range: number[] }).range[1]).toBeGreaterThan(longest * 1.2);
  });

  it("names the resource in the utilisation chart's title and keeps long titles whole on two lines", () => {
    const loads = resourceLoads(salonServices());
    expect((utilisationFigure([loads[0]!]).layout.title as { text: string }).text).toBe(
      `Utilisation: ${loads[0]!.name}`,
    );
    if (loads.length > 1)
      expect((utilisationFigure(loads).layout.title as { text: string }).text).toBe("Utilisation of the resources");
    const title = (mixPlanLoadFigure(rankingMix(salonServices()), { locale: "ru" }).layout.title as { text: string })
      .text;
    expect(title).toContain("<br>");
    for (const line of title.split("<br>")) expect([...line].length).toBeLessThanOrEqual(TITLE_LINE_LENGTH);
  });

  it("anchors the difference annotation of two plans at the figure's right edge, growing leftwards", () => {
    const annotation = (
      politicalMixFigure(politicalMix(salonServices())).layout.annotations as {
        xref: string;
        x: number;
        xanchor: string;
      }[]
    )[0]!;
    expect(annotation).toMatchObject({ xref: "paper", x: 1, xanchor: "right" });
  });
});

describe("escaping in figures", () => {
  it("never puts a raw tag of a user's name into a figure (labels, legends, hover)", async () => {
    const model = salonServices(XSS);
    const figures = await everyFigure(model, XSS);
    for (const [name, figure] of Object.entries(figures)) {
      const json = JSON.stringify(figure);
      expect(json, name).not.toContain("<img");
      if (["breakEven", "salesPlan", "ranking", "mixPlan", "political", "rankingVsOptimal"].includes(name))
        expect(json, name).toContain("&lt;img src=x onerror=alert(1)&gt;");
    }
    expect(throughputWaterfallFigure(lossMonth(), { title: XSS }).layout.title).toEqual({ text: plotlyText(XSS) });
    const hostile = [
      throughputByPeriodFigure(reportByPeriod(salon(XSS, XSS))),
      throughputWaterfallFigure(throughputReport(salon(XSS, XSS), { period: "month-3" })),
      decisionFigure(
        projectDecision({
          name: XSS,
          horizonMonths: 2,
          effects: [{ kind: "throughput", label: XSS, amount: money(1) }],
        }),
      ),
    ];
    for (const figure of hostile) {
      expect(JSON.stringify(figure)).not.toContain("<img");
      expect(JSON.stringify(figure.layout.title)).toContain("&lt;img");
    }
  });
});
