import { ArgumentError } from "../core/errors";
import { money, multiply, subtract, sum, type Money } from "../core/money/money";
import type { BusinessModel, Product } from "../core/model/types";
import { throughputPerUnit, tvcPerUnit } from "../core/throughput/unit";
import { throughputReport } from "../core/throughput/report";
import { breakEvenUnits } from "../core/throughput/break-even";
import { projectDecision } from "../core/decisions/project-decision";
import { evaluateSpecialOrder } from "../core/decisions/special-order";
import { rankProducts } from "../core/constraints/ranking";
import { rankingMix } from "../core/constraints/ranking-mix";
import { politicalMix } from "../core/constraints/political-mix";
import { costAccountingMix } from "../core/constraints/cost-accounting";
import type { Exercise } from "./types";

function product(model: BusinessModel, id: string): Product {
  const found = model.products.find((p) => p.id === id);
  if (found === undefined) throw new ArgumentError("unknown_product", id, `the model "${model.name}" has no product "${id}"`);
  return found;
}

function withPieceRate(item: Product, pieceRate: Money): Product {
  return { ...item, tvc: item.tvc.map((c) => (c.kind === "piece-rate" && c.basis === "per-unit" ? { ...c, amount: pieceRate } : c)) };
}

/** Chapter 01, the salon: T of a haircut when the piece rate rises to 4. */
export const haircutWithHigherPieceRate: Exercise<BusinessModel> = {
  id: "01-1",
  question: "The stylist's piece rate for a haircut rises from 3 to 4. What is the throughput (T) of one haircut?",
  hint: "T = price − TVC, and TVC is every cost that occurs because this haircut was sold: piece rate and materials.",
  unit: "RUB",
  solve: (salon) => throughputPerUnit(withPieceRate(product(salon, "haircut"), money(4, salon.currency))),
  mistakes: [
    { answer: (salon) => product(salon, "haircut").price, why: "that is the price; T is what is left of it after TVC." },
    {
      answer: (salon) => subtract(product(salon, "haircut").price, money(4, salon.currency)),
      why: "the materials are TVC too: they are spent only because this haircut was sold.",
    },
    { answer: (salon) => throughputPerUnit(product(salon, "haircut")), why: "that is T at the old piece rate of 3." },
  ],
};

/** Chapter 01: haircuts needed to cover month 3's OE. */
export const haircutsToBreakEven: Exercise<BusinessModel> = {
  id: "01-2",
  question: "Month 3 has OE 100. How many haircuts a month would bring the salon to break-even (NP = 0)?",
  hint: "Break-even is T = OE. Divide the OE by the T of one haircut, not by its price.",
  unit: "haircuts",
  solve: (salon) => {
    const result = breakEvenUnits(product(salon, "haircut"), throughputReport(salon, { period: "month-3" }).operatingExpense);
    if (!result.reachable) throw new ArgumentError("out_of_range", result.productId, result.reason);
    return result.units;
  },
  mistakes: [
    {
      answer: (salon) => throughputReport(salon, { period: "month-3" }).operatingExpense.amount.dividedBy(product(salon, "haircut").price.amount).toNumber(),
      why: "dividing OE by the price counts the TVC as if it stayed with you; only T covers OE.",
    },
  ],
};

/** What the administrator decision looks like with a smaller gain; the chapter's context. */
export interface AdministratorContext {
  readonly monthlyCost: Money;
  readonly monthlyGain: Money;
  readonly gainFromMonth: number;
  readonly horizonMonths: number;
}

function administrator(context: AdministratorContext) {
  return projectDecision({
    name: "administrator",
    horizonMonths: context.horizonMonths,
    effects: [
      { kind: "operating-expense", label: "salary", amount: context.monthlyCost },
      { kind: "throughput", label: "new service", amount: context.monthlyGain, fromMonth: context.gainFromMonth },
    ],
  });
}

/** Chapter 02: cumulative ΔNP over the horizon. */
export const administratorCumulative: Exercise<AdministratorContext> = {
  id: "02-1",
  question: "The administrator costs 10 a month from month 1; the freed owner brings +12 of T a month from month 4. What is the cumulative ΔNP after 12 months?",
  hint: "Add ΔT − ΔOE month by month: three months of −10, then nine months of +2.",
  unit: "RUB",
  solve: (context) => administrator({ ...context, monthlyGain: money(12, context.monthlyCost.currency) }).cumulativeDeltaNetProfit,
  mistakes: [
    {
      answer: (context) => multiply(subtract(money(12, context.monthlyCost.currency), context.monthlyCost), context.horizonMonths),
      why: "that ignores the lag: the T arrives only from month 4, while the salary is paid from month 1.",
    },
    {
      answer: (context) => multiply(money(12, context.monthlyCost.currency), context.horizonMonths - context.gainFromMonth + 1),
      why: "that is only the ΔT; the administrator's salary (ΔOE) has to come off it.",
    },
  ],
};

/** Chapter 02: the monthly ΔT that just breaks even over the horizon. */
export const administratorBreakEven: Exercise<AdministratorContext> = {
  id: "02-2",
  question: "With the same lag (T from month 4) and a 12-month horizon, what monthly ΔT makes the decision exactly break even? (two decimals)",
  hint: "12 months of OE have to be covered by the months in which the T arrives.",
  unit: "RUB",
  tolerance: 0.01,
  solve: (context) => administrator(context).breakEvenMonthlyDeltaThroughput ?? money(0, context.monthlyCost.currency),
  mistakes: [{ answer: (context) => context.monthlyCost, why: "ΔT = ΔOE is the steady-state threshold; the three lag months still have to be paid back." }],
};

/** Chapter 03: the first service that uses the constraint. */
export const firstRankedService: Exercise<BusinessModel> = {
  id: "03-1",
  question: "Which product or service that uses the stylists' time ranks first? Answer with its id.",
  hint: "Sort by T per unit of CCR time, not by T per unit.",
  solve: (salon) => rankProducts(salon).rows.find((row) => row.constraintTimePerUnit > 0)?.productId ?? "",
  mistakes: [
    {
      answer: (salon) =>
        [...rankProducts(salon).rows].sort((a, b) => b.throughputPerUnit.amount.comparedTo(a.throughputPerUnit.amount))[0]?.productId ?? "",
      why: "it has the largest T per unit, but it takes three times as much CCR time; per hour of the stylists it earns less.",
    },
  ],
};

/** Chapter 04: the NP lost by a political mix. */
export const politicalMixCost: Exercise<BusinessModel> = {
  id: "04-1",
  question: "With the political minimum in the model, how much net profit a month does the political mix lose against the best mix?",
  hint: "Build both plans and subtract their NP (or T: OE is the same in both).",
  unit: "RUB",
  solve: (model) => politicalMix(model).throughputLost,
  mistakes: [
    {
      answer: (model) => sum(politicalMix(model).changes.filter((c) => c.kind === "forced").map((c) => c.throughputChange), model.currency),
      why: "that counts only the T the forced product brings; the products it displaced took their T away with them.",
    },
  ],
};

/** Chapter 05: revenue mistaken for T. */
export const revenueIsNotThroughput: Exercise<BusinessModel> = {
  id: "05-1",
  question: "The shop sells phones for 110 of revenue instead of 150 (same TVC per phone, same OE 100). What is NP?",
  hint: "Revenue is not T: the TVC of every phone sold is still owed. Work out the T-ratio T / revenue first.",
  unit: "RUB",
  tolerance: 0.01,
  solve: (shop) => {
    const report = throughputReport(shop, { period: "month-1" });
    return subtract(multiply(money(110, shop.currency), report.throughput.amount.dividedBy(report.revenue.amount)), report.operatingExpense);
  },
  mistakes: [
    { answer: (shop) => money(10, shop.currency), why: "110 of revenue is not 110 of T; the TVC of what was sold is still owed." },
    {
      answer: (shop) => subtract(money(110, shop.currency), throughputReport(shop, { period: "month-1" }).totallyVariableCost),
      why: "the TVC shrinks with fewer phones sold; use the T-ratio of the phones, not last month's TVC.",
    },
  ],
};

/** Chapter 06: three special rentals of the hall. */
export const threeSpecialRentals: Exercise<BusinessModel> = {
  id: "06-1",
  question: "Three more people ask for the hall at the special price 10, on evenings it would stand idle. What is ΔNP of accepting all three?",
  hint: "ΔT = (price − TVC) × quantity, and OE does not change.",
  unit: "RUB",
  solve: (hall) => {
    const special = product(hall, "hall-evening-special");
    return evaluateSpecialOrder({ price: special.price, tvcPerUnit: tvcPerUnit(special), quantity: 3, idleCapacity: 3 }).deltaNetProfit;
  },
  mistakes: [
    { answer: (hall) => multiply(product(hall, "hall-evening-special").price, 3), why: "the extra electricity (TVC ≈ 1 an evening) comes off each rental." },
    {
      answer: (hall) => multiply(subtract(product(hall, "hall-evening-special").price, product(hall, "hall-evening").price), 3),
      why: "that is the cost world's view, a 'loss' against the market price; but those evenings would earn nothing at all otherwise.",
    },
  ],
};

/** Chapter 07: billable hours the expert can sell with a filter, in a month of 140 hours. */
export const expertHoursWithFilter: Exercise<BusinessModel> = {
  id: "07-1",
  question: "With the filter, each billable hour takes 75 minutes of the expert. In a month when he has only 140 hours, how many billable hours can he sell?",
  hint: "The expert is the CCR: divide his available minutes by the minutes one billable hour takes him.",
  unit: "hours",
  tolerance: 0.01,
  solve: (withFilter) => {
    const model = { ...withFilter, resources: withFilter.resources.map((r) => (r.id === "expert" ? { ...r, capacity: 140 } : r)) };
    return rankingMix(model).lines.find((line) => line.productId === "consulting-hour")?.quantity ?? 0;
  },
  mistakes: [
    { answer: () => 140, why: "a billable hour takes more than an hour of the expert: 75 minutes, even with the filter." },
    { answer: () => (140 * 60) / 90, why: "that is today's 90 minutes per billable hour; the filter takes the calls and qualifying off him." },
  ],
};

/** Chapter 08: what the cost-accounting plan earns in P&Q. */
export const pqCostAccounting: Exercise<BusinessModel> = {
  id: "08-1",
  question: "P&Q: a cost accountant makes as many Q as the market takes first, because Q has the higher margin per unit. What NP does that plan give?",
  hint: "Q first up to its demand, then as many P as the busiest resource allows; then T − OE.",
  unit: "USD",
  solve: (pq) => costAccountingMix(pq, { method: "margin" }).plan.netProfit ?? money(0, pq.currency),
  mistakes: [
    { answer: (pq) => rankingMix(pq).netProfit ?? money(0, pq.currency), why: "that is the throughput world's plan (P first, by T per minute of B)." },
  ],
};

/** Every exercise of the workbook by id. */
export const EXERCISES = {
  "01-1": haircutWithHigherPieceRate,
  "01-2": haircutsToBreakEven,
  "02-1": administratorCumulative,
  "02-2": administratorBreakEven,
  "03-1": firstRankedService,
  "04-1": politicalMixCost,
  "05-1": revenueIsNotThroughput,
  "06-1": threeSpecialRentals,
  "07-1": expertHoursWithFilter,
  "08-1": pqCostAccounting,
} as const;
