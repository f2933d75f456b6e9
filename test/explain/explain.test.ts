import { describe, expect, it } from "vitest";
import {
  breakEvenUnits,
  compareMixPlans,
  compareScenarios,
  comparePaySchemes,
  costAccountingMix,
  defineModel,
  evaluateSpecialOrder,
  findConstraint,
  money,
  optimalMix,
  politicalMix,
  projectDecision,
  rankProducts,
  rankingMix,
  resourceLoads,
  revenuePlan,
  throughputReport,
  withPoliticalMinimum,
  type BusinessModel,
} from "../../src/core";
import {
  explainBreakEven,
  explainCostAccounting,
  explainDecision,
  explainMixPlan,
  explainOptimalMix,
  explainPaySchemes,
  explainPlanChange,
  explainPoliticalMinimum,
  explainPoliticalMix,
  explainRanking,
  explainResourceLoads,
  explainSalesPlan,
  explainScenarioComparison,
  explainSpecialOrder,
  explainThroughputReport,
  explanationHtml,
  explanationText,
  isExplanation,
} from "../../src/explain";
import { explanationLines } from "../../src/explain/sentence";
import { show, type DisplayTarget } from "../../src/display";
import { getDefaultLocale, setDefaultLocale } from "../../src/i18n";
import { haircut, salon } from "../core/fixtures";
import { pq } from "../core/constraints/fixtures";

// Intl writes no-break spaces in Russian amounts ("100,00 ₽"); the expectations use plain spaces.
const text = (e: Parameters<typeof explanationLines>[0]) =>
  explanationLines(e)
    .join("\n")
    .replace(/[\u00a0\u202f]/g, " ");

/** A salon with one chair resource of `hours`, three services and an optional political minimum. */
function chairs(hours: number, minimum?: number): BusinessModel {
  const service = (id: string, name: string, price: number, tvc: number) => ({
    id,
    name,
    type: "service" as const,
    price: money(price),
    tvc: [{ kind: "piece-rate" as const, name: "piece rate", basis: "per-unit" as const, amount: money(tvc) }],
  });
  return defineModel({
    name: "chairs",
    products: [
      service("cut", "Cut", 100, 40),
      service("colour", "Colour", 300, 120),
      service("style", "Style", 50, 35),
    ],
    operatingExpenses: [{ id: "rent", name: "Rent", category: "rent", amount: money(1000) }],
    resources: [{ id: "chair", name: "Chair", capacity: hours, unit: "hour" }],
    usages: [
      { productId: "cut", resourceId: "chair", timePerUnit: 30, unit: "minute" },
      { productId: "colour", resourceId: "chair", timePerUnit: 120, unit: "minute" },
      { productId: "style", resourceId: "chair", timePerUnit: 30, unit: "minute" },
    ],
    demand: [
      { productId: "cut", quantity: 40 },
      { productId: "colour", quantity: 10 },
      { productId: "style", quantity: 20, ...(minimum === undefined ? {} : { minimum }) },
    ],
  });
}

describe("explainThroughputReport", () => {
  it("says a loss, a break-even and a profit from NP", () => {
    const loss = text(explainThroughputReport(throughputReport(salon(), { period: "month-3" })));
    expect(loss).toContain("T = revenue ₽100.00 − TVC ₽50.00 = ₽50.00.");
    expect(loss).toContain("falls ₽50.00 short of OE ₽100.00: a net loss of ₽50.00");
    expect(text(explainThroughputReport(throughputReport(salon(), { period: "month-1" })))).toContain(
      "break-even (NP = 0)",
    );
    const profit = explainThroughputReport(throughputReport(salon(), { period: "month-2" }));
    expect(text(profit)).toContain("covers OE ₽40.00 with ₽10.00 to spare");
    expect(profit.sentences[1]!.tone).toBe("good");
  });

  it("speaks Russian with Russian terms and number formats", () => {
    const ru = text(explainThroughputReport(throughputReport(salon(), { period: "month-3" }), { locale: "ru" }));
    expect(ru).toContain("Проход T = выручка 100,00 ₽ − TVC 50,00 ₽ = 50,00 ₽.");
    expect(ru).toContain("убыток 50,00 ₽ (ЧП = T − ОЕ)");
  });

  it("says productivity as a Russian accountant does: каждый рубль ОЕ приносит …, in any currency", () => {
    const month2 = throughputReport(salon(), { period: "month-2" });
    expect(text(explainThroughputReport(month2, { locale: "ru" }))).toContain(
      "Каждый рубль ОЕ приносит 1,25 ₽ прохода (производительность T / ОЕ = 1,25).",
    );
    expect(text(explainThroughputReport(month2))).toContain("Each ₽1 of OE brings ₽1.25 of T");
    const inDollars = (currency: "USD" | "UAH") => {
      const model = salon();
      const m = (amount: { amount: { toFixed(): string } }) => money(amount.amount.toFixed(), currency);
      return defineModel({
        ...model,
        currency,
        products: model.products.map((p) => ({
          ...p,
          price: m(p.price),
          tvc: p.tvc.map((c) => (c.basis === "per-unit" ? { ...c, amount: m(c.amount) } : c)),
        })),
        operatingExpenses: model.operatingExpenses.map((e) => ({ ...e, amount: m(e.amount) })),
      } as BusinessModel);
    };
    const usd = text(
      explainThroughputReport(throughputReport(inDollars("USD"), { period: "month-2" }), { locale: "ru" }),
    );
    expect(usd).toContain("Каждый доллар ОЕ приносит 1,25 $ прохода");
    const uah = text(
      explainThroughputReport(throughputReport(inDollars("UAH"), { period: "month-2" }), { locale: "ru" }),
    );
    expect(uah).toContain("Каждая гривна ОЕ приносит 1,25 ₴ прохода");
    expect(`${usd}\n${uah}`).not.toMatch(/Каждые|приносят/);
  });

  it("uses the session's default locale when none is given", () => {
    const previous = getDefaultLocale();
    setDefaultLocale("ru");
    try {
      expect(explainThroughputReport(throughputReport(salon(), { period: "month-3" })).locale).toBe("ru");
    } finally {
      setDefaultLocale(previous);
    }
  });
});

describe("explainBreakEven", () => {
  it("rounds a fraction of a unit up and says why; says when no number of units covers OE", () => {
    expect(text(explainBreakEven(breakEvenUnits(haircut, money(52))))).toContain("= 10.4: 11 units to break even");
    expect(text(explainBreakEven(breakEvenUnits(haircut, money(50))))).toContain("= 10 units to break even");
    const free = { ...haircut, price: money(5) };
    expect(explainBreakEven(breakEvenUnits(free, money(50))).sentences[0]!.tone).toBe("bad");
  });
});

describe("explainRanking", () => {
  it("names the CCR when one is overloaded, and the busiest resource when the market is the constraint", () => {
    expect(text(explainRanking(rankProducts(chairs(10))))).toContain("Chair is the capacity-constrained resource");
    expect(text(explainRanking(rankProducts(chairs(1000))))).toContain(
      "the market is the constraint; the ranking uses the busiest resource, Chair",
    );
  });

  it("explains why the largest T per unit does not come first, with the computed ratio of times", () => {
    const lines = text(explainRanking(rankProducts(chairs(10))));
    // Cut: T 60 per 30 min = ₽120/h; Colour: T 180 per 120 min = ₽90/h: four times the time.
    expect(lines).toContain("Cut earns most per hour: ₽120.00 (1st in the ranking)");
    expect(lines).toContain(
      "Colour has the largest T per unit (₽180.00 against ₽60.00) yet comes 2nd: it takes 4 times the time of Cut",
    );
    const ru = text(explainRanking(rankProducts(chairs(10)), { locale: "ru" }));
    expect(ru).toContain("занимает в 4 раза больше времени");
  });

  it("says nothing about the largest T per unit when it also ranks first", () => {
    const cheapColour = chairs(10);
    const model = {
      ...cheapColour,
      usages: cheapColour.usages.map((u) => (u.productId === "colour" ? { ...u, timePerUnit: 20 } : u)),
    };
    expect(text(explainRanking(rankProducts(model)))).not.toContain("largest T per unit");
  });
});

describe("explainMixPlan", () => {
  it("capacity binding: says where the resource runs out and how many products are served in full", () => {
    // 10 h = 600 min: 40 cuts take 1200 min, so the chair runs out on the first line.
    const plan = rankingMix(chairs(25));
    const lines = text(explainMixPlan(plan, { periodUnit: "month" }));
    expect(lines).toMatch(/^Chair runs out part-way down the list, at /);
    const served = plan.lines.filter((line) => line.unsold === 0).length;
    expect(lines).toContain(`${served} of 3 products are sold to their full demand`);
  });

  it("capacity not binding: every client is served, and the busiest resource's load is given", () => {
    const explanation = explainMixPlan(rankingMix(chairs(1000)));
    expect(text(explanation)).toContain(
      "Capacity is not binding: all demand is served, and the busiest resource, Chair, is 5% busy.",
    );
    expect(explanation.sentences[0]!.tone).toBe("good");
  });

  it("no demand limit: never says all demand is served; the constraint is filled in ranking order", () => {
    const base = chairs(10);
    const unlimited = { ...base, demand: base.demand.map((d) => ({ productId: d.productId, quantity: Infinity })) };
    const explanation = explainMixPlan(rankingMix(unlimited));
    expect(text(explanation)).not.toContain("all demand is served");
    expect(text(explanation)).toContain(
      "No demand limit on 3 products: the market takes whatever the resources can make, " +
        "so Chair (100% busy) is given to products in ranking order until it is full.",
    );
    expect(text(explainMixPlan(rankingMix(unlimited), { locale: "ru" }))).toContain("Спрос не ограничен по 3 позициям");
  });

  it("says whether the plan makes or loses money", () => {
    expect(text(explainMixPlan(rankingMix(chairs(1000)), { periodUnit: "month" }))).toContain(
      "The ranking plan makes money: T ₽4,500.00 − OE ₽1,000.00 = NP ₽3,500.00 a month.",
    );
    const poor = text(explainMixPlan(rankingMix(chairs(5))));
    expect(poor).toContain("The ranking plan loses money: T ₽600.00 is ₽400.00 short of OE ₽1,000.00");
    expect(text(explainMixPlan(costAccountingMix(pq()).plan, { periodUnit: "week" }))).toContain("loses money");
  });

  it("says a political minimum above demand is sold anyway (a model built without defineModel's check)", () => {
    const base = chairs(1000);
    const unchecked = {
      ...base,
      demand: base.demand.map((d) => (d.productId === "style" ? { ...d, minimum: 25 } : d)),
    };
    const lines = text(explainMixPlan(rankingMix(unchecked)));
    expect(lines).toContain(
      "The political minimum of 25 for Style is above its forecast demand of 20: the plan sells 25",
    );
  });
});

describe("explainPoliticalMix", () => {
  it("a political mix that costs something: what is forced, what gives way and the NP lost", () => {
    const comparison = politicalMix(chairs(25, 20));
    const lines = text(explainPoliticalMix(comparison, { periodUnit: "month" }));
    expect(lines).toContain("The political minimum sells 20 of Style where the best plan sells 2 (+₽270.00 of T).");
    expect(lines).toContain("give way");
    expect(lines).toMatch(/The political mix costs ₽[\d,.]+ of net profit a month: NP ₽[\d,.]+ instead of ₽[\d,.]+\./);
    expect(lines).toContain(
      `costs ₽${comparison.netProfitLost!.amount.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ",")}`,
    );
  });

  it("a political mix that costs nothing says so", () => {
    const free = explainPoliticalMix(politicalMix(chairs(1000, 5)));
    expect(text(free)).toContain("The political limits cost nothing");
    expect(free.sentences.every((sentence) => sentence.tone !== "bad")).toBe(true);
  });
});

describe("explainPoliticalMinimum", () => {
  it("says when a minimum above demand is capped, and says nothing of a cap when it fits", () => {
    const capped = explainPoliticalMinimum(withPoliticalMinimum(chairs(1000), "style", 25));
    expect(text(capped)).toBe(
      "A minimum of 25 Style was asked, but only 20 can be sold (the market's demand is 20): the minimum is capped at 20.",
    );
    expect(capped.sentences[0]!.tone).toBe("warning");
    expect(text(explainPoliticalMinimum(withPoliticalMinimum(chairs(1000), "style", 5)))).not.toContain("capped");
  });
});

describe("explainResourceLoads", () => {
  it("names the CCR when a resource is overloaded, and says every client can be served when none is", () => {
    expect(text(explainResourceLoads(findConstraint(chairs(10))))).toContain(
      "Chair is overloaded: it would need 50 h but has 10 (500%), 40 h short: it is the capacity-constrained resource (CCR).",
    );
    const free = text(explainResourceLoads(findConstraint(chairs(1000))));
    expect(free).toContain("the market is the constraint, and every client can be served");
    expect(free).toContain("The busiest resource is Chair: 5% of its capacity (950 h spare).");
    expect(text(explainResourceLoads(resourceLoads(pq())))).toContain("B is overloaded");
  });
});

describe("explainDecision and explainScenarioComparison", () => {
  const decision = (gain: number, from: number) =>
    projectDecision({
      name: "administrator",
      horizonMonths: 12,
      effects: [
        { kind: "operating-expense", label: "salary", amount: money(10) },
        { kind: "throughput", label: "new service", amount: money(gain), fromMonth: from },
      ],
    });

  it("a decision that pays back: the month, the dip and the total", () => {
    const lines = text(explainDecision(decision(30, 4)));
    expect(lines).toContain("Accept: at full effect ΔT ₽30.00 > ΔOE ₽10.00 a month, so NP grows by ₽20.00 a month.");
    expect(lines).toContain(
      "The cumulative ΔNP bottoms out at −₽30.00 in month 3; the decision pays back in month 5 and adds ₽150.00 over 12 months.",
    );
  });

  it("a decision that never pays back, and one that pays too late", () => {
    const never = explainDecision(decision(8, 1));
    expect(text(never)).toContain(
      "Reject: at full effect ΔT ₽8.00 < ΔOE ₽10.00 a month, so NP falls by ₽2.00 a month and the decision never pays back.",
    );
    expect(never.sentences[0]!.tone).toBe("bad");
    const late = text(explainDecision(decision(12, 7)));
    expect(late).toContain("Not yet");
    expect(late).toContain("does not pay back within 12 months: the cumulative ΔNP ends at −₽48.00");
    expect(text(explainDecision(decision(12, 7)))).toContain("a ΔT of ₽20.00 a month at full effect just breaks even");
  });

  it("a scenario comparison: ΔT against ΔOE", () => {
    const base = salon();
    const changed = {
      ...base,
      name: "salon + administrator",
      operatingExpenses: [
        ...base.operatingExpenses,
        { id: "admin", name: "Administrator", category: "salaries", amount: money(10), period: "month-3" },
      ],
    };
    expect(text(explainScenarioComparison(compareScenarios(base, changed, { period: "month-3" })))).toContain(
      "Reject: ΔT ₽0.00 < ΔOE +₽10.00, so NP falls by ₽10.00.",
    );
    expect(text(explainScenarioComparison(compareScenarios(changed, base, { period: "month-3" })))).toContain(
      "Accept: ΔT ₽0.00 > ΔOE −₽10.00, so NP grows by ₽10.00.",
    );
  });

  it("a change between plans: accept when ΔT > ΔOE", () => {
    expect(text(explainPlanChange(compareMixPlans(rankingMix(chairs(10)), rankingMix(chairs(20)))))).toMatch(
      /^Accept: ΔT \+₽1,200\.00 > ΔOE ₽0\.00, so NP grows by ₽1,200\.00/,
    );
    expect(text(explainPlanChange(compareMixPlans(rankingMix(chairs(20)), rankingMix(chairs(10)))))).toMatch(/^Reject/);
  });
});

describe("explainSpecialOrder", () => {
  it("idle capacity: ΔNP = ΔT; a price below TVC: reject", () => {
    expect(
      text(
        explainSpecialOrder(
          evaluateSpecialOrder({ price: money(10), tvcPerUnit: money(1), marketPrice: money(50), idleCapacity: 5 }),
        ),
      ),
    ).toContain("ΔNP = +₽9.00");
    expect(
      explainSpecialOrder(evaluateSpecialOrder({ price: money("0.5"), tvcPerUnit: money(1), idleCapacity: 5 }))
        .sentences[0]!.tone,
    ).toBe("bad");
  });

  it("an order that does not fit: what it pushes out and ΔT, accepted or not by the numbers", () => {
    const model = chairs(25);
    // The chair is full (25 h): an hour-long order at T 50 an hour pushes out Style (T 30 an hour) and then Colour (T 90 an hour).
    const cheap = explainSpecialOrder(
      evaluateSpecialOrder({
        price: money(60),
        tvcPerUnit: money(10),
        capacityPerUnit: 1,
        quantity: 5,
        model,
        idleCapacity: 0,
      }),
    );
    expect(text(cheap)).toContain("it pushes out Colour (−2, −₽360.00) and Style (−2, −₽30.00).");
    expect(text(cheap)).toContain("Reject: ΔT = the order's T ₽250.00 − the T it pushes out ₽390.00 = −₽140.00");
    const dear = explainSpecialOrder(
      evaluateSpecialOrder({
        price: money(500),
        tvcPerUnit: money(10),
        capacityPerUnit: 1,
        quantity: 5,
        model,
        idleCapacity: 0,
      }),
    );
    expect(text(dear)).toMatch(/Accept: ΔT = the order's T ₽2,450\.00 − the T it pushes out ₽[\d,.]+ = \+₽[\d,.]+/);
  });
});

describe("explainOptimalMix and explainCostAccounting", () => {
  it("P&Q with P on D for 24 minutes: the optimum beats the ranking plan, which loses money", async () => {
    const result = await optimalMix(pq({ pOnD: 24 }));
    const lines = text(explainOptimalMix(result, { periodUnit: "week" }));
    expect(lines).toContain("The optimal plan brings $1,680.00 more T a week than the ranking plan");
    expect(lines).toContain("The ranking plan loses money");
    expect(lines).toContain("The optimal plan makes money");
  });

  it("plain P&Q: the ranking plan is already optimal", async () => {
    const lines = text(explainOptimalMix(await optimalMix(pq())));
    expect(lines).toContain("The ranking plan is already optimal");
  });

  it("cost accounting pushes Q first and loses money", () => {
    const lines = text(explainCostAccounting(costAccountingMix(pq())));
    expect(lines).toContain("Cost accounting pushes Q first: the largest margin per unit, $60.00");
    expect(lines).toContain("loses money");
  });
});

describe("explainPaySchemes and explainSalesPlan", () => {
  it("finds the flat stretch of a ladder and the constant share of a percentage", () => {
    const plan = money(1_000_000);
    const rows = comparePaySchemes(
      [
        { kind: "percent-of-sales", name: "5 %", rate: "0.05" },
        {
          kind: "step-ladder",
          name: "Ladder",
          plan,
          steps: [
            { fromAchievement: 0, pay: money(30_000) },
            { fromAchievement: 1, pay: money(50_000) },
            { fromAchievement: "1.2", pay: money(70_000) },
          ],
        },
      ],
      plan,
      ["0.5", 1, "1.2", "1.5", 2],
    );
    const lines = text(explainPaySchemes(rows));
    expect(lines).toContain("5 % pays a constant 5% of sales at every level");
    expect(lines).toContain("Ladder pays the same ₽70,000.00 from 120% to 200% of the plan");
    expect(lines).toContain(
      "At 50% of the plan Ladder pays most, ₽30,000.00; at 200% of the plan 5 % pays most, ₽100,000.00.",
    );
  });

  it("turns T into revenue by category", () => {
    const plan = revenuePlan(money(120), [
      { name: "services", throughputRatio: "0.5", share: "0.5" },
      { name: "goods", throughputRatio: "0.1", share: "0.5" },
    ]);
    expect(text(explainSalesPlan(plan))).toContain("T ₽120.00 needs revenue ₽720.00: services ₽120.00 for T ₽60.00");
  });
});

describe("rendering", () => {
  it("HTML escapes every sentence and marks its tone; text is one sentence a line", () => {
    const model = chairs(5);
    const evil = {
      ...model,
      products: model.products.map((p) => (p.id === "cut" ? { ...p, name: "<img src=x onerror=alert(1)>" } : p)),
    };
    const explanation = explainMixPlan(rankingMix(evil));
    expect(isExplanation(explanation)).toBe(true);
    const html = explanationHtml(explanation);
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain('class="ta-sentence ta-bad"');
    expect(explanationText(explanation).split("\n")).toHaveLength(explanation.sentences.length);
  });

  it("show() renders an explanation as paragraphs", () => {
    const shown: string[] = [];
    const display: DisplayTarget = { html: (html) => shown.push(html), text: () => undefined };
    show(explainRanking(rankProducts(chairs(10))), { display });
    expect(shown[0]).toMatch(/^<div class="ta-explanation" lang="en"><p /);
  });
});
