import { ArgumentError } from "../core/errors";
import { add, money, multiply, subtract, sum, type Money } from "../core/money/money";
import { defineModel } from "../core/model/define-model";
import type { BusinessModel, Product } from "../core/model/types";
import { throughputPerUnit, tvcBreakdown, tvcPerUnit } from "../core/throughput/unit";
import { reportByPeriod, throughputReport } from "../core/throughput/report";
import { breakEvenUnits } from "../core/throughput/break-even";
import { projectDecision } from "../core/decisions/project-decision";
import { evaluateSpecialOrder, type SpecialOrderInput } from "../core/decisions/special-order";
import { rankProducts } from "../core/constraints/ranking";
import { rankingMix } from "../core/constraints/ranking-mix";
import { politicalMix } from "../core/constraints/political-mix";
import { compareMixPlans } from "../core/constraints/compare-plans";
import { costAccountingMix, throughputAccountingRatios } from "../core/constraints/cost-accounting";
import type { Exercise } from "./types";

// Every exercise reads its data from the chapter's model and finds what it asks about by its role (the
// product a chapter studies, the constraint, the first-ranked product), so it works on the reader's own
// model as well as on the bundled one.

function product(model: BusinessModel, id: string): Product {
  const found = model.products.find((p) => p.id === id);
  if (found === undefined)
    throw new ArgumentError(
      "unknown_product",
      id,
      `the model "${model.name}" has no product "${id}"; its products are ${model.products.map((p) => p.id).join(", ")}`,
    );
  return found;
}

/** The same model with one resource's capacity changed (the what-if of several exercises). */
function capacityOf(model: BusinessModel, resourceId: string, capacity: number): BusinessModel {
  return defineModel({
    ...model,
    resources: model.resources.map((r) => (r.id === resourceId ? { ...r, capacity } : r)),
  });
}

/** The resource the ranking uses: the CCR, or the busiest resource when the market is the constraint. */
function constraintOf(model: BusinessModel): string {
  const resource = rankProducts(model).resource;
  if (resource === undefined)
    throw new ArgumentError("unknown_resource", model.name, `no product of the model "${model.name}" uses a resource`);
  return resource.resourceId;
}

/** The product a chapter studies, in the model it belongs to. */
export interface ProductContext {
  readonly model: BusinessModel;
  readonly productId: string;
}

const unitT = (c: ProductContext) => throughputPerUnit(product(c.model, c.productId));
const oneMore = (c: ProductContext) => money(1, c.model.currency);

/** Chapter 00: T of one unit, from price and TVC. */
export const unitThroughput: Exercise<ProductContext> = {
  id: "00-1",
  question: "What is the throughput (T) of one unit of the product shown?",
  hint: {
    en: "T = price − TVC, where TVC is every cost that occurs only because this unit was sold.",
    ru: "Проход T = цена − TVC, а TVC — все затраты, которые возникают только потому, что продана эта единица.",
  },
  solve: unitT,
  mistakes: [
    {
      answer: (c) => product(c.model, c.productId).price,
      why: {
        en: "that is the price; T is what is left of it after TVC.",
        ru: "это цена; проход — то, что от неё остаётся после TVC.",
      },
    },
    {
      answer: (c) => tvcPerUnit(product(c.model, c.productId)),
      why: {
        en: "that is the TVC, the part of the price that leaves with the sale.",
        ru: "это TVC — часть цены, которая уходит вместе с продажей.",
      },
    },
  ],
};

/** Chapter 00, a what-if: TVC doubles. */
export const unitThroughputIfTvcDoubles: Exercise<ProductContext> = {
  id: "00-2",
  question: "What if every TVC component of that product doubled: what would its T per unit be?",
  hint: {
    en: "The price stays; TVC doubles; T = price − 2 × TVC. It may go below zero.",
    ru: "Цена прежняя, TVC удваиваются: T = цена − 2 × TVC. Проход может стать меньше нуля.",
  },
  solve: (c) => subtract(product(c.model, c.productId).price, multiply(tvcPerUnit(product(c.model, c.productId)), 2)),
  mistakes: [
    {
      answer: (c) => multiply(unitT(c), 2),
      why: {
        en: "doubling the costs does not double what is left; it takes another TVC off the price.",
        ru: "удвоение затрат не удваивает остаток: из цены вычитается ещё одна TVC.",
      },
    },
    {
      answer: (c) => multiply(tvcPerUnit(product(c.model, c.productId)), 2),
      why: { en: "that is the new TVC, not the T that is left.", ru: "это новые TVC, а не оставшийся проход." },
    },
  ],
};

/** Chapter 01, a what-if: the unit's TVC rises by one. */
export const throughputWithHigherTvc: Exercise<ProductContext> = {
  id: "01-1",
  question:
    "The piece rate of the product studied rises by 1 (one unit of the model's " +
    "currency; with no piece rate, read: its TVC rises by 1). What is its T per unit?",
  hint: {
    en: "T = price − TVC, and the piece rate is part of the TVC: it is paid only because this unit was sold.",
    ru: "T = цена − TVC, а сдельная оплата входит в TVC: её платят только потому, что продана эта единица.",
  },
  solve: (c) => subtract(unitT(c), oneMore(c)),
  mistakes: [
    {
      answer: (c) => product(c.model, c.productId).price,
      why: {
        en: "that is the price; T is what is left of it after TVC.",
        ru: "это цена; проход — то, что от неё остаётся после TVC.",
      },
    },
    {
      answer: (c) =>
        subtract(
          product(c.model, c.productId).price,
          add(tvcBreakdown(product(c.model, c.productId))["piece-rate"], oneMore(c)),
        ),
      why: {
        en: "the other TVC components (materials and the like) are TVC too: they are spent only because this unit was sold.",
        ru: "остальные составляющие (материалы и т. п.) — тоже TVC: их тратят только потому, что продана эта единица.",
      },
    },
    { answer: unitT, why: { en: "that is T at the old piece rate.", ru: "это проход при старой сдельной оплате." } },
    {
      answer: (c) => add(unitT(c), oneMore(c)),
      why: {
        en: "a higher piece rate is a higher TVC, so T falls, not rises.",
        ru: "выше сдельная оплата — выше TVC, поэтому проход падает, а не растёт.",
      },
    },
  ],
};

/** The period with the largest OE: the hardest month to cover. */
function worstPeriod(model: BusinessModel): string {
  const months = reportByPeriod(model);
  if (months.length === 0)
    throw new ArgumentError("empty", model.name, `the model "${model.name}" has no periods of sales or OE`);
  return [...months].sort((a, b) => b.operatingExpense.amount.comparedTo(a.operatingExpense.amount))[0]!.period;
}

/** Chapter 01: units needed to cover the largest month's OE. */
export const unitsToBreakEven: Exercise<ProductContext> = {
  id: "01-2",
  question:
    "Take the period with the largest OE. How many units a period of the product studied, and nothing else, would bring it to break-even (NP = 0)?",
  hint: {
    en: "Break-even is T = OE. Divide the OE by the T of one unit, not by its price, and round up to whole units.",
    ru: "Безубыточность — это T = ОЕ. Разделите ОЕ на проход одной единицы, а не на её цену, и округлите вверх до целых единиц.",
  },
  unit: "units",
  solve: (c) => {
    const result = breakEvenUnits(
      product(c.model, c.productId),
      throughputReport(c.model, { period: worstPeriod(c.model) }).operatingExpense,
    );
    if (!result.reachable) throw new ArgumentError("out_of_range", result.productId, result.reason);
    return result.units;
  },
  mistakes: [
    {
      answer: (c) =>
        Math.ceil(
          throughputReport(c.model, { period: worstPeriod(c.model) })
            .operatingExpense.amount.dividedBy(product(c.model, c.productId).price.amount)
            .toNumber(),
        ),
      why: {
        en: "dividing OE by the price counts the TVC as if it stayed with you; only T covers OE.",
        ru: "деление ОЕ на цену считает TVC так, будто они остаются у вас; ОЕ покрывает только проход.",
      },
    },
  ],
};

/** What the administrator decision looks like; the chapter's context. */
export interface AdministratorContext {
  readonly monthlyCost: Money;
  readonly monthlyGain: Money;
  readonly gainFromMonth: number;
  readonly horizonMonths: number;
}

function administrator(context: AdministratorContext, monthlyGain = context.monthlyGain) {
  return projectDecision({
    name: "administrator",
    horizonMonths: context.horizonMonths,
    effects: [
      { kind: "operating-expense", label: "salary", amount: context.monthlyCost },
      { kind: "throughput", label: "new service", amount: monthlyGain, fromMonth: context.gainFromMonth },
    ],
  });
}

/** Chapter 02, a what-if: the gain is 1.2 times the cost. */
export const administratorCumulative: Exercise<AdministratorContext> = {
  id: "02-1",
  question:
    "What if the freed owner brings only 1.2 times the administrator's monthly cost in T, " +
    "from the same month as in the chapter? What is the cumulative ΔNP over the horizon?",
  hint: {
    en: "Add ΔT − ΔOE month by month: the lag months pay the salary with no T, then each month adds 0.2 × the salary.",
    ru: "Сложите ΔT − ΔОЕ по месяцам: в месяцы запаздывания оклад платится без прохода, потом каждый месяц добавляет 0,2 × оклад.",
  },
  solve: (c) => administrator(c, multiply(c.monthlyCost, "1.2")).cumulativeDeltaNetProfit,
  mistakes: [
    {
      answer: (c) => multiply(multiply(c.monthlyCost, "0.2"), c.horizonMonths),
      why: {
        en: "that ignores the lag: the T arrives only later, while the salary is paid from month 1.",
        ru: "здесь не учтено запаздывание: проход приходит позже, а оклад платится с первого месяца.",
      },
    },
    {
      answer: (c) => multiply(multiply(c.monthlyCost, "1.2"), c.horizonMonths - c.gainFromMonth + 1),
      why: {
        en: "that is only the ΔT; the administrator's salary (ΔOE) has to come off it.",
        ru: "это только ΔT; из него надо вычесть оклад администратора (ΔОЕ).",
      },
    },
  ],
};

/** Chapter 02: the monthly ΔT that just breaks even over the horizon. */
export const administratorBreakEven: Exercise<AdministratorContext> = {
  id: "02-2",
  question:
    "With the chapter's lag and horizon, what monthly ΔT makes the decision exactly break even over the horizon? (two decimals)",
  hint: {
    en: "Every month of the horizon pays the salary; only the months from the gain's start bring T.",
    ru: "Оклад платится каждый месяц горизонта, а проход приносят только месяцы с начала прироста.",
  },
  tolerance: 0.01,
  solve: (c) => administrator(c).breakEvenMonthlyDeltaThroughput ?? money(0, c.monthlyCost.currency),
  mistakes: [
    {
      answer: (c) => c.monthlyCost,
      why: {
        en: "ΔT = ΔOE is the steady-state threshold; the lag months still have to be paid back.",
        ru: "ΔT = ΔОЕ — порог установившегося режима; месяцы запаздывания ещё надо отбить.",
      },
    },
  ],
};

const firstTimed = (model: BusinessModel, minutes?: number) =>
  rankProducts(model, minutes === undefined ? {} : { per: { amount: minutes, unit: "minute" } }).rows.find(
    (row) => row.constraintTimePerUnit > 0,
  );

/** Chapter 03: the first product that uses the constraint. */
export const firstRankedService: Exercise<BusinessModel> = {
  id: "03-1",
  question: "Which product that uses the constraint's time ranks first? Answer with its id.",
  hint: {
    en: "Sort by T per unit of constraint time, not by T per unit.",
    ru: "Сортируйте по проходу на единицу времени ограничения, а не по проходу на единицу продукта.",
  },
  solve: (model) => firstTimed(model)?.productId ?? "",
  mistakes: [
    {
      answer: (model) =>
        [...rankProducts(model).rows].sort((a, b) =>
          b.throughputPerUnit.amount.comparedTo(a.throughputPerUnit.amount),
        )[0]?.productId ?? "",
      why: {
        en: "it has the largest T per unit, but it takes more of the constraint's time; per hour of the constraint it earns less.",
        ru: "у неё наибольший проход на единицу, но она занимает больше времени ограничения; на час ограничения она приносит меньше.",
      },
    },
    {
      answer: (model) => rankProducts(model).rows.find((row) => row.constraintTimePerUnit === 0)?.productId ?? "",
      why: {
        en: "that one takes no time of the constraint at all: it comes first, but the question asks about the products that use it.",
        ru: "эта позиция вовсе не занимает времени ограничения: она первая, но вопрос — о позициях, которые его занимают.",
      },
    },
  ],
};

/** Chapter 03, a what-if: the ratio per hour. */
export const firstRankedPerHour: Exercise<BusinessModel> = {
  id: "03-2",
  question:
    "Run the chapter with -p perMinutes=60. What is T per hour of the constraint of the first product that uses it?",
  hint: {
    en: "T per unit ÷ hours of the constraint one unit takes.",
    ru: "Проход на единицу ÷ часы ограничения, которые занимает одна единица.",
  },
  tolerance: 0.01,
  solve: (model) => firstTimed(model, 60)?.throughputPerConstraintTime ?? money(0, model.currency),
  mistakes: [
    {
      answer: (model) => firstTimed(model, 6)?.throughputPerConstraintTime ?? money(0, model.currency),
      why: { en: "that is per 6 minutes; an hour is ten of them.", ru: "это на 6 минут; в часе их десять." },
    },
    {
      answer: (model) => firstTimed(model)?.throughputPerUnit ?? money(0, model.currency),
      why: {
        en: "that is T per unit; divide it by the hours one unit takes.",
        ru: "это проход на единицу; разделите его на часы, которые занимает одна единица.",
      },
    },
  ],
};

/** Chapter 04: the NP lost by the political mix of the chapter's model. */
export const politicalMixCost: Exercise<BusinessModel> = {
  id: "04-1",
  question: "How much net profit a period does the political mix lose against the best mix?",
  hint: {
    en: "Build both plans and subtract their NP (or T: OE is the same in both).",
    ru: "Постройте оба плана и вычтите их ЧП (или проход: ОЕ в обоих одинаковы).",
  },
  solve: (model) => politicalMix(model).throughputLost,
  mistakes: [
    {
      answer: (model) =>
        sum(
          politicalMix(model)
            .changes.filter((c) => c.kind === "forced")
            .map((c) => c.throughputChange),
          model.currency,
        ),
      why: {
        en: "that counts only the T the forced product brings; the products it displaced took their T away with them.",
        ru: "здесь учтён только проход навязанной позиции; вытесненные позиции унесли свой проход с собой.",
      },
    },
    {
      answer: (model) =>
        sum(
          politicalMix(model).displaced.map((c) => c.throughputChange),
          model.currency,
        ),
      why: {
        en: "that is the T of the displaced products alone; the forced product brings some T back.",
        ru: "это проход одних вытесненных позиций; навязанная позиция часть прохода возвращает.",
      },
    },
  ],
};

/** Chapter 04, a what-if: more capacity. */
export const politicalMixCostWithMoreCapacity: Exercise<BusinessModel> = {
  id: "04-2",
  question: "Set capacityHours to 120: what is the political mix's price now?",
  hint: {
    en: "With more hours of the constraint, fewer better products have to give way to the political minimum.",
    ru: "Чем больше часов у ограничения, тем меньше лучших позиций уступают место политическому минимуму.",
  },
  solve: (model) => politicalMix(capacityOf(model, constraintOf(model), 120)).throughputLost,
  mistakes: [
    {
      answer: (model) => politicalMix(model).throughputLost,
      why: {
        en: "that is the price at the chapter's capacity; give the constraint 120 hours first.",
        ru: "это цена при мощности главы; сначала дайте ограничению 120 часов.",
      },
    },
  ],
};

/** The first period of sales: the month a chapter reports. */
function firstPeriod(model: BusinessModel): string {
  const first = reportByPeriod(model)[0];
  if (first === undefined) throw new ArgumentError("empty", model.name, `the model "${model.name}" has no periods`);
  return first.period;
}

/** Chapter 05: revenue mistaken for T. */
export const revenueIsNotThroughput: Exercise<BusinessModel> = {
  id: "05-1",
  question: {
    en: "Someone hears that the plan is T = OE + 10 and sells that much revenue instead, with the month's mix and the same OE. What is NP?",
    ru: "Кто-то услышал, что план — проход = ОЕ + 10, и продал на эту сумму выручки, с ассортиментом месяца и теми же ОЕ. Какова ЧП?",
  },
  hint: {
    en: "Revenue is not T: the TVC of everything sold is still owed. Work out the T-ratio T / revenue first.",
    ru: "Выручка — не проход: TVC всего проданного всё равно надо заплатить. Сначала найдите долю прохода в выручке (проход / выручка).",
  },
  tolerance: 0.01,
  solve: (shop) => {
    const report = throughputReport(shop, { period: firstPeriod(shop) });
    const target = add(report.operatingExpense, money(10, shop.currency));
    return subtract(
      multiply(target, report.throughput.amount.dividedBy(report.revenue.amount)),
      report.operatingExpense,
    );
  },
  mistakes: [
    {
      answer: (shop) => money(10, shop.currency),
      why: {
        en: "revenue is not T; the TVC of what was sold is still owed.",
        ru: "выручка — не проход: TVC проданного всё равно надо заплатить.",
      },
    },
    {
      answer: (shop) => {
        const report = throughputReport(shop, { period: firstPeriod(shop) });
        return subtract(
          add(report.operatingExpense, money(10, shop.currency)),
          add(report.totallyVariableCost, report.operatingExpense),
        );
      },
      why: {
        en: "the TVC shrinks with less sold; use the T-ratio of the month, not the month's TVC.",
        ru: "при меньших продажах TVC тоже меньше: возьмите долю прохода месяца, а не TVC месяца.",
      },
    },
  ],
};

/** Chapter 05, a what-if: a higher target profit. */
export const planWithHigherProfit: Exercise<BusinessModel> = {
  id: "05-2",
  question: {
    en: "Set targetProfit to 50: how much T must the month bring?",
    ru: "Задайте targetProfit = 50: какой проход должен принести месяц?",
  },
  hint: { en: "Plan T = OE + desired profit.", ru: "План по проходу = ОЕ + желаемая прибыль." },
  solve: (shop) =>
    add(throughputReport(shop, { period: firstPeriod(shop) }).operatingExpense, money(50, shop.currency)),
  mistakes: [
    {
      answer: (shop) => money(50, shop.currency),
      why: {
        en: "the profit comes on top of OE: T has to cover OE first.",
        ru: "прибыль идёт сверх ОЕ: сначала проход должен покрыть ОЕ.",
      },
    },
    {
      answer: (shop) => add(throughputReport(shop, { period: firstPeriod(shop) }).revenue, money(50, shop.currency)),
      why: {
        en: "the plan is set in T, not in revenue: revenue contains TVC that leaves.",
        ru: "план ставится в проходе, а не в выручке: в выручке сидят TVC, которые уходят.",
      },
    },
  ],
};

/** Chapter 06: three special orders on idle capacity. */
export const threeSpecialOrders: Exercise<SpecialOrderInput> = {
  id: "06-1",
  question: {
    en: "Three customers ask for the same special price, each for one unit, on capacity that would stand idle. What is ΔNP of accepting all three?",
    ru: "Трое клиентов просят ту же особую цену, каждый на одну единицу, на мощности, которая иначе простояла бы. Каково ΔЧП, если принять все три заказа?",
  },
  hint: {
    en: "ΔT = (price − TVC) × quantity, and OE does not change.",
    ru: "ΔT = (цена − TVC) × количество, а ОЕ не меняются.",
  },
  solve: (order) =>
    evaluateSpecialOrder({
      ...order,
      quantity: 3,
      idleCapacity: Math.max(order.idleCapacity ?? 0, 3 * (order.capacityPerUnit ?? 1)),
    }).deltaNetProfit,
  mistakes: [
    {
      answer: (order) => multiply(order.price, 3),
      why: { en: "the TVC of each unit comes off its price.", ru: "TVC каждой единицы вычитается из её цены." },
    },
    {
      answer: (order) =>
        order.marketPrice ? multiply(subtract(order.price, order.marketPrice), 3) : money(0, order.price.currency),
      why: {
        en: "that is the cost world's view, a 'loss' against the market price; but that capacity would earn nothing at all otherwise.",
        ru: "это взгляд мира затрат, «убыток» против рыночной цены; но иначе эта мощность не заработала бы ничего.",
      },
    },
  ],
};

/** Chapter 06: the price floor of a special order. */
export const specialOrderFloor: Exercise<SpecialOrderInput> = {
  id: "06-2",
  question: {
    en: "At what special price would one such order add exactly nothing to NP?",
    ru: "При какой особой цене один такой заказ ровно ничего не добавит к ЧП?",
  },
  hint: {
    en: "One more unit adds price − TVC; OE does not move.",
    ru: "Ещё одна единица добавляет цену − TVC; ОЕ не двигаются.",
  },
  solve: (order) => order.tvcPerUnit,
  mistakes: [
    {
      answer: (order) => order.marketPrice ?? money(0, order.price.currency),
      why: {
        en: "below the market price the order still adds T, as long as it covers TVC.",
        ru: "и ниже рыночной цены заказ добавляет проход, пока покрывает TVC.",
      },
    },
    {
      answer: (order) => money(0, order.price.currency),
      why: {
        en: "at a price of 0 each unit still costs its TVC: NP falls.",
        ru: "при цене 0 каждая единица всё равно стоит своих TVC: ЧП падает.",
      },
    },
  ],
};

/** A business before and after a change: chapter 07's context. */
export interface ChangeContext {
  readonly before: BusinessModel;
  readonly after: BusinessModel;
}

const constraintUsers = (model: BusinessModel, resourceId: string) =>
  new Set(model.usages.filter((u) => u.resourceId === resourceId && u.timePerUnit > 0).map((u) => u.productId));
const unitsOnConstraint = (model: BusinessModel, resourceId: string) =>
  rankingMix(model)
    .lines.filter((l) => constraintUsers(model, resourceId).has(l.productId))
    .reduce((total, l) => total + l.quantity, 0);

/** Chapter 07: ΔNP of the filter. */
export const filterDeltaNetProfit: Exercise<ChangeContext> = {
  id: "07-1",
  question: {
    en: "What is ΔNP a period of hiring the filter: the ranking plan with the filter against today's?",
    ru: "Каково ΔЧП за период от найма фильтра: план по рейтингу с фильтром против сегодняшнего?",
  },
  hint: {
    en: "ΔNP = ΔT − ΔOE: the T of the extra units sold, minus the filter's salary.",
    ru: "ΔЧП = ΔT − ΔОЕ: проход дополнительно проданных единиц минус зарплата фильтра.",
  },
  solve: (c) =>
    compareMixPlans(rankingMix(c.before), rankingMix(c.after)).deltaNetProfit ?? money(0, c.before.currency),
  mistakes: [
    {
      answer: (c) => compareMixPlans(rankingMix(c.before), rankingMix(c.after)).deltaThroughput,
      why: {
        en: "that is ΔT alone; the filter's salary is ΔOE and comes off it.",
        ru: "это только ΔT; зарплата фильтра — это ΔОЕ, её надо вычесть.",
      },
    },
    {
      answer: (c) =>
        compareMixPlans(rankingMix(c.before), rankingMix(c.after)).deltaOperatingExpense ?? money(0, c.before.currency),
      why: {
        en: "that is the filter's cost, what the cost world sees; the throughput world weighs it against ΔT.",
        ru: "это стоимость фильтра — то, что видит мир затрат; мир прохода сравнивает её с ΔT.",
      },
    },
  ],
};

/** Chapter 07, a what-if: fewer hours of the expert. */
export const unitsWithFilterAt140: Exercise<ChangeContext> = {
  id: "07-2",
  question: {
    en: "Set expertHours to 140: how many units of the products that use the constraint does the setup with the filter sell?",
    ru: "Задайте expertHours = 140: сколько единиц продуктов, занимающих ограничение, продаёт вариант с фильтром?",
  },
  hint: {
    en: "The constraint's minutes ÷ the minutes one unit takes of it, with the filter; up to demand.",
    ru: "Минуты ограничения ÷ минуты, которые одна единица занимает у него с фильтром; не больше спроса.",
  },
  tolerance: 0.01,
  solve: (c) => {
    const id = constraintOf(c.after);
    return unitsOnConstraint(capacityOf(c.after, id, 140), id);
  },
  mistakes: [
    {
      answer: () => 140,
      why: {
        en: "a unit may take more (or less) than an hour of the constraint; count its minutes.",
        ru: "единица может занимать больше (или меньше) часа ограничения; посчитайте её минуты.",
      },
    },
    {
      answer: (c) => unitsOnConstraint(capacityOf(c.before, constraintOf(c.before), 140), constraintOf(c.before)),
      why: {
        en: "that is today's setup; the filter takes some of the constraint's work off it.",
        ru: "это сегодняшний вариант; фильтр снимает с ограничения часть работы.",
      },
    },
  ],
};

/** Chapter 08: what the cost-accounting plan earns. */
export const costAccountingNetProfit: Exercise<BusinessModel> = {
  id: "08-1",
  question: {
    en: "A cost accountant sells the products in order of margin (T) per unit, ignoring the constraint. What NP does that plan give?",
    ru: "Бухгалтер «мира затрат» продаёт продукты в порядке маржи (прохода) на единицу, не глядя на ограничение. Какую ЧП даёт такой план?",
  },
  hint: {
    en: "The product with the highest T per unit first, up to its demand, then the next, as long as every resource has time; then T − OE.",
    ru: "Сначала продукт с наибольшим проходом на единицу, до его спроса, затем следующий, пока у каждого ресурса есть время; затем проход − ОЕ.",
  },
  solve: (model) => costAccountingMix(model, { method: "margin" }).plan.netProfit ?? money(0, model.currency),
  mistakes: [
    {
      answer: (model) => rankingMix(model).netProfit ?? money(0, model.currency),
      why: {
        en: "that is the throughput world's plan (by T per minute of the constraint).",
        ru: "это план мира прохода (по проходу на минуту ограничения).",
      },
    },
  ],
};

/** Chapter 08: the throughput accounting ratio. */
export const firstProductTpar: Exercise<BusinessModel> = {
  id: "08-2",
  question: {
    en: "What is the throughput accounting ratio (TPAR) of the product that ranks first among those using the bottleneck? (two decimals)",
    ru: "Каков коэффициент прохода (TPAR) продукта, первого в рейтинге среди занимающих узкое место? (два знака после запятой)",
  },
  hint: {
    en: "Return per bottleneck hour (T per unit ÷ its bottleneck hours) ÷ cost per bottleneck hour (OE ÷ the bottleneck's hours).",
    ru: "Доход на час узкого места (проход на единицу ÷ её часы узкого места) ÷ стоимость часа узкого места (ОЕ ÷ часы узкого места).",
  },
  tolerance: 0.01,
  solve: (model) => throughputAccountingRatios(model).rows.find((row) => row.ratio !== undefined)?.ratio ?? 0,
  mistakes: [
    {
      answer: (model) => {
        const report = throughputAccountingRatios(model);
        const row = report.rows.find((r) => r.returnPerHour !== undefined);
        return row?.returnPerHour ?? money(0, model.currency);
      },
      why: {
        en: "that is the return per bottleneck hour; divide it by what an hour of the bottleneck costs.",
        ru: "это доход на час узкого места; разделите его на стоимость часа узкого места.",
      },
    },
  ],
};

/** Chapter 09's context: the reader's copy, and how much one product's price rose. */
export interface PriceRiseContext extends ProductContext {
  readonly priceRise: Money;
}

/** Chapter 09: T after a price rise. */
export const throughputAfterPriceRise: Exercise<PriceRiseContext> = {
  id: "09-1",
  question: {
    en: "After the edit, what is the T per unit of the product whose price was raised?",
    ru: "Каков после правки проход на единицу продукта, цену которого подняли?",
  },
  hint: {
    en: "The new price minus the same TVC (a share-of-price TVC grows with the price).",
    ru: "Новая цена минус те же TVC (TVC в виде доли цены растут вместе с ценой).",
  },
  solve: (c) => throughputPerUnit(product(c.model, c.productId)),
  mistakes: [
    {
      answer: (c) => product(c.model, c.productId).price,
      why: {
        en: "that is the new price; TVC still comes off it.",
        ru: "это новая цена; TVC всё так же вычитаются из неё.",
      },
    },
    {
      answer: (c) => c.priceRise,
      why: { en: "that is how much the price rose, not the T.", ru: "это прирост цены, а не проход." },
    },
  ],
};

/** Chapter 09, a what-if: a bigger price rise. */
export const firstPeriodGainFromPriceRise: Exercise<PriceRiseContext> = {
  id: "09-2",
  question: {
    en: "Set priceRise to 5: by how much does the first period's NP rise against the original data, if the same units are sold?",
    ru: "Задайте priceRise = 5: на сколько вырастет ЧП первого периода против исходных данных при тех же продажах в штуках?",
  },
  hint: {
    en: "Each unit sold of that product brings 5 more of revenue; its per-unit TVC stays unless part of it is a share of the price.",
    ru: "Каждая проданная единица этого продукта приносит на 5 больше выручки; TVC на единицу не меняются, если в них нет доли цены.",
  },
  solve: (c) => {
    const p = product(c.model, c.productId);
    const original = { ...p, price: subtract(p.price, c.priceRise) };
    const raised = { ...p, price: add(original.price, money(5, c.model.currency)) };
    const period = firstPeriod(c.model);
    const units = c.model.sales
      .filter((s) => s.productId === p.id && s.period === period)
      .reduce((total, s) => total + s.quantity, 0);
    return multiply(subtract(throughputPerUnit(raised), throughputPerUnit(original)), units);
  },
  mistakes: [
    {
      answer: (c) => money(5, c.model.currency),
      why: {
        en: "that is the rise of one unit; multiply by the units sold in the period.",
        ru: "это прирост на одну единицу; умножьте на число единиц, проданных за период.",
      },
    },
  ],
};

/**
 * Every exercise of the workbook by id.
 *
 * @example
 * EXERCISES["01-1"].id; // "01-1"
 */
export const EXERCISES = {
  "00-1": unitThroughput,
  "00-2": unitThroughputIfTvcDoubles,
  "01-1": throughputWithHigherTvc,
  "01-2": unitsToBreakEven,
  "02-1": administratorCumulative,
  "02-2": administratorBreakEven,
  "03-1": firstRankedService,
  "03-2": firstRankedPerHour,
  "04-1": politicalMixCost,
  "04-2": politicalMixCostWithMoreCapacity,
  "05-1": revenueIsNotThroughput,
  "05-2": planWithHigherProfit,
  "06-1": threeSpecialOrders,
  "06-2": specialOrderFloor,
  "07-1": filterDeltaNetProfit,
  "07-2": unitsWithFilterAt140,
  "08-1": costAccountingNetProfit,
  "08-2": firstProductTpar,
  "09-1": throughputAfterPriceRise,
  "09-2": firstPeriodGainFromPriceRise,
} as const;
