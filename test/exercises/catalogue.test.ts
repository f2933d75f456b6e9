import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { defineModel, isMoney, money, tvcPerUnit } from "../../src/core";
import { loadModel } from "../../src/load";
import { checkAnswer, EXERCISES } from "../../src/exercises";
import type { AdministratorContext } from "../../src/exercises/catalogue";

const data = (name: string) => loadModel(path.join(__dirname, "../../data", name));
const salon = data("salon");
const services = data("salon-services");
const shop = data("phone-shop");
const hall = data("hall-rental");
const pq = data("pq");
const haircut = { model: salon, productId: "haircut" };
const administrator: AdministratorContext = {
  monthlyCost: money(10),
  monthlyGain: money(30),
  gainFromMonth: 4,
  horizonMonths: 12,
};
const special = hall.products.find((p) => p.id === "hall-evening-special")!;
const order = {
  price: special.price,
  tvcPerUnit: tvcPerUnit(special),
  marketPrice: money(50),
  capacityPerUnit: 4,
  idleCapacity: 340,
};
const expert = { before: data("expert-sales/today"), after: data("expert-sales/with-filter") };
// Chapter 04's busier month: demand × 1.3, and at least 30 blow-dries kept on purpose.
const busy = defineModel({
  ...services,
  demand: services.demand.map((d) => ({
    ...d,
    quantity: Math.round(d.quantity * 1.3),
    ...(d.productId === "blow-dry" ? { minimum: 30 } : {}),
  })),
});
const raisedSalon = defineModel({
  ...salon,
  products: salon.products.map((p) => (p.id === "haircut" ? { ...p, price: money(12) } : p)),
});
const raised = { model: raisedSalon, productId: "haircut", priceRise: money(2) };

// Written plainly, so a reader can check the hand-worked figure against the library's answer.
const shown = (answer: unknown) =>
  typeof answer === "number"
    ? String(Math.round(answer * 100) / 100)
    : isMoney(answer)
      ? answer.amount.toDecimalPlaces(2).toString()
      : String(answer);

describe("the reference solutions are right (worked by hand from the digest, independently of the library)", () => {
  it("00-1: a haircut, 10 − (3 + 2) = 5", () => expect(shown(EXERCISES["00-1"].solve(haircut))).toBe("5"));
  it("00-2: TVC doubled, 10 − 2 × 5 = 0", () => expect(shown(EXERCISES["00-2"].solve(haircut))).toBe("0"));
  it("01-1: piece rate 3 → 4, 10 − (4 + 2) = 4", () => expect(shown(EXERCISES["01-1"].solve(haircut))).toBe("4"));
  it("01-2: the largest OE, month 3's 100, over T 5 = 20 haircuts", () =>
    expect(shown(EXERCISES["01-2"].solve(haircut))).toBe("20"));
  it("02-1: ΔT 12 from month 4: −10 × 3 + (12 − 10) × 9 = −12", () =>
    expect(shown(EXERCISES["02-1"].solve(administrator))).toBe("-12"));
  it("02-2: twelve salaries of 10 over nine months of T = 13.33", () =>
    expect(shown(EXERCISES["02-2"].solve(administrator))).toBe("13.33"));
  it("03-1: Lady Classic, 85 / 0.5 h, ranks first among the services", () =>
    expect(EXERCISES["03-1"].solve(services)).toBe("lady-classic"));
  it("03-2: per hour, 85 / 0.5 = 170", () => expect(shown(EXERCISES["03-2"].solve(services))).toBe("170"));
  it("04-1: 30 blow-dries displace 30 Men's Classic: 30 × 50 − 30 × 26 = 720", () =>
    expect(shown(EXERCISES["04-1"].solve(busy))).toBe("720"));
  it("04-2: at 120 h the busier month's 119.5 h all fit: the political mix costs 0", () =>
    expect(shown(EXERCISES["04-2"].solve(busy))).toBe("0"));
  it("05-1: revenue 110 at the T-ratio 110/150, less OE 100 = −19.33", () =>
    expect(shown(EXERCISES["05-1"].solve(shop))).toBe("-19.33"));
  it("05-2: OE 100 + profit 50 = 150", () => expect(shown(EXERCISES["05-2"].solve(shop))).toBe("150"));
  it("06-1: (10 − 1) × 3 = 27", () => expect(shown(EXERCISES["06-1"].solve(order))).toBe("27"));
  it("06-2: the order adds nothing at its TVC, 1", () => expect(shown(EXERCISES["06-2"].solve(order))).toBe("1"));
  it("07-1: the filter: 20 more hours × T 90 − 800 = 1000", () =>
    expect(shown(EXERCISES["07-1"].solve(expert))).toBe("1000"));
  it("07-2: 140 h at 75 minutes a billable hour = 112", () =>
    expect(shown(EXERCISES["07-2"].solve(expert))).toBe("112"));
  it("08-1: Goldratt's cost-accounting plan 60 P + 50 Q: T 5700 − OE 6000 = −300", () =>
    expect(shown(EXERCISES["08-1"].solve(pq))).toBe("-300"));
  it("08-2: P: 45 / 0.25 h = 180 an hour of B, over 6000 / 40 h = 150: 1.2", () =>
    expect(shown(EXERCISES["08-2"].solve(pq))).toBe("1.2"));
  it("09-1: a haircut at 12 leaves 12 − 5 = 7", () => expect(shown(EXERCISES["09-1"].solve(raised))).toBe("7"));
  it("09-2: 5 more on each of month 1's 10 haircuts = 50", () =>
    expect(shown(EXERCISES["09-2"].solve(raised))).toBe("50"));
});

describe("every chapter has at least two exercises", () => {
  it("00 to 09", () => {
    const chapters = Object.keys(EXERCISES).map((id) => id.slice(0, 2));
    for (const chapter of ["00", "01", "02", "03", "04", "05", "06", "07", "08", "09"])
      expect(chapters.filter((c) => c === chapter).length).toBeGreaterThanOrEqual(2);
  });
});

describe("the checker gives feedback", () => {
  it("right", () => {
    expect(checkAnswer(EXERCISES["01-1"], 4, haircut)).toEqual({
      kind: "feedback",
      exerciseId: "01-1",
      correct: true,
      reason: "right",
      locale: "en",
      message: "Right: ₽4.00.",
    });
  });

  it("wrong, and why, for a known mistake", () => {
    expect(checkAnswer(EXERCISES["01-1"], 10, haircut).message).toMatch(/that is the price/);
    expect(checkAnswer(EXERCISES["01-1"], 6, haircut).message).toMatch(/TVC too/);
    expect(checkAnswer(EXERCISES["01-1"], 5, haircut).message).toMatch(/old piece rate/);
    expect(checkAnswer(EXERCISES["02-1"], 24, administrator).message).toMatch(/ignores the lag/);
    expect(checkAnswer(EXERCISES["03-1"], "gold-star", services).message).toMatch(/largest T per unit/);
    expect(checkAnswer(EXERCISES["03-1"], "hair-dye-retail", services).message).toMatch(/no time of the constraint/);
    expect(checkAnswer(EXERCISES["04-1"], 780, busy).message).toMatch(/displaced took their T away/);
    expect(checkAnswer(EXERCISES["04-2"], 720, busy).message).toMatch(/chapter's capacity/);
    expect(checkAnswer(EXERCISES["05-1"], 10, shop).message).toMatch(/revenue is not T/);
    expect(checkAnswer(EXERCISES["06-1"], -120, order).message).toMatch(/cost world/);
    expect(checkAnswer(EXERCISES["07-1"], 1800, expert).message).toMatch(/ΔT alone/);
    expect(checkAnswer(EXERCISES["08-1"], 300, pq).message).toMatch(/throughput world's plan/);
  });

  it("wrong with a hint otherwise, and nothing revealed unless asked", () => {
    const feedback = checkAnswer(EXERCISES["01-2"], 7, haircut);
    expect(feedback.correct).toBe(false);
    expect(feedback.hint).toMatch(/Break-even is T = OE/);
    expect(feedback.expected).toBeUndefined();
    expect(checkAnswer(EXERCISES["01-2"], 7, haircut, { reveal: true }).expected).toBe("20");
  });

  it("a missing answer is not judged wrong", () => {
    expect(checkAnswer(EXERCISES["01-2"], undefined as unknown as number, haircut).message).toMatch(/No answer yet/);
  });
});

describe("the feedback of chapters 00–04 in Russian", () => {
  const CYRILLIC = /[а-яё]/i;
  const early = Object.values(EXERCISES).filter((exercise) => /^0[0-4]-/.test(exercise.id));

  it("has a Russian hint and a Russian reason for every known mistake", () => {
    expect(early.length).toBeGreaterThanOrEqual(10);
    for (const exercise of early) {
      expect(
        typeof exercise.hint === "object" && CYRILLIC.test(exercise.hint.ru) && !CYRILLIC.test(exercise.hint.en),
        exercise.id,
      ).toBe(true);
      for (const mistake of exercise.mistakes ?? [])
        expect(
          typeof mistake.why === "object" && CYRILLIC.test(mistake.why.ru),
          `${exercise.id}: ${JSON.stringify(mistake.why)}`,
        ).toBe(true);
    }
  });
});
