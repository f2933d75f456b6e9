import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  advertisingChannel,
  compareScenarios,
  defineModel,
  evaluateSpecialOrder,
  isWorthIt,
  ModelError,
  money,
  projectDecision,
  type DecisionEffect,
} from "../../../src/core";
import { haircut, salon } from "../fixtures";

const text = (m: { amount: { toString(): string } }) => m.amount.toString();

const administrator = (throughputGain = money(30)): DecisionEffect[] => [
  { kind: "operating-expense", label: "administrator's salary", amount: money(10) },
  { kind: "throughput", label: "owner's new service", amount: throughputGain, fromMonth: 4 },
];

describe("digest §2: the administrator, ΔT against ΔOE", () => {
  it("costs 10 a month from month 1 and brings 30 of T from month 4", () => {
    const p = projectDecision({ name: "hire an administrator", horizonMonths: 12, effects: administrator() });
    expect(p.months.map((m) => text(m.deltaOperatingExpense))).toEqual(Array(12).fill("10"));
    expect(p.months.map((m) => text(m.deltaThroughput))).toEqual(["0", "0", "0", ...Array(9).fill("30")]);
    expect(p.months.map((m) => text(m.cumulativeDeltaNetProfit)).slice(0, 6)).toEqual([
      "-10",
      "-20",
      "-30",
      "-10",
      "10",
      "30",
    ]);
    expect(p.paybackMonth).toBe(5);
    expect(text(p.steadyDeltaNetProfit)).toBe("20");
    expect(text(p.cumulativeDeltaNetProfit)).toBe("150");
    expect(p.verdict).toBe("accept");
    expect(p.reason).toMatch(/pays back in month 5/);
  });

  it("+10.01 beats +10: ΔT equal to ΔOE never pays, a kopeck more does", () => {
    expect(isWorthIt(money("10.01"), money(10))).toBe(true);
    expect(isWorthIt(money(10), money(10))).toBe(false);
    const even = projectDecision({
      name: "even",
      horizonMonths: 6,
      effects: administrator(money(10)).map((e) => ({ ...e, fromMonth: 1 })),
    });
    expect(even.verdict).toBe("reject");
    const kopeck = projectDecision({
      name: "kopeck",
      horizonMonths: 6,
      effects: administrator(money("10.01")).map((e) => ({ ...e, fromMonth: 1 })),
    });
    expect(kopeck.verdict).toBe("accept");
    expect(text(kopeck.cumulativeDeltaNetProfit)).toBe("0.06");
  });

  it("gives the break-even ΔT for the horizon, lag included", () => {
    // 12 months of OE 10 = 120 must be covered by 9 months of ΔT: 13.33… a month.
    const p = projectDecision({ name: "hire", horizonMonths: 12, effects: administrator() });
    expect(p.breakEvenMonthlyDeltaThroughput?.amount.toFixed(4)).toBe("13.3333");
    const atBreakEven = projectDecision({
      name: "hire",
      horizonMonths: 12,
      effects: administrator(p.breakEvenMonthlyDeltaThroughput!),
    });
    expect(atBreakEven.cumulativeDeltaNetProfit.amount.abs().lt("1e-40")).toBe(true);
  });

  it("ramps an effect up linearly and says when the horizon is too short", () => {
    const p = projectDecision({
      name: "ramp",
      horizonMonths: 6,
      effects: [
        { kind: "operating-expense", label: "OE", amount: money(10) },
        { kind: "throughput", label: "T", amount: money(30), fromMonth: 2, rampMonths: 3 },
      ],
    });
    expect(p.months.map((m) => text(m.deltaThroughput))).toEqual(["0", "10", "20", "30", "30", "30"]);
    const short = projectDecision({ name: "short", horizonMonths: 4, effects: administrator() });
    expect(short.verdict).toBe("not-within-horizon");
    expect(short.paybackMonth).toBeNull();
  });

  it("takes a one-off investment into the payback", () => {
    const p = projectDecision({
      name: "with I",
      horizonMonths: 12,
      effects: [...administrator(), { kind: "investment", label: "desk", amount: money(50), fromMonth: 1 }],
    });
    expect(text(p.totalDeltaInvestment)).toBe("50");
    // Cumulative ΔNP reaches 50 in month 7: -30 + 20 × 4 = 50.
    expect(p.paybackMonth).toBe(7);
  });

  it("refuses a malformed decision with every problem listed", () => {
    expect(() =>
      projectDecision({
        name: "bad",
        horizonMonths: 0,
        effects: [
          { kind: "throughput", label: "T", amount: money(1), fromMonth: 5, toMonth: 2 },
          { kind: "operating-expense", label: "OE", amount: money(1, "USD") },
        ],
      }),
    ).toThrow(ModelError);
    try {
      projectDecision({
        name: "bad",
        horizonMonths: 0,
        effects: [{ kind: "throughput", label: "T", amount: money(1), rampMonths: 0.5 }],
      });
    } catch (error) {
      expect((error as ModelError).issues.map((i) => i.path.join("."))).toEqual([
        "horizonMonths",
        "effects.0.rampMonths",
      ]);
    }
  });

  it("compares two scenarios of a model by ΔT, ΔOE, ΔI and ΔNP", () => {
    const base = salon();
    const changed = defineModel({
      ...base,
      operatingExpenses: [
        ...base.operatingExpenses,
        { id: "admin", name: "Administrator", category: "salaries", amount: money(10) },
      ],
      sales: [...base.sales, { productId: "haircut", period: "month-2", quantity: 6 }],
      investments: [{ id: "desk", name: "Desk", amount: money(40) }],
    });
    const c = compareScenarios(base, changed, { period: "month-2" });
    expect([c.deltaThroughput, c.deltaOperatingExpense, c.deltaInvestment, c.deltaNetProfit].map(text)).toEqual([
      "30",
      "10",
      "40",
      "20",
    ]);
    expect(c.verdict).toBe("accept");
    expect(c.monthsToRecoverInvestment?.toString()).toBe("2");
    const worse = compareScenarios(changed, base, { period: "month-2" });
    expect(worse.verdict).toBe("reject");
    expect(worse.reason).toMatch(/net profit falls by 20 RUB/);
  });
});

describe("digest §7: the hall at a fifth of the price", () => {
  it("10 instead of 50 with TVC ≈ 1 on idle capacity: ΔT = ΔNP = +9, accepted", () => {
    const hall = evaluateSpecialOrder({
      price: money(10),
      tvcPerUnit: money(1),
      marketPrice: money(50),
      idleCapacity: 8,
      operatingExpenseCovered: true,
    });
    expect(hall.accept).toBe(true);
    expect(text(hall.deltaThroughput)).toBe("9");
    expect(text(hall.deltaNetProfit)).toBe("9");
    expect(text(hall.deltaOperatingExpense)).toBe("0");
    expect(hall.discountFactor?.toString()).toBe("5");
    expect(hall.reasons.join(" ")).toMatch(/straight to net profit/);
  });

  it("says no when the capacity is not idle", () => {
    const busy = evaluateSpecialOrder({ price: money(10), tvcPerUnit: money(1), idleCapacity: 0 });
    expect(busy.accept).toBe(false);
    expect(text(busy.deltaNetProfit)).toBe("0");
    expect(busy.reasons.join(" ")).toMatch(/only 0 is idle: it would push out sales at the full price/);
  });

  it("says no when the price does not cover TVC", () => {
    const below = evaluateSpecialOrder({ price: money("0.5"), tvcPerUnit: money(1), idleCapacity: 10 });
    expect(below.accept).toBe(false);
    expect(below.reasons[0]).toMatch(/does not cover TVC 1: every unit loses 0.5/);
  });

  it("ΔNP is (price − TVC) × quantity whenever it is accepted", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 1, max: 20 }),
        (p, t, q) => {
          const r = evaluateSpecialOrder({
            price: money(p / 100),
            tvcPerUnit: money(t / 100),
            quantity: q,
            idleCapacity: 20,
          });
          expect(r.accept).toBe(p > t);
          if (r.accept) expect(r.deltaNetProfit.amount.equals(money((p - t) / 100).amount.times(q))).toBe(true);
        },
      ),
    );
  });
});

describe("digest §6: advertising is OE", () => {
  it("100 spent for 10 clicks and 10 leads is 10 a lead; one buyer of 100", () => {
    const ad = advertisingChannel({
      name: "ads",
      spend: money(100),
      clicks: 10,
      leads: 10,
      buyers: 1,
      revenue: money(100),
      throughputRatio: "0.5",
    });
    expect(text(ad.costPerLead!)).toBe("10");
    expect(text(ad.costPerClick!)).toBe("10");
    expect(text(ad.costPerBuyer!)).toBe("100");
    expect(text(ad.deltaOperatingExpense)).toBe("100");
    expect(text(ad.deltaThroughput)).toBe("50");
    expect(ad.worthIt).toBe(false);
  });
});

void haircut;
