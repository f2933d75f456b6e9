import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  breakEvenThroughput,
  breakEvenUnits,
  classifyCost,
  defineModel,
  money,
  reportByPeriod,
  TALK_COST_EXAMPLES,
  throughputPerUnit,
  throughputReport,
  tvcBreakdown,
  tvcPerUnit,
  tvcByKindOf,
  type BusinessModel,
  type Sale,
} from "../../../src/core";
import { netProfit, operatingExpenseOf, periodsOf, throughputOf } from "../../../src/core/throughput/period";
import { haircut, phoneShop, salon } from "../fixtures";

const text = (m: { amount: { toString(): string } }) => m.amount.toString();

describe("digest §1: the salon", () => {
  it("a haircut at 10 with piece rate 3 and materials 2 has TVC 5 and T 5", () => {
    expect(text(tvcPerUnit(haircut))).toBe("5");
    expect(text(throughputPerUnit(haircut))).toBe("5");
    const breakdown = tvcBreakdown(haircut);
    expect(text(breakdown["piece-rate"])).toBe("3");
    expect(text(breakdown.materials)).toBe("2");
  });

  it("10 haircuts make T 50 a month", () => {
    expect(text(throughputOf(salon(), { period: "month-1" }).throughput)).toBe("50");
  });

  it("OE 50, 40 and 100 give NP 0, 10 and −50", () => {
    const reports = reportByPeriod(salon());
    expect(reports.map((r) => r.period)).toEqual(["month-1", "month-2", "month-3"]);
    expect(reports.map((r) => text(r.operatingExpense))).toEqual(["50", "40", "100"]);
    expect(reports.map((r) => text(r.netProfit))).toEqual(["0", "10", "-50"]);
    expect(text(netProfit(money(50), money(100)))).toBe("-50");
  });

  it("T = OE is break-even: 10 haircuts cover OE 50, 11 are needed for 52", () => {
    const even = breakEvenUnits(haircut, money(50));
    expect(even.reachable && even.units).toBe(10);
    const more = breakEvenUnits(haircut, money(52));
    expect(more.reachable && more.exactUnits.toString()).toBe("10.4");
    expect(more.reachable && more.units).toBe(11);
    expect(text(breakEvenThroughput(money(100), { targetProfit: money(20) }))).toBe("120");
  });

  it("a product whose T is not positive never breaks even, and says why", () => {
    const loss = { ...haircut, price: money(4) };
    const result = breakEvenUnits(loss, money(50));
    expect(result.reachable).toBe(false);
    expect(!result.reachable && result.reason).toMatch(/brings T -1 RUB/);
  });

  it("reports ROI, productivity and investment turns", () => {
    const model = defineModel({ ...salon(), investments: [{ id: "chairs", name: "Chairs", amount: money(100) }] });
    const report = throughputReport(model, { period: "month-2" });
    expect(report.returnOnInvestment?.toString()).toBe("0.1");
    expect(report.productivity?.toString()).toBe("1.25");
    expect(report.investmentTurns?.toString()).toBe("0.5");
    expect(throughputReport(salon(), { period: "month-2" }).returnOnInvestment).toBeUndefined();
  });

  it("OE over all periods counts recurring items once per period", () => {
    const model = defineModel({
      ...salon(),
      operatingExpenses: [{ id: "rent", name: "Rent", category: "rent", amount: money(30) }],
    });
    expect(periodsOf(model)).toHaveLength(3);
    expect(text(operatingExpenseOf(model).operatingExpense)).toBe("90");
    expect(text(operatingExpenseOf(model, { period: "month-2" }).operatingExpense)).toBe("30");
    expect(
      operatingExpenseOf(salon(), { period: "month-1" }).byCategory.map((c) => [c.category, text(c.amount)]),
    ).toEqual([
      ["rent", "30"],
      ["salaries", "20"],
    ]);
  });
});

describe("digest §6: the phone shop", () => {
  it("15 phones at 10: revenue 150, TVC 15 + 15 + 10 = 40, T 110, OE 100, NP 10", () => {
    const report = throughputReport(phoneShop(), { period: "month-1" });
    expect(text(report.revenue)).toBe("150");
    expect(text(report.totallyVariableCost)).toBe("40");
    expect(text(report.throughput)).toBe("110");
    expect(text(report.operatingExpense)).toBe("100");
    expect(text(report.netProfit)).toBe("10");
  });
});

describe("the cost classifier", () => {
  it("states the talk's rule: TVC only when a unit sold causes it; advertising is OE", () => {
    expect(classifyCost({ name: "paint", occursBecauseAUnitIsSold: true }).costClass).toBe("totally-variable-cost");
    const ad = classifyCost({ name: "advertising", occursBecauseAUnitIsSold: false, spentEvenWithoutASale: true });
    expect(ad.costClass).toBe("operating-expense");
    expect(ad.reason).toMatch(/does not occur because one more unit is sold/);
    // Even a cost booked per sale is OE when it would be spent anyway.
    expect(
      classifyCost({ name: "lead fee", occursBecauseAUnitIsSold: true, spentEvenWithoutASale: true }).costClass,
    ).toBe("operating-expense");
    const classes = Object.fromEntries(TALK_COST_EXAMPLES.map((c) => [c.name, classifyCost(c).costClass]));
    expect(classes["advertising"]).toBe("operating-expense");
    expect(classes["manager's bonus per phone sold"]).toBe("totally-variable-cost");
  });
});

// A small random model: 1–4 products with prices and per-unit TVC, sales in up to 3 periods.
const cents = fc.integer({ min: 0, max: 10_000_00 }).map((n) => (n / 100).toFixed(2));
const randomModel: fc.Arbitrary<BusinessModel> = fc
  .record({
    products: fc.array(fc.record({ price: cents, tvc: cents }), { minLength: 1, maxLength: 4 }),
    sales: fc.array(
      fc.record({
        product: fc.nat(),
        period: fc.constantFrom("p1", "p2", "p3"),
        quantity: fc.integer({ min: 0, max: 1000 }),
      }),
      { maxLength: 12 },
    ),
    oe: cents,
  })
  .map(({ products, sales, oe }) =>
    defineModel({
      products: products.map((p, i) => ({
        id: `p${i}`,
        name: `Product ${i}`,
        type: "product",
        price: money(p.price),
        tvc: [{ kind: "materials", name: "materials", basis: "per-unit", amount: money(p.tvc) }],
      })),
      sales: sales.map((s) => ({
        productId: `p${s.product % products.length}`,
        period: s.period,
        quantity: s.quantity,
      })),
      operatingExpenses: [{ id: "oe", name: "OE", category: "rent", amount: money(oe) }],
    }),
  );

describe("throughput properties", () => {
  it("NP = T − OE in every period", () => {
    fc.assert(
      fc.property(randomModel, (model) => {
        for (const period of ["p1", "p2", "p3"]) {
          const r = throughputReport(model, { period });
          expect(r.netProfit.amount.equals(r.throughput.amount.minus(r.operatingExpense.amount))).toBe(true);
        }
      }),
    );
  });

  it("T is additive over sales: T of all sales = Σ T of each sale alone", () => {
    fc.assert(
      fc.property(randomModel, (model) => {
        const whole = throughputOf(model).throughput;
        const parts = model.sales.map((sale) => throughputOf({ ...model, sales: [sale] }).throughput.amount);
        expect(whole.amount.equals(parts.reduce((a, b) => a.plus(b), whole.amount.minus(whole.amount)))).toBe(true);
      }),
    );
  });

  it("T scales with quantity: k times every quantity gives k times T", () => {
    fc.assert(
      fc.property(randomModel, fc.integer({ min: 0, max: 50 }), (model, k) => {
        const scaled = { ...model, sales: model.sales.map((s): Sale => ({ ...s, quantity: s.quantity * k })) };
        expect(throughputOf(scaled).throughput.amount.equals(throughputOf(model).throughput.amount.times(k))).toBe(
          true,
        );
      }),
    );
  });

  it("never mutates the model", () => {
    fc.assert(
      fc.property(randomModel, (model) => {
        const before = JSON.stringify(model);
        reportByPeriod(model);
        throughputReport(model);
        breakEvenUnits(model.products[0]!, money(100));
        expect(JSON.stringify(model)).toBe(before);
      }),
    );
  });
});

describe("TVC of a period by kind", () => {
  it("the phone shop's 40 is purchase 15 + bonus 15 + tax 10, and the parts add up to the period's TVC", () => {
    const byKind = tvcByKindOf(phoneShop(), { period: "month-1" });
    expect(
      [byKind.materials, byKind["sales-bonus"], byKind["sales-tax"], byKind["piece-rate"], byKind.other].map(text),
    ).toEqual(["15", "15", "10", "0", "0"]);
    const total = Object.values(byKind).reduce((a, b) => a.plus(b.amount), money(0).amount);
    expect(total.equals(throughputOf(phoneShop(), { period: "month-1" }).totallyVariableCost.amount)).toBe(true);
  });
});
