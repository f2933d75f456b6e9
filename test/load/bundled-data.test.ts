import { describe, expect, it } from "vitest";
import * as path from "node:path";
import { loadModel } from "../../src/load";
import { add, multiply, round, subtract, sum, type Money } from "../../src/core/money/money";
import {
  operatingExpenseOf as periodOperatingExpense,
  throughputOf as periodThroughput,
} from "../../src/core/throughput/period";
import type { BusinessModel, Product } from "../../src/core/model/types";
import { throughputPerUnit, tvcPerUnit } from "../../src/core/throughput/unit";

const data = (name: string) => path.join(__dirname, "../../data", name);
const load = (name: string) =>
  loadModel(data(name), {
    onWarning: (warning) => {
      throw new Error(`unexpected warning: ${warning.message}`);
    },
  });

function product(model: BusinessModel, id: string): Product {
  const found = model.products.find((p) => p.id === id);
  if (!found) throw new Error(`no product ${id}`);
  return found;
}
function salesOf(model: BusinessModel, period: string) {
  return model.sales.filter((sale) => sale.period === period);
}
// The period figures come from the core's report, so these tests check the data through the library.
const throughputOf = (model: BusinessModel, period: string): Money => periodThroughput(model, { period }).throughput;
const revenueOf = (model: BusinessModel, period: string): Money => periodThroughput(model, { period }).revenue;
const tvcOf = (model: BusinessModel, period: string): Money => periodThroughput(model, { period }).totallyVariableCost;
const operatingExpenseOf = (model: BusinessModel, period: string): Money =>
  periodOperatingExpense(model, { period }).operatingExpense;
const text = (amount: Money) => `${amount.amount.toFixed()} ${amount.currency}`;

describe("data/salon reproduces the digest's section 1", () => {
  const salon = load("salon");

  it("a haircut: price 10, TVC 3 + 2, T 5", () => {
    const haircut = product(salon, "haircut");
    expect(text(haircut.price)).toBe("10 RUB");
    expect(text(tvcPerUnit(haircut))).toBe("5 RUB");
    expect(text(throughputPerUnit(haircut))).toBe("5 RUB");
  });

  it.each([
    ["month-1", "50", "0"],
    ["month-2", "40", "10"],
    ["month-3", "100", "-50"],
  ])("%s: 10 haircuts, T 50, OE %s, NP %s", (period, oe, np) => {
    expect(
      salesOf(salon, period)
        .filter((sale) => sale.productId === "haircut")
        .map((sale) => sale.quantity),
    ).toEqual([10]);
    expect(text(throughputOf(salon, period))).toBe("50 RUB");
    expect(text(operatingExpenseOf(salon, period))).toBe(`${oe} RUB`);
    expect(text(subtract(throughputOf(salon, period), operatingExpenseOf(salon, period)))).toBe(`${np} RUB`);
  });
});

describe("data/phone-shop reproduces the digest's section 6", () => {
  const shop = load("phone-shop");

  it("15 phones at 10: revenue 150, TVC 40 (15 + 15 + 10), T 110, OE 100, NP 10", () => {
    const sold = salesOf(shop, "month-1");
    expect(sold.reduce((units, sale) => units + sale.quantity, 0)).toBe(15);
    expect(shop.products.every((p) => text(p.price) === "10 RUB")).toBe(true);
    expect(text(revenueOf(shop, "month-1"))).toBe("150 RUB");
    const byKind = (kind: string) =>
      sum(
        sold.flatMap((sale) =>
          product(shop, sale.productId)
            .tvc.filter((component) => component.kind === kind)
            .map((component) =>
              component.basis === "per-unit"
                ? multiply(component.amount, sale.quantity)
                : round(multiply(multiply(product(shop, sale.productId).price, sale.quantity), component.rate)),
            ),
        ),
        "RUB",
      );
    expect(text(byKind("materials"))).toBe("15 RUB");
    expect(text(byKind("sales-bonus"))).toBe("15 RUB");
    expect(text(byKind("sales-tax"))).toBe("10 RUB");
    expect(text(tvcOf(shop, "month-1"))).toBe("40 RUB");
    expect(text(throughputOf(shop, "month-1"))).toBe("110 RUB");
    expect(text(operatingExpenseOf(shop, "month-1"))).toBe("100 RUB");
    expect(text(subtract(throughputOf(shop, "month-1"), operatingExpenseOf(shop, "month-1")))).toBe("10 RUB");
  });

  it("advertising is an OE item, not a TVC component", () => {
    expect(shop.operatingExpenses.some((item) => item.category === "advertising")).toBe(true);
    expect(shop.products.flatMap((p) => p.tvc).some((component) => /advert/i.test(component.name))).toBe(false);
  });
});

describe("data/hall-rental reproduces the digest's section 7", () => {
  const hall = load("hall-rental");

  it("regular rentals at the market price 50 cover this month's OE", () => {
    expect(text(product(hall, "hall-evening").price)).toBe("50 RUB");
    const np = subtract(throughputOf(hall, "month-1"), operatingExpenseOf(hall, "month-1"));
    expect(np.amount.isNegative()).toBe(false);
  });

  it("the special order: price 10, TVC ≈ 1, ΔT = ΔNP = +9 with OE unchanged and idle hall time", () => {
    const special = product(hall, "hall-evening-special");
    expect(text(special.price)).toBe("10 RUB");
    expect(text(tvcPerUnit(special))).toBe("1 RUB");
    const base = subtract(throughputOf(hall, "month-1"), operatingExpenseOf(hall, "month-1"));
    const withOrder = subtract(
      add(throughputOf(hall, "month-1"), throughputPerUnit(special)),
      operatingExpenseOf(hall, "month-1"),
    );
    expect(text(subtract(withOrder, base))).toBe("9 RUB");

    const resource = hall.resources.find((r) => r.id === "hall")!;
    const hoursUsed = salesOf(hall, "month-1").reduce((hours, sale) => {
      const usage = hall.usages.find((u) => u.productId === sale.productId && u.resourceId === "hall")!;
      expect(usage.unit).toBe(resource.unit);
      return hours + usage.timePerUnit * sale.quantity;
    }, 0);
    const specialHours = hall.usages.find((u) => u.productId === "hall-evening-special")!.timePerUnit;
    expect(hoursUsed + specialHours).toBeLessThanOrEqual(resource.capacity);
  });
});
