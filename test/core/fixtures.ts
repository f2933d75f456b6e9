// The digest's businesses built in memory, so core tests do not depend on the CSV loader.
import { defineModel, money, toDecimal, type BusinessModel, type Product } from "../../src/core";

export const haircut: Product = {
  id: "haircut",
  name: "Haircut",
  type: "service",
  price: money(10),
  tvc: [
    { kind: "piece-rate", name: "stylist's piece rate", basis: "per-unit", amount: money(3) },
    { kind: "materials", name: "paint", basis: "per-unit", amount: money(2) },
  ],
};

/** Section 1: 10 haircuts a month, OE 50, 40 and 100 in three months. */
export function salon(): BusinessModel {
  return defineModel({
    name: "salon",
    products: [haircut],
    sales: ["month-1", "month-2", "month-3"].map((period) => ({ productId: "haircut", period, quantity: 10 })),
    operatingExpenses: [
      { id: "rent-1", name: "Rent", category: "rent", amount: money(30), period: "month-1" },
      { id: "owner-1", name: "Owner's draw", category: "salaries", amount: money(20), period: "month-1" },
      { id: "rent-2", name: "Rent", category: "rent", amount: money(30), period: "month-2" },
      { id: "owner-2", name: "Owner's draw", category: "salaries", amount: money(10), period: "month-2" },
      { id: "rent-3", name: "Rent", category: "rent", amount: money(70), period: "month-3" },
      { id: "owner-3", name: "Owner's draw", category: "salaries", amount: money(30), period: "month-3" },
    ],
  });
}

/** Section 6: 15 phones at 10; purchase 1, bonus 1 a phone, tax 10 on the month's sales; OE 100. */
export function phoneShop(): BusinessModel {
  return defineModel({
    name: "phone shop",
    products: [
      {
        id: "phone",
        name: "Phone",
        type: "product",
        category: "phones",
        price: money(10),
        tvc: [
          { kind: "materials", name: "purchase", basis: "per-unit", amount: money(1) },
          { kind: "sales-bonus", name: "manager's bonus", basis: "per-unit", amount: money(1) },
          // 10 of tax on 150 of sales: 6⅔ %, written to four decimals of a percent; the tax is charged on
          // the line's revenue and rounded to the kopeck: 150 × 0.066667 = 10.00005 → 10.00.
          { kind: "sales-tax", name: "tax on sales", basis: "share-of-price", rate: toDecimal("0.066667") },
        ],
      },
    ],
    sales: [{ productId: "phone", period: "month-1", quantity: 15 }],
    operatingExpenses: [{ id: "office", name: "Office", category: "office", amount: money(100) }],
  });
}
