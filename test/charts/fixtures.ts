// The digest's businesses as display and chart tests need them (names that may be hostile, several scales).
import {
  defineModel,
  money,
  projectDecision,
  reportByPeriod,
  revenuePlan,
  throughputReport,
  type BusinessModel,
} from "../../src/core";
import { haircut } from "../core/fixtures";

/** The product name every escaping test uses. */
export const XSS = "<img src=x onerror=alert(1)>";

// The section-1 haircut is the core tests' own; display tests build their other models here.
export { haircut };

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

function service(id: string, name: string, price: number, tvc: number) {
  return {
    id,
    name,
    type: "service" as const,
    price: money(price),
    tvc: [{ kind: "materials" as const, name: "materials", basis: "per-unit" as const, amount: money(tvc) }],
  };
}

/**
 * Section 3–5: the salon's services on the stylists' 1000 minutes a month. Classic earns 17.2 a minute,
 * Gold Star (T 209) 13.9, Lady Classic (68 − 42 = 26) 13; the dye takes no stylist time. The political
 * minimum of 30 Express displaces Lady Classic.
 */
export function salonServices(goldStarName = "Gold Star"): BusinessModel {
  return defineModel({
    name: "salon services",
    products: [
      service("lady", "Lady Classic", 68, 42),
      service("gold", goldStarName, 300, 91),
      service("classic", "Classic", 130, 44),
      service("express", "Express", 20, 10),
      { ...service("dye", "Retail dye", 20, 12), type: "product" as const },
    ],
    operatingExpenses: [{ id: "oe", name: "Rent and salaries", category: "rent", amount: money(9000) }],
    resources: [
      { id: "stylists", name: "Stylists", capacity: 1000, unit: "minute" },
      { id: "reception", name: "Reception", capacity: 20, unit: "hour" },
    ],
    usages: [
      { productId: "classic", resourceId: "stylists", timePerUnit: 5, unit: "minute" },
      { productId: "gold", resourceId: "stylists", timePerUnit: 15, unit: "minute" },
      { productId: "lady", resourceId: "stylists", timePerUnit: 2, unit: "minute" },
      { productId: "express", resourceId: "stylists", timePerUnit: 2, unit: "minute" },
      { productId: "classic", resourceId: "reception", timePerUnit: 2, unit: "minute" },
      { productId: "gold", resourceId: "reception", timePerUnit: 3, unit: "minute" },
      { productId: "lady", resourceId: "reception", timePerUnit: 2, unit: "minute" },
      { productId: "express", resourceId: "reception", timePerUnit: 1, unit: "minute" },
      { productId: "dye", resourceId: "reception", timePerUnit: 1, unit: "minute" },
    ],
    demand: [
      { productId: "classic", quantity: 32 },
      { productId: "gold", quantity: 11 },
      { productId: "lady", quantity: 400 },
      { productId: "express", quantity: 50, minimum: 30 },
      { productId: "dye", quantity: 20 },
    ],
  });
}
