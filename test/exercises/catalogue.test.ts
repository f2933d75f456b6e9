import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { defineModel, isMoney, money } from "../../src/core";
import { loadModel } from "../../src/load";
import { checkAnswer, EXERCISES } from "../../src/exercises";
import type { AdministratorContext } from "../../src/exercises/catalogue";

const data = (name: string) => loadModel(path.join(__dirname, "../../data", name));
const salon = data("salon");
const shop = data("phone-shop");
const hall = data("hall-rental");
const pq = data("pq");
const administrator: AdministratorContext = { monthlyCost: money(10), monthlyGain: money(30), gainFromMonth: 4, horizonMonths: 12 };

describe("the reference solutions are right", () => {
  // Worked by hand from the digest, independently of the library.
  const shown = (answer: unknown) =>
    typeof answer === "number" ? String(answer) : isMoney(answer) ? answer.amount.toDecimalPlaces(2).toString() : String(answer);
  it("01-1: 10 − (4 + 2) = 4", () => expect(shown(EXERCISES["01-1"].solve(salon))).toBe("4"));
  it("01-2: OE 100 / T 5 = 20 haircuts", () => expect(shown(EXERCISES["01-2"].solve(salon))).toBe("20"));
  it("02-1: −10 × 3 + (12 − 10) × 9 = −12", () => expect(shown(EXERCISES["02-1"].solve(administrator))).toBe("-12"));
  it("05-1: 110 × 110/150 − 100 = −19.33", () => expect(shown(EXERCISES["05-1"].solve(shop))).toBe("-19.33"));
  it("06-1: (10 − 1) × 3 = 27", () => expect(shown(EXERCISES["06-1"].solve(hall))).toBe("27"));
  it("08-1: Goldratt's cost-accounting plan 60 P + 50 Q: T 5700 − OE 6000 = −300", () => expect(shown(EXERCISES["08-1"].solve(pq))).toBe("-300"));

  it("04-1: keeping 30 blow-dries in a month of demand × 1.3 displaces 30 Men's Classic: 30 × 50 − 30 × 26 = 720", () => {
    const busy = defineModel({
      ...salon,
      demand: salon.demand.map((d) => ({ ...d, quantity: Math.round(d.quantity * 1.3), ...(d.productId === "blow-dry" ? { minimum: 30 } : {}) })),
    });
    expect(shown(EXERCISES["04-1"].solve(busy))).toBe("720");
    expect(checkAnswer(EXERCISES["04-1"], 780, busy).message).toMatch(/displaced took their T away/);
  });

  it("02-2: the break-even ΔT is 13.33 a month", () => {
    expect(checkAnswer(EXERCISES["02-2"], "13,33", administrator).correct).toBe(true);
  });

  it("07-1: 140 hours at 75 minutes a billable hour is 112 hours", () => {
    expect(checkAnswer(EXERCISES["07-1"], 112, data("expert-sales/with-filter")).correct).toBe(true);
    expect(checkAnswer(EXERCISES["07-1"], 140, data("expert-sales/with-filter")).message).toMatch(/more than an hour/);
  });

  it("03-1: Lady Classic ranks first among the services that use the stylists", () => {
    expect(checkAnswer(EXERCISES["03-1"], "lady-classic", salon).correct).toBe(true);
  });
});

describe("the checker gives feedback", () => {
  it("right", () => {
    const feedback = checkAnswer(EXERCISES["01-1"], 4, salon);
    expect(feedback).toEqual({ kind: "exercise-feedback", exerciseId: "01-1", correct: true, message: "Right: 4 RUB." });
  });

  it("wrong, and why, for a known mistake", () => {
    expect(checkAnswer(EXERCISES["01-1"], 10, salon).message).toBe("Not 10: that is the price; T is what is left of it after TVC.");
    expect(checkAnswer(EXERCISES["01-1"], 6, salon).message).toMatch(/materials are TVC too/);
    expect(checkAnswer(EXERCISES["02-1"], 24, administrator).message).toMatch(/ignores the lag/);
    expect(checkAnswer(EXERCISES["03-1"], "gold-star", salon).message).toMatch(/largest T per unit/);
    expect(checkAnswer(EXERCISES["05-1"], 10, shop).message).toMatch(/not 110 of T/);
    expect(checkAnswer(EXERCISES["06-1"], -120, hall).message).toMatch(/cost world/);
    expect(checkAnswer(EXERCISES["08-1"], 300, pq).message).toMatch(/throughput world's plan/);
  });

  it("wrong with a hint otherwise, and nothing revealed unless asked", () => {
    const feedback = checkAnswer(EXERCISES["01-2"], 7, salon);
    expect(feedback.correct).toBe(false);
    expect(feedback.hint).toMatch(/Break-even is T = OE/);
    expect(feedback.expected).toBeUndefined();
    expect(checkAnswer(EXERCISES["01-2"], 7, salon, { reveal: true }).expected).toBe("20");
  });

  it("a missing answer is not judged wrong", () => {
    expect(checkAnswer(EXERCISES["01-2"], Number.NaN, salon).message).toMatch(/No answer yet/);
  });
});
