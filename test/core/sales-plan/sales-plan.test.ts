import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  comparePaySchemes,
  ModelError,
  money,
  payFor,
  breakEvenThroughput,
  revenuePlan,
  throughputOfRevenue,
  type PayScheme,
} from "../../../src/core";

const text = (m: { amount: { toString(): string } }) => m.amount.toString();

describe("digest §6: a sales plan set in T", () => {
  it("plan T = OE + desired profit", () => {
    expect(text(breakEvenThroughput(money(100), { targetProfit: money(10) }))).toBe("110");
  });

  it("turns a T plan into revenue by category T-ratios 50 %, 10 %, 1 %", () => {
    const plan = revenuePlan(money(110), [
      { name: "services", throughputRatio: "0.5", share: "0.5" },
      { name: "goods", throughputRatio: "0.1", share: "0.4" },
      { name: "ad budget resale", throughputRatio: "0.01", share: "0.1" },
    ]);
    expect(plan.categories.map((c) => [c.name, text(c.throughput), text(c.revenue)])).toEqual([
      ["services", "55", "110"],
      ["goods", "44", "440"],
      ["ad budget resale", "11", "1100"],
    ]);
    expect(text(plan.revenue)).toBe("1650");
  });

  it("splits by revenue shares when asked", () => {
    const plan = revenuePlan(
      money(110),
      [
        { name: "phones", throughputRatio: "0.5", share: "0.5" },
        { name: "accessories", throughputRatio: "0.1", share: "0.5" },
      ],
      { shareOf: "revenue" },
    );
    // R × (0.5·0.5 + 0.5·0.1) = 110 → R = 366.67
    expect(plan.categories.map((c) => text(c.revenue))).toEqual(["183.33", "183.33"]);
    expect(plan.categories.map((c) => c.throughput.amount.toFixed(2))).toEqual(["91.67", "18.33"]);
  });

  it("the same T 110 from revenue 200 and from revenue 150", () => {
    const month1 = throughputOfRevenue([
      { name: "services", revenue: money(180), throughputRatio: "0.5" },
      { name: "goods", revenue: money(20), throughputRatio: "1" },
    ]);
    const month2 = throughputOfRevenue([
      { name: "services", revenue: money(100), throughputRatio: "0.5" },
      { name: "goods", revenue: money(50), throughputRatio: "1.2" },
    ]);
    expect([text(month1.revenue), text(month1.throughput)]).toEqual(["200", "110"]);
    expect([text(month2.revenue), text(month2.throughput)]).toEqual(["150", "110"]);
  });

  it("refuses shares that do not add up and ratios out of range", () => {
    expect(() => revenuePlan(money(1), [{ name: "a", throughputRatio: "0.5", share: "0.6" }])).toThrow(
      /shares that add up to exactly 1/,
    );
    try {
      revenuePlan(money(1), [
        { name: "a", throughputRatio: "0", share: "1" },
        { name: "b", throughputRatio: "x", share: "2" },
      ]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ModelError);
      expect((error as ModelError).issues.map((i) => i.path.join("."))).toEqual([
        "categories.0.throughputRatio",
        "categories.1.throughputRatio",
        "categories.1.share",
      ]);
    }
  });

  it("revenue targets bring the planned T back (to the kopeck)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        (t, r, s) => {
          const plan = revenuePlan(money(t), [
            { name: "a", throughputRatio: (r / 100).toString(), share: (s / 100).toString() },
            { name: "b", throughputRatio: "0.5", share: ((100 - s) / 100).toString() },
          ]);
          const back = throughputOfRevenue(
            plan.categories.map((c) => ({ name: c.name, revenue: c.revenue, throughputRatio: c.throughputRatio })),
          );
          expect(back.throughput.amount.minus(t).abs().lte("0.01")).toBe(true);
        },
      ),
    );
  });
});

describe("digest §6: pay schemes", () => {
  const percent: PayScheme = { kind: "percent-of-sales", name: "5 % of sales", rate: "0.05" };
  const ladder: PayScheme = {
    kind: "step-ladder",
    name: "ladder around the plan",
    plan: money(1_000_000),
    steps: [
      { fromAchievement: "0", pay: money(30_000) },
      { fromAchievement: "0.8", pay: money(40_000) },
      { fromAchievement: "1", pay: money(50_000) },
      { fromAchievement: "1.2", pay: money(65_000) },
    ],
  };

  it("a step ladder pays the highest step reached", () => {
    expect(text(payFor(ladder, money(500_000)))).toBe("30000");
    expect(text(payFor(ladder, money(799_999)))).toBe("30000");
    expect(text(payFor(ladder, money(800_000)))).toBe("40000");
    expect(text(payFor(ladder, money(1_000_000)))).toBe("50000");
    expect(text(payFor(ladder, money(2_000_000)))).toBe("65000");
    expect(text(payFor(percent, money(2_000_000)))).toBe("100000");
  });

  it("compares schemes across achievement levels with the T kept after pay", () => {
    const rows = comparePaySchemes([percent, ladder], money(1_000_000), ["0.5", "1", "1.5"], {
      throughputRatio: "0.2",
    });
    expect(rows.map((r) => text(r.sales))).toEqual(["500000", "1000000", "1500000"]);
    expect(rows.map((r) => r.pays.map((p) => text(p.pay)))).toEqual([
      ["25000", "30000"],
      ["50000", "50000"],
      ["75000", "65000"],
    ]);
    expect(rows[2]!.pays.map((p) => text(p.throughputAfterPay!))).toEqual(["225000", "235000"]);
    expect(rows[0]!.pays[1]!.shareOfSales?.toString()).toBe("0.06");
  });

  it("a ladder moves with a seasonal plan", () => {
    const offSeason: PayScheme = { ...ladder, plan: money(600_000) };
    expect(text(payFor(offSeason, money(600_000)))).toBe("50000");
  });
});
