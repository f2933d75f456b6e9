// The digest's businesses, built here so display and chart tests do not depend on other test folders.
import {
  defineModel,
  money,
  projectDecision,
  reportByPeriod,
  revenuePlan,
  throughputReport,
  type BusinessModel,
  type Product,
} from "../../src/core";

/** The product name every escaping test uses. */
export const XSS = "<img src=x onerror=alert(1)>";

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

/** Section 1: 10 haircuts a month, OE 50, 40 and 100 → NP 0, 10, −50. */
export function salon(name = "salon", productName = "Haircut"): BusinessModel {
  return defineModel({
    name,
    products: [{ ...haircut, name: productName }],
    sales: ["month-1", "month-2", "month-3"].map((period) => ({ productId: "haircut", period, quantity: 10 })),
    operatingExpenses: [
      { id: "rent-1", name: "Rent", category: "rent", amount: money(50), period: "month-1" },
      { id: "rent-2", name: "Rent", category: "rent", amount: money(40), period: "month-2" },
      { id: "rent-3", name: "Rent", category: "rent", amount: money(70), period: "month-3" },
      { id: "owner-3", name: "Owner's draw", category: "salaries", amount: money(30), period: "month-3" },
    ],
  });
}

export const salonReports = () => reportByPeriod(salon());
export const lossMonth = () => throughputReport(salon(), { period: "month-3" });

/** Section 2: the administrator, ΔOE 10 from month 1, ΔT 30 from month 4. */
export const administrator = () =>
  projectDecision({
    name: "hire an administrator",
    horizonMonths: 8,
    effects: [
      { kind: "operating-expense", label: "administrator's salary", amount: money(10) },
      { kind: "throughput", label: "owner's new service", amount: money(30), fromMonth: 4 },
    ],
  });

/** Section 6: categories turning revenue into T at 50 %, 10 % and 1 %. */
export const phonePlan = (name = "services") =>
  revenuePlan(money(120), [
    { name, throughputRatio: "0.5", share: "0.5" },
    { name: "phones", throughputRatio: "0.1", share: "0.4" },
    { name: "ad budgets", throughputRatio: "0.01", share: "0.1" },
  ]);
