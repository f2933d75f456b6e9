import { describe, expect, it } from "vitest";
import { sweep, tornado, withInput, type WhatIfInput } from "../../src/core";
import { sweepFigure, sweepHeatmapFigure, tornadoFigure } from "../../src/charts";
import { pq } from "../core/constraints/fixtures";
import { XSS } from "./fixtures";

const capacityB: WhatIfInput = { kind: "capacity", resourceId: "B" };
const price: WhatIfInput = { kind: "price", productId: "P" };

describe("sensitivity figures", () => {
  it("draws a one-input sweep with markers where the plan and the CCR change", () => {
    const figure = sweepFigure(sweep(pq(), capacityB, { from: 2400, to: 3600, step: 300 }));
    const [t, oe, np, planChanges, constraintChanges] = figure.data;
    expect(t!.x).toEqual([2400, 2700, 3000, 3300, 3600]);
    expect(np!.y).toEqual([300, 900, 1500, 1500, 1500]);
    expect(oe!.y).toEqual([6000, 6000, 6000, 6000, 6000]);
    expect(planChanges!.x).toEqual([3000, 3600]);
    expect(constraintChanges!.x).toEqual([3000]);
    expect(np!.customdata).toEqual(["$300.00", "$900.00", "$1,500.00", "$1,500.00", "$1,500.00"]);
    expect(() => sweepFigure(sweep(pq(), [price, capacityB], [[90], [2400]]))).toThrow(/sweepHeatmapFigure/);
  });

  it("draws a two-input sweep as an NP heatmap, first input across", () => {
    const figure = sweepHeatmapFigure(
      sweep(
        pq(),
        [price, capacityB],
        [
          [80, 90],
          [2400, 2700, 3000],
        ],
      ),
    );
    const heatmap = figure.data[0]!;
    expect(heatmap.x).toEqual([80, 90]);
    expect(heatmap.y).toEqual([2400, 2700, 3000]);
    expect(heatmap.z).toEqual([
      [-700, 300],
      [-100, 900],
      [500, 1500],
    ]);
  });

  it("draws a tornado, widest swing on top, and escapes hostile input names", () => {
    const hostile: WhatIfInput = { kind: "operating-expense", itemId: "oe", name: XSS };
    const figure = tornadoFigure(tornado(pq(), [capacityB, price, hostile]));
    // Plotly lists the first category at the bottom.
    expect(figure.data[0]!.y).toEqual(["capacity:B", "&lt;img src=x onerror=alert(1)&gt;", "price:P"]);
    expect(figure.data[0]!.x).toEqual([-480, 600, -900]);
    expect(figure.data[1]!.x).toEqual([480, -600, 900]);
    expect(JSON.stringify(figure)).not.toContain("<img");
  });

  it("speaks Russian", () => {
    const figure = tornadoFigure(tornado(withInput(pq(), price, 95), [price]), { locale: "ru" });
    expect(JSON.stringify(figure.layout)).toContain("Что сильнее всего двигает ЧП");
    expect(figure.layout.separators).toBe(",\u00a0");
  });
});
