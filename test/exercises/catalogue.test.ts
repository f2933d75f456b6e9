import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { money } from "../../src/core";
import { loadModel } from "../../src/load";
import { checkAnswer, EXERCISES, type AdministratorContext } from "../../src/exercises";

const data = (name: string) => loadModel(path.join(__dirname, "../../data", name));
const salon = data("salon");
const shop = data("phone-shop");
const hall = data("hall-rental");
const pq = data("pq");
const administrator: AdministratorContext = { monthlyCost: money(10), monthlyGain: money(30), gainFromMonth: 4, horizonMonths: 12 };

describe("the reference solutions are right", () => {
  // Worked by hand from the digest, independently of the library.
  it.each([
    ["01-1", salon, "4"],       // 10 − (4 + 2)
    ["01-2", salon, "20"],      // OE 100 / T 5
    ["02-1", administrator, "-12"], // −10 × 3 + (12 − 10) × 9
    ["05-1", shop, "-19.33"],   // 110 × 110/150 − 100 = −19.333…
    ["06-1", hall, "27"],       // (10 − 1) × 3
    ["08-1", pq, "-300"],       // Goldratt: 60 P + 50 Q, T 5700, OE 6000
  ] as const)("%s", (id, context, expected) => {
    const exercise = EXERCISES[id] as { solve: (c: unknown) => unknown };
    const solution = exercise.solve(context);
    const value = typeof solution === "object" && solution !== null && "amount" in solution ? (solution as { amount: { toFixed(n: number): string } }).amount : solution;
    expect(typeof value === "number" ? String(value) : (value as { toFixed(n: number): string }).toFixed(2).replace(/\.00$/, "")).toBe(expected);
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
    expect(feedback).toEqual({ exerciseId: "01-1", correct: true, message: "Right: 4 RUB." });
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
