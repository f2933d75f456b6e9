import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { money } from "../../src/core";
import { loadModel } from "../../src/load";
import { checkAnswer, EXERCISES, type Exercise } from "../../src/exercises";
import { parseAmount } from "../../src/exercises/check";
import type { AdministratorContext } from "../../src/exercises/catalogue";
import { show, type DisplayTarget } from "../../src/display";
import { feedbackHtml, feedbackText } from "../../src/display/feedback-tables";

const salon = loadModel(path.join(__dirname, "../../data", "salon"));
const administrator: AdministratorContext = {
  monthlyCost: money(10),
  monthlyGain: money(30),
  gainFromMonth: 4,
  horizonMonths: 12,
};
const haircut = { model: salon, productId: "haircut" };

describe("reading answers", () => {
  it("reads amounts with a currency word or sign in either language, and both decimal marks", () => {
    const read = (text: string) => {
      const amount = parseAmount(text);
      return amount && [amount.value.toString(), amount.currency];
    };
    expect(read("4 руб")).toEqual(["4", "RUB"]);
    expect(read("4 руб.")).toEqual(["4", "RUB"]);
    expect(read("4 рубля")).toEqual(["4", "RUB"]);
    expect(read("4 RUB")).toEqual(["4", "RUB"]);
    expect(read("₽4")).toEqual(["4", "RUB"]);
    expect(read("-₽12.50")).toEqual(["-12.5", "RUB"]);
    expect(read("−12,5 ₽")).toEqual(["-12.5", "RUB"]);
    expect(read("1 234,50 ₽")).toEqual(["1234.5", "RUB"]);
    expect(read("$1,234.50")).toEqual(["1234.5", "USD"]);
    expect(read("13,33")).toEqual(["13.33", undefined]);
    expect(read("4 apples")).toBeUndefined();
    expect(read("₽4 $")).toBeUndefined();
  });
});

describe("feedback that teaches", () => {
  it("accepts an amount with a currency word, and never says RUB twice", () => {
    for (const answer of ["4 руб", "4 RUB", "₽4", "4,00 ₽", money(4), 4]) {
      const feedback = checkAnswer(EXERCISES["01-1"], answer, haircut);
      expect(feedback.correct, String(answer)).toBe(true);
      expect(feedback.message).toBe("Right: ₽4.00.");
    }
    expect(checkAnswer(EXERCISES["01-1"], "4 $", haircut).correct).toBe(false);
  });

  it("recognises a sign error, without the hint", () => {
    const feedback = checkAnswer(EXERCISES["02-1"], 12, administrator);
    expect(feedback.reason).toBe("sign");
    expect(feedback.message).toBe(
      "Not ₽12.00: the size is right but the sign is wrong — it is a loss, so the answer is negative.",
    );
    expect(feedback.hint).toBeUndefined();
  });

  it("shows no hint when a known mistake explains the answer, and the hint otherwise", () => {
    const known = checkAnswer(EXERCISES["01-1"], 10, haircut);
    expect(known.reason).toBe("known-mistake");
    expect(known.hint).toBeUndefined();
    const wrong = checkAnswer(EXERCISES["01-1"], 7, haircut);
    expect(wrong.reason).toBe("wrong");
    expect(wrong.hint).toMatch(/T = price − TVC/);
  });

  it("takes a product's name where its id is expected", () => {
    expect(checkAnswer(EXERCISES["03-1"], "Lady Classic", salon).correct).toBe(true);
    expect(checkAnswer(EXERCISES["03-1"], "lady classic", salon).correct).toBe(true);
    expect(checkAnswer(EXERCISES["03-1"], "Gold Star", salon).reason).toBe("known-mistake");
  });

  it("says when an answer does not read as a number", () => {
    const feedback = checkAnswer(EXERCISES["01-1"], "four", haircut);
    expect(feedback.reason).toBe("unreadable");
    expect(feedback.message).toContain('"four" does not read as a number');
  });

  it("speaks the chapter's language, with texts given in both", () => {
    const bilingual: Exercise<null> = {
      id: "x-1",
      question: { en: "T of 10 − 6?", ru: "Проход при 10 − 6?" },
      hint: { en: "price − TVC", ru: "цена − TVC" },
      unit: "RUB",
      solve: () => money(4),
      mistakes: [{ answer: () => money(10), why: { en: "that is the price", ru: "это цена" } }],
    };
    expect(checkAnswer(bilingual, 4, null, { locale: "ru" }).message).toBe("Верно: 4,00\u00a0₽.");
    expect(checkAnswer(bilingual, 10, null, { locale: "ru" }).message).toBe("Не 10,00\u00a0₽: это цена");
    expect(checkAnswer(bilingual, 7, null, { locale: "ru" }).hint).toBe("цена − TVC");
    expect(checkAnswer(bilingual, -4, null, { locale: "ru" }).message).toContain("знак не тот");
  });
});

describe("showing feedback", () => {
  it("✓ in green and ✗ in red, inline, with every text escaped", () => {
    const right = feedbackHtml(checkAnswer(EXERCISES["01-1"], 4, haircut));
    expect(right).toMatch(/<span class="ta-mark"[^>]*style="color:#2e7d32[^"]*">✓<\/span>/);
    const wrong = feedbackHtml(checkAnswer(EXERCISES["01-1"], "<b>7</b>", haircut));
    expect(wrong).toMatch(/style="color:#c62828[^"]*">✗<\/span>/);
    expect(wrong).not.toContain("<b>7</b>");
    expect(feedbackText(checkAnswer(EXERCISES["01-1"], 7, haircut))).toMatch(
      /^✗ Exercise 01-1: Not ₽7\.00\.\n {2}Hint: /,
    );
    const shown: string[] = [];
    const display: DisplayTarget = { html: (html) => shown.push(html), text: () => undefined };
    show(checkAnswer(EXERCISES["01-1"], 4, haircut, { locale: "ru" }), { display });
    expect(shown[0]).toContain("Упражнение 01-1");
  });
});
