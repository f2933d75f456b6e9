import { isMoney, money } from "../core/money/money";
import { isCurrencyCode, type CurrencyCode } from "../core/money/currency";
import { toDecimal, type ExactDecimal } from "../core/money/decimal";
import { formatMoney, formatNumber } from "../i18n/format";
import { resolveLocale, type Locale } from "../i18n/locale";
import { localText, type Answer, type Exercise, type Feedback } from "./types";

/** Options of {@link checkAnswer}. */
export interface CheckOptions {
  /** Show the expected answer in the feedback (for trainers and for the tests). */
  readonly reveal?: boolean;
  /** The language of the feedback; default: the session's default locale (`setDefaultLocale`). */
  readonly locale?: string;
}

/**
 * Checks a reader's answer against the reference solution: right; wrong and why (a known mistake, or a
 * sign error); or wrong with a hint. Amounts may be written with a currency word in either language
 * ("4 руб", "4 RUB", "₽4", "1 234,50 ₽"); where an id is expected, a product's or resource's name
 * is accepted too ("Lady Classic" for "lady-classic") when the context is a model.
 *
 * @example
 * const haircut = { model: salon, productId: "haircut" }; // its piece rate rises by 1: T per unit?
 * checkAnswer(EXERCISES["01-1"], 4, haircut);       // { correct: true, message: "Right: ₽4.00.", ... }
 * checkAnswer(EXERCISES["01-1"], "4 руб", haircut).correct; // true
 * checkAnswer(EXERCISES["01-1"], 10, haircut);      // { correct: false, message: "Not ₽10.00: that is the price; …", ... }
 * checkAnswer(EXERCISES["01-1"], 10, haircut, { locale: "ru" }).message; // "Не 10,00 ₽: …"
 */
export function checkAnswer<Context>(
  exercise: Exercise<Context>,
  answer: Answer,
  context: Context,
  options: CheckOptions = {},
): Feedback {
  const locale = resolveLocale(options.locale);
  const ru = locale === "ru";
  const expected = exercise.solve(context);
  const tolerance = exercise.tolerance ?? 0.005;
  const reveal = options.reveal ? { expected: shown(expected, expected, locale) } : {};
  const unitText = exercise.unit === undefined ? "" : localText(exercise.unit, locale);
  // A currency code as the unit is already in the formatted amount: no "RUB RUB".
  const unit = unitText === "" || isMoney(expected) || isCurrencyCode(unitText) ? "" : ` ${unitText}`;
  const hint = localText(exercise.hint, locale);
  const base = { kind: "feedback" as const, exerciseId: exercise.id, locale };
  if (
    answer === undefined ||
    answer === null ||
    (typeof answer === "number" && Number.isNaN(answer)) ||
    (typeof answer === "string" && answer.trim() === "")
  )
    return {
      ...base,
      correct: false,
      reason: "empty",
      message: ru
        ? "Ответа пока нет: замените заглушку своим ответом."
        : "No answer yet: replace the placeholder with your answer.",
      hint,
      ...reveal,
    };
  const read = readAnswer(answer, expected, context);
  const text = shown(read, expected, locale);
  if (same(read, expected, tolerance))
    return {
      ...base,
      correct: true,
      reason: "right",
      message: ru ? `Верно: ${text}${unit}.` : `Right: ${text}${unit}.`,
      ...reveal,
    };
  // A known mistake already says what went wrong, so the hint would only repeat the method.
  for (const mistake of exercise.mistakes ?? [])
    if (same(read, readAnswer(mistake.answer(context), expected, context), tolerance))
      return {
        ...base,
        correct: false,
        reason: "known-mistake",
        message: `${ru ? "Не" : "Not"} ${text}${unit}: ${localText(mistake.why, locale)}`,
        ...reveal,
      };
  const a = numeric(read);
  const b = numeric(expected);
  if (a !== undefined && b !== undefined && !b.isZero() && a.plus(b).abs().lte(tolerance))
    return {
      ...base,
      correct: false,
      reason: "sign",
      message: ru
        ? `Не ${text}${unit}: величина верная, но знак не тот — ${b.isNegative() ? "это потеря, ответ отрицательный" : "ответ положительный"}.`
        : `Not ${text}${unit}: the size is right but the sign is wrong — ` +
          `${b.isNegative() ? "it is a loss, so the answer is negative" : "the answer is positive"}.`,
      ...reveal,
    };
  if (b !== undefined && a === undefined)
    return {
      ...base,
      correct: false,
      reason: "unreadable",
      message: ru
        ? `«${String(answer)}» не читается как число: напишите число, например 12,5 или 12,5 ₽.`
        : `"${String(answer)}" does not read as a number: write a number, such as 12.5 or 12.5 RUB.`,
      hint,
      ...reveal,
    };
  return { ...base, correct: false, reason: "wrong", message: `${ru ? "Не" : "Not"} ${text}${unit}.`, hint, ...reveal };
}

/** What the reader wrote, read as the kind of answer expected: an id for a name, an amount for "4 руб". */
function readAnswer(answer: Answer, expected: Answer, context: unknown): Answer {
  if (typeof answer !== "string") return answer;
  if (typeof expected === "string") return idForName(answer, context) ?? answer;
  const amount = parseAmount(answer);
  if (amount === undefined) return answer;
  if (isMoney(expected)) return money(amount.value, amount.currency ?? expected.currency);
  return amount.currency === undefined ? amount.value.toNumber() : money(amount.value, amount.currency);
}

// Names a reader may type where an id is expected: a model's products and resources.
function idForName(answer: string, context: unknown): string | undefined {
  const lists = ["products", "resources"].map((key) =>
    typeof context === "object" && context !== null ? (context as Record<string, unknown>)[key] : undefined,
  );
  const wanted = loose(answer);
  for (const list of lists) {
    if (!Array.isArray(list)) continue;
    for (const item of list as { id?: unknown; name?: unknown }[])
      if (
        typeof item.id === "string" &&
        ((typeof item.name === "string" && loose(item.name) === wanted) || loose(item.id) === wanted)
      )
        return item.id;
  }
  return undefined;
}

function loose(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_\-–—.'’]+/g, "");
}

/** Currency words and signs a reader writes, in English and Russian. */
const CURRENCY_WORDS: readonly (readonly [RegExp, CurrencyCode])[] = [
  [/^(₽|руб(?:л(?:ь|я|ей|ях|ям))?\.?|р\.?|rub|rubles?|roubles?|rur)$/iu, "RUB"],
  [/^(\$|usd|dollars?|долл(?:ар(?:а|ов)?)?\.?)$/iu, "USD"],
  [/^(€|eur|euros?|евро)$/iu, "EUR"],
  [/^(₸|kzt|tenge|тенге|тг\.?)$/iu, "KZT"],
  [/^(byn|бел\.?\s*руб\.?)$/iu, "BYN"],
  [/^(₴|uah|грн\.?|гривн[аы]?)$/iu, "UAH"],
  [/^(£|gbp|pounds?)$/iu, "GBP"],
  [/^(¥|jpy|yen|иен[аы]?)$/iu, "JPY"],
  [/^(cny|yuan|юан(?:ь|я|ей)?)$/iu, "CNY"],
];

/**
 * An amount as a reader writes it, in either language: "4", "−4,5", "1 234,50 ₽", "₽4", "4 руб",
 * "RUB 4", "$1,234.50". Undefined when it is not a number.
 */
export function parseAmount(
  text: string,
): { readonly value: ExactDecimal; readonly currency: CurrencyCode | undefined } | undefined {
  let rest = text
    .trim()
    .replace(/[\u00a0\u202f\u2009]/g, " ")
    .replace(/[−–]/g, "-");
  let currency: CurrencyCode | undefined;
  const match = /^([^\d\s+\-.,]+)?\s*([+-]?)\s*([^\d\s+\-.,]+)?\s*([\d\s.,]*\d[\d\s.,]*)\s*(.*)$/u.exec(rest);
  if (match === null) return undefined;
  const [, before, sign, afterSign, digits, after] = match;
  for (const word of [before, afterSign, after]) {
    if (word === undefined || word.trim() === "") continue;
    const code = CURRENCY_WORDS.find(([pattern]) => pattern.test(word.trim()))?.[1];
    if (code === undefined) return undefined;
    if (currency !== undefined && currency !== code) return undefined;
    currency = code;
  }
  rest = digits!.replace(/\s/g, "");
  const comma = rest.lastIndexOf(",");
  const dot = rest.lastIndexOf(".");
  if (comma >= 0 && dot >= 0) rest = comma > dot ? rest.replace(/\./g, "").replace(",", ".") : rest.replace(/,/g, "");
  else if (comma >= 0) rest = rest.match(/,/g)!.length > 1 ? rest.replace(/,/g, "") : rest.replace(",", ".");
  else if ((rest.match(/\./g) ?? []).length > 1) rest = rest.replace(/\./g, "");
  try {
    const value = toDecimal(`${sign === "-" ? "-" : ""}${rest}`);
    return { value, currency };
  } catch {
    return undefined;
  }
}

function same(answer: Answer, expected: Answer, tolerance: number): boolean {
  if (isMoney(answer) && isMoney(expected) && answer.currency !== expected.currency) return false;
  const a = numeric(answer);
  const b = numeric(expected);
  if (a !== undefined && b !== undefined) return a.minus(b).abs().lte(tolerance);
  if (Array.isArray(answer) && Array.isArray(expected))
    return answer.length === expected.length && answer.every((item, i) => normalise(item) === normalise(expected[i]!));
  if (typeof answer === "string" && typeof expected === "string") return normalise(answer) === normalise(expected);
  return false;
}

function numeric(value: Answer): ExactDecimal | undefined {
  if (isMoney(value)) return value.amount;
  if (typeof value === "number") return Number.isFinite(value) ? toDecimal(value) : undefined;
  if (typeof value === "string") return parseAmount(value)?.value;
  return undefined;
}

function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, " ");
}

/** An answer as the feedback writes it: amounts as every table does, numbers in the locale. */
function shown(value: Answer, expected: Answer, locale: Locale): string {
  if (isMoney(value)) return formatMoney(value, { locale });
  if (typeof value === "number" && isMoney(expected))
    return formatMoney(money(toDecimal(value), expected.currency), { locale });
  if (typeof value === "number") return formatNumber(value, { locale, maxDigits: 4 });
  if (Array.isArray(value)) return value.join(", ");
  return String(value);
}
