import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { defineModel, evaluateSpecialOrder, money, rankingMix, subtract, type BusinessModel } from "../../../src/core";

/** A hall of `hours` a month rented by the evening (4 h, T 49) and by the hour (1 h, T 9). */
function hall(hours: number, evenings = 60, hourly = 50): BusinessModel {
  const rental = (id: string, name: string, price: number) => ({
    id,
    name,
    type: "service" as const,
    price: money(price),
    tvc: [{ kind: "other" as const, name: "electricity", basis: "per-unit" as const, amount: money(1) }],
  });
  return defineModel({
    name: "hall",
    products: [rental("evening", "Evening", 50), rental("hour", "Hour", 10)],
    operatingExpenses: [{ id: "staff", name: "Staff", category: "salaries", amount: money(200) }],
    resources: [{ id: "hall", name: "Hall", capacity: hours, unit: "hour" }],
    usages: [
      { productId: "evening", resourceId: "hall", timePerUnit: 4, unit: "hour" },
      { productId: "hour", resourceId: "hall", timePerUnit: 1, unit: "hour" },
    ],
    demand: [
      { productId: "evening", quantity: evenings },
      { productId: "hour", quantity: hourly },
    ],
  });
}

describe("a special order that does not fit in idle time (digest §7, issue 9 point 7)", () => {
  it("re-plans the mix with the order in it: ΔT = the order's T − the T of the sales it pushes out", () => {
    // 100 h: 25 evenings fill it (T 49 per 4 h = 12.25 an hour, before hourly rentals at 9 an hour).
    const model = hall(100, 25, 10);
    const order = evaluateSpecialOrder({
      price: money(30),
      tvcPerUnit: money(1),
      quantity: 2,
      capacityPerUnit: 4,
      model,
      name: "Wedding",
    });
    expect(order.idleCapacity).toBe(0);
    expect(order.displacement?.displaced).toEqual([
      { productId: "evening", name: "Evening", quantity: -2, throughput: money(-98) },
    ]);
    expect(order.displacement?.orderThroughput).toEqual(money(58));
    expect(order.displacement?.displacedThroughput).toEqual(money(98));
    expect(order.deltaThroughput).toEqual(money(-40));
    expect(order.accept).toBe(false);
    expect(order.reasons.join(" ")).toContain("it pushes out 2 × Evening, whose T is 98");
  });

  it("accepts an order whose T beats what it pushes out", () => {
    const model = hall(100, 25, 10);
    const order = evaluateSpecialOrder({
      price: money(80),
      tvcPerUnit: money(1),
      quantity: 2,
      capacityPerUnit: 4,
      model,
    });
    expect(order.accept).toBe(true);
    expect(order.deltaNetProfit).toEqual(money(60)); // 2 × 79 − 2 × 49
  });

  it("pushes out the cheapest time first: spare hours, then hourly rentals, then evenings", () => {
    // 30 h: 5 evenings (20 h) + 10 hourly rentals (10 h); an order of 12 h pushes out 10 hours and … evenings.
    const model = hall(30, 5, 10);
    const order = evaluateSpecialOrder({
      price: money(200),
      tvcPerUnit: money(0),
      quantity: 1,
      capacityPerUnit: 12,
      model,
    });
    expect(order.displacement?.displaced.map((sale) => [sale.productId, sale.quantity])).toEqual([
      ["evening", -1],
      ["hour", -8],
    ]);
  });

  it("refuses an order that does not fit even with every other sale pushed out", () => {
    const order = evaluateSpecialOrder({
      price: money(500),
      tvcPerUnit: money(1),
      quantity: 1,
      capacityPerUnit: 200,
      model: hall(100),
    });
    expect(order.accept).toBe(false);
    expect(order.reasons.join(" ")).toContain("does not fit even with every other sale pushed out");
  });

  it("without a model it still says no, and why", () => {
    const order = evaluateSpecialOrder({ price: money(10), tvcPerUnit: money(1), idleCapacity: 0 });
    expect(order.accept).toBe(false);
    expect(order.displacement).toBeUndefined();
  });

  it("property: ΔT is exact, equals the change in the plan's T, and the verdict follows its sign", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 2, max: 30000 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 12 }),
        (hours, evenings, hourly, cents, quantity, perUnit) => {
          const model = hall(hours, evenings, hourly);
          const order = evaluateSpecialOrder({
            price: money(cents / 100),
            tvcPerUnit: money(1),
            quantity,
            capacityPerUnit: perUnit,
            model,
          });
          const before = rankingMix(model);
          if (cents <= 100) {
            expect(order.accept).toBe(false); // the price does not cover TVC 1
            return;
          }
          if (order.displacement === undefined) {
            // It fits in idle time: ΔT is the order's own T.
            expect(order.capacityNeeded).toBeLessThanOrEqual(order.idleCapacity);
            expect(order.accept).toBe(true);
            expect(order.deltaThroughput).toEqual(money(((cents - 100) * quantity) / 100));
            return;
          }
          const d = order.displacement;
          expect(d.before.throughput).toEqual(before.throughput);
          if (!d.after.feasible) {
            expect(order.accept).toBe(false);
            return;
          }
          expect(order.deltaThroughput.amount.equals(subtract(d.after.throughput, before.throughput).amount)).toBe(
            true,
          );
          expect(
            order.deltaThroughput.amount.equals(d.orderThroughput.amount.minus(d.displacedThroughput.amount)),
          ).toBe(true);
          expect(order.accept).toBe(order.deltaThroughput.amount.greaterThan(0));
          // The order is placed in full and nothing is over capacity.
          expect(d.after.lines.find((line) => line.productId === "special-order")?.quantity).toBe(quantity);
        },
      ),
      { numRuns: 150 },
    );
  });
});
