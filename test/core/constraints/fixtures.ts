import { defineModel, money, type BusinessModel, type Demand, type ResourceUsage } from "../../../src/core";

/** A product with one materials TVC, in the model's currency. */
function product(
  id: string,
  price: number | string,
  materials: number | string,
  currency: "USD" | "RUB" = "USD",
  wholeUnits = true,
) {
  return {
    id,
    name: id,
    type: "product" as const,
    price: money(price, currency),
    tvc: [
      { kind: "materials" as const, name: "parts", basis: "per-unit" as const, amount: money(materials, currency) },
    ],
    wholeUnits,
  };
}

function usage(productId: string, minutes: Record<string, number>): ResourceUsage[] {
  return Object.entries(minutes).map(([resourceId, timePerUnit]) => ({
    productId,
    resourceId,
    timePerUnit,
    unit: "minute",
  }));
}

/** Goldratt's P&Q: the best plan is 100 P + 30 Q (T 6300, NP 300); cost accounting picks 60 P + 50 Q (NP −300). */
export function pq(options: { pOnD?: number; demand?: Demand[] } = {}): BusinessModel {
  return defineModel({
    name: "P&Q",
    currency: "USD",
    periodUnit: "week",
    products: [product("P", 90, 45), product("Q", 100, 40)],
    operatingExpenses: [{ id: "oe", name: "Operating expense", category: "other", amount: money(6000, "USD") }],
    resources: ["A", "B", "C", "D"].map((id) => ({ id, name: id, capacity: 2400, unit: "minute" as const })),
    usages: [
      ...usage("P", { A: 15, B: 15, C: 15, D: options.pOnD ?? 15 }),
      ...usage("Q", { A: 10, B: 30, C: 5, D: 5 }),
    ],
    demand: options.demand ?? [
      { productId: "P", quantity: 100 },
      { productId: "Q", quantity: 50 },
    ],
  });
}

/** One constraint, whole units, where the ranking is not optimal: best 64 X + 4 Y (T 7184), ranking 7140. */
export function xy(wholeUnits = true): BusinessModel {
  return defineModel({
    name: "X and Y",
    currency: "USD",
    products: [product("X", 105, 0, "USD", wholeUnits), product("Y", 116, 0, "USD", wholeUnits)],
    resources: [{ id: "M", name: "Machine", capacity: 2400, unit: "minute" }],
    usages: [...usage("X", { M: 35 }), ...usage("Y", { M: 40 })],
    demand: [
      { productId: "X", quantity: 100 },
      { productId: "Y", quantity: 100 },
    ],
  });
}
